// Nodes that become one in place: when a cluster only grows, shrinks or joins other whole clusters, its nodes are
// renamed and merged where they stand — MENTIONS, fact relationships and the Documents' `supports` re-pointed in a
// few batched statements — instead of rewriting every document behind them. What a document said stays on its
// MENTIONS and on the parallel lists of each relationship, so a retract stays exact and display (display.ts)
// settles the merged node from its mentions as for any other.
import type { ManagedTransaction } from 'neo4j-driver';
import type { EntityLabel } from '../../loaders/types.ts';
import { dropSources, SETTLE_VALUES } from '../write.ts';
import { addTally, countSaid, SAID, type Tally, type TallyDelta } from './display.ts';

/** One statement of a step, with its parameters; one that `returns` ends in `RETURN <aggregate> AS <returns>`. */
interface Part {
  cypher: string;
  params: Record<string, unknown>;
  returns?: string;
}

/** Runs the parts in order (each sees what the ones before wrote); what the returning ones gave, by name. */
async function inOrder(tx: ManagedTransaction, parts: Part[]): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const p of parts) {
    const res = await tx.run(p.cypher, p.params);
    if (p.returns) out[p.returns] = res.records[0]?.get(p.returns);
  }
  return out;
}

/** Old nodes whose members all go to `to`; `from[0]` survives (renamed to `to` when it is not already). */
export interface Move {
  label: EntityLabel;
  to: string;
  from: string[];
}

/** Separates the parts of a `supports` entry (write.ts). */
const SEP = '\u001f';

// Every Document naming a moving node: its `supports` (type, labels, from id, to id) follow the new ids, sorted again
// as a fresh write stores them (write.ts), so a retract and reload leaves the same list. One map
// for the whole batch, applied once per document (a document may name several moving nodes).
const SUPPORTS = (label: EntityLabel) => `UNWIND $from AS fid
MATCH (:${label} {id: fid})<-[:MENTIONS]-(d:Document)
WITH DISTINCT d WHERE d.supports IS NOT NULL
SET d.supports = COLLECT { UNWIND [s IN d.supports | reduce(out = '', i IN range(0, size(split(s, $sep)) - 1) |
  out + CASE WHEN i = 0 THEN '' ELSE $sep END +
  CASE WHEN i >= 3 THEN coalesce($to[split(s, $sep)[i]], split(s, $sep)[i]) ELSE split(s, $sep)[i] END)] AS x RETURN x ORDER BY x }`;

const RENAME = (label: EntityLabel) => `UNWIND $rows AS row
MATCH (n:${label} {id: row.from})
SET n.id = row.to`;

// The absorbed node's documents and mentions go to the survivor (what each document said stays on its MENTIONS).
const MENTIONS = (label: EntityLabel) => `UNWIND $rows AS row
MATCH (x:${label} {id: row.from})
MATCH (s:${label} {id: row.to})
MATCH (d:Document)-[m:MENTIONS]->(x)
CREATE (d)-[m2:MENTIONS]->(s)
SET m2 = properties(m)
DELETE m`;

// A relationship's entries (parallel lists) at `idx` join `r2`, for the documents `r2` does not hold yet.
// `bases` came later than the other lists (ec98e1b): a side written before has none, and is padded to its sources.
const COPY = (idx: string) => `WITH r, r2, [i IN ${idx} WHERE NOT r.sources[i] IN coalesce(r2.sources, [])] AS add, size(coalesce(r2.sources, [])) AS had
SET r2.sources = coalesce(r2.sources, []) + [i IN add | r.sources[i]],
    r2.evidence = coalesce(r2.evidence, []) + [i IN add | coalesce(r.evidence[i], '')],
    r2.dates = CASE WHEN r.dates IS NULL THEN r2.dates ELSE coalesce(r2.dates, []) + [i IN add | coalesce(r.dates[i], '')] END,
    r2.roles = CASE WHEN r.roles IS NULL THEN r2.roles ELSE coalesce(r2.roles, []) + [i IN add | coalesce(r.roles[i], '')] END,
    r2.bases = CASE WHEN r.bases IS NULL AND r2.bases IS NULL THEN null
      ELSE coalesce(r2.bases, [i IN range(1, had) | '']) + [i IN add | coalesce(r.bases[i], '')] END,
    r2.on = coalesce(r2.on, r.on), r2.role = coalesce(r2.role, r.role)
WITH r, r2
SET ${SETTLE_VALUES('r2')}`;

