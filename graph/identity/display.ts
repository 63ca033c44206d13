// A node's display properties by rule, not by load order: the English name most documents use (the official
// English title where one exists), else the most frequent form; the Chinese name most documents give; kind,
// status, document number by majority; the most precise date; aliases and sources sorted. Recomputed from
// what each document said (MENTIONS) for the nodes a write or retract touched.
import type { ManagedTransaction } from 'neo4j-driver';
import { isHan } from '../../loaders/identity/profile.ts';
import type { EntityLabel } from '../../loaders/types.ts';
import { ENTITY_LABELS, labelOfId } from '../rows.ts';
import { POLICY_KINDS } from '../schema.ts';

type Said = Record<string, unknown>;

/** What a node's documents said, counted per field and value (`date`: `precision|date`): the display is a function
 *  of these counts, so a write or retract updates them by what its documents said, without re-reading every
 *  mention of a node that thousands of documents name. Kept on the node as canonical JSON (`n.tally`). */
export type Tally = Record<string, Record<string, number>>;

const FIELDS = ['name', 'nameZh', 'kind', 'level', 'code', 'status', 'docNumber', 'venue', 'kindLabel'] as const;

/** Adds (sign 1) or removes (sign -1) one mention's values. */
export function addSaid(t: Tally, m: Said, sign: number): void {
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
export function tallyJson(t: Tally): string {
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
  sources: string[];
}

/** The display of one node from what its documents said. */
export function displayOf(id: string, said: Said[], sources: string[]): Display | null {
  const t: Tally = {};
  for (const m of said) addSaid(t, m, 1);
  return displayOfTally(id, t, sources);
}

/** The display of one node from the counts of what its documents said. */
export function displayOfTally(id: string, t: Tally, sources: string[]): Display | null {
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
    sources: [...sources].sort(),
  };
}

// One label's part of the display write: the tally always, the display where the node has a name to show.
// Sources sorted in place (not sent back and forth: a node many documents name holds a long list).
const SET_DISPLAY = (label: EntityLabel) => {
  const titled = label === 'Policy' || label === 'Proposal' || label === 'License';
  const dated = label === 'Proposal' ? 'madeOn' : titled ? 'issuedOn' : null;
  return `UNWIND $rows AS row
MATCH (n:${label} {id: row.id}) WHERE NOT coalesce(n.reference, false)
SET n.tally = row.tally, n.sources = COLLECT { UNWIND coalesce(n.sources, []) AS s RETURN s ORDER BY s }
WITH n, row WHERE row.name IS NOT NULL
SET n.name = row.name, n.aliases = row.aliases,
    n.aliasText = reduce(s = '', a IN row.aliases | CASE WHEN s = '' THEN a ELSE s + ' | ' + a END),
    ${titled ? 'n.title = row.name, n.titleZh = row.zh' : 'n.nameZh = row.zh'}, n.kind = row.kind
    ${label === 'Policy' ? ', n.status = row.status, n.docNumber = row.docNumber' : ''}
    ${label === 'Proposal' ? ', n.venue = row.venue' : ''}${label === 'Agency' ? ', n.level = row.level' : ''}${label === 'Region' ? ', n.code = row.code' : ''}
    ${dated ? `, n.${dated} = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END, n.datePrecision = row.precision` : ''}
${label === 'Policy' ? `WITH n, row WHERE row.kindLabel IS NOT NULL AND NOT row.kindLabel IN labels(n)
REMOVE n:${POLICY_KINDS.join(':')}
SET n:$(row.kindLabel)` : ''}`;
};

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

/** Settles the display properties of the (non-reference) nodes with these ids (and of every node in `delta`):
 *  from each node's stored tally plus the delta; a node without a tally (new, or stored before tallies) is
 *  counted from its mentions. One read and one write per label. */
export async function settleDisplay(tx: ManagedTransaction, ids: string[], delta: TallyDelta = emptyDelta()): Promise<void> {
  const byLabel = new Map<EntityLabel, string[]>();
  for (const id of new Set([...ids, ...delta.add.keys(), ...delta.recount])) {
    const l = labelOfId(id);
    if (l && ENTITY_LABELS.includes(l)) byLabel.set(l, [...(byLabel.get(l) ?? []), id]);
  }
  if (!byLabel.size) return;
  const counted = await tallies(tx, byLabel, delta);
  const rows = new Map<EntityLabel, Record<string, unknown>[]>();
  for (const [id, t] of counted) {
    const label = labelOfId(id)!;
    const d = displayOfTally(id, t, []);
    const kindLabel = d?.kindLabel && (POLICY_KINDS as readonly string[]).includes(d.kindLabel) ? d.kindLabel : null;
    const row = d ? { ...d, sources: null, kindLabel, tally: tallyJson(t) } : { id, name: null, tally: tallyJson(t) };
    (rows.get(label) ?? rows.set(label, []).get(label)!).push(row);
  }
  for (const [label, list] of rows) await tx.run(SET_DISPLAY(label), { rows: list });
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
