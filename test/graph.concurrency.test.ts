// Loads and retracts run at the same time, as two terminals (two processes) would: the graph they leave must be
// the one a serial run makes, with no duplicate MENTIONS, and the second writer says that it waits.
import { spawn } from 'node:child_process';
import neo4j from 'neo4j-driver';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../config.ts';
import { graphFingerprint, type GraphFingerprint } from '../graph/checksum.ts';
import { acquireLease } from '../graph/lease.ts';
import { ensureReferenceData, loadPaths, retractDocuments } from '../graph/load.ts';
import { ensureSchema } from '../graph/schema.ts';
import { testConfig, testDriver } from './neo4j.ts';

const SEEDS = path.join(ROOT, '..', 'shared', 'corpus', 'seeds');
const driver = testDriver();
let tmp = '';
let before: GraphFingerprint;

async function documentIds(prefix: string): Promise<string[]> {
  const r = await driver.executeQuery('MATCH (d:Document) WHERE d.id STARTS WITH $p RETURN d.id AS id ORDER BY id', { p: prefix });
  return r.records.map((x) => x.get('id') as string);
}

/** Copies of the seeds, each with one paragraph left out and a note of its own, so they differ. */
async function corpus(dir: string, prefix: string, perSeed: number): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const seeds = (await fs.readdir(SEEDS)).filter((f) => !f.startsWith('.')).sort();
  for (const [s, name] of seeds.entries()) {
    const paragraphs = (await fs.readFile(path.join(SEEDS, name), 'utf8')).split(/\n\s*\n/);
    for (let k = 0; k < perSeed; k++) {
      const kept = paragraphs.filter((_, i) => i === 0 || paragraphs.length < 3 || i !== 1 + (k % (paragraphs.length - 1)));
      await fs.writeFile(path.join(dir, `${prefix}${s}-${k}.txt`), `${kept.join('\n\n')}\n\nCopy ${s}-${k} for a concurrency test.\n`);
    }
  }
}

function cli(args: string[]): Promise<{ code: number | null; output: string }> {
  const c = testConfig();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'policygraph.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: c.NEO4J_URI, NEO4J_USER: c.NEO4J_USER, NEO4J_PASSWORD: c.NEO4J_PASSWORD, LOAD_BATCH_SIZE: '4' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr.on('data', (b: Buffer) => (output += b.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

const duplicateMentions = async (): Promise<number> => {
  const r = await driver.executeQuery(
    'MATCH (d:Document)-[m:MENTIONS]->(n) WITH d, n, count(m) AS c WHERE c > 1 RETURN count(*) AS dup',
  );
  return r.records[0]?.get('dup') as number;
};

beforeAll(async () => {
  await ensureSchema(driver);
  await ensureReferenceData(driver);
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'policygraph-concurrency-'));
  await corpus(path.join(tmp, 'a'), 'gc-a-', 4);
  await corpus(path.join(tmp, 'b'), 'gc-b-', 3);
  await retractDocuments(driver, await documentIds('doc:gc-'));
  before = await graphFingerprint(driver);
});

afterAll(async () => {
  await retractDocuments(driver, await documentIds('doc:gc-'));
  await fs.rm(tmp, { recursive: true, force: true });
  await driver.close();
});

describe('two writers at once', () => {
  it('two loads of one corpus in two processes end in the graph of one load', { timeout: 300_000 }, async () => {
    const dir = path.join(tmp, 'a');
    const one = await loadPaths(driver, [dir]);
    expect(one.failed).toEqual([]);
    const serial = await graphFingerprint(driver);
    await retractDocuments(driver, await documentIds('doc:gc-a-'));
    expect(await graphFingerprint(driver)).toEqual(before);

    const [x, y] = await Promise.all([cli(['load', dir]), cli(['load', dir])]);
    expect(x.code, x.output).toBe(0);
    expect(y.code, y.output).toBe(0);
    // One of them waited for the other, said so, and then found every document already there.
    const waited = [x, y].find((r) => /Waiting: another load/.test(r.output));
    expect(waited, `${x.output}\n---\n${y.output}`).toBeDefined();
    expect(waited?.output).toMatch(new RegExp(`0 loaded, ${one.loaded} unchanged, 0 failed`));
    expect(await duplicateMentions()).toBe(0);
    expect(await graphFingerprint(driver)).toEqual(serial);
  });

  it('a retract and a load at once end in the graph of the load alone', { timeout: 300_000 }, async () => {
    // Corpus a is in the graph (previous test); b alone is what should remain.
    const dirB = path.join(tmp, 'b');
    const aIds = await documentIds('doc:gc-a-');
    expect(aIds.length).toBeGreaterThan(0);
    await retractDocuments(driver, aIds);
    await loadPaths(driver, [dirB]);
    const onlyB = await graphFingerprint(driver);
    await retractDocuments(driver, await documentIds('doc:gc-b-'));
    await loadPaths(driver, [path.join(tmp, 'a')]);

    const [load, retract] = await Promise.all([cli(['load', dirB]), cli(['retract', ...aIds])]);
    expect(load.code, load.output).toBe(0);
    expect(retract.code, retract.output).toBe(0);
    expect(await duplicateMentions()).toBe(0);
    expect(await graphFingerprint(driver)).toEqual(onlyB);
  });

  it('a lease its holder stopped renewing (a killed load) expires, and the next writer takes it', async () => {
    // What a load killed with SIGKILL leaves: a lease nobody renews any more.
    await driver.executeQuery(
      "MERGE (l:Meta {id: 'writer'}) SET l.holder = 'killed-load', l.task = 'load', l.since = timestamp(), l.expiresAt = timestamp() + 2000",
    );
    const waits: string[] = [];
    const started = Date.now();
    const next = await acquireLease(driver, 'retract', { onWait: (h) => waits.push(h.task) });
    await next.release();
    expect(waits).toEqual(['load']);
    expect(Date.now() - started).toBeGreaterThan(1000);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("a script's own driver, with Neo4j's lossless integers, holds the lease and is told who it waits for", async () => {
    const c = testConfig();
    const plain = neo4j.driver(c.NEO4J_URI, neo4j.auth.basic(c.NEO4J_USER, c.NEO4J_PASSWORD));
    try {
      const first = await acquireLease(plain, 'load', { ttlMs: 3000 });
      const session = plain.session();
      // Its own check passes while it holds the lease (a lost lease would throw LeaseLostError here).
      await session.executeWrite((tx) => first.check(tx));
      await session.close();
      const waits: { task: string; expiresAt: number }[] = [];
      const second = acquireLease(plain, 'retract', { onWait: (h) => waits.push({ task: h.task, expiresAt: h.expiresAt }) });
      await new Promise((r) => setTimeout(r, 700));
      await first.release();
      await (await second).release();
      expect(waits).toHaveLength(1);
      expect(waits[0]!.task).toBe('load');
      expect(typeof waits[0]!.expiresAt).toBe('number');
      expect(waits[0]!.expiresAt).toBeGreaterThan(0);
    } finally {
      await plain.close();
    }
  });
});
