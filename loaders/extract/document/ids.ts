// Ids last: each policy frame's id from its language-independent key (issuer scope + kind + date, or document
// number), then the passes that keep different titles apart and join mentions of one title.
import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { PolicyFrame } from '../frames/types.ts';
import type { Knowledge } from '../gazetteer-source.ts';
import { shortHash } from '../ids.ts';
import { policyId, titleSlugId } from '../resolve.ts';
import { agencyRegion, regionKey, titleRegions } from '../spans/regions.ts';
import { shortFormOf, titleKey } from './keys.ts';
import { coreTitle } from '../succession.ts';

const HAN = /\p{Script=Han}/u;

/** Gives every frame its id; `personOf` turns person-mention actors into person ids. */
export function policyIds(found: PolicyFrame[], headline: number | undefined, personOf: (actor: string) => string, K: Knowledge): void {
  for (const pf of found) {
    const tr = titleRegions(pf.t.title, K)[0];
    const scope = tr ? regionKey(tr) : scopeOf(pf.issuers.map(personOf), K.byId);
    const range = /((?:19|20)\d{2})\s*[-–—~至到]\s*((?:19|20)\d{2})/.exec(pf.t.title);
    pf.id = pf.fixedId ?? policyId(pf.t, scope, range ? `${range[1]}-${range[2]}` : pf.date);
  }
  separateKeyCollisions(found);
  sameTitleSameId(found);
  licenceNamedAgain(found);
  headlineShortTitles(found, headline);
  shortNamedActs(found);
  issuerPrefixedTitles(found);
  placeQualifiedTitles(found, K);
  draftNamedBare(found);
  for (const pf of found) {
    const sides = pf.fixedId ? undefined : connectSchemeSides(pf.t.title, K);
    if (!sides) continue;
    pf.id = `policy:drugs-devices-connect-${sides}`;
    // Its name in the other language, so that pages in either are seen to name one scheme.
    (pf.shortNames ??= []).push(...(CONNECT_NAMES[sides] ?? []).filter((n) => n !== pf.t.title));
  }
}

const CONNECT_NAMES: Record<string, string[]> = {
  'hk-mo': ['港澳药械通', 'Hong Kong and Macao Drugs and Medical Devices Connect'],
  mo: ['澳门药械通', 'Macao Drugs and Medical Devices Connect'],
  hk: ['港药械通', 'Hong Kong Drugs and Medical Devices Connect'],
};

/** 三读通过生技条例修正案 on a page that names 「生技医药产业发展条例」: an act named bare by its short name is the full title's. */
function shortNamedActs(found: PolicyFrame[]): void {
  for (const pf of found) {
    if (pf.t.rule !== 'title.unquoted-passed.zh') continue;
    const full = found.find((o) => o !== pf && o.t.label === 'Policy' && o.t.kind === pf.t.kind && o.t.title.length > pf.t.title.length && shortFormOf(pf.t.title, o.t.title));
    if (full) pf.id = full.id;
  }
}

/**
 * 《国家药监局关于X的公告》 and 国家药监局发布《关于X的公告》: one title, written once with its issuer's name before 关于
 * and once without, by the same body — one policy, keyed as the title without the prefix.
 */
function issuerPrefixedTitles(found: PolicyFrame[]): void {
  const plain = found.filter((pf) => pf.t.label === 'Policy' && /^关于/.test(titleKey(pf.t.title)));
  if (plain.length === 0) return;
  for (const pf of found) {
    if (pf.t.label !== 'Policy') continue;
    const k = titleKey(pf.t.title);
    const at = k.indexOf('关于');
    if (at <= 0) continue;
    const same = plain.find((o) => o !== pf && titleKey(o.t.title) === k.slice(at) && o.issuers.some((x) => pf.issuers.includes(x)));
    if (same) pf.id = same.id;
  }
}

// The place a title may open with or name after its kind word: 扬州市…, "Yangzhou City …", "… of Yangzhou City for …".
const PLACE_LEAD_ZH = /^\p{Script=Han}{2,8}?(?:省|市|自治区|特别行政区|区|县)/u;
const PLACE_EN = /(?:^|\s)(?:of|in)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:City|Province|Municipality|District|New\s+Area))?(?=\s+(?:for|on|to)\s)|^[A-Z][a-z]+\s+(?:City|Municipal|Province|Provincial)\s+/u;

// The rules reading the title a transmitting head prints (关于印发X的通知, "… on Printing and Distributing X").
const TRANSMITTED_HEADS = new Set(['title.transmitted.zh', 'title.transmitted.en', 'title.transmitted-mt.en']);

