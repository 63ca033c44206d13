// The synthetic graph bench:api runs on: N policies, 500 agencies in a PART_OF tree, 551 regions in three levels,
// 1 000 documents, built with batched UNWIND. Every id has a `bench` prefix; only those are created and wiped.
import type { Driver } from 'neo4j-driver';
import { POLICY_KINDS } from '../graph/schema.ts';

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
export const agencyId = (i: number): string => `agency:bench/a${pad(i, 4)}`;
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

async function write(driver: Driver, cypher: string, rows: readonly unknown[]): Promise<void> {
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
      // A server-side transaction timeout may end one pass early: the batches done stay done, so go again.
      for (let pass = 1; ; pass++) {
        try {
          await session.run(`MATCH (n:${label}) WHERE n.id STARTS WITH $prefix CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`, { prefix });
          break;
        } catch (e) {
          if (pass >= 10 || !String((e as { code?: string }).code).includes('TransactionTimedOut')) throw e;
        }
      }
    }
  } finally {
    await session.close();
  }
}

export async function build(driver: Driver, count: number): Promise<void> {
  const regions = regionIds();
  const docs = Array.from({ length: DOCS }, (_, i) => ({ id: `doc:bench-${pad(i, 5)}`, title: `Synthetic policy digest ${i}`, day: 1 + (i % 28) }));
  const agencies = Array.from({ length: AGENCIES }, (_, i) => ({ id: agencyId(i), name: `Bench Agency ${i}`, parent: i >= 50 ? agencyId(i % 50) : null }));
  const policies = synthesizePolicies(count, docs, regions);
  await writeDocuments(driver, docs);
  await writeTree(driver, 'Region', regions, "CREATE (:Region {id: r.id, name: r.name, aliases: [], aliasText: '', kind: 'zone', sources: []})");
  await writeTree(
    driver,
    'Agency',
    agencies,
    "CREATE (:Agency:Actor {id: r.id, name: r.name, aliases: ['BA' + r.id], aliasText: 'BA' + r.id, kind: 'regulator', level: 'national', sources: []})",
  );
  await writePolicies(driver, policies);
}

interface SyntheticPolicy {
  id: string;
  kind: (typeof POLICY_KINDS)[number];
  title: string;
  status: string;
  year: number;
  month: number;
  day: number;
  doc: string;
  issuers: string[];
  regions: string[];
}

/** The policies, drawn from one seeded PRNG (same seed, same graph). */
function synthesizePolicies(count: number, docs: readonly { id: string }[], regions: readonly { id: string }[]): SyntheticPolicy[] {
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const leaves = regions.filter((r) => r.id.includes('d'));
  return Array.from({ length: count }, (_, i) => {
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
}

async function writeDocuments(driver: Driver, docs: readonly { id: string; title: string; day: number }[]): Promise<void> {
  await write(
    driver,
    "UNWIND $rows AS r CREATE (:Document {id: r.id, title: r.title, path: 'bench', language: 'en', publishedOn: date({year: 2024, month: 1, day: toInteger(r.day)}), loadedAt: datetime()})",
    docs,
  );
}

/** Nodes of one label (`create` makes one from row r), then their PART_OF edges to their parents. */
async function writeTree(driver: Driver, label: 'Region' | 'Agency', rows: readonly { id: string; parent: string | null }[], create: string): Promise<void> {
  await write(driver, `UNWIND $rows AS r ${create}`, rows);
  await write(
    driver,
    `UNWIND $rows AS r MATCH (a:${label} {id: r.id}), (b:${label} {id: r.parent}) CREATE (a)-[:PART_OF {sources: [], evidence: []}]->(b)`,
    rows.filter((r) => r.parent),
  );
}

/** Each kind's policies, then who issued them, where they apply and which document mentions them. */
async function writePolicies(driver: Driver, policies: readonly SyntheticPolicy[]): Promise<void> {
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

/** Policies of the synthetic graph already in the database (a kept graph of the right size is reused). */
export async function benchPolicies(driver: Driver): Promise<number> {
  const r = await driver.executeQuery("MATCH (p:Policy) WHERE p.id STARTS WITH 'policy:bench-' RETURN count(p) AS n");
  return Number(r.records[0]?.get('n') ?? 0);
}
