// Resolution: spelling variants of one person, policy ids that do not depend on the language of the title,
// and the same thing across the documents of a batch — each merge with its reason.
import type { SourceDocument } from '../read/index.ts';
import type { DocumentFacts, Entity, Merge, Relation } from '../types.ts';
import { idSlug } from './ids.ts';
import { toSimplified } from '../read/script.ts';
import { isPinyinName, variantKey, type PersonMention } from './persons.ts';
import type { TitleMention } from './policies.ts';
import type { Registry } from './registry.ts';
import { coreTitle } from './succession.ts';
import { cluster, type Resolution } from '../identity/cluster.ts';
import { profilesOf } from '../identity/profile.ts';
import { concepts } from '../identity/glossary.ts';

export interface PersonId {
  id: string;
  name: string;
  /** Other spellings folded into this person. */
  variants: string[];
}

/**
 * One id per person of a document: same surname and the same consonant skeleton of the given name (Lieming,
 * Liming, Leiming, Leeming). The canonical spelling: the one matching a Chinese name, else the most frequent,
 * else the one named most formally (headline, title before it, speech verb or post after it), else a valid pinyin
 * spelling, else the alphabetically last (deterministic).
 */
export function resolvePersons(ps: PersonMention[]): PersonId[] {
  const groups = new Map<string, PersonMention[]>();
  for (const p of ps) {
    const k = variantKey(p.surname, p.given);
    const g = groups.get(k) ?? [];
    g.push(p);
    groups.set(k, g);
  }
  const byKey = new Map<string, PersonId>();
  for (const [k, g] of groups) {
    const counts = new Map<string, number>();
    const formal = new Map<string, number>();
    for (const p of g) {
      counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
      formal.set(p.name, Math.max(formal.get(p.name) ?? 0, p.formality ?? 0));
    }
    const zhName = g.find((p) => p.nameZh)?.name;
    const best = zhName ?? [...counts.keys()].sort((a, b) =>
      (counts.get(b)! - counts.get(a)!) ||
      (formal.get(b)! - formal.get(a)!) ||
      (Number(isPinyinName(b.split(' ')[1] ?? '')) - Number(isPinyinName(a.split(' ')[1] ?? ''))) ||
      (a < b ? 1 : a > b ? -1 : 0))[0]!;
    byKey.set(k, { id: `person:${idSlug(best)}`, name: best, variants: [...counts.keys()].filter((n) => n !== best) });
  }
  return ps.map((p) => byKey.get(variantKey(p.surname, p.given))!);
}

const STATUS_TAIL = /\s*[(（](?:draft[^)）]*|trial[^)）]*|for\s+trial[^)）]*|征求意见稿|试行|暂行|草案|送审稿)[)）]\s*$/i;

/** The title without its status note: "… (Draft for Comment)" → "…". */
export const bareTitle = (t: string): string => t.replace(STATUS_TAIL, '').replace(STATUS_TAIL, '').trim();

/**
 * A policy id that the same document gets in any language: its document number when known, else issuer
 * scope + kind + month (+ draft), else a slug of its title.
 */
export function policyId(t: TitleMention, scope: string | undefined, date: string | undefined): string {
  const draft = t.status === 'draft' ? '-draft' : '';
  if (t.label === 'License') return `license:${licenceKindKey(t.title)}${scope ? `-${scope}` : ''}`;
  if (t.docNumber) return `policy:${idSlug(t.docNumber)}`;
  if (scope && date && /^\d{4}-\d{4}$/.test(date)) return `policy:${scope}-${t.kind}-${date}${draft}`;
  if (scope && date && date.length >= 7) return `policy:${scope}-${t.kind}-${date.slice(0, 7)}${draft}`;
  return titleSlugId(t);
}

// Glossary concepts that say what kind of licence a title names (not what it is for: drug, cell, product).
const LICENCE_KIND = new Set(['license', 'certificate', 'registration', 'production', 'clinical', 'trials', 'filing', 'review']);

/**
 * A licence named by its kind (药品生产许可证, "the Drug Production License", "production licence") gets the same key
 * in either language: the kind concepts of its title, sorted; a title without them (a product) keeps its slug.
 */
export function licenceKindKey(title: string): string {
  const kind = [...concepts(bareTitle(title))].filter((c) => LICENCE_KIND.has(c)).sort();
  return kind.length >= 2 ? kind.join('-') : idSlug(bareTitle(title));
}

/** The id of a text named by its kind words alone ("pilot program", "work plan"), keyed by its first issuer: the words
 *  alone would make one node of every body's pilot program. */
export const issuerKeyedId = (issuer: string, title: string): string => `policy:${issuer.replace(/^[a-z]+:/, '').replace(/\//g, '-')}-${idSlug(title)}`;

/** The id of a policy known only by its title. */
export const titleSlugId = (t: TitleMention): string => `policy:${idSlug(bareTitle(t.title))}${t.status === 'draft' ? '-draft' : ''}`;

/** A title compared across spellings: no status note, case, punctuation, leading article or script variant. */
export const titleKey = (t: string): string =>
  toSimplified(bareTitle(t).normalize('NFKC').toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ''));

