// Folds a batch's per-document rows into one write row per node and one per relationship, so each node and
// each relationship is MERGEd and its lists rewritten once per batch, not once per document that names it.
// The fold is the one loading applies across batches (first document gives the name, later ones fill what is
// empty, most precise date wins, names unite in order), so a batch written at once equals its documents
// written one by one.
import type { EntityLabel } from '../loaders/types.ts';
import type { EntityRow, Precision, RelationRow, WriteRows } from './rows.ts';

/** What one document said about a node, kept on its MENTIONS (only the values it gives). */
type MentionProps = Record<string, string | string[]>;

interface NodeMention {
  doc: string;
  props: MentionProps;
}

interface NodeRow {
  id: string;
  /** The batch's fold of what its listing documents say (null where none says it). */
  name: string | null;
  nameZh: string | null;
  kind: string | null;
  level: string | null;
  code: string | null;
  status: string | null;
  docNumber: string | null;
  venue: string | null;
  date: string | null;
  precision: Precision | null;
  precisionRank: number;
  /** Every name the batch's documents give, in order, once. */
  names: string[];
  /** The batch's documents naming the node, in load order. */
  docs: string[];
  mentions: NodeMention[];
}

interface RelationSupport {
  doc: string;
  evidence: string;
  on: string | null;
  role: string | null;
  basis: string | null;
}

interface RelationshipRow {
  from: string;
  to: string;
  /** The batch's documents stating it, in load order. */
  docs: RelationSupport[];
}

export interface BatchRows {
  /** Nodes some document of the batch lists; key: `Label` or `Policy:Kind` (the kind of the first listing document). */
  entities: Map<string, NodeRow[]>;
  /** Nodes only named by relations: matched, never created. */
  mentions: Map<EntityLabel, NodeRow[]>;
  /** key: `TYPE|FromLabel|ToLabel`. */
  relations: Map<string, RelationshipRow[]>;
  /** Document rows behind the node rows (entity rows + mention rows): the unit of the summary's counters. */
  entityDocRows: number;
  mentionDocRows: number;
}

interface Pending {
  label: EntityLabel;
  key: string | null;
  row: NodeRow;
  /** Index of each mention's document in the batch, to keep load order when rows come from several keys. */
  order: number[];
}

/** Only the values it gives, in one order. Written out field by field: a loop over key names made every store a
 *  keyed one (~1 s of a 1,000-document slice's main thread at 3k, profiled). */
function entityProps(e: EntityRow, kindLabel: string | null): MentionProps {
  const props: MentionProps = {};
  if (e.evidence !== null) props.evidence = e.evidence;
  props.name = e.name;
  if (e.nameZh !== null) props.nameZh = e.nameZh;
  props.names = e.names;
  if (e.kind !== null) props.kind = e.kind;
  if (e.level !== null) props.level = e.level;
  if (e.code !== null) props.code = e.code;
  if (e.date !== null) props.date = e.date;
  if (e.precision !== null) props.precision = e.precision;
  if (e.status !== null) props.status = e.status;
  if (e.docNumber !== null) props.docNumber = e.docNumber;
  if (e.venue !== null) props.venue = e.venue;
  if (kindLabel) props.kindLabel = kindLabel;
  if (e.basis !== null) props.basis = e.basis;
  return props;
}

function emptyNode(id: string): NodeRow {
  return {
    id,
    name: null,
    nameZh: null,
    kind: null,
    level: null,
    code: null,
    status: null,
    docNumber: null,
    venue: null,
    date: null,
    precision: null,
    precisionRank: 0,
    names: [],
    docs: [],
    mentions: [],
  };
}

/** Adds one listing document's row to the node's fold; rows must come in load order. */
function foldEntity(node: NodeRow, e: EntityRow, seenNames: Set<string>): void {
  node.name ??= e.name;
  node.nameZh ??= e.nameZh;
  node.kind ??= e.kind;
  node.level ??= e.level;
  node.code ??= e.code;
  node.status ??= e.status;
  node.docNumber ??= e.docNumber;
  node.venue ??= e.venue;
  if (e.precisionRank > node.precisionRank) {
    node.date = e.date;
    node.precision = e.precision;
    node.precisionRank = e.precisionRank;
  }
  for (const n of e.names) {
    if (seenNames.has(n)) continue;
    seenNames.add(n);
    node.names.push(n);
  }
}

