// name: regions-without-policy
// description: The divisions of a region (by default China's provinces) that no policy in the graph applies to, neither directly nor through a place inside them. Economic regions (Greater Bay Area, Yangtze River Delta…) group divisions and are not listed.
// param parent: string = region:CN -- the region whose direct divisions are checked (id, name, Chinese name or alias)
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
  AND NOT EXISTS { MATCH (r)<-[:PART_OF*0..8]-(:Region)<-[:APPLIES_TO]-(:Policy) }
RETURN r.id AS region, r.name AS name, r.nameZh AS nameZh, r.kind AS kind
ORDER BY name
