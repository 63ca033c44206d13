// One document's text → its entities and facts (DocumentFacts). Pure and synchronous: sentences are read
// once, left to right, each by compiled rules and the gazetteer's automata.
import type { SourceDocument } from '../read/index.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';
import type { DocumentFacts, Entity, Merge, Relation } from '../types.ts';
import { BODY_TYPES } from './bodies.ts';
import { findDates, headingDate, publishedDate, yearOf } from './dates.ts';
import { knowledge } from './gazetteer-source.ts';
import { idSlug, shortHash } from './ids.ts';
import { entryFound, findMentions, localBody, localBodyFor, type Mention } from './mentions.ts';
import { memberships } from './memberships.ts';
import { findOrganizations } from './organizations.ts';
import { findPersons, type PersonMention } from './persons.ts';
import { findTitles, type TitleMention } from './policies.ts';
import { orgKey, Registry, scripts, type Found } from './registry.ts';
import { edge } from './relations.ts';
import { resolvePersons, policyId, finishDocument, titleKey as keyOfTitle, titleSlugId } from './resolve.ts';
import { originalSpan, splitSentences, type Sentence } from './sentences.ts';
import { proposalsIn } from './proposals.ts';
import { findGrants } from './approvals.ts';
import { mentionsInTime } from './in-time.ts';
import { ruleById } from './rules/index.ts';
import { headlineIssue, labelledTitle, onlyBodies, selfIssued, signatureBlock } from './passes.ts';
import { idSlug as slug } from './ids.ts';
import { policyLinks } from './succession.ts';

export interface Actor {
  id: string;
  start: number;
  end: number;
  label: string;
  /** Named only as the parent of a sub-body here ("… of the NMPA"). */
  asParent?: boolean;
}

const ISSUE_ZH = /(?:联合|共同|正式|相继|先后)?(?:(?:印发|发布|发表|出台|颁布|公布|制定|审议通过|通过|发出|下发|签署|推出|批复|发文|颁发|核发|签发)(?:修订|修正|修改)?|修订|修正)(?:了|的)?$/;
// The passive, also past an aside (', on which experts commented,') and a time ('released on Friday by').
const BY_EN = /^\s*(?:\([^)]*\)\s*)?(?:,\s*(?:on|in|for|to|under|about|of)\s+which\s[^,;.]{0,120},\s*)?,?\s*(?:which\s+was\s+|was\s+|were\s+|has\s+been\s+|have\s+been\s+)?(?:jointly\s+)?(?:issued|released|published|formulated|promulgated|drafted|adopted|enacted)\s+(?:(?:on|in|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|January|February|March|April|May|June|July|August|September|October|November|December)\s+)?by\s+(?:the\s+)?(?:former\s+|then\s+)?/i;
const BY_ZH = /^(?:由)?$/;
const RECEIVE_ZH = /收到|取得|获得|领取|领到|拿到/g;
// The short name given right after a title: （以下简称“《条例》”）, (hereinafter the "Measures").
const SHORT_NAME_AFTER = /^[》”"]?\s*[(（]\s*(?:以下简称|以下称|下称|简称|hereinafter\s+(?:referred\s+to\s+as\s+)?(?:the\s+)?)\s*[“"]?《?([^”"》)）《]{1,30})》?[”"]?\s*[)）]/i;
const WHICH_BY = /^\s*(?:\([^)]*\)\s*)?,?\s*(?:which|that)\s+(?:the\s+)?/i;
const VERB_AFTER_ACTOR = /^\s+(?:had\s+|has\s+)?(?:jointly\s+)?(?:passed|adopted|issued|enacted|released|published|promulgated|approved|signed)\b/;
// 'A就《X》公开征求意见': asking for comments on a draft is how its issuer publishes it.
const SOLICIT_ZH_BEFORE = /就\s*$/;
const SOLICIT_ZH_AFTER = /^[)）]?\s*(?:[(（][^)）]{1,12}[)）])?\s*(?:向社会|面向社会)?(?:公开)?(?:征求|征集)(?:社会)?意见/;
const CHAIN_GAP = /^(?:\s*,\s*|\s*,?\s+and\s+|\s*、\s*|和|与|及|会同|联合|\s+)(?:the\s+|The\s+)?(?:former\s+)?$/;

const STATE_KINDS = new Set(['Agency']);
const HAN_RE = /\p{Script=Han}/u;
// Zones run by an administrative committee (管委会) of their own.
const ZONE_KINDS = new Set(['development_zone', 'new_area', 'zone', 'pilot_zone', 'cooperation_zone', 'park', 'science_park', 'demonstration_zone', 'industrial_park', 'special_zone', 'area']);
const ZONE_ISSUES = /^(?:\s*\([^)]{1,20}\))?(?:\s+(?:has\s+|have\s+)?(?:jointly\s+|officially\s+|formally\s+|recently\s+)?(?:issued|released|published|promulgated|unveiled|formulated|introduced|printed\s+and\s+distributed)\b|(?:联合|正式|近日|日前)?(?:印发|发布|出台|颁布|公布|制定))/;

const ZONE_ADMIN = /^(?:\s+(?:Administration|Administrative\s+Committee|Management\s+Committee|Management\s+Bureau|Administration\s+Bureau|Authority)\b|(?:管委会|管理委员会|管理局))/;

interface PolicyFound {
  t: TitleMention;
  id: string;
  /** Set by the rule that found it (approvals are keyed by issuer and product). */
  fixedId?: string;
  sentence: Sentence;
  issuers: string[];
  issued: boolean;
  date?: string;
  foreign?: string[];
  zones?: string[];
  rules?: string[];
  /** An approval whose product is only described ("its first CAR-T therapy"). */
  generic?: boolean;
  /** The document's own title (its headline naming the issuers, or a record's title field). */
  docTitle?: boolean;
  /** Issued by the writer, who names itself (我中心). */
  selfRef?: boolean;
  /** A short name the document gave this title's policy (以下简称). */
  aliasOf?: PolicyFound;
  shortNames?: string[];
}

/** Mentions by a short name (以下简称) are the full title's: its issuers and date, and one more alias. */
function foldShortNames(found: PolicyFound[]): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const pf = found[i]!;
    const full = pf.aliasOf;
    if (!full) continue;
    if (full.issuers.length === 0 && pf.issuers.length > 0) full.issuers = pf.issuers;
    full.date ??= pf.date;
    (full.shortNames ??= []).push(pf.t.title);
    found.splice(i, 1);
  }
}

/** A title a document rule found: kind and status as findTitles reads them, at the rule's span. */
function titleFrom(found: { start: number; end: number; title: string; rule: string }): TitleMention | undefined {
  const [t] = findTitles(HAN_RE.test(found.title) ? `《${found.title}》` : `"${found.title}"`);
  return t ? { ...t, start: found.start, end: found.end, rule: found.rule } : undefined;
}

/** A described product ("the first CAR-T therapy") approved by a body that also approved a named one is that act. */
function oneLicencePerAct(found: PolicyFound[]): void {
  const named = new Set(found.filter((pf) => pf.fixedId && !pf.generic).flatMap((pf) => pf.issuers));
  for (let i = found.length - 1; i >= 0; i--) {
    const pf = found[i]!;
    if (pf.fixedId && pf.generic && pf.issuers.some((x) => named.has(x))) found.splice(i, 1);
  }
  // Several descriptions by one body without a named product: the first states the act.
  const kept = new Set<string>();
  for (let i = 0; i < found.length; i++) {
    const pf = found[i]!;
    if (!pf.fixedId || !pf.generic) continue;
    const key = pf.issuers.join('|');
    if (kept.has(key)) found.splice(i--, 1);
    else kept.add(key);
  }
}

