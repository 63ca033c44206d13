// `npm run bench:api`: GraphQL latency and throughput on a synthetic graph (≥ 50k policies), against the same
// Cypher run directly through the driver in the same run. Not a test: it prints numbers for api/README.md.
//   BENCH_POLICIES (50000)  BENCH_SECONDS per run (10)  BENCH_KEEP=1 keeps the synthetic graph afterwards.
// The synthetic nodes have ids with a `bench-` / `agency:bench/` prefix; only those are created and wiped.
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { Driver, ManagedTransaction, Session, SessionConfig } from 'neo4j-driver';
import { loadConfig } from '../config.ts';
import { connect } from '../graph/driver.ts';
import { ensureSchema, POLICY_KINDS } from '../graph/schema.ts';
import { createYogaApp, startServer } from '../api/server.ts';
import { createReader, type Params } from '../queries/run.ts';

const POLICIES = Number(process.env.BENCH_POLICIES ?? 50_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const AGENCIES = 500;
const DOCS = 1_000;
const BATCH = 5_000;

/** A small deterministic PRNG so every run builds the same graph. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const agencyId = (i: number): string => `agency:bench/a${pad(i, 4)}`;
/** Regions: 10 provinces, 10 cities each, 5 districts each (zone ids, so they never meet real ones). */
const regionIds = (): { id: string; parent: string | null; name: string }[] => {
  const out: { id: string; parent: string | null; name: string }[] = [{ id: 'region:zone/bench-root', parent: null, name: 'Bench Country' }];
  for (let p = 0; p < 10; p++) {
    const pid = `region:zone/bench-p${p}`;
    out.push({ id: pid, parent: 'region:zone/bench-root', name: `Bench Province ${p}` });
    for (let c = 0; c < 10; c++) {
      const cid = `region:zone/bench-p${p}c${c}`;
      out.push({ id: cid, parent: pid, name: `Bench City ${p}-${c}` });
      for (let d = 0; d < 5; d++) out.push({ id: `region:zone/bench-p${p}c${c}d${d}`, parent: cid, name: `Bench District ${p}-${c}-${d}` });
    }
  }
  return out;
};

async function write(driver: Driver, cypher: string, rows: unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await driver.executeQuery(cypher, { rows: rows.slice(i, i + BATCH) });
}

export async function wipe(driver: Driver): Promise<void> {
  const prefixes: [string, string][] = [
    ['Policy', 'policy:bench-'],
    ['Agency', 'agency:bench/'],
    ['Region', 'region:zone/bench-'],
    ['Document', 'doc:bench-'],
  ];
  // CALL … IN TRANSACTIONS needs an auto-commit transaction (session.run), so a large wipe stays in small batches.
  const session = driver.session();
  try {
    for (const [label, prefix] of prefixes) {
      await session.run(`MATCH (n:${label}) WHERE n.id STARTS WITH $prefix CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`, { prefix });
    }
  } finally {
    await session.close();
  }
}

async function build(driver: Driver): Promise<void> {
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const regions = regionIds();
  const leaves = regions.filter((r) => r.id.includes('d'));
  const docs = Array.from({ length: DOCS }, (_, i) => ({ id: `doc:bench-${pad(i, 5)}`, title: `Synthetic policy digest ${i}`, day: 1 + (i % 28) }));
  await write(
    driver,
    "UNWIND $rows AS r CREATE (:Document {id: r.id, title: r.title, path: 'bench', language: 'en', publishedOn: date({year: 2024, month: 1, day: toInteger(r.day)}), loadedAt: datetime()})",
    docs,
  );
  await write(driver, "UNWIND $rows AS r CREATE (:Region {id: r.id, name: r.name, aliases: [], aliasText: '', kind: 'zone', sources: []})", regions);
  await write(
    driver,
    'UNWIND $rows AS r MATCH (a:Region {id: r.id}), (b:Region {id: r.parent}) CREATE (a)-[:PART_OF {sources: [], evidence: []}]->(b)',
    regions.filter((r) => r.parent),
  );
  const agencies = Array.from({ length: AGENCIES }, (_, i) => ({ id: agencyId(i), name: `Bench Agency ${i}`, parent: i >= 50 ? agencyId(i % 50) : null }));
  await write(driver, "UNWIND $rows AS r CREATE (:Agency:Actor {id: r.id, name: r.name, aliases: ['BA' + r.id], aliasText: '', kind: 'regulator', level: 'national', sources: []})", agencies);
  await write(
    driver,
    'UNWIND $rows AS r MATCH (a:Agency {id: r.id}), (b:Agency {id: r.parent}) CREATE (a)-[:PART_OF {sources: [], evidence: []}]->(b)',
    agencies.filter((a) => a.parent),
  );
  const policies = Array.from({ length: POLICIES }, (_, i) => {
    const kind = pick(POLICY_KINDS);
    const year = 2010 + Math.floor(rand() * 16);
    const doc = pick(docs).id;
    // Agency 0 plays CDE: about 2% of all texts, like a busy national regulator.
    const issuers = new Set<string>([rand() < 0.02 ? agencyId(0) : agencyId(Math.floor(rand() * AGENCIES))]);
    if (rand() < 0.3) issuers.add(agencyId(Math.floor(rand() * AGENCIES)));
    const appliesTo = new Set<string>([pick(leaves).id]);
    if (rand() < 0.3) appliesTo.add(pick(regions).id);
    return {
      id: `policy:bench-${pad(i, 6)}`,
      kind,
      title: `Synthetic ${kind} number ${i} on cell therapy`,
      status: pick(['draft', 'trial', 'final', 'final']),
      year,
      month: 1 + Math.floor(rand() * 12),
      day: 1 + Math.floor(rand() * 28),
      doc,
      issuers: [...issuers],
      regions: [...appliesTo],
    };
  });
  for (const kind of POLICY_KINDS) {
    await write(
      driver,
      `UNWIND $rows AS r CREATE (:Policy:${kind} {id: r.id, title: r.title, name: r.title, aliases: [], aliasText: '', kind: toLower('${kind}'), ` +
        `status: r.status, issuedOn: date({year: toInteger(r.year), month: toInteger(r.month), day: toInteger(r.day)}), datePrecision: 'day', sources: [r.doc]})`,
      policies.filter((p) => p.kind === kind),
    );
  }
  await write(
    driver,
    'UNWIND $rows AS r MATCH (p:Policy {id: r.id}) UNWIND r.issuers AS aid MATCH (a:Agency {id: aid}) ' +
      "CREATE (a)-[:ISSUED {on: p.issuedOn, sources: [r.doc], evidence: ['Synthetic sentence stating that the agency issued it.']}]->(p)",
    policies,
  );
  await write(
    driver,
    'UNWIND $rows AS r MATCH (p:Policy {id: r.id}) UNWIND r.regions AS rid MATCH (g:Region {id: rid}) ' +
      "CREATE (p)-[:APPLIES_TO {sources: [r.doc], evidence: ['Synthetic sentence naming the region.']}]->(g)",
    policies,
  );
  await write(
    driver,
    "UNWIND $rows AS r MATCH (p:Policy {id: r.id}), (d:Document {id: r.doc}) CREATE (d)-[:MENTIONS {evidence: 'Synthetic sentence.'}]->(p)",
    policies,
  );
}

const HEADLINE = `{ policies(filter: { issuer: "${agencyId(0)}", kind: [Guideline], year: 2023 }, first: 50, orderBy: ISSUED_ON_ASC) {
  totalCount edges { node { id title issuedOn issuers { actor { id name } on } } } } }`;

const NESTED = `{ policies(filter: { region: "region:zone/bench-p3", regionScope: WITHIN, year: 2023 }, first: 20) {
  edges { node { id title appliesTo { region { name } }
    issuers { actor { name issued(first: 5) { on policy { title appliesTo { region { id name } } } } } } } } } }`;

interface Stats {
  p50: number;
  p99: number;
  rps: number;
}

/** Runs `fn` from `connections` concurrent loops for `seconds`; latency percentiles in ms. */
async function driveDirect(connections: number, seconds: number, fn: () => Promise<unknown>): Promise<Stats> {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
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
  return { p50: at(0.5), p99: at(0.99), rps: latencies.length / elapsed };
}

async function driveGraphql(url: string, query: string, connections: number, seconds: number): Promise<Stats> {
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    // The load generator in its own thread, so it does not share the server's event loop.
    workers: 1,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  if (r.non2xx || r.errors) throw new Error(`GraphQL bench had ${r.non2xx} non-2xx answers and ${r.errors} errors`);
  return { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const driver = await connect(config);
  const api = await startServer(driver, config, 0, '127.0.0.1');
  try {
    await ensureSchema(driver);
    console.log(`Building a synthetic graph of ${POLICIES} policies…`);
    const t0 = performance.now();
    await wipe(driver);
    await build(driver);
    console.log(`built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const url = api.url ?? '';
    const rows: string[] = [];
    for (const [name, query] of [['headline (CDE-like guidelines of 2023, all issuers)', HEADLINE], ['three-level nested', NESTED]] as const) {
      // The exact statement the API runs for this query, recorded through a driver proxy, to run it directly too.
      const captured: { cypher: string; params: Params }[] = [];
      const recorder = createYogaApp(recordingDriver(driver, (cypher, params) => captured.push({ cypher, params })), config);
      const res = await recorder.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const body = (await res.json()) as { errors?: unknown[]; data?: unknown };
      if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
      const st = captured[0];
      if (!st || captured.length !== 1) throw new Error(`${name}: expected one statement, the API ran ${captured.length}`);
      const reader = createReader(driver, { timeoutS: config.CYPHER_TIMEOUT_S });
      const size = JSON.stringify(body).length;
      for (const c of [1, 50]) {
        const direct = await driveDirect(c, SECONDS, () => reader.read(st.cypher, st.params));
        const gql = await driveGraphql(url, query, c, SECONDS);
        rows.push(
          `| ${name} | ${c} | ${gql.p50.toFixed(1)} / ${gql.p99.toFixed(1)} | ${gql.rps.toFixed(0)} | ` +
            `${direct.p50.toFixed(1)} / ${direct.p99.toFixed(1)} | ${direct.rps.toFixed(0)} | ${(gql.p50 / direct.p50).toFixed(2)}× | ${(direct.rps / gql.rps).toFixed(2)}× |`,
        );
        console.log(rows.at(-1));
      }
      console.log(`  (${name}: ${size} bytes of JSON per answer)`);
    }
    console.log('\n| query | connections | GraphQL p50 / p99 ms | GraphQL req/s | driver p50 / p99 ms | driver req/s | p50 ratio | throughput ratio |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const r of rows) console.log(r);
  } finally {
    await api.stop();
    if (!process.env.BENCH_KEEP) await wipe(driver);
    await driver.close();
  }
}

/** The driver, with every statement run inside a read transaction reported to `onRun`. */
function recordingDriver(driver: Driver, onRun: (cypher: string, params: Params) => void): Driver {
  const bind = <T extends object>(target: T, prop: string | symbol): unknown => {
    const v: unknown = Reflect.get(target, prop);
    return typeof v === 'function' ? v.bind(target) : v;
  };
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get: (t, prop) =>
        prop === 'run'
          ? (cypher: string, params: Params) => {
              onRun(cypher, params);
              return t.run(cypher, params);
            }
          : bind(t, prop),
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get: (s, prop) =>
        prop === 'executeRead'
          ? <T>(work: (tx: ManagedTransaction) => Promise<T>, cfg?: Parameters<Session['executeRead']>[1]) => s.executeRead((tx) => work(wrapTx(tx)), cfg)
          : bind(s, prop),
    });
  return new Proxy(driver, {
    get: (d, prop) => (prop === 'session' ? (cfg?: SessionConfig) => wrapSession(d.session(cfg)) : bind(d, prop)),
  });
}

await main();
