// name: busiest-issuers
// description: For each year, the actors that issued the most policies; with includePredecessors, a reorganised body's texts count for the body that took over from it (SFDA and CFDA texts for the NMPA).
// param from: int = 2000 -- first year
// param to: int = 2100 -- last year
// param top: int = 3 -- issuers per year
// param includePredecessors: boolean = false -- count each text for the body that now holds its issuer's remit (the end of SUCCEEDED_BY); `through` names the predecessors whose texts were counted
MATCH (x:Actor)-[:ISSUED]->(p:Policy)
WHERE p.issuedOn.year >= $from AND p.issuedOn.year <= $to
OPTIONAL MATCH (x)-[:SUCCEEDED_BY*1..8]->(now:Agency) WHERE $includePredecessors AND NOT EXISTS { (now)-[:SUCCEEDED_BY]->() }
WITH DISTINCT p, coalesce(now, x) AS a, CASE WHEN now IS NULL THEN null ELSE x.name END AS via
WITH p.issuedOn.year AS year, a, count(DISTINCT p) AS policies, collect(DISTINCT via) AS through
ORDER BY year, policies DESC, a.name
WITH year, collect({id: a.id, name: a.name, policies: policies, through: through})[..$top] AS top
UNWIND top AS t
RETURN year, t.name AS issuer, t.id AS id, t.policies AS policies, t.through AS through
ORDER BY year, policies DESC, issuer
