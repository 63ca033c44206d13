// Execution through graphql-jit against a real Neo4j: the answers graphql-js gives (errors without their query
// locations), and variables passed inside a JSON literal (ask's params) still reach the question — such
// documents run through graphql-js.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createYogaApp, type Yoga } from '../api/server.ts';
import { ensureSchema } from '../graph/schema.ts';
import { testConfig, testDriver } from './neo4j.ts';

let driver: Driver;
let jit: Yoga;
let plain: Yoga;

async function post(app: Yoga, query: string, variables: Record<string, unknown> = {}): Promise<string> {
  const res = await app.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return res.text();
}

beforeAll(async () => {
  driver = testDriver();
  await ensureSchema(driver);
  jit = createYogaApp(driver, testConfig());
  plain = createYogaApp(driver, testConfig(), { jit: false });
});

afterAll(async () => {
  await driver?.close();
});

describe('graphql-jit execution', () => {
  it('gives the same answers as graphql-js, errors included', async () => {
    for (const q of [
      '{ policies(first: 5) { totalCount edges { cursor node { id title issuers { actor { __typename id name } } } } } }',
      '{ a: regions(first: 3) { edges { node { name } } } b: questions { name } }',
      '{ policies(first: 1000) { totalCount } }',
      '{ node(id: "agency:cn/nhc") { ... on Agency { name issued(first: 2) { policy { title } } } } }',
      // Aliases below the root (values keyed by alias, read through resolvers) and none (read inline by name).
      '{ node(id: "agency:cn/nhc") { ... on Agency { n: name latest: issued(first: 1) { policy { t: title } } more: issued(first: 3) { on policy { title } } } } }',
      'query { policies(first: 3) { ...Page } } fragment Page on PolicyConnection { edges { node { id t: title } } }',
      // Cursors are encoded only when selected: the page's and each edge's.
      '{ policies(first: 2) { pageInfo { startCursor endCursor hasNextPage } edges { cursor node { id } } } }',
    ]) {
      // Errors keep their message, path and code; graphql-jit does not report their locations in the query.
      type Body = { data?: unknown; errors?: { message: string; path?: unknown; extensions?: unknown }[] };
      const strip = (b: Body) => ({ data: b.data ?? null, errors: b.errors?.map((e) => ({ message: e.message, path: e.path, extensions: e.extensions })) });
      expect(strip(JSON.parse(await post(jit, q)) as Body), q).toEqual(strip(JSON.parse(await post(plain, q)) as Body));
    }
  });

  it('variables inside ask params reach the question', async () => {
    const q = 'query($a: String = "agency:cn/nmpa/cde", $y: Int = 2023) { ask(name: "agencies-issuing-guidelines", params: { agency: $a, year: $y }) { params } }';
    const params = (body: string) => (JSON.parse(body) as { data: { ask: { params: unknown } } }).data.ask.params;
    expect(params(await post(jit, q, { y: 2021 }))).toEqual({ agency: 'agency:cn/nmpa/cde', year: 2021, includePredecessors: false });
    expect(params(await post(jit, q, { a: 'agency:cn/nhc', y: 2019 }))).toEqual({ agency: 'agency:cn/nhc', year: 2019, includePredecessors: false });
  });
});
