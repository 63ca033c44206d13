// `npm run bench:load -- --scale 10000`: does load and retract keep their pace as the graph grows?
// Into a database without documents: the raw write of the whole corpus first (the ceiling, removed again), then the
// real load in slices of 1,000 documents (docs/s of each slice as the graph grows), and a retract of one sample
// (every k-th document of the first thousand, by `policygraph retract` in a process of its own, as users run it)
// with its load back, once on the 1k graph and once, the same documents, on the full one: the rates compare like
// with like. Prints the ratios issue 13 asks for. Leaves the loaded graph in place (to PROFILE on);
// empty the database before running it again.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { graphFingerprint } from '../graph/checksum.ts';
import { loadPaths } from '../graph/load.ts';
import { documentId, walkDocuments } from '../graph/walk.ts';
import { StatementCosts } from './statements.ts';

const SLICE = 1000;

interface ScaleRaw {
  facts: number;
  seconds: number;
  sliceSeconds: number[];
  /** Neo4j's CPU seconds for the whole raw write (null: not a managed instance running here). */
  neo4jSeconds: number | null;
}

interface ScaleOptions {
  dir: string;
  /** Documents retracted and loaded back at 1k and at the full size. */
  sample: number;
  /** Writes the corpus raw (a child process) and removes it again. */
  raw: () => Promise<ScaleRaw>;
  /** CPU seconds the managed Neo4j server has used so far, or null: where a slice's CPU goes, beside this process's. */
  neo4jCpu: () => number | null;
  /** Prints each slice's costliest statements by Neo4j's CPU (statements.ts; needs neo4jCpu). */
  statements?: boolean;
}

interface Slice {
  docs: number;
  facts: number;
  seconds: number;
  load: number;
  /** CPU seconds of this process (main thread, extraction worker) and of Neo4j (null: not measurable) meanwhile. */
  cpu: number;
  neo4j: number | null;
}

interface Cycle {
  graph: number;
  retractPerS: number;
  reloadPerS: number;
  /** The graph after the retract and the load back fingerprints as before (checked on the 1k graph only). */
  exact: boolean | null;
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

/** Retracts the sample with the command (ids; it works in batches of 100), then loads it back in this process;
 *  rates in docs/s. */
async function cycle(driver: Driver, files: string[], graph: number, check: boolean): Promise<Cycle> {
  const before = check ? await graphFingerprint(driver) : null;
  const ids = files.map((f) => documentId(path.basename(f)));
  const retractPerS = ids.length / (await retractCommand(ids));
  const t1 = performance.now();
  const back = await loadPaths(driver, files, { skipSetup: true });
  const reloadPerS = back.loaded / ((performance.now() - t1) / 1000);
  const after = check ? await graphFingerprint(driver) : null;
  const exact = before && after ? before.checksum === after.checksum && before.nodes === after.nodes : null;
  console.log(
    `  on the ${graph}-document graph: retract ${ids.length} documents (policygraph retract) at ${retractPerS.toFixed(1)} docs/s, ` +
      `load back ${back.loaded} at ${reloadPerS.toFixed(1)} docs/s${exact === null ? '' : `; graph as before: ${exact ? 'yes' : 'NO'}`} (load average ${load1().toFixed(1)})`,
  );
  return { graph, retractPerS, reloadPerS, exact };
}

const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
};

const cpuText = (s: Slice): string => `${s.cpu.toFixed(1)}${s.neo4j === null ? '' : ` + Neo4j ${s.neo4j.toFixed(1)}`}`;

async function loadSlices(driver: Driver, files: string[], opts: ScaleOptions): Promise<{ slices: Slice[]; cycles: Cycle[] }> {
  const slices: Slice[] = [];
  const cycles: Cycle[] = [];
  for (let i = 0; i < files.length; i += SLICE) {
    const part = files.slice(i, i + SLICE);
    const costs = opts.statements ? new StatementCosts(opts.neo4jCpu) : null;
    const [cpu0, neo0] = [process.cpuUsage(), opts.neo4jCpu()];
    const s = await loadPaths(costs ? costs.wrap(driver) : driver, part, { skipSetup: true });
    const neo1 = opts.neo4jCpu();
    if (s.failed.length) console.log(`  ${s.failed.length} documents failed, first: ${s.failed[0]?.problem}`);
    const slice = { docs: s.loaded, facts: s.facts, seconds: s.seconds, load: load1(), cpu: cpuSeconds(cpu0), neo4j: neo0 === null || neo1 === null ? null : neo1 - neo0 };
    slices.push(slice);
    console.log(`  slice ${slices.length}: ${s.loaded} documents in ${s.seconds.toFixed(1)} s = ${(s.loaded / s.seconds).toFixed(1)} docs/s; CPU ${cpuText(slice)} s (load average ${load1().toFixed(1)})`);
    if (costs) console.log(['    Neo4j CPU by statement:', ...costs.report()].join('\n'));
    if (i === 0) cycles.push(await cycle(driver, sampleOf(part, opts.sample), i + part.length, true));
  }
  cycles.push(await cycle(driver, sampleOf(files.slice(0, SLICE), opts.sample), files.length, false));
  return { slices, cycles };
}