// Title keys convert script (OpenCC), and a document asks for the same title's key many times.
const titleKeys = new Map<string, string>();
function titleKey(title: string): string {
  let k = titleKeys.get(title);
  if (k === undefined) {
    if (titleKeys.size > 20_000) titleKeys.clear();
    titleKeys.set(title, (k = keyOfTitle(title)));
  }
  return k;
}

const regionKey = (id: string): string => id.replace(/^region:/, '').toLowerCase();

/** Region a lies inside region b (following PART_OF up the gazetteer). */
function within(a: string, b: string, byId: Map<string, GazetteerEntry>): boolean {
  let cur = byId.get(a)?.partOf;
  for (let i = 0; cur && i < 8; i++) {
    if (cur === b) return true;
    cur = byId.get(cur)?.partOf;
  }
  return false;
}

/** Region an agency id belongs to: agency:cn-bj/… → region:CN-BJ; national → region:CN. */
const agencyRegions = new WeakMap<Map<string, GazetteerEntry>, Map<string, string | undefined>>();
export function agencyRegion(agencyId: string, byId: Map<string, GazetteerEntry>): string | undefined {
  let known = agencyRegions.get(byId);
  if (!known) agencyRegions.set(byId, (known = new Map()));
  if (known.has(agencyId)) return known.get(agencyId);
  const r = regionOfAgency(agencyId, byId);
  if (known.size > 50_000) known.clear();
  known.set(agencyId, r);
  return r;
}

function regionOfAgency(agencyId: string, byId: Map<string, GazetteerEntry>): string | undefined {
  const e = byId.get(agencyId);
  if (e?.jurisdiction) return e.jurisdiction;
  const m = /^agency:([^/]+(?:\/[^/]+)?)\//.exec(agencyId);
  if (!m) return undefined;
  const seg = m[1]!;
  const candidates = [seg.split('/')[0]!, seg];
  for (const c of candidates.reverse()) {
    const rid = c.startsWith('ftz') || c.startsWith('zone') ? `region:${c}` : `region:${c.toUpperCase()}`;
    if (byId.has(rid)) return rid;
  }
  if (seg.startsWith('cn/') || seg === 'cn') return 'region:CN';
  return undefined;
}