/**
 * 关于印发支持X若干措施的通知 … 现将《扬州市支持X若干措施》印发给你们; "… on Printing and Distributing Several Measures for
 * X" … "the Several Measures of Yangzhou City for X": one text named with and without its place, when the bare name's
 * issuers (or, bare of issuers, the named one's) are of that place — a national text and a city's of one name stay two.
 */
function placeQualifiedTitles(found: PolicyFrame[], K: Knowledge): void {
  const policies = found.filter((pf) => pf.t.label === 'Policy' && !pf.fixedId);
  for (const q of policies) {
    const place = titleRegions(q.t.title, K)[0];
    const bare = place ? withoutPlace(q.t.title) : undefined;
    if (!bare || bare === titleKey(q.t.title)) continue;
    const ofPlace = (xs: string[]): boolean => xs.length > 0 && xs.every((x) => agencyRegion(x, K.byId) === place);
    // A bare name with no issuer of its own is the placed text only as the title a transmitting head prints; in running text
    // ("to implement the provincial Several Measures for X, the city issued the Several Measures of <City> for X") it is
    // the higher body's text of the same name.
    const printedBy = (o: PolicyFrame): boolean => o.issuers.length === 0 && TRANSMITTED_HEADS.has(o.t.rule ?? '') && ofPlace(q.issuers);
    const b = policies.find((o) => o !== q && o.t.kind === q.t.kind && o.t.status === q.t.status && titleKey(o.t.title) === bare && (ofPlace(o.issuers) || printedBy(o)));
    if (b && titleRegions(b.t.title, K).length === 0) q.id = b.id;
  }
}

function withoutPlace(title: string): string | undefined {
  const t = HAN.test(title) ? title.replace(/^[《「“]/u, '').replace(PLACE_LEAD_ZH, '') : title.replace(PLACE_EN, ' ');
  return t === title ? undefined : titleKey(t);
}

/**
 * 卫福部预告订定「X」草案 … 爰订定「X」: on a page where a body puts out the draft of X, X named bare with no act of
 * its own (no issuer, no date) is that draft — the final text does not exist yet — not a second policy replacing it.
 */
function draftNamedBare(found: PolicyFrame[]): void {
  const drafts = found.filter((pf) => pf.t.label === 'Policy' && pf.t.status === 'draft' && pf.issuers.length > 0 && pf.date);
  for (const pf of drafts.length > 0 ? found : []) {
    if (pf.t.label !== 'Policy' || pf.t.status === 'draft' || pf.issuers.length > 0 || pf.issued || pf.date) continue;
    const core = coreTitle(pf.t.title);
    const draft = drafts.find((d) => coreTitle(d.t.title) === core);
    if (draft && !found.some((o) => o.id === pf.id && (o.issuers.length > 0 || o.date))) pf.id = draft.id;
  }
}

/** 港澳药械通 and "Hong Kong and Macao Drugs and Medical Devices Connect": one scheme in either language, keyed by the sides it joins. */
function connectSchemeSides(title: string, K: Knowledge): string | undefined {
  if (!/药械通$|Drugs\s+and\s+(?:Medical\s+)?Devices\s+Connect$/.test(title)) return undefined;
  const sides = HAN.test(title)
    ? [...title.replace(/药械通$/, '')].map((ch) => ({ 港: 'hk', 澳: 'mo' })[ch]).filter((x): x is string => !!x)
    : titleRegions(title, K).map((r) => ({ 'region:CN-HK': 'hk', 'region:CN-MO': 'mo' })[r]).filter((x): x is string => !!x);
  return sides.length > 0 ? [...new Set(sides)].sort().join('-') : undefined;
}