// A relationship of the absorbed node joins the survivor's of the same type and other end (or becomes it).
const APPEND = `${COPY('range(0, size(coalesce(r.sources, [])) - 1)')}
DELETE r`;

// Outgoing first (a loop on the absorbed node becomes a loop on the survivor), then incoming: each statement's
// rows touch disjoint relationships, and the second sees what the first re-pointed.
const OUTGOING = (label: EntityLabel) => `UNWIND $rows AS row
MATCH (x:${label} {id: row.from})
MATCH (s:${label} {id: row.to})
MATCH (x)-[r]->(o) WHERE type(r) <> 'MENTIONS'
WITH r, s, CASE WHEN o = x THEN s ELSE o END AS o
MERGE (s)-[r2:$(type(r))]->(o)
${APPEND}`;

const INCOMING = (label: EntityLabel) => `UNWIND $rows AS row
MATCH (x:${label} {id: row.from})
MATCH (s:${label} {id: row.to})
MATCH (o)-[r]->(x) WHERE type(r) <> 'MENTIONS'
MERGE (o)-[r2:$(type(r))]->(s)
${APPEND}`;

const DROP = (label: EntityLabel) => `UNWIND $rows AS row
MATCH (x:${label} {id: row.from})
DETACH DELETE x`;

/** The parts that apply the moves (before the batch is written, so its rows meet the new ids), after reading what
 *  the absorbed nodes' documents said (their tallies, returned as `absorbed<n>`). */
function moveParts(moves: Move[]): Part[] {
  const parts: Part[] = [];
  const to: Record<string, string> = {};
  for (const m of moves) for (const f of m.from) if (f !== m.to) to[f] = m.to;
  for (const [n, label] of [...new Set(moves.map((m) => m.label))].entries()) {
    const mine = moves.filter((m) => m.label === label);
    const from = mine.flatMap((m) => m.from.filter((f) => f !== m.to));
    const merges = mine.flatMap((m) => m.from.slice(1).map((f) => ({ from: f, to: m.to })));
    if (merges.length) {
      parts.push({
        cypher: `UNWIND $rows AS row MATCH (x:${label} {id: row.from}) RETURN collect({to: row.to, tally: x.tally}) AS absorbed${n}`,
        params: { rows: merges },
        returns: `absorbed${n}`,
      });
    }
    parts.push({ cypher: SUPPORTS(label), params: { from, to, sep: SEP } });
    const renames = mine.filter((m) => m.from[0] !== m.to).map((m) => ({ from: m.from[0], to: m.to }));
    if (renames.length) parts.push({ cypher: RENAME(label), params: { rows: renames } });
    if (merges.length) for (const q of [MENTIONS, OUTGOING, INCOMING, DROP]) parts.push({ cypher: q(label), params: { rows: merges } });
  }
  return parts;
}

/** Applies the moves, then the re-points; the tallies of what moved follow into `delta` (the
 *  absorbed nodes' tallies join their survivor's; a re-pointed mention's values leave one node for the other). */
export async function applyMovesAndRepoints(tx: ManagedTransaction, moves: Move[], repoints: Repoint[], delta: TallyDelta): Promise<void> {
  const out = await inOrder(tx, [...moveParts(moves), ...repointParts(repoints)]);
  for (const [k, v] of Object.entries(out)) {
    if (k.startsWith('absorbed')) {
      for (const { to, tally } of v as { to: string; tally: string | null }[]) {
        if (tally === null) delta.recount.add(to);
        else addTally(delta.add.get(to) ?? delta.add.set(to, {}).get(to)!, JSON.parse(tally) as Tally, 1);
      }
    } else if (k.startsWith('moved')) {
      for (const { from, to, said } of v as { from: string; to: string; said: Record<string, unknown> }[]) {
        countSaid(delta, from, said, -1);
        countSaid(delta, to, said, 1);
      }
    }
  }
}

