// A node's display properties by rule, not by load order: the English name most documents use (the official
// English title where one exists), else the most frequent form; the Chinese name most documents give; kind,
// status, document number by majority; the most precise date; aliases sorted. Recomputed from
// what each document said (MENTIONS) for the nodes a write or retract touched.
import { Date as CypherDate, type ManagedTransaction } from 'neo4j-driver';
import { isHan } from '../../loaders/identity/profile.ts';
import type { EntityLabel } from '../../loaders/types.ts';
import { ENTITY_LABELS, labelOfId, type WriteRows } from '../rows.ts';
import { POLICY_KINDS } from '../schema.ts';

type Said = Record<string, unknown>;

/** What a node's documents said, counted per field and value (`date`: `precision|date`): the display is a function
 *  of these counts, so a write or retract updates them by what its documents said, without re-reading every
 *  mention of a node that thousands of documents name. Kept on the node as canonical JSON (`n.tally`). */
export type Tally = Record<string, Record<string, number>>;

const FIELDS = ['name', 'nameZh', 'kind', 'level', 'code', 'status', 'docNumber', 'venue', 'kindLabel'] as const;

/** Adds (sign 1) or removes (sign -1) one mention's values. */
function addSaid(t: Tally, m: Said, sign: number): void {
  const bump = (field: string, v: unknown) => {
    if (typeof v !== 'string' || !v) return;
    const c = (t[field] ??= {});
    c[v] = (c[v] ?? 0) + sign;
  };
  for (const f of FIELDS) bump(f, m[f]);
  if (Array.isArray(m.names)) for (const n of m.names) bump('names', n);
  if (typeof m.date === 'string' && typeof m.precision === 'string') bump('date', `${m.precision}|${m.date}`);
}

export function addTally(t: Tally, more: Tally, sign: number): void {
  for (const [field, counts] of Object.entries(more)) {
    const c = (t[field] ??= {});
    for (const [v, n] of Object.entries(counts)) c[v] = (c[v] ?? 0) + sign * n;
  }
}

/** Canonical JSON (sorted, no zero counts): two load orders store the same string. */
function tallyJson(t: Tally): string {
  const out: Tally = {};
  for (const field of Object.keys(t).sort()) {
    const kept = Object.keys(t[field]!)
      .filter((v) => t[field]![v]! > 0)
      .sort();
    if (kept.length) out[field] = Object.fromEntries(kept.map((v) => [v, t[field]![v]!]));
  }
  return JSON.stringify(out);
}

/** Most frequent value; ties go to the longer, then the alphabetically first (so no order decides). */
export function majority(values: (string | null | undefined)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return best(counts);
}

function best(counts: Iterable<[string, number]>): string | null {
  let top: string | null = null;
  let tn = 0;
  for (const [v, n] of counts) {
    if (n <= 0) continue;
    if (top === null || n > tn || (n === tn && (v.length > top.length || (v.length === top.length && v < top)))) [top, tn] = [v, n];
  }
  return top;
}

const RANK: Record<string, number> = { day: 3, month: 2, year: 1 };

export interface Display {
  id: string;
  name: string;
  zh: string | null;
  aliases: string[];
  kind: string | null;
  status: string | null;
  docNumber: string | null;
  venue: string | null;
  level: string | null;
  code: string | null;
  date: string | null;
  precision: string | null;
  kindLabel: string | null;
}

/** The display of one node from the counts of what its documents said. */
export function displayOfTally(id: string, t: Tally): Display | null {
  const counted = (field: string) => Object.entries(t[field] ?? {}).filter(([, n]) => n > 0);
  const names = counted('name');
  if (!names.length) return null;
  const latin = names.filter(([n]) => !isHan(n));
  const name = best(latin.length ? latin : names)!;
  const zhCounts = new Map(counted('nameZh'));
  for (const [n, k] of names) if (isHan(n)) zhCounts.set(n, (zhCounts.get(n) ?? 0) + k);
  zhCounts.delete(name);
  const zh = best(zhCounts);
  const all = new Set([...counted('names'), ...names].map(([n]) => n));
  all.delete(name);
  if (zh) all.delete(zh);
  const dates = counted('date').map(([k, n]) => ({ precision: k.slice(0, k.indexOf('|')), date: k.slice(k.indexOf('|') + 1), n }));
  const top = Math.max(0, ...dates.map((d) => RANK[d.precision] ?? 0));
  const dated = dates.filter((d) => (RANK[d.precision] ?? 0) === top && top > 0);
  const date = best(dated.map((d) => [d.date, d.n]));
  const pick = (field: string) => best(counted(field));
  return {
    id,
    name,
    zh,
    aliases: [...all].sort(),
    kind: pick('kind'),
    status: pick('status'),
    docNumber: pick('docNumber'),
    venue: pick('venue'),
    level: pick('level'),
    code: pick('code'),
    date,
    precision: date ? dated.find((d) => d.date === date)!.precision : null,
    kindLabel: pick('kindLabel'),
  };
}

