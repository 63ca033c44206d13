// What one document says about one thing, reduced to what identity is judged on: its names in comparable form,
// document number, year, status, issuers and holders, and the blocking keys that make it a candidate.
import type { DocumentFacts, Entity, EntityLabel } from '../types.ts';
import { toSimplified } from '../read/script.ts';
import { concepts, titleYears } from './glossary.ts';
import { licenceTerms } from './products.ts';
import { spellingKeys } from './orgnames.ts';
import { memo, memoOn } from './memo.ts';
import { romanKeys } from './romanize.ts';
import { referenceIds } from './reference.ts';
import { nameKey } from './name-key.ts';

export { nameKey };

/** Labels resolved by evidence. Agencies and regions carry gazetteer ids, which are identity already. */
export const RESOLVED: readonly EntityLabel[] = ['Policy', 'License', 'Proposal', 'Person', 'Organization'];

export interface Profile {
  /** Document id (`doc:…`). */
  doc: string;
  /** The id the document's extraction gave it. */
  localId: string;
  label: EntityLabel;
  names: string[];
  docNumber?: string;
  date?: string;
  status?: string;
  /** Who issued, proposed or granted it in this document (ids). */
  issuers: string[];
  /** Licences: whom it was granted to (ids). */
  holders: string[];
  /** Licences: products named (products.ts keys), therapy classes, and the kind of licence. */
  products?: string[];
  classes?: string[];
  licenceKind?: string;
  /** Licences, while clustering: each holder's resolved id and the script of its name (`id|zh`, `id|en`). */
  holderForms?: string[];
  /** Organisations: the licences this document says they hold (local ids) and those licences' act keys. */
  holds?: string[];
  holdKeys?: string[];
  /** Persons: the bodies this document says they are members of (ids). */
  bodies?: string[];
  /** Persons: the date of the page naming them ('' when it has none; absent in profiles stored before it was kept). */
  seen?: string;
}

/** A document number compared across spellings: 国卫科教发〔2015〕48号 = 国卫科教发[2015]48号 = 國衛科教發(2015)48號. */
export const docNumberKey = (n: string): string => toSimplified(n.normalize('NFKC')).replace(/[^\p{L}\p{N}]+/gu, '').replace(/号$/, '');

const HAN = /\p{Script=Han}/u;
export const isHan = (s: string): boolean => HAN.test(s);

/** The profiles of one document's resolved entities. */
export function profilesOf(doc: string, facts: DocumentFacts): Profile[] {
  const issuers = new Map<string, string[]>();
  const holders = new Map<string, string[]>();
  const bodies = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, k: string, v: string) => m.set(k, [...(m.get(k) ?? []), v]);
  for (const r of facts.relations) {
    if (r.type === 'ISSUED' || r.type === 'PROPOSED') add(issuers, r.to, r.from);
    if (r.type === 'GRANTED_TO') add(holders, r.from, r.to);
    if (r.type === 'MEMBER_OF') add(bodies, r.from, r.to);
  }
  const held = new Map<string, string[]>();
  for (const [lic, hs] of holders) for (const h of hs) add(held, h, lic);
  const ps = facts.entities.filter((e) => RESOLVED.includes(e.label)).map((e) => profileOf(doc, e, issuers.get(e.id) ?? [], holders.get(e.id) ?? []));
  const licences = new Map(ps.filter((p) => p.label === 'License').map((p) => [p.localId, p]));
  for (const p of ps) {
    if (p.label === 'Person' && bodies.has(p.localId)) p.bodies = [...new Set(bodies.get(p.localId))].sort();
    if (p.label === 'Person') p.seen = facts.publishedOn ?? '';
    const lics = [...new Set(held.get(p.localId) ?? [])].filter((l) => licences.has(l)).sort();
    if (p.label !== 'Organization' || !lics.length) continue;
    p.holds = lics;
    p.holdKeys = [...new Set(lics.flatMap((l) => actKeys(licences.get(l)!)))].sort();
  }
  return ps;
}

function profileOf(doc: string, e: Entity, issuers: string[], holders: string[]): Profile {
  const names = [...new Set([e.name, ...(e.nameZh ? [e.nameZh] : []), ...e.aliases].map((n) => n.trim()).filter(Boolean))];
  const p: Profile = { doc, localId: e.id, label: e.label, names, issuers: [...new Set(issuers)].sort(), holders: [...new Set(holders)].sort() };
  if (e.docNumber) p.docNumber = e.docNumber;
  if (e.date) p.date = e.date;
  if (e.status) p.status = e.status;
  if (e.label === 'License') {
    const t = licenceTerms(names, e.evidence);
    if (t.products.length) p.products = t.products;
    if (t.classes.length) p.classes = t.classes;
    if (t.kind) p.licenceKind = t.kind;
  }
  return p;
}

/** Profile's key in clusters and judgements: document and local id. */
export const profileKey = (p: Pick<Profile, 'doc' | 'localId'>): string => `${p.doc}#${p.localId}`;

/**
 * Blocking keys: two profiles are compared only when they share one. Names in both scripts (nameKey), the
 * document number, and for titles the two rarest glossary concepts (English and Chinese titles meet there).
 */
