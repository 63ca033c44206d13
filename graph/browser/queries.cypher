// PolicyGraph: a short tour of the graph in Neo4j Browser.
// The managed Neo4j opens it as a guide on connect (graph/browser/guide.ts renders it, the API serves it at /guide/);
// each numbered block below is one slide: a title, a sentence or two, and one query with its values written in,
// so it runs as it is, by clicking it in the guide or pasting it into the editor.

// 1. Who issues policy, and where it applies
// The policies the documents name (blue, by kind), the bodies that issued them (red: agencies, orange: organisations, purple: people) and the regions they apply to (green). Double-click a node to open its neighbours.
MATCH (a:Actor)-[i:ISSUED]->(p:Policy)
OPTIONAL MATCH (p)-[t:APPLIES_TO]->(r:Region)
RETURN a, i, p, t, r;

// 2. What the graph holds
// Nodes per label. Most of them are reference data from the gazetteer (every country, province, city and agency) so that documents' names resolve to the same node; the rest come from the documents.
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS nodes, count(CASE WHEN n.reference THEN 1 END) AS reference
ORDER BY nodes DESC;

// 3. The documents
// Each loaded document, newest first, with how many things it names. Every fact in the graph lists the documents that state it.
MATCH (d:Document)
RETURN d.id AS document, d.title AS title, d.publishedOn AS published, d.language AS language,
       COUNT { (d)-[:MENTIONS]->() } AS mentions
ORDER BY published IS NULL, published DESC;

// 4. One document and what it says
// The newest document, everything it names, and the facts between them that this document states.
MATCH (d:Document) WHERE d.publishedOn IS NOT NULL
WITH d ORDER BY d.publishedOn DESC LIMIT 1
MATCH (d)-[m:MENTIONS]->(n)
OPTIONAL MATCH (n)-[r]->(o) WHERE d.id IN r.sources
RETURN d, m, n, r, o;

// 5. What applies to Shenzhen
// Policies that apply to Shenzhen, or to Guangdong or China, which contain it: one walk up PART_OF. Change the id to ask about another place (region:CN-GD, region:CN-110000 …).
MATCH (place:Region {id: 'region:CN-440300'})-[:PART_OF*0..]->(r:Region)<-[:APPLIES_TO]-(p:Policy)
RETURN r.name AS appliesTo, p.title AS policy, [l IN labels(p) WHERE l <> 'Policy'][0] AS kind, p.issuedOn AS issued
ORDER BY issued DESC;

// 6. The same as a picture
// Shenzhen's chain of regions up to China, and the policies that apply along it.
MATCH path = (place:Region {id: 'region:CN-440300'})-[:PART_OF*0..]->(r:Region)
OPTIONAL MATCH (p:Policy)-[a:APPLIES_TO]->(r)
RETURN path, p, a;

// 7. A body's place in the state
// The Center for Drug Evaluation: the bodies it is part of (PART_OF) up to the State Council, and the territory each governs (JURISDICTION).
MATCH path = (a:Agency {id: 'agency:cn/nmpa/cde'})-[:PART_OF|JURISDICTION*1..4]->()
RETURN path;

// 8. Search in English or Chinese
// Names, titles and aliases, through a full-text index that splits Chinese into characters.
CALL db.index.fulltext.queryNodes('nameSearch', '干细胞 OR "stem cell"') YIELD node, score
RETURN labels(node) AS labels, coalesce(node.title, node.name) AS name, node.id AS id, score
LIMIT 25;

// 9. Where each fact comes from
// Every ISSUED fact with the document and the sentence that states it.
MATCH (a:Actor)-[r:ISSUED]->(p:Policy)
UNWIND range(0, size(r.sources) - 1) AS i
RETURN a.name AS issuer, p.title AS policy, r.on AS on, r.sources[i] AS document, r.evidence[i] AS sentence
ORDER BY on DESC;

// 10. Proposals at the Two Sessions
// Proposals, the CPPCC and NPC members who made them, their seats, and where the proposals would apply.
MATCH (who)-[r:PROPOSED]->(pr:Proposal)
OPTIONAL MATCH (pr)-[:APPLIES_TO]->(reg:Region)
OPTIONAL MATCH (who)-[m:MEMBER_OF]->(body)
RETURN who, r, pr, reg, m, body;

// 11. Drafts and what replaced them
// Drafts for comment and trial texts, their issuers, and the final texts that superseded them where the documents say so.
MATCH (d:Policy) WHERE d.status IN ['draft', 'trial']
OPTIONAL MATCH (a:Actor)-[i:ISSUED]->(d)
OPTIONAL MATCH (f:Policy)-[s:SUPERSEDES]->(d)
RETURN d, a, i, f, s;

// 12. Bodies in time
// Reorganised bodies and their successors (SUCCEEDED_BY, with the date of the handover): the Ministry of Health and the NHFPC before the National Health Commission, the SFDA and the CFDA before the NMPA.
MATCH path = (:Agency)-[:SUCCEEDED_BY*1..]->(last:Agency)
WHERE NOT (last)-[:SUCCEEDED_BY]->()
RETURN path;

// 13. Facts several documents agree on
// Relationships stated by more than one document: the best-supported part of the graph.
MATCH (x)-[r]->(y)
WHERE size(coalesce(r.sources, [])) > 1
RETURN type(r) AS fact, coalesce(x.title, x.name) AS from, coalesce(y.title, y.name) AS to, r.sources AS documents
ORDER BY size(r.sources) DESC
LIMIT 50;
