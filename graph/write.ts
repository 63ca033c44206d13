// The Cypher that writes documents' facts and takes a document's support away again.
// Every write is a batched UNWIND … MERGE inside the caller's transaction: one round trip per label or
// relationship type per batch, never one per fact. Labels and types come from fixed whitelists (rows.ts).
import type { ManagedTransaction, QueryResult, Result } from 'neo4j-driver';
import type { EntityLabel, RelationType } from '../loaders/types.ts';
import { aggregate, type BatchRows } from './aggregate.ts';
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
// Each document's MENTIONS gets what that document said (only the values it gives: display and retract read
// these); a node's MENTIONS are also the one record of which documents state it (no list on the node: an agency
// thousands of documents name would have that list rewritten by every batch). CREATEd, not MERGEd: a document being
// written holds no MENTIONS yet (a changed one lost them in removeSupport) and the batch holds one mention per
// document and node (aggregate.ts).
// `existed`: the ids of nodes believed new that existed already (entityCypher).
const MENTIONS_OF = (out: string) => `UNWIND row.mentions AS x
MATCH (d:Document {id: x.doc})
CREATE (d)-[m:MENTIONS]->(n)
SET m = x.props
RETURN count(*) AS ${out}, collect(DISTINCT [n.id, elementId(n)]) AS ids, collect(DISTINCT CASE WHEN existed THEN n.id END) AS existed`;

/** MERGE the entities of one label: one row per node of the batch (aggregate.ts); a new policy takes the kind label
 *  of its first document (`row.kindLabel`, checked against POLICY_KINDS before it is sent) unless told another. */
function entityCypher(label: EntityLabel): string {
  const extra = ACTOR_LABELS.includes(label) ? 'n:Actor, ' : label === 'Policy' ? 'n:$(coalesce(row.createdKind, row.kindLabel)), ' : '';
  // What the node shows (name, aliases, dates, kind label, …) is settled by identity/display.ts from what all its
  // documents said: a node this write creates takes it here (`row.created`, with its tally: then none of its
  // mentions is older than the batch); a node that existed already is settled after the write.
  // A node believed new (`row.created`) that is found before its MERGE existed already: whatever tally it holds,
  // the process that believed it new knew none, so it is reported and settled after the write.
  return `UNWIND $rows AS row
WITH row, CASE WHEN row.created IS NULL THEN false ELSE EXISTS { MATCH (:${label} {id: row.id}) } END AS existed
MERGE (n:${label} {id: row.id})
ON CREATE SET ${extra}n.name = row.name, n += coalesce(row.created, {})
WITH n, row, existed
${MENTIONS_OF('merged')}`;
}

/** Ids relations name that no document of the batch listed: the node must exist (reference data or another document). */
function mentionCypher(label: EntityLabel): string {
  return `UNWIND $rows AS row
MATCH (n:${label} {id: row.id})
WITH n, row, false AS existed
${MENTIONS_OF('merged')}`;
}

const DOCUMENTS_CYPHER = `UNWIND $docs AS row
MERGE (d:Document {id: row.id})
SET d.path = row.path, d.title = row.title, d.publishedOn = date(row.publishedOn), d.language = row.language`;

/** The value most documents give in a list parallel to `sources` (`''` where one gives none), the smallest on a
 *  tie, null when none gives one: the date of an ISSUED/PROPOSED and the post of a MEMBER_OF follow their
 *  documents by majority, so no load order, move or retract decides them. Lists are one entry per document
 *  stating the relationship, so the quadratic count stays small. */
function majorityOf(list: string): string {
  const n = (v: string) => `size([y IN ${list} WHERE y = ${v}])`;
  return `reduce(top = null, x IN ${list} | CASE WHEN x = '' THEN top WHEN top IS NULL OR ${n('x')} > ${n('top')} OR (${n('x')} = ${n('top')} AND x < top) THEN x ELSE top END)`;
}

/** Sets `on` / `role` of `r` from its parallel lists (after they changed). */
export const SETTLE_VALUES = (r: string) =>
  `${r}.on = CASE WHEN ${r}.dates IS NULL THEN ${r}.on ELSE date(${majorityOf(`${r}.dates`)}) END,
    ${r}.role = CASE WHEN ${r}.roles IS NULL THEN ${r}.role ELSE ${majorityOf(`${r}.roles`)} END`;

