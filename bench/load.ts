// `npm run bench:load`: how fast documents go into the graph, measured (not a test).
// Generates synthetic corpora from the gazetteer (1k and 10k documents of 5–10 KB, English and Chinese) in a
// temp folder, then per size, each in a fresh child process so peak RSS is its own:
//   load    — policygraph's loadPaths end to end (walk, hash, extract, write), then the unchanged reload;
//   plain   — the same load without resolution (each entity keeps its extractor's id; display still by rule):
//             with / without is identity's cost, judged ≤ 1.15 (graph/README.md, "Identity"), in wall time and in
//             CPU (the loading process's user + system time, and the managed Neo4j server's from /proc when it runs
//             here): CPU is what a shared 2-core machine runs out of, and steadier than wall time when it is busy;
//   raw     — the same facts, extracted beforehand (untimed), with the same labels and properties, written by
//             plain batched UNWIND MERGE … SET, last writer wins: the ceiling;
//   names   — the same, but only ids, names and evidence: a lower bound on what any write of these facts costs.
// Loads (with and without resolution, which first alternating) and raw writes take turns, several rounds; figures
// are medians. Runs against any NEO4J_URI and removes only
// what it created (its documents by retract, the raw nodes by id prefix).
// Options: --sizes 1000,10000   --repeat N (rounds per size)   --keep (leave the corpus folder)
//          --no-names (skip the names-only write: a 10k run that must fit in the time)
//          --scale N [--sample K] [--statements] [--trace] (load and retract rates as the graph grows to N documents,
//          with each slice's Neo4j CPU by statement, or its critical path: load-scale.ts, statements.ts); raw and the load take turns slice by
//          slice, raw into the instance RAW_NEO4J_URI (and _INSTANCE, _HTTP_PORT, _PASSWORD) names, else beside the load
//          [--corpus growing] (titles that come and go as the corpus grows, not drawn from one fixed pool)
//          --write-corpus DIR (only write the corpus of the first size there: for paired runs of `policygraph load`
//          at two commits)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../config.ts';
import { instanceOf, pidOf } from '../db/neo4j.ts';
import { connect } from '../graph/driver.ts';
import { identityPhases } from '../graph/identity/apply.ts';
import { DEFAULT_BATCH, loadPaths, retractDocuments } from '../graph/load.ts';
import { ensureReferenceData } from '../graph/reference.ts';
import { ensureSchema } from '../graph/schema.ts';
import { walkDocuments } from '../graph/walk.ts';
import { pools, writeCorpus, type Pools } from './load-corpus.ts';
import { bytesWritten, scale, type RawSlice } from './load-scale.ts';
import type { DocumentFacts } from '../loaders/types.ts';
import { addDocument, emptyRows, factCount, type EntityRow, type WriteRows } from '../graph/rows.ts';

const SELF = fileURLToPath(import.meta.url);
/** The loader's own batch size, for the raw writes too. */
const BATCH = DEFAULT_BATCH;
/** Documents per slice in the raw write's own clock. */
const SLICE = 1000;
/** Documents each side of the scale mode writes and removes before slice 1, outside the clock: two batches. */
const WARM_DOCS = 200;


// ---------- children ----------

interface LoadResult {
  docs: number;
  loaded: number;
  failed: number;
  facts: number;
  seconds: number;
  reloadSeconds: number;
  reloadUnchanged: number;
  maxRssMb: number;
  /** CPU seconds (user + system, every thread) this process spent on the first load. */
  cpuSeconds: number;
  /** The Neo4j server's CPU seconds meanwhile, when it is a managed instance on this machine (else null). */
  neo4jCpuSeconds: number | null;
  /** Where the first load's time went (graph/identity/apply.ts). */
  phases: typeof identityPhases;
}

interface RawResult {
  docs: number;
  facts: number;
  extractSeconds: number;
  seconds: number;
  /** Seconds of each slice of 1,000 documents, in order (the scale mode compares the first and the last). */
  sliceSeconds: number[];
}

const maxRssMb = () => process.resourceUsage().maxRSS / 1024;

/** One load end to end, then (with resolution) the unchanged reload. `identity` false: the same load with every
 *  entity keeping its extractor's id (graph/load.ts), the baseline resolution's cost is measured against. */
