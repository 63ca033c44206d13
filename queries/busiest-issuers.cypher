// name: busiest-issuers
// description: For each year, the actors that issued the most policies.
// param from: int = 2000 -- first year
// param to: int = 2100 -- last year
// param top: int = 3 -- issuers per year
MATCH (a:Actor)-[:ISSUED]->(p:Policy)
WHERE p.issuedOn.year >= $from AND p.issuedOn.year <= $to
WITH p.issuedOn.year AS year, a, count(DISTINCT p) AS policies
ORDER BY year, policies DESC, a.name
WITH year, collect({id: a.id, name: a.name, policies: policies})[..$top] AS top
UNWIND top AS t
RETURN year, t.name AS issuer, t.id AS id, t.policies AS policies
ORDER BY year, policies DESC, issuer
