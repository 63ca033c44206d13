// Named evidence for and against two profiles being one thing, and the score they add up to.
// Positive features say what agrees (same document number, same name, titles whose glossary concepts agree
// across languages, same issuer or year); negative ones what cannot be one thing (different document numbers,
// years, issuers or holders, a draft and its final text — that is SUPERSEDES, not sameness).
import { gazetteer } from '../gazetteer/index.ts';
import { BARE_KIND_WORDS_EN, BARE_KIND_WORDS_ZH } from '../kinds.ts';
import { conceptDice, concepts, titleYears } from './glossary.ts';
import { toSimplified } from '../read/script.ts';
import { docNumberKey, isHan, nameKey, orgCore, type Profile } from './profile.ts';
import { productAgreement } from './products.ts';
import { spelledBy, spelledButBrand } from './orgnames.ts';
import { memo, memoOn } from './memo.ts';
import { romanAgreement } from './romanize.ts';
import { listedYears, referenceIds } from './reference.ts';

export interface Feature {
  name: string;
  weight: number;
}

export interface Judgement {
  score: number;
  features: Feature[];
  /** A negative feature that forbids the merge whatever else agrees. */
  veto: boolean;
}

/** Score at which two profiles are one thing. */
export const THRESHOLD = 0.8;

const year = (d: string | undefined): string | undefined => d?.slice(0, 4);

/** A name key's bigrams, worked out once per key (callers must not change the set). */
const bigrams = memo((s: string): Set<string> => {
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return out;
});

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
}

/** What a profile is compared on, worked out once per profile: a profile meets every candidate of its blocks, and
 *  a name's keys, concepts and bigrams (Traditional → Simplified, NFKC) are dear next to comparing them. */
interface Traits {
  /** Name keys (nameKey) of two characters or more. */
  keys: Set<string>;
  /** Organisations: names without their company words (orgCore), four characters or more. */
  cores: Set<string>;
  /** Titles: each name's script, glossary concepts and key (nameKey). */
  titles: { han: boolean; concepts: Set<string>; key: string }[];
  places: Set<string>;
  amends: boolean;
  readings: Set<string> | null;
  number?: string;
  /** The date's year. */
  year?: string;
  /** Entries of the reference list its names match (reference.ts). */
  refs: Set<string>;
  /** Titles: the years its names state (2025年施政报告). */
  titleYears: Set<string>;
}

const traits = memoOn(traitsFor);

const NONE: ReadonlySet<string> = new Set();
const setOrNone = (xs: string[]): Set<string> => (xs.length ? new Set(xs) : (NONE as Set<string>));

function traitsFor(p: Profile): Traits {
  const titled = titledLabel(p);
  // A text's short name that is its kind word alone (以下简称《通知》, "the Notice") is compared on nothing: two pages'
  // own notices share it whatever they are.
  const names = p.label === 'Policy' ? p.names.filter((n) => !KIND_KEYS.has(nameKey(n))) : p.names;
  return {
    keys: setOrNone(names.map(nameKey).filter((k) => k.length >= 2)),
    cores: p.label === 'Organization' ? setOrNone(names.map(orgCore).filter((k) => k.length >= 4)) : (NONE as Set<string>),
    titles: titled ? names.map((n) => ({ han: isHan(n), concepts: concepts(n), key: nameKey(n) })) : [],
    places: setOrNone(names.flatMap((n) => [...concepts(n)].filter((c) => c.startsWith('place:')))),
    amends: titled && names.some((n) => concepts(n).has('amendment')),
    readings: titled ? instrumentReadings(p) : null,
    ...(p.docNumber ? { number: docNumberKey(p.docNumber) } : {}),
    ...(p.date ? { year: year(p.date) } : {}),
    refs: setOrNone(referenceIds(p.label, p.names)),
    titleYears: titled ? setOrNone(p.names.flatMap(titleYears)) : (NONE as Set<string>),
  };
}

/** Titles stating different years (2024年施政报告, 2025年施政报告), unless they are all years one listed text is dated
 *  by (药品管理法（2015年修正） and （2019年修订）: one law, revised). */
