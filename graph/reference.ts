// Reference data: the gazetteer's regions, agencies and organisations with their hierarchy (PART_OF) and the
// territory each body governs (JURISDICTION), so "what applies to Shenzhen, or to Guangdong or China which
// contain it" is one query. Loaded in one transaction of UNWIND batches, and only when the gazetteer changed:
// a (:Meta {id: 'reference'}) node keeps the content hash of what was loaded. Bodies in time: a reorganised
// body keeps its validFrom/validTo (dates; '2013-03' is stored as 2013-03-01) and SUCCEEDED_BY its successor.
import { createHash } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { GazetteerEntry } from '../loaders/gazetteer/types.ts';
import type { EntityLabel } from '../loaders/types.ts';
import { labelOfId } from './rows.ts';
import { addCounters, zeroCounters, type Counters } from './write.ts';

/** Bump when the way entries become nodes changes, so stored reference data is rewritten. */
const REFERENCE_FORMAT = 2;
const CHUNK = 1000;

export interface ReferenceResult {
  /** False when the stored hash matched and nothing was written. */
  written: boolean;
  hash: string;
  entries: number;
  relationships: number;
  /** Reference nodes no longer in the gazetteer: demoted, and deleted when no document names them. */
  retired: number;
  counters: Counters;
  ms: number;
}

/** The gazetteer's dates of a body (YYYY, YYYY-MM or YYYY-MM-DD) and its successor, where it gives them. */
type Dated = GazetteerEntry & { validFrom?: string; validTo?: string; succeededBy?: string };

interface ReferenceRow {
  id: string;
  name: string;
  nameZh: string | null;
  aliases: string[];
  aliasText: string | null;
  kind: string | null;
  level: string | null;
  code: string | null;
  validFrom: string | null;
  validTo: string | null;
}

interface LinkRow {
  from: string;
  to: string;
  /** SUCCEEDED_BY: when the successor took over. */
  on?: string | null;
}

/** The labels reference nodes can carry (held.ts reads their ids by these). */
export const REFERENCE_LABELS: readonly GazetteerEntry['label'][] = ['Region', 'Agency', 'Organization'];
const LINK_TYPES = ['PART_OF', 'JURISDICTION', 'SUCCEEDED_BY'] as const;

export function referenceHash(entries: readonly GazetteerEntry[]): string {
  return createHash('sha256').update(JSON.stringify({ format: REFERENCE_FORMAT, entries })).digest('hex');
}

function nodeCypher(label: GazetteerEntry['label']): string {
  if (!REFERENCE_LABELS.includes(label)) throw new Error(`not a reference label: ${label}`);
  const actor = label === 'Region' ? '' : 'n:Actor, ';
  return `UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
SET ${actor}n.reference = true, n.name = row.name, n.nameZh = row.nameZh, n.aliases = row.aliases, n.aliasText = row.aliasText,
    n.kind = row.kind, n.level = row.level, n.code = row.code,
    n.validFrom = date(row.validFrom), n.validTo = date(row.validTo)`;
}

function linkCypher(type: (typeof LINK_TYPES)[number], from: EntityLabel, to: EntityLabel): string {
  const known = (l: EntityLabel) => (REFERENCE_LABELS as readonly EntityLabel[]).includes(l);
  if (!LINK_TYPES.includes(type) || !known(from) || !known(to)) {
    throw new Error(`bad reference link ${type} ${from} → ${to}`);
  }
  return `UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
MERGE (a)-[r:${type}]->(b)
ON CREATE SET r.sources = [], r.evidence = []
SET r.reference = true${type === 'SUCCEEDED_BY' ? ', r.on = date(row.on)' : ''}
RETURN count(*) AS linked`;
}

const chunks = <T>(list: T[]): T[][] => Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));

async function run(tx: ManagedTransaction, acc: Counters, query: string, params: Record<string, unknown>) {
  const result = await tx.run(query, params);
  const u = result.summary.counters.updates();
  addCounters(acc, {
    ...zeroCounters(),
    nodesCreated: u.nodesCreated,
    nodesDeleted: u.nodesDeleted,
    relationshipsCreated: u.relationshipsCreated,
    relationshipsDeleted: u.relationshipsDeleted,
    propertiesSet: u.propertiesSet,
    labelsAdded: u.labelsAdded,
  });
  return result;
}

/** The gazetteer as rows to write: nodes per label, links per `TYPE|FromLabel|ToLabel`, and every link's key. */
interface ReferenceRows {
  byLabel: Map<GazetteerEntry['label'], ReferenceRow[]>;
  links: Map<string, LinkRow[]>;
  linkKeys: string[];
}

function nodeRow(e: GazetteerEntry): ReferenceRow {
  const aliases = [...new Set(e.aliases.filter((a) => a && a !== e.name && a !== e.nameZh))];
  return {
    id: e.id,
    name: e.name,
    nameZh: e.nameZh ?? null,
    aliases,
    aliasText: aliases.length ? aliases.join(' | ') : null,
    kind: e.kind || null,
    level: e.level ?? null,
    code: e.code ?? null,
    validFrom: (e as Dated).validFrom ?? null,
    validTo: (e as Dated).validTo ?? null,
  };
}

