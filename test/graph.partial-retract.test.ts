// Retracting part of a graph of real pages in a process of its own, as a user runs `policygraph retract`: the
// process reads the held index from the graph (each Document's profiles, their blocking keys, the pairs stored with
// them: identity/held.ts) and judges again what the leaving pages touched. The dev and seeds pages name the same
// policies, bodies and licences across documents and languages, so their nodes are merged across the pages kept and
// the pages retracted.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../config.ts';
import { graphFingerprint } from '../graph/checksum.ts';
import { ensureReferenceData, loadPaths, retractDocuments } from '../graph/load.ts';
import { ensureSchema } from '../graph/schema.ts';
import { testConfig, testDriver } from './neo4j.ts';

const driver = testDriver();
const DIRS = ['dev', 'seeds'].map((d) => path.join(ROOT, '..', 'shared', 'corpus', d));
let files: string[] = [];
const idOf = (f: string) => `doc:${path.basename(f)}`;

beforeAll(async () => {
  for (const d of DIRS) files.push(...(await fs.readdir(d)).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(d, f)));
  await ensureSchema(driver);
  await ensureReferenceData(driver);
  await retractDocuments(driver, files.map(idOf));
});

afterAll(async () => {
  await retractDocuments(driver, files.map(idOf));
  files = [];
  await driver.close();
});

describe('a retract by a fresh process on real pages', () => {
  it('every third page retracted leaves the graph of the pages left; loading them back gives the loaded graph', { timeout: 600_000 }, async () => {
    const third = files.filter((_, i) => i % 3 === 0);
    const left = files.filter((_, i) => i % 3 !== 0);
    expect((await loadPaths(driver, left)).failed).toEqual([]);
    const leftAlone = await graphFingerprint(driver);
    await loadPaths(driver, third);
    const loaded = await graphFingerprint(driver);
    expect(loaded).not.toEqual(leftAlone);

    const config = testConfig();
    await promisify(execFile)(process.execPath, [path.join(ROOT, 'bin', 'policygraph.js'), 'retract', ...third.map(idOf)], {
      env: { ...process.env, NEO4J_URI: config.NEO4J_URI, NEO4J_USER: config.NEO4J_USER, NEO4J_PASSWORD: config.NEO4J_PASSWORD },
    });
    expect(await graphFingerprint(driver)).toEqual(leftAlone);
    await loadPaths(driver, third);
    expect(await graphFingerprint(driver)).toEqual(loaded);
  });
});
