// The response cache against a real Neo4j: a repeated question runs no Cypher but the stamp read, and the first
// answer after any commit to the graph (here: texts added and removed by another connection) is the new one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createYogaApp, type Yoga } from '../api/server.ts';
import { graphStamp, STAMP_STATEMENT } from '../api/plugins/response-cache.ts';
import { recordingDriver } from '../bench/api-record.ts';
import { ensureSchema } from '../graph/schema.ts';
import { testConfig, testDriver } from './neo4j.ts';

const P = 'cachetest';
let driver: Driver;
let yoga: Yoga;
/** Statements run for answers: the stamp read every request makes is not one. */
let statements = 0;

async function ask(query: string): Promise<{ data?: { policies: { totalCount: number; edges: { node: { id: string } }[] } }; errors?: unknown[] }> {
  const res = await yoga.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await res.json()) as never;
}

const Q = `{ policies(filter: { text: "${P}" }, first: 50) { totalCount edges { node { id } } } }`;
const add = (id: string) => driver.executeQuery(`CREATE (:Policy:Notice {id: $id, title: $id, name: $id, kind: 'notice', sources: []})`, { id: `policy:${P}-${id}` });

beforeAll(async () => {
  driver = testDriver();
  await ensureSchema(driver);
  await driver.executeQuery(`MATCH (p:Policy) WHERE p.id STARTS WITH 'policy:${P}-' DETACH DELETE p`);
  await add('a');
  yoga = createYogaApp(recordingDriver(driver, (cypher) => (statements += cypher === STAMP_STATEMENT ? 0 : 1)), testConfig(), { responseCache: true });
});

afterAll(async () => {
  await driver.executeQuery(`MATCH (p:Policy) WHERE p.id STARTS WITH 'policy:${P}-' DETACH DELETE p`);
  await driver?.close();
});

describe('response cache', () => {
  it('answers a repeated question without running its Cypher again', async () => {
    statements = 0;
    const first = await ask(Q);
    expect(first.errors).toBeUndefined();
    expect(first.data?.policies.totalCount).toBe(1);
    expect(statements).toBe(1);
    for (let i = 0; i < 5; i++) expect(await ask(Q)).toEqual(first);
    expect(statements).toBe(1);
  });

  it('gives the new answer right after a commit, and caches that one', async () => {
    await ask(Q);
    await add('b');
    statements = 0;
    const after = await ask(Q);
    expect(after.data?.policies.totalCount).toBe(2);
    expect(statements).toBe(1);
    expect(await ask(Q)).toEqual(after);
    expect(statements).toBe(1);
    await driver.executeQuery(`MATCH (p:Policy {id: $id}) DETACH DELETE p`, { id: `policy:${P}-a` });
    expect((await ask(Q)).data?.policies.edges.map((e) => e.node.id)).toEqual([`policy:${P}-b`]);
  });

  it('under concurrent requests and commits every answer is one the graph held while the request ran', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        if (i === 10) await add('c');
        return ask(Q);
      }),
    );
    for (const a of answers) expect([1, 2]).toContain(a.data?.policies.totalCount);
    // Once the commit is known to have happened, no request sees the old answer.
    expect((await ask(Q)).data?.policies.totalCount).toBe(2);
  });

  it('the stamp changes exactly when something commits', async () => {
    const stamp = graphStamp(driver);
    const s1 = await stamp();
    expect(await stamp()).toBe(s1);
    await add('d');
    const s2 = await stamp();
    expect(s2).not.toBe(s1);
    expect(await Promise.all([stamp(), stamp(), stamp()])).toEqual([s2, s2, s2]);
  });
});
