// A fingerprint of the graph's content, to check that a reload, a retract or a rerun after a crash leaves
// exactly the graph it should. Leaves out what differs between equal loads: load times and internal ids.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  checksum: string;
}

// A Document's stored `pairs` (identity/held.ts) say which document judged a pair first: load order, as loadedAt.
// Its `blockKeys` are its `identity`'s blocking keys as the code that wrote them works them out (held.ts): a graph
// loaded before they were stored holds the same facts.
const IGNORED = new Set(['loadedAt', 'pairs', 'blockKeys']);

// Lists parallel to `sources` are in load order, which says nothing about the graph: two load orders (or a
// document rewritten when its identity cluster changed) must fingerprint alike. Compared sorted by source.
const PARALLEL = ['sources', 'evidence', 'dates', 'roles', 'bases'];

function bySource(o: Record<string, unknown>): Record<string, unknown> {
  const sources = o.sources;
  if (!Array.isArray(sources)) return o;
  const order = sources.map((_, i) => i).sort((a, b) => (String(sources[a]) < String(sources[b]) ? -1 : String(sources[a]) > String(sources[b]) ? 1 : a - b));
  const out = { ...o };
  for (const k of PARALLEL) {
    const list = o[k];
    if (Array.isArray(list) && list.length === sources.length) out[k] = order.map((i) => list[i]);
  }
  return out;
}

function canonical(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object') {
    // Neo4j temporal values print as ISO strings.
    const s = String(value);
    if (s !== '[object Object]') return s;
    const o = bySource(value as Record<string, unknown>);
    return Object.fromEntries(Object.keys(o).filter((k) => !IGNORED.has(k)).sort().map((k) => [k, canonical(o[k])]));
  }
  return value;
}

/** Counts and a sha256 over every node (labels, properties) and relationship (type, ends' ids, properties), except :Meta. */
export async function graphFingerprint(driver: Driver, database?: string): Promise<GraphFingerprint> {
  const hash = createHash('sha256');
  const nodeLines: string[] = [];
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:Meta RETURN labels(n) AS labels, properties(n) AS props',
    {},
    { database },
  );
  for (const r of nodes.records) {
    nodeLines.push(JSON.stringify([(r.get('labels') as string[]).slice().sort(), canonical(r.get('props'))]));
  }
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) WHERE NOT a:Meta AND NOT b:Meta RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props',
    {},
    { database },
  );
  const relLines = rels.records.map((r) => JSON.stringify([r.get('type'), r.get('a'), r.get('b'), canonical(r.get('props'))]));
  for (const line of nodeLines.sort()) hash.update(line + '\n');
  hash.update('--\n');
  for (const line of relLines.sort()) hash.update(line + '\n');
  return { nodes: nodeLines.length, relationships: relLines.length, checksum: hash.digest('hex') };
}
