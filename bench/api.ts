// `npm run bench:api`: PolicyGraph's GraphQL API against a peer (@neo4j/graphql over the same graph), its own
// Cypher run raw through the driver, and a hand-written Cypher query, per question and connection count, in
// alternating rounds (medians and ranges). Not a test: it prints the tables of api/README.md.
//   BENCH_POLICIES (50000)  BENCH_SECONDS per run (5)  BENCH_ROUNDS (3)  BENCH_CONNS (1,10)
//   BENCH_QUESTIONS (all; or a comma list of keys: headline,list,nested,byId,region)  BENCH_KEEP=1 keeps the graph
//   (a kept graph of the same size is reused by the next run).
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../config.ts';
import { connect } from '../graph/driver.ts';
import { ensureSchema } from '../graph/schema.ts';
import { createServer, type AppOptions, type ApiServer } from '../api/server.ts';
import { createReader, type GraphReader, type Params } from '../queries/run.ts';
import { cpuOf, driveHttp as drive } from './api-client.ts';
import { agencyId, benchPolicies, build, wipe } from './api-graph.ts';
import { startPeer, type Peer } from './api-peer.ts';
import { recordingDriver } from './api-record.ts';
import { QUESTIONS, type BenchQuestion } from './api-questions.ts';

const POLICIES = Number(process.env.BENCH_POLICIES ?? 50_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNS = (process.env.BENCH_CONNS ?? '1,10').split(',').map(Number);
const ONLY = process.env.BENCH_QUESTIONS?.split(',');

interface Stats {
  p50: number;
  p99: number;
  rps: number;
  /** CPU µs of this process's main thread per request (the servers, the driver, the raw loop; the load generator
   *  has its own thread): the work Node does for an answer, which a busy box's run-queue waits do not inflate. */
  cpuUs: number;
  /** CPU µs per request of the process's other threads: in the HTTP runs the load generator's worker (which takes
   *  the same two cores) with V8's and libuv's helpers, in the raw runs only those helpers. */
  otherCpuUs: number;
  /** CPU µs per request of the load generator's thread alone (HTTP runs). */
  clientCpuUs?: number;
}

/** CPU time of this process's main thread, and of the whole process (finished threads included), µs. */
const cpuNow = (): { main: number; all: number } => ({ main: cpuOf(`/proc/self/task/${process.pid}/stat`), all: cpuOf('/proc/self/stat') });
/** Main-thread and other-thread CPU µs per request since `before`. */
function cpuPer(before: { main: number; all: number }, requests: number): Pick<Stats, 'cpuUs' | 'otherCpuUs'> {
  const now = cpuNow();
  const main = now.main - before.main;
  return { cpuUs: main / requests, otherCpuUs: (now.all - before.all - main) / requests };
}
// PolicyGraph twice: computing every answer (response cache off), and as served (cache on: a repeated question
// costs one stamp read). Ratios against the peer and the raw Cypher use the first, the work itself.
type Variant = 'policygraph' | 'cached' | 'peer' | 'ownRaw' | 'handRaw';
const VARIANTS: Variant[] = ['policygraph', 'cached', 'peer', 'ownRaw', 'handRaw'];
type Recorded = { cypher: string; params: Params }[];

/** Runs `fn` from `connections` concurrent loops for `seconds`; latency percentiles in ms. */
async function driveDirect(connections: number, seconds: number, fn: () => Promise<unknown>): Promise<Stats> {
  const latencies: number[] = [];
  const cpu = cpuNow();
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await fn();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), rps: latencies.length / elapsed, ...cpuPer(cpu, latencies.length) };
}

async function driveHttp(url: string, query: string, connections: number, seconds: number): Promise<Stats> {
  const cpu = cpuNow();
  const r = await drive({ url, body: JSON.stringify({ query }), connections, seconds });
  return { p50: r.p50, p99: r.p99, rps: r.requests / r.seconds, ...cpuPer(cpu, r.requests), clientCpuUs: r.cpuUs };
}

/** Waits (up to a minute) until Neo4j runs no other transaction: a variant's last requests, cut off by the load
 *  generator, may still run there (the peer's take seconds) and would otherwise slow the next variant. */
