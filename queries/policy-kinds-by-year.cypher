// name: policy-kinds-by-year
// description: How many policies of each kind (law, regulation, guideline, plan…) and status were issued each year.
// param from: int = 2000 -- first year
// param to: int = 2100 -- last year
MATCH (p:Policy)
WHERE p.issuedOn.year >= $from AND p.issuedOn.year <= $to
WITH p.issuedOn.year AS year, head([l IN labels(p) WHERE l <> 'Policy']) AS kind, p
RETURN year, kind, count(*) AS policies, count(CASE WHEN p.status = 'draft' THEN 1 END) AS drafts
ORDER BY year, policies DESC, kind
