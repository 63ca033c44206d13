// name: regional-activity
// description: The divisions of a region (by default China's provinces) ranked by the policies and proposals that target them or a place inside them.
// param parent: string = region:CN -- the region whose direct divisions are ranked (id, name, Chinese name or alias)
// param from: int = 2000 -- earliest year
// Start from indexes, not a scan: the id; for a name, the full-text index (names, aliases; the exact match is checked on its hits) and the name index.
CALL () {
  MATCH (c:Region {id: $parent}) RETURN c
  UNION WITH $parent AS v WHERE NOT v =~ '(policy|agency|org|person|region|proposal|license|doc):\\S+' CALL db.index.fulltext.queryNodes('nameSearch', '"' + replace(replace(v, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS c RETURN c
  UNION MATCH (c:Region) WHERE c.name = $parent RETURN c
}
WITH c WHERE c:Region AND (c.id = $parent OR toLower(c.name) = toLower($parent) OR c.nameZh = $parent
   OR any(al IN coalesce(c.aliases, []) WHERE toLower(al) = toLower($parent)))
// An economic region is PART_OF the country but the gazetteer does not say which places it covers: not a division.
MATCH (r:Region)-[:PART_OF]->(c)
WHERE coalesce(r.kind, '') <> 'economic_region'
CALL (r) {
  MATCH (r)<-[:PART_OF*0..8]-(:Region)<-[:APPLIES_TO]-(x)
  WHERE (x:Policy OR x:Proposal) AND coalesce(x.issuedOn, x.madeOn, date({year: $from})).year >= $from
  WITH DISTINCT x
  RETURN count(CASE WHEN x:Policy THEN 1 END) AS policies, count(CASE WHEN x:Proposal THEN 1 END) AS proposals
}
WITH r, policies, proposals WHERE policies + proposals > 0
RETURN r.id AS region, r.name AS name, policies, proposals
ORDER BY policies + proposals DESC, name
