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
  if (t.label === 'License') {
    const words = bareTitle(t.title).split(/\s+/);
    const core = /\p{Script=Han}/u.test(t.title) ? t.title.slice(-6) : words.slice(-2).join(' ');
    return `license:${idSlug(core)}${scope ? `-${scope}` : ''}`;
  }
  if (t.docNumber) return `policy:${idSlug(t.docNumber)}`;
  if (scope && date && /^\d{4}-\d{4}$/.test(date)) return `policy:${scope}-${t.kind}-${date}${draft}`;
  if (scope && date && date.length >= 7) return `policy:${scope}-${t.kind}-${date.slice(0, 7)}${draft}`;
  return titleSlugId(t);
}

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
  const entities = [...reg.entities.values()].sort((a, b) => (reg.firstSeen.get(a.id)! - reg.firstSeen.get(b.id)!));
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

const normTitle = (t: string): string => bareTitle(t).normalize('NFKC').toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Across a batch: the same person (name variants), organisation (same name) or policy (same title) gets one
 * id in every document; the canonical id is the smallest, so the result does not depend on order.
 */
export function resolveAcross(docs: DocumentFacts[]): DocumentFacts[] {
  const keyOf = (e: Entity): string[] => {
    if (e.label === 'Person') {
      const [sur, ...given] = e.name.split(' ');
      return [`person|${variantKey(sur ?? '', given.join(''))}`];
    }
    if (e.label === 'Policy' || e.label === 'Organization' || e.label === 'Proposal') {
      // A draft and its final text share a title but are two documents (the final SUPERSEDES the draft).
      const label = e.label === 'Policy' && e.status === 'draft' ? 'Policy-draft' : e.label;
      return [e.name, ...e.aliases].map((n) => `${label}|${normTitle(n)}`).filter((k) => k.length > 12);
    }
    return [];
  };
  // Union-find over ids sharing a key.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  // Ids one document keeps apart (a 2015 text and the 2024 one that repeals it, same title) stay apart.
  const docsOf = new Map<string, Set<number>>();
  docs.forEach((d, i) => {
    for (const e of d.entities) {
      const set = docsOf.get(e.id) ?? new Set<number>();
      set.add(i);
      docsOf.set(e.id, set);
    }
  });
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const da = docsOf.get(ra) ?? new Set<number>();
    const db = docsOf.get(rb) ?? new Set<number>();
    for (const x of da) if (db.has(x)) return;
    const both = new Set([...da, ...db]);
    if (ra < rb) {
      parent.set(rb, ra);
      docsOf.set(ra, both);
    } else {
      parent.set(ra, rb);
      docsOf.set(rb, both);
    }
  };
  const firstByKey = new Map<string, string>();
  const why = new Map<string, string>();
  for (const d of docs) {
    for (const e of d.entities) {
      if (!parent.has(e.id)) parent.set(e.id, e.id);
      for (const k of keyOf(e)) {
        const other = firstByKey.get(k);
        if (other && other !== e.id) {
          union(other, e.id);
          why.set(e.id, k.startsWith('person|') ? 'same surname and near-identical given name in another document' : `same name in another document: "${k.split('|')[1]}"`);
          why.set(other, why.get(e.id)!);
        } else if (!other) firstByKey.set(k, e.id);
      }
    }
  }
  const later = successions(docs, find);
  return docs.map((d) => {
    const map = (id: string): string => find(id);
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
      if (id !== e.id) merges.push({ id, name: e.name, reason: `${e.id} → ${id}: ${why.get(e.id) ?? 'same thing'}` });
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

/** Across a batch: final (or trial) policies that replace a draft with the same title named elsewhere. */
function successions(docs: DocumentFacts[], find: (id: string) => string): Relation[] {
  const byCore = new Map<string, Entity[]>();
  for (const d of docs) {
    for (const e of d.entities) {
      if (e.label !== 'Policy') continue;
      const k = coreTitle(e.name);
      if (k.length < 6) continue;
      const g = byCore.get(k) ?? [];
      g.push(e);
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
