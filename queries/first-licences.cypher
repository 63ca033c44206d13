// name: first-licences
// description: The earliest licences, permits and approvals in the graph, with who issued them, who holds them and where they apply.
// param limit: int = 10 -- how many
MATCH (l:License)
RETURN l.title AS licence, toString(l.issuedOn) AS issuedOn,
       COLLECT { MATCH (a:Actor)-[:ISSUED]->(l) RETURN a.name ORDER BY a.name } AS issuers,
       COLLECT { MATCH (l)-[:GRANTED_TO]->(h) RETURN h.name ORDER BY h.name } AS holders,
       COLLECT { MATCH (l)-[:APPLIES_TO]->(r:Region) RETURN r.name ORDER BY r.name } AS regions
ORDER BY l.issuedOn IS NULL, l.issuedOn, l.id
LIMIT $limit
