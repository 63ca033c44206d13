// A retract's transactions are sized by the relationship lists they rewrite: a link many documents state (an office
// PART_OF its ministry, named by every document of its issuer) is a list of one entry per document, rewritten whole
// by each transaction that takes documents away, and a transaction's memory is capped. Real Neo4j; texts written
// for this test.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFingerprint } from '../graph/checksum.ts';
import { ensureReferenceData, loadPaths, retractDocuments } from '../graph/load.ts';
import { ensureSchema } from '../graph/schema.ts';
import { testDriver } from './neo4j.ts';

const driver = testDriver();
let tmp = '';
const TOPICS = ['Cell Therapy Products', 'Stem Cell Banks', 'Gene Therapy Trials', 'Regenerative Medicine Centres', 'Organoid Research', 'Umbilical Cord Blood Banks'];
const NAMES = TOPICS.map((_, i) => `rl-office-${i}.txt`);
const DOCS = NAMES.map((n) => `doc:${n}`);

/** How many documents state the office's PART_OF its commission. */
async function hubSources(): Promise<number> {
  const r = await driver.executeQuery(
    `MATCH (:Document {id: $doc})-[:MENTIONS]->(a:Agency)-[r:PART_OF]->(b:Agency)<-[:MENTIONS]-(:Document {id: $doc})
     RETURN max(size(r.sources)) AS n`,
    { doc: DOCS[0] },
  );
  return Number(r.records[0]?.get('n') ?? 0);
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'rl-'));
  for (const [i, topic] of TOPICS.entries()) {
    const text = `The office issues rules on ${topic.toLowerCase()}\n\nOn May ${i + 3}, 2021, the General Office of the National Health Commission issued the Notice on Strengthening the Management of ${topic}. The notice applies to China.\n`;
    await fs.writeFile(path.join(tmp, NAMES[i]!), text);
  }
  await ensureSchema(driver);
  await ensureReferenceData(driver);
  await retractDocuments(driver, DOCS);
});

afterAll(async () => {
  await retractDocuments(driver, DOCS);
  await fs.rm(tmp, { recursive: true, force: true });
  await driver.close();
});

describe('a retract sized by the lists it rewrites', () => {
  it('splits documents sharing a hub link into transactions under the budget, and stays exact', async () => {
    const before = await graphFingerprint(driver);
    const load = () => loadPaths(driver, NAMES.map((n) => path.join(tmp, n)));
    expect((await load()).failed).toEqual([]);
    // Every document states the office's PART_OF its commission: one list, an entry each (and those of documents
    // the graph held before).
    const hub = await hubSources();
    expect(hub).toBeGreaterThanOrEqual(DOCS.length);

    const whole = await retractDocuments(driver, DOCS);
    expect(whole.retracted.sort()).toEqual([...DOCS].sort());
    expect(whole.transactions).toBe(1);
    expect(await graphFingerprint(driver)).toEqual(before);

    await load();
    // A budget smaller than one document's lists: each document in a transaction of its own.
    const split = await retractDocuments(driver, DOCS, { lists: 1 });
    expect(split.retracted.sort()).toEqual([...DOCS].sort());
    expect(split.transactions).toBe(DOCS.length);
    expect(await graphFingerprint(driver)).toEqual(before);

    await load();
    // A budget of the hub list and a little more: a transaction takes documents until the budget is spent.
    const some = await retractDocuments(driver, DOCS, { lists: hub + 4 });
    expect(some.transactions).toBeGreaterThan(1);
    expect(some.transactions).toBeLessThan(DOCS.length);
    expect(await graphFingerprint(driver)).toEqual(before);
  });
});
