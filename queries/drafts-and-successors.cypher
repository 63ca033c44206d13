// name: drafts-and-successors
// description: Draft policies (for comment or trial) and the texts that later superseded them, with the days between; drafts still pending have no successor.
// param since: int = 2000 -- earliest year of the draft
// param onlySuperseded: boolean = false -- true: only the drafts that were superseded
MATCH (d:Policy)
WHERE d.status IN ['draft', 'trial'] AND (d.issuedOn IS NULL OR d.issuedOn.year >= $since)
OPTIONAL MATCH (f:Policy)-[:SUPERSEDES]->(d)
WITH d, f
WHERE f IS NOT NULL OR NOT $onlySuperseded
RETURN d.title AS draft, d.status AS status, toString(d.issuedOn) AS draftedOn,
       COLLECT { MATCH (a:Actor)-[:ISSUED]->(d) RETURN a.name ORDER BY a.name } AS issuers,
       f.title AS supersededBy, toString(f.issuedOn) AS supersededOn,
       CASE WHEN f.issuedOn IS NOT NULL AND d.issuedOn IS NOT NULL THEN duration.inDays(d.issuedOn, f.issuedOn).days END AS days
ORDER BY d.issuedOn IS NULL, d.issuedOn, d.id