// One label's part of the display write. A row is written only where the node holds the tally this process believes
// it holds (`row.before`; a node believed new: none, and exactly `row.count` mentions, the batch's own), else its id
// comes back as stale and is settled again from a read (settleDisplay): a wrong belief costs a read, never a wrong
// display. Then the merge evidence where given (reference data too), and on other nodes what they show (`row.props`,
// shownOf) and their kind label.
const SET_DISPLAY = (label: EntityLabel) => `UNWIND $rows AS row
MATCH (n:${label} {id: row.id})
WITH n, row, coalesce(n.reference, false) AS ref
WITH n, row, ref, CASE WHEN ref OR row.props IS NULL OR row.force THEN true
  WHEN row.before IS NULL THEN n.tally IS NULL AND COUNT { ()-[:MENTIONS]->(n) } = row.count
  ELSE n.tally = row.before END AS ok
CALL (n, row, ok) {
  WITH n, row WHERE ok AND row.sameAs IS NOT NULL AND coalesce(n.sameAs, []) <> row.sameAs
  SET n.sameAs = CASE WHEN size(row.sameAs) = 0 THEN null ELSE row.sameAs END
}
CALL (n, row, ok, ref) {
  WITH n, row WHERE ok AND NOT ref AND row.props IS NOT NULL
  SET n += row.props
  ${label === 'Policy' ? `WITH n, row WHERE row.kindLabel IS NOT NULL AND NOT row.kindLabel IN labels(n)
  REMOVE n:${POLICY_KINDS.join(':')}
  SET n:$(row.kindLabel)` : ''}
}
RETURN collect(CASE WHEN ok THEN null ELSE row.id END) AS stale, collect(CASE WHEN ok AND NOT ref THEN row.id END) AS written`;

/** What a node shows, as properties (null removes one), from its tally: the tally itself always, the display where
 *  it has a name to show; and its policy kind label. */
export function shownOf(id: string, t: Tally): { props: Record<string, unknown>; kindLabel: string | null } {
  const label = labelOfId(id);
  const d = displayOfTally(id, t);
  const props: Record<string, unknown> = { tally: tallyJson(t) };
  if (!d) return { props, kindLabel: null };
  const titled = label === 'Policy' || label === 'Proposal' || label === 'License';
  Object.assign(props, { name: d.name, aliases: d.aliases, aliasText: d.aliases.join(' | '), kind: d.kind }, titled ? { title: d.name, titleZh: d.zh } : { nameZh: d.zh });
  if (label === 'Policy') Object.assign(props, { status: d.status, docNumber: d.docNumber });
  if (label === 'Proposal') props.venue = d.venue;
  if (label === 'Agency') props.level = d.level;
  if (label === 'Region') props.code = d.code;
  if (titled) {
    const [y, m, day] = (d.date ?? '').split('-').map(Number);
    props[label === 'Proposal' ? 'madeOn' : 'issuedOn'] = d.date ? new CypherDate(y!, m!, day!) : null;
    props.datePrecision = d.precision;
  }
  return { props, kindLabel: d.kindLabel && (POLICY_KINDS as readonly string[]).includes(d.kindLabel) ? d.kindLabel : null };
}

/** The mention properties displayOf reads: not the evidence sentence, the largest and unused here. */
export const SAID = ['name', 'nameZh', 'names', 'kind', 'level', 'code', 'date', 'precision', 'status', 'docNumber', 'venue', 'kindLabel'].map((k) => `.${k}`).join(', ');

/** What a node's stored tally is missing: the mentions written and removed since (by node id), and the nodes to
 *  count again from their mentions (one absorbed a node stored without a tally). */
export interface TallyDelta {
  add: Map<string, Tally>;
  recount: Set<string>;
}

export const emptyDelta = (): TallyDelta => ({ add: new Map(), recount: new Set() });

