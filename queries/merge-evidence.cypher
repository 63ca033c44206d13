// name: merge-evidence
// description: Why a policy, licence, proposal, person or organisation is one node: each union of two documents' mentions that made it, the name each document gave, the score, every feature with its weight, and the analyst's judgement on the pair if there is one.
// param id: string = policy:cn-440300-regulation-2023-01 -- the node's id (as `policygraph merges` or the API give it)
// shape: same-as
// By id through each label's unique index (no scan); one row per stored union, read into columns by queries/same-as.ts.
CALL () {
  MATCH (n:Policy {id: $id}) RETURN n
  UNION MATCH (n:License {id: $id}) RETURN n
  UNION MATCH (n:Proposal {id: $id}) RETURN n
  UNION MATCH (n:Actor {id: $id}) RETURN n
}
UNWIND coalesce(n.sameAs, []) AS evidence
RETURN n.id AS node, coalesce(n.name, n.title) AS name, evidence,
       COLLECT { MATCH (d:Document)-[m:MENTIONS]->(n) WHERE evidence CONTAINS ('"' + d.id + '#') RETURN {doc: d.id, name: m.name} } AS mentions
ORDER BY evidence