function referenceRows(entries: readonly GazetteerEntry[]): ReferenceRows {
  const byLabel = new Map<GazetteerEntry['label'], ReferenceRow[]>();
  const labelOf = new Map<string, EntityLabel>();
  for (const e of entries) {
    if (!REFERENCE_LABELS.includes(e.label)) throw new Error(`gazetteer entry ${e.id} has an unknown label "${String(e.label)}"`);
    labelOf.set(e.id, e.label);
    push(byLabel, e.label, nodeRow(e));
  }
  const links = new Map<string, LinkRow[]>();
  const linkKeys: string[] = [];
  const validFrom = new Map(entries.map((e) => [e.id, (e as Dated).validFrom]));
  for (const e of entries) {
    const next = (e as Dated).succeededBy;
    for (const [type, to] of [
      ['PART_OF', e.partOf],
      ['JURISDICTION', e.jurisdiction],
      ['SUCCEEDED_BY', next],
    ] as const) {
      if (!to) continue;
      const toLabel = labelOf.get(to) ?? labelOfId(to);
      if (!toLabel) continue;
      // The handover: the day the old body ended, else the day its successor began.
      push(links, `${type}|${e.label}|${toLabel}`, type === 'SUCCEEDED_BY' ? { from: e.id, to, on: (e as Dated).validTo ?? validFrom.get(to) ?? null } : { from: e.id, to });
      linkKeys.push(`${type}|${e.id}|${to}`);
    }
  }
  return { byLabel, links, linkKeys };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Nodes and links upserted in chunks; returns how many links the gazetteer's entries made. */
async function upsertEntries(tx: ManagedTransaction, acc: Counters, rows: ReferenceRows): Promise<number> {
  let relationships = 0;
  for (const [label, list] of rows.byLabel) for (const chunk of chunks(list)) await run(tx, acc, nodeCypher(label), { rows: chunk });
  for (const [key, list] of rows.links) {
    const [type, from, to] = key.split('|') as [(typeof LINK_TYPES)[number], EntityLabel, EntityLabel];
    for (const chunk of chunks(list)) {
      const r = await run(tx, acc, linkCypher(type, from, to), { rows: chunk });
      relationships += Number(r.records[0]?.get('linked') ?? 0);
    }
  }
  return relationships;
}

/** What an older gazetteer had and this one dropped stops being reference data (deleted unless a document names
 *  it); returns how many nodes were retired. */
async function retireDropped(tx: ManagedTransaction, acc: Counters, ids: string[], linkKeys: string[]): Promise<number> {
  await run(
    tx,
    acc,
    `MATCH (a)-[r:PART_OF|JURISDICTION|SUCCEEDED_BY]->(b) WHERE r.reference = true AND NOT (type(r) + '|' + a.id + '|' + b.id) IN $keys
     REMOVE r.reference
     WITH r WHERE size(coalesce(r.sources, [])) = 0 DELETE r RETURN count(*) AS n`,
    { keys: linkKeys },
  );
  let retired = 0;
  for (const label of REFERENCE_LABELS) {
    const r = await run(
      tx,
      acc,
      `MATCH (n:${label}) WHERE n.reference = true AND NOT n.id IN $ids
       REMOVE n.reference
       WITH n, NOT EXISTS { (n)<-[:MENTIONS]-() } AS orphan
       CALL (n, orphan) { WITH n WHERE orphan DETACH DELETE n }
       RETURN count(*) AS n`,
      { ids },
    );
    retired += Number(r.records[0]?.get('n') ?? 0);
  }
  return retired;
}

/** Loads the gazetteer as reference data unless the stored hash says it is already there. */
export async function ensureReferenceData(driver: Driver, opts: { entries?: readonly GazetteerEntry[]; force?: boolean; database?: string } = {}): Promise<ReferenceResult> {
  const started = Date.now();
  const entries = opts.entries ?? (await (await import('../loaders/gazetteer/index.ts')).gazetteer()).entries;
  const hash = referenceHash(entries);
  const base = { hash, entries: entries.length, relationships: 0, retired: 0, counters: zeroCounters() };
  const stored = await driver.executeQuery("MATCH (m:Meta {id: 'reference'}) RETURN m.hash AS hash", {}, { database: opts.database });
  if (!opts.force && stored.records[0]?.get('hash') === hash) return { ...base, written: false, ms: Date.now() - started };

  const rows = referenceRows(entries);
  const session = driver.session({ database: opts.database });
  try {
    return await session.executeWrite(async (tx) => {
      const acc = zeroCounters();
      const relationships = await upsertEntries(tx, acc, rows);
      const retired = await retireDropped(tx, acc, entries.map((e) => e.id), rows.linkKeys);
      await run(tx, acc, "MERGE (m:Meta {id: 'reference'}) SET m.hash = $hash, m.entries = $n, m.loadedAt = datetime()", { hash, n: entries.length });
      return { ...base, written: true, relationships, retired, counters: acc, ms: Date.now() - started };
    });
  } finally {
    await session.close();
  }
}