/** Adds what these mentions said (sign 1) or takes it away (-1). */
export function countSaid(delta: TallyDelta, id: string, said: Said, sign: number): void {
  addSaid(delta.add.get(id) ?? delta.add.set(id, {}).get(id)!, said, sign);
}

/** What written rows said, per node: its tally from these rows alone and the number of mentions they make (a mention
 *  by a relation says nothing but counts); `listed`: the nodes an entity row states, in order. Reference data (most
 *  of what documents name) has no display to settle: not counted. A function of the rows alone, so a batch's is
 *  made with its draft (plan.ts), before its transaction. */
export interface Fresh {
  nodes: Settle['fresh'];
  listed: string[];
}

export function freshOf(rows: WriteRows, references: ReadonlySet<string>): Fresh {
  const nodes: Settle['fresh'] = new Map();
  const listed: string[] = [];
  const of = (id: string) => nodes.get(id) ?? nodes.set(id, { tally: {}, count: 0 }).get(id)!;
  for (const [key, list] of rows.entities) {
    const kindLabel = key.split(':')[1] ?? null;
    for (const e of list) {
      if (references.has(e.id)) continue;
      const f = of(e.id);
      if (f.count === 0) listed.push(e.id);
      addSaid(f.tally, { ...e, kindLabel }, 1);
      f.count++;
    }
  }
  for (const list of rows.mentions.values()) for (const m of list) if (!references.has(m.id)) of(m.id).count++;
  return { nodes, listed };
}

/** What the rows said joins their nodes' tallies (the props their MENTIONS get, aggregate.ts). */
export function addFresh(delta: TallyDelta, fresh: Fresh): void {
  for (const id of fresh.listed) addTally(delta.add.get(id) ?? delta.add.set(id, {}).get(id)!, fresh.nodes.get(id)!.tally, 1);
}

/** What the documents' MENTIONS said, taken out of the delta (before they are deleted): a read in proportion to
 *  what the documents mention. */
export async function countLeaving(tx: ManagedTransaction, docs: string[], delta: TallyDelta): Promise<void> {
  if (!docs.length) return;
  const res = await tx.run(
    `UNWIND $docs AS doc MATCH (:Document {id: doc})-[m:MENTIONS]->(n) WHERE NOT coalesce(n.reference, false)
     RETURN n.id AS id, m {${SAID}} AS said`,
    { docs },
  );
  for (const r of res.records) countSaid(delta, r.get('id') as string, r.get('said') as Said, -1);
}

// A node's stored tally; what its mentions said only where it has none (or must be counted again).
const TALLIES = (label: EntityLabel) => `UNWIND $ids AS nid MATCH (n:${label} {id: nid}) WHERE NOT coalesce(n.reference, false)
RETURN n.id AS id, n.tally AS tally,
       CASE WHEN n.tally IS NULL OR n.id IN $recount THEN [(:Document)-[m:MENTIONS]->(n) | m {${SAID}}] ELSE null END AS said`;

/** What a write settles: the nodes whose display follows their tally, the merge evidence of judged nodes (null: none
 *  left), and what this process believes of the graph (the batch's own mentions per node; each node's stored tally). */
export interface Settle {
  ids: string[];
  delta: TallyDelta;
  sameAs: Map<string, string[] | null>;
  /** Per node, what the batch's rows said and how many mentions they made (the whole tally of a node new in it). */
  fresh: Map<string, { tally: Tally; count: number }>;
  /** Node id → the tally it holds, as this process last wrote or read it (held.ts): kept up to date here. */
  known: Map<string, string>;
  /** Reference data: no display to settle (its merge evidence is still written). */
  references: ReadonlySet<string>;
  /** Nodes the write created with their display and evidence (apply.ts): nothing left to settle. */
  done: ReadonlySet<string>;
}

/** Settles the display properties (and merge evidence) of the (non-reference) nodes with these ids and of every node
 *  in the delta: a node's tally is what this process believes it holds plus the delta, a node it believes new is
 *  what the batch said; one write per label, checked in the write itself. Where the belief was wrong (or there is
 *  none: a node not known, counted again, touched by others) the node is counted from a read, as it stands. */