/** Where a document stands in the batch (load order); documents outside it go last. */
type Order = (doc: string) => number;

/** One row per node some document lists, folded over its documents in load order. Entity rows of one node can sit
 *  under several keys (documents may disagree on a policy's kind): gathered first; the first document's key wins. */
function listedNodes(rows: WriteRows, at: Order): Map<string, Pending> {
  const entityRows = new Map<string, { e: EntityRow; kindLabel: string | null }[]>();
  for (const [key, list] of rows.entities) {
    const [label, kindLabel] = key.split(':') as [EntityLabel, string | undefined];
    for (const e of list) push(entityRows, `${label}\u0000${e.id}`, { e, kindLabel: kindLabel ?? null });
  }
  const nodes = new Map<string, Pending>();
  for (const [nodeKey, list] of entityRows) {
    list.sort((a, b) => at(a.e.doc) - at(b.e.doc));
    const label = nodeKey.slice(0, nodeKey.indexOf('\u0000')) as EntityLabel;
    const first = list[0];
    if (!first) continue;
    const row = emptyNode(first.e.id);
    const seenNames = new Set<string>();
    const order: number[] = [];
    for (const { e, kindLabel } of list) {
      foldEntity(row, e, seenNames);
      row.docs.push(e.doc);
      row.mentions.push({ doc: e.doc, props: entityProps(e, kindLabel) });
      order.push(at(e.doc));
    }
    nodes.set(nodeKey, { label, key: first.kindLabel ? `${label}:${first.kindLabel}` : label, row, order });
  }
  return nodes;
}

/** Ids a document names only in a relation join the node's row (keeping load order) or make a matched-only row. */
function addMentions(nodes: Map<string, Pending>, rows: WriteRows, at: Order): void {
  for (const [label, list] of rows.mentions) {
    for (const m of list) {
      const nodeKey = `${label}\u0000${m.id}`;
      let p = nodes.get(nodeKey);
      if (!p) {
        p = { label, key: null, row: emptyNode(m.id), order: [] };
        nodes.set(nodeKey, p);
      }
      const i = at(m.doc);
      let pos = p.order.length;
      while (pos > 0 && (p.order[pos - 1] ?? 0) > i) pos--;
      p.order.splice(pos, 0, i);
      p.row.docs.splice(pos, 0, m.doc);
      p.row.mentions.splice(pos, 0, { doc: m.doc, props: m.evidence === null ? {} : { evidence: m.evidence } });
    }
  }
}

/** One row per relationship, with the batch's documents stating it in load order. */
function relationRows(rows: WriteRows, at: Order): Map<string, RelationshipRow[]> {
  const relations = new Map<string, RelationshipRow[]>();
  for (const [key, list] of rows.relations) {
    const byPair = new Map<string, RelationshipRow>();
    for (const r of [...list].sort((a, b) => at(a.doc) - at(b.doc))) {
      const pair = `${r.from}\u0000${r.to}`;
      let row = byPair.get(pair);
      if (!row) {
        row = { from: r.from, to: r.to, docs: [] };
        byPair.set(pair, row);
      }
      row.docs.push(support(r));
    }
    relations.set(key, [...byPair.values()]);
  }
  return relations;
}

export function aggregate(rows: WriteRows): BatchRows {
  const docIndex = new Map(rows.documents.map((d, i) => [d.id, i]));
  const at: Order = (doc) => docIndex.get(doc) ?? docIndex.size;
  const nodes = listedNodes(rows, at);
  addMentions(nodes, rows, at);
  const entities = new Map<string, NodeRow[]>();
  const mentions = new Map<EntityLabel, NodeRow[]>();
  for (const p of nodes.values()) {
    if (p.key) push(entities, p.key, p.row);
    else push(mentions, p.label, p.row);
  }
  let entityDocRows = 0;
  let mentionDocRows = 0;
  for (const list of rows.entities.values()) entityDocRows += list.length;
  for (const list of rows.mentions.values()) mentionDocRows += list.length;
  return { entities, mentions, relations: relationRows(rows, at), entityDocRows, mentionDocRows };
}

function support(r: RelationRow): RelationSupport {
  return { doc: r.doc, evidence: r.evidence, on: r.on, role: r.role, basis: r.basis };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
