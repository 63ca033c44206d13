// The peer bench:api compares against: @neo4j/graphql serving the same graph (type definitions over PolicyGraph's
// labels and relationships) through graphql-yoga, so both sides pay the same HTTP and GraphQL layer.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';

const typeDefs = /* GraphQL */ `
  type Policy @node {
    id: ID!
    title: String
    kind: String
    status: String
    issuedOn: Date
    issuers: [Agency!]! @relationship(type: "ISSUED", direction: IN)
    appliesTo: [Region!]! @relationship(type: "APPLIES_TO", direction: OUT)
  }
  type Agency @node(labels: ["Agency", "Actor"]) {
    id: ID!
    name: String
    issued: [Policy!]! @relationship(type: "ISSUED", direction: OUT)
    partOf: [Agency!]! @relationship(type: "PART_OF", direction: OUT)
  }
  type Region @node {
    id: ID!
    name: String
    partOf: [Region!]! @relationship(type: "PART_OF", direction: OUT)
    parts: [Region!]! @relationship(type: "PART_OF", direction: IN)
  }
`;

export interface Peer {
  url: string;
  stop(): Promise<void>;
}

export async function startPeer(driver: Driver): Promise<Peer> {
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, graphiql: false, maskedErrors: true });
  const server = http.createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
