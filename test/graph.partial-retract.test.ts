// A retract reads only the Documents its judging reaches (identity/partial.ts), and gives the graph a retract that
// reads every Document gives: on the dev and seed pages, the same fingerprint either way; Documents stored before
// `heldKeys` (old format) are retracted by reading them all, and keyed then. Real Neo4j.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFingerprint } from '../graph/checksum.ts';
import { ensureReferenceData, loadPaths, retractDocuments } from '../graph/load.ts';
import { partialLimits, partialStats } from '../graph/identity/partial.ts';
import { ensureSchema } from '../graph/schema.ts';
import { pipelineStamp } from '../graph/stamp.ts';
import { documentId } from '../graph/walk.ts';
import { testDriver } from './neo4j.ts';

const driver = testDriver();
const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus');
let files: string[] = [];
let sample: string[] = [];
let sampleIds: string[] = [];

async function keyed(): Promise<{ total: number; keyed: number }> {
  const r = await driver.executeQuery('MATCH (d:Document) WHERE d.identity IS NOT NULL RETURN count(d) AS total, count(CASE WHEN d.heldKeysWith = $stamp THEN 1 END) AS keyed', {
    stamp: await pipelineStamp(),
  });
  return { total: Number(r.records[0]?.get('total')), keyed: Number(r.records[0]?.get('keyed')) };
}

beforeAll(async () => {
  for (const dir of ['dev', 'seeds']) {
    for (const f of (await fs.readdir(path.join(CORPUS, dir))).sort()) if (!f.endsWith('.md')) files.push(path.join(CORPUS, dir, f));
  }
  // Every third page: policies, licences and persons that other pages name too.
  sample = files.filter((_, i) => i % 3 === 0);
  sampleIds = sample.map((f) => documentId(path.basename(f)));
  await ensureSchema(driver);
  await ensureReferenceData(driver);
  await retractDocuments(driver, files.map((f) => documentId(path.basename(f))));
}, 300_000);

afterAll(async () => {
  await retractDocuments(driver, files.map((f) => documentId(path.basename(f))));
  await driver.close();
}, 300_000);

describe('a retract that reads only what it reaches', () => {
  it('gives the graph a retract reading every Document gives, and keys old-format Documents', async () => {
    // Other files' Documents, if any, count as well (keyed by the loads that wrote them).
    const others = await keyed();
    expect((await loadPaths(driver, files)).failed).toEqual([]);
    const loaded = await graphFingerprint(driver);
    expect(await keyed()).toEqual({ total: others.total + files.length, keyed: others.keyed + files.length });

    // The dev pages name one another: a retract of a third of them reaches more than half the graph, where a retract
    // reads it all; read in part here all the same.
    partialLimits.most = 1;
    const before = { ...partialStats };
    expect((await retractDocuments(driver, sampleIds)).retracted.sort()).toEqual([...sampleIds].sort());
    expect(partialStats.partial).toBeGreaterThan(before.partial);
    expect(partialStats.whole).toBe(before.whole);
    // It read fewer Documents than the graph holds.
    expect(partialStats.documents - before.documents).toBeLessThan(files.length);
    const partial = await graphFingerprint(driver);
    expect(partial).not.toEqual(loaded);

    expect((await loadPaths(driver, sample)).failed).toEqual([]);
    expect(await graphFingerprint(driver)).toEqual(loaded);

    // Documents as stored before heldKeys: the retract reads them all, gives the same graph, and keys them.
    await driver.executeQuery('MATCH (d:Document) REMOVE d.heldKeysWith');
    const old = { ...partialStats };
    await retractDocuments(driver, sampleIds);
    expect(partialStats.whole).toBe(old.whole + 1);
    expect(partialStats.partial).toBe(old.partial);
    expect(await graphFingerprint(driver)).toEqual(partial);
    const left = others.total + files.length - sample.length;
    expect(await keyed()).toEqual({ total: left, keyed: left });

    expect((await loadPaths(driver, sample)).failed).toEqual([]);
    expect(await graphFingerprint(driver)).toEqual(loaded);
  }, 600_000);
});