async function childLoad(driver: Driver, dir: string, identity: boolean): Promise<LoadResult> {
  const config = loadConfig();
  // A user's load builds the gazetteer in its setup (reference data), which the bench's loads skip: built here
  // first, so neither load pays it inside the clock (identity's glossary would otherwise build it alone).
  await (await import('../loaders/gazetteer/index.ts')).gazetteer();
  const [cpu, neo4j] = [process.cpuUsage(), neo4jCpu(config)];
  const first = await loadPaths(driver, [dir], { skipSetup: true, batchSize: BATCH, identity });
  const { user, system } = process.cpuUsage(cpu);
  const neo4jAfter = neo4jCpu(config);
  const phases = { ...identityPhases };
  const again = identity ? await loadPaths(driver, [dir], { skipSetup: true, batchSize: BATCH }) : null;
  return {
    docs: first.loaded + first.unchanged + first.failed.length,
    loaded: first.loaded,
    failed: first.failed.length,
    facts: first.facts,
    seconds: first.seconds,
    reloadSeconds: again?.seconds ?? 0,
    reloadUnchanged: again?.unchanged ?? 0,
    maxRssMb: maxRssMb(),
    cpuSeconds: (user + system) / 1e6,
    neo4jCpuSeconds: neo4j === null || neo4jAfter === null ? null : neo4jAfter - neo4j,
    phases,
  };
}

const RAW = 'raw:';

/** Node properties as the graph stores them, straight from one document's row (no fold with what is stored). */
function rawNodeSet(label: string): string {
  const titled = label === 'Policy' || label === 'Proposal' || label === 'License';
  const sets = [
    'n.name = row.name',
    titled ? 'n.title = row.name, n.titleZh = row.nameZh' : 'n.nameZh = row.nameZh',
    'n.kind = row.kind',
    'n.sources = [row.doc]',
    'n.aliases = row.names',
    "n.aliasText = reduce(s = '', a IN row.names | s + ' | ' + a)",
    ...(label === 'Agency' ? ['n.level = row.level'] : []),
    ...(label === 'Region' ? ['n.code = row.code'] : []),
    ...(label === 'Policy' ? ['n.status = row.status', 'n.docNumber = row.docNumber'] : []),
    ...(label === 'Proposal' ? ['n.venue = row.venue', 'n.madeOn = date(row.date)'] : []),
    ...(label === 'Policy' || label === 'License' ? ['n.issuedOn = date(row.date)'] : []),
    ...(titled ? ['n.datePrecision = row.precision'] : []),
  ];
  return sets.join(', ');
}

const RAW_MENTION = `m.evidence = row.evidence, m.name = row.name, m.nameZh = row.nameZh, m.names = row.names, m.kind = row.kind,
  m.level = row.level, m.code = row.code, m.date = row.date, m.precision = row.precision, m.status = row.status,
  m.docNumber = row.docNumber, m.venue = row.venue, m.basis = row.basis`;

/** The ceiling: the same documents, nodes, labels, properties, MENTIONS and relationships the load writes (graph/rows.ts
 *  builds the rows), as plain batched UNWIND MERGE … SET, last writer wins: no unchanged check, no fold of what
 *  several documents say, no per-source lists kept exact. `namesOnly` writes just ids, names and evidence. */
async function childRaw(driver: Driver, dir: string, namesOnly: boolean): Promise<RawResult> {
  const { extractFile } = await import('../loaders/index.ts');
  const t0 = Date.now();
  const all: DocumentFacts[] = [];
  for await (const file of walkDocuments([dir])) all.push(await extractFile(file));
  const extractSeconds = (Date.now() - t0) / 1000;
  let facts = 0;
  const t1 = Date.now();
  const sliceSeconds: number[] = [];
  let sliceStart = t1;
  for (let i = 0; i < all.length; i += BATCH) {
    const rows = emptyRows();
    for (const f of all.slice(i, i + BATCH)) addDocument(rows, f, 'raw', 'raw');
    facts += factCount(rows);
    await writeRaw(driver, rows, namesOnly);
    if ((i + BATCH) % SLICE === 0 || i + BATCH >= all.length) {
      sliceSeconds.push((Date.now() - sliceStart) / 1000);
      sliceStart = Date.now();
    }
  }
  return { docs: all.length, facts, extractSeconds, seconds: (Date.now() - t1) / 1000, sliceSeconds };
}

/** The scale mode's raw writer: a child that keeps its graph between slices and writes slice k (documents
 *  k·1,000 … in walk order) when the parent asks (a line `k` on stdin), answering one JSON line each. */