export async function scale(driver: Driver, opts: ScaleOptions): Promise<void> {
  const held = await driver.executeQuery("MATCH (d:Document) WHERE NOT d.id STARTS WITH 'raw:' RETURN count(d) AS n");
  if (Number(held.records[0]?.get('n') ?? 0) > 0) throw new Error('--scale needs a database without documents: it loads its corpus and leaves it there');
  const files: string[] = [];
  for await (const f of walkDocuments([opts.dir])) files.push(f);
  const raw = await opts.raw();
  const rawPerS = raw.facts / raw.seconds;
  console.log(`  raw: ${raw.facts} facts in ${raw.seconds.toFixed(1)} s = ${rawPerS.toFixed(0)} facts/s; slices (s): ${raw.sliceSeconds.map((x) => x.toFixed(1)).join(', ')}`);
  const { slices, cycles } = await loadSlices(driver, files, opts);
  const sum = (k: 'docs' | 'facts' | 'seconds') => slices.reduce((n, s) => n + s[k], 0);
  const loadPerS = sum('facts') / sum('seconds');
  const rate = (s: Slice | undefined) => (s ? s.docs / s.seconds : 0);
  const [small, large] = [cycles[0], cycles.at(-1)];
  const rawFirst = raw.sliceSeconds[0] ?? 0;
  const rawLast = raw.sliceSeconds.at(-1) ?? 0;
  console.log(`\n| ${files.length} documents | value |\n|---|---|`);
  console.log(`| load, end to end | ${sum('docs')} docs in ${sum('seconds').toFixed(0)} s, ${loadPerS.toFixed(0)} facts/s |`);
  console.log(`| raw write | ${raw.seconds.toFixed(0)} s, ${rawPerS.toFixed(0)} facts/s${raw.neo4jSeconds === null ? '' : `; Neo4j CPU ${raw.neo4jSeconds.toFixed(0)} s`} |`);
  const sumCpu = slices.reduce((n, s) => n + s.cpu, 0);
  const sumNeo = slices.every((s) => s.neo4j !== null) ? slices.reduce((n, s) => n + (s.neo4j ?? 0), 0) : null;
  console.log(`| load CPU, loading process + Neo4j | ${sumCpu.toFixed(0)}${sumNeo === null ? '' : ` + ${sumNeo.toFixed(0)}`} s |`);
  console.log(`| **end-to-end / raw** (facts/s) | **${(loadPerS / rawPerS).toFixed(2)}** (target ≥ 0.75) |`);
  console.log(`| load docs/s, 1st → last slice | ${rate(slices[0]).toFixed(1)} → ${rate(slices.at(-1)).toFixed(1)} (${(rate(slices.at(-1)) / rate(slices[0])).toFixed(2)}); raw ${(rawLast ? rawFirst / rawLast : 0).toFixed(2)} |`);
  console.log(`| load docs/s per slice | ${slices.map((s) => rate(s).toFixed(1)).join(', ')} |`);
  console.log(`| retract docs/s, ${small?.graph} → ${large?.graph} documents | ${small?.retractPerS.toFixed(1)} → ${large?.retractPerS.toFixed(1)}: **${((large?.retractPerS ?? 0) / (small?.retractPerS ?? 1)).toFixed(2)}** (target ≥ 0.8) |`);
  console.log(`| load back docs/s, ${small?.graph} → ${large?.graph} documents | ${small?.reloadPerS.toFixed(1)} → ${large?.reloadPerS.toFixed(1)}: ${((large?.reloadPerS ?? 0) / (small?.reloadPerS ?? 1)).toFixed(2)} |`);
  console.log(`| load CPU per slice, loading process + Neo4j (s) | ${slices.map(cpuText).join(', ')} |`);
  console.log(`| load average per slice | ${slices.map((s) => s.load.toFixed(1)).join(', ')} |`);
}
