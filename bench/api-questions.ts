// The questions bench:api asks, each three ways: PolicyGraph's GraphQL, the peer's GraphQL (@neo4j/graphql), and
// a hand-written Cypher query (the ceiling). The three answer the same question on the synthetic graph
// (api-graph.ts): agency 0 plays CDE, regions are three levels below one country.
import type { Params } from '../queries/run.ts';

export interface BenchQuestion {
  key: string;
  title: string;
  policygraph: string;
  peer: string;
  hand: { cypher: string; params: Params };
}

const YEAR = { gte: '"2023-01-01"', lt: '"2024-01-01"' };
const DISTRICT = 'region:zone/bench-p3c4d2';
const POLICY = 'policy:bench-012345';

/** Policies of 2023, newest first, with their issuers, each issuer's latest five and where those apply. */
const NESTED_HAND = `
MATCH (p:Policy) WHERE p.issuedOn >= date($from) AND p.issuedOn < date($to)
WITH p ORDER BY p.issuedOn DESC, p.id LIMIT 20
RETURN p {.id, .title,
  appliesTo: COLLECT { MATCH (p)-[:APPLIES_TO]->(r:Region) RETURN r {.name} },
  issuers: COLLECT { MATCH (a:Actor)-[:ISSUED]->(p) RETURN a {.name,
    issued: COLLECT { MATCH (a)-[:ISSUED]->(q:Policy) WITH q ORDER BY q.issuedOn DESC, q.id LIMIT 5
      RETURN q {.title, appliesTo: COLLECT { MATCH (q)-[:APPLIES_TO]->(g:Region) RETURN g {.id, .name} }} } } } } AS policy`;

/** The headline by hand: agency 0's guidelines of the year and every issuer of each. */
const HEADLINE_HAND = (agency: string): BenchQuestion['hand'] => ({
  cypher: `MATCH (:Actor {id: $agency})-[:ISSUED]->(g:Guideline)
WHERE g.issuedOn >= date({year: $year, month: 1, day: 1}) AND g.issuedOn < date({year: $year + 1, month: 1, day: 1})
MATCH (issuer:Actor)-[:ISSUED]->(g)
WITH issuer, g ORDER BY g.issuedOn, g.id
RETURN issuer.id AS agency, issuer.name AS name, count(g) AS guidelines, collect(toString(g.issuedOn) + ' ' + g.title) AS issued
ORDER BY guidelines DESC, name`,
  params: { agency, year: 2023 },
});

/** The list by hand: agency 0's newest 20 with their issuers. */
const LIST_HAND = (agency: string): BenchQuestion['hand'] => ({
  cypher: `MATCH (:Actor {id: $agency})-[:ISSUED]->(p:Policy)
WITH p ORDER BY p.issuedOn DESC, p.id LIMIT 20
RETURN p {.id, .title, .issuedOn, issuers: COLLECT { MATCH (a:Actor)-[:ISSUED]->(p) RETURN a {.id, .name} ORDER BY a.name } } AS policy`,
  params: { agency },
});

export const QUESTIONS = (agencyId: (i: number) => string): BenchQuestion[] => [...agencyQuestions(agencyId(0)), ...graphQuestions()];

/** Questions about one busy agency's policies (agency 0, playing CDE). */
function agencyQuestions(cde: string): BenchQuestion[] {
  return [
    {
      key: 'headline',
      title: "headline via `ask` (agencies issuing agency 0's guidelines of 2023)",
      policygraph: `{ ask(name: "agencies-issuing-guidelines", params: { agency: "${cde}", year: 2023 }) { rows } }`,
      peer: `{ policies(where: { kind: { eq: "guideline" }, issuedOn: { gte: ${YEAR.gte}, lt: ${YEAR.lt} }, issuers: { some: { id: { eq: "${cde}" } } } }, sort: [{ issuedOn: ASC }, { id: ASC }]) {
        id title issuedOn issuers { id name } } }`,
      hand: HEADLINE_HAND(cde),
    },
    {
      key: 'list',
      title: 'policies list with issuers (agency 0, newest 20)',
      policygraph: `{ policies(filter: { issuer: "${cde}" }, first: 20) { edges { node { id title issuedOn issuers { actor { id name } } } } } }`,
      peer: `{ policies(where: { issuers: { some: { id: { eq: "${cde}" } } } }, sort: [{ issuedOn: DESC }, { id: ASC }], limit: 20) {
        id title issuedOn issuers(sort: [{ name: ASC }]) { id name } } }`,
      hand: LIST_HAND(cde),
    },
    // The two questions again, the peer asked the way its schema reads best: from the agency (`agencies → issued`),
    // which its compiled Cypher starts from the agency's id index, where `policies(where: { issuers: { some } })`
    // scans every policy (an EXISTS per row). PolicyGraph and the hand-written query are asked as above.
    {
      key: 'headlineFromAgency',
      title: "headline via `ask`, the peer asked from the agency (`agencies → issued`)",
      policygraph: `{ ask(name: "agencies-issuing-guidelines", params: { agency: "${cde}", year: 2023 }) { rows } }`,
      peer: `{ agencies(where: { id: { eq: "${cde}" } }) { issued(where: { kind: { eq: "guideline" }, issuedOn: { gte: ${YEAR.gte}, lt: ${YEAR.lt} } }, sort: [{ issuedOn: ASC }, { id: ASC }]) {
        id title issuedOn issuers { id name } } } }`,
      hand: HEADLINE_HAND(cde),
    },
    {
      key: 'listFromAgency',
      title: 'policies list with issuers (agency 0, newest 20), the peer asked from the agency (`agencies → issued`)',
      policygraph: `{ policies(filter: { issuer: "${cde}" }, first: 20) { edges { node { id title issuedOn issuers { actor { id name } } } } } }`,
      peer: `{ agencies(where: { id: { eq: "${cde}" } }) { issued(sort: [{ issuedOn: DESC }, { id: ASC }], limit: 20) {
        id title issuedOn issuers(sort: [{ name: ASC }]) { id name } } } }`,
      hand: LIST_HAND(cde),
    },
  ];
}