/** Collects one document's registry and relations into DocumentFacts. */
export function finishDocument(
  doc: SourceDocument,
  reg: Registry,
  rels: Relation[],
  published: string | undefined,
  _policies: Map<string, Entity>,
): DocumentFacts {
  const merges: Merge[] = [];
  const inFacts = new Set(rels.flatMap((r) => [r.from, r.to]));
  const entities = [...reg.entities.values()].filter((e) => inFacts.has(e.id) || !reg.onlyInsideNames(e.id)).sort((a, b) => (reg.firstSeen.get(a.id)! - reg.firstSeen.get(b.id)!));
  for (const e of entities) {
    if (e.label === 'Person' && e.aliases.length > 0) {
      const latin = e.aliases.filter((a) => !/\p{Script=Han}/u.test(a));
      if (latin.length) merges.push({ id: e.id, name: e.name, reason: `spelling variants of one name (same surname, near-identical given name): ${latin.join(', ')}` });
    }
  }
  const ids = new Set(entities.map((e) => e.id));
  const relations = rels.filter((r) => ids.has(r.from) && ids.has(r.to));
  const out: DocumentFacts = {
    document: doc.name,
    path: doc.path,
    title: doc.title,
    language: doc.language,
    sha256: doc.sha256,
    entities,
    relations,
    merges,
  };
  if (published) out.publishedOn = published;
  return out;
}

/**
 * Across documents: each resolved entity gets its cluster's canonical id (loaders/identity: blocking keys,
 * named features, a threshold; agencies and regions keep their gazetteer ids), relations follow, and every
 * merge is reported with its evidence. Depends on the set of documents, not their order.
 */
export function resolveAcross(docs: DocumentFacts[], resolutions: Resolution[] = []): DocumentFacts[] {
  const profiles = docs.flatMap((d) => profilesOf(documentId(d.document), d));
  const { ids, merges: records } = cluster(profiles, resolutions);
  const why = new Map<string, string>();
  for (const r of records) {
    const text = `${r.features.map((f) => f.name).join(', ')} (score ${r.score})`;
    for (const k of [r.a, r.b]) if (!why.has(k)) why.set(k, text);
  }
  const find = (doc: DocumentFacts) => (id: string): string => ids.get(`${documentId(doc.document)}#${id}`) ?? id;
  const later = successions(docs, (id) => id, find);
  return docs.map((d) => {
    const map = find(d);
    const seen = new Map<string, Entity>();
    const merges = [...d.merges];
    for (const e of d.entities) {
      const id = map(e.id);
      const prev = seen.get(id);
      if (prev) {
        for (const a of [e.name, ...e.aliases]) if (a !== prev.name && !prev.aliases.includes(a)) prev.aliases.push(a);
        continue;
      }
      const copy: Entity = { ...e, id, aliases: [...e.aliases] };
      const reason = why.get(`${documentId(d.document)}#${e.id}`);
      if (reason) merges.push({ id, name: e.name, reason: `${e.id} → ${id}: ${reason}` });
      seen.set(id, copy);
    }
    const rels: Relation[] = [];
    for (const r of d.relations) {
      const from = map(r.from);
      const to = map(r.to);
      if (from === to || rels.some((q) => q.type === r.type && q.from === from && q.to === to)) continue;
      rels.push({ ...r, from, to });
    }
    // A final text here replaces a draft named in another document of the batch.
    for (const l of later) {
      if (!seen.has(l.from) || seen.has(l.to)) continue;
      if (rels.some((q) => q.type === 'SUPERSEDES' && q.from === l.from && q.to === l.to)) continue;
      rels.push({ type: 'SUPERSEDES', from: l.from, to: l.to, evidence: seen.get(l.from)!.evidence ?? l.evidence });
    }
    return { ...d, entities: [...seen.values()], relations: rels, merges };
  });
}

const documentId = (name: string): string => `doc:${name}`;

/** Across a batch: final (or trial) policies that replace a draft with the same title named elsewhere. */
function successions(docs: DocumentFacts[], find: (id: string) => string, mapOf: (d: DocumentFacts) => (id: string) => string): Relation[] {
  const byCore = new Map<string, Entity[]>();
  for (const d of docs) {
    const map = mapOf(d);
    for (const e of d.entities) {
      if (e.label !== 'Policy') continue;
      const k = coreTitle(e.name);
      if (k.length < 6) continue;
      const g = byCore.get(k) ?? [];
      g.push({ ...e, id: map(e.id) });
      byCore.set(k, g);
    }
  }
  const out: Relation[] = [];
  for (const g of byCore.values()) {
    for (const a of g) {
      if (a.status === 'draft') continue;
      for (const b of g) {
        const from = find(a.id);
        const to = find(b.id);
        if (b.status !== 'draft' || from === to || /revis|修订|修正/i.test(b.name)) continue;
        // A final dated before the draft is the old text being revised, not its successor.
        if (a.date && b.date && a.date.slice(0, Math.min(a.date.length, b.date.length)) < b.date.slice(0, Math.min(a.date.length, b.date.length))) continue;
        if (!out.some((r) => r.from === from && r.to === to)) out.push({ type: 'SUPERSEDES', from, to, evidence: a.evidence ?? a.name });
      }
    }
  }
  return out;
}
