// Loading documents into a real Neo4j: idempotent reloads, exact retraction, provenance, bad files and crashes.
// Uses the seed documents through the real extractor, plus copies and texts written here, and leaves the
// database as it found it (checked by fingerprint).
import { spawn } from 'node:child_process';
import net from 'node:net';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../config.ts';
import { graphFingerprint, type GraphFingerprint } from '../graph/checksum.ts';
import { ensureReferenceData, loadPaths, retractDocuments } from '../graph/load.ts';
import { ensureSchema } from '../graph/schema.ts';
import { pipelineStamp } from '../graph/stamp.ts';
import { extractFile } from '../loaders/index.ts';
import { testConfig, testDriver } from './neo4j.ts';

const SEEDS = path.join(ROOT, '..', 'shared', 'corpus', 'seeds');
const driver = testDriver();
let tmp = '';
let seedFiles: string[] = [];
let seedIds: string[] = [];
let before: GraphFingerprint;
let afterSeeds: GraphFingerprint;

async function documentIds(prefix: string): Promise<string[]> {
  const r = await driver.executeQuery('MATCH (d:Document) WHERE d.id STARTS WITH $p RETURN d.id AS id ORDER BY id', { p: prefix });
  return r.records.map((x) => x.get('id') as string);
}

/** The node ids a loaded document's entities got (its Document's idMap: identity gives a dated policy id its text's key). */
async function graphIdsOf(doc: string, localIds: string[]): Promise<string[]> {
  const r = await driver.executeQuery('MATCH (d:Document {id: $doc}) RETURN d.idMap AS idMap', { doc });
  const idMap = JSON.parse((r.records[0]?.get('idMap') as string | null) ?? '{}') as Record<string, string>;
  return localIds.map((id) => idMap[id] ?? id);
}

/** Copies of the seeds with varied content: each drops one paragraph and gets a note of its own. */
async function variedCopies(dir: string, prefix: string, perSeed: number): Promise<number> {
  await fs.mkdir(dir, { recursive: true });
  let n = 0;
  for (const [s, file] of seedFiles.entries()) {
    const paragraphs = (await fs.readFile(file, 'utf8')).split(/\n\s*\n/);
    for (let k = 0; k < perSeed; k++) {
      const kept = paragraphs.filter((_, i) => i === 0 || paragraphs.length < 3 || i !== 1 + (k % (paragraphs.length - 1)));
      const text = `${kept.join('\n\n')}\n\nRepost note ${s}-${k}: shared for reading, no changes to the original.\n`;
      await fs.writeFile(path.join(dir, `${prefix}${s}-${String(k).padStart(2, '0')}.txt`), text);
      n++;
    }
  }
  return n;
}

function cliLoad(dir: string, env: Record<string, string> = {}) {
  const c = testConfig();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'policygraph.js'), 'load', dir], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: c.NEO4J_URI, NEO4J_USER: c.NEO4J_USER, NEO4J_PASSWORD: c.NEO4J_PASSWORD, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr.on('data', (b: Buffer) => (output += b.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, output })),
  );
  return { child, exited };
}

beforeAll(async () => {
  await ensureSchema(driver);
  await ensureReferenceData(driver);
  seedFiles = (await fs.readdir(SEEDS)).filter((f) => !f.startsWith('.')).sort().map((f) => path.join(SEEDS, f));
  seedIds = seedFiles.map((f) => `doc:${path.basename(f)}`);
  // Another run's leftovers would make the counts below meaningless: start from a graph without the seeds.
  await retractDocuments(driver, seedIds);
  before = await graphFingerprint(driver);
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'policygraph-graph-test-'));
});

afterAll(async () => {
  await retractDocuments(driver, [...(await documentIds('doc:gt-')), ...seedIds]);
  await fs.rm(tmp, { recursive: true, force: true });
  await driver.close();
});