function titleYearsApart(ta: Traits, tb: Traits): boolean {
  if (!disjoint(ta.titleYears, tb.titleYears)) return false;
  for (const r of ta.refs) if (tb.refs.has(r) && [...ta.titleYears, ...tb.titleYears].every((y) => listedYears(r, y, y))) return false;
  return true;
}

/** Two dates' years that do not tell two texts apart: one listed text dated by two of the years the list gives it
 *  (promulgated, in force, revised), or titles stating the same year (2025年施政报告 on a page of 2026). */
function oneTextAcrossYears(ta: Traits, tb: Traits, ya: string, yb: string): boolean {
  if (ta.titleYears.size && ta.titleYears.size === tb.titleYears.size && [...ta.titleYears].every((y) => tb.titleYears.has(y))) return true;
  if (!ta.refs.size || !tb.refs.size) return false;
  for (const r of ta.refs) if (tb.refs.has(r) && listedYears(r, ya, yb)) return true;
  return false;
}

/** Best name agreement: identical keys, near-identical spellings in one script, or concepts across scripts. */
function nameFeatures(a: Profile, b: Profile, titled: boolean): Feature[] {
  const [ta, tb] = [traits(a), traits(b)];
  // One entry of the reference list: names across scripts that are not translations (CARsgen = 科济药业).
  for (const r of ta.refs) if (tb.refs.has(r)) return [{ name: `one entry of the reference list (${r})`, weight: 1 }];
  // A text a story names only by its kind word ("the notice") agrees with no other by that name: every body puts out notices.
  if (a.label === 'Policy' && (kindWordOnly(a) || kindWordOnly(b))) return [];
  const shared = [...ta.keys].filter((k) => tb.keys.has(k));
  // A long title said the same way is strong evidence; a short name (a person, 干细胞办法) less so.
  if (shared.length) return [{ name: 'same name', weight: shared.some((k) => k.length >= 12) && titled ? 1 : 0.9 }];
  if (a.label === 'Organization') {
    if ([...tb.cores].some((k) => ta.cores.has(k))) return [{ name: 'same name without company words', weight: 0.85 }];
    return spelledAcross(a, b);
  }
  if (!titled) return [];
  let best = 0;
  let same = 0;
  let cross = 0;
  for (const x of ta.titles) {
    for (const y of tb.titles) {
      const c = conceptDice(x.concepts, y.concepts);
      if (x.han !== y.han) cross = Math.max(cross, c);
      else {
        best = Math.max(best, dice(bigrams(x.key), bigrams(y.key)));
        same = Math.max(same, c);
      }
    }
  }
  const out: Feature[] = [];
  if (cross >= 0.85) out.push({ name: `title concepts agree across languages (${cross.toFixed(2)})`, weight: cross * 0.9 });
  if (best >= 0.75) out.push({ name: `near-identical title (${best.toFixed(2)})`, weight: 0.9 * best });
  if (same >= 0.9) out.push({ name: `title concepts agree (${same.toFixed(2)})`, weight: 0.9 * same });
  out.sort((p, q) => q.weight - p.weight);
  return out.slice(0, 1);
}

const KIND_KEYS: ReadonlySet<string> = new Set([...BARE_KIND_WORDS_EN.flatMap((w) => [w, `${w}s`]), ...BARE_KIND_WORDS_ZH]);
const kindWordOnly = (p: Profile): boolean => p.names.every((n) => KIND_KEYS.has(nameKey(n)));

/** An English name of three words or more that the Chinese name spells (glossary words and pinyin, one at least). */
function spelledAcross(a: Profile, b: Profile): Feature[] {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    for (const en of x.names.filter((n) => !isHan(n))) {
      for (const zh of y.names.filter(isHan)) {
        const s = spelledBy(en, zh);
        if (s && s.pinyin.length && s.words >= 3) return [{ name: `English name spells the Chinese one (${s.pinyin.join(', ')})`, weight: 0.85 }];
      }
    }
  }
  return [];
}

