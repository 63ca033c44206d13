// name: agencies-issuing-guidelines
// description: Which agencies issued an agency's guidelines in a year (by default CDE's guidelines of 2023): every issuer of those guidelines, co-issuers included, with the guidelines each one issued.
// param agency: string = agency:cn/nmpa/cde -- the agency whose guidelines are asked about (id, name, Chinese name or alias)
// param year: int = 2023 -- the year the guidelines were issued
// param includePredecessors: boolean = false -- also the guidelines of the bodies the agency was reorganised from (SUCCEEDED_BY: the CFDA and the SFDA for the NMPA)
// Start from indexes, not a scan: the id; for a name, the full-text index (names, aliases; the exact match is checked on its hits) and the name index.
CALL () {
  MATCH (a:Actor {id: $agency}) RETURN a
  UNION WITH $agency AS v WHERE NOT v =~ '(policy|agency|org|person|region|proposal|license|doc):\\S+' CALL db.index.fulltext.queryNodes('nameSearch', '"' + replace(replace(v, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a RETURN a
  UNION MATCH (a:Actor) WHERE a.name = $agency RETURN a
}
WITH a WHERE a:Actor AND (a.id = $agency OR toLower(a.name) = toLower($agency) OR a.nameZh = $agency
   OR any(al IN coalesce(a.aliases, []) WHERE toLower(al) = toLower($agency)))
// Its predecessors (a few SUCCEEDED_BY steps back from the one node) only when asked.
MATCH (x:Actor)-[:SUCCEEDED_BY*0..8]->(a) WHERE x = a OR $includePredecessors
MATCH (x)-[i:ISSUED]->(g:Guideline)
WITH DISTINCT g, coalesce(g.issuedOn, i.on) AS issuedOn
WHERE issuedOn >= date({year: $year, month: 1, day: 1}) AND issuedOn < date({year: $year + 1, month: 1, day: 1})
MATCH (issuer:Actor)-[:ISSUED]->(g)
WITH issuer, g, issuedOn ORDER BY issuedOn, g.id
RETURN issuer.id AS agency, issuer.name AS name, count(g) AS guidelines,
       collect(toString(issuedOn) + ' ' + g.title) AS issued
ORDER BY guidelines DESC, name