async function childRawSlices(driver: Driver, dir: string): Promise<void> {
  const { extractFile } = await import('../loaders/index.ts');
  const config = loadConfig();
  // The same schema and reference data as the load's graph; and nothing of an interrupted run.
  await ensureSchema(driver);
  await ensureReferenceData(driver);
  await deleteRaw(driver);
  const files: string[] = [];
  for await (const f of walkDocuments([dir])) files.push(f);
  console.log('ready');
  for await (const line of createInterface({ input: process.stdin })) {
    // `warm DIR`: the warm-up (scale.ts), written and deleted again before slice 1's clock.
    const warm = line.startsWith(WARM) ? line.slice(WARM.length) : null;
    const part: string[] = [];
    if (warm) for await (const f of walkDocuments([warm])) part.push(f);
    const k = Number(line);
    const all: DocumentFacts[] = [];
    for (const file of warm ? part : files.slice(k * SLICE, (k + 1) * SLICE)) all.push(await extractFile(file));
    const [cpu0, neo0, t0, bytes0] = [process.cpuUsage(), neo4jCpu(config), performance.now(), bytesWritten()];
    let facts = 0;
    for (let i = 0; i < all.length; i += BATCH) {
      const rows = emptyRows();
      for (const f of all.slice(i, i + BATCH)) addDocument(rows, f, 'raw', 'raw');
      facts += factCount(rows);
      await writeRaw(driver, rows, false);
    }
    const seconds = (performance.now() - t0) / 1000;
    const { user, system } = process.cpuUsage(cpu0);
    const neo1 = neo4jCpu(config);
    const slice: RawSlice = { facts, seconds, cpu: (user + system) / 1e6, neo4j: neo0 === null || neo1 === null ? null : neo1 - neo0, bytes: bytesWritten() - bytes0 };
    if (warm) await deleteRaw(driver);
    console.log(`${SLICE_LINE}${JSON.stringify(slice)}`);
  }
}

/** The raw-slices child's warm-up line: `warm DIR`. */
const WARM = 'warm ';

/** The raw instance, from RAW_NEO4J_URI / _INSTANCE / _HTTP_PORT / _PASSWORD; none: the load's own database. */
function rawEnv(): NodeJS.ProcessEnv | null {
  const e = process.env;
  if (!e.RAW_NEO4J_URI) return null;
  const pick = (k: string) => (e[`RAW_${k}`] === undefined ? {} : { [k]: e[`RAW_${k}`] });
  return { ...e, NEO4J_URI: e.RAW_NEO4J_URI, ...pick('NEO4J_INSTANCE'), ...pick('NEO4J_HTTP_PORT'), ...pick('NEO4J_PASSWORD') };
}

/** The raw-slices child's answer lines start with this. */
const SLICE_LINE = 'raw slice ';

/** Starts the raw-slices child; `write(k)` has it write slice k and resolves with its figures. */
async function rawSlicer(dir: string, env: NodeJS.ProcessEnv | null): Promise<{ write: (k: number | string) => Promise<RawSlice>; close: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, '--child', 'raw-slices', dir], { stdio: ['pipe', 'pipe', 'inherit'], env: env ?? process.env });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const next = async (): Promise<string> => {
    const r = await lines.next();
    if (r.done) throw new Error('the raw-slices child ended early');
    return r.value;
  };
  while ((await next()) !== 'ready');
  return {
    write: async (k) => {
      child.stdin.write(`${typeof k === 'number' ? k : `${WARM}${k}`}\n`);
      // Only the answer line: anything else the child prints (a driver's or Node's warning) is passed over.
      let line = await next();
      while (!line.startsWith(SLICE_LINE)) line = await next();
      return JSON.parse(line.slice(SLICE_LINE.length)) as RawSlice;
    },
    close: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

/** Raw ids live beside the real graph: prefixed, so reference data is not reused and clean-up finds them. */
const rawIds = <T extends { doc: string }>(r: T, ids: (keyof T)[]): T =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'doc' || ids.includes(k as keyof T) ? RAW + String(v) : v])) as T;

/** Node rows by label: the documents' entities, and the relation ends no document listed as bare nodes of their
 *  label, as reference data would hold them. */
