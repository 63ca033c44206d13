// PolicyGraph: a walk through the graph in Neo4j Browser.
// Run the queries one at a time (paste one, Ctrl+Enter), top to bottom. Apply style.grass first (see graph/README.md).
// Parameters: set them with the :param lines before the queries that use them.

// 1. What is in the graph: nodes per label. Reference data (gazetteer regions and agencies) is most of it.
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS nodes, sum(CASE WHEN n.reference THEN 1 ELSE 0 END) AS reference
ORDER BY nodes DESC;

// 2. The documents that were loaded, newest first, with how many things each names.
MATCH (d:Document)
RETURN d.id AS document, d.title AS title, d.publishedOn AS published, d.language AS language,
       COUNT { (d)-[:MENTIONS]->() } AS mentions
ORDER BY published DESC;

// 3. One document and everything it names (pick an id from query 2).
:param doc => 'doc:002_aa38597a7d2e4e9c.txt';
MATCH (d:Document {id: $doc})-[m:MENTIONS]->(n)
OPTIONAL MATCH (n)-[r]->(o) WHERE $doc IN r.sources
RETURN d, m, n, r, o;

// 4. Who issued what: actors and the policies they issued (co-issuers each have their own ISSUED).
MATCH (a:Actor)-[r:ISSUED]->(p:Policy)
RETURN a, r, p
LIMIT 150;

// 5. Policies that apply to Shenzhen, or to Guangdong or China, which contain it: one walk up PART_OF.
:param region => 'region:CN-440300';
MATCH (place:Region {id: $region})-[:PART_OF*0..]->(r:Region)<-[:APPLIES_TO]-(p:Policy)
RETURN r.name AS appliesTo, p.title AS policy, labels(p) AS kind, p.issuedOn AS issued
ORDER BY issued DESC;

// 6. The same as a picture: the region's chain up to China and what applies along it.
MATCH path = (place:Region {id: $region})-[:PART_OF*0..]->(r:Region)
OPTIONAL MATCH (p:Policy)-[a:APPLIES_TO]->(r)
RETURN path, p, a;

// 7. A body's place in the state: its parents (PART_OF) and the territory it governs (JURISDICTION).
:param agency => 'agency:cn/nmpa/cde';
MATCH path = (a:Agency {id: $agency})-[:PART_OF|JURISDICTION*1..4]->()
RETURN path;

// 8. Search names, titles and aliases in English or Chinese (CJK-aware full-text index).
:param q => '干细胞 OR "stem cell"';
CALL db.index.fulltext.queryNodes('nameSearch', $q) YIELD node, score
RETURN labels(node) AS labels, coalesce(node.title, node.name) AS name, node.id AS id, score
LIMIT 25;

// 9. Provenance: every ISSUED fact with the document and the sentence that states it.
MATCH (a:Actor)-[r:ISSUED]->(p:Policy)
UNWIND range(0, size(r.sources) - 1) AS i
RETURN a.name AS issuer, p.title AS policy, r.on AS on, r.sources[i] AS document, r.evidence[i] AS sentence
ORDER BY on DESC;

// 10. Facts that more than one document states (cross-document agreement).
MATCH (x)-[r]->(y)
WHERE size(coalesce(r.sources, [])) > 1
RETURN type(r) AS fact, coalesce(x.title, x.name) AS from, coalesce(y.title, y.name) AS to, r.sources AS documents
ORDER BY size(r.sources) DESC
LIMIT 50;

// 11. Timeline: policies by date, with the precision the documents give.
MATCH (p:Policy)
WHERE p.issuedOn IS NOT NULL
RETURN p.issuedOn AS issued, p.datePrecision AS precision, [l IN labels(p) WHERE l <> 'Policy'][0] AS kind,
       p.status AS status, p.title AS title
ORDER BY issued;

// 12. Proposals at the sessions, who made them and where they apply.
MATCH (who)-[r:PROPOSED]->(pr:Proposal)
OPTIONAL MATCH (pr)-[:APPLIES_TO]->(reg:Region)
OPTIONAL MATCH (who)-[m:MEMBER_OF]->(body)
RETURN who, r, pr, reg, m, body;

// 13. Drafts and the texts that replaced them.
MATCH path = (:Policy)-[:SUPERSEDES*1..]->(:Policy)
RETURN path;