/** Two sets, both non-empty, with nothing in common. */
function disjoint(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  if (!x.size || !y.size) return false;
  for (const v of x) if (y.has(v)) return false;
  return true;
}

const placesDiffer = (a: Profile, b: Profile): boolean => disjoint(traits(a).places, traits(b).places);

const overlap = (a: string[], b: string[]): boolean => a.some((x) => b.includes(x));

/** `holder|zh` forms: the holder's resolved id and the script of its name (cluster.ts sets them; raw ids otherwise). */
const holderForms = (p: Profile): [string, string][] => (p.holderForms ?? p.holders.map((h) => `${h}|?`)).map((x) => x.split('|') as [string, string]);

/** Different holders forbid the merge, unless each pair is named in two scripts (organisation resolution may not know). */
function holderFeatures(a: Profile, b: Profile): Feature[] {
  const [ha, hb] = [holderForms(a), holderForms(b)];
  if (!ha.length || !hb.length) return [];
  if (ha.some(([x]) => hb.some(([y]) => x === y))) return [{ name: 'same holder', weight: 0.2 }];
  const comparable = ha.some(([, s]) => hb.some(([, t]) => s === '?' || t === '?' || s === t));
  return [comparable ? { name: 'different holders', weight: -1 } : { name: 'holders named in two scripts', weight: 0 }];
}

/**
 * One licence is one act: one issuer, one holder, one product, one kind. Different issuers, holders, products,
 * kinds or therapy classes forbid the merge; a product named alike is evidence, and so is one issuer approving
 * one therapy class on one day. Holders named in two scripts are left to organisation resolution (unknown here).
 */
function licenceFeatures(a: Profile, b: Profile, sofar: Feature[]): Feature[] {
  const f: Feature[] = [];
  const no = (name: string) => f.push({ name, weight: -1 });
  if (a.issuers.length && b.issuers.length && !overlap(a.issuers, b.issuers)) no('different issuers (one licence, one issuer)');
  if (a.licenceKind && b.licenceKind && a.licenceKind !== b.licenceKind) no(`different kinds of licence (${a.licenceKind}, ${b.licenceKind})`);
  const ca = a.classes ?? [];
  const cb = b.classes ?? [];
  if (ca.length && cb.length && !overlap(ca, cb)) no('different therapy classes');
  const product = productAgreement(a.products ?? [], b.products ?? []);
  if (product === 'different') no('different products');
  else if (product === 'same') f.push({ name: 'same product', weight: 0.5 });
  else if (product === 'known') f.push({ name: 'same product (reference list of approved products)', weight: 0.7 });
  f.push(...holderFeatures(a, b));
  const sameDay = !!a.date && a.date.length === 10 && a.date === b.date;
  if (sameDay && overlap(a.issuers, b.issuers) && overlap(ca, cb)) f.push({ name: 'one issuer, one day, one therapy class', weight: 0.45 });
  // A licence's name is its kind (药品注册证书): without holder, product or day it is not evidence.
  if (!f.some((x) => x.name === 'same holder') && product !== 'same' && product !== 'known' && !sameDay && !sofar.some((x) => x.name === 'same document number')) {
    f.push({ name: 'licence without holder, product or same day', weight: -0.5 });
  }
  return f;
}

const titledLabel = (p: Profile): boolean => p.label === 'Policy' || p.label === 'Proposal' || p.label === 'License';
const numbersDiffer = (a: Profile, b: Profile): boolean => !!a.docNumber && !!b.docNumber && traits(a).number !== traits(b).number;
const draftAndFinal = (a: Profile, b: Profile): boolean => (a.status === 'draft') !== (b.status === 'draft');
const yearsDiffer = (a: Profile, b: Profile): boolean =>
  !!year(a.date) && !!year(b.date) && year(a.date) !== year(b.date) && !oneTextAcrossYears(traits(a), traits(b), year(a.date)!, year(b.date)!);
