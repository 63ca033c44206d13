// The Cypher that writes documents' facts and takes a document's support away again.
// Every write is a batched UNWIND … MERGE inside the caller's transaction: one round trip per label or
// relationship type per batch, never one per fact. Labels and types come from fixed whitelists (rows.ts).
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { EntityLabel, RelationType } from '../loaders/types.ts';
import { ENTITY_LABELS, RELATION_TYPES, type WriteRows } from './rows.ts';
import { POLICY_KINDS } from './schema.ts';

export interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  /** Entity nodes a document wrote to that already existed. */
  nodesUpdated: number;
  /** Fact relationships a document wrote to that already existed. */
  relationshipsUpdated: number;
  /** Relations whose ends were not in the graph (an id the document did not list and no reference data holds). */
  relationsUnmatched: number;
}

export function zeroCounters(): Counters {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    labelsAdded: 0,
    nodesUpdated: 0,
    relationshipsUpdated: 0,
    relationsUnmatched: 0,
  };
}

const COUNTER_KEYS = Object.keys(zeroCounters()) as (keyof Counters)[];

export function addCounters(into: Counters, more: Counters): void {
  for (const k of COUNTER_KEYS) into[k] += more[k];
}

function count(acc: Counters, result: QueryResult): void {
  const u = result.summary.counters.updates();
  acc.nodesCreated += u.nodesCreated;
  acc.nodesDeleted += u.nodesDeleted;
  acc.relationshipsCreated += u.relationshipsCreated;
  acc.relationshipsDeleted += u.relationshipsDeleted;
  acc.propertiesSet += u.propertiesSet;
  acc.labelsAdded += u.labelsAdded;
}

const ACTOR_LABELS: EntityLabel[] = ['Agency', 'Organization', 'Person'];
const TITLED: EntityLabel[] = ['Policy', 'Proposal', 'License'];

const RANK = (p: string) => `CASE ${p} WHEN 'day' THEN 3 WHEN 'month' THEN 2 WHEN 'year' THEN 1 ELSE 0 END`;
const JOIN_ALIASES = "reduce(s = '', a IN aliases | CASE WHEN s = '' THEN a ELSE s + ' | ' + a END)";

/** MERGE the entities of one label (and, for policies, one kind label) and the documents' MENTIONS of them. */
export function entityCypher(key: string): string {
  const [label, kindLabel] = key.split(':') as [EntityLabel, string | undefined];
  if (!ENTITY_LABELS.includes(label)) throw new Error(`not an entity label: ${label}`);
  if (kindLabel !== undefined && (label !== 'Policy' || !(POLICY_KINDS as readonly string[]).includes(kindLabel))) {
    throw new Error(`not a policy kind label: ${kindLabel}`);
  }
  const extra = ACTOR_LABELS.includes(label) ? 'n:Actor, ' : kindLabel ? `n:${kindLabel}, ` : '';
  const dated = label === 'Proposal' ? 'madeOn' : TITLED.includes(label) ? 'issuedOn' : null;
  const onCreate = [
    `${extra}n.sources = [], n.aliases = [], n.name = row.name`,
    ...(TITLED.includes(label) ? ['n.title = row.name', 'n.titleZh = row.nameZh'] : ['n.nameZh = row.nameZh']),
  ];
  // Filled from later documents only where still empty: the first document to name a thing gives its name.
  const fill = [
    ...(TITLED.includes(label) ? ['n.titleZh = coalesce(n.titleZh, row.nameZh)'] : ['n.nameZh = coalesce(n.nameZh, row.nameZh)']),
    'n.kind = coalesce(n.kind, row.kind)',
    ...(label === 'Agency' ? ['n.level = coalesce(n.level, row.level)'] : []),
    ...(label === 'Region' ? ['n.code = coalesce(n.code, row.code)'] : []),
    ...(label === 'Policy' ? ['n.status = coalesce(n.status, row.status)', 'n.docNumber = coalesce(n.docNumber, row.docNumber)'] : []),
    ...(label === 'Proposal' ? ['n.venue = coalesce(n.venue, row.venue)'] : []),
    // The most precise date any document gives wins.
    ...(dated
      ? [
          `n.${dated} = CASE WHEN row.precisionRank > had THEN date(row.date) ELSE n.${dated} END`,
          'n.datePrecision = CASE WHEN row.precisionRank > had THEN row.precision ELSE n.datePrecision END',
        ]
      : []),
  ];
  return `UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MERGE (n:${label} {id: row.id})
ON CREATE SET ${onCreate.join(', ')}
WITH d, n, row, coalesce(n.reference, false) AS ref, ${RANK('n.datePrecision')} AS had
FOREACH (_ IN CASE WHEN ref THEN [] ELSE [1] END | SET ${fill.join(', ')})
SET n.sources = CASE WHEN row.doc IN coalesce(n.sources, []) THEN n.sources ELSE coalesce(n.sources, []) + row.doc END
WITH d, n, row, ref, [a IN row.names WHERE NOT ref AND a <> n.name AND a <> coalesce(n.nameZh, n.titleZh, '') AND NOT a IN coalesce(n.aliases, [])] AS fresh
WITH d, n, row, ref, fresh, coalesce(n.aliases, []) + fresh AS aliases
FOREACH (_ IN CASE WHEN NOT ref AND (size(fresh) > 0 OR n.aliasText IS NULL) THEN [1] ELSE [] END |
  SET n.aliases = aliases, n.aliasText = ${JOIN_ALIASES})
MERGE (d)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence
RETURN count(*) AS merged`;
}