function scopeOf(issuers: string[], byId: Map<string, GazetteerEntry>): string | undefined {
  const first = issuers[0];
  if (!first) return undefined;
  const r = agencyRegion(first, byId);
  if (r && r !== 'region:CN') return regionKey(r);
  return first.replace(/^(?:agency|org|person):/, '').replace(/\//g, '-');
}

/**
 * Two different titles in one script that get the same key (one body issuing two guidelines in a month) are two
 * policies: each gets the key plus a hash of its title. Titles in different scripts may be one policy named in
 * both languages, so they keep the shared key.
 */
function separateKeyCollisions(found: PolicyFrame[]): void {
  const byId = new Map<string, PolicyFrame[]>();
  for (const pf of found) {
    if (pf.t.label !== 'Policy' || pf.t.docNumber || pf.id === titleSlugId(pf.t)) continue;
    const g = byId.get(pf.id) ?? [];
    g.push(pf);
    byId.set(pf.id, g);
  }
  for (const [id, g] of byId) {
    for (const han of [true, false]) {
      const same = g.filter((pf) => HAN.test(pf.t.title) === han);
      if (new Set(same.map((pf) => titleKey(pf.t.title))).size < 2) continue;
      for (const pf of same) pf.id = `${id}-${shortHash(titleKey(pf.t.title))}`;
    }
  }
}

/**
 * A title named again in the document ("《X》适用于…", "The X applies to…") is the policy of its first mention:
 * a mention known only by its title takes the key of the nearest mention before it with a key (else the first
 * after it). Mentions with keys of their own keep them (one title issued twice, original and revision).
 */
function sameTitleSameId(found: PolicyFrame[]): void {
  const groups = new Map<string, PolicyFrame[]>();
  for (const pf of found) {
    if (pf.t.label !== 'Policy') continue;
    const k = `${pf.t.status === 'draft' ? 'draft' : 'final'}|${titleKey(pf.t.title)}`;
    const g = groups.get(k) ?? [];
    g.push(pf);
    groups.set(k, g);
  }
  for (const g of groups.values()) {
    const keyed = g.map((pf) => pf.id !== titleSlugId(pf.t));
    if (!keyed.includes(true)) continue;
    const ids = g.map((pf) => pf.id);
    const years = g.map((pf) => pf.date?.slice(0, 4));
    g.forEach((pf, i) => {
      if (keyed[i]) return;
      let j = i - 1;
      while (j >= 0 && !keyed[j]) j--;
      if (j < 0) j = keyed.indexOf(true);
      // A mention dated to another year is another edition of the title (the 2015 text a 2024 one repeals).
      if (years[i] && years[j] && years[i] !== years[j]) {
        pf.id = `${titleSlugId(pf.t)}-${years[i]}`;
        return;
      }
      pf.id = ids[j]!;
    });
    // Keyed two ways (a headline's year range, the body's document number) but of one year: one text, by its number.
    const keyedIds = new Set(g.filter((_, i) => keyed[i]).map((pf) => pf.id));
    if (keyedIds.size > 1 && new Set(years.filter((y) => y !== undefined)).size <= 1) {
      const by = g.find((pf) => pf.t.docNumber && keyedIds.has(pf.id)) ?? g.find((pf) => pf.date);
      if (by) for (const pf of g) if (keyedIds.has(pf.id)) pf.id = by.id;
    }
  }
}

/** A licence a document names with its issuer once and without it elsewhere is one act, when only one issuer names it. */
function licenceNamedAgain(found: PolicyFrame[]): void {
  const licences = found.filter((pf) => pf.t.label === 'License' && !pf.fixedId);
  const issued = [...new Set(licences.filter((pf) => pf.issuers.length > 0).map((pf) => pf.id))];
  for (const pf of licences) {
    if (pf.issuers.length > 0) continue;
    // The issuer-less id is the issued one without its issuer's scope.
    const same = issued.filter((id) => id.startsWith(`${pf.id}-`));
    if (same.length === 1) pf.id = same[0]!;
  }
}

/**
 * A headline that names a policy by a short form (衛福部修正「特管辦法」) and a lead that gives the full title issued
 * by the same body (or, when the headline names no body, containing it word for word): one policy, named by its full
 * title. The short form's characters (or words) appear in order in the full title.
 */
function headlineShortTitles(found: PolicyFrame[], headline: number | undefined): void {
  if (headline === undefined) return;
  for (let i = 0; i < found.length; i++) {
    const h = found[i]!;
    // The headline may follow a masthead and a breadcrumb line.
    if (h.sentence.index < headline || h.sentence.index > headline + 3 || h.t.label !== 'Policy' || h.id !== titleSlugId(h.t)) continue;
    // Its issuers in common, or, when the headline names none, its words as one run of the full title's (the full
    // title puts its issuer's place first: "Chengdu High-tech Zone Several Policies to …").
    // (A headline line, not a sentence closed by its stop; a draft and its final are two texts.)
    const sameText = (pf: PolicyFrame): boolean => (h.issuers.length > 0 ? pf.issuers.some((x) => h.issuers.includes(x)) : !/[。.]\s*$/u.test(h.sentence.norm) && titleKey(pf.t.title).includes(titleKey(h.t.title)));
    const full = found.find((pf) => pf !== h && pf.sentence.index > h.sentence.index && pf.sentence.index <= h.sentence.index + 4 && pf.t.label === 'Policy' && pf.t.kind === h.t.kind && pf.t.status === h.t.status && sameText(pf) && shortFormOf(h.t.title, pf.t.title));
    if (!full) continue;
    h.id = full.id;
    // The full title names the policy: the short form becomes an alias.
    found.splice(i, 1);
    found.splice(found.indexOf(full) + 1, 0, h);
    i--;
  }
}
