// name: merge-evidence
// description: Why a policy, licence, proposal, person or organisation is one node: each union of two documents' mentions that made it, the name each document gave, the score, every feature with its weight, and the analyst's judgement on the pair if there is one.
// param id: string = policy:cn-440300-regulation-2023-01-1hby93 -- the node: its id (as `policygraph merges` or the API give it), or its exact English or Chinese name or title, or an alias
// shape: same-as
// Start from indexes, not a scan: an id through each label's unique index; a name through the full-text index (names, titles, aliases; the exact match is checked on its hits).
CALL () {
  MATCH (n:Policy {id: $id}) RETURN n
  UNION MATCH (n:License {id: $id}) RETURN n
  UNION MATCH (n:Proposal {id: $id}) RETURN n
  UNION MATCH (n:Actor {id: $id}) RETURN n
  UNION WITH $id AS v WHERE NOT v =~ '(policy|agency|org|person|region|proposal|license|doc):\\S+' CALL db.index.fulltext.queryNodes('nameSearch', '"' + replace(replace(v, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS n RETURN n
}
WITH DISTINCT n WHERE (n:Policy OR n:License OR n:Proposal OR n:Actor) AND (n.id = $id
   OR toLower(n.name) = toLower($id) OR toLower(n.title) = toLower($id) OR n.nameZh = $id OR n.titleZh = $id
   OR any(al IN coalesce(n.aliases, []) WHERE toLower(al) = toLower($id)))
UNWIND coalesce(n.sameAs, []) AS evidence
RETURN n.id AS node, coalesce(n.name, n.title) AS name, evidence,
       COLLECT { MATCH (d:Document)-[m:MENTIONS]->(n) WHERE evidence CONTAINS ('"' + d.id + '#') RETURN {doc: d.id, name: m.name} } AS mentions
ORDER BY node, evidence