/** The batch's relationships in one statement whatever their types: ends by the element ids the node statements returned,
 *  type from the whitelist (RELATION_TYPES), one row per relationship with the batch's documents. `on` and `role` are
 *  per document too (lists parallel to sources, `dated` / `roled` rows), so a retract can recompute them; so is an
 *  APPLIES_TO's basis (`bases`: what the export leaves out, as the facts JSON does, loaders/facts-json.ts). The
 *  Documents are sealed after it (SEAL_CYPHER) — last: a Document with its sha256 says "these facts are in", so a killed load redoes exactly
 *  what did not commit. `supports` lists the relationships the document states (type, from label, to label, from
 *  id, to id): a retract finds them by id, at a cost that follows what the document says, not how many documents
 *  name its nodes. */
// Ends, documents and sentences are sent once per statement ($nodes, $docs, $texts) and named by position: an
// agency's element id, a document's id and a sentence stating two relationships recur across the rows. (A position
// arrives as a float: JavaScript numbers are sent as such.)
const RELATIONS_CYPHER = `UNWIND $rels AS row
MATCH (a) WHERE elementId(a) = $nodes[toInteger(row.a)]
MATCH (b) WHERE elementId(b) = $nodes[toInteger(row.b)]
MERGE (a)-[r:$(row.type)]->(b)
WITH r, row, coalesce(r.sources, []) AS src
WITH r, row, src, [x IN row.docs WHERE NOT $docs[toInteger(x.doc)] IN src] AS add
SET r.evidence = coalesce(r.evidence, []) + [x IN add | $texts[toInteger(x.evidence)]],
    r.sources = coalesce(r.sources, []) + [x IN add | $docs[toInteger(x.doc)]],
    r.dates = CASE WHEN row.dated THEN coalesce(r.dates, []) + [x IN add | coalesce(x.on, '')] ELSE r.dates END,
    r.roles = CASE WHEN row.roled THEN coalesce(r.roles, []) + [x IN add | coalesce(x.role, '')] ELSE r.roles END,
    r.bases = CASE WHEN row.based THEN coalesce(r.bases, [s IN src | '']) + [x IN add | coalesce(x.basis, '')] ELSE r.bases END
WITH r, row
SET r.on = CASE WHEN row.dated THEN date(${majorityOf('r.dates')}) ELSE r.on END,
    r.role = CASE WHEN row.roled THEN ${majorityOf('r.roles')} ELSE r.role END
RETURN sum(size(row.docs)) AS merged`;

const SEAL_CYPHER = `UNWIND $docs AS row
MATCH (d:Document {id: row.id})
SET d.sha256 = row.sha256, d.extractedWith = row.extractedWith, d.loadedAt = datetime(), d.supports = row.supports, d += row.stored`;

/** Separates the parts of a `supports` entry (ids may hold any printable character). */
const SEP = '\u001f';

/** Each document's relationships, as SEAL_CYPHER stores them. */
function supportsOf(rows: WriteRows): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, list] of rows.relations) {
    for (const r of list) {
      const mine = out.get(r.doc) ?? [];
      mine.push([...key.split('|'), r.from, r.to].join(SEP));
      out.set(r.doc, mine);
    }
  }
  // Sorted: the same document stores the same list whichever batch it came in.
  for (const list of out.values()) list.sort();
  return out;
}

/** A statement's table of repeated strings: each string once, rows naming it by position. */
class Positions {
  readonly list: string[] = [];
  private at = new Map<string, number>();
  of(s: string): number {
    let i = this.at.get(s);
    if (i === undefined) {
      i = this.list.push(s) - 1;
      this.at.set(s, i);
    }
    return i;
  }
}

/** One document's support of a relationship as RELATIONS_CYPHER reads it: positions in the tables, and the date or
 *  post only where it gives one (a key left out reads as null). */