// Hong Kong's primary and subsidiary legislation: an Ordinance (條例) and a Regulation (規例) made under it are two
// texts however alike their other words. What a title's last instrument word can be: 'Regulation(s)' translates a
// mainland 条例 or a HK 規例; 条例 is a mainland regulation or a HK Ordinance. No reading in common forbids the merge.
const INSTRUMENT = /\bordinances?\b|\bregulations?\b|条例|规例/giu;
const READINGS: Record<string, string[]> = { ordinance: ['primary'], regulation: ['mainland', 'subsidiary'], 条例: ['primary', 'mainland'], 规例: ['subsidiary'] };
/** A title's last instrument word ('' for none), worked out once per title. */
const lastInstrument = memo((n: string): string => [...toSimplified(n).matchAll(INSTRUMENT)].pop()?.[0].toLowerCase().replace(/s$/, '') ?? '');
function instrumentReadings(p: Profile): Set<string> | null {
  let out: Set<string> | null = null;
  for (const n of p.names) {
    const last = lastInstrument(n);
    if (!last) continue;
    const r = READINGS[last]!;
    out = out ? new Set(r.filter((x) => out!.has(x))) : new Set(r);
  }
  return out?.size ? out : null;
}
const readingsDiffer = (x: Set<string> | null, y: Set<string> | null): boolean => !!x && !!y && disjoint(x, y);
const ordinanceAndRegulation = (a: Profile, b: Profile): boolean => readingsDiffer(traits(a).readings, traits(b).readings);
const proposersDiffer = (a: Profile, b: Profile): boolean => a.label === 'Proposal' && !!a.issuers.length && !!b.issuers.length && !overlap(a.issuers, b.issuers);

/** A veto read from numbers, status, years, proposers and what a title says of itself (places, amending,
 *  ordinance or regulation), before any name is scored: `compare` vetoes these pairs too, so judging can stop here
 *  (a block by name holds every year of a title repeated year after year). */
export function quickVeto(a: Profile, b: Profile): boolean {
  return vetoedWith(vetoSide(a), b);
}

/** One profile's side of quickVeto, worked out once for every candidate it meets (judging.ts: ~200k candidates a
 *  batch at 10k, nine in ten vetoed). */
export interface VetoSide {
  a: Profile;
  t: Traits;
  titled: boolean;
  /** Places decide (a title or an organisation naming one). */
  placed: boolean;
  draft: boolean;
  /** A titled profile's year when it has four digits (else undefined): most vetoes of a block, read from the other's
   *  date without its traits. */
  year4?: string;
}

export function vetoSide(a: Profile): VetoSide {
  const t = traits(a);
  const titled = titledLabel(a);
  const year4 = titled && t.year?.length === 4 ? t.year : undefined;
  return { a, t, titled, placed: (titled || a.label === 'Organization') && t.places.size > 0, draft: a.status === 'draft', ...(year4 ? { year4 } : {}) };
}

/** The year outside which quickVeto rules out every dated candidate of this side (its year4, unless a listed text or
 *  a title year may span years), else undefined: judging visits only the candidates of that year and the undated
 *  ones (held.ts inBlockDated) — the same verdicts without walking the rest of a block (~85 % of it at 10k). */
export const vetoYear = (side: VetoSide): string | undefined => (side.t.refs.size || side.t.titleYears.size ? undefined : side.year4);

/** The one place outside which quickVeto rules out every candidate naming a place (a titled side naming one place),
 *  else '': judging visits only the candidates naming it or none (held.ts inBlockDated). */
export const vetoPlace = (side: VetoSide): string => (side.placed && side.titled && side.t.places.size === 1 ? side.t.places.values().next().value! : '');

/** The places a profile's names state (title concepts `place:…`), as quickVeto compares them. */
export const placesOf = (p: Profile): ReadonlySet<string> => traits(p).places;

