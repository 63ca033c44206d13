// Loads documents into the graph: walk lazily, skip what is unchanged (sha256 and pipeline stamp), extract a bounded batch,
// write it in one transaction, drop it. Memory stays flat whatever the corpus size; a killed load rerun
// ends in the same graph, because a Document's sha256 is written in the transaction that writes its facts.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { routing, type Driver } from 'neo4j-driver';
import type { DocumentFacts } from '../loaders/types.ts';
import { createExtractor, type Extractor } from './extractor.ts';
import { acquireLease, LeaseLostError, withLease, type Holder, type Lease } from './lease.ts';
import { pipelineStamp } from './stamp.ts';
import { ensureReferenceData, type ReferenceResult } from './reference.ts';
import { factCount, type WriteRows } from './rows.ts';
import { ensureSchema } from './schema.ts';
import { documentIdsOf, relocate, SourceIds, type Relocation } from './sources.ts';
import { countDocuments, documentId, errCode, walkSources, type Source, type WalkProblem } from './walk.ts';
import { addCounters, statedSizes, zeroCounters, type Counters } from './write.ts';
import { JudgeAhead, type Batch } from './identity/ahead.ts';
import { draftWhileCommitting, retractWithIdentity, writeWithIdentity, type PlannedDoc } from './identity/apply.ts';
import { heldIndex } from './identity/held.ts';

export { ensureReferenceData } from './reference.ts';

export interface LoadProgress {
  /** Documents dealt with so far (loaded, unchanged or failed). */
  done: number;
  /** Documents found under the paths (counted before loading starts). */
  total: number;
  loaded: number;
  unchanged: number;
  failed: number;
  docsPerSecond: number;
  /** The last file of the batch just finished. */
  file?: string;
}

export interface LoadFailure {
  file: string;
  problem: string;
}

export interface LoadSummary extends Counters {
  /** Documents whose facts were written (new or changed). */
  loaded: number;
  /** Of those, unchanged files written by other code (stamp.ts) and extracted again. */
  refreshed: number;
  /** Documents whose sha256 and stamp matched the graph's: skipped without writing. */
  unchanged: number;
  failed: LoadFailure[];
  /** Documents loaded, but not read cleanly (bytes replaced, a page cut at a depth). */
  warnings: LoadFailure[];
  /** Entities + relations written. */
  facts: number;
  /** Relations the extractor gave that could not be written (an end without a known label). */
  dropped: { document: string; relation: string; problem: string }[];
  reference: ReferenceResult | null;
  seconds: number;
}

export interface LoadOptions {
  onProgress?: (p: LoadProgress) => void;
  /** Documents per write transaction. */
  batchSize?: number;
  database?: string;
  /** Defaults to the real extractor (loaders/index.ts), run in a worker thread. */
  extract?: (file: string) => Promise<DocumentFacts>;
  /** Skip the schema and reference-data check (the caller did it). */
  skipSetup?: boolean;
  /** Called once if another load or retract holds the graph and this one waits for it (lease.ts). */
  onWait?: (holder: Holder) => void;
  /** Milliseconds each batch's write waited for its extraction, in order (bench/load-scale.ts --trace prints them): the
   *  first is the pipeline's fill (the worker's start, which builds the gazetteer, and the first batch); the others
   *  are the extraction falling behind the writes (0 at 3k, session 18). */
  onExtractionWait?: (ms: number) => void;
  /** Files bigger than this are reported and skipped. */
  maxDocumentBytes?: number;
  /** Bytes of files per batch. */
  batchBytes?: number;
  /** false: entities keep their extractor's ids, nothing resolved (bench/load.ts's baseline only: no CLI flag, since
   *  such a load mixed into a resolved graph would leave its documents out of identity). */
  identity?: boolean;
}

/** Bytes of files per batch (besides the count): a batch of large files must not hold gigabytes. */
export const DEFAULT_BATCH_BYTES = 32 * 2 ** 20;
/** Largest file a load reads unless told otherwise (MAX_DOCUMENT_MB). */
export const DEFAULT_MAX_DOCUMENT_BYTES = 20 * 2 ** 20;

/** Documents per write transaction. 100 measured ~20 % faster than 50 (hot nodes fold over more documents per
 *  write) and no slower than 200, which loses more work on a crash (bench:load). */
export const DEFAULT_BATCH = 100;

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

