// `npm run bench:load -- --scale 10000`: does load and retract keep their pace as the graph grows?
// Into a database without documents, slice by slice (1,000 documents each): the raw write of slice k (the ceiling,
// in a child of its own, into a second database that grows alike: bench/load.ts), then the real load of slice k —
// each into a graph of the same size at that moment, in the same minutes, so the ratio is like for like (sum of
// facts / sum of seconds, and per slice). And a retract of one sample (every k-th document of the first thousand, by
// `policygraph retract` in a process of its own, as users run it) with its load back, once on the 1k graph and once,
// the same documents, on the full one: the rates compare like with like. Prints the ratios issue 13 asks for. Leaves
// the loaded graph in place (to PROFILE on); empty the database before running it again.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import type { DocumentFacts } from '../loaders/types.ts';
import { graphFingerprint } from '../graph/checksum.ts';
import { createExtractor, type Extractor } from '../graph/extractor.ts';
import { loadPaths, retractDocuments } from '../graph/load.ts';
import { documentId, walkDocuments } from '../graph/walk.ts';
import { identityPhases } from '../graph/identity/apply.ts';
import { CriticalPath, StatementCosts } from './statements.ts';

const SLICE = 1000;

/** One slice of the raw write, as its child measured it: the write alone (extraction before it, untimed), its
 *  process's CPU and its Neo4j's (null: not a managed instance here), and the bytes it wrote (bytesWritten). */
export interface RawSlice {
  facts: number;
  seconds: number;
  cpu: number;
  neo4j: number | null;
  bytes: number;
}

/** Bytes this process has written so far (/proc/self/io `wchar`: every write to a socket or a file; a load's and
 *  raw's are almost all their statements to Neo4j), or 0 where unknown. */
