// `policygraph load PATH...` and `policygraph retract DOC...`: the graph/load.ts work with a progress bar
// (on a terminal) or plain progress lines (in logs), and a summary at the end.
import cliProgress from 'cli-progress';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Driver } from 'neo4j-driver';
import { connect, createDriver, GraphUnavailableError } from '../graph/driver.ts';
import type { Holder } from '../graph/lease.ts';
import { printable } from './printable.ts';
import { DEFAULT_BATCH, loadPaths, retractDocuments, type LoadProgress, type LoadSummary } from '../graph/load.ts';

/** Said once when another load or retract holds the graph: this one waits for it rather than interleave. */
function sayWaiting(h: Holder): void {
  console.error(
    `Waiting: another ${h.task} has been writing to the graph for ${Math.round(h.since / 1000)} s; this one starts when it ends ` +
      `(or within ${Math.ceil(h.expiresAt / 1000)} s if it was stopped).`,
  );
}

function progressReporter(): { onProgress: (p: LoadProgress) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: 'loading {bar} {value}/{total} documents | {rate} docs/s | loaded {loaded}, unchanged {unchanged}, failed {failed}',
        stream: process.stderr,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      onProgress: (p) => {
        const payload = { rate: p.docsPerSecond.toFixed(1), loaded: p.loaded, unchanged: p.unchanged, failed: p.failed };
        if (!started) {
          bar.start(p.total, p.done, payload);
          started = true;
        } else bar.update(p.done, payload);
      },
      stop: () => {
        if (started) bar.stop();
        started = false;
      },
    };
  }
  // Not a terminal (CI, a log file): one plain line at most every two seconds, and the last one.
  let last = 0;
  return {
    onProgress: (p) => {
      const now = Date.now();
      if (now - last < 2000 && p.done < p.total) return;
      last = now;
      console.error(
        `loading: ${p.done}/${p.total} documents, ${p.docsPerSecond.toFixed(1)} docs/s (loaded ${p.loaded}, unchanged ${p.unchanged}, failed ${p.failed})`,
      );
    },
    stop: () => {},
  };
}

export function formatSummary(s: LoadSummary): string {
  const lines = [
    `Documents: ${s.loaded} loaded${s.refreshed ? ` (${s.refreshed} re-extracted: the extractor changed since)` : ''}, ${s.unchanged} unchanged, ${s.failed.length} failed (${s.seconds.toFixed(1)} s).`,
    `Nodes: ${s.nodesCreated} created, ${s.nodesUpdated} updated, ${s.nodesDeleted} deleted. ` +
      `Relationships: ${s.relationshipsCreated} created, ${s.relationshipsUpdated} updated, ${s.relationshipsDeleted} deleted. ` +
      `Properties set: ${s.propertiesSet}.`,
  ];
  if (s.reference?.written) lines.push(`Reference data: ${s.reference.entries} gazetteer entries, ${s.reference.relationships} links written (${s.reference.ms} ms).`);
  for (const f of s.failed) lines.push(`  failed: ${printable(f.file)}: ${printable(f.problem)}`);
  for (const w of s.warnings) lines.push(`  note: ${printable(w.file)}: ${printable(w.problem)}`);
  if (s.dropped.length) lines.push(`Relations not written (an end with no known label): ${s.dropped.length}.`);
  if (s.relationsUnmatched) lines.push(`Relations whose ends were not in the graph: ${s.relationsUnmatched}.`);
  return lines.join('\n');
}

/** How long load and retract wait for Neo4j to answer before saying it does not. */
const ANSWER_WITHIN_MS = 2000;

/** connect(), bounded in time: a server that accepts connections but never answers (hung, or not Neo4j) is
 *  reported in seconds too, where the driver alone would wait for a minute. */
async function connectWithin(config: Config): Promise<Driver> {
  const probe = createDriver(config);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ANSWER_WITHIN_MS)));
  const answer = await Promise.race([probe.verifyConnectivity().then(() => 'ok' as const, () => 'error' as const), late]);
  clearTimeout(timer);
  if (answer === 'ok') return probe;
  void probe.close();
  if (answer === 'late') {
    // The driver cannot cancel a connection the server accepted and left hanging, and it would keep this process
    // alive: once main.ts has printed the message below, exit.
    setTimeout(() => process.exit(1), 200).unref();
    throw new GraphUnavailableError(
      `Cannot use Neo4j at ${config.NEO4J_URI}: it did not answer within ${ANSWER_WITHIN_MS / 1000} s; check that Neo4j runs there (\`npm run db:status\`) or set NEO4J_URI.`,
    );
  }
  // Refused, unknown host, wrong password: connect() says which, in words.
  return connect(config);
}

/** Documents per write transaction; LOAD_BATCH_SIZE tunes it (smaller: less lost work on a crash; larger: fewer round trips). */
const BatchSize = z.coerce.number().int().min(1).max(5000).default(DEFAULT_BATCH);

export async function load(config: Config, paths: string[]): Promise<void> {
  const batch = BatchSize.safeParse(process.env.LOAD_BATCH_SIZE || undefined);
  if (!batch.success) throw new Error(`LOAD_BATCH_SIZE=${JSON.stringify(process.env.LOAD_BATCH_SIZE)}: must be a whole number from 1 to 5000.`);
  const driver = await connectWithin(config);
  const progress = progressReporter();
  try {
    const summary = await loadPaths(driver, paths, {
      onProgress: progress.onProgress,
      onWait: sayWaiting,
      database: config.NEO4J_DATABASE,
      batchSize: batch.data,
      maxDocumentBytes: config.MAX_DOCUMENT_MB * 2 ** 20,
    });
    progress.stop();
    console.log(formatSummary(summary));
    if (summary.failed.length) process.exitCode = 1;
  } finally {
    progress.stop();
    await driver.close();
  }
}

export async function retract(config: Config, docs: string[]): Promise<void> {
  const driver = await connectWithin(config);
  try {
    const s = await retractDocuments(driver, docs, { database: config.NEO4J_DATABASE, onWait: sayWaiting });
    if (s.retracted.length) console.log(`Retracted ${printable(s.retracted.join(', '))}.`);
    console.log(`Nodes deleted: ${s.nodesDeleted}; relationships deleted: ${s.relationshipsDeleted}; properties set: ${s.propertiesSet}.`);
    if (s.missing.length) {
      console.error(`Not in the graph: ${printable(s.missing.join(', '))}.`);
      process.exitCode = 1;
    }
  } finally {
    await driver.close();
  }
}
