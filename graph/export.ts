// What the graph holds, in formats other tools read: the FORMAT.md facts JSON (per document: the nodes it
// mentions with their graph ids, and the facts it supports), CSV (nodes and edges, for spreadsheets and
// Gephi), GraphML (Gephi, Cytoscape) and JSON-LD. Read-only; one query per part, streamed out as text.
import path from 'node:path';
import { routing, type Driver } from 'neo4j-driver';
import type { FormatDocument, FormatEntity, FormatRelation } from '../loaders/facts-json.ts';
import { ENTITY_LABELS } from './rows.ts';

export const EXPORT_FORMATS = ['facts', 'csv', 'graphml', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The relationship types FORMAT.md scores (the rest stay in the graph: IMPLEMENTS, JURISDICTION, GRANTED_TO). */
const SCORED = ['ISSUED', 'PROPOSED', 'APPLIES_TO', 'SUPERSEDES', 'MEMBER_OF', 'PART_OF'];
const FACT_TYPES = [...SCORED, 'IMPLEMENTS', 'JURISDICTION', 'GRANTED_TO'];

/** A partial ISO date back at the precision it was given with (issuedOn is stored as the period's first day). */
function partial(date: unknown, precision: unknown): string | undefined {
  if (date === null || date === undefined) return undefined;
  const iso = String(date);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

const LABEL_OF = `head([l IN labels(n) WHERE l IN $labels])`;

// Like a fact's date, an entity's date is the one its document gave (the node's settled date when it gave none).
// A country the document names only through an edge it does not state (`basis`) is left out, as `facts` does.
const FACTS_ENTITIES = `MATCH (d:Document)-[m:MENTIONS]->(n) WHERE m.basis IS NULL
WITH d, m, n, ${LABEL_OF} AS label WHERE label IS NOT NULL
RETURN d.id AS doc, d.path AS path, n.id AS id, label, n.name AS name,
       coalesce(n.nameZh, n.titleZh) AS nameZh, coalesce(n.aliases, []) AS aliases, n.kind AS kind,
       coalesce(m.date, n.issuedOn, n.madeOn) AS date, CASE WHEN m.date IS NULL THEN n.datePrecision ELSE m.precision END AS precision
ORDER BY doc, id`;

// A fact a document supports joins two nodes it MENTIONS; its date is the one that document gave. An APPLIES_TO the
// graph took from the issuer's region (its `bases` entry) is not what that document states: left out, as `facts` does.
const FACTS_RELATIONS = `MATCH (d:Document)-[:MENTIONS]->(a)-[r:${SCORED.join('|')}]->(b)
WHERE d.id IN coalesce(r.sources, [])
WITH d, a, r, b, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] = d.id][0] AS i
WHERE r.bases IS NULL OR coalesce(r.bases[i], '') = ''
RETURN d.id AS doc, type(r) AS type, a.id AS from, b.id AS to, CASE WHEN r.dates IS NULL THEN null ELSE r.dates[i] END AS date
ORDER BY doc, type, from, to`;

/** The graph as FORMAT.md facts: what score.mjs judges, for the graph a user queries. */
export async function exportFacts(driver: Driver, database?: string): Promise<{ documents: FormatDocument[] }> {
  const opts = { database, routing: routing.READ };
  const docs = new Map<string, FormatDocument>();
  const docOf = (id: string, p: unknown): FormatDocument => {
    let d = docs.get(id);
    if (!d) {
      d = { document: path.basename(typeof p === 'string' && p ? p : id.replace(/^doc:/, '')), entities: [], relations: [] };
      docs.set(id, d);
    }
    return d;
  };
  const all = await driver.executeQuery('MATCH (d:Document) RETURN d.id AS id, d.path AS path, d.idMap AS idMap ORDER BY id', {}, opts);
  // Entities in the order the document names them (its identity map keeps it), then the rest by id.
  const order = new Map<string, Map<string, number>>();
  for (const r of all.records) {
    docOf(r.get('id') as string, r.get('path'));
    const idMap = r.get('idMap') as string | null;
    if (idMap) order.set(r.get('id') as string, new Map(Object.values(JSON.parse(idMap) as Record<string, string>).map((id, i) => [id, i])));
  }
  const ents = await driver.executeQuery(FACTS_ENTITIES, { labels: ENTITY_LABELS }, opts);
  for (const r of ents.records) {
    const e: FormatEntity = { id: r.get('id') as string, label: r.get('label') as string, name: r.get('name') as string };
    const zh = r.get('nameZh') as string | null;
    const aliases = [...new Set([...(zh ? [zh] : []), ...(r.get('aliases') as string[])])].filter((a) => a !== e.name);
    if (aliases.length) e.aliases = aliases;
    const kind = r.get('kind') as string | null;
    if (kind) e.kind = kind;
    const date = partial(r.get('date'), r.get('precision'));
    if (date) e.date = date;
    docOf(r.get('doc') as string, r.get('path')).entities.push(e);
  }
  for (const [id, d] of docs) {
    const at = order.get(id);
    const pos = (e: FormatEntity) => at?.get(e.id) ?? Number.MAX_SAFE_INTEGER;
    d.entities.sort((a, b) => pos(a) - pos(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  const rels = await driver.executeQuery(FACTS_RELATIONS, {}, opts);
  for (const r of rels.records) {
    const rel: FormatRelation = { type: r.get('type') as string, from: r.get('from') as string, to: r.get('to') as string };
    const date = r.get('date') as string | null;
    if (date) rel.date = String(date);
    docs.get(r.get('doc') as string)?.relations.push(rel);
  }
  return { documents: [...docs.values()] };
}

interface GraphNode {
  id: string;
  label: string;
  name: string;
  nameZh: string | null;
  aliases: string[];
  kind: string | null;
  date: string | null;
  sources: string[];
}
interface GraphEdge {
  type: string;
  from: string;
  to: string;
  sources: string[];
}

/** Every entity node and fact relationship (not Documents and MENTIONS: those are provenance, given as `sources`: a
 *  node's from its MENTIONS, a relationship's from its list). */
export async function graphContent(driver: Driver, database?: string): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  const opts = { database, routing: routing.READ };
  const n = await driver.executeQuery(
    `MATCH (n) WITH n, ${LABEL_OF} AS label WHERE label IS NOT NULL
     RETURN n.id AS id, label, n.name AS name, coalesce(n.nameZh, n.titleZh) AS nameZh, coalesce(n.aliases, []) AS aliases,
            n.kind AS kind, coalesce(n.issuedOn, n.madeOn) AS date, n.datePrecision AS precision,
            COLLECT { MATCH (d:Document)-[:MENTIONS]->(n) RETURN d.id ORDER BY d.id } AS sources
     ORDER BY id`,
    { labels: ENTITY_LABELS },
    opts,
  );
  const nodes = n.records.map((r) => ({
    id: r.get('id') as string,
    label: r.get('label') as string,
    name: (r.get('name') as string | null) ?? (r.get('id') as string),
    nameZh: r.get('nameZh') as string | null,
    aliases: r.get('aliases') as string[],
    kind: r.get('kind') as string | null,
    date: partial(r.get('date'), r.get('precision')) ?? null,
    sources: r.get('sources') as string[],
  }));
  const e = await driver.executeQuery(
    `MATCH (a)-[r:${FACT_TYPES.join('|')}]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL
     RETURN type(r) AS type, a.id AS from, b.id AS to, coalesce(r.sources, []) AS sources ORDER BY from, type, to`,
    {},
    opts,
  );
  const edges = e.records.map((r) => ({ type: r.get('type') as string, from: r.get('from') as string, to: r.get('to') as string, sources: r.get('sources') as string[] }));
  return { nodes, edges };
}

const csvCell = (v: string | null): string => (v === null ? '' : /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvRow = (cells: (string | null)[]): string => cells.map(csvCell).join(',');

/** Two tables in one text, as Gephi's spreadsheet import expects them (Id/Label, Source/Target/Type), a blank line between. */
export function toCsv(g: { nodes: GraphNode[]; edges: GraphEdge[] }): { nodes: string; edges: string } {
  const nodes = [csvRow(['Id', 'Label', 'type', 'nameZh', 'aliases', 'kind', 'date', 'sources'])];
  for (const n of g.nodes) nodes.push(csvRow([n.id, n.name, n.label, n.nameZh, n.aliases.join(' | '), n.kind, n.date, n.sources.join(' | ')]));
  const edges = [csvRow(['Source', 'Target', 'Type', 'Label', 'sources'])];
  for (const e of g.edges) edges.push(csvRow([e.from, e.to, 'Directed', e.type, e.sources.join(' | ')]));
  return { nodes: `${nodes.join('\n')}\n`, edges: `${edges.join('\n')}\n` };
}

const xml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** GraphML with typed keys (Gephi and Cytoscape read the attributes). */
export function toGraphml(g: { nodes: GraphNode[]; edges: GraphEdge[] }): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...['label', 'name', 'nameZh', 'aliases', 'kind', 'date', 'sources'].map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="esources" for="edge" attr.name="sources" attr.type="string"/>',
    '  <graph id="policygraph" edgedefault="directed">',
  ];
  const data = (k: string, v: string | null) => (v ? `<data key="${k}">${xml(v)}</data>` : '');
  for (const n of g.nodes) {
    out.push(
      `    <node id="${xml(n.id)}">${data('label', n.label)}${data('name', n.name)}${data('nameZh', n.nameZh)}${data('aliases', n.aliases.join(' | '))}${data('kind', n.kind)}${data('date', n.date)}${data('sources', n.sources.join(' | '))}</node>`,
    );
  }
  g.edges.forEach((e, i) => out.push(`    <edge id="e${i}" source="${xml(e.from)}" target="${xml(e.to)}">${data('type', e.type)}${data('esources', e.sources.join(' | '))}</edge>`));
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

const VOCAB = 'https://policygraph.example/vocab#';

/** JSON-LD: one object per node, its outgoing facts as properties pointing at other nodes' @id. */
export function toJsonld(g: { nodes: GraphNode[]; edges: GraphEdge[] }): unknown {
  const byId = new Map<string, Record<string, unknown>>();
  for (const n of g.nodes) {
    const o: Record<string, unknown> = { '@id': n.id, '@type': n.label, name: n.name };
    if (n.nameZh) o.nameZh = n.nameZh;
    if (n.aliases.length) o.alias = n.aliases;
    if (n.kind) o.kind = n.kind;
    if (n.date) o.date = n.date;
    o.source = n.sources;
    byId.set(n.id, o);
  }
  for (const e of g.edges) {
    const o = byId.get(e.from);
    if (!o) continue;
    const list = (o[e.type] as { '@id': string }[] | undefined) ?? [];
    list.push({ '@id': e.to });
    o[e.type] = list;
  }
  return { '@context': { '@vocab': VOCAB, source: { '@type': '@id' } }, '@graph': [...byId.values()] };
}