/** A delta counted under the old ids (a retract counts before it plans the moves) follows them to the new ones. */
export function rekeyDelta(delta: TallyDelta, moves: Move[]): void {
  for (const m of moves) {
    for (const f of m.from) {
      if (f === m.to) continue;
      const d = delta.add.get(f);
      if (d) {
        addTally(delta.add.get(m.to) ?? delta.add.set(m.to, {}).get(m.to)!, d, 1);
        delta.add.delete(f);
      }
      if (delta.recount.delete(f)) delta.recount.add(m.to);
    }
  }
}

/** What this process knows of the nodes' stored tallies follows the moves: a survivor keeps its tally under its new
 *  id; an absorbed node is gone. */
export function rekeyKnown(known: Map<string, string>, moves: Move[]): void {
  for (const m of moves) {
    const kept = known.get(m.from[0]!);
    for (const f of m.from) known.delete(f);
    if (kept !== undefined) known.set(m.to, kept);
    else known.delete(m.to);
  }
}

/** Moves whose survivor or absorbed nodes are reference data, or whose new id another node holds, are left out
 *  (their documents are rewritten instead). */
export async function feasibleMoves(tx: ManagedTransaction, moves: Move[]): Promise<Move[]> {
  const bad = new Set<Move>();
  for (const label of new Set(moves.map((m) => m.label))) {
    const mine = moves.filter((m) => m.label === label);
    const ids = [...new Set(mine.flatMap((m) => [m.to, ...m.from]))];
    const res = await tx.run(`UNWIND $ids AS nid MATCH (n:${label} {id: nid}) RETURN n.id AS id, coalesce(n.reference, false) AS ref`, { ids });
    const found = new Map(res.records.map((r) => [r.get('id') as string, r.get('ref') as boolean]));
    for (const m of mine) {
      if (m.from.some((f) => found.get(f) === true)) bad.add(m);
      else if (found.has(m.to) && !m.from.includes(m.to)) bad.add(m);
    }
  }
  return moves.filter((m) => !bad.has(m));
}

/** One document's mention of a node that goes to another node: the node splits, or the document's entity joins a
 *  node that already exists. */
export interface Repoint {
  doc: string;
  label: EntityLabel;
  from: string;
  to: string;
}

// Each document's `supports` follow its own map (documents of one node may go different ways).
const DOC_SUPPORTS = `UNWIND $docs AS row
MATCH (d:Document {id: row.doc}) WHERE d.supports IS NOT NULL
SET d.supports = COLLECT { UNWIND [s IN d.supports | reduce(out = '', i IN range(0, size(split(s, $sep)) - 1) |
  out + CASE WHEN i = 0 THEN '' ELSE $sep END +
  CASE WHEN i >= 3 THEN coalesce(row.map[split(s, $sep)[i]], split(s, $sep)[i]) ELSE split(s, $sep)[i] END)] AS x RETURN x ORDER BY x }`;

// Target nodes that do not exist yet take the labels of the node they come from (display settles the rest).
const TARGETS = (label: EntityLabel) => `UNWIND $rows AS row
MATCH (x:${label} {id: row.from})
UNWIND row.groups AS g
MERGE (y:${label} {id: g.to})
ON CREATE SET y:$(labels(x)), y.name = x.name`;

const REPOINT_MENTIONS = (label: EntityLabel, out: string) => `UNWIND $mentions AS row
MATCH (d:Document {id: row.doc})-[m:MENTIONS]->(x:${label} {id: row.from})
MATCH (y:${label} {id: row.to})
CREATE (d)-[m2:MENTIONS]->(y)
SET m2 = properties(m)
WITH row, m, m {${SAID}} AS said
DELETE m
RETURN collect({from: row.from, to: row.to, said: said}) AS ${out}`;