/** quickVeto(side.a, b), the checks that veto most pairs of a block (numbers, years) first. */
export function vetoedWith(side: VetoSide, b: Profile): boolean {
  // Different years (both dated): b's year is its date's first four characters.
  if (side.year4 !== undefined && b.date && b.date.length >= 4 && !b.date.startsWith(side.year4) && !((side.t.refs.size || side.t.titleYears.size) && oneTextAcrossYears(side.t, traits(b), side.year4, b.date.slice(0, 4)))) return true;
  const [ta, tb] = [side.t, traits(b)];
  if (ta.number !== undefined && tb.number !== undefined && ta.number !== tb.number) return true;
  if (side.titled && ta.year !== undefined && tb.year !== undefined && ta.year !== tb.year && !oneTextAcrossYears(ta, tb, ta.year, tb.year)) return true;
  if (side.placed && disjoint(ta.places, tb.places)) return true;
  if (disjoint(ta.refs, tb.refs)) return true;
  if (!side.titled) return false;
  if (side.draft !== (b.status === 'draft') || ta.amends !== tb.amends || readingsDiffer(ta.readings, tb.readings)) return true;
  if (titleYearsApart(ta, tb)) return true;
  return proposersDiffer(side.a, b);
}

/**
 * Whether two titled texts that passed quickVeto cannot reach the threshold whatever their names say: what
 * `compare` adds besides the name (document number, dates, issuers) plus the most a name gives (1) is under it.
 * Most candidates of a block near the cap are another mention of one title in another month of the year (−0.3)
 * by another issuer (−0.2): judged so without scoring their names. Licences add more evidence: not here.
 */
export function underWhateverNames(a: Profile, b: Profile): boolean {
  if (a.label !== 'Policy' && a.label !== 'Proposal') return false;
  let rest = a.docNumber && b.docNumber ? 1 : 0;
  // As compare's dates (two years past quickVeto do not tell the texts apart: 0).
  const [da, db] = [a.date, b.date];
  if (year(da) && year(db) && year(da) === year(db)) {
    if (da === db && da!.length === 10) rest += 0.25;
    else if (da!.length >= 7 && db!.length >= 7) rest += da!.slice(0, 7) === db!.slice(0, 7) ? 0.2 : -0.3;
    else rest += 0.1;
  }
  if (a.issuers.length && b.issuers.length) rest += overlap(a.issuers, b.issuers) ? 0.15 : -0.2;
  return 1 + rest < THRESHOLD - 1e-9;
}

/** The evidence on two profiles of one label (from different documents). */
export function compare(a: Profile, b: Profile): Judgement {
  const f: Feature[] = [];
  let veto = false;
  const no = (name: string) => {
    f.push({ name, weight: -1 });
    veto = true;
  };
  const titled = titledLabel(a);
  if (a.docNumber && b.docNumber) {
    if (numbersDiffer(a, b)) no('different document numbers');
    else f.push({ name: 'same document number', weight: 1 });
  }
  f.push(...nameFeatures(a, b, titled));
  if (disjoint(traits(a).refs, traits(b).refs)) no('different entries of the reference list');
  if (titled || a.label === 'Organization') {
    // "… of Guangxi" and "… of Yunnan": one template, two texts (a Beijing and a Shanghai hospital of one name).
    if (placesDiffer(a, b)) no('different places in the titles');
  }
  if (titled) {
    // An amending act is a text of its own, not the act it amends.
    if (traits(a).amends !== traits(b).amends) no('an amending act and the act it amends');
    if (draftAndFinal(a, b)) no('a draft and a final text (SUPERSEDES, not sameness)');
    if (titleYearsApart(traits(a), traits(b))) no('titles stating different years');
    if (ordinanceAndRegulation(a, b)) no('an ordinance and a regulation (primary and subsidiary legislation)');
    const ya = year(a.date);
    const yb = year(b.date);
    if (ya && yb) {
      if (yearsDiffer(a, b)) no(`different years (${ya}, ${yb})`);
      else if (ya !== yb) f.push({ name: `dated in two years that do not tell the texts apart (${ya}, ${yb})`, weight: 0 });
      else if (a.date === b.date && a.date!.length === 10) f.push({ name: 'same day', weight: 0.25 });
      else if (a.date!.slice(0, 7) === b.date!.slice(0, 7) && a.date!.length >= 7 && b.date!.length >= 7) f.push({ name: 'same month', weight: 0.2 });
      else if (a.date!.length >= 7 && b.date!.length >= 7) f.push({ name: 'same year, different months', weight: -0.3 });
      else f.push({ name: 'same year', weight: 0.1 });
    }
    // Issuers are weak evidence: documents name different co-issuers of one text. A proposal is one member's (or
    // one group's) act: another proposer is another proposal, however alike the titles.
    if (a.issuers.length && b.issuers.length) {
      if (overlap(a.issuers, b.issuers)) f.push({ name: 'same issuer', weight: 0.15 });
      else if (proposersDiffer(a, b)) no('different proposers (one proposal, one proposer)');
      else f.push({ name: 'different issuers', weight: -0.2 });
    }
  }
  if (a.label === 'License') f.push(...licenceFeatures(a, b, veto ? [] : f));
  if (a.label === 'Person') f.push(...personFeatures(a, b, f.some((x) => x.name === 'same name')));
  if (f.some((x) => x.weight === -1)) veto = true;
  const score = f.reduce((s, x) => s + x.weight, 0);
  return { score, features: f, veto };
}