const keysOf = memoOn(keysFor);
export const blockingKeys: (p: Profile) => string[] = keysOf;

/** A profile read back from a graph whose Documents were written by this very code (graph/stamp.ts) takes the keys
 *  stored with it instead of working them out again (graph/identity/held.ts: most of a fresh process's read). */
export const presetBlockingKeys: (p: Profile, keys: string[]) => void = keysOf.preset;

function keysFor(p: Profile): string[] {
  const keys = new Set<string>();
  for (const n of p.names) for (const k of nameKeysOf(`${p.label}|${n}`)) keys.add(k);
  if (p.docNumber) keys.add(`Policy|d|${docNumberKey(p.docNumber)}`);
  for (const r of referenceIds(p.label, p.names)) keys.add(`${p.label}|ref|${r}`);
  if (p.label === 'Proposal') for (const i of p.issuers) keys.add(`Proposal|i|${i}`);
  if (p.label === 'Organization') {
    for (const n of p.names) if (orgCore(n).length >= 4) keys.add(`Organization|core|${orgCore(n)}`);
    for (const n of p.names) for (const k of spellingKeys(n)) keys.add(`Organization|py|${k}`);
  }
  if (p.label === 'License') for (const k of actKeys(p)) keys.add(`License|${k}`);
  // A person named in English and in characters: romanised spellings (pinyin, Cantonese, Wade-Giles) meet.
  if (p.label === 'Person') for (const n of p.names) for (const k of romanKeys(n)) keys.add(`Person|r|${k}`);
  // Holders of licences that may be one act are compared (the relational feature decides).
  for (const k of p.holdKeys ?? []) keys.add(`Organization|h|${k}`);
  // Issuer and month: one text translated two ways by two documents.
  if (p.label === 'Policy' && p.date && p.date.length >= 7) for (const i of p.issuers) keys.add(interned(`Policy|i|${i}|${p.date.slice(0, 7)}`));
  return [...keys];
}

/** The keys one name gives a profile of one label (`label|name`): worked out once per name, and the same strings for
 *  every profile giving it (a graph's index holds ~1M keys: shared strings are hashed once and kept once). */
const nameKeysOf = memo((labelled: string): string[] => {
  const at = labelled.indexOf('|');
  const [label, n] = [labelled.slice(0, at), labelled.slice(at + 1)];
  const out: string[] = [];
  const k = nameKey(n);
  if (k.length >= 2) out.push(`${label}|n|${k}`);
  if (label === 'Policy' || label === 'Proposal' || label === 'License') {
    const c = [...concepts(n)].filter((x) => !GENERIC.has(x)).sort();
    if (c.length >= 2) out.push(`${label}|c|${c.join('+')}`);
    // One concept and the year the title states: a yearly text (2025年施政报告 = "2025 Policy Address").
    else if (c.length === 1 && titleYears(n).length) out.push(`${label}|c|${c[0]}|${titleYears(n).join('+')}`);
  }
  return out;
});
const interned = memo((s: string): string => s);

/** A licence's act keys: its issuer and day, and each product it names (a Latin word meets a Chinese name's pinyin). */
function actKeys(p: Profile): string[] {
  const out: string[] = [];
  if (p.date?.length === 10) for (const i of p.issuers) out.push(`a|${i}|${p.date}`);
  for (const x of p.products ?? []) out.push(`p|${x.replace(/^(?:en|py):/, '')}`);
  return out;
}

/** What a name says a text is about, the same in either language: its title concepts beyond the generic ones and
 *  places (which one document states and another leaves to the issuer), else its name key. */
export const textKey = memo(textKeyOf, 100_000);

/** A profile's text keys (textKey of each name), distinct and sorted, and those joined: worked out once per profile,
 *  which a held cluster's id asks for in every batch that judges it again. */
export function textKeys(p: Profile): { keys: string[]; joined: string } {
  let t = textKeysOf.get(p);
  if (!t) {
    const keys = [...new Set(p.names.map(textKey))].sort();
    textKeysOf.set(p, (t = { keys, joined: keys.join('|') }));
  }
  return t;
}

const textKeysOf = new WeakMap<Profile, { keys: string[]; joined: string }>();

function textKeyOf(name: string): string {
  const c = [...concepts(name)].filter((x) => !GENERIC.has(x) && x !== 'draft' && !x.startsWith('place:')).sort();
  return c.length ? c.join('+') : nameKey(name);
}

/** Concepts nearly every title has: no use for blocking. */
const GENERIC = new Set(['regulation', 'measures', 'administration', 'notice', 'guideline', 'plan', 'opinion', 'rules', 'law', 'trial', 'several', 'implementation', 'support', 'promotion', 'development']);

const ORG_SUFFIX = /(?:\s*,?\s*\b(?:inc|ltd|limited|co|corp|corporation|company|group|holdings?|sciences?|biotech|biotechnology|biosciences|pharma|pharmaceuticals?|therapeutics|biologics)\b\.?)+$|(?:股份有限公司|有限责任公司|有限公司|集团)$/iu;

/** An organisation's name without the company words at its end: "Gilead Sciences, Inc." → gilead. */
export const orgCore = (name: string): string => nameKey(name.replace(ORG_SUFFIX, '').replace(ORG_SUFFIX, ''));