/** An id a relation names that the document did not list: the node must exist (reference data or another document). */
export function mentionCypher(label: EntityLabel): string {
  if (!ENTITY_LABELS.includes(label)) throw new Error(`not an entity label: ${label}`);
  return `UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (n:${label} {id: row.id})
SET n.sources = CASE WHEN row.doc IN coalesce(n.sources, []) THEN n.sources ELSE coalesce(n.sources, []) + row.doc END
MERGE (d)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence
RETURN count(*) AS merged`;
}

export function relationCypher(key: string): string {
  const [type, from, to] = key.split('|') as [RelationType, EntityLabel, EntityLabel];
  if (!RELATION_TYPES.includes(type) || !ENTITY_LABELS.includes(from) || !ENTITY_LABELS.includes(to)) throw new Error(`bad relation key ${key}`);
  const extra =
    type === 'ISSUED' || type === 'PROPOSED'
      ? '\nSET r.on = coalesce(r.on, date(row.on))'
      : type === 'MEMBER_OF'
        ? '\nSET r.role = coalesce(r.role, row.role)'
        : '';
  return `UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
MERGE (a)-[r:${type}]->(b)
ON CREATE SET r.sources = [], r.evidence = []
WITH r, row, row.doc IN coalesce(r.sources, []) AS had
SET r.evidence = CASE WHEN had THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END,
    r.sources = CASE WHEN had THEN r.sources ELSE coalesce(r.sources, []) + row.doc END${extra}
RETURN count(*) AS merged`;
}

const DOCUMENTS_CYPHER = `UNWIND $docs AS row
MERGE (d:Document {id: row.id})
SET d.path = row.path, d.title = row.title, d.publishedOn = date(row.publishedOn), d.language = row.language`;

// Last: a Document with its sha256 says "these facts are in", so a killed load redoes exactly what did not commit.
const SEAL_CYPHER = `UNWIND $docs AS row
MATCH (d:Document {id: row.id})
SET d.sha256 = row.sha256, d.loadedAt = datetime()`;

async function merged(tx: ManagedTransaction, acc: Counters, query: string, params: Record<string, unknown>): Promise<number> {
  const result = await tx.run(query, params);
  count(acc, result);
  const n = result.records[0]?.get('merged');
  return typeof n === 'number' ? n : 0;
}

/** Writes the rows' documents and facts. Documents in `replacing` lose their old support first (same transaction). */
export async function writeRows(tx: ManagedTransaction, rows: WriteRows, replacing: string[]): Promise<Counters> {
  const acc = zeroCounters();
  for (const doc of replacing) await removeSupport(tx, doc, acc);
  const docs = rows.documents;
  count(acc, await tx.run(DOCUMENTS_CYPHER, { docs }));
  for (const [key, list] of rows.entities) {
    const createdBefore = acc.nodesCreated;
    const n = await merged(tx, acc, entityCypher(key), { rows: list });
    acc.nodesUpdated += n - (acc.nodesCreated - createdBefore);
  }
  for (const [label, list] of rows.mentions) {
    const n = await merged(tx, acc, mentionCypher(label), { rows: list });
    acc.nodesUpdated += n;
  }
  for (const [key, list] of rows.relations) {
    const createdBefore = acc.relationshipsCreated;
    const n = await merged(tx, acc, relationCypher(key), { rows: list });
    acc.relationshipsUpdated += n - (acc.relationshipsCreated - createdBefore);
    acc.relationsUnmatched += list.length - n;
  }
  count(acc, await tx.run(SEAL_CYPHER, { docs }));
  return acc;
}

// A fact relationship a document supports joins two nodes that document MENTIONS (writeRows makes sure),
// so its support is found from its mentions, pair by pair, without scanning the graph.
// The collect/UNWIND shape makes the planner bind both ends first and use Expand(Into), which walks the end
// with fewer relationships: a region every document names must not be scanned once per document.
const REMOVE_REL_SUPPORT = `MATCH (d:Document {id: $doc})-[:MENTIONS]->(a)
WITH d, collect(a) AS ns
MATCH (d)-[:MENTIONS]->(b)
UNWIND ns AS a
WITH a, b
MATCH (a)-[r:${RELATION_TYPES.join('|')}]->(b)
WHERE $doc IN coalesce(r.sources, [])
WITH r, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> $doc] AS keep
SET r.evidence = [i IN keep | coalesce(r.evidence[i], '')], r.sources = [i IN keep | r.sources[i]]
WITH r WHERE size(r.sources) = 0 AND NOT coalesce(r.reference, false)
DELETE r`;

const REMOVE_NODE_SUPPORT = `MATCH (d:Document {id: $doc})-[m:MENTIONS]->(n)
DELETE m
SET n.sources = [s IN coalesce(n.sources, []) WHERE s <> $doc]
WITH n WHERE size(n.sources) = 0 AND NOT coalesce(n.reference, false)
  AND NOT EXISTS { MATCH (n)-[r]-() WHERE type(r) <> 'MENTIONS' AND (size(coalesce(r.sources, [])) > 0 OR coalesce(r.reference, false)) }
DETACH DELETE n`;

/** Takes one document's support away from every node and relationship; deletes what nothing supports any more. */
export async function removeSupport(tx: ManagedTransaction, doc: string, acc: Counters): Promise<void> {
  count(acc, await tx.run(REMOVE_REL_SUPPORT, { doc }));
  count(acc, await tx.run(REMOVE_NODE_SUPPORT, { doc }));
}

/** Removes a document entirely: its support, then its node. Returns false when the graph has no such document. */
export async function retractDocument(tx: ManagedTransaction, doc: string, acc: Counters): Promise<boolean> {
  const found = await tx.run('MATCH (d:Document {id: $doc}) RETURN d.id AS id', { doc });
  if (found.records.length === 0) return false;
  await removeSupport(tx, doc, acc);
  count(acc, await tx.run('MATCH (d:Document {id: $doc}) DETACH DELETE d', { doc }));
  return true;
}
