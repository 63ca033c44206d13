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

/** GraphiQL's tabs, in order: the headline question first. */
export const EXAMPLE_TABS = [HEADLINE_QUERY, NESTED_QUERY, SEARCH_QUERY].map((query) => ({ query }));