describe('loading the seed documents', () => {
  it('loads them, and a second load changes nothing', async () => {
    const first = await loadPaths(driver, [SEEDS]);
    expect(first.failed).toEqual([]);
    expect(first.loaded).toBe(seedFiles.length);
    expect(first.nodesCreated).toBeGreaterThan(0);
    expect(first.relationshipsCreated).toBeGreaterThan(0);
    afterSeeds = await graphFingerprint(driver);
    expect(afterSeeds.nodes).toBeGreaterThan(before.nodes);

    const second = await loadPaths(driver, [SEEDS]);
    expect(second).toMatchObject({ loaded: 0, unchanged: seedFiles.length, failed: [], nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 });
    expect(await graphFingerprint(driver)).toEqual(afterSeeds);
  });

  it('extracts an unchanged file again when the extractor that wrote it has changed', async () => {
    // The last seed in load order: written again, it takes the same place in every sources list.
    const last = seedIds.at(-1) ?? '';
    await driver.executeQuery("MATCH (d:Document {id: $id}) SET d.extractedWith = 'an-older-extractor'", { id: last });
    const again = await loadPaths(driver, [SEEDS]);
    expect(again).toMatchObject({ loaded: 1, refreshed: 1, unchanged: seedFiles.length - 1, failed: [] });
    expect(await graphFingerprint(driver)).toEqual(afterSeeds);
    const stamp = await driver.executeQuery('MATCH (d:Document {id: $id}) RETURN d.extractedWith AS s', { id: last });
    expect(stamp.records[0]?.get('s')).toBe(await pipelineStamp());
  });

  it('names the document and the sentence behind every fact and mention', async () => {
    let checked = 0;
    for (const file of seedFiles) {
      const facts = await extractFile(file);
      const doc = `doc:${path.basename(file)}`;
      // Identity may have given an entity its cluster's id (one thing named by two documents): the Document's idMap.
      const stored = await driver.executeQuery('MATCH (d:Document {id: $doc}) RETURN d.idMap AS idMap', { doc });
      const idMap = JSON.parse((stored.records[0]?.get('idMap') as string | null) ?? '{}') as Record<string, string>;
      const gid = (id: string): string => idMap[id] ?? id;
      for (const rel of facts.relations) {
        const r = await driver.executeQuery(
          `MATCH (d:Document {id: $doc})-[:MENTIONS]->(a) WHERE a.id = $from
           MATCH (d)-[:MENTIONS]->(b) WHERE b.id = $to
           MATCH (a)-[r]->(b) WHERE type(r) = $type
           RETURN r.sources AS sources, r.evidence AS evidence`,
          { doc, from: gid(rel.from), to: gid(rel.to), type: rel.type },
        );
        expect(r.records, `${rel.type} ${rel.from} → ${rel.to} of ${doc}`).toHaveLength(1);
        const sources = r.records[0]?.get('sources') as string[];
        const evidence = r.records[0]?.get('evidence') as string[];
        expect(sources).toContain(doc);
        expect(evidence).toHaveLength(sources.length);
        // The first statement of a fact in a document is the one kept.
        const firstEvidence = facts.relations.find((x) => x.type === rel.type && x.from === rel.from && x.to === rel.to)?.evidence;
        expect(evidence[sources.indexOf(doc)]).toBe(firstEvidence);
        checked++;
      }
      const mentions = await driver.executeQuery('MATCH (:Document {id: $doc})-[m:MENTIONS]->(n) RETURN n.id AS id, m.evidence AS evidence', { doc });
      const byId = new Map(mentions.records.map((m) => [m.get('id') as string, m]));
      for (const e of facts.entities) {
        const m = byId.get(gid(e.id));
        expect(m, `${doc} mentions ${e.id}`).toBeDefined();
        if (e.evidence) expect(m?.get('evidence')).toBe(e.evidence.trim());
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('keeps a fact two documents state, with one source, when one of them is retracted', async () => {
    const dir = path.join(tmp, 'shared');
    await fs.mkdir(dir);
    const seed = seedFiles[2] ?? '';
    const copy = path.join(dir, 'gt-shared-copy.txt');
    await fs.writeFile(copy, `${await fs.readFile(seed, 'utf8')}\n\nRepost note: shared for reading.\n`);
    const s = await loadPaths(driver, [dir]);
    expect(s).toMatchObject({ loaded: 1, failed: [] });

    const shared = await driver.executeQuery(
      `MATCH (x)-[r]->(y) WHERE $a IN r.sources AND $b IN r.sources
       RETURN type(r) AS type, x.id AS from, y.id AS to, r.sources AS sources`,
      { a: `doc:${path.basename(seed)}`, b: 'doc:gt-shared-copy.txt' },
    );
    expect(shared.records.length).toBeGreaterThan(0);

    const r = await retractDocuments(driver, ['gt-shared-copy.txt']);
    expect(r.retracted).toEqual(['doc:gt-shared-copy.txt']);
    for (const rec of shared.records) {
      const left = await driver.executeQuery(
        `MATCH (x {id: $from})-[r]->(y {id: $to}) WHERE type(r) = $type RETURN r.sources AS sources, r.evidence AS evidence`,
        { from: rec.get('from'), to: rec.get('to'), type: rec.get('type') },
      );
      expect(left.records).toHaveLength(1);
      const sources = left.records[0]?.get('sources') as string[];
      expect(sources).toEqual((rec.get('sources') as string[]).filter((d) => d !== 'doc:gt-shared-copy.txt'));
      expect(sources).toContain(`doc:${path.basename(seed)}`);
      expect(left.records[0]?.get('evidence')).toHaveLength(sources.length);
    }
    // Nothing else moved: exactly the graph of the seeds.
    expect(await graphFingerprint(driver)).toEqual(afterSeeds);
  });
});

describe('changes, bad files and crashes', () => {
  it('replaces the facts of a changed document', async () => {
    const dir = path.join(tmp, 'changed');
    await fs.mkdir(dir);
    const file = path.join(dir, 'gt-changed.txt');
    await fs.writeFile(
      file,
      'Regulator issues cell therapy rules\n\nOn 12 March 2024, the National Medical Products Administration issued the ' +
        'Measures for the Administration of Cell Therapy Products (Trial). The measures apply to Hainan Province.\n',
    );
    const firstFacts = await extractFile(file);
    const firstPolicies = firstFacts.entities.filter((e) => e.label === 'Policy').map((e) => e.id);
    expect(firstPolicies.length).toBeGreaterThan(0);
    await loadPaths(driver, [dir]);
    const firstIds = await graphIdsOf('doc:gt-changed.txt', firstPolicies);

    await fs.writeFile(
      file,
      'Health commission issues gene therapy guideline\n\nOn 3 June 2024, the National Health Commission issued the ' +
        'Guidelines for Clinical Research on Gene Therapy. The guidelines apply to Yunnan Province.\n',
    );
    const secondFacts = await extractFile(file);
    const secondPolicies = secondFacts.entities.filter((e) => e.label === 'Policy').map((e) => e.id);
    expect(secondPolicies.length).toBeGreaterThan(0);
    const s = await loadPaths(driver, [dir]);
    expect(s).toMatchObject({ loaded: 1, unchanged: 0, failed: [] });

    const mentioned = await driver.executeQuery('MATCH (:Document {id: "doc:gt-changed.txt"})-[:MENTIONS]->(n) RETURN collect(n.id) AS ids');
    const ids = mentioned.records[0]?.get('ids') as string[];
    for (const id of await graphIdsOf('doc:gt-changed.txt', secondPolicies)) expect(ids).toContain(id);
    for (const id of firstIds.filter((p) => !ids.includes(p))) {
      const gone = await driver.executeQuery('MATCH (p:Policy {id: $id}) RETURN p', { id });
      expect(gone.records, `${id} belonged to the old text only`).toHaveLength(0);
    }
    await retractDocuments(driver, ['gt-changed.txt']);
    expect(await graphFingerprint(driver)).toEqual(afterSeeds);
  });

  it('skips a bad file with its reason and loads the rest of the batch', async () => {
    const dir = path.join(tmp, 'bad');
    await variedCopies(dir, 'gt-bad-', 1);
    await fs.writeFile(path.join(dir, 'gt-bad-broken.pdf'), Buffer.from('%PDF-1.7\nthis is not really a PDF\n\u0000\u0001\u0002'));
    const s = await loadPaths(driver, [dir], { batchSize: 50 });
    expect(s.loaded).toBe(seedFiles.length);
    expect(s.failed).toHaveLength(1);
    expect(s.failed[0]?.file).toBe(path.join(dir, 'gt-bad-broken.pdf'));
    expect(s.failed[0]?.problem.length).toBeGreaterThan(5);
    expect(await documentIds('doc:gt-bad-')).toHaveLength(seedFiles.length);
    await retractDocuments(driver, await documentIds('doc:gt-bad-'));
    expect(await graphFingerprint(driver)).toEqual(afterSeeds);
  });

  it('commits the other documents of a batch when one cannot be written', async () => {
    const dir = path.join(tmp, 'unwritable');
    await variedCopies(dir, 'gt-unwritable-', 1);
    const poisoned = path.join(dir, 'gt-unwritable-1-00.txt');
    // An extractor bug that only the database notices: a map is not a storable property value.
    const extract = async (file: string) => {
      const facts = await extractFile(file);
      return file === poisoned ? { ...facts, title: { not: 'a string' } as unknown as string } : facts;
    };
    const s = await loadPaths(driver, [dir], { extract, batchSize: 50 });
    expect(s.loaded).toBe(seedFiles.length - 1);
    expect(s.failed.map((f) => f.file)).toEqual([poisoned]);
    expect(s.failed[0]?.problem).toMatch(/could not be written/);
    const ids = await documentIds('doc:gt-unwritable-');
    expect(ids).toHaveLength(seedFiles.length - 1);
    expect(ids).not.toContain('doc:gt-unwritable-1-00.txt');
    await retractDocuments(driver, ids);
    expect(await graphFingerprint(driver)).toEqual(afterSeeds);
  });

  it('ends in the same graph when a load is killed and started again', { timeout: 600_000 }, async () => {
    const dir = path.join(tmp, 'kill');
    const total = await variedCopies(dir, 'gt-kill-', 12);
    const env = { LOAD_BATCH_SIZE: '5' };

    const whole = await cliLoad(dir, env).exited;
    expect(whole.code, whole.output).toBe(0);
    const uninterrupted = await graphFingerprint(driver);
    expect(await documentIds('doc:gt-kill-')).toHaveLength(total);
    await retractDocuments(driver, await documentIds('doc:gt-kill-'));
    expect(await graphFingerprint(driver)).toEqual(afterSeeds);

    const run = cliLoad(dir, env);
    let committed = 0;
    let exited = false;
    void run.exited.then(() => (exited = true));
    while (!exited) {
      committed = (await documentIds('doc:gt-kill-')).length;
      if (committed >= 10) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    run.child.kill('SIGKILL');
    const killed = await run.exited;
    expect(killed.signal).toBe('SIGKILL');
    const partial = (await documentIds('doc:gt-kill-')).length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(total);

    const rerun = await cliLoad(dir, env).exited;
    expect(rerun.code, rerun.output).toBe(0);
    expect(rerun.output).toMatch(new RegExp(`${total - partial} loaded, ${partial} unchanged, 0 failed`));
    expect(await graphFingerprint(driver)).toEqual(uninterrupted);

    await retractDocuments(driver, await documentIds('doc:gt-kill-'));
    expect(await graphFingerprint(driver)).toEqual(afterSeeds);
  });

  it('writes the same graph whether documents go one per batch or all in one, each file once', async () => {
    // Batches fold what their documents say about a node into one row: the fold must match loading one by one.
    const dir = path.join(tmp, 'batching');
    const total = await variedCopies(dir, 'gt-batch-', 3);
    const single = await loadPaths(driver, [dir], { batchSize: 1 });
    expect(single.loaded).toBe(total);
    const oneByOne = await graphFingerprint(driver);
    await retractDocuments(driver, await documentIds('doc:gt-batch-'));
    // A file named twice (its folder and itself) is loaded once.
    const again = path.join(dir, (await fs.readdir(dir)).sort()[0] ?? '');
    const whole = await loadPaths(driver, [dir, again], { batchSize: 50 });
    expect(whole.loaded).toBe(total);
    expect(whole.unchanged).toBe(1);
    expect(whole.nodesCreated).toBe(single.nodesCreated);
    expect(whole.relationshipsCreated).toBe(single.relationshipsCreated);
    expect(await graphFingerprint(driver)).toEqual(oneByOne);
    await retractDocuments(driver, await documentIds('doc:gt-batch-'));
    expect(await graphFingerprint(driver)).toEqual(afterSeeds);
  });

  it('names a document by its path in the folder loaded: same base names in two folders both stay', { timeout: 300_000 }, async () => {
    const start = await graphFingerprint(driver);
    const dir = path.join(tmp, 'names');
    await fs.mkdir(path.join(dir, 'gt-a'), { recursive: true });
    await fs.mkdir(path.join(dir, 'gt-b'), { recursive: true });
    await fs.writeFile(
      path.join(dir, 'gt-a', 'gt-index.txt'),
      'Province issues cell therapy measures\n\nOn 12 March 2024, the Hainan Provincial Health Commission issued the Measures for Stem Cell Clinical Research in Boao.\n',
    );
    await fs.writeFile(
      path.join(dir, 'gt-b', 'gt-index.txt'),
      'City issues gene therapy plan\n\nOn 3 June 2024, the Shanghai Municipal Health Commission issued the Action Plan for Gene Therapy Industry Development.\n',
    );
    const s = await loadPaths(driver, [dir]);
    expect(s).toMatchObject({ loaded: 2, failed: [] });
    const docs = await driver.executeQuery(
      "MATCH (d:Document) WHERE d.id IN ['doc:gt-a/gt-index.txt', 'doc:gt-b/gt-index.txt'] RETURN d.id AS id, d.path AS path ORDER BY id",
    );
    expect(docs.records.map((r) => r.toObject())).toEqual([
      { id: 'doc:gt-a/gt-index.txt', path: 'gt-a/gt-index.txt' },
      { id: 'doc:gt-b/gt-index.txt', path: 'gt-b/gt-index.txt' },
    ]);
    // The same folder named from elsewhere (another working directory, a relative path): the same documents.
    const c = testConfig();
    const again = spawn(process.execPath, [path.join(ROOT, 'bin', 'policygraph.js'), 'load', 'names'], {
      cwd: tmp,
      env: { ...process.env, NEO4J_URI: c.NEO4J_URI, NEO4J_USER: c.NEO4J_USER, NEO4J_PASSWORD: c.NEO4J_PASSWORD },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    again.stdout.on('data', (b: Buffer) => (output += b.toString()));
    again.stderr.on('data', (b: Buffer) => (output += b.toString()));
    expect(await new Promise((resolve) => again.on('exit', resolve)), output).toBe(0);
    expect(output).toMatch(/0 loaded, 2 unchanged, 0 failed/);
    await retractDocuments(driver, ['doc:gt-a/gt-index.txt', 'doc:gt-b/gt-index.txt']);
    expect(await graphFingerprint(driver)).toEqual(start);

    // Loaded one at a time as files, both are "gt-index.txt": the second gets an id of its own, the first stays.
    const one = await loadPaths(driver, [path.join(dir, 'gt-a', 'gt-index.txt')]);
    const two = await loadPaths(driver, [path.join(dir, 'gt-b', 'gt-index.txt')]);
    expect([one.loaded, two.loaded]).toEqual([1, 1]);
    const both = await documentIds('doc:gt-index.txt');
    expect(both).toHaveLength(2);
    expect(both[0]).toBe('doc:gt-index.txt');
    const titles = await driver.executeQuery('MATCH (d:Document) WHERE d.id IN $ids RETURN d.title AS t ORDER BY t', { ids: both });
    expect(titles.records.map((r) => r.get('t'))).toEqual(['City issues gene therapy plan', 'Province issues cell therapy measures']);
    // Loading them again changes nothing: each file finds its own Document.
    const three = await loadPaths(driver, [path.join(dir, 'gt-b', 'gt-index.txt'), path.join(dir, 'gt-a', 'gt-index.txt')]);
    expect(three).toMatchObject({ loaded: 0, unchanged: 2 });
    // No server path in the graph.
    const abs = await driver.executeQuery("MATCH (d:Document) WHERE d.path STARTS WITH '/' OR d.path CONTAINS ':\\\\' RETURN count(d) AS n");
    expect(abs.records[0]?.get('n')).toBe(0);
    await retractDocuments(driver, both);
    expect(await graphFingerprint(driver)).toEqual(start);
  });

  it('keeps the facts of a file moved unchanged inside the folder, under its new path', { timeout: 300_000 }, async () => {
    const start = await graphFingerprint(driver);
    const dir = path.join(tmp, 'moved');
    await variedCopies(path.join(dir, 'gt-old'), 'gt-moved-', 1);
    const first = await loadPaths(driver, [dir]);
    expect(first.loaded).toBe(seedFiles.length);
    // What each document says: the nodes it mentions and the relationships it supports.
    const said = async (prefix: string) => {
      const r = await driver.executeQuery(
        `MATCH (d:Document) WHERE d.id STARTS WITH $prefix
         RETURN substring(d.id, size($prefix)) AS name, COLLECT { MATCH (d)-[:MENTIONS]->(n) RETURN n.id ORDER BY n.id } AS mentions,
                d.supports AS supports, d.sha256 AS sha256 ORDER BY name`,
        { prefix },
      );
      return r.records.map((x) => x.toObject());
    };
    const before = await said('doc:gt-old/');
    await fs.rename(path.join(dir, 'gt-old'), path.join(dir, 'gt-new'));
    const after = await loadPaths(driver, [dir]);
    // Nothing extracted or written again: the Documents were renamed.
    expect(after).toMatchObject({ loaded: 0, unchanged: seedFiles.length, failed: [] });
    expect(await documentIds('doc:gt-old/')).toEqual([]);
    expect(await said('doc:gt-new/')).toEqual(before);
    // The old ids are gone from every fact's list of sources.
    const stale = await driver.executeQuery(
      `MATCH ()-[r]->() WHERE any(s IN coalesce(r.sources, []) WHERE s STARTS WITH 'doc:gt-old/') RETURN count(r) AS stale`,
    );
    expect(stale.records[0]?.get('stale')).toBe(0);
    await retractDocuments(driver, await documentIds('doc:gt-new/'));
    expect(await graphFingerprint(driver)).toEqual(start);
  });

  it('gives back the graph it found once the seeds are retracted', async () => {
    const r = await retractDocuments(driver, seedIds);
    expect(r.retracted).toHaveLength(seedFiles.length);
    expect(await graphFingerprint(driver)).toEqual(before);
  });
});

describe('inputs a careless user or an attacker hands the load', () => {
  const cli = (args: string[], env: Record<string, string> = {}) => {
    const c = testConfig();
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'policygraph.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: c.NEO4J_URI, NEO4J_USER: c.NEO4J_USER, NEO4J_PASSWORD: c.NEO4J_PASSWORD, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    return new Promise<{ code: number | null; output: string }>((resolve) => child.on('exit', (code) => resolve({ code, output })));
  };
  const note = (n: number) => `Notice ${n}\n\nOn 12 March 2024, the Hainan Provincial Health Commission issued the Measures for Stem Cell Clinical Research (No. ${n}).\n`;

  it('follows symbolic links inside the folder once, and reports links outside it or in a loop as skipped', async () => {
    const start = await graphFingerprint(driver);
    const dir = path.join(tmp, 'links');
    const outside = path.join(tmp, 'links-outside');
    await fs.mkdir(path.join(dir, 'sub'), { recursive: true });
    await fs.mkdir(outside, { recursive: true });
    await fs.writeFile(path.join(dir, 'sub', 'gt-link-a.txt'), note(1));
    await fs.writeFile(path.join(outside, 'gt-link-secret.txt'), note(2));
    await fs.symlink(path.join(dir, 'sub'), path.join(dir, 'again'));
    await fs.symlink(path.join(dir, 'sub', 'gt-link-a.txt'), path.join(dir, 'gt-link-alias.txt'));
    await fs.symlink(path.join(outside, 'gt-link-secret.txt'), path.join(dir, 'gt-link-out.txt'));
    await fs.symlink(dir, path.join(dir, 'sub', 'loop'));
    const s = await loadPaths(driver, [dir]);
    expect(s.failed).toEqual([]);
    // One document for the file however many links reach it; nothing from outside the folder.
    expect(s.loaded).toBe(1);
    expect(s.warnings).toEqual(
      expect.arrayContaining([
        { file: path.join(dir, 'gt-link-out.txt'), problem: expect.stringMatching(/skipped: symbolic link to a place outside/) },
        { file: path.join(dir, 'sub', 'loop'), problem: expect.stringMatching(/skipped: symbolic link to a folder this load walks already/) },
      ]),
    );
    const docs = await driver.executeQuery("MATCH (d:Document) WHERE d.title STARTS WITH 'Notice ' RETURN d.id AS id");
    expect(docs.records).toHaveLength(1);
    await retractDocuments(driver, docs.records.map((r) => r.get('id') as string));
    expect(await graphFingerprint(driver)).toEqual(start);
  });

  it('bounds batches by bytes as well as count', async () => {
    const start = await graphFingerprint(driver);
    const dir = path.join(tmp, 'bytes');
    await fs.mkdir(dir);
    for (let i = 0; i < 6; i++) await fs.writeFile(path.join(dir, `gt-bytes-${i}.txt`), note(10 + i) + 'x'.repeat(900));
    const steps: number[] = [];
    const s = await loadPaths(driver, [dir], { batchSize: 100, batchBytes: 2500, onProgress: (p) => steps.push(p.done) });
    expect(s.loaded).toBe(6);
    // Two files of ~1 KB per batch of at most 2.5 KB.
    expect(steps).toEqual([2, 4, 6]);
    await retractDocuments(driver, await documentIds('doc:gt-bytes-'));
    expect(await graphFingerprint(driver)).toEqual(start);
  });

  it('skips a document over MAX_DOCUMENT_MB with a message, and prints file names with control characters escaped', async () => {
    const start = await graphFingerprint(driver);
    const dir = path.join(tmp, 'limits');
    await fs.mkdir(dir);
    const evil = 'gt-limit-\u001b[31mred\u0007.txt';
    await fs.writeFile(path.join(dir, evil), note(20) + 'y'.repeat(3000));
    await fs.writeFile(path.join(dir, 'gt-limit-small.txt'), note(21));
    const r = await cli(['load', dir], { MAX_DOCUMENT_MB: '0.002' });
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/1 loaded, 0 unchanged, 1 failed/);
    expect(r.output).toMatch(/gt-limit-\\x1b\[31mred\\x07\.txt: too large: 3\.\d KB \(the limit is 2\.0 KB, MAX_DOCUMENT_MB\)/);
    expect(r.output).not.toContain('\u001b');
    expect(r.output).not.toContain('\u0007');
    await retractDocuments(driver, await documentIds('doc:gt-limit-'));
    expect(await graphFingerprint(driver)).toEqual(start);
  });

  it('reads mostly-UTF-8 text as UTF-8 and says how many bytes it replaced', async () => {
    const start = await graphFingerprint(driver);
    const dir = path.join(tmp, 'utf8');
    await fs.mkdir(dir);
    const text = Buffer.from('海南省卫生健康委员会通知\n\n2024年3月12日，海南省卫生健康委员会印发《干细胞临床研究管理办法》。\n', 'utf8');
    await fs.writeFile(path.join(dir, 'gt-utf8-stray.txt'), Buffer.concat([text, Buffer.from([0xff]), Buffer.from('\n')]));
    const s = await loadPaths(driver, [dir]);
    expect(s.failed).toEqual([]);
    expect(s.loaded).toBe(1);
    expect(s.warnings).toEqual([{ file: path.join(dir, 'gt-utf8-stray.txt'), problem: expect.stringMatching(/UTF-8 with 1 invalid byte sequence replaced/) }]);
    const title = await driver.executeQuery("MATCH (d:Document {id: 'doc:gt-utf8-stray.txt'}) RETURN d.title AS t");
    expect(title.records[0]?.get('t')).toBe('海南省卫生健康委员会通知');
    await retractDocuments(driver, ['doc:gt-utf8-stray.txt']);
    expect(await graphFingerprint(driver)).toEqual(start);
  });

  it('says in words within 5 s that Neo4j is not there, or does not answer', async () => {
    // Nothing listening (a port just freed), and a server that accepts connections and never answers.
    const free = net.createServer();
    await new Promise<void>((r) => free.listen(0, '127.0.0.1', r));
    const freePort = (free.address() as net.AddressInfo).port;
    await new Promise((r) => free.close(r));
    const silent = net.createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const silentPort = (silent.address() as net.AddressInfo).port;
    // What starting `load` costs on this machine right now (tsx compiles its modules; a busy machine is slow): a bad
    // setting stops it after its modules are imported, before it looks for Neo4j. Not the wait being measured.
    const t0 = Date.now();
    expect((await cli(['load', SEEDS], { MAX_DOCUMENT_MB: 'many' })).output).toMatch(/MAX_DOCUMENT_MB/);
    const startup = Date.now() - t0;
    try {
      for (const [port, words] of [
        [freePort, /Cannot use Neo4j at bolt:\/\/127\.0\.0\.1:\d+: nothing is listening there/],
        [silentPort, /Cannot use Neo4j at bolt:\/\/127\.0\.0\.1:\d+: it did not answer within/],
      ] as const) {
        const started = Date.now();
        const r = await cli(['load', SEEDS], { NEO4J_URI: `bolt://127.0.0.1:${port}` });
        expect(r.code).toBe(1);
        expect(r.output).toMatch(words);
        expect(r.output).not.toMatch(/\n\s+at /); // no stack trace
        expect(Date.now() - started - startup).toBeLessThan(5000);
      }
    } finally {
      silent.close();
    }
  });
});