export async function settleDisplay(tx: ManagedTransaction, s: Settle): Promise<void> {
  const byLabel = new Map<EntityLabel, string[]>();
  for (const id of new Set([...s.ids, ...s.delta.add.keys(), ...s.delta.recount, ...s.sameAs.keys()])) {
    if ((s.references.has(id) && !s.sameAs.has(id)) || s.done.has(id)) continue;
    const l = labelOfId(id);
    if (l && ENTITY_LABELS.includes(l)) pushTo(byLabel, l, id);
  }
  const settled = new Set([...s.ids, ...s.delta.add.keys(), ...s.delta.recount].filter((id) => !s.references.has(id)));
  const believed = new Map<string, Record<string, unknown>>();
  for (const id of [...byLabel.values()].flat()) {
    if (!settled.has(id)) believed.set(id, { id, props: null, sameAs: sameAsRow(s, id) });
    else if (s.delta.recount.has(id)) continue;
    else if (s.known.has(id)) believed.set(id, rowOf(s, id, withDelta(JSON.parse(s.known.get(id)!) as Tally, s.delta, id), { before: s.known.get(id)! }));
    else if (s.fresh.has(id)) believed.set(id, rowOf(s, id, s.fresh.get(id)!.tally, { before: null, count: s.fresh.get(id)!.count }));
  }
  const stale = await writeDisplay(tx, byLabel, believed, s.known);
  const unknown = [...byLabel.values()].flat().filter((id) => stale.has(id) || !believed.has(id));
  if (!unknown.length) return;
  const again = new Map<EntityLabel, string[]>();
  for (const id of unknown) pushTo(again, labelOfId(id)!, id);
  const counted = await tallies(tx, again, s.delta);
  const rows = new Map([...counted].map(([id, t]) => [id, rowOf(s, id, t, { force: true })]));
  await writeDisplay(tx, again, rows, s.known);
}

/** Appends in place: a batch settles thousands of ids per label, and copying the list for each made it quadratic. */
function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

const sameAsRow = (s: Settle, id: string): string[] | null => (s.sameAs.has(id) ? (s.sameAs.get(id) ?? []) : null);

function withDelta(t: Tally, delta: TallyDelta, id: string): Tally {
  const d = delta.add.get(id);
  if (d) addTally(t, d, 1);
  return t;
}

/** One node's row: its tally, its display (name null: nothing to show), its merge evidence, the check of the belief. */
function rowOf(s: Settle, id: string, t: Tally, check: { before?: string | null; count?: number; force?: boolean }): Record<string, unknown> {
  return { id, ...shownOf(id, t), sameAs: sameAsRow(s, id), before: null, count: null, force: false, ...check };
}

/** One statement per label; the ids whose check failed (the rest are written, their tallies now known). */
async function writeDisplay(tx: ManagedTransaction, byLabel: Map<EntityLabel, string[]>, rows: Map<string, Record<string, unknown>>, known: Map<string, string>): Promise<Set<string>> {
  const stale = new Set<string>();
  for (const [label, ids] of byLabel) {
    const list = ids.map((id) => rows.get(id)).filter((r) => r !== undefined);
    if (!list.length) continue;
    const res = await tx.run(SET_DISPLAY(label), { rows: list });
    for (const id of (res.records[0]?.get('stale') as string[] | undefined) ?? []) stale.add(id);
    const written = new Set((res.records[0]?.get('written') as string[] | undefined) ?? []);
    for (const row of list) {
      const id = row.id as string;
      const tally = (row.props as { tally?: string } | null)?.tally;
      if (written.has(id) && tally !== undefined) known.set(id, tally);
      else if (!stale.has(id) && tally !== undefined) known.delete(id);
    }
  }
  return stale;
}

/** Each node's tally now: stored plus delta, or counted from its mentions (read only for those). */
async function tallies(tx: ManagedTransaction, byLabel: Map<EntityLabel, string[]>, delta: TallyDelta): Promise<Map<string, Tally>> {
  const out = new Map<string, Tally>();
  const records = [];
  for (const [label, ids] of byLabel) records.push(...(await tx.run(TALLIES(label), { ids, recount: [...delta.recount] })).records);
  for (const r of records) {
    const id = r.get('id') as string;
    const said = r.get('said') as Said[] | null;
    const t: Tally = {};
    if (said) for (const m of said) addSaid(t, m, 1);
    else {
      addTally(t, JSON.parse(r.get('tally') as string) as Tally, 1);
      const d = delta.add.get(id);
      if (d) addTally(t, d, 1);
    }
    out.set(id, t);
  }
  return out;
}