function supportRow(x: { doc: string; evidence: string; on: string | null; role: string | null; basis: string | null }, t: { docs: Positions; texts: Positions }): Record<string, unknown> {
  const row: Record<string, unknown> = { doc: t.docs.of(x.doc), evidence: t.texts.of(x.evidence) };
  if (x.on !== null) row.on = x.on;
  if (x.role !== null) row.role = x.role;
  if (x.basis) row.basis = x.basis;
  return row;
}

/** Takes one node or relationship statement's result: counters, the element ids and believed-new nodes it returns,
 *  and how many rows it merged. */
function merged(acc: Counters, result: QueryResult, eids: Map<string, string>, existed?: string[]): number {
  count(acc, result);
  const rec = result.records[0];
  if (rec?.has('ids')) for (const [id, eid] of rec.get('ids') as [string, string][]) eids.set(id, eid);
  if (rec?.has('existed')) existed?.push(...(rec.get('existed') as string[]));
  const n = rec?.get('merged');
  return typeof n === 'number' ? n : Number(n ?? 0);
}

/** A node the write creates (identity knows no tally of it, so believes it new): what it shows, set ON CREATE
 *  (identity's display with its tally), and the kind label of a new policy if not its first document's. */
export interface NewNode {
  props: Record<string, unknown>;
  kindLabel: string | null;
}

/** What a write did: its counters, and which believed-new nodes existed already (settled after the write like any
 *  other: display.ts reads their tallies). */
interface Written {
  counters: Counters;
  existed: ReadonlySet<string>;
}

/** A row's properties on creation; a kind label other than the policy's first document's, checked like it. */
function createdRow(created: ReadonlyMap<string, NewNode>, id: string): { created: Record<string, unknown> | null; createdKind: string | null } {
  const c = created.get(id);
  if (c?.kindLabel && !(POLICY_KINDS as readonly string[]).includes(c.kindLabel)) throw new Error(`not a policy kind label: ${c.kindLabel}`);
  return { created: c ? c.props : null, createdKind: c?.kindLabel ?? null };
}

/** What identity adds to a write: nodes it believes new (`created`), and per Document what it stores beside its
 *  facts (`stored`: properties set with the seal, in the statement the write runs anyway). */
export interface WriteExtras {
  created?: ReadonlyMap<string, NewNode>;
  stored?: ReadonlyMap<string, Record<string, unknown>>;
  /** Called once the node statements are all sent: Neo4j has seconds of work queued, the main thread none. */
  queued?: () => void;
  /** The rows already folded (aggregate.ts), when the caller folded them ahead (identity/plan.ts Written). */
  folded?: BatchRows;
}

/** Writes the rows' documents and facts. Documents in `replacing` lose their old support first (same transaction).
 *  One statement per label for the nodes (every policy kind in one), one for all relationships. */