export function bytesWritten(): number {
  try {
    return Number(/wchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** CPU seconds so far of each thread of this process that is alive (/proc/self/task), by thread id; empty where
 *  unknown. */
function threadCpu(): Map<string, number> {
  try {
    return new Map(
      readdirSync('/proc/self/task').map((t) => {
        const f = readFileSync(`/proc/self/task/${t}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return [t, (Number(f[11]) + Number(f[12])) / 100] as const;
      }),
    );
  } catch {
    return new Map();
  }
}

/** A slice's process CPU by thread: the main thread; the threads alive before and after (V8's platform threads —
 *  concurrent marking, parallel scavenges, sweeping, optimising compiles — and libuv's pool: zlib, hashing) but the
 *  slices' extraction worker; and the rest: that worker and threads that came or went meanwhile. */
export interface ThreadSplit {
  main: number;
  helpers: number;
  worker: number;
}

function threadSplit(before: Map<string, number>, after: Map<string, number>, total: number, worker: ReadonlySet<string>): ThreadSplit | null {
  const main = String(process.pid);
  if (!before.has(main) || !after.has(main)) return null;
  let helpers = 0;
  for (const [t, s] of after) if (t !== main && !worker.has(t) && before.has(t)) helpers += s - before.get(t)!;
  const mainCpu = after.get(main)! - before.get(main)!;
  return { main: mainCpu, helpers, worker: Math.max(0, total - mainCpu - helpers) };
}

const splitText = (t: ThreadSplit | null): string =>
  t ? ` (main thread ${t.main.toFixed(1)}, V8's and libuv's threads ${t.helpers.toFixed(1)}, extraction worker ${t.worker.toFixed(1)})` : '';

interface ScaleOptions {
  dir: string;
  /** Documents retracted and loaded back at 1k and at the full size. */
  sample: number;
  /** Documents of another corpus each side writes and removes before slice 1, outside the clock (warm). */
  warmDir: string;
  /** Raw's warm-up: writes warmDir's documents and deletes them again. */
  rawWarm: () => Promise<RawSlice>;
  /** Writes slice k (documents k·1,000 … in walk order) raw into its own graph, which keeps the slices before. */
  rawSlice: (k: number) => Promise<RawSlice>;
  /** CPU seconds the managed Neo4j server has used so far, or null: where a slice's CPU goes, beside this process's. */
  neo4jCpu: () => number | null;
  /** Prints each slice's costliest statements by Neo4j's CPU (statements.ts; needs neo4jCpu). */
  statements?: boolean;
  /** Prints each slice's critical path: wall with Neo4j working or idle, the main thread's busy time in each
   *  (statements.ts CriticalPath), and identity's phases (apply.ts). */
  trace?: boolean;
}

/** One extraction worker for all slices: they are parts of one load, so its worker starts (and builds the gazetteer)
 *  once, in slice 1, as a 10k `policygraph load` does; a worker of its own per slice charged that cold start
 *  (2–15 s by the machine's load) to each of them. Started on slice 1's first extraction; `threads` are its thread
 *  ids (/proc/self/task), counted as the extraction worker's CPU. */
class SliceExtractor {
  private made: { extractor: Extractor; threads: ReadonlySet<string> } | null = null;
  readonly extract = (file: string): Promise<DocumentFacts> => (this.made ??= SliceExtractor.make()).extractor.extract(file);
  get threads(): ReadonlySet<string> {
    return this.made?.threads ?? new Set();
  }
  close(): Promise<void> {
    return this.made?.extractor.close() ?? Promise.resolve();
  }
  private static make(): { extractor: Extractor; threads: ReadonlySet<string> } {
    const before = new Set(threadCpu().keys());
    const extractor = createExtractor();
    return { extractor, threads: new Set([...threadCpu().keys()].filter((t) => !before.has(t))) };
  }
}

interface Slice {
  docs: number;
  facts: number;
  seconds: number;
  load: number;
  /** CPU seconds of this process (main thread, extraction worker) and of Neo4j (null: not measurable) meanwhile. */
  cpu: number;
  /** That CPU by thread (null: not measurable here). */
  threads: ThreadSplit | null;
  neo4j: number | null;
  /** Bytes this process wrote meanwhile (its statements to Neo4j, mostly). */
  bytes: number;
  /** The raw write of the same documents (just before or just after), and the load average after it. */
  raw: RawSlice;
  rawLoad: number;
}

interface Cycle {
  graph: number;
  retractPerS: number;
  reloadPerS: number;
  /** The graph after the retract and the load back fingerprints as before (checked on the 1k graph only). */
  exact: boolean | null;
  /** CPU seconds of the retract: its command's process and Neo4j's (null: not measurable here). */
  retractCpu: number | null;
}

const load1 = (): number => os.loadavg()[0] ?? 0;

/** Every k-th of `files`, `n` of them. */
function sampleOf(files: string[], n: number): string[] {
  const step = Math.max(1, Math.floor(files.length / n));
  return files.filter((_, i) => i % step === 0).slice(0, n);
}

const CLI = fileURLToPath(new URL('../bin/policygraph.js', import.meta.url));

/** `policygraph retract IDS` in a process of its own, as a user runs it (it reads the held index afresh): its wall
 *  time. Exit code 0 means every id was in the graph and is gone. */
function retractCommand(ids: string[]): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'retract', ...ids], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve((performance.now() - t0) / 1000) : reject(new Error(`policygraph retract exited with ${code}`))));
  });
}

/** CPU seconds of this process's children that have ended and been waited for (/proc/self/stat cutime +
 *  cstime), or null where unknown: across retractCommand, the command's own CPU (the raw writer lives on). */
function childrenCpu(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

/** Retracts the sample with the command (ids; it works in batches of 100), then loads it back in this process;
 *  rates in docs/s, and the retract's CPU (by wall alone one sample each side is the minute's: graph/README). */
async function cycle(driver: Driver, files: string[], graph: number, check: boolean, neo4jCpu: () => number | null): Promise<Cycle> {
  const before = check ? await graphFingerprint(driver) : null;
  const ids = files.map((f) => documentId(path.basename(f)));
  const [c0, n0] = [childrenCpu(), neo4jCpu()];
  const retractPerS = ids.length / (await retractCommand(ids));
  const [c1, n1] = [childrenCpu(), neo4jCpu()];
  const retractCpu = c0 === null || c1 === null ? null : c1 - c0 + (n0 === null || n1 === null ? 0 : n1 - n0);
  const t1 = performance.now();
  const back = await loadPaths(driver, files, { skipSetup: true });
  const reloadPerS = back.loaded / ((performance.now() - t1) / 1000);
  const after = check ? await graphFingerprint(driver) : null;
  const exact = before && after ? before.checksum === after.checksum && before.nodes === after.nodes : null;
  console.log(
    `  on the ${graph}-document graph: retract ${ids.length} documents (policygraph retract) at ${retractPerS.toFixed(1)} docs/s` +
      `${retractCpu === null ? '' : `, CPU ${(c1! - c0!).toFixed(1)}${n0 === null || n1 === null ? '' : ` + ${(n1 - n0).toFixed(1)}`} s`}, ` +
      `load back ${back.loaded} at ${reloadPerS.toFixed(1)} docs/s${exact === null ? '' : `; graph as before: ${exact ? 'yes' : 'NO'}`} (load average ${load1().toFixed(1)})`,
  );
  return { graph, retractPerS, reloadPerS, exact, retractCpu };
}

const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
};

const cpuText = (s: { cpu: number; neo4j: number | null }): string => `${s.cpu.toFixed(1)}${s.neo4j === null ? '' : ` + ${s.neo4j.toFixed(1)}`}`;

/** Raw's slice k and the load's, each into its graph as it stands after the slices before; raw first in even
 *  slices, the load first in odd ones (neither always gets the minute after the other). */
async function pairedSlice(driver: Driver, part: string[], k: number, opts: ScaleOptions, ex: SliceExtractor): Promise<Slice> {
  const early = k % 2 === 0 ? await opts.rawSlice(k) : null;
  const earlyLoad = load1();
  const costs = opts.statements ? new StatementCosts(opts.neo4jCpu) : null;
  const trace = opts.trace ? new CriticalPath(opts.neo4jCpu) : null;
  const phases0 = { ...identityPhases };
  const [cpu0, neo0, bytes0, threads0] = [process.cpuUsage(), opts.neo4jCpu(), bytesWritten(), threadCpu()];
  const waits: number[] = [];
  const s = await loadPaths(trace ? trace.wrap(driver) : costs ? costs.wrap(driver) : driver, part, { skipSetup: true, extract: ex.extract, onExtractionWait: (ms) => waits.push(ms) });
  const traced = trace ? ['    critical path:', ...trace.report(), `    identity phases (s): ${phaseText(phases0)}`, `    ${waitText(waits)}`] : [];
  // The load's own figures, read before raw's slice when raw goes second.
  const [neo1, cpu, loadAfter, bytes, threads1] = [opts.neo4jCpu(), cpuSeconds(cpu0), load1(), bytesWritten() - bytes0, threadCpu()];
  const raw = early ?? (await opts.rawSlice(k));
  const rawLoad = early ? earlyLoad : load1();
  if (s.failed.length) console.log(`  ${s.failed.length} documents failed, first: ${s.failed[0]?.problem}`);
  const threads = threadSplit(threads0, threads1, cpu, ex.threads);
  const slice = { docs: s.loaded, facts: s.facts, seconds: s.seconds, load: loadAfter, cpu, threads, neo4j: neo0 === null || neo1 === null ? null : neo1 - neo0, bytes, raw, rawLoad };
  console.log(
    `  slice ${k + 1} (${early ? 'raw' : 'load'} first): raw ${raw.facts} facts in ${raw.seconds.toFixed(1)} s, CPU ${cpuText(raw)} s (load average ${rawLoad.toFixed(1)}); ` +
      `load ${s.loaded} documents, ${s.facts} facts in ${s.seconds.toFixed(1)} s = ${(s.loaded / s.seconds).toFixed(1)} docs/s, CPU ${cpuText(slice)} s${splitText(threads)} ` +
      `(load average ${slice.load.toFixed(1)}); ratio ${ratioOf(slice).toFixed(2)}; MB written raw ${mb(raw.bytes)}, load ${mb(bytes)}`,
  );
  if (costs) console.log(['    Neo4j CPU by statement:', ...costs.report()].join('\n'));
  if (traced.length) console.log(traced.join('\n'));
  return slice;
}

/** Each batch's wait for its extraction (graph/load.ts): the first batch's (the pipeline's fill) apart. */
function waitText(ms: number[]): string {
  const [fill, ...rest] = ms.map((m) => m / 1000);
  const sum = rest.reduce((n, x) => n + x, 0);
  return `extraction waits (s): fill ${(fill ?? 0).toFixed(2)}, the other ${rest.length} batches ${sum.toFixed(2)} (max ${Math.max(0, ...rest).toFixed(2)}): ${rest.map((x) => x.toFixed(2)).join(' ')}`;
}

/** identity's phases since `before` (apply.ts): seconds, counts as they are. */
function phaseText(before: typeof identityPhases): string {
  return (Object.keys(identityPhases) as (keyof typeof identityPhases)[])
    .map((k) => {
      const d = identityPhases[k] - before[k];
      return `${k} ${Number.isInteger(d) && !['plan', 'moves', 'write', 'store', 'display', 'retract'].includes(k) ? d : (d / 1000).toFixed(1)}`;
    })
    .join(', ');
}

/** A slice's end-to-end / raw, in facts/s. */
const ratioOf = (s: Slice): number => s.facts / s.seconds / (s.raw.facts / s.raw.seconds);

async function loadSlices(driver: Driver, files: string[], opts: ScaleOptions): Promise<{ slices: Slice[]; cycles: Cycle[] }> {
  const slices: Slice[] = [];
  const cycles: Cycle[] = [];
  const ex = new SliceExtractor();
  try {
    for (let i = 0; i < files.length; i += SLICE) {
      const part = files.slice(i, i + SLICE);
      slices.push(await pairedSlice(driver, part, i / SLICE, opts, ex));
      if (i === 0) cycles.push(await cycle(driver, sampleOf(part, opts.sample), i + part.length, true, opts.neo4jCpu));
    }
  } finally {
    await ex.close();
  }
  cycles.push(await cycle(driver, sampleOf(files.slice(0, SLICE), opts.sample), files.length, false, opts.neo4jCpu));
  return { slices, cycles };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const sumOf = (xs: number[]): number => xs.reduce((n, x) => n + x, 0);
const sumCpu = (xs: { cpu: number; neo4j: number | null }[]): string =>
  `${sumOf(xs.map((x) => x.cpu)).toFixed(0)}${xs.every((x) => x.neo4j !== null) ? ` + ${sumOf(xs.map((x) => x.neo4j ?? 0)).toFixed(0)}` : ''}`;

const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
const cpuOf = (x: { cpu: number; neo4j: number | null }): number => x.cpu + (x.neo4j ?? 0);

/** Load facts/s over raw's, from the sums of these slices: by wall time, and by CPU (process + Neo4j). */
function ratios(slices: Slice[]): { wall: number; cpu: number } {
  const f = (xs: number[]) => sumOf(xs);
  const [lf, rf] = [f(slices.map((s) => s.facts)), f(slices.map((s) => s.raw.facts))];
  return {
    wall: lf / f(slices.map((s) => s.seconds)) / (rf / f(slices.map((s) => s.raw.seconds))),
    cpu: lf / f(slices.map((s) => cpuOf(s))) / (rf / f(slices.map((s) => cpuOf(s.raw)))),
  };
}

/** The paired figures: totals, the ratio from the sums (all slices, without slice 1, by CPU) and per slice
 *  (median, range), CPU, bytes written and load averages. */
function printLoad(files: number, slices: Slice[]): void {
  const raws = slices.map((s) => s.raw);
  const loadPerS = sumOf(slices.map((s) => s.facts)) / sumOf(slices.map((s) => s.seconds));
  const rawPerS = sumOf(raws.map((r) => r.facts)) / sumOf(raws.map((r) => r.seconds));
  const per = slices.map(ratioOf);
  const [all, later] = [ratios(slices), ratios(slices.slice(1))];
  const rate = (s: Slice | undefined) => (s ? s.docs / s.seconds : 0);
  const list = (xs: number[], d = 1) => xs.map((x) => x.toFixed(d)).join(', ');
  const per1k = (bytes: number[], docs: number) => mb((sumOf(bytes) / docs) * 1000);
  console.log(`\n| ${files} documents, raw and load slice by slice | value |\n|---|---|`);
  console.log(`| raw write | ${sumOf(raws.map((r) => r.facts))} facts in ${sumOf(raws.map((r) => r.seconds)).toFixed(0)} s = ${rawPerS.toFixed(0)} facts/s; CPU raw process + Neo4j ${sumCpu(raws)} s |`);
  console.log(`| load, end to end | ${sumOf(slices.map((s) => s.docs))} docs, ${sumOf(slices.map((s) => s.facts))} facts in ${sumOf(slices.map((s) => s.seconds)).toFixed(0)} s = ${loadPerS.toFixed(0)} facts/s; CPU loading process + Neo4j ${sumCpu(slices)} s |`);
  console.log(`| **end-to-end / raw** (facts/s, sums) | **${all.wall.toFixed(2)}** (target ≥ 0.75); per slice median ${median(per).toFixed(2)} (${Math.min(...per).toFixed(2)}–${Math.max(...per).toFixed(2)}) |`);
  console.log(`| without slice 1 / by CPU (process + Neo4j) / by CPU without slice 1 | ${slices.length > 1 ? later.wall.toFixed(2) : '–'} / ${all.cpu.toFixed(2)} / ${slices.length > 1 ? later.cpu.toFixed(2) : '–'} |`);
  console.log(`| ratio per slice | ${list(per, 2)} |`);
  console.log(`| raw s per slice | ${list(raws.map((r) => r.seconds))} |`);
  console.log(`| load s per slice | ${list(slices.map((s) => s.seconds))} |`);
  console.log(`| load docs/s, 1st → last slice | ${rate(slices[0]).toFixed(1)} → ${rate(slices.at(-1)).toFixed(1)} (${(rate(slices.at(-1)) / rate(slices[0])).toFixed(2)}); raw s ${(slices[0]?.raw.seconds ?? 0).toFixed(1)} → ${(slices.at(-1)?.raw.seconds ?? 0).toFixed(1)} |`);
  console.log(`| raw CPU per slice, raw process + Neo4j (s) | ${raws.map(cpuText).join(', ')} |`);
  console.log(`| load CPU per slice, loading process + Neo4j (s) | ${slices.map(cpuText).join(', ')} |`);
  const split = slices.map((s) => s.threads);
  if (split.every((t) => t !== null)) {
    const per = (k: keyof ThreadSplit) => split.map((t) => t![k].toFixed(1)).join(', ');
    console.log(`| loading process CPU per slice: main thread / V8's and libuv's threads / extraction worker (s) | ${per('main')} / ${per('helpers')} / ${per('worker')} |`);
  }
  const docs = sumOf(slices.map((s) => s.docs));
  console.log(`| MB written per 1,000 documents, raw / load | ${per1k(raws.map((r) => r.bytes), docs)} / ${per1k(slices.map((s) => s.bytes), docs)} |`);
  console.log(`| load average after raw / after load, per slice | ${slices.map((s) => `${s.rawLoad.toFixed(1)} / ${s.load.toFixed(1)}`).join(', ')} |`);
  printTable(slices);
}

/** The per-slice table as graph/README.md's "At scale" shows it. */
function printTable(slices: Slice[]): void {
  const first = (k: number) => (k % 2 === 0 ? 'raw first' : 'load first');
  console.log('\n| slice (1,000 documents; graph before: k−1 thousand) | raw wall | raw CPU, process + Neo4j (s) | load wall | load CPU, process + Neo4j (s) | end-to-end / raw | load average after raw / after load |');
  console.log('|---|---|---|---|---|---|---|');
  slices.forEach((s, k) =>
    console.log(`| ${k + 1} (${first(k)}) | ${s.raw.seconds.toFixed(1)} s | ${cpuText(s.raw)} | ${s.seconds.toFixed(1)} s | ${cpuText(s)} | ${ratioOf(s).toFixed(2)} | ${s.rawLoad.toFixed(1)} / ${s.load.toFixed(1)} |`),
  );
  const raws = slices.map((s) => s.raw);
  const perS = (xs: { facts: number; seconds: number }[]) => (sumOf(xs.map((x) => x.facts)) / sumOf(xs.map((x) => x.seconds))).toFixed(0);
  const las = slices.flatMap((s) => [s.rawLoad, s.load]);
  console.log(
    `| **all ${sumOf(slices.map((s) => s.docs)).toLocaleString('en')}** | ${sumOf(raws.map((r) => r.seconds)).toFixed(0)} s = ${perS(raws)} facts/s | ${sumCpu(raws)} | ` +
      `${sumOf(slices.map((s) => s.seconds)).toFixed(0)} s = ${perS(slices)} facts/s | ${sumCpu(slices)} | **${ratios(slices).wall.toFixed(2)}** (per slice median ${median(slices.map(ratioOf)).toFixed(2)}) | ` +
      `${Math.min(...las).toFixed(1)}–${Math.max(...las).toFixed(1)} |`,
  );
}

/** Both sides write the same warm-up documents and remove them, outside the clock: a just-started instance's first
 *  statements (plans compiled, the JVM's code warmed, pages read) cost several times a later slice's (raw's first
 *  slice of run I: 174 s against 32–54 s), and only one side used to pay them inside its clock. */
async function warmUp(driver: Driver, opts: ScaleOptions): Promise<void> {
  const raw = await opts.rawWarm();
  const t0 = performance.now();
  const ids: string[] = [];
  for await (const f of walkDocuments([opts.warmDir])) ids.push(documentId(path.basename(f)));
  await loadPaths(driver, [opts.warmDir], { skipSetup: true });
  await retractDocuments(driver, ids);
  console.log(`  warm-up (${ids.length} documents written and removed, outside the clock): raw ${raw.seconds.toFixed(1)} s, load + retract ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

export async function scale(driver: Driver, opts: ScaleOptions): Promise<void> {
  const held = await driver.executeQuery("MATCH (d:Document) WHERE NOT d.id STARTS WITH 'raw:' RETURN count(d) AS n");
  if (Number(held.records[0]?.get('n') ?? 0) > 0) throw new Error('--scale needs a database without documents: it loads its corpus and leaves it there');
  const files: string[] = [];
  for await (const f of walkDocuments([opts.dir])) files.push(f);
  await warmUp(driver, opts);
  const { slices, cycles } = await loadSlices(driver, files, opts);
  printLoad(files.length, slices);
  const [small, large] = [cycles[0], cycles.at(-1)];
  console.log(`| retract docs/s, ${small?.graph} → ${large?.graph} documents | ${small?.retractPerS.toFixed(1)} → ${large?.retractPerS.toFixed(1)}: **${((large?.retractPerS ?? 0) / (small?.retractPerS ?? 1)).toFixed(2)}** (target ≥ 0.8); by CPU ${large?.retractCpu && small?.retractCpu ? (small.retractCpu / large.retractCpu).toFixed(2) : '–'} (${small?.retractCpu?.toFixed(1) ?? '–'} → ${large?.retractCpu?.toFixed(1) ?? '–'} s) |`);
  console.log(`| load back docs/s, ${small?.graph} → ${large?.graph} documents | ${small?.reloadPerS.toFixed(1)} → ${large?.reloadPerS.toFixed(1)}: ${((large?.reloadPerS ?? 0) / (small?.reloadPerS ?? 1)).toFixed(2)} |`);
}
