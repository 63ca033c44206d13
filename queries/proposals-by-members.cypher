// name: proposals-by-members
// description: Proposals made in a year by members of a body or of its sub-bodies (by default the CPPCC, 2024 sessions), and the regions they target.
// param body: string = CPPCC -- the body (id, name, Chinese name or alias); its committees count too (PART_OF), and for a national body such as the CPPCC or the NPC its provincial and city counterparts
// param year: int = 2024 -- the year the proposals were made
// Start from indexes, not a scan: the id; for a name, the full-text index (names, aliases; the exact match is checked on its hits) and the name index.
CALL () {
  MATCH (b:Actor {id: $body}) RETURN b
  UNION WITH $body AS v WHERE NOT v =~ '(policy|agency|org|person|region|proposal|license|doc):\\S+' CALL db.index.fulltext.queryNodes('nameSearch', '"' + replace(replace(v, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS b RETURN b
  UNION MATCH (b:Actor) WHERE b.name = $body RETURN b
}
WITH b WHERE b:Actor AND (b.id = $body OR toLower(b.name) = toLower($body) OR b.nameZh = $body
   OR any(al IN coalesce(b.aliases, []) WHERE toLower(al) = toLower($body)))
// The body and its parts; a Chinese national body at the top (the CPPCC, the NPC) also has local counterparts:
// top-level provincial and city bodies of a kind found in its own family (a provincial CPPCC committee).
CALL (b) {
  MATCH (part:Actor)-[:PART_OF*0..8]->(b)
  RETURN part AS top
  UNION
  MATCH (part:Actor)-[:PART_OF*0..8]->(b)
  WHERE b.id STARTS WITH 'agency:cn/' AND NOT EXISTS { (b)-[:PART_OF]->() }
  WITH collect(DISTINCT part.kind) AS kinds
  MATCH (top:Agency)
  WHERE top.kind IN kinds AND top.id STARTS WITH 'agency:cn-' AND NOT top.id =~ 'agency:cn-(hk|mo|tw)/.*'
    AND NOT EXISTS { (top)-[:PART_OF]->() }
  RETURN top
}
MATCH (seat:Actor)-[:PART_OF*0..8]->(top)
MATCH (m:Person)-[:MEMBER_OF]->(seat)
MATCH (m)-[pr:PROPOSED]->(x:Proposal)
WITH DISTINCT m, x, pr, collect(DISTINCT seat.name) AS seats
WITH m, x, seats, coalesce(x.madeOn, x.issuedOn, pr.on) AS madeOn
WHERE madeOn.year = $year
RETURN m.id AS memberId, m.name AS member, seats, x.title AS proposal, toString(madeOn) AS madeOn,
       COLLECT { MATCH (x)-[:APPLIES_TO]->(r:Region) RETURN r.name ORDER BY r.name } AS regions
ORDER BY member, proposal