const megabytes = (n: number): string => (n < 2 ** 20 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 2 ** 20).toFixed(1)} MB`);

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'unknown error';

/** Errors that mean the database is gone (or another writer took it over), not that a document is bad: stop the
 *  load instead of failing every document. */
function isUnavailable(e: unknown): boolean {
  if (e instanceof LeaseLostError) return true;
  const code = (e as { code?: string }).code ?? '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.ClientError.Security');
}

interface Prepared {
  files: number;
  unchanged: number;
  failed: LoadFailure[];
  /** New or changed documents, in walk order, with their facts. */
  docs: { file: string; facts: DocumentFacts; sha256: string; replacing: boolean; refresh: boolean; place: Relocation }[];
  /** Documents that moved (renamed) or whose place is recorded anew, written before the batch. */
  moves: Relocation[];
  lastFile?: string;
}

/** Batches of at most `count` files and (unless one file alone is bigger) `bytes` bytes: memory holds two batches. */
async function* batchesOf(items: AsyncIterable<Source>, count: number, bytes: number): AsyncGenerator<Source[]> {
  let batch: Source[] = [];
  let size = 0;
  for await (const item of items) {
    if (batch.length && size + item.size > bytes) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(item);
    size += item.size;
    if (batch.length >= count) {
      yield batch;
      batch = [];
      size = 0;
    }
  }
  if (batch.length) yield batch;
}

/** Loads the documents under `paths` (files or folders, recursively). Never throws for a bad document. */
export async function loadPaths(driver: Driver, paths: string[], opts: LoadOptions = {}): Promise<LoadSummary> {
  const started = Date.now();
  // Started on the first document that needs extracting: a reload of unchanged documents never pays for it.
  const pool: { worker: Extractor | null } = { worker: null };
  const extract = opts.extract ?? ((file: string) => (pool.worker ??= createExtractor()).extract(file));
  // The stamp of the code this process runs, taken now: not of files edited while it waits for the lease.
  void pipelineStamp();
  try {
    if (!opts.skipSetup) await ensureSchema(driver);
    // Held from before the first read of what the graph holds until the last commit: loads never interleave.
    const lease = await acquireLease(driver, 'load', { database: opts.database, onWait: opts.onWait });
    try {
      return await load(driver, paths, opts, extract, started, lease);
    } finally {
      await lease.release();
    }
  } finally {
    await pool.worker?.close();
  }
}

/** What one load carries from batch to batch. */
interface Run {
  driver: Driver;
  database: string | undefined;
  opts: LoadOptions;
  extract: (file: string) => Promise<DocumentFacts>;
  lease: Lease;
  ids: SourceIds;
  /** The stamp of the code at hand (stamp.ts), written on every Document it writes. */
  stamp: string;
  /** The next batch's identity, judged while this one's statements run (identity/ahead.ts). */
  ahead: JudgeAhead;
  summary: LoadSummary;
  started: number;
  total: number;
  done: number;
}

type Hashed = Source & { sha256: string };
type ToExtract = Hashed & { id: string; replacing: boolean; refresh: boolean };

/** Each file's sha256; files too large or unreadable are reported and left out. */
async function hashFiles(files: Source[], maxBytes: number, failed: LoadFailure[]): Promise<Hashed[]> {
  const read = await Promise.all(
    files.map(async (f) => {
      if (f.size > maxBytes) {
        failed.push({ file: f.file, problem: `too large: ${megabytes(f.size)} (the limit is ${megabytes(maxBytes)}, MAX_DOCUMENT_MB)` });
        return null;
      }
      try {
        return { ...f, sha256: await sha256File(f.file) };
      } catch (e) {
        failed.push({ file: f.file, problem: `cannot read it (${errCode(e)})` });
        return null;
      }
    }),
  );
  return read.filter((h) => h !== null);
}

/** Which files need extracting: new, changed, or written by other code; the rest count as unchanged. */
async function changedFiles(run: Run, hashed: Hashed[], out: Prepared): Promise<ToExtract[]> {
  const decisions = await run.ids.decide(run.driver, run.database, hashed);
  const toExtract: ToExtract[] = [];
  for (const [i, h] of hashed.entries()) {
    const d = decisions[i]!;
    if (d.duplicate) {
      // The same file named twice (a folder and a file in it): loaded once.
      out.unchanged++;
      continue;
    }
    const changed = d.was?.sha256 !== h.sha256;
    // Same bytes but written by other code (stamp.ts): extracted again, so an upgrade reaches old documents.
    const refresh = !changed && d.was?.extractedWith !== run.stamp;
    if (d.relocate && (!changed || d.relocate.from !== undefined)) out.moves.push(d.relocate);
    if (changed || refresh) toExtract.push({ ...h, id: d.id, replacing: d.was !== undefined, refresh });
    else out.unchanged++;
  }
  return toExtract;
}

/** Extracts the files, all handed to the extractor at once so its worker never waits for the next file. */
async function extractFiles(run: Run, toExtract: ToExtract[], out: Prepared): Promise<void> {
  const extracted = await Promise.all(
    toExtract.map(async (d) => {
      try {
        return { ...d, facts: await run.extract(d.file) };
      } catch (e) {
        // The extractor's message starts with the file's path (DocumentError): the summary names it once.
        const problem = reason(e);
        return { ...d, problem: problem.startsWith(`${d.file}: `) ? problem.slice(d.file.length + 2) : problem };
      }
    }),
  );
  for (const d of extracted) {
    if (!('facts' in d)) {
      out.failed.push({ file: d.file, problem: d.problem });
      continue;
    }
    // The document is named by its id and its path relative to the folder loaded, never a server path.
    const facts = { ...d.facts, document: d.id.slice('doc:'.length), path: d.rel };
    out.docs.push({ file: d.file, facts, sha256: d.sha256, replacing: d.replacing, refresh: d.refresh, place: { id: d.id, path: d.rel, origin: d.origin } });
  }
}

/** A batch of files read, compared with the graph and extracted: nothing written yet. */
async function prepare(run: Run, files: Source[]): Promise<Prepared> {
  const out: Prepared = { files: files.length, unchanged: 0, failed: [], docs: [], moves: [], lastFile: files.at(-1)?.file };
  const hashed = await hashFiles(files, run.opts.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES, out.failed);
  await extractFiles(run, await changedFiles(run, hashed, out), out);
  return out;
}

/** The documents to write as identity plans them, and the documents they replace. */
function toWrite(run: Run, docs: Prepared['docs']): { docs: PlannedDoc[]; gone: string[] } {
  return {
    docs: docs.map((d) => ({ id: documentId(d.facts.document), facts: d.facts, sha256: d.sha256, extractedWith: run.stamp })),
    gone: docs.filter((d) => d.replacing).map((d) => documentId(d.facts.document)),
  };
}

/** Writes documents in one transaction, identity resolved against the graph in it (identity/apply.ts); the next
 *  batch, when given, is judged while this one's statements run. */
async function write(run: Run, docs: Prepared['docs'], next?: Promise<Prepared>): Promise<{ counters: Counters; rows: WriteRows }> {
  const { docs: batch, gone: replacing } = toWrite(run, docs);
  const opts = { resolve: run.opts.identity !== false, ahead: run.ahead, next: next?.then((p): Batch => toWrite(run, p.docs)).catch(() => null) };
  const session = run.driver.session({ database: run.database });
  try {
    // executeWrite retries transient errors (deadlocks, leader switches) with back-off.
    return await session.executeWrite(async (tx) => {
      await run.lease.check(tx);
      const written = await writeWithIdentity(tx, batch, replacing, opts);
      await relocate(tx, docs.map((d) => d.place));
      // The next batch's write is drafted while this one commits.
      if (opts.resolve) draftWhileCommitting(run.ahead);
      return written;
    });
  } finally {
    await session.close();
  }
}

/** Files renamed unchanged keep their Documents: written before the batch. */
async function writeMoves(run: Run, moves: Relocation[]): Promise<void> {
  if (!moves.length) return;
  const session = run.driver.session({ database: run.database });
  try {
    await session.executeWrite(async (tx) => {
      await run.lease.check(tx);
      await relocate(tx, moves);
    });
  } finally {
    await session.close();
  }
}

function counted(summary: LoadSummary, res: { counters: Counters; rows: WriteRows }, docs: Prepared['docs']): void {
  addCounters(summary, res.counters);
  summary.loaded += docs.length;
  for (const d of docs) for (const w of d.facts.warnings ?? []) summary.warnings.push({ file: d.file, problem: w });
  summary.refreshed += docs.filter((d) => d.refresh).length;
  summary.facts += factCount(res.rows);
  summary.dropped.push(...res.rows.dropped);
}

/** The batch in one transaction; if it fails, each document alone, so one bad document never sinks the others. */
async function writeOrEachAlone(run: Run, docs: Prepared['docs'], next?: Promise<Prepared>): Promise<void> {
  if (!docs.length) return;
  try {
    counted(run.summary, await write(run, docs, next), docs);
  } catch (e) {
    if (isUnavailable(e)) throw e;
    for (const d of docs) {
      try {
        counted(run.summary, await write(run, [d]), [d]);
      } catch (e2) {
        if (isUnavailable(e2)) throw e2;
        run.summary.failed.push({ file: d.file, problem: `could not be written: ${reason(e2)}` });
      }
    }
  }
}

async function commit(run: Run, batch: Prepared, next?: Promise<Prepared>): Promise<void> {
  const { summary } = run;
  summary.unchanged += batch.unchanged;
  summary.failed.push(...batch.failed);
  await writeMoves(run, batch.moves);
  await writeOrEachAlone(run, batch.docs, next);
  run.done += batch.files;
  const seconds = (Date.now() - run.started) / 1000;
  run.opts.onProgress?.({
    done: run.done,
    total: run.total,
    loaded: summary.loaded,
    unchanged: summary.unchanged,
    failed: summary.failed.length,
    docsPerSecond: seconds > 0 ? run.done / seconds : 0,
    file: batch.lastFile,
  });
}

async function load(
  driver: Driver,
  paths: string[],
  opts: LoadOptions,
  extract: (file: string) => Promise<DocumentFacts>,
  started: number,
  lease: Lease,
): Promise<LoadSummary> {
  const database = opts.database;
  const reference = opts.skipSetup ? null : await ensureReferenceData(driver, { database });
  const summary: LoadSummary = { ...zeroCounters(), loaded: 0, unchanged: 0, refreshed: 0, failed: [], warnings: [], facts: 0, dropped: [], reference, seconds: 0 };
  const total = opts.onProgress ? await countDocuments(paths) : 0;
  const run: Run = { driver, database, opts, extract, lease, ids: new SourceIds(), stamp: await pipelineStamp(), ahead: new JudgeAhead(), summary, started, total, done: 0 };

  const walkProblems: WalkProblem[] = [];
  const files = batchesOf(walkSources(paths, (p) => walkProblems.push(p)), opts.batchSize ?? DEFAULT_BATCH, opts.batchBytes ?? DEFAULT_BATCH_BYTES);
  // Extract the next batch while the previous one is being written: Neo4j works while this process parses.
  // One batch ahead is enough: extracting a batch takes a fraction of writing one, so after the first batch (the
  // pipeline's fill) no write waited for its extraction (bench:load --scale 3000 --trace, session 18). Two ahead
  // doubled the fill: the worker takes its messages as they come and interleaves the files of every batch posted.
  let pending: Promise<Prepared> | null = null;
  for await (const batch of files) {
    const next = prepare(run, batch);
    if (pending) await commit(run, await pending, next);
    pending = next;
    // Keep the prefetch from running ahead more than one batch.
    const t = performance.now();
    await next.catch(() => undefined);
    opts.onExtractionWait?.(performance.now() - t);
  }
  if (pending) await commit(run, await pending);
  summary.failed.unshift(...walkProblems.filter((p) => !p.skipped).map(({ file, problem }) => ({ file, problem })));
  summary.warnings.unshift(...walkProblems.filter((p) => p.skipped).map(({ file, problem }) => ({ file, problem })));
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

export interface RetractSummary extends Counters {
  retracted: string[];
  /** Ids the graph holds no Document for. */
  missing: string[];
  /** Write transactions it took (batches, split by the lists they rewrite). */
  transactions: number;
}

const RETRACT_BATCH = 100;

/** Entries of relationship lists (one per document stating it, with its sentence) one retract transaction may
 *  rewrite: each list it changes is rewritten whole, and a transaction's memory is capped (db.memory.transaction.max
 *  256 MB; a link thousands of documents state is a list of thousands of sentences). Measured on a 12k-document
 *  graph: 100 documents rewrote 60k entries and their commit went over the cap; 50 (~50k) committed at ~170 MB. */
const RETRACT_LISTS = 50_000;

/** The documents' list sizes (statedSizes), read a thousand at a time (as a hundred were): a retract of the whole
 *  graph reads no more at once. */
async function sizesOf(driver: Driver, database: string | undefined, docs: string[]): Promise<Map<string, Map<string, number>>> {
  const session = driver.session({ database, defaultAccessMode: routing.READ });
  const sizes = new Map<string, Map<string, number>>();
  try {
    for (let i = 0; i < docs.length; i += 10 * RETRACT_BATCH) {
      const some = docs.slice(i, i + 10 * RETRACT_BATCH);
      for (const [doc, m] of await session.executeRead((tx) => statedSizes(tx, some))) sizes.set(doc, m);
    }
  } finally {
    await session.close();
  }
  return sizes;
}

/** The documents in parts of at most `cap` whose transactions rewrite at most `budget` list entries between them (a
 *  document over it alone is a part of its own), in order; `sizes`: per document, its lists (by relationship) and
 *  their entries. Packed over all the documents, not per hundred: at 10k the bench's 200 share lists of ~42k entries
 *  (offices' PART_OF), so a hundred went over the budget by a few documents and each hundred took two transactions
 *  (90 + 10, 88 + 12), every one judging again and rewriting those lists: three now (90, 90, 20). */
export function packParts(docs: string[], sizes: ReadonlyMap<string, ReadonlyMap<string, number>>, budget: number, cap = RETRACT_BATCH): string[][] {
  const parts: string[][] = [];
  let [part, lists, total] = [[] as string[], new Map<string, number>(), 0];
  for (const doc of docs) {
    const mine = [...(sizes.get(doc) ?? [])];
    const more = (seen: Map<string, number>) => mine.reduce((n, [rel, k]) => (seen.has(rel) ? n : n + k), 0);
    if (part.length && (total + more(lists) > budget || part.length >= cap)) {
      parts.push(part);
      [part, lists, total] = [[], new Map(), 0];
    }
    total += more(lists);
    for (const [rel, k] of mine) lists.set(rel, k);
    part.push(doc);
  }
  if (part.length) parts.push(part);
  return parts;
}

/** The held index (identity/held.ts) read in a read transaction before the first write: the lease keeps the graph's
 *  token ours, so every batch's write transaction finds the index current and reads nothing. Read inside the first
 *  write, a fresh process's read of every Document (5–6 s of CPU at 10k documents, longer on a busy machine) ran
 *  that transaction past Neo4j's 60 s timeout at load average 14, and the retract failed. */
async function readHeld(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: routing.READ });
  try {
    await session.executeRead((tx) => heldIndex(tx));
  } finally {
    await session.close();
  }
}

/** Removes documents (ids `doc:…`, base names or paths) and exactly what no other document supports.
 *  Batches of documents share a transaction, so a node's properties are recomputed once per batch. */
export async function retractDocuments(
  driver: Driver,
  docs: string[],
  opts: { database?: string; onWait?: (holder: Holder) => void; lists?: number } = {},
): Promise<RetractSummary> {
  return withLease(driver, 'retract', opts, (lease) => retract(driver, docs, opts.database, lease, opts.lists ?? RETRACT_LISTS));
}

async function retract(driver: Driver, docs: string[], database: string | undefined, lease: Lease, lists: number): Promise<RetractSummary> {
  const summary: RetractSummary = { ...zeroCounters(), retracted: [], missing: [], transactions: 0 };
  const ids = await documentIdsOf(driver, database, docs);
  // The held index is read (the process parsing every Document) while Neo4j sizes the documents' lists.
  const [sizes] = ids.length ? await Promise.all([sizesOf(driver, database, ids), readHeld(driver, database)]) : [new Map()];
  const batches = ids.length ? packParts(ids, sizes, lists) : [];
  for (const batch of batches) {
    summary.transactions++;
    const session = driver.session({ database });
    try {
      const res = await session.executeWrite(async (tx) => {
        await lease.check(tx);
        const acc = zeroCounters();
        const found = await retractWithIdentity(tx, batch, acc);
        return { found, acc };
      });
      addCounters(summary, res.acc);
      summary.retracted.push(...res.found);
      summary.missing.push(...batch.filter((d) => !res.found.includes(d)));
    } finally {
      await session.close();
    }
  }
  return summary;
}
