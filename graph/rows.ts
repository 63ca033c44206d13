// Turns one document's facts into the flat rows the batched UNWIND writes take: plain data, grouped by the
// (whitelisted) labels and relationship types the Cypher needs, since those cannot be parameters.
import type { DocumentFacts, Entity, EntityLabel, Relation, RelationType } from '../loaders/types.ts';
import { POLICY_KINDS, type PolicyKindLabel } from '../loaders/kinds.ts';
import { DERIVED_BASIS, derivedOnly } from '../loaders/facts-json.ts';
import { documentId } from './walk.ts';

export const ENTITY_LABELS: readonly EntityLabel[] = ['Agency', 'Organization', 'Person', 'Region', 'Policy', 'Proposal', 'License'];
export const RELATION_TYPES: readonly RelationType[] = [
  'ISSUED',
  'PROPOSED',
  'APPLIES_TO',
  'SUPERSEDES',
  'IMPLEMENTS',
  'MEMBER_OF',
  'PART_OF',
  'JURISDICTION',
  'GRANTED_TO',
];

/** Id prefixes of the graph conventions, so an id named only in a relation (e.g. a gazetteer region) finds its label. */
const PREFIX_LABEL: [string, EntityLabel][] = [
  ['region:', 'Region'],
  ['agency:', 'Agency'],
  ['org:', 'Organization'],
  ['person:', 'Person'],
  ['policy:', 'Policy'],
  ['proposal:', 'Proposal'],
  ['license:', 'License'],
];

export function labelOfId(id: string): EntityLabel | undefined {
  return PREFIX_LABEL.find(([p]) => id.startsWith(p))?.[1];
}

