// name: policies-for-region
// description: The policies that apply to a region, directly or through a region that contains it (its city, province, country), newest first.
// param region: string = region:CN-440300 -- the region (id, name, Chinese name or alias); default Shenzhen
// param from: int = 1900 -- earliest year issued
// Start from indexes, not a scan: the id; for a name, the full-text index (names, aliases; the exact match is checked on its hits) and the name index.
CALL () {
  MATCH (t:Region {id: $region}) RETURN t
  UNION WITH $region AS v WHERE NOT v =~ '(policy|agency|org|person|region|proposal|license|doc):\\S+' CALL db.index.fulltext.queryNodes('nameSearch', '"' + replace(replace(v, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS t RETURN t
  UNION MATCH (t:Region) WHERE t.name = $region RETURN t
}
WITH t WHERE t:Region AND (t.id = $region OR toLower(t.name) = toLower($region) OR t.nameZh = $region
   OR any(al IN coalesce(t.aliases, []) WHERE toLower(al) = toLower($region)))
MATCH (t)-[:PART_OF*0..8]->(r:Region)<-[:APPLIES_TO]-(p:Policy)
WHERE p.issuedOn IS NULL OR p.issuedOn.year >= $from
WITH p, collect(DISTINCT r.name) AS via
RETURN p.id AS policy, p.title AS title, toString(p.issuedOn) AS issuedOn, p.status AS status, via AS appliesTo,
       COLLECT { MATCH (a:Actor)-[:ISSUED]->(p) RETURN a.name ORDER BY a.name } AS issuers
ORDER BY p.issuedOn IS NULL, p.issuedOn DESC, p.id