function rawNodes(rows: WriteRows): Map<string, EntityRow[]> {
  const byLabel = new Map<string, EntityRow[]>();
  for (const [key, list] of rows.entities) byLabel.set(key, list.map((e) => rawIds(e, ['id'])));
  for (const [label, list] of rows.mentions) {
    const into = byLabel.get(label) ?? [];
    for (const m of list) into.push({ ...BARE, doc: RAW + m.doc, id: RAW + m.id, name: m.id, evidence: m.evidence });
    byLabel.set(label, into);
  }
  return byLabel;
}

/** One batch's rows in one transaction: Documents, then nodes with their MENTIONS, then relationships. */
async function writeRaw(driver: Driver, rows: WriteRows, namesOnly: boolean): Promise<void> {
  const docs = rows.documents.map((d) => ({ ...d, id: RAW + d.id }));
  const nodes = rawNodes(rows);
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(
        'UNWIND $docs AS row MERGE (d:Document {id: row.id}) SET d.path = row.path, d.title = row.title, d.publishedOn = date(row.publishedOn), d.language = row.language, d.sha256 = row.sha256',
        { docs },
      );
      for (const [key, list] of nodes) await tx.run(rawNodeStatement(key, namesOnly), { rows: list });
      for (const [key, list] of rows.relations) await tx.run(rawRelationStatement(key, namesOnly), { rows: list.map((r) => rawIds(r, ['from', 'to'])) });
    });
  } finally {
    await session.close();
  }
}

function rawNodeStatement(key: string, namesOnly: boolean): string {
  const [label, kind] = key.split(':');
  const extra = kind ? `n:${kind}, ` : ['Agency', 'Organization', 'Person'].includes(label ?? '') ? 'n:Actor, ' : '';
  return namesOnly
    ? `UNWIND $rows AS row MATCH (d:Document {id: row.doc}) MERGE (n:${label} {id: row.id}) SET n.name = row.name
       MERGE (d)-[m:MENTIONS]->(n) SET m.evidence = row.evidence`
    : `UNWIND $rows AS row MATCH (d:Document {id: row.doc}) MERGE (n:${label} {id: row.id}) SET ${extra}${rawNodeSet(label ?? '')}
       MERGE (d)-[m:MENTIONS]->(n) SET ${RAW_MENTION}`;
}

function rawRelationStatement(key: string, namesOnly: boolean): string {
  const [type, from, to] = key.split('|');
  const perSource = type === 'ISSUED' || type === 'PROPOSED' ? ", r.dates = [coalesce(row.on, '')], r.on = date(row.on)" : type === 'MEMBER_OF' ? ", r.roles = [coalesce(row.role, '')], r.role = row.role" : type === 'APPLIES_TO' ? ", r.bases = [coalesce(row.basis, '')]" : '';
  return `UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to})
     MERGE (a)-[r:${type}]->(b) SET r.sources = [row.doc], r.evidence = [row.evidence]${namesOnly ? '' : perSource}`;
}

const BARE: Omit<EntityRow, 'doc' | 'id' | 'name' | 'evidence'> = {
  nameZh: null,
  names: [],
  kind: null,
  level: null,
  code: null,
  date: null,
  precision: null,
  precisionRank: 0,
  status: null,
  docNumber: null,
  venue: null,
  basis: null,
};

async function deleteRaw(driver: Driver): Promise<void> {
  // In bounded transactions, each well under the server's transaction timeout (60 s on the managed instance): an
  // agency 10k documents name holds too many relationships to detach at once, and one statement over all of them
  // (even CALL … IN TRANSACTIONS, whose outer transaction lives as long) outlasts the timeout at 10k.
  const labels = ['Document', 'Agency', 'Organization', 'Person', 'Region', 'Policy', 'Proposal', 'License'];
  const steps = [
    ...labels.map((l) => `MATCH (n:${l})-[r]->() WHERE n.id STARTS WITH $raw WITH r LIMIT 5000 DELETE r`),
    ...labels.map((l) => `MATCH (n:${l}) WHERE n.id STARTS WITH $raw WITH n LIMIT 2000 DETACH DELETE n`),
  ];
  for (const step of steps) while (Number((await driver.executeQuery(`${step} RETURN count(*) AS n`, { raw: RAW })).records[0]?.get('n') ?? 0) > 0);
}

type Mode = 'load' | 'plain' | 'raw' | 'names' | 'raw-slices';

/** CPU seconds the managed Neo4j server has used so far (utime + stime from /proc), or null: not a managed instance
 *  running here, or no /proc. */
function neo4jCpu(config: Config): number | null {
  const pid = pidOf(instanceOf(config));
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}