async function settle(driver: Driver): Promise<void> {
  const until = performance.now() + 60_000;
  while (performance.now() < until) {
    const r = await driver.executeQuery("SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS n");
    if (Number(r.records[0]?.get('n') ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function post(url: string, query: string): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { errors?: unknown[]; data?: unknown };
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The synthetic titles an answer names, to check that the four ways answer the same question. */
const titles = (v: unknown): string[] => [...new Set(JSON.stringify(v).match(/Synthetic \w+ number \d+/g) ?? [])].sort();

/** The machine's 1-minute load average (Linux), printed with each row: on a shared box it says how busy the run was. */
const loadAverage = (): string => {
  try {
    return fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0] ?? '?';
  } catch {
    return '?';
  }
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const fmt = (xs: number[]): string => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
const times = (r: number): string => (r > 999 ? '>999' : r.toFixed(2));
const ratio = (a: number[], b: number[]): string => {
  // A side that answered nothing in a run (the peer on its slowest questions) counts as one request.
  const rs = a.map((x, i) => x / Math.max(b[i] as number, 1 / SECONDS));
  return `${times(median(rs))}× (${times(Math.min(...rs))}–${times(Math.max(...rs))})`;
};

interface Prepared {
  q: BenchQuestion;
  own: Recorded;
  peerStatements: number;
}

/** A PolicyGraph server on a free port, with or without the response cache. */
async function serve(driver: Driver, config: Config, options: AppOptions): Promise<ApiServer> {
  const api = createServer(driver, config, options);
  await api.start(0, '127.0.0.1');
  return api;
}

/** Records the statements each server runs for the question and checks the four answers name the same policies. */
async function prepare(q: BenchQuestion, driver: Driver, config: Config, reader: GraphReader): Promise<Prepared> {
  const own: Recorded = [];
  const peerRun: Recorded = [];
  const pg = await serve(recordingDriver(driver, (cypher, params) => own.push({ cypher, params })), config, { responseCache: false });
  const peer = await startPeer(recordingDriver(driver, (cypher, params) => peerRun.push({ cypher, params })));
  try {
    // Asked twice, statements counted the second time: a fresh server may look things up once (versions, schema).
    await post(pg.url ?? '', q.policygraph);
    await post(peer.url, q.peer);
    own.length = 0;
    peerRun.length = 0;
    const answers = {
      policygraph: await post(pg.url ?? '', q.policygraph),
      peer: await post(peer.url, q.peer),
      ownRaw: await Promise.all(own.map((s) => reader.read(s.cypher, s.params))),
      handRaw: await reader.read(q.hand.cypher, q.hand.params),
    };
    const expected = titles(answers.policygraph);
    for (const [k, v] of Object.entries(answers)) {
      const got = titles(v);
      // PolicyGraph's own statement reads one row more than the page (is there a next one?), with its nested fields.
      const same = k === 'ownRaw' ? expected.every((t) => got.includes(t)) : got.join('|') === expected.join('|');
      if (!same) throw new Error(`${q.key}: ${k} names ${got.length} policies, PolicyGraph ${expected.length}`);
    }
    console.log(`${q.key}: ${expected.length} policies named by every variant; statements: PolicyGraph ${own.length}, peer ${peerRun.length}`);
    return { q, own, peerStatements: peerRun.length };
  } finally {
    await pg.stop();
    await peer.stop();
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const driver = await connect(config);
  const reader = createReader(driver, { timeoutS: config.CYPHER_TIMEOUT_S, database: config.NEO4J_DATABASE });
  try {
    await ensureSchema(driver);
    await ensureGraph(driver);
    const servers = await startServers(driver, config);
    const table: string[] = [];
    try {
      for (const q of QUESTIONS(agencyId).filter((x) => !ONLY || ONLY.includes(x.key))) {
        table.push(...(await benchQuestion(q, servers, driver, config, reader)));
      }
    } finally {
      await servers.api.stop();
      await servers.cached.stop();
      await servers.peer.stop();
    }
    printTable(table);
  } finally {
    if (!process.env.BENCH_KEEP) await wipe(driver);
    await driver.close();
  }
}

/** The synthetic graph of POLICIES policies: the kept one when it has that size, else built anew. */
async function ensureGraph(driver: Driver): Promise<void> {
  if ((await benchPolicies(driver)) === POLICIES) {
    console.log(`Reusing the kept synthetic graph of ${POLICIES} policies.`);
    return;
  }
  console.log(`Building a synthetic graph of ${POLICIES} policies…`);
  const t0 = performance.now();
  await wipe(driver);
  await build(driver, POLICIES);
  console.log(`built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

interface Servers {
  api: ApiServer;
  cached: ApiServer;
  peer: Peer;
}

async function startServers(driver: Driver, config: Config): Promise<Servers> {
  const api = await serve(driver, config, { responseCache: false });
  const cached = await serve(driver, config, { responseCache: true });
  const peer = await startPeer(driver);
  return { api, cached, peer };
}

/** One question: its statements recorded and answers checked, the servers warmed, then a row per connection count. */
async function benchQuestion(q: BenchQuestion, s: Servers, driver: Driver, config: Config, reader: GraphReader): Promise<string[]> {
  const p = await prepare(q, driver, config, reader);
  const run: Record<Variant, (c: number) => Promise<Stats>> = {
    policygraph: (c) => driveHttp(s.api.url ?? '', q.policygraph, c, SECONDS),
    cached: (c) => driveHttp(s.cached.url ?? '', q.policygraph, c, SECONDS),
    peer: (c) => driveHttp(s.peer.url, q.peer, c, SECONDS),
    ownRaw: (c) => driveDirect(c, SECONDS, () => Promise.all(p.own.map((x) => reader.read(x.cypher, x.params)))),
    handRaw: (c) => driveDirect(c, SECONDS, () => reader.read(q.hand.cypher, q.hand.params)),
  };
  // Warm each server on this question first (compiling its document, the JIT): a short run must not time that.
  for (let i = 0; i < 10; i++) await Promise.all([post(s.api.url ?? '', q.policygraph), post(s.cached.url ?? '', q.policygraph), reader.read(q.hand.cypher, q.hand.params)]);
  for (let i = 0; i < 2; i++) await post(s.peer.url, q.peer);
  const rows: string[] = [];
  for (const c of CONNS) {
    const started = loadAverage();
    const got = await runRounds(run, c, driver);
    const row = tableRow(q, c, got, p, started);
    rows.push(row);
    console.log(row);
  }
  return rows;
}

/** ROUNDS runs of every variant at `c` connections. */
async function runRounds(run: Record<Variant, (c: number) => Promise<Stats>>, c: number, driver: Driver): Promise<Record<Variant, Stats[]>> {
  const got: Record<Variant, Stats[]> = { policygraph: [], cached: [], peer: [], ownRaw: [], handRaw: [] };
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate the order each round so no variant always runs on the warmest (or busiest) machine.
    const order = round % 2 ? [...VARIANTS].reverse() : VARIANTS;
    for (const v of order) {
      got[v].push(await run[v](c));
      await settle(driver);
    }
  }
  return got;
}

function tableRow(q: BenchQuestion, c: number, got: Record<Variant, Stats[]>, p: Prepared, started: string): string {
  const rps = (v: Variant): number[] => got[v].map((s) => s.rps);
  // A variant that answered nothing in a round (the peer on its slowest questions) has no CPU per request.
  const cpu = (v: Variant, of: 'cpuUs' | 'otherCpuUs' | 'clientCpuUs' = 'cpuUs'): string => {
    const m = median(got[v].map((x) => x[of] ?? NaN).filter(Number.isFinite));
    return Number.isFinite(m) ? m.toFixed(0) : '–';
  };
  const lat = (v: Variant): string => `${median(got[v].map((x) => x.p50)).toFixed(1)} / ${median(got[v].map((x) => x.p99)).toFixed(1)}`;
  return (
    `| ${q.title} | ${c} | ${fmt(rps('policygraph'))} | ${fmt(rps('cached'))} | ${fmt(rps('peer'))} | ${fmt(rps('ownRaw'))} | ${fmt(rps('handRaw'))} | ` +
    `${ratio(rps('policygraph'), rps('peer'))} | ${ratio(rps('policygraph'), rps('ownRaw'))} | ${ratio(rps('ownRaw'), rps('handRaw'))} | ` +
    `${lat('policygraph')} | ${lat('cached')} | ${lat('peer')} | ${lat('ownRaw')} | ${cpu('policygraph')} / ${cpu('peer')} / ${cpu('ownRaw')} | ${cpu('policygraph', 'clientCpuUs')} / ${cpu('policygraph', 'otherCpuUs')} / ${cpu('ownRaw', 'otherCpuUs')} | ${p.own.length} / ${p.peerStatements} | ${started} → ${loadAverage()} |`
  );
}

function printTable(table: readonly string[]): void {
  console.log(`\n${POLICIES} policies, ${ROUNDS} rounds of ${SECONDS} s per variant; req/s median (min–max); ratios per round, median (min–max)`);
  console.log(
    '| question | conns | PolicyGraph req/s | PolicyGraph cached req/s | @neo4j/graphql req/s | own Cypher raw req/s | hand-written raw req/s | ' +
      'PolicyGraph / peer | served / own raw | own raw / hand-written | PolicyGraph p50 / p99 ms | cached p50 / p99 ms | peer p50 / p99 ms | own raw p50 / p99 ms | ' +
      'main-thread CPU µs per request: PolicyGraph / peer / own raw | CPU µs per request of the load generator, and of all other threads (load generator, GC helpers): PolicyGraph / PolicyGraph / own raw | ' +
      'statements PolicyGraph / peer | load average (1 min) at start → end |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of table) console.log(r);
}

await main();