// The moving documents' entries are copied to the target's relationships (outgoing, then incoming: the second
// sees what the first made), then taken off the node's (outgoing, then incoming; a relationship left without
// sources is deleted). A loop stays a loop.
const picked = `[i IN range(0, size(coalesce(r.sources, [])) - 1) WHERE r.sources[i] IN g.docs] AS idx`;
const COPY_OUT = (label: EntityLabel) => `UNWIND $rows AS row
MATCH (x:${label} {id: row.from})-[r]->(o) WHERE type(r) <> 'MENTIONS'
UNWIND row.groups AS g
WITH x, r, o, g, ${picked}
WHERE size(idx) > 0
MATCH (y:${label} {id: g.to})
WITH r, y, CASE WHEN o = x THEN y ELSE o END AS o, idx
MERGE (y)-[r2:$(type(r))]->(o)
${COPY('idx')}`;

const COPY_IN = (label: EntityLabel) => `UNWIND $rows AS row
MATCH (o)-[r]->(x:${label} {id: row.from}) WHERE type(r) <> 'MENTIONS' AND o <> x
UNWIND row.groups AS g
WITH r, o, g, ${picked}
WHERE size(idx) > 0
MATCH (y:${label} {id: g.to})
MERGE (o)-[r2:$(type(r))]->(y)
${COPY('idx')}`;

const DROP_OUT = (label: EntityLabel) => `UNWIND $rows AS row
MATCH (x:${label} {id: row.from})-[r]->() WHERE type(r) <> 'MENTIONS' AND any(s IN coalesce(r.sources, []) WHERE s IN row.docs)
WITH r, row
${dropSources('row.docs')}`;

const DROP_IN = (label: EntityLabel) => `UNWIND $rows AS row
MATCH (x:${label} {id: row.from})<-[r]-(o) WHERE type(r) <> 'MENTIONS' AND o <> x AND any(s IN coalesce(r.sources, []) WHERE s IN row.docs)
WITH r, row
${dropSources('row.docs')}`;

const ORPHANS = (label: EntityLabel) => `UNWIND $rows AS row
MATCH (x:${label} {id: row.from})
WHERE NOT coalesce(x.reference, false) AND NOT EXISTS { (x)<-[:MENTIONS]-() } AND NOT EXISTS {
  MATCH (x)-[r]-() WHERE type(r) <> 'MENTIONS' AND (size(coalesce(r.sources, [])) > 0 OR coalesce(r.reference, false))
}
DETACH DELETE x`;

/** The parts that re-point documents' mentions and the facts they state from one node to another (after the
 *  moves): the cost follows what the moving documents say about the moving nodes, not the rest of those documents.
 *  What each re-pointed mention said is returned as `moved<n>`. */
function repointParts(list: Repoint[]): Part[] {
  if (!list.length) return [];
  const maps = new Map<string, Record<string, string>>();
  for (const r of list) (maps.get(r.doc) ?? maps.set(r.doc, {}).get(r.doc)!)[r.from] = r.to;
  const parts: Part[] = [{ cypher: DOC_SUPPORTS, params: { docs: [...maps].map(([doc, map]) => ({ doc, map })), sep: SEP } }];
  for (const [n, label] of [...new Set(list.map((r) => r.label))].entries()) {
    const mine = list.filter((r) => r.label === label);
    const byFrom = new Map<string, Map<string, string[]>>();
    for (const r of mine) {
      const tos = byFrom.get(r.from) ?? byFrom.set(r.from, new Map()).get(r.from)!;
      (tos.get(r.to) ?? tos.set(r.to, []).get(r.to)!).push(r.doc);
    }
    const rows = [...byFrom].map(([from, tos]) => ({ from, docs: [...tos.values()].flat(), groups: [...tos].map(([to, docs]) => ({ to, docs })) }));
    parts.push({ cypher: TARGETS(label), params: { rows } });
    parts.push({ cypher: REPOINT_MENTIONS(label, `moved${n}`), params: { mentions: mine.map(({ doc, from, to }) => ({ doc, from, to })) }, returns: `moved${n}` });
    for (const q of [COPY_OUT, COPY_IN, DROP_OUT, DROP_IN, ORPHANS]) parts.push({ cypher: q(label), params: { rows } });
  }
  return parts;
}
