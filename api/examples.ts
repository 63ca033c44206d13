// The operations GraphiQL opens with, one tab each: the headline question, a nested one, search and paths.

export const HEADLINE_QUERY = `# Which agencies issued CDE's guidelines in 2023? Every guideline CDE issued that year, with all its issuers.
query CdeGuidelines2023($issuer: String = "agency:cn/nmpa/cde", $year: Int = 2023) {
  policies(filter: { issuer: $issuer, kind: [Guideline], year: $year }, orderBy: ISSUED_ON_ASC, first: 50) {
    totalCount
    edges {
      node {
        title
        status
        issuedOn
        issuers {
          actor { id name ... on Agency { level } }
          on
          sources { document { id title publishedOn } evidence }
        }
      }
    }
  }
  # The same as a named question (queries/agencies-issuing-guidelines.cypher): one row per agency.
  ask(name: "agencies-issuing-guidelines", params: { agency: $issuer, year: $year }) { columns rows }
}
`;

export const NESTED_QUERY = `# Three levels in one Cypher statement: policies → issuers → what else they issued → where it applies.
query Nested {
  policies(filter: { region: "region:CN", regionScope: WITHIN, year: 2023 }, first: 10) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id
        title
        type
        appliesTo { region { name partOf { region { name } } } }
        issuers {
          actor {
            name
            ... on Agency { partOf { agency { name } } }
            issued(first: 5) { on policy { title appliesTo { region { id name } } } }
          }
        }
      }
    }
  }
}
`;

export const SEARCH_QUERY = `# Full-text search in English or Chinese, then the shortest chain of facts between two nodes.
query Explore {
  search(text: "干细胞") { score node { __typename id ... on Policy { title issuedOn } ... on Actor { name } } }
  connections(fromId: "agency:cn/nhc", toId: "agency:cn/most", maxHops: 4) {
    length
    nodes { __typename id ... on Actor { name } ... on Policy { title } }
    steps { type from to }
  }
  questions { name description params { name type default } }
}
`;

export const IDENTITY_QUERY = `# Bodies in time, and why two documents' mentions are one node.
query Identity {
  # The NMPA's lineage: the bodies it was reorganised from, with the handover dates.
  nmpa: node(id: "agency:cn/nmpa") {
    ... on Agency { name predecessors { agency { name validFrom validTo } on steps } }
  }
  # What the NMPA, its sub-bodies and its predecessors (CFDA, SFDA) issued.
  issued: policies(filter: { issuer: "NMPA", issuerSubBodies: true, includePredecessors: true }, first: 10) {
    totalCount
    edges { node { title issuedOn issuers(first: 3) { actor { name } } } }
  }
  # A regulation two documents name in two languages: the evidence that made it one node.
  merged: policies(filter: { kind: [Regulation], region: "Shenzhen" }, first: 3) {
    edges {
      node {
        title
        sameAs { a { documentId name } b { documentId name } score features { name weight } judgement { decision who why } }
      }
    }
  }
}
`;

/** GraphiQL's tabs, in order: the headline question first. */
export const EXAMPLE_TABS = [HEADLINE_QUERY, NESTED_QUERY, SEARCH_QUERY, IDENTITY_QUERY].map((query) => ({ query }));