export function extractText(doc: SourceDocument): DocumentFacts {
  const K = knowledge();
  const sentences = splitSentences(doc.text, doc.language);
  const published = doc.publishedOn ?? publishedDate(doc.text);
  const year = yearOf(published);
  const reg = new Registry();
  const rels: Relation[] = [];
  const mentionedRegions = new Map<string, number>();
  const regionTrail: GazetteerEntry[] = [];

  // First pass over all names: which regions the document names (for choosing among same-named places).
  const choose = (entries: GazetteerEntry[]): GazetteerEntry => {
    if (entries.length === 1) return entries[0]!;
    let best = entries[0]!;
    let score = -1;
    for (const e of entries) {
      let s = 0;
      if (e.partOf && mentionedRegions.has(e.partOf)) s += 10;
      const parent = e.partOf ? K.byId.get(e.partOf) : undefined;
      if (parent?.partOf && mentionedRegions.has(parent.partOf)) s += 5;
      if (e.label === 'Agency' && e.level === 'national') s += 2;
      if (e.kind === 'city' || e.kind === 'province' || e.kind === 'municipality' || e.kind === 'country') s += 1;
      if (s > score) {
        score = s;
        best = e;
      }
    }
    return best;
  };

  let dateHeading: string | undefined;
  // The last line that is only a date: a notice's signing date (落款) when it closes the text.
  let lastDateLine: string | undefined;
  let prevSentenceDate: string | undefined;
  const policiesFound: PolicyFound[] = [];
  // Lines that are only bodies' names, and lines that are only a date: signature blocks are made of them.
  const bodyLines = new Map<number, string[]>();
  const dateLines: Array<{ index: number; date: string }> = [];
  const headline = sentences[0]?.index;
  const signingDates: Array<{ index: number; date: string }> = [];
  const zoneLists: Array<{ index: number; zones: string[] }> = [];
  // The first full date the text gives: the year of a record without a page date (a proposal's handling sheet).
  let firstDate: string | undefined;
  const shortNames = new Map<string, PolicyFound>();
  const lineSubject = new Map<number, { id: string; rule: string }>();
  const persons: Array<{ p: PersonMention; sentence: Sentence; mentions: Mention[] }> = [];

  let s = '';
  // The sentence's names, matched once and only when a body without its region asks for them.
  let sentenceMatches: { s: string; ms: ReturnType<typeof K.lex.match> } | undefined;
  const lastRegionBefore = (text: string, pos: number): GazetteerEntry | undefined => {
    if (sentenceMatches?.s !== text) sentenceMatches = { s: text, ms: K.lex.match(text) };
    const ms = sentenceMatches.ms.filter((m) => m.end <= pos && m.entries.some((e) => e.label === 'Region'));
    const last = ms[ms.length - 1];
    return last ? choose(last.entries.filter((e) => e.label === 'Region')) : undefined;
  };
  // Nearest region named earlier in this sentence, else the last one named in the document.
  const contextRegion = (before: number): GazetteerEntry | undefined =>
    lastRegionBefore(s, before) ?? regionTrail.findLast((r) => r.kind !== 'country');
  const startsWithPlace = (name: string): boolean => K.lex.matchShort(name.slice(0, 12)).some((m) => m.start === 0 && m.entries.some((e) => e.label === 'Region'));
  let titles: TitleMention[] = [];
  const hospitals = new Map<string, { id: string; byPlace: boolean }>();
  const companies = new Map<string, string>();
  const merges: Merge[] = [];
  const inTitle = (a: number, b: number): TitleMention | undefined => titles.find((t) => a >= t.start && b <= t.end);
  for (const sen of sentences) {
    s = sen.norm;
    if (sen.heading) {
      const hd = headingDate(s, year);
      if (hd) {
        dateHeading = hd;
        lastDateLine = hd;
        dateLines.push({ index: sen.index, date: hd });
        continue;
      }
      // 总理 李强2025年9月28日: the signer's line dates the decree (the name is still read below).
      const signed = ruleById('date.signer-line.zh').pattern.exec(s);
      const sd = signed?.groups?.date ? findDates(signed.groups.date, year)[0]?.date : undefined;
      if (sd) {
        lastDateLine = sd;
        signingDates.push({ index: sen.index, date: sd });
      }
    }
    sentenceMatches = { s, ms: K.lex.match(s) };
    const mentions = findMentions(s, K.lex, choose, contextRegion, K.children, sentenceMatches.ms);
    mentionsInTime(s, mentions, () => findDates(s, year)[0]?.date ?? published, K.byId);
    titles = findTitles(s);
    // A headline that names its issuers, or a record page's title field: the document's own title.
    const headIssue = sen.line < 8 && !/[.。!?！？；;]$/.test(s) ? headlineIssue(s) : undefined;
    const docTitle = headIssue ?? (sen.line < 8 ? labelledTitle(s) : undefined);
    const own = docTitle ? titleFrom(docTitle) : undefined;
    if (own) titles = [...titles.filter((t) => t.end <= own.start || t.start >= own.end), own].sort((a, b) => a.start - b.start);
    const headlineIssuers = headIssue ? mentions.filter((m) => m.found.label === 'Agency' && m.end <= headIssue.issuersEnd && !m.parentOnly && !mentions.some((o) => o.parent?.id === m.found.id)).map((m) => m.found.id) : [];
    if (sen.heading && onlyBodies(s, mentions.filter((m) => m.found.label === 'Agency'))) bodyLines.set(sen.index, mentions.filter((m) => m.found.label === 'Agency').map((m) => m.found.id));

    // Entities: agencies and regions.
    const actors: Actor[] = [];
    for (const m of mentions) {
      const e = reg.add(m.found, sen.text, sen.index, s.slice(m.start, m.end), m.entry ? 'span.gazetteer' : 'span.composed-body');
      reg.alias(e, originalSpan(sen, m.start, m.end));
      if (m.found.label === 'Region') {
        mentionedRegions.set(m.found.id, (mentionedRegions.get(m.found.id) ?? 0) + 1);
        const entry = K.byId.get(m.found.id);
        if (entry) regionTrail.push(entry);
      }
      if (m.parent) {
        if (m.parentNamed) reg.add(m.parent, sen.text, sen.index, undefined, 'span.parent-body');
        edge(rels, 'PART_OF', e.id, m.parent.id, sen.text, { rules: ['span.parent-body'] });
      }
      if (STATE_KINDS.has(m.found.label) && !inTitle(m.start, m.end)) actors.push({ id: e.id, start: m.start, end: m.end, label: 'Agency', ...(m.parentOnly ? { asParent: true } : {}) });
      // "The Lin-gang Special Area Administration", "X管委会": the zone's administrative committee.
      const admin = m.found.label === 'Region' && ZONE_ADMIN.exec(s.slice(m.end, m.end + 30));
      if (admin && (ZONE_KINDS.has(m.found.kind ?? '') || /^region:(?:ftz|zone)\//.test(m.found.id))) {
        const entry = K.byId.get(m.found.id);
        const body = entry ? localBodyFor(entry, 'management-committee') : undefined;
        if (body) {
          const c = reg.add(body, sen.text, sen.index, s.slice(m.start, m.end + admin[0].length));
          if (!inTitle(m.start, m.end)) actors.push({ id: c.id, start: m.start, end: m.end + admin[0].length, label: 'Agency' });
          continue;
        }
      }
      // A zone that issues something acts through its administrative committee ("X Development Area issued …").
      if (titles.length > 0 && m.found.label === 'Region' && ZONE_KINDS.has(m.found.kind ?? '') && !inTitle(m.start, m.end) && ZONE_ISSUES.test(s.slice(m.end, m.end + 40))) {
        const entry = K.byId.get(m.found.id);
        const body = entry ? localBodyFor(entry, 'management-committee') : undefined;
        if (body) {
          const c = reg.add(body, sen.text, sen.index);
          actors.push({ id: c.id, start: m.start, end: m.end, label: 'Agency' });
        }
      }
    }
    // "The Hainan Provincial Health Commission, Medical Products Administration, and …": a body type listed bare
    // after a local body shares its region.
    for (let i = 0; i < actors.length && LIST_AFTER_BODY.test(s); i++) {
      const body = sharedRegionBody(s, actors[i]!, K);
      if (!body) continue;
      const e = reg.add(body.found, sen.text, sen.index, s.slice(body.start, body.end), 'span.body.shared-region.en');
      actors.push({ id: e.id, start: body.start, end: body.end, label: 'Agency' });
    }
    // A parent named inside "X of the Y" is not an actor of its own in that phrase.
    for (const m of mentions) {
      if (!m.parent) continue;
      for (const a of actors) if (a.id === m.parent.id && a.start >= m.start && a.end <= m.end + 1) a.asParent = true;
    }
    for (const m of mentions) {
      if (m.parent) for (const a of actors) if (a.id === m.parent.id && a.start >= m.start - 2 && a.end <= m.end) a.asParent = true;
    }
    // "The Center for Drug Evaluation (CDE) of the NMPA": a body's parent named after it only says whose it is.
    for (let i = 0; i + 1 < actors.length; i++) {
      const a = actors[i]!;
      const b = actors[i + 1]!;
      if (!/^\s*[)）]?\s*(?:\([^)]{1,20}\)\s*)?(?:of|under|at)\s+(?:the\s+)?$/.test(s.slice(a.end, b.start))) continue;
      let up = K.byId.get(a.id)?.partOf;
      for (let k = 0; up && k < 4; k++, up = K.byId.get(up)?.partOf) if (up === b.id) b.asParent = true;
    }
    // "(NMPA)" after the full name is the same mention.
    for (let i = 0; i + 1 < actors.length; i++) {
      const a = actors[i]!;
      const b = actors[i + 1]!;
      if (a.id === b.id && a.asParent && /^\s*[(（]\s*$/.test(s.slice(a.end, b.start))) b.asParent = true;
    }
    // 香港特别行政区政府医务卫生局, 北京市人民政府办公厅: a government written right before one of its own bodies
    // only says whose body it is.
    for (let i = 0; i + 1 < actors.length; i++) {
      const a = actors[i]!;
      const b = actors[i + 1]!;
      if (a.end !== b.start || !/\p{Script=Han}/u.test(s.charAt(a.end))) continue;
      const ea = reg.entities.get(a.id);
      if (ea?.kind === 'government' && agencyRegion(a.id, K.byId) === agencyRegion(b.id, K.byId)) a.asParent = true;
    }

    // Organisations.
    const taken = mentions.filter((m) => m.found.label !== 'Region').map((m) => ({ start: m.start, end: m.end }));
    for (const t of titles) taken.push({ start: t.start, end: t.end });
    const orgs = findOrganizations(s, taken, startsWithPlace);
    const people = findPersons(s).filter((p) => !K.lex.matchShort(p.name).some((m) => m.start === 0 && m.end === p.name.length));
    // Places inside an organisation's or a person's name are not mentions of the place (Dongfang Hospital, Wang Guilin).
    const blocked = [...orgs, ...people];
    for (const m of mentions) {
      if (m.found.label !== 'Region') continue;
      if (!blocked.some((b) => m.start >= b.start && m.end <= b.end)) continue;
      const e = reg.entities.get(m.found.id);
      const n = (mentionedRegions.get(m.found.id) ?? 1) - 1;
      mentionedRegions.set(m.found.id, n);
      if (e && reg.firstSeen.get(m.found.id) === sen.index && n <= 0 && !mentions.some((o) => o !== m && o.found.id === m.found.id && !blocked.some((b) => o.start >= b.start && o.end <= b.end))) {
        reg.entities.delete(m.found.id);
        reg.firstSeen.delete(m.found.id);
      }
    }
    for (const o of orgs) {
      const name = o.name;
      const zh = /\p{Script=Han}/u.test(name);
      // One hospital named by its city (上海市东方医院) and by its university (同济大学附属东方医院) is one.
      const affiliation = zh ? hospitalCore(name, startsWithPlace) : undefined;
      const same = affiliation ? hospitals.get(affiliation.core) : undefined;
      // "Shanghai Fosun Pharmaceutical Group" and "Fosun Pharma": one company, named in full and in short.
      const core = zh ? undefined : companyCore(name, startsWithPlace);
      const short = core ? companies.get(core) : undefined;
      const known = (same && same.byPlace !== affiliation!.byPlace ? same.id : undefined) ?? short;
      const f: Found = { id: known ?? `org:${idSlug(orgKey(name))}`, label: 'Organization', name, kind: o.kind, rule: o.rule ?? 'span.organization' };
      if (affiliation && !same) hospitals.set(affiliation.core, { id: f.id, byPlace: affiliation.byPlace });
      if (core && !short) companies.set(core, f.id);
      if (known) {
        const first = reg.entities.get(known);
        if (first) {
          f.name = first.name;
          merges.push({ id: known, name: first.name, reason: `one hospital named by its place and by its university: ${name}` });
        }
      }
      if (zh && !known) f.nameZh = name;
      const e = reg.add(f, sen.text, sen.index, name);
      reg.alias(e, originalSpan(sen, o.start, o.end));
      if (!inTitle(o.start, o.end)) actors.push({ id: e.id, start: o.start, end: o.end, label: 'Organization' });
    }

    // Persons.
    for (const p of people) {
      // A name in the document's headline is its most formal use.
      if (sen.index === 0) p.formality = (p.formality ?? 0) + 3;
      persons.push({ p, sentence: sen, mentions });
      actors.push({ id: `person-mention:${persons.length - 1}`, start: p.start, end: p.end, label: 'Person' });
    }
    actors.sort((a, b) => a.start - b.start);

    // Dates of this sentence (titles' own years excluded).
    const dates = findDates(s, year).filter((d) => !inTitle(d.index, d.index + d.length));
    // 同日, "the same day": the date of the sentence before.
    const sentenceDate = dates[0]?.date ?? (SAME_DAY.test(s) ? prevSentenceDate : undefined) ?? dateHeading;
    if (dates[0]) prevSentenceDate = dates[0].date;
    firstDate ??= dates.find((d) => !d.yearless)?.date;

    // The regulator a paragraph opens with, as the subject of its clause (for its agent-less licences).
    if (!lineSubject.has(sen.line)) {
      const subjectRule = ruleById(HAN_RE.test(s) ? 'grant.paragraph-subject.zh' : 'grant.paragraph-subject.en');
      const subject = mentions.find((m) => m.found.label === 'Agency' && m.found.kind === 'regulator' && subjectRule.pattern.test(s.slice(m.end)));
      if (subject) lineSubject.set(sen.line, { id: subject.found.id, rule: subjectRule.id });
    }

    // Policies and licences, their issuers and dates.
    let clauseStart = 0;
    for (const t of titles) {
      const issuers = t === own && headlineIssuers.length > 0 ? [...new Set(headlineIssuers)] : issuersOf(s, t, actors, clauseStart, titles);
      // 我中心组织起草了《X》: the writer's name is in the signature block.
      const selfRef = issuers.length === 0 && HAN_RE.test(s) && selfIssued(s.slice(0, t.start));
      // A title that names its issuer: 《X关于Y的意见》, "Opinions of the X on Y".
      if (issuers.length === 0) {
        for (const m of mentions) {
          if (m.found.label !== 'Agency' || m.start < t.start || m.end > t.end || m.start > t.start + 2) continue;
          if (/^(?:关于|on\b|\s+on\b)/.test(s.slice(m.end).trimStart()) || /^关于/.test(s.slice(m.end))) issuers.push(m.found.id);
        }
        for (const m of mentions) {
          if (m.found.label !== 'Agency' || m.start < t.start || m.end > t.end) continue;
          if (/\b(?:of|by)\s+(?:the\s+)?$/.test(s.slice(t.start, m.start)) && /^\s+on\b/.test(s.slice(m.end)) && !issuers.includes(m.found.id)) issuers.push(m.found.id);
        }
      }
      // Co-issuers a machine translation wrote in lower case, listed before "jointly issued".
      if (issuers.length === 0 && t.verbAt !== undefined && /jointly/i.test(s.slice(clauseStart, t.verbAt + 20))) {
        for (const name of lowercaseIssuers(s.slice(clauseStart, t.verbAt + 20))) {
          const f: Found = { id: `org:${idSlug(orgKey(name))}`, label: 'Organization', name, kind: 'organization', rule: 'issue.joint-list.lowercase.en' };
          reg.add(f, sen.text, sen.index, name);
          issuers.push(f.id);
        }
      }
      const subject = t.label === 'License' && issuers.length === 0 ? lineSubject.get(sen.line) : undefined;
      if (subject) issuers.push(subject.id);
      clauseStart = t.end;
      // 《X》（以下简称“《Y》”）: Y names X in this document.
      const prevTitle = policiesFound[policiesFound.length - 1];
      if (prevTitle?.sentence === sen && prevTitle.t.label === 'Policy' && ruleById('title.short-name').pattern.test(s.slice(prevTitle.t.end, t.start).replace(/^[》”"]+/, ''))) shortNames.set(titleKey(t.title), prevTitle.aliasOf ?? prevTitle);
      const aliasOf = shortNames.get(titleKey(t.title));
      // 《X》（以下简称“《条例》”）: a short name too short to be a title of its own is still X's alias.
      const short = SHORT_NAME_AFTER.exec(s.slice(t.end));
      const shortName = short?.[1] && !aliasOf && t.label === 'Policy' ? short[1] : undefined;
      const byVerb = t.verbAt !== undefined || /(?:印发|发布|出台|颁布|公布|通过|发文|签署|制定|制订)(?:了|的)?$/.test(s.slice(0, t.start)) || /^[)）]?\s*[，,]?\s*(?:现予|现将其|特此)?(?:印发|发布|公布)/.test(s.slice(t.end));
      const issued = issuers.length > 0 || byVerb;
      const anchor = t.verbAt ?? t.start;
      const clauseFrom = t.verbAt !== undefined && !HAN_RE.test(s) ? lastClauseBreak(s.slice(0, anchor), false) : 0;
      const before = dates.filter((d) => d.index < anchor && d.index >= clauseFrom);
      // "B launched X in September 2022": a date right after the title in its own clause.
      const afterTitle = clauseFrom > 0 ? dates.find((d) => d.index >= t.end && !/[;.]\s/.test(s.slice(t.end, d.index))) : undefined;
      const near = before[before.length - 1]?.date ?? afterTitle?.date ?? (clauseFrom > 0 ? undefined : sentenceDate);
      // "近日 … 发布", "recently issued": about when the page was published.
      const weekday = !near && published ? (weekdayBefore(s, published) ?? lastMonth(s, published)) : undefined;
      const recent = weekday ?? (!near && published && RECENTLY.test(s) ? published.slice(0, 7) : undefined);
      const date = issued || t.label === 'License' ? near ?? recent : undefined;
      const id = 'pending';
      // Foreign countries the sentence names (itself or through a body): where an issuer-less foreign text applies.
      const foreign = new Set<string>();
      let nearestForeign: string | undefined;
      for (const m of mentions) {
        const r = m.found.label === 'Region' ? (m.found.kind === 'country' ? m.found.id : undefined) : agencyRegion(m.found.id, K.byId);
        if (!r || r === 'region:CN' || !/^region:[A-Z]{2}$/.test(r)) continue;
        foreign.add(r);
        // "日本厚生劳动省依据《A》…，韩国国会通过《B》": the country named last before the title, in its clause.
        if (m.end <= t.start && !/[，；,;]/.test(s.slice(m.end, t.start).replace(/^[^，；,;]*$/, ''))) nearestForeign = r;
      }
      if (nearestForeign && foreign.size > 1) {
        foreign.clear();
        foreign.add(nearestForeign);
      }
      const found: PolicyFound = { t, id, sentence: sen, issuers, issued: byVerb || t === own, ...(aliasOf ? { aliasOf } : {}), ...(shortName ? { shortNames: [shortName] } : {}), ...(date ? { date } : {}), foreign: [...foreign], zones: zonesAfter(s, t, mentions), ...(t === own ? { docTitle: true, rules: [t.rule!] } : {}), ...(subject ? { rules: ['frame.issue', subject.rule] } : {}), ...(selfRef ? { selfRef } : {}) };
      policiesFound.push(found);
      if (shortName) shortNames.set(titleKey(shortName), found);
    }
    // 《A》及《B》, "the A and the B": titles joined in one clause share their issuers and date.
    const here = policiesFound.filter((pf) => pf.sentence === sen);
    for (let i = 0; i + 1 < here.length; i++) {
      const a = here[i]!;
      const b = here[i + 1]!;
      if (!/^\s*(?:及|和|与|、|以及|,?\s*and\s+(?:the\s+)?|,\s*)\s*$/.test(s.slice(a.t.end, b.t.start))) continue;
      for (const [x, y] of [[a, b], [b, a]] as const) {
        if (x.issuers.length > 0 && y.issuers.length === 0) {
          y.issuers = [...x.issuers];
          y.issued = y.issued || x.issued;
          if (x.date && !y.date) y.date = x.date;
        }
      }
    }

    const zl = HAN_RE.test(s) ? [] : zoneList(s, 0, mentions);
    if (zl.length >= 2) zoneLists.push({ index: sen.index, zones: zl });

    // Approvals: one licence per act; a sentence that names the licence's title already states the act.
    for (const g of findGrants(s, actors)) {
      if (here.some((pf) => pf.t.label === 'License' && pf.issuers.some((x) => g.issuers.includes(x)))) continue;
      const near = dates.filter((d) => d.index < g.verbAt).pop()?.date ?? sentenceDate;
      const date = near ?? (published ? (weekdayBefore(s, published) ?? lastMonth(s, published) ?? (RECENTLY.test(s) ? published.slice(0, 7) : undefined)) : undefined);
      const t: TitleMention = { start: g.start, end: g.end, title: g.name, label: 'License', kind: 'approval', status: 'final', verbAt: g.verbAt };
      const fixedId = `license:${g.issuers[0]!.replace(/^(?:agency|org):/, '').replace(/\//g, '-')}/${slug(g.product, 40)}`;
      policiesFound.push({ t, id: 'pending', fixedId, sentence: sen, issuers: g.issuers, issued: true, ...(date ? { date } : {}), rules: [g.rule], generic: g.generic });
    }
    // Proposals by persons (headings like "Name, member of X: Title").
    void proposalsIn;
  }

  oneLicencePerAct(policiesFound);
  foldShortNames(policiesFound);

  // The document's own text (its headline) without places of its own: the zones its body lists as where it applies.
  const listed = zoneLists.find((z) => z.zones.length >= 2);
  for (const pf of listed ? policiesFound : []) {
    if (!pf.docTitle || (pf.zones?.length ?? 0) > 0 || titleRegions(pf.t, K).length > 0) continue;
    pf.zones = listed!.zones;
    pf.rules = [...(pf.rules ?? []), 'frame.applies-to.zone-list'];
  }

  // 《X》…现予公布 and a signer's dated line after it: X is promulgated on the signing date.
  for (const pf of policiesFound) {
    if (pf.date || !ruleById('date.promulgated-hereby.zh').pattern.test(pf.sentence.norm)) continue;
    const d = signingDates.find((x) => x.index > pf.sentence.index);
    if (!d) continue;
    pf.date = d.date;
    pf.rules = [...(pf.rules ?? ['frame.issue']), 'date.promulgated-hereby.zh'];
  }

  // The signature block names who issued the document's own text (and who "我中心" is), and when.
  const sig = signatureBlock(bodyLines, dateLines, (id) => K.byId.get(id)?.partOf);
  for (const pf of sig ? policiesFound : []) {
    if (pf.issuers.length > 0 || !(pf.docTitle || pf.selfRef || (pf.sentence.index === headline && pf.t.label === 'Policy'))) continue;
    pf.issuers = [...sig!.issuers];
    pf.issued = true;
    pf.date ??= sig!.date;
    pf.rules = [...(pf.rules ?? []), pf.selfRef ? 'issue.self-reference.zh' : 'issue.signature-block.zh'];
  }

  // A notice's headline (关于印发X的通知, "X issued") dated by the signing line at its end, else by the page.
  // The headline, and a 关于印发《X》的通知 line under the issuers' names at the top.
  const headlines = new Set(sentences.slice(0, 4).filter((x, i) => i === 0 || /关于(?:印发|发布|转发|公布).{2,120}的通知$/.test(x.norm.trim())).map((x) => x.index));
  for (const pf of policiesFound) {
    if (!(headlines.has(pf.sentence.index) || pf.docTitle) || pf.date || pf.t.label !== 'Policy' || (!pf.issued && pf.issuers.length === 0)) continue;
    // A news headline the body restates with its own date takes that date.
    const notice = /关于(?:印发|发布|转发|公布)/.test(pf.sentence.norm);
    if (!notice && policiesFound.some((o) => o !== pf && o.date && titleKey(o.t.title) === titleKey(pf.t.title))) continue;
    // A headline's short form of a title the lead gives in full takes the lead's date (headlineShortTitles).
    if (policiesFound.some((o) => o !== pf && o.sentence.index > pf.sentence.index && o.t.kind === pf.t.kind && shortFormOf(pf.t.title, o.t.title))) continue;
    const d = lastDateLine ?? published;
    if (d) pf.date = d;
  }

  // Persons: variants of one name become one id; posts become MEMBER_OF.
  const personIds = resolvePersons(persons.map((x) => x.p));
  persons.forEach((x, i) => {
    const id = personIds[i]!;
    reg.add({ id: id.id, label: 'Person', name: id.name, rule: 'span.person', ...(x.p.nameZh ? { nameZh: x.p.nameZh } : {}) }, x.sentence.text, x.sentence.index, x.p.name);
    // 卢宠茂 / 盧寵茂: the name in both scripts.
    const pe = reg.entities.get(id.id);
    if (pe && x.p.nameZh) for (const n of scripts(x.p.nameZh)) reg.alias(pe, n);
  });
  const personOf = (actorId: string): string => {
    const m = /^person-mention:(\d+)$/.exec(actorId);
    return m ? personIds[Number(m[1])]!.id : actorId;
  };

  // Policy ids: the language-independent key (issuer scope + kind + date, or document number).
  for (const pf of policiesFound) {
    const tr = titleRegions(pf.t, K)[0];
    const scope = tr ? regionKey(tr) : scopeOf(pf, pf.issuers.map(personOf), K.byId);
    const range = /((?:19|20)\d{2})\s*[-–—~至到]\s*((?:19|20)\d{2})/.exec(pf.t.title);
    pf.id = pf.fixedId ?? policyId(pf.t, scope, range ? `${range[1]}-${range[2]}` : pf.date);
  }
  separateKeyCollisions(policiesFound);
  sameTitleSameId(policiesFound);
  licenceNamedAgain(policiesFound);
  headlineShortTitles(policiesFound, headline);

  // Policies: entities, ISSUED, APPLIES_TO.
  const policyEntities = new Map<string, Entity>();
  for (const pf of policiesFound) {
    const issuers = pf.issuers.map(personOf);
    const id = pf.id;
    const f: Found = { id, label: pf.t.label, name: pf.t.title, kind: pf.t.kind, rule: pf.rules?.[0] ?? pf.t.rule ?? 'span.title' };
    if (/\p{Script=Han}/u.test(pf.t.title)) f.nameZh = pf.t.title;
    const e = reg.add(f, pf.sentence.text, pf.sentence.index, pf.t.title);
    const orig = originalSpan(pf.sentence, pf.t.start, pf.t.end).replace(/^[《"“]|[》"”]$/g, '');
    if (/\p{Script=Han}/u.test(orig)) reg.alias(e, orig);
    for (const n of pf.shortNames ?? []) reg.alias(e, n);
    if (pf.t.label === 'Policy') {
      e.status = pf.t.status;
      if (pf.t.docNumber) e.docNumber = pf.t.docNumber;
    }
    const titleYear = /^((?:19|20)\d{2})年/.exec(pf.t.title)?.[1] ?? / of ((?:19|20)\d{2})$/.exec(pf.t.title)?.[1];
    if (pf.date && !e.date) e.date = pf.date;
    else if (!e.date && titleYear) e.date = titleYear;
    // 国卫科教发〔2015〕48号: a document number carries the year the text was issued.
    else if (!e.date && pf.t.docNumber) e.date = /〔((?:19|20)\d{2})〕/.exec(pf.t.docNumber)?.[1];
    if (!e.date) delete e.date;
    policyEntities.set(id, e);
    for (const who of issuers) edge(rels, 'ISSUED', who, id, pf.sentence.text, { rules: pf.rules ?? ['frame.issue'], ...(pf.date ? { date: pf.date } : {}) });
    // Where it applies: places named in its title, else its issuer's territory.
    const targets = titleRegions(pf.t, K);
    // 《X》，在A、B和C试点: the zones a text names as where it applies.
    if (targets.length === 0 && pf.zones && pf.zones.length > 0) targets.push(...pf.zones);
    if (targets.length === 0 && issuers.length === 0 && pf.foreign?.length === 1) targets.push(pf.foreign[0]!);
    if (targets.length === 0) {
      for (const who of issuers) {
        const r = agencyRegion(who, K.byId);
        if (r) targets.push(r);
      }
      // Joint issuers of a city and of a zone inside it: the text is the city's.
      const wide = targets.filter((r) => !targets.some((o) => o !== r && within(r, o, K.byId)));
      targets.length = 0;
      targets.push(...wide);
    }
    // Holder of a licence: the organisation it went to ("granted to X", 向X核发).
    if (pf.t.label === 'License') {
      const sn = pf.sentence.norm;
      for (const [oid, oe] of reg.entities) {
        if (oe.label !== 'Organization') continue;
        const at = sn.indexOf(oe.nameZh ?? oe.name);
        if (at < 0) continue;
        const lead = sn.slice(Math.max(0, at - 12), at);
        if (/(?:向|为|给|授予)$/.test(lead) || /\b(?:to|holder|granted\s+to|issued\s+to)\s+(?:the\s+)?$/i.test(lead)) edge(rels, 'GRANTED_TO', id, oid, pf.sentence.text);
      }
    }
    for (const r of new Set(targets)) {
      const re = K.byId.get(r);
      if (!re) continue;
      reg.add(entryFound(re), pf.sentence.text, pf.sentence.index, undefined, 'frame.applies-to');
      edge(rels, 'APPLIES_TO', id, r, pf.sentence.text, { rules: ['frame.applies-to'] });
    }
  }

  // An issuing stated without its date elsewhere (the body restating a dated headline) is the policy's issuing.
  for (const r of rels) {
    if (r.type !== 'ISSUED' || r.date) continue;
    const d = policyEntities.get(r.to)?.date;
    if (d) r.date = d;
  }

  // Which policy replaces or implements which.
  for (const l of policyLinks(policiesFound)) edge(rels, l.type, l.from, l.to, l.evidence, { rules: [`document.${l.type.toLowerCase()}`] });

  proposalsIn(sentences, persons.map((x, i) => ({ ...x, id: personIds[i]!.id })), reg, rels, K, year ?? yearOf(firstDate), published?.slice(0, 7));

  // Posts: "Name, member of X, chairman of Y".
  persons.forEach((x, i) => {
    const pid = personIds[i]!.id;
    memberships(x.p, x.sentence, x.mentions, reg, rels, pid, K);
  });

  // Facts made by passes that name no rule of their own.
  for (const r of rels) r.rules ??= [`frame.${r.type.toLowerCase()}`];
  for (const e of reg.entities.values()) e.rules ??= [`span.${e.label.toLowerCase()}`];
  const out = finishDocument(doc, reg, rels, published, policyEntities);
  out.merges.push(...merges.filter((m, i) => merges.findIndex((x) => x.reason === m.reason) === i));
  return out;
}

const LIST_AFTER_BODY = /(?:Commission|Administration|Bureau|Department|Office|Committee|Government|Council),?\s+(?:and\s+)?(?:the\s+)?[A-Z]/;
const EN_BODY_FORMS = BODY_TYPES.flatMap((b) => b.en.map((form) => ({ form, b }))).sort((x, y) => y.form.length - x.form.length);
/** A body type written bare right after a local body in a list: the same region's body of that type. */
function sharedRegionBody(s: string, a: Actor, K: ReturnType<typeof knowledge>): { found: Found; start: number; end: number } | undefined {
  if (a.label !== 'Agency' || !/^agency:cn-/.test(a.id) || HAN_RE.test(s)) return undefined;
  const m = ruleById('span.body.shared-region.en').pattern.exec(s.slice(a.end));
  if (!m?.groups?.form) return undefined;
  const hit = EN_BODY_FORMS.find((f) => f.form.toLowerCase() === m.groups!.form!.toLowerCase().replace(/\s+/g, ' '));
  const rid = agencyRegion(a.id, K.byId);
  const region = rid ? K.byId.get(rid) : undefined;
  if (!hit || !region) return undefined;
  const start = a.end + m[0].length - m.groups.form.length;
  return { found: localBody(region, hit.b), start, end: start + m.groups.form.length };
}

/** The items of a lower-case joint-issuer list (rule issue.joint-list.lowercase.en). */
function lowercaseIssuers(clause: string): string[] {
  const m = ruleById('issue.joint-list.lowercase.en').pattern.exec(clause);
  if (!m?.groups?.list) return [];
  return m.groups.list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.replace(/^(?:the|and)\s+/i, '').trim()).filter((x) => x.split(/\s+/).length >= 2);
}

// Descriptors that many hospitals share: a core made only of these names no hospital in particular.
const GENERIC_HOSPITAL = /^(?:第[一二三四五六七八九十百]+|人民|中医|中西医结合|妇幼保健|妇产|儿童|肿瘤|口腔|精神|传染病|胸科|眼科|骨科|皮肤病|中心|附属|医学院|大学|市|省|区|县)*(?:医院|保健院)$/u;
/** "上海市东方医院" → 东方医院 (by place); "同济大学附属东方医院" → 东方医院 (by university). */
function hospitalCore(name: string, startsWithPlace: (n: string) => boolean): { core: string; byPlace: boolean } | undefined {
  if (!/医院$/.test(name)) return undefined;
  const at = name.lastIndexOf('附属');
  let core: string;
  let byPlace: boolean;
  if (at > 0) {
    core = name.slice(at + 2);
    byPlace = false;
  } else {
    const place = knowledge().lex.matchShort(name.slice(0, 12)).find((m) => m.start === 0 && m.entries.some((e) => e.label === 'Region'));
    if (!place || !startsWithPlace(name)) return undefined;
    core = name.slice(place.end).replace(/^(?:省|市|区|县)/, '');
    byPlace = true;
  }
  if ([...core].length < 4 || GENERIC_HOSPITAL.test(core)) return undefined;
  return { core, byPlace };
}

/** A company's name without its city, legal form or group word, sector word shortened (Pharmaceutical → pharma). */
function companyCore(name: string, startsWithPlace: (n: string) => boolean): string | undefined {
  if (!/\b(?:Pharma|Pharmaceuticals?|Biotech(?:nology)?|Therapeutics|Sciences|Biologics|Group|Co\.|Inc\.?|Ltd\.?|Holdings)\b/.test(name)) return undefined;
  let n = name.replace(/^the\s+/i, '');
  const first = n.split(/\s+/)[0]!;
  if (n.split(/\s+/).length > 2 && startsWithPlace(first)) n = n.slice(first.length);
  n = n.replace(/\((?:Group|Holdings)\)|,?\s*(?:Co\.,?\s*Ltd\.?|Inc\.?|Ltd\.?|Limited|Group|Holdings|Corporation|Corp\.?)\s*$/gi, '').replace(/,?\s*(?:Co\.,?\s*Ltd\.?|Inc\.?|Ltd\.?|Limited|Group|Holdings)\s*$/i, '');
  const core = n.toLowerCase().replace(/pharmaceuticals?/g, 'pharma').replace(/biotechnology/g, 'biotech').replace(/[^a-z0-9]+/g, '');
  return core.length >= 6 ? core : undefined;
}

/** Actors that issued title t: a chain before its verb in the same clause, or after "issued by". */
function issuersOf(s: string, t: TitleMention, actors: Actor[], clauseStart: number, titles: TitleMention[]): string[] {
  const pick = (list: Actor[]): string[] => [...new Set(list.filter((a) => !a.asParent && a.label !== 'Region').map((a) => a.id))];
  // Passive: 'the "X" issued by A and B'.
  const after = s.slice(t.end);
  const by = BY_EN.exec(after);
  if (by) {
    const from = t.end + by[0].length;
    const chain = chainFrom(s, actors.filter((a) => a.start >= from - 1 || a.end > from), from);
    if (chain.length) return pick(chain);
  }
  // 'the "X (Draft)" is publicly soliciting opinions on the website of B'.
  const solicit = ruleById('issue.solicit-comments.en').pattern.exec(after);
  if (solicit) {
    const from = t.end + solicit[0].length;
    const chain = chainFrom(s, actors.filter((a) => a.start >= from - 1 || a.end > from), from);
    if (chain.length) return pick(chain);
  }
  // Relative: 'the X, which Congress passed in 2016'.
  const which = WHICH_BY.exec(after);
  if (which) {
    const from = t.end + which[0].length;
    const chain = chainFrom(s, actors.filter((a) => a.start >= from - 1), from);
    const last = chain[chain.length - 1];
    if (last && VERB_AFTER_ACTOR.test(s.slice(last.end))) return pick(chain);
  }
  // Active: actors before the verb (or before the title in Chinese) after the clause start.
  const verbAt = t.verbAt ?? t.start;
  const before = s.slice(clauseStart, t.start);
  const zhVerb = ISSUE_ZH.test(before.replace(/\s+$/, '')) || (SOLICIT_ZH_BEFORE.test(before) && SOLICIT_ZH_AFTER.test(after));
  if (t.verbAt === undefined && !zhVerb) {
    // A Chinese title that names its issuer: 《X关于Y的意见》.
    const inner = actors.filter((a) => a.start >= t.start && a.end <= t.end);
    void inner;
    return [];
  }
  const prevTitleEnd = Math.max(clauseStart, ...titles.filter((x) => x.end <= t.start).map((x) => x.end));
  const cands = actors.filter((a) => a.end <= verbAt && a.start >= prevTitleEnd);
  // "A has approved …, and B launched X" / "A表示，指南将与B发布的《X》衔接": only the actors of the verb's own clause.
  const cut = HAN_RE.test(s.slice(Math.max(0, verbAt - 2), verbAt)) ? Math.max(s.lastIndexOf('，', verbAt - 1), s.lastIndexOf('；', verbAt - 1), s.lastIndexOf('：', verbAt - 1)) + 1 : lastClauseBreak(s.slice(0, verbAt));
  // 甲收到乙颁发的《X》: in a relative clause before a title, the issuer follows the receiving verb.
  const recv = HAN_RE.test(before) && /的$/.test(before.trimEnd()) ? Math.max(...[...before.matchAll(RECEIVE_ZH)].map((m) => clauseStart + m.index + m[0].length), 0) : 0;
  const own = cands.filter((a) => a.start >= Math.max(cut, recv));
  return pick(own.length > 0 ? own : cands);
}

// Recent news (近日, "recently", "on Tuesday", "has issued"): the page's month.
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** "on Friday" in a news report: the last such day on or before the page's date (2023-11-06 → 2023-11-03). */
function weekdayBefore(s: string, published: string): string | undefined {
  const m = /\b(?:on|last)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i.exec(s);
  if (!m || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return undefined;
  const d = new Date(`${published}T00:00:00Z`);
  const want = WEEKDAYS.indexOf(m[1]!.toLowerCase());
  const back = (d.getUTCDay() - want + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

/** "last month", 上月: the month before the page's. */
function lastMonth(s: string, published: string): string | undefined {
  if (!/\blast\s+month\b|上月|上个月/i.test(s) || !/^\d{4}-\d{2}/.test(published)) return undefined;
  const y = Number(published.slice(0, 4));
  const m = Number(published.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

const SAME_DAY = /^(?:同日|当日|当天|同一天)|\b(?:on\s+)?the\s+same\s+day\b/i;

const RECENTLY = /近日|日前|近期|昨日|昨天|今天|今日|本周|\brecently\b|\bthis\s+week\b|\b(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\byesterday\b|\b(?:has|have)\s+(?:\w+ly\s+)?(?:issued|released|published|unveiled|launched|promulgated|introduced|approved|passed|rolled\s+out)\b/i;

/** Zones listed after 在 following a title in its sentence (在中国（北京）自由贸易试验区、…和海南自由贸易港). */
function zonesAfter(s: string, t: TitleMention, mentions: Mention[]): string[] {
  if (!HAN_RE.test(s.slice(t.end, t.end + 40))) return zoneList(s, t.end, mentions);
  const out: string[] = [];
  const zones = mentions.filter((m) => m.start >= t.end && m.found.label === 'Region' && /^region:(?:ftz|zone)\//.test(m.found.id)).sort((a, b) => a.start - b.start);
  for (let at = s.indexOf('在', t.end); at >= 0 && out.length === 0; at = s.indexOf('在', at + 1)) {
    let pos = at + 1;
    for (const z of zones) {
      if (z.start < pos) continue;
      if (!/^(?:、|和|及|与|以及|，)?$/.test(s.slice(pos, z.start))) break;
      out.push(z.found.id);
      pos = z.end;
    }
  }
  return [...new Set(out)];
}

/** "… in the A Pilot Free Trade Zone, B … and C Free Trade Port": two or more zones listed after "in" (from `from`). */
function zoneList(s: string, from: number, mentions: Mention[]): string[] {
  const zones = mentions.filter((m) => m.start >= from && m.found.label === 'Region' && /^region:(?:ftz|zone)\//.test(m.found.id)).sort((a, b) => a.start - b.start);
  if (zones.length < 2) return [];
  for (const m of s.slice(from).matchAll(/\b(?:in|to|across)\s+(?:the\s+)?/g)) {
    let pos = from + m.index + m[0].length;
    const out: string[] = [];
    for (const z of zones) {
      if (z.start < pos) continue;
      if (!/^(?:,?\s*(?:and|or|as\s+well\s+as)\s+(?:the\s+)?|,\s*(?:the\s+)?)?$/.test(s.slice(pos, z.start))) break;
      out.push(z.found.id);
      pos = z.end;
    }
    if (out.length >= 2) return [...new Set(out)];
  }
  return [];
}

// An English clause joined by a conjunction after a comma, or a semicolon: a new subject may start there.
const CLAUSE_BREAK = /(?:,\s+(?:and|but|while|whereas|although|though)\s+|;\s+)/g;
// "X today announced that the NMPA has granted …": reported speech starts a clause with its own subject.
const REPORT_BREAK = /\b(?:announced|said|says|stated|noted|reported|revealed|added|confirmed)\s+(?:on\s+\w+\s+|today\s+)?that\s+/g;
function lastClauseBreak(text: string, reported = true): number {
  let at = 0;
  // A reported clause has its own subject but shares the report's time ("June 3 … announced that NMPA has granted").
  if (reported) for (const m of text.matchAll(REPORT_BREAK)) at = m.index + m[0].length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    // "A, B, and C jointly issued": a comma-and between bodies is a list, not a new clause.
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (/\b(?:has|have|had|is|are|was|were|did|does|approved|said|says|announced|began|started)\b/.test(before)) at = m.index + m[0].length;
  }
  return at;
}

function chainFrom(s: string, actors: Actor[], from: number): Actor[] {
  const out: Actor[] = [];
  let pos = from;
  for (const a of actors.sort((x, y) => x.start - y.start)) {
    // A name whose own words took the article ("the State Council" as one alias) starts just before `from`.
    const straddles = out.length === 0 && a.start < pos && a.end > pos;
    if (a.start < pos - 1 && !straddles) continue;
    const gap = straddles ? '' : s.slice(pos, a.start);
    if (out.length === 0 ? gap.trim().length > 0 && !/^(?:the\s+)?$/i.test(gap.trim()) : !CHAIN_GAP.test(gap)) break;
    out.push(a);
    pos = a.end;
  }
  return out;
}

/**
 * Two different titles in one script that get the same key (one body issuing two guidelines in a month) are two
 * policies: each gets the key plus a hash of its title. Titles in different scripts may be one policy named in
 * both languages, so they keep the shared key.
 */
function separateKeyCollisions(found: Array<{ t: TitleMention; id: string }>): void {
  const byId = new Map<string, Array<{ t: TitleMention; id: string }>>();
  for (const pf of found) {
    if (pf.t.label !== 'Policy' || pf.t.docNumber || pf.id === titleSlugId(pf.t)) continue;
    const g = byId.get(pf.id) ?? [];
    g.push(pf);
    byId.set(pf.id, g);
  }
  for (const [id, g] of byId) {
    for (const han of [true, false]) {
      const same = g.filter((pf) => /\p{Script=Han}/u.test(pf.t.title) === han);
      if (new Set(same.map((pf) => titleKey(pf.t.title))).size < 2) continue;
      for (const pf of same) pf.id = `${id}-${shortHash(titleKey(pf.t.title))}`;
    }
  }
}

/**
 * A headline that names a policy by a short form (衛福部修正「特管辦法」) and a lead that gives the full title issued
 * by the same body: one policy, named by its full title. The short form's characters (or words) appear in order
 * in the full title.
 */
function headlineShortTitles(found: Array<{ t: TitleMention; id: string; issuers: string[]; sentence: Sentence }>, headline: number | undefined): void {
  if (headline === undefined) return;
  for (let i = 0; i < found.length; i++) {
    const h = found[i]!;
    if (h.sentence.index !== headline || h.t.label !== 'Policy' || h.id !== titleSlugId(h.t)) continue;
    const full = found.find((pf) => pf !== h && pf.sentence.index > headline && pf.sentence.index <= headline + 4 && pf.t.label === 'Policy' && pf.t.kind === h.t.kind && pf.issuers.some((x) => h.issuers.includes(x)) && shortFormOf(h.t.title, pf.t.title));
    if (!full) continue;
    h.id = full.id;
    // The full title names the policy: the short form becomes an alias.
    found.splice(i, 1);
    found.splice(found.indexOf(full) + 1, 0, h);
    i--;
  }
}

function shortFormOf(short: string, full: string): boolean {
  if (short.length >= full.length) return false;
  if (HAN_RE.test(short)) {
    const a = titleKey(short);
    const b = titleKey(full);
    let j = 0;
    for (const ch of b) if (ch === a[j]) j++;
    return j === a.length && a.length >= 3;
  }
  const words = (t: string) => t.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2);
  const fw = new Set(words(full));
  const sw = words(short);
  return sw.length >= 2 && sw.every((w) => fw.has(w));
}

/**
 * A title named again in the document ("《X》适用于…", "The X applies to…") is the policy of its first mention:
 * a mention known only by its title takes the key of the nearest mention before it with a key (else the first
 * after it). Mentions with keys of their own keep them (one title issued twice, original and revision).
 */
/** A licence a document names with its issuer once and without it elsewhere is one act, when only one issuer names it. */
function licenceNamedAgain(found: PolicyFound[]): void {
  const licences = found.filter((pf) => pf.t.label === 'License' && !pf.fixedId);
  const issued = [...new Set(licences.filter((pf) => pf.issuers.length > 0).map((pf) => pf.id))];
  for (const pf of licences) {
    if (pf.issuers.length > 0) continue;
    // The issuer-less id is the issued one without its issuer's scope.
    const same = issued.filter((id) => id.startsWith(`${pf.id}-`));
    if (same.length === 1) pf.id = same[0]!;
  }
}

function sameTitleSameId(found: Array<{ t: TitleMention; id: string; date?: string }>): void {
  const groups = new Map<string, Array<{ t: TitleMention; id: string; date?: string }>>();
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
  }
}

function scopeOf(pf: { t: TitleMention }, issuers: string[], byId: Map<string, GazetteerEntry>): string | undefined {
  const first = issuers[0];
  if (!first) return undefined;
  const r = agencyRegion(first, byId);
  if (r && r !== 'region:CN') return regionKey(r);
  return first.replace(/^(?:agency|org|person):/, '').replace(/\//g, '-');
}

function titleRegions(t: TitleMention, K: ReturnType<typeof knowledge>): string[] {
  const out: string[] = [];
  for (const m of K.lex.matchShort(t.title)) {
    const e = m.entries.find((x) => x.label === 'Region');
    if (e && e.id !== 'region:CN') out.push(e.id);
  }
  return out;
}

