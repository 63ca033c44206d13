// name: co-issuers
// description: Who issues policies jointly with an agency (by default the National Health Commission), with how many joint texts and which.
// param agency: string = agency:cn/nhc -- the agency (id, name, Chinese name or alias)
// Start from indexes, not a scan: the id; for a name, the full-text index (names, aliases; the exact match is checked on its hits) and the name index.
CALL () {
  MATCH (a:Actor {id: $agency}) RETURN a
  UNION WITH $agency AS v WHERE NOT v =~ '(policy|agency|org|person|region|proposal|license|doc):\\S+' CALL db.index.fulltext.queryNodes('nameSearch', '"' + replace(replace(v, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a RETURN a
  UNION MATCH (a:Actor) WHERE a.name = $agency RETURN a
}
WITH a WHERE a:Actor AND (a.id = $agency OR toLower(a.name) = toLower($agency) OR a.nameZh = $agency
   OR any(al IN coalesce(a.aliases, []) WHERE toLower(al) = toLower($agency)))
MATCH (a)-[:ISSUED]->(p:Policy)<-[:ISSUED]-(co:Actor)
WHERE co <> a
WITH co, p ORDER BY p.issuedOn DESC
RETURN co.id AS coIssuer, co.name AS name, count(DISTINCT p) AS jointPolicies, collect(DISTINCT p.title)[..5] AS titles
ORDER BY jointPolicies DESC, name