function runChild(mode: Mode, dir: string): Promise<LoadResult | RawResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SELF, '--child', mode, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench child (${mode}) exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as LoadResult | RawResult);
    });
  });
}

// ---------- main ----------

/** The scale mode (load-scale.ts) on a corpus of `size` documents: raw and the load take turns slice by slice, the
 *  raw write in a child of its own, into the RAW_NEO4J_* instance when given (else beside the load, prefixed). */
async function runScale(driver: Driver, config: Config, size: number, sample: number, dir: string, p: Pools, keep: boolean): Promise<void> {
  const t0 = Date.now();
  // --corpus growing: titles that come and go as the corpus grows (load-corpus.ts), beside the fixed pool.
  await writeCorpus(dir, size, `scale-n${size}`, p, process.argv[process.argv.indexOf('--corpus') + 1] === 'growing' ? 'growing' : 'fixed');
  const env = rawEnv();
  console.log(
    `\n${size} documents generated in ${((Date.now() - t0) / 1000).toFixed(1)} s (${dir}); scale mode, samples of ${sample}; ` +
      `raw into ${env ? `${env.NEO4J_URI} (a database of its own)` : 'the same database (raw: ids)'}`,
  );
  const raw = await rawSlicer(dir, env);
  // Both sides' warm-up (scale.ts): documents of another corpus, so no slice's texts are met before its clock.
  const warmDir = path.join(path.dirname(dir), 'warm');
  await writeCorpus(warmDir, WARM_DOCS, 'warm', p, 'growing');
  try {
    await scale(driver, {
      dir,
      sample,
      warmDir,
      rawWarm: () => raw.write(warmDir),
      rawSlice: raw.write,
      neo4jCpu: () => neo4jCpu(config),
      statements: process.argv.includes('--statements'),
      trace: process.argv.includes('--trace'),
    });
  } finally {
    await raw.close();
    if (!env) await deleteRaw(driver);
    if (!keep) await fs.rm(path.dirname(dir), { recursive: true, force: true });
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const range = (xs: number[], digits: number): string =>
  xs.length > 1 ? ` (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})` : '';

/** What one round measured: the load with and without resolution, the retract after the first, the raw writes. */
interface Round {
  load: LoadResult;
  plain: LoadResult;
  retract: number;
  raw: RawResult;
  names: RawResult | null;
  /** The machine's 1-minute load average at the round's end. */
  loadAverage: number;
}

/** Retracts the corpus's documents; documents per second. */
async function retractAll(driver: Driver, dir: string): Promise<number> {
  const t1 = Date.now();
  const ids = [];
  for await (const f of walkDocuments([dir])) ids.push(f);
  await retractDocuments(driver, ids);
  return ids.length / ((Date.now() - t1) / 1000);
}

/** CPU seconds of a load: the loading process's, and with Neo4j's where known. */
const cpuTotal = (r: LoadResult): number => r.cpuSeconds + (r.neo4jCpuSeconds ?? 0);
const cpuOf = (r: LoadResult): string =>
  `${r.cpuSeconds.toFixed(1)} s${r.neo4jCpuSeconds === null ? '' : ` + Neo4j ${r.neo4jCpuSeconds.toFixed(1)} s = ${cpuTotal(r).toFixed(1)} s`}`;

/** The load with resolution (then its retract, timed), and without; which goes first alternates by round. */
async function loadsOfRound(driver: Driver, dir: string, n: number): Promise<Pick<Round, 'load' | 'plain' | 'retract'>> {
  const plainFirst = n % 2 === 0;
  const plainRun = async () => {
    const plain = (await runChild('plain', dir)) as LoadResult;
    await retractAll(driver, dir);
    console.log(`  round ${n}: load without resolution ${plain.loaded} docs in ${plain.seconds.toFixed(1)} s, CPU ${cpuOf(plain)}`);
    return plain;
  };
  const early = plainFirst ? await plainRun() : null;
  const load = (await runChild('load', dir)) as LoadResult;
  const ph = load.phases;
  console.log(
    `  round ${n}: load ${load.loaded} docs (${load.failed} failed), ${load.facts} facts in ${load.seconds.toFixed(1)} s, ` +
      `reload ${load.reloadSeconds.toFixed(2)} s, peak RSS ${load.maxRssMb.toFixed(0)} MB, CPU ${cpuOf(load)}\n` +
      `    identity (s): plan ${(ph.plan / 1000).toFixed(1)}, moves ${(ph.moves / 1000).toFixed(1)}, write ${(ph.write / 1000).toFixed(1)}, ` +
      `store ${(ph.store / 1000).toFixed(1)}, display ${(ph.display / 1000).toFixed(1)}; ${ph.batchesJudgedAhead} batches judged ahead, ` +
      `${ph.docsWritten} documents written (${ph.docsRewritten} rewritten), ${ph.nodesMoved} nodes moved, ${ph.mentionsRepointed} mentions re-pointed`,
  );
  const retract = await retractAll(driver, dir);
  console.log(`  round ${n}: retract ${retract.toFixed(1)} docs/s`);
  return { load, plain: early ?? (await plainRun()), retract };
}

async function round(driver: Driver, dir: string, n: number, withNames: boolean): Promise<Round> {
  const loads = await loadsOfRound(driver, dir, n);
  const raw = (await runChild('raw', dir)) as RawResult;
  await deleteRaw(driver);
  const names = withNames ? ((await runChild('names', dir)) as RawResult) : null;
  await deleteRaw(driver);
  console.log(
    `  round ${n}: raw ${raw.seconds.toFixed(1)} s, ` +
      `names-only ${names ? `${names.seconds.toFixed(1)} s` : 'skipped'} (extraction alone ${raw.extractSeconds.toFixed(1)} s)`,
  );
  return { ...loads, raw, names, loadAverage: os.loadavg()[0] ?? 0 };
}

/** Rounds of one size (each figure their median); leaves nothing of the corpus in the graph. */
async function rounds(driver: Driver, dir: string, tag: string, count: number, withNames: boolean): Promise<Round[]> {
  const out: Round[] = [];
  try {
    for (let n = 1; n <= count; n++) out.push(await round(driver, dir, n, withNames));
  } finally {
    await deleteRaw(driver);
    const left = await driver.executeQuery('MATCH (d:Document) WHERE d.id STARTS WITH $p RETURN d.id AS id', { p: `doc:${tag}` });
    if (left.records.length) await retractDocuments(driver, left.records.map((r) => r.get('id') as string));
  }
  return out;
}

/** The medians of a size's rounds: printed, and returned as a row of the closing table. */
function summarise(size: number, rs: Round[]): string {
  const docsPerS = rs.map((r) => r.load.loaded / r.load.seconds);
  const factsPerS = rs.map((r) => r.load.facts / r.load.seconds);
  const rawPerS = rs.map((r) => r.raw.facts / r.raw.seconds);
  const named = rs.filter((r) => r.names !== null);
  const namesPerS = named.map((r) => r.names!.facts / r.names!.seconds);
  const ratio = rs.map((_, i) => (factsPerS[i] ?? 0) / (rawPerS[i] ?? 1));
  const ratioNames = named.map((r) => r.load.facts / r.load.seconds / (r.names!.facts / r.names!.seconds));
  const cost = rs.map((r) => r.load.seconds / r.plain.seconds);
  const cpuCost = rs.map((r) => cpuTotal(r.load) / cpuTotal(r.plain));
  const withNeo4j = rs.every((r) => r.load.neo4jCpuSeconds !== null && r.plain.neo4jCpuSeconds !== null);
  const speedUp = rs.map((r) => r.load.seconds / r.load.reloadSeconds);
  const rss = rs.map((r) => r.load.maxRssMb);
  const retracts = rs.map((r) => r.retract);
  const la = rs.map((r) => r.loadAverage);
  console.log(
    `  median: ${median(docsPerS).toFixed(1)} docs/s${range(docsPerS, 1)}, ${median(factsPerS).toFixed(0)} facts/s; ` +
      `raw ${median(rawPerS).toFixed(0)} facts/s, names-only ${named.length ? `${median(namesPerS).toFixed(0)} facts/s` : 'skipped'}; ` +
      `end-to-end / raw = ${median(ratio).toFixed(2)}${range(ratio, 2)}${named.length ? `, / names-only = ${median(ratioNames).toFixed(2)}${range(ratioNames, 2)}` : ''}; ` +
      `reload ${median(speedUp).toFixed(0)}× faster; peak RSS ${median(rss).toFixed(0)} MB\n` +
      `  resolution's cost: load ${median(rs.map((r) => r.load.seconds)).toFixed(1)} s with / ${median(rs.map((r) => r.plain.seconds)).toFixed(1)} s without = ` +
      `${median(cost).toFixed(2)}${range(cost, 2)} (load average ${Math.min(...la).toFixed(1)}–${Math.max(...la).toFixed(1)}); ` +
      `CPU ${median(rs.map((r) => cpuTotal(r.load))).toFixed(1)} s with / ${median(rs.map((r) => cpuTotal(r.plain))).toFixed(1)} s without ` +
      `(${withNeo4j ? 'loading process + Neo4j' : 'loading process only: Neo4j is not a managed instance here'}) = ${median(cpuCost).toFixed(2)}${range(cpuCost, 2)}`,
  );
  return (
    `| ${size} | ${median(docsPerS).toFixed(1)} | ${median(factsPerS).toFixed(0)} | ${median(rawPerS).toFixed(0)} | ${median(ratio).toFixed(2)} | ` +
    `${named.length ? `${median(namesPerS).toFixed(0)} | ${median(ratioNames).toFixed(2)}` : 'skipped | –'} | ${median(cost).toFixed(2)}; CPU ${median(cpuCost).toFixed(2)} | ${median(speedUp).toFixed(0)}× | ${median(rss).toFixed(0)} MB | ${median(retracts).toFixed(0)} |`
  );
}

async function child(driver: Driver, args: string[]): Promise<void> {
  const mode = args[1] as Mode;
  const dir = args[2] ?? '';
  if (mode === 'raw-slices') return await childRawSlices(driver, dir);
  const result = mode === 'load' || mode === 'plain' ? await childLoad(driver, dir, mode === 'load') : await childRaw(driver, dir, mode === 'names');
  console.log(JSON.stringify(result));
}

async function referenceTimes(driver: Driver): Promise<void> {
  await ensureSchema(driver);
  const ref = await ensureReferenceData(driver);
  const refForced = await ensureReferenceData(driver, { force: true });
  const refCheck = await ensureReferenceData(driver);
  console.log(
    `reference data: ${refForced.entries} gazetteer entries, ${refForced.relationships} PART_OF/JURISDICTION links: ` +
      `full write ${refForced.ms} ms, unchanged check ${refCheck.ms} ms${ref.written ? ' (first write by this run)' : ''}`,
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const config = loadConfig();
  const driver = await connect(config);
  try {
    if (args[0] === '--child') return await child(driver, args);
    const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
    const sizes = (opt('--sizes') ?? '1000,10000').split(',').map(Number);
    const keep = args.includes('--keep');
    const { gazetteer } = await import('../loaders/gazetteer/index.ts');
    const p = pools((await gazetteer()).entries);
    const corpusOnly = opt('--write-corpus');
    if (corpusOnly) {
      await writeCorpus(corpusOnly, sizes[0] ?? 1000, `bench-n${sizes[0] ?? 1000}`, p);
      return console.log(`${sizes[0] ?? 1000} documents written to ${corpusOnly}`);
    }
    console.log(`Neo4j: ${config.NEO4J_URI}`);
    await referenceTimes(driver);
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'policygraph-bench-'));
    const scaleSize = opt('--scale');
    if (scaleSize) return await runScale(driver, config, Number(scaleSize), Number(opt('--sample') ?? 200), path.join(root, 'scale'), p, keep);
    const tag = `bench${process.pid}`;
    const rows: string[] = [];
    try {
      for (const size of sizes) {
        // A shared machine drifts by tens of percent between minutes: loads and raw writes take turns and every
        // figure is the median of the rounds (3 for small corpora, 1 for large unless --repeat says).
        const count = Number(opt('--repeat') ?? (size <= 2000 ? 3 : 1));
        const dir = path.join(root, `n${size}`);
        const t0 = Date.now();
        await writeCorpus(dir, size, `${tag}-n${size}`, p);
        console.log(`\n${size} documents generated in ${((Date.now() - t0) / 1000).toFixed(1)} s (${dir}); ${count} round(s)`);
        rows.push(summarise(size, await rounds(driver, dir, tag, count, !args.includes('--no-names'))));
      }
    } finally {
      if (!keep) await fs.rm(root, { recursive: true, force: true });
    }
    console.log('\n| documents | docs/s | facts/s | raw facts/s | end-to-end / raw | names-only facts/s | end-to-end / names-only | with / without resolution (wall; CPU) | reload speed-up | peak RSS | retract docs/s |');
    console.log('|---|---|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) console.log(r);
  } finally {
    await driver.close();
  }
}

await main();