/**
 * Persons: Chinese names agree or forbid the merge. A person named only in English and one named in characters
 * meet when the English name spells the Chinese one (romanize.ts: pinyin, HK Cantonese, Wade-Giles) — +0.6, under
 * the threshold alone, so a second piece of evidence (the same body) must agree; a spelled family name with a given
 * name of as many syllables that no reading gives (Li Meng, 李明) forbids it, as different Chinese names do.
 */
function personFeatures(a: Profile, b: Profile, sameName: boolean): Feature[] {
  const f: Feature[] = [];
  const za = a.names.filter(isHan).map(nameKey);
  const zb = b.names.filter(isHan).map(nameKey);
  if (za.length && zb.length) f.push(overlap(za, zb) ? { name: 'same Chinese name', weight: 0.3 } : { name: 'different Chinese names', weight: -1 });
  else if (!sameName && (za.length || zb.length)) f.push(...romanised(za.length ? b : a, za.length ? a : b));
  f.push(...bodyFeatures(a, b));
  return f;
}

/**
 * What else two persons share beyond a name: one body; a body and its part (the MOHW and its Department of Medical
 * Affairs); else, both named only with bodies of the gazetteer, none of one level and place (a ministry's official
 * and a city health department's) forbid the merge; else pages dated within a year of each other. With none of
 * these, a name alone is not enough: two officials can share a common name (陳怡安 of the MOHW in 2024 and of Taipei's
 * health department in 2026). Profiles stored before the page date was kept (`seen` absent) are judged as before.
 */
function bodyFeatures(a: Profile, b: Profile): Feature[] {
  const [ba, bb] = [a.bodies ?? [], b.bodies ?? []];
  if (overlap(ba, bb)) return [{ name: 'same body', weight: 0.25 }];
  if (ba.some((x) => bb.some((y) => partOf(x, y) || partOf(y, x)))) return [{ name: 'a body and its part', weight: 0 }];
  if (bodiesApart(ba, bb)) return [{ name: 'bodies of different levels or places', weight: -1 }];
  if (a.seen === undefined || b.seen === undefined) return [];
  if (withinAYear(a.seen, b.seen)) return [{ name: 'pages dated within a year', weight: 0 }];
  return [{ name: 'nothing in common but the name (no body, no page within a year)', weight: -0.5 }];
}

/** Whether body x is part of body y: y's id or the gazetteer's PART_OF chain above x. */
function partOf(x: string, y: string): boolean {
  if (x.startsWith(`${y}/`)) return true;
  const g = gazetteer();
  for (let e = g.byId(x), hops = 0; e?.partOf && hops < 8; e = g.byId(e.partOf), hops++) if (e.partOf === y) return true;
  return false;
}

/** A gazetteer body's level and place (jurisdiction), or undefined for one it does not know. */
const levelAndPlace = memo((id: string): string | undefined => {
  const e = gazetteer().byId(id);
  return e?.level && e.jurisdiction ? `${e.level}|${e.jurisdiction}` : undefined;
});