export async function writeRows(tx: ManagedTransaction, rows: WriteRows, replacing: string[], extras: WriteExtras = {}): Promise<Written> {
  const { created = new Map(), stored = new Map() } = extras;
  const acc = zeroCounters();
  if (replacing.length) await removeSupport(tx, replacing, acc);
  const docs = rows.documents;
  const batch = extras.folded ?? aggregate(rows);
  // The Documents and every label's nodes and mentions are sent at once, not each after the one before answers: they
  // need nothing from each other's results (the server runs them in order, in this transaction), so Neo4j has
  // them all queued while this thread packs the next and, once queued, judges the next batch (identity/apply.ts).
  const sent: Result[] = [tx.run(DOCUMENTS_CYPHER, { docs })];
  const labels: EntityLabel[] = [];
  for (const [label, list] of nodeRows(batch, created)) {
    labels.push(label);
    sent.push(tx.run(entityCypher(label), { rows: list }));
  }
  for (const [label, list] of batch.mentions) {
    if (!ENTITY_LABELS.includes(label)) throw new Error(`not an entity label: ${label}`);
    sent.push(tx.run(mentionCypher(label), { rows: list.map((r) => ({ id: r.id, mentions: r.mentions })) }));
  }
  extras.queued?.();
  const [documents, ...results] = await Promise.all(sent);
  count(acc, documents!);
  // Relation ends are the batch's entities or mentions: their statements give the element ids (an end that could not
  // be matched has none, and its relations are counted unmatched).
  const eids = new Map<string, string>();
  const existed: string[] = [];
  // Counted per document row, as a document-by-document write would: what existed before is "updated".
  let mentioned = 0;
  for (const [i, result] of results.entries()) {
    const createdBefore = acc.nodesCreated;
    mentioned += merged(acc, result, eids, i < labels.length ? existed : undefined);
    if (i < labels.length) acc.nodesUpdated -= acc.nodesCreated - createdBefore;
  }
  acc.nodesUpdated += mentioned;
  const { rels, table, stated } = relationRows(batch, eids);
  const supports = supportsOf(rows);
  // The seal needs nothing from the relationships' result: sent with them.
  const relations = rels.length ? tx.run(RELATIONS_CYPHER, { rels, nodes: table.nodes.list, docs: table.docs.list, texts: table.texts.list }) : null;
  const seal = tx.run(SEAL_CYPHER, { docs: docs.map((d) => ({ ...d, supports: supports.get(d.id) ?? [], stored: stored.get(d.id) ?? {} })) });
  const [relResult, sealResult] = await Promise.all([relations, seal]);
  let written = 0;
  if (relResult) {
    const createdBefore = acc.relationshipsCreated;
    written = merged(acc, relResult, eids);
    acc.relationshipsUpdated += written - (acc.relationshipsCreated - createdBefore);
  }
  acc.relationsUnmatched += stated - written;
  count(acc, sealResult);
  return { counters: acc, existed: new Set(existed) };
}

/** Each label's node rows as entityCypher reads them (every policy kind under Policy), labels checked. */
function nodeRows(batch: BatchRows, created: ReadonlyMap<string, NewNode>): Map<EntityLabel, unknown[]> {
  const byLabel = new Map<EntityLabel, unknown[]>();
  for (const [key, list] of batch.entities) {
    const [label, kindLabel] = key.split(':') as [EntityLabel, string | undefined];
    if (!ENTITY_LABELS.includes(label)) throw new Error(`not an entity label: ${label}`);
    if (kindLabel !== undefined && (label !== 'Policy' || !(POLICY_KINDS as readonly string[]).includes(kindLabel))) {
      throw new Error(`not a policy kind label: ${kindLabel}`);
    }
    // Only what entityCypher reads: the fold's other fields (names, docs, dates…) would be sent for nothing.
    const into = byLabel.get(label) ?? byLabel.set(label, []).get(label)!;
    for (const r of list) into.push({ id: r.id, name: r.name, mentions: r.mentions, kindLabel: kindLabel ?? null, ...createdRow(created, r.id) });
  }
  return byLabel;
}

/** The relationship rows RELATIONS_CYPHER reads, ends by element id (an end without one is left out), with the
 *  statement's tables and how many document rows state a relationship. */
function relationRows(batch: BatchRows, eids: ReadonlyMap<string, string>): { rels: Record<string, unknown>[]; table: { nodes: Positions; docs: Positions; texts: Positions }; stated: number } {
  const rels: Record<string, unknown>[] = [];
  const table = { nodes: new Positions(), docs: new Positions(), texts: new Positions() };
  let stated = 0;
  for (const [key, list] of batch.relations) {
    const [type, from, to] = key.split('|') as [RelationType, EntityLabel, EntityLabel];
    if (!RELATION_TYPES.includes(type) || !ENTITY_LABELS.includes(from) || !ENTITY_LABELS.includes(to)) throw new Error(`bad relation key ${key}`);
    for (const r of list) {
      stated += r.docs.length;
      const a = eids.get(r.from);
      const b = eids.get(r.to);
      if (a && b) rels.push({ type, a: table.nodes.of(a), b: table.nodes.of(b), docs: r.docs.map((x) => supportRow(x, table)), dated: type === 'ISSUED' || type === 'PROPOSED', roled: type === 'MEMBER_OF', based: type === 'APPLIES_TO' });
    }
  }
  return { rels, table, stated };
}