/** Questions about the graph as a whole: a year's policies nested three deep, one policy by id, a region's policies. */
function graphQuestions(): BenchQuestion[] {
  return [
    {
      key: 'nested',
      title: 'three-level nested (20 newest of 2023 → issuers → 5 latest each → regions)',
      policygraph: `{ policies(filter: { year: 2023 }, first: 20) { edges { node { id title appliesTo { region { name } }
        issuers { actor { name issued(first: 5) { policy { title appliesTo { region { id name } } } } } } } } } }`,
      peer: `{ policies(where: { issuedOn: { gte: ${YEAR.gte}, lt: ${YEAR.lt} } }, sort: [{ issuedOn: DESC }, { id: ASC }], limit: 20) {
        id title appliesTo { name } issuers { name issued(sort: [{ issuedOn: DESC }, { id: ASC }], limit: 5) { title appliesTo { id name } } } } }`,
      hand: { cypher: NESTED_HAND, params: { from: '2023-01-01', to: '2024-01-01' } },
    },
    {
      key: 'byId',
      title: 'one policy by id',
      policygraph: `{ node(id: "${POLICY}") { ... on Policy { id title issuedOn status issuers { actor { id name } } appliesTo { region { id name } } } } }`,
      peer: `{ policies(where: { id: { eq: "${POLICY}" } }) { id title issuedOn status issuers { id name } appliesTo { id name } } }`,
      hand: {
        cypher: `MATCH (p:Policy {id: $id})
RETURN p {.id, .title, .issuedOn, .status, issuers: COLLECT { MATCH (a:Actor)-[:ISSUED]->(p) RETURN a {.id, .name} },
  appliesTo: COLLECT { MATCH (p)-[:APPLIES_TO]->(r:Region) RETURN r {.id, .name} }} AS policy`,
        params: { id: POLICY },
      },
    },
    {
      key: 'region',
      title: 'policies for a region or any region containing it (a district, newest 20)',
      policygraph: `{ policies(filter: { region: "${DISTRICT}", regionScope: CONTAINING }, first: 20) { edges { node { id title issuedOn appliesTo { region { id name } } } } } }`,
      // The peer has no variable-length filter: the three levels above a district, spelled out.
      peer: `{ policies(where: { appliesTo: { some: { OR: [{ id: { eq: "${DISTRICT}" } }, { parts: { some: { id: { eq: "${DISTRICT}" } } } },
          { parts: { some: { parts: { some: { id: { eq: "${DISTRICT}" } } } } } }, { parts: { some: { parts: { some: { parts: { some: { id: { eq: "${DISTRICT}" } } } } } } } }] } } },
        sort: [{ issuedOn: DESC }, { id: ASC }], limit: 20) { id title issuedOn appliesTo { id name } } }`,
      hand: {
        cypher: `MATCH (:Region {id: $region})-[:PART_OF*0..8]->(:Region)<-[:APPLIES_TO]-(p:Policy)
WITH DISTINCT p ORDER BY p.issuedOn DESC, p.id LIMIT 20
RETURN p {.id, .title, .issuedOn, appliesTo: COLLECT { MATCH (p)-[:APPLIES_TO]->(r:Region) RETURN r {.id, .name} }} AS policy`,
        params: { region: DISTRICT },
      },
    },
  ];
}