/** Both persons named with gazetteer bodies only, and no level and place in common. */
function bodiesApart(ba: string[], bb: string[]): boolean {
  if (!ba.length || !bb.length) return false;
  const [la, lb] = [ba.map(levelAndPlace), bb.map(levelAndPlace)];
  if (la.includes(undefined) || lb.includes(undefined)) return false;
  return !overlap(la as string[], lb as string[]);
}

/** Two page dates (ISO, partial) at most twelve months apart; undated pages are not. */
function withinAYear(x: string, y: string): boolean {
  const months = (d: string): number => Number(d.slice(0, 4)) * 12 + (d.length >= 7 ? Number(d.slice(5, 7)) - 1 : 6);
  return x.length >= 4 && y.length >= 4 && Math.abs(months(x) - months(y)) <= 12;
}

function romanised(en: Profile, zh: Profile): Feature[] {
  let differs: string | undefined;
  for (const e of en.names) {
    for (const z of zh.names.filter(isHan)) {
      const r = romanAgreement(e, z);
      if (r === 'different given name') differs ??= `${e}, ${z}`;
      else if (r) return [{ name: `English name romanises the Chinese one (${r.system}: ${e} = ${z})`, weight: 0.6 }];
    }
  }
  return differs ? [{ name: `different given names, romanised (${differs})`, weight: -1 }] : [];
}

// What kind of company a name says it is, in both languages (Platinum Life Biotech = …生物科技有限公司).
const COMPANY_WORDS: [string, RegExp][] = [
  ['biotech', /\bbio(?:tech|technology|sciences?|logics|pharma(?:ceuticals?)?)?\b|生物/iu],
  ['pharma', /\bpharma(?:ceuticals?)?\b|医药|药业|制药/iu],
  ['therapeutics', /\btherapeutics\b|治疗/iu],
  ['hospital', /\bhospital\b|医院/iu],
  ['university', /\buniversity\b|大学/iu],
  ['institute', /\binstitute\b|研究院|研究所/iu],
];
const companyWords = (p: Profile): Set<string> => new Set(COMPANY_WORDS.filter(([, re]) => p.names.some((n) => re.test(toSimplified(n)))).map(([c]) => c));
const onlyHan = (p: Profile): boolean => p.names.every(isHan);
const noHan = (p: Profile): boolean => !p.names.some(isHan);

/**
 * Two organisations named in two scripts that hold one (resolved) licence: the same company, when what kind of
 * company the names say agrees. Same-script names are left to the name features (a parent and its subsidiary
 * can both be named as holder of one approval), and disagreeing company words or places forbid it.
 */
export function heldTogether(a: Profile, b: Profile): Feature[] {
  if (!((onlyHan(a) && noHan(b)) || (noHan(a) && onlyHan(b)))) return [];
  const f: Feature[] = [{ name: 'holders of one licence, named in two scripts', weight: 0.65 }];
  const [wa, wb] = [companyWords(a), companyWords(b)];
  if (wa.size && wb.size) {
    if ([...wa].some((w) => wb.has(w))) f.push({ name: 'company words agree across languages', weight: 0.2 });
    else f.push({ name: 'different kinds of company', weight: -1 });
  }
  if (placesDiffer(a, b)) f.push({ name: 'different places in the names', weight: -1 });
  return f;
}

/**
 * Two reports of one licence, each naming a company in its own script, the English name spelling the Chinese one
 * but for the company's own romanisation (Fosun = 复星: as many syllables, one initial). Each half alone is too
 * weak (+0.5, +0.35); a second English or Chinese word unaccounted for, or different places, rule it out.
 */
export function brandInReports(a: Profile, b: Profile): Feature[] {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    for (const en of x.names.filter((n) => !isHan(n))) {
      for (const zh of y.names.filter(isHan)) {
        const s = spelledButBrand(en, zh);
        if (s) return [{ name: `English name spells the Chinese one but for its romanisation (${s.brand} = ${s.zh})`, weight: 0.5 }, { name: 'both documents report one licence', weight: 0.35 }];
      }
    }
  }
  return [];
}