// A fact relationship a document supports joins two nodes that document MENTIONS (writeRows makes sure),
// so its support is found from its mentions, pair by pair, without scanning the graph.
// The collect/UNWIND shape makes the planner bind both ends first and use Expand(Into), which walks the end
// with fewer relationships. Only for Documents written before `supports` was stored (SEAL_CYPHER).
const PAIRS_OF = `MATCH (d:Document {id: $doc})-[:MENTIONS]->(a)
WITH d, collect(a) AS ns
MATCH (d)-[:MENTIONS]->(b)
UNWIND ns AS a
WITH a, b
MATCH (a)-[r:${RELATION_TYPES.join('|')}]->(b)
WHERE $doc IN coalesce(r.sources, [])
WITH r, [$doc] AS docs`;

/** The relationships of one type between two labels that the documents' `supports` name: both ends by id, each with
 *  the documents that state it (`docs`: a link thousands of documents state is checked against those few, not
 *  against every document of the batch). */
function statedCypher(key: string): string {
  const [type, from, to] = key.split(SEP) as [RelationType, EntityLabel, EntityLabel];
  if (!RELATION_TYPES.includes(type) || !ENTITY_LABELS.includes(from) || !ENTITY_LABELS.includes(to)) throw new Error(`bad relation key ${key}`);
  return `UNWIND $rows AS row
MATCH (a:${from} {id: row.from})-[r:${type}]->(b:${to} {id: row.to})
WITH r, row.docs AS docs`;
}

/** Takes the documents in `docs` (a list expression) out of `r`'s parallel lists; deletes what is left unsupported.
 *  The lists are read once into variables: `r.sources[i]` in a comprehension reads the whole property again for
 *  each i, which made a link a thousand documents state cost a million reads (quadratic in its list). */
export function dropSources(docs: string): string {
  return `WITH r, ${docs} AS gone, coalesce(r.sources, []) AS src, coalesce(r.evidence, []) AS ev, r.dates AS ds, r.roles AS rs, r.bases AS bs
WITH r, ev, ds, rs, bs, src, [i IN range(0, size(src) - 1) WHERE NOT src[i] IN gone] AS keep
SET r.evidence = [i IN keep | coalesce(ev[i], '')], r.sources = [i IN keep | src[i]],
    r.dates = CASE WHEN ds IS NULL THEN null ELSE [i IN keep | coalesce(ds[i], '')] END,
    r.roles = CASE WHEN rs IS NULL THEN null ELSE [i IN keep | coalesce(rs[i], '')] END,
    r.bases = CASE WHEN bs IS NULL THEN null ELSE [i IN keep | coalesce(bs[i], '')] END
WITH r
SET ${SETTLE_VALUES('r')}
WITH r WHERE size(r.sources) = 0 AND NOT coalesce(r.reference, false)
DELETE r`;
}

/** Runs `tail` (on `r`, with `docs`: the leaving documents that state it) over the relationships the documents
 *  state: through their stored `supports`, one statement per relationship key; a Document without `supports`
 *  through its pairs of mentions. */
async function onStated(tx: ManagedTransaction, docs: string[], tail: string, params: Record<string, unknown>, acc: Counters): Promise<void> {
  const { byKey, unstored } = await statedBy(tx, docs);
  for (const doc of unstored) count(acc, await tx.run(`${PAIRS_OF}\n${tail}`, { ...params, docs, doc }));
  for (const [key, rows] of byKey) count(acc, await tx.run(`${statedCypher(key)}\n${tail}`, { ...params, rows: [...rows.values()], docs }));
}

type StatedRows = Map<string, Map<string, { from: string; to: string; docs: string[] }>>;

/** The relationships the documents' stored `supports` name, by relationship key, each with the documents stating it;
 *  and the documents stored without `supports`. */
