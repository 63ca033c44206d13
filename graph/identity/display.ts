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

/** Most frequent value; ties go to the longer, then the alphabetically first (so no order decides). */
export function majority(values: (string | null | undefined)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) {
    const bn = best === null ? -1 : counts.get(best)!;
    if (n > bn || (n === bn && (v.length > best!.length || (v.length === best!.length && v < best!)))) best = v;
  }
  return best;
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
  const str = (k: string) => said.map((m) => (typeof m[k] === 'string' ? (m[k] as string) : null));
  const names = str('name').filter((n): n is string => !!n);
  if (!names.length) return null;
  const latin = names.filter((n) => !isHan(n));
  const name = majority(latin.length ? latin : names)!;
  const zh = majority([...str('nameZh'), ...names.filter(isHan)].filter((n) => n !== name));
  const all = new Set(said.flatMap((m) => (Array.isArray(m.names) ? (m.names as string[]) : [])).concat(names));
  all.delete(name);
  if (zh) all.delete(zh);
  const best = Math.max(0, ...said.map((m) => RANK[m.precision as string] ?? 0));
  const dated = said.filter((m) => (RANK[m.precision as string] ?? 0) === best && best > 0);
  const date = majority(dated.map((m) => m.date as string));
  return {
    id,
    name,
    zh,
    aliases: [...all].sort(),
    kind: majority(str('kind')),
    status: majority(str('status')),
    docNumber: majority(str('docNumber')),
    venue: majority(str('venue')),
    level: majority(str('level')),
    code: majority(str('code')),
    date,
    precision: date ? (dated.find((m) => m.date === date)!.precision as string) : null,
    kindLabel: majority(str('kindLabel')),
    sources: [...sources].sort(),
  };
}

const SET_DISPLAY = (label: EntityLabel) => {
  const titled = label === 'Policy' || label === 'Proposal' || label === 'License';
  const dated = label === 'Proposal' ? 'madeOn' : titled ? 'issuedOn' : null;
  return `UNWIND $rows AS row
MATCH (n:${label} {id: row.id}) WHERE NOT coalesce(n.reference, false)
SET n.name = row.name, n.aliases = row.aliases, n.sources = row.sources,
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
const SAID = ['name', 'nameZh', 'names', 'kind', 'level', 'code', 'date', 'precision', 'status', 'docNumber', 'venue', 'kindLabel'].map((k) => `.${k}`).join(', ');

/** Settles the display properties of the (non-reference) nodes with these ids. */
export async function settleDisplay(tx: ManagedTransaction, ids: string[]): Promise<void> {
  const byLabel = new Map<EntityLabel, string[]>();
  for (const id of new Set(ids)) {
    const l = labelOfId(id);
    if (l && ENTITY_LABELS.includes(l)) byLabel.set(l, [...(byLabel.get(l) ?? []), id]);
  }
  for (const [label, list] of byLabel) {
    const res = await tx.run(
      `UNWIND $ids AS nid MATCH (n:${label} {id: nid}) WHERE NOT coalesce(n.reference, false)
       MATCH (d:Document)-[m:MENTIONS]->(n)
       RETURN n.id AS id, collect(m {${SAID}}) AS said, collect(d.id) AS docs`,
      { ids: list },
    );
    const rows = res.records
      .map((r) => displayOf(r.get('id') as string, r.get('said') as Said[], r.get('docs') as string[]))
      .filter((d): d is Display => d !== null)
      .map((d) => ({ ...d, kindLabel: d.kindLabel && (POLICY_KINDS as readonly string[]).includes(d.kindLabel) ? d.kindLabel : null }));
    if (rows.length) await tx.run(SET_DISPLAY(label), { rows });
    if (label === 'Policy' || label === 'Proposal' || label === 'License' || label === 'Person') await settleFacts(tx, label, list);
  }
}

/** The date of an ISSUED/PROPOSED fact and the post of a MEMBER_OF by majority over its documents (earliest on a
 *  tie), not by whichever document came first: a rewritten or reordered document does not change them. */
async function settleFacts(tx: ManagedTransaction, label: EntityLabel, ids: string[]): Promise<void> {
  const res = await tx.run(
    `UNWIND $ids AS nid MATCH (n:${label} {id: nid})-[r:ISSUED|PROPOSED|MEMBER_OF]-()
     RETURN DISTINCT elementId(r) AS eid, r.dates AS dates, r.roles AS roles`,
    { ids },
  );
  const rows = res.records.map((r) => {
    const pick = (list: string[] | null): string | null => {
      const counts = new Map<string, number>();
      for (const v of list ?? []) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
      return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0] ?? null;
    };
    return { eid: r.get('eid') as string, on: pick(r.get('dates') as string[] | null), role: pick(r.get('roles') as string[] | null), dated: r.get('dates') !== null, roled: r.get('roles') !== null };
  });
  if (!rows.length) return;
  await tx.run(
    `UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.eid
     SET r.on = CASE WHEN row.dated THEN CASE WHEN row.on IS NULL THEN null ELSE date(row.on) END ELSE r.on END,
         r.role = CASE WHEN row.roled THEN row.role ELSE r.role END`,
    { rows },
  );
}
