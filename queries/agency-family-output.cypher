// name: agency-family-output
// description: What an agency and each of its sub-bodies (departments, centres, offices: PART_OF*) issued, body by body.
// param agency: string = agency:cn/nmpa -- the parent body (id, name, Chinese name or alias)
// param includePredecessors: boolean = false -- also the bodies it was reorganised from (SUCCEEDED_BY: the CFDA and the SFDA for the NMPA) and their sub-bodies, each listed at depth 0
// Start from indexes, not a scan: the id; for a name, the full-text index (names, aliases; the exact match is checked on its hits) and the name index.
CALL () {
  MATCH (top:Actor {id: $agency}) RETURN top
  UNION WITH $agency AS v WHERE NOT v =~ '(policy|agency|org|person|region|proposal|license|doc):\\S+' CALL db.index.fulltext.queryNodes('nameSearch', '"' + replace(replace(v, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS top RETURN top
  UNION MATCH (top:Actor) WHERE top.name = $agency RETURN top
}
WITH top WHERE top:Actor AND (top.id = $agency OR toLower(top.name) = toLower($agency) OR top.nameZh = $agency
   OR any(al IN coalesce(top.aliases, []) WHERE toLower(al) = toLower($agency)))
MATCH (t:Actor)-[:SUCCEEDED_BY*0..8]->(top) WHERE t = top OR $includePredecessors
MATCH path = (b:Actor)-[:PART_OF*0..8]->(t)
WITH b, min(length(path)) AS depth
MATCH (b)-[:ISSUED]->(p:Policy)
WITH b, depth, p ORDER BY p.issuedOn DESC
RETURN b.id AS body, b.name AS name, depth, count(DISTINCT p) AS policies, toString(max(p.issuedOn)) AS latest,
       collect(DISTINCT p.title)[..3] AS recent
ORDER BY depth, policies DESC, name