async function statedBy(tx: ManagedTransaction, docs: string[]): Promise<{ byKey: StatedRows; unstored: string[] }> {
  const stored = await tx.run('UNWIND $docs AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.supports AS supports', { docs });
  const byKey: StatedRows = new Map();
  const unstored: string[] = [];
  for (const rec of stored.records) {
    const supports = rec.get('supports') as string[] | null;
    if (supports === null) unstored.push(rec.get('id') as string);
    for (const s of supports ?? []) {
      const [type, fromLabel, toLabel, from, to] = s.split(SEP);
      const key = [type, fromLabel, toLabel].join(SEP);
      const rows = byKey.get(key) ?? new Map<string, { from: string; to: string; docs: string[] }>();
      const row = rows.get(`${from}${SEP}${to}`) ?? { from: from ?? '', to: to ?? '', docs: [] };
      row.docs.push(rec.get('id') as string);
      rows.set(`${from}${SEP}${to}`, row);
      byKey.set(key, rows);
    }
  }
  return { byKey, unstored };
}

/** For each of these documents, the relationships it states (by `supports`) and how many documents state each: the
 *  transaction that takes documents away rewrites those lists whole, so a retract sizes its transactions by them
 *  (load.ts). A relationship thousands of documents state is a list of thousands of sentences. */
export async function statedSizes(tx: ManagedTransaction, docs: string[]): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>(docs.map((d) => [d, new Map()]));
  const { byKey } = await statedBy(tx, docs);
  for (const [key, rows] of byKey) {
    const res = await tx.run(`${statedCypher(key)}\nRETURN docs, elementId(r) AS rel, size(coalesce(r.sources, [])) AS n`, { rows: [...rows.values()] });
    for (const r of res.records) for (const d of r.get('docs') as string[]) out.get(d)?.set(r.get('rel') as string, Number(r.get('n')));
  }
  return out;
}

/** Relationship support of the documents taken away (relationships left unsupported deleted). */
async function removeRelationSupport(tx: ManagedTransaction, docs: string[], acc: Counters): Promise<void> {
  await onStated(tx, docs, dropSources('docs'), {}, acc);
}

/** A Document renamed (its file moved): the relationships it states name it by its new id. */
export async function renameRelationSupport(tx: ManagedTransaction, from: string, to: string): Promise<void> {
  await onStated(tx, [from], 'SET r.sources = [s IN r.sources | CASE WHEN s = $from THEN $to ELSE s END]', { from, to }, zeroCounters());
}

// Nodes no document mentions any more (and without a supported relationship) that are not reference data are
// deleted. All the documents at once, and nothing read in proportion to a node's degree: whether a mention is left
// is one degree look-up, and only a node with none has its relationships looked at, in the subquery (in one WHERE
// the planner checked the relationships first, walking every MENTIONS of a region thousands of documents name).
const REMOVE_NODE_SUPPORT = `UNWIND $docs AS doc
MATCH (:Document {id: doc})-[m:MENTIONS]->(n)
DELETE m
WITH DISTINCT n
WHERE NOT coalesce(n.reference, false) AND NOT EXISTS { (n)<-[:MENTIONS]-() }
CALL (n) {
  WITH n WHERE NOT EXISTS { MATCH (n)-[r]-() WHERE size(coalesce(r.sources, [])) > 0 OR coalesce(r.reference, false) }
  DETACH DELETE n
}`;

/** Takes documents' support away from every node and relationship and deletes what nothing supports any more.
 *  The display of what other documents still support is settled by the caller (identity/display.ts), from
 *  what the leaving documents said. */
async function removeSupport(tx: ManagedTransaction, docs: string[], acc: Counters): Promise<void> {
  // Relationship support first: the fallback finds it through the documents' MENTIONS, which the node step deletes.
  await removeRelationSupport(tx, docs, acc);
  count(acc, await tx.run(REMOVE_NODE_SUPPORT, { docs }));
}

/** Removes documents entirely: their support, then their nodes. Returns the ids the graph held. */
export async function retractDocuments(tx: ManagedTransaction, docs: string[], acc: Counters): Promise<string[]> {
  const found = await tx.run('UNWIND $docs AS doc MATCH (d:Document {id: doc}) RETURN collect(d.id) AS ids', { docs });
  const ids = (found.records[0]?.get('ids') as string[] | undefined) ?? [];
  if (ids.length === 0) return [];
  await removeSupport(tx, ids, acc);
  count(acc, await tx.run('UNWIND $ids AS doc MATCH (d:Document {id: doc}) DETACH DELETE d', { ids }));
  return ids;
}