// Words of the free `kind` (or, failing that, of the title) that say which kind label a policy gets.
const KIND_WORDS: [RegExp, PolicyKindLabel][] = [
  [/\bq ?&? ?a\b|questions? and answers?|问答|答疑/gi, 'Guideline'],
  [/\blaws?\b|(?<!办)法(?=$|》|（|\()/gi, 'Law'],
  [/regulations?|条例|executive.?orders?/gi, 'Regulation'],
  [/\brules?\b|provisions?|规定|规则|细则/gi, 'Rules'],
  [/measures?|policy.?package|办法|措施/gi, 'Measures'],
  [/guidelines?|guidance|guiding principles?|standards?|consensus|指导原则|指南|规范|标准|共识/gi, 'Guideline'],
  [/plans?\b|programmes?|programs?|strateg|roadmap|规划|计划|方案|纲要/gi, 'Plan'],
  [/opinions?|意见/gi, 'Opinion'],
  [/notices?|circulars?|通知/gi, 'Notice'],
  [/announcements?|公告|通告/gi, 'Announcement'],
  [/initiatives?|倡议/gi, 'Initiative'],
];

const CJK = /[\u3400-\u9fff]/;

/** The kind word that heads a name: the first in English ("Measures for …"), the last in Chinese ("…管理办法"). */
function headKind(text: string): PolicyKindLabel | undefined {
  const cjk = CJK.test(text);
  let best: { at: number; kind: PolicyKindLabel } | undefined;
  for (const [re, kind] of KIND_WORDS) {
    for (const m of text.replace(/_/g, ' ').matchAll(re)) {
      const at = cjk ? m.index + m[0].length : -m.index;
      if (!best || at > best.at) best = { at, kind };
    }
  }
  return best?.kind;
}

/** The one kind label a Policy node carries (GRAPH-MODEL.md); a policy no word classifies is a Notice, the plainest official text. */
function policyKindLabel(kind: string | undefined, title: string, titleZh?: string): PolicyKindLabel {
  const exact = POLICY_KINDS.find((k) => k.toLowerCase() === kind?.toLowerCase());
  if (exact) return exact;
  for (const text of [kind, titleZh, title]) {
    const hit = text ? headKind(text) : undefined;
    if (hit) return hit;
  }
  return 'Notice';
}

export type Precision = 'year' | 'month' | 'day';

interface DateValue {
  /** ISO date, first day of the period when imprecise. */
  date: string;
  precision: Precision;
}

/** `2023`, `2023-04` or `2023-04-25` → a full date plus its precision; anything else (or an impossible day) → null. */
export function partialDate(value: string | undefined): DateValue | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  if (month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(Number(y), month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  const iso = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { date: iso, precision: d ? 'day' : mo ? 'month' : 'year' };
}

const PRECISION_RANK: Record<Precision, number> = { year: 1, month: 2, day: 3 };

export interface EntityRow {
  doc: string;
  id: string;
  name: string;
  nameZh: string | null;
  /** The names this document gives it besides the node's own: become aliases. */
  names: string[];
  kind: string | null;
  level: string | null;
  code: string | null;
  date: string | null;
  precision: Precision | null;
  precisionRank: number;
  status: string | null;
  docNumber: string | null;
  venue: string | null;
  evidence: string | null;
  /** DERIVED_BASIS when the document names it only through an edge it does not state (a country from its issuer). */
  basis: string | null;
}

interface MentionRow {
  doc: string;
  id: string;
  evidence: string | null;
}

export interface RelationRow {
  doc: string;
  from: string;
  to: string;
  on: string | null;
  role: string | null;
  /** An APPLIES_TO's basis in this document: DERIVED_BASIS when taken from the issuer's region alone, else ''. */
  basis: string | null;
  evidence: string;
}

interface DocumentRow {
  id: string;
  path: string;
  title: string;
  publishedOn: string | null;
  language: string;
  sha256: string;
  /** The pipeline stamp (stamp.ts) of the code that extracted and wrote it. */
  extractedWith: string;
}

/** Rows of one or more documents, grouped by the Cypher that writes them. Keys are whitelisted label/type names. */
export interface WriteRows {
  documents: DocumentRow[];
  /** key: `Label` or `Policy:Kind`. */
  entities: Map<string, EntityRow[]>;
  /** Ids a relation names that the document did not list as entities: matched (never created) by label. */
  mentions: Map<EntityLabel, MentionRow[]>;
  /** key: `TYPE|FromLabel|ToLabel`. */
  relations: Map<string, RelationRow[]>;
  /** Relations left out because an end has no known label. */
  dropped: { document: string; relation: string; problem: string }[];
}

export function emptyRows(): WriteRows {
  return { documents: [], entities: new Map(), mentions: new Map(), relations: new Map(), dropped: [] };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const clean = (s: string | undefined | null): string | null => {
  const t = s?.trim();
  return t ? t : null;
};

/** Adds one document's rows. `sha256` (the hash of the file's bytes) and `extractedWith` (stamp.ts) are the key
 *  of the unchanged check. */
export function addDocument(rows: WriteRows, facts: DocumentFacts, sha256: string, extractedWith: string): void {
  const doc = documentId(facts.document);
  rows.documents.push(documentRow(doc, facts, sha256, extractedWith));
  const labels = addEntities(rows, doc, facts.entities);
  addRelations(rows, doc, facts.relations, labels);
}

function documentRow(doc: string, facts: DocumentFacts, sha256: string, extractedWith: string): DocumentRow {
  const published = partialDate(facts.publishedOn);
  return { id: doc, path: facts.path, title: facts.title, publishedOn: published?.date ?? null, language: facts.language, sha256, extractedWith };
}

/** The document's entities, each id once (a bad label or a nameless entity fails the document); their labels by id. */
function addEntities(rows: WriteRows, doc: string, entities: Entity[]): Map<string, EntityLabel> {
  const labels = new Map<string, EntityLabel>();
  for (const e of entities) {
    if (!ENTITY_LABELS.includes(e.label)) throw new Error(`entity ${e.id} has an unknown label "${String(e.label)}"`);
    if (!e.id || !clean(e.name)) throw new Error(`an entity of label ${e.label} has no id or no name`);
    if (labels.has(e.id)) continue;
    labels.set(e.id, e.label);
    push(rows.entities, entityKey(e), entityRow(doc, e));
  }
  return labels;
}

/** The document's relationships, each once; an end it did not list is mentioned (its label from the id); a relation
 *  of an unknown type or with an end of no label is dropped with its reason. */
function addRelations(rows: WriteRows, doc: string, relations: Relation[], labels: Map<string, EntityLabel>): void {
  const seen = new Set<string>();
  for (const r of relations) {
    if (!RELATION_TYPES.includes(r.type)) {
      rows.dropped.push({ document: doc, relation: `${String(r.type)} ${r.from} → ${r.to}`, problem: 'unknown relationship type' });
      continue;
    }
    const key = `${r.type}|${r.from}|${r.to}`;
    if (seen.has(key)) continue;
    const fromLabel = labels.get(r.from) ?? labelOfId(r.from);
    const toLabel = labels.get(r.to) ?? labelOfId(r.to);
    if (!fromLabel || !toLabel) {
      rows.dropped.push({ document: doc, relation: `${r.type} ${r.from} → ${r.to}`, problem: `no label for ${fromLabel ? r.to : r.from}` });
      continue;
    }
    seen.add(key);
    for (const [id, label] of [
      [r.from, fromLabel],
      [r.to, toLabel],
    ] as const) {
      if (labels.has(id)) continue;
      labels.set(id, label);
      push(rows.mentions, label, { doc, id, evidence: clean(r.evidence) });
    }
    push(rows.relations, `${r.type}|${fromLabel}|${toLabel}`, relationRow(doc, r));
  }
}

function relationRow(doc: string, r: Relation): RelationRow {
  return {
    doc,
    from: r.from,
    to: r.to,
    on: r.type === 'ISSUED' || r.type === 'PROPOSED' ? (partialDate(r.date)?.date ?? null) : null,
    role: r.type === 'MEMBER_OF' ? clean(r.role) : null,
    basis: r.type === 'APPLIES_TO' ? (derivedOnly(r.rules, r.to) ? DERIVED_BASIS : '') : null,
    evidence: clean(r.evidence) ?? '',
  };
}

function entityKey(e: Entity): string {
  return e.label === 'Policy' ? `Policy:${policyKindLabel(e.kind, e.name, e.nameZh)}` : e.label;
}

function entityRow(doc: string, e: Entity): EntityRow {
  const date = partialDate(e.date);
  const name = e.name.trim();
  const nameZh = clean(e.nameZh);
  const names = [...new Set([name, ...(nameZh ? [nameZh] : []), ...e.aliases.map((a) => a.trim()).filter(Boolean)])];
  return {
    doc,
    id: e.id,
    name,
    nameZh,
    names,
    kind: clean(e.kind),
    level: clean(e.level),
    code: clean(e.code),
    date: date?.date ?? null,
    precision: date?.precision ?? null,
    precisionRank: date ? PRECISION_RANK[date.precision] : 0,
    status: clean(e.status),
    docNumber: clean(e.docNumber),
    venue: clean(e.venue),
    evidence: clean(e.evidence),
    basis: derivedOnly(e.rules, e.id) ? DERIVED_BASIS : null,
  };
}

/** Number of facts (entities + relations) in the rows: the unit of the benchmark's facts/s. */
export function factCount(rows: WriteRows): number {
  let n = 0;
  for (const list of rows.entities.values()) n += list.length;
  for (const list of rows.relations.values()) n += list.length;
  return n;
}
