// Proposals put forward by deputies and committee members: "Name, member of X: Title" headings (the usual
// layout of two-sessions round-ups), "Name's proposal on …", and Chinese 提案/建议/议案 titles.
import { NATIONAL_TERM_START } from '../gazetteer/agencies.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';
import type { Relation } from '../types.ts';
import type { Knowledge } from './gazetteer-source.ts';
import { idSlug } from './ids.ts';
import type { Mention } from './mentions.ts';
import type { PersonMention } from './persons.ts';
import type { Registry } from './registry.ts';
import type { Sentence } from './sentences.ts';
import { entryFound } from './mentions.ts';
import { findDates, nationalSessionsMonth } from './dates.ts';
import { lastMonth } from './frames/time.ts';
import { globalPattern, ruleById } from './rules/index.ts';
import { titleRegions } from './spans/regions.ts';
import type { SentenceSpans } from './spans/types.ts';

interface PersonAt {
  p: PersonMention;
  sentence: Sentence;
  mentions: Mention[];
  id: string;
  /** 他/她: the mention the pronoun stands for (spans/names.ts). */
  antecedent?: { sentence: Sentence };
  /** The person a reply's salutation names, as the subject of the sentence after it. */
  addressed?: boolean;
}

const SUGGEST = /^(?:it\s+is\s+(?:suggested|recommended|proposed)\s+(?:that\s+)?(?:to\s+)?|(?:we\s+)?(?:suggest(?:s|ed)?|propose(?:s|d)?|recommend(?:s|ed)?|call(?:s|ed)?\s+for)\s+(?:to\s+)?|建议|提议|呼吁)/i;
const VENUE_BODY = /cppcc|congress|npc|政协|人大/i;

function agencyRegion(id: string, K: Knowledge): string | undefined {
  const e = K.byId.get(id);
  if (e?.jurisdiction) return e.jurisdiction;
  const m = /^agency:([a-z]{2}(?:-[a-z0-9]+)?)\//.exec(id);
  if (!m) return undefined;
  const rid = `region:${m[1]!.toUpperCase()}`;
  return K.byId.has(rid) ? rid : undefined;
}

// "Name, <posts>, put forward / submitted a proposal to X", "Name … proposed building X", "suggested supporting X".
const YOUR_PROPOSAL_EN = /^\s+(?:proposal|suggestion|motion)s?\s+(?:\(?No\.\s*\d+\)?\s+)?(?:entitled\s+|on\s+)?["“]([^"”]{8,200})["”]/i;
const PROPOSAL_VERB_EN = /\b(?:put\s+forward|submitted|tabled|raised|presented|brought\s+forward|filed|moved)\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+){0,2}?(?:proposal|motion|suggestion|bill)s?\s+(to|on|for|that|about|regarding|calling\s+for|urging|seeking|asking\s+for)\s+|\b(?:proposed|suggested|recommended|called\s+for|urged)\s+(?=(?:that\s+)?(?:the\s+)?[a-z])/i;
// 张三提交了《关于X的提案》, 提出了关于X的建议, (您)提出的《关于X的建议》.
// (A Legislative Yuan bill's 案由: 本院委员甲、乙等18人，鉴于…，爰拟具「X修正草案」.)
const PROPOSAL_ZH = /(?:提交|提出|递交|带来|拟具|提具)[了的过]?(?:一份|一件|多份|一项)?(?:《([^《》]{4,80}?(?:提案|建议|议案))》|的?(关于[^，。；《》]{4,60}的(?:提案|建议|议案))|的(?:提案|建议|议案)《([^《》]{4,80})》|的[“"](关于[^”"]{4,80})[”"]的?(?:提案|建议|议案)|[「《“"]([^「」《》“”"]{4,80}?(?:条文修正草案|修正草案|草案))[」》”"])/u;
// A draft amendment put forward (提出「X条例第四条条文修正草案」) is a proposal only when a legislator or deputy does it.
const LEGISLATOR_BEFORE = /委员|立委|议员|代表/u;
// 立法委员X等人提案修正「Y」部分条文 (Taiwan, Hong Kong): a legislator's motion to amend, make or repeal a law.
const MOTION_ZH = /^(?:等\d*人)?(?:共同)?(?:提案|提出议案|提出法案)(?<title>(?:修正|修订|修改|制定|增订|废止)[^，。；]{2,60}?)(?=[，,。；]|$)/u;
// The Chinese proposal pattern is long: run it only where a proposal word is.
const ZH_PROPOSAL_WORD = /提案|建议|议案|草案/u;
// The suggestion itself runs to the sentence's end, or to a purpose clause (，让/使/以便 …) that says why.
const ZH_SUGGEST = /^[：:]?\s*(?:今年|去年|此次|本次|日前|近日|在[^，。]{0,20})?(?:则|也|还|同时)?(?:提交了?(?:一份|一件)?(?:提案|建议|议案)[，,]?\s*)?(?:提出|表示|认为)?(?:建议|呼吁|提议)?[，,：:]?\s*(?:应当|应该|应)?([^。；]{6,80}?)(?=[，,](?:让|使|以便|从而)|[。；]|$)/u;
/** After a deputy's or member's name: what says a suggestion follows (建议, 呼吁, or 提出，应…). */
const SITE_SUFFIX = ruleById('title.site-suffix.zh').pattern;
const ZH_SUGGEST_GATE = /^(?:[：:]|[^。；]{0,24}?(?:建议|呼吁|提议)|(?:则|也|还|同时)?提出[，,：:]\s*(?:应|要|希望))/u;
// Where a title written after the verb ends.
const PROPOSAL_END = /[.;。；]\s|[.;。；]$|,\s+(?:saying|adding|which|as|so\s+as|noting|arguing)\b|$/;

const TOLD_BEFORE = /(?:提交|提出|递交|带来)(?:过)?的(?:建议|提案|议案)?\s*[《「“"]?\s*$/u;
const NUMBERED_SESSION = /[一二三四五六七八九十]+届(?:全国|省|市)?(?:人大|人民代表大会|政协)[^，。；]{0,10}会议/u;
// 十四届全国人大四次会议, 全国政协十三届五次会议: the Nth annual session of a national term (NATIONAL_TERM_START).
const TERM = `(?:${Object.keys(NATIONAL_TERM_START).join('|')})`;
const NATIONAL_SESSION = new RegExp(`(?:(?<term>${TERM})届全国(?:人大|人民代表大会|政协)(?:第)?|全国政协(?<term2>${TERM})届(?:第)?|政协(?:第)?(?<term3>${TERM})届全国委员会(?:第)?)(?<n>[一二三四五])次(?:全体)?会议`, 'u');
const SESSION_N = '一二三四五';
function nationalSessionYear(s: string): string | undefined {
  const m = NATIONAL_SESSION.exec(s);
  const start = m?.groups ? NATIONAL_TERM_START[m.groups.term ?? m.groups.term2 ?? m.groups.term3 ?? ''] : undefined;
  return start && m?.groups?.n ? String(start + SESSION_N.indexOf(m.groups.n)) : undefined;
}
const LEAD_CLAUSE = /^(?:(?:At|During|On|In|Earlier|Later|Last|This)\b[^,]{0,80},\s*)/;

/** MOTION_ZH as a PROPOSAL_ZH match (its title in the second group). */
function motionZh(after: string): RegExpExecArray | null {
  const m = MOTION_ZH.exec(after);
  if (!m?.groups?.title) return null;
  const r = [m[0], undefined, m.groups.title] as unknown as RegExpExecArray;
  r.index = m.index;
  return r;
}

/** When a proposal was put forward: a date its sentence gives when it says more than the report's month does. */
function sentenceWhen(s: string, year: number | undefined, month: string | undefined): string | undefined {
  const d = findDates(s, year).find((x) => x.date.length >= 7 || !month || x.date !== month.slice(0, 4));
  // (今年全国两会期间: the sessions' March, unless the sentence gives its own month.)
  return d && d.date.length >= 7 ? d.date : (nationalSessionsMonth(s, year, month) ?? d?.date);
}

const PROVINCE_KINDS = new Set(['province', 'autonomous_region', 'municipality']);
const CITY_KINDS = new Set(['city', 'municipality', 'prefecture']);
// 我区: an autonomous region's or a district's own word for itself.
const AREA_KINDS = new Set(['autonomous_region', 'district']);

/** The first place of the given kinds the document names (its lines read in order, stopping at the first). */
function documentPlace(sentences: Sentence[], K: Knowledge, kinds: Set<string>, han = true): GazetteerEntry | undefined {
  for (const sen of sentences) {
    if (/\p{Script=Han}/u.test(sen.norm) !== han) continue;
    for (const m of K.lex.match(sen.norm)) {
      const e = m.entries.find((x) => x.label === 'Region' && kinds.has(x.kind));
      if (e) return e;
    }
  }
  return undefined;
}

/** "build" from "build(ing)", "promote" from "promot(ing)", "set" from "sett(ing)". */
function baseVerb(stem: string): string {
  if (/([tpnmgd])\1$/.test(stem)) return stem.slice(0, -1);
  if (/(?:at|iz|is|ov|ud|ak|ot|uc|ag|ir|ur|iv|as|ar|rv|us)$/.test(stem)) return `${stem}e`;
  return stem;
}

/** What a sentence says its subject proposed: the proposal's words, its display name, where it is said, the rule. */
interface Wording {
  title: string;
  name: string;
  at: number;
  rule: string;
  /** A Chinese title written in the sentence (its places are those inside it). */
  inSentence: boolean;
}

/** Proposals stated in a sentence whose subject is a named deputy or member. */
function sentenceProposals(sentences: Sentence[], persons: PersonAt[], reg: Registry, rels: Relation[], K: Knowledge, year: number | undefined, month: string | undefined, day?: string): void {
  const seen = new Set<number>();
  let lastOwn: { index: number; date: string } | undefined;
  for (const x of persons) {
    const s = x.sentence.norm;
    if (seen.has(x.sentence.index) || !isSubject(x, persons)) continue;
    const w = wordingOf(x, s);
    if (!w || (w.title.split(/\s+/).length < 4 && [...w.title].length < 8)) continue;
    seen.add(x.sentence.index);
    // When it was put forward: the date its sentence gives (去年两会, "at the session in March"), a date the
    // proposal just before it took from its own sentence ("Another deputy, …"), else the report's month or year.
    const titleAt0 = s.indexOf(w.title, x.p.end);
    const said = s.slice(0, titleAt0 > w.at ? titleAt0 : w.at);
    const own = sentenceWhen(said, year, month);
    const chained = !own && lastOwn && lastOwn.index === x.sentence.index - 1 ? lastOwn.date : undefined;
    // A proposal a later news page recalls from a numbered session (在海南省六届人大会议上提交的建议) is not of the
    // page's month: without its own date it stays undated.
    // 十四届全国人大四次会议期间: a national session's number says its year (the page's month when it is this year's).
    // A reply to a member (关于政协十四届全国委员会第四次会议第N号提案答复的函 / 委员：/ 您提出的《X》): the session its headline names.
    const session = !own && !chained ? (nationalSessionYear(said) ?? (x.addressed ? nationalSessionYear(sentences.slice(0, 4).map((o) => o.norm).join('\n')) : undefined)) : undefined;
    // (A reply's month is not when the proposal was made: the session's year.)
    const sessionWhen = session && (month?.startsWith(session) && !x.addressed ? month : session);
    // (Told as a thing done before — 会议上提交的建议《…》, or on a page months after the sessions of January to March — not
    // as the news of the day: 在…第三次会议上，代表X提出《…》 on a January page.)
    const recalled = !own && !chained && !session && month !== undefined && NUMBERED_SESSION.test(said) && (TOLD_BEFORE.test(said) || !/-0[1-3]$/.test(month));
    // (案由：本院委员甲、乙等18人…爰拟具「X」: the bill's own page — a Legislative Yuan 议案关系文书 — is dated the day it was printed.)
    const field = !own && !chained && !session && day && /^\s*案由\s*[:：]/u.test(s) ? day : undefined;
    const when = recalled ? undefined : (own ?? chained ?? sessionWhen ?? field ?? month ?? (year ? String(year) : undefined));
    lastOwn = own ? { index: x.sentence.index, date: own } : chained ? { index: x.sentence.index, date: chained } : undefined;
    const id = proposalId(x.id, when, w.title);
    if (reg.entities.has(id)) continue;
    const body = venueOf(x, persons, w.at);
    const e = reg.add({ id, label: 'Proposal', name: w.name, aliases: [w.title], kind: 'proposal' }, x.sentence.text, x.sentence.index);
    if (when) e.date = when;
    if (body) e.venue = `${body.found.name}${year ? `, ${year} session` : ''}`;
    rels.push({ type: 'PROPOSED', from: x.id, to: id, evidence: x.sentence.text, rules: [w.rule], ...(when ? { date: when } : {}) });
    for (const o of coProposers(x, persons)) rels.push({ type: 'PROPOSED', from: o.id, to: id, evidence: x.sentence.text, rules: [w.rule, 'frame.propose.co-proposers'], ...(when ? { date: when } : {}) });
    for (const r of proposalTargets(x, w, body, sentences, K)) {
      reg.add(entryFound(r), x.sentence.text, x.sentence.index);
      if (!rels.some((q) => q.type === 'APPLIES_TO' && q.from === id && q.to === r.id)) rels.push({ type: 'APPLIES_TO', from: id, to: r.id, evidence: x.sentence.text, rules: ['frame.applies-to.our-province.zh'] });
    }
  }
}

// Between the subject and the next name of a list of proposers (委员甲、乙等18人, "Deputies A and B").
const CO_PROPOSER_GAP = /^\s*(?:、|，|,|和|与|及|以及|and)\s*$/u;

/** The persons listed right after the subject, before its verb: they put the proposal forward with it. */
function coProposers(x: PersonAt, persons: PersonAt[]): PersonAt[] {
  const out: PersonAt[] = [];
  let end = x.p.end;
  for (const o of persons.filter((p) => p.sentence.index === x.sentence.index && p.p.start >= x.p.end).sort((a, b) => a.p.start - b.p.start)) {
    if (o.id === x.id || !CO_PROPOSER_GAP.test(x.sentence.norm.slice(end, o.p.start))) break;
    out.push(o);
    end = o.p.end;
  }
  return out;
}

/** The person's own verb after 由 (等3名委员联名提出, 领衔提交), or after the cleft's time or place (是委员甲在两会上提交的, ，由委员甲在今年两会上提交). */
const PASSIVE_VERB_AFTER = /^\s*(?:等\s*\d*\s*(?:名|位)?(?:委员|代表)?)?(?:联名|领衔|共同)?(?:提出|提交|递交)|^(?:于|在)[^，。；《》]{1,14}?(?:联名|领衔|共同)?(?:提出|提交|递交)/u;

/** The sentence's subject: the first person named in it; a lead clause ("At the session in March, X …") allowed. */
function isSubject(x: PersonAt, persons: PersonAt[]): boolean {
  const first = persons.filter((o) => o.sentence.index === x.sentence.index).sort((a, b) => a.p.start - b.p.start)[0];
  if (first !== x) return false;
  const lead = x.sentence.norm.slice(0, x.p.start).replace(LEAD_CLAUSE, '');
  return lead.split(/\s+/).length <= 4 || /^[\p{Script=Han}\s、，,]*$/u.test(lead) || ruleById('frame.propose.passive.zh').pattern.test(lead);
}

/** What the subject proposes: a Chinese title (提交了《…提案》), a member's suggestion (建议，在…), an English verb's object. */
function wordingOf(x: PersonAt, s: string): Wording | undefined {
  const after = s.slice(x.p.end);
  // 《关于X的提案》由委员甲提出.
  const passive = ruleById('frame.propose.passive.zh').pattern.exec(s.slice(0, x.p.start));
  if (passive?.groups?.title && PASSIVE_VERB_AFTER.test(after)) {
    return { title: passive.groups.title, name: passive.groups.title, at: passive.index + 1, rule: 'frame.propose.passive.zh', inSentence: true };
  }
  const zh = ZH_PROPOSAL_WORD.test(after) ? (PROPOSAL_ZH.exec(after) ?? motionZh(after)) : null;
  // 全国人大代表、X院长张三建议，在…建立…: a deputy's or member's suggestion is a proposal.
  // 他同时呼吁…: the deputy or member of the sentence before.
  const member = /(?:代表|委员)/.test(s.slice(0, x.p.start)) || (!!x.antecedent && /代表|委员/.test(x.antecedent.sentence.norm));
  const zhSuggest = !zh && member && ZH_SUGGEST_GATE.test(after) ? ZH_SUGGEST.exec(after) : null;
  if (zh?.[5] && !LEGISLATOR_BEFORE.test(s.slice(0, x.p.start))) return undefined;
  if (zh) {
    const title = (zh[1] ?? zh[2] ?? zh[3] ?? zh[4] ?? zh[5])!;
    const rule = !zh[1] && !zh[3] && !zh[4] && !zh[5] && MOTION_ZH.test(after) ? 'frame.propose.motion.zh' : 'frame.propose.sentence';
    return { title, name: title, at: x.p.end + zh.index, rule, inSentence: true };
  }
  if (zhSuggest) {
    const title = zhSuggest[1]!.replace(/[。；]$/, '').replace(SITE_SUFFIX, '');
    return { title, name: `${title}的建议`, at: x.p.end + zhSuggest.index, rule: 'frame.propose.sentence', inSentence: false };
  }
  // "Representative X: / Your proposal "Y" has been received": the addressed member's, by its quoted title.
  const yours = YOUR_PROPOSAL_EN.exec(after);
  if (yours) return { title: yours[1]!, name: yours[1]!, at: x.p.end + yours.index, rule: 'frame.propose.sentence', inSentence: false };
  // "Member X: / The "Y" you put forward has been received".
  const quoted = x.p.end === 0 ? ruleById('frame.propose.addressed-quoted.en').pattern.exec(after) : null;
  const quotedTitle = quoted?.groups?.title ?? quoted?.groups?.titleWe ?? quoted?.groups?.titleYou;
  if (quoted && quotedTitle) return { title: quotedTitle, name: quotedTitle, at: quoted.index, rule: 'frame.propose.addressed-quoted.en', inSentence: false };
  const en = enWording(after);
  return en ? { title: en.title, name: en.name, at: x.p.end + en.index, rule: 'frame.propose.sentence', inSentence: false } : undefined;
}

/** "put forward a proposal on building X": what the English verb proposes, its display name, and where the verb is. */
function enWording(after: string): { title: string; name: string; index: number } | undefined {
  const en = PROPOSAL_VERB_EN.exec(after);
  // Another person or a quote between name and verb: not this person's proposal.
  if (!en || /["“”]/.test(after.slice(0, en.index))) return undefined;
  const rest = after.slice(en.index + en[0].length);
  const end = rest.search(PROPOSAL_END);
  const title = (end >= 0 ? rest.slice(0, end) : rest).replace(/^(?:that|to)\s+/i, '').trim().replace(/^([a-z]{3,})ing\b/, (_w, stem: string) => baseVerb(stem));
  const prep = en[1]?.toLowerCase();
  return { title, name: `Proposal ${prep && prep !== 'to' ? (prep === 'that' ? 'that' : 'on') : 'to'} ${title}`, index: en.index };
}

/** The body the member sits in, named here or where the document first gave the member's seat. */
function venueOf(x: PersonAt, persons: PersonAt[], at: number): Mention | undefined {
  const venueBefore = (o: PersonAt): Mention | undefined =>
    o.p.nameZh ? [...o.mentions].reverse().find((m) => m.found.label === 'Agency' && m.end <= o.p.start && VENUE_BODY.test(m.found.id)) : undefined;
  return x.mentions.find((m) => m.found.label === 'Agency' && m.start > x.p.end && m.end <= at && VENUE_BODY.test(m.found.id)) ??
    venueBefore(x) ?? persons.filter((o) => o.id === x.id && o !== x).map(venueBefore).find((m) => m !== undefined);
}

/** Where it applies: places named in its title (a Chinese title is a span of the sentence), else the seat's territory, 我省 = the body's. */
function proposalTargets(x: PersonAt, w: Wording, body: Mention | undefined, sentences: Sentence[], K: Knowledge): GazetteerEntry[] {
  const s = x.sentence.norm;
  const titleAt = w.inSentence ? s.indexOf(w.title, w.at) : -1;
  const inTitle = (m: Mention): boolean => (titleAt >= 0 ? m.start >= titleAt && m.end <= titleAt + w.title.length : m.start >= w.at);
  const places = /我省|本省|我市|本市|我区|本区|全省|全市/.test(w.title) ? [] : x.mentions.filter((m) => m.found.label === 'Region' && inTitle(m) && m.found.id !== 'region:CN');
  // A zone the gazetteer does not know (named by its head word) is a place too.
  const placeEntry = (m: Mention): GazetteerEntry | undefined => K.byId.get(m.found.id) ?? (m.found.kind === 'zone' ? { id: m.found.id, label: 'Region', name: m.found.name, aliases: [], kind: 'zone' } : undefined);
  // A reply's addressee (no mentions read for them): the places of the quoted title.
  const quotedPlaces = x.mentions.length === 0 && !w.inSentence ? titleRegions(w.title, K).map((id) => K.byId.get(id)) : [];
  let targets = [...places.map(placeEntry), ...quotedPlaces].filter((r): r is GazetteerEntry => !!r);
  // The narrowest places only: a zone named in the title, not also the city it lies in.
  targets = targets.filter((r) => !targets.some((o) => o !== r && o.partOf === r.id));
  if (targets.length === 0 && body) {
    const r = agencyRegion(body.found.id, K);
    const re = r ? K.byId.get(r) : undefined;
    if (re && re.id !== 'region:CN') targets = [re];
  }
  // 关于组建我省…的建议 with no seat named: 我省/本省 is the province the document is about (我市 its city, 我区 its
  // autonomous region or district).
  const ours = targets.length === 0 ? (/(?:我|本)(省|市|区)/.exec(w.title) ?? /\b[Oo]ur\s+(Province|City|Region)\b/.exec(w.title)) : null;
  if (ours) {
    const kinds = /省|Province/.test(ours[1]!) ? PROVINCE_KINDS : /区|Region/.test(ours[1]!) ? AREA_KINDS : CITY_KINDS;
    const place = documentPlace(sentences, K, kinds, /\p{Script=Han}/u.test(w.title));
    if (place) targets = [place];
  }
  return targets;
}

export function proposalsIn(
  sentences: Sentence[],
  persons: PersonAt[],
  reg: Registry,
  rels: Relation[],
  K: Knowledge,
  year: number | undefined,
  month?: string,
  /** The page's full date, for a proposal's own page (its 案由 field). */
  day?: string,
): void {
  const headed = new Set<number>();
  for (const x of persons) {
    const s = x.sentence.norm;
    if (x.p.start > 3) continue;
    const colon = s.indexOf(':', x.p.end) >= 0 ? s.indexOf(':', x.p.end) : s.indexOf('：', x.p.end);
    if (colon < 0) continue;
    const post = s.slice(x.p.end, colon);
    if (!/^\s*,/.test(post) || !/member|deputy|委员|代表/i.test(post)) continue;
    let title = s.slice(colon + 1).trim().replace(/[!！.。]+$/, '');
    if (title.split(/\s+/).length < 3 && [...title].length < 6) continue;
    title = title.replace(SUGGEST, '');
    title = title.charAt(0).toLowerCase() + title.slice(1);
    const zh = /\p{Script=Han}/u.test(title);
    const name = zh ? `${title}的提案` : `Proposal to ${title}`;
    const id = proposalId(x.id, year === undefined ? undefined : String(year), title);
    // The body the member sits in: the venue, and where a local member's proposal applies.
    const body = x.mentions.find((m) => m.found.label === 'Agency' && m.start > x.p.end && m.end <= colon && VENUE_BODY.test(m.found.id));
    const e = reg.add({ id, label: 'Proposal', name, aliases: [s.slice(colon + 1).trim()], kind: 'proposal' }, x.sentence.text, x.sentence.index);
    const when = month ?? (year ? String(year) : undefined);
    if (when) e.date = when;
    if (body) e.venue = `${body.found.name}${year ? `, ${year} session` : ''}`;
    headed.add(x.sentence.index);
    rels.push({ type: 'PROPOSED', from: x.id, to: id, evidence: x.sentence.text, rules: ['frame.propose.heading'], ...(when ? { date: when } : {}) });
    // Targets: places in the title; else the local body's territory; else the country.
    const titleStart = colon + 1;
    const places = x.mentions.filter((m) => m.found.label === 'Region' && m.start >= titleStart);
    let targets: GazetteerEntry[] = places.map((m) => K.byId.get(m.found.id)).filter((r): r is GazetteerEntry => !!r);
    if (targets.length === 0 && body) {
      const r = agencyRegion(body.found.id, K);
      const re = r ? K.byId.get(r) : undefined;
      if (re) targets = [re];
    }
    for (const r of targets) {
      reg.add(entryFound(r), x.sentence.text, x.sentence.index);
      if (!rels.some((q) => q.type === 'APPLIES_TO' && q.from === id && q.to === r.id)) {
        rels.push({ type: 'APPLIES_TO', from: id, to: r.id, evidence: x.sentence.text });
      }
    }
  }
  for (const i of recordProposals(sentences, persons, reg, rels, K, year, month)) headed.add(i);
  sentenceProposals(sentences, [...persons, ...addressed(persons, sentences)].filter((x) => !headed.has(x.sentence.index)), reg, rels, K, year, month, day);
  movedMotions(persons, reg, rels, K, year, month);
  const headlines = new Set(sentences.slice(0, 4).map((x) => x.text).filter((t) => !/[。！？.!?]\s*$/u.test(t)));
  oneProposalPerTopic(reg, rels, headlines, () => sentences.filter((x) => PROPOSAL_TOLD.test(x.norm)).map((x) => x.norm).join('\n'));
}

/** Bodies that put proposals forward in their own name: democratic parties, associations, congress delegations. */
const PROPOSING_BODY = (label: string, kind: string | undefined): boolean => label === 'Organization' || kind === 'party_body' || kind === 'delegation';

/** 农工党中央向…会议提交了《关于X的提案》: proposals of a body named right before the verb. */
export function bodyProposals(spans: SentenceSpans[], reg: Registry, rels: Relation[], year: number | undefined, month: string | undefined): void {
  for (const sp of spans) {
    if (!/提案|建议|议案/.test(sp.s) || !sp.s.includes('《')) continue;
    for (const m of sp.s.matchAll(globalPattern('frame.propose.body.zh'))) {
      const subject = [...sp.actors].reverse().find((a) => a.end <= m.index);
      const e = subject ? reg.entities.get(subject.id) : undefined;
      if (!subject || !e || !PROPOSING_BODY(e.label, e.kind) || !/^\s*$/.test(sp.s.slice(subject.end, m.index))) continue;
      const title = m.groups!.title!;
      const when = sentenceWhen(sp.s.slice(0, m.index + m[0].length - title.length), year, month) ?? month ?? (year ? String(year) : undefined);
      const id = proposalId(subject.id, when, title);
      if (reg.entities.has(id)) continue;
      const p = reg.add({ id, label: 'Proposal', name: title, aliases: [`《${title}》`], kind: 'proposal' }, sp.sen.text, sp.sen.index);
      if (when) p.date = when;
      rels.push({ type: 'PROPOSED', from: subject.id, to: id, evidence: sp.sen.text, rules: ['frame.propose.body.zh'], ...(when ? { date: when } : {}) });
    }
  }
  for (const sp of spans) if (!/\p{Script=Han}/u.test(sp.s) && /proposal|motion|suggestion/i.test(sp.s)) bodyProposalEn(sp, reg, rels, year, month);
  addressedBodies(spans, reg, rels, year, month);
}

/** A reply letter's salutation to a body alone on its line (致公党中央：), then 贵党提出的《X提案》: the body proposed X. */
function addressedBodies(spans: SentenceSpans[], reg: Registry, rels: Relation[], year: number | undefined, month: string | undefined): void {
  for (let i = 0; i + 1 < spans.length; i++) {
    const sp = spans[i]!;
    const head = /^\s*(.{2,30}?)\s*[:：]\s*$/u.exec(sp.s)?.[1];
    const body = head ? sp.actors.find((a) => a.label === 'Agency' && sp.s.slice(a.end).trim().replace(/^[:：]\s*/u, '') === '' && sp.s.slice(0, a.start).trim() === '') : undefined;
    const e = body ? reg.entities.get(body.id) : undefined;
    const m = e && PROPOSING_BODY(e.label, e.kind) ? ruleById('frame.propose.addressed-body.zh').pattern.exec(spans[i + 1]!.s) : null;
    const title = m?.groups?.title;
    if (!body || !title) continue;
    const next = spans[i + 1]!;
    const when = month ?? (year ? String(year) : undefined);
    const id = proposalId(body.id, when, title);
    if (reg.entities.has(id)) continue;
    const p = reg.add({ id, label: 'Proposal', name: title, aliases: [`《${title}》`], kind: 'proposal' }, next.sen.text, next.sen.index);
    if (when) p.date = when;
    rels.push({ type: 'PROPOSED', from: body.id, to: id, evidence: next.sen.text, rules: ['frame.propose.addressed-body.zh'], ...(when ? { date: when } : {}) });
  }
}

/** "The Jiusan Society Central Committee put forward a proposal on X": a body's proposal in English, the body right before
 *  the verb (an auxiliary or a time between). */
function bodyProposalEn(sp: SentenceSpans, reg: Registry, rels: Relation[], year: number | undefined, month: string | undefined): void {
  const w = enWording(sp.s);
  const subject = w ? [...sp.actors].reverse().find((a) => a.end <= w.index) : undefined;
  const e = subject ? reg.entities.get(subject.id) : undefined;
  if (!w || !subject || !e || !PROPOSING_BODY(e.label, e.kind) || !ruleById('frame.propose.body.en').pattern.test(sp.s.slice(subject.end))) return;
  const when = sentenceWhen(sp.s.slice(0, w.index), year, month) ?? month ?? (year ? String(year) : undefined);
  const id = proposalId(subject.id, when, w.title);
  if (reg.entities.has(id)) return;
  const p = reg.add({ id, label: 'Proposal', name: w.name, aliases: [], kind: 'proposal' }, sp.sen.text, sp.sen.index);
  if (when) p.date = when;
  rels.push({ type: 'PROPOSED', from: subject.id, to: id, evidence: sp.sen.text, rules: ['frame.propose.body.en'], ...(when ? { date: when } : {}) });
}


/** Another sitting than the one named before: 另一次会议, 较早前的会议, 上月/上周的会议. */
const OTHER_SITTING_ZH = /另一?(?:次|场|轮)(?:全体)?会议|(?:较早|稍早|早些|较后|稍后)(?:前|时候|时)?的?(?:一次)?会议|上(?:个)?月|上周|上星期/u;

/** 通过由X议员动议(、经Y议员修正)的「Z」议案: Z is X's motion, dated by its sentence; where it applies, by the places in Z. */
function movedMotions(persons: PersonAt[], reg: Registry, rels: Relation[], K: Knowledge, year: number | undefined, month: string | undefined): void {
  // (A council's report of one sitting — 今日（十一月二十六日）會議上通過由甲議員動議的「X」議案 … 另外，由乙議員動議的「Y」議案…
  // 均獲通過: a later motion with no date of its own was moved at that sitting, the day of the first one dated.)
  let sitting: string | undefined;
  for (const x of [...persons].sort((a, b) => a.sentence.index - b.sentence.index || a.p.start - b.p.start)) {
    const s = x.sentence.norm;
    if (!x.p.nameZh || !s.includes('议案')) continue;
    for (const m of s.matchAll(globalPattern('frame.propose.moved-motion.zh'))) {
      if (m.groups!.who !== x.p.nameZh || m.index + 1 !== x.p.start) continue;
      const title = m.groups!.title!;
      const own = sentenceWhen(s, year, month);
      if (own?.length === 10) sitting ??= own;
      // (本月较早前的另一次会议上, 上月的另一次会议上: a motion of another sitting is not of the one dated before; it takes
      // the month the sentence names, else the page's.)
      const other = OTHER_SITTING_ZH.test(s);
      const when = own ?? (other ? (month ? lastMonth(s, month) : undefined) ?? month : sitting ?? month);
      const id = proposalId(x.id, when, title);
      if (reg.entities.has(id)) continue;
      const e = reg.add({ id, label: 'Proposal', name: title, aliases: [`「${title}」议案`], kind: 'motion' }, x.sentence.text, x.sentence.index);
      if (when) e.date = when;
      rels.push({ type: 'PROPOSED', from: x.id, to: id, evidence: x.sentence.text, rules: ['frame.propose.moved-motion.zh'], ...(when ? { date: when } : {}) });
      for (const r of titleRegions(title, K)) {
        const entry = K.byId.get(r);
        if (entry) reg.add(entryFound(entry), x.sentence.text, x.sentence.index);
        rels.push({ type: 'APPLIES_TO', from: id, to: r, evidence: x.sentence.text, rules: ['frame.propose.moved-motion.zh'] });
      }
    }
  }
}

/** A Chinese proposal's words: its title without 关于 and 的建议/的提案/的议案. */
const topicOf = (name: string): string => name.replace(/^关于/, '').replace(/的?(?:建议|提案|议案)$/, '');
function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}
function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let n = 0;
  for (const g of x) if (y.has(g)) n++;
  return x.size + y.size ? (2 * n) / (x.size + y.size) : 0;
}

// Sentences that tell what a proposal asks (他在提案中建议, 该提案提出).
const PROPOSAL_TOLD = /(?:提案|建议)中|(?:该|这份|此)(?:提案|建议)/u;
/** A summary's distinctive terms: Latin names (CAR-T) and its four-character runs of Chinese. */
function termsOf(summary: string): string[] {
  const han = [...summary.replace(/的建议$/u, '')].filter((c) => /\p{Script=Han}/u.test(c)).join('');
  const runs = [...han].map((_, i) => han.slice(i, i + 4)).filter((r) => r.length === 4);
  return [...(summary.match(/[A-Za-z][A-Za-z0-9-]{2,}/g) ?? []), ...runs];
}

/**
 * A headline that sums up a member's proposal in its own words ("委员X：打造…高地") and the proposal's title in the
 * text (《关于打造…高地的提案》): one proposal, named by its title. Same proposer, same year, the headline's words
 * mostly inside the title — or, when they stand in the page's headline (委员X：让CAR-T从"百万一针"走向"用得起": one of its first lines, not
 * a sentence closed by its stop), a term of the title or of what the text says the proposal asks.
 */
function oneProposalPerTopic(reg: Registry, rels: Relation[], headlines: Set<string>, toldOf: () => string): void {
  let told: string | undefined;
  const inHeadline = (id: string): boolean => rels.some((r) => r.type === 'PROPOSED' && r.to === id && headlines.has(r.evidence));
  // The headline's summary names a term of the titled proposal or of what the text says it asks (他在提案中建议…CAR-T…).
  const sharesTerm = (short: string, full: string): boolean => termsOf(short).some((t) => full.includes(t) || (told ??= toldOf()).includes(t));
  const byProposer = new Map<string, string[]>();
  for (const r of rels) if (r.type === 'PROPOSED') byProposer.set(r.from, [...(byProposer.get(r.from) ?? []), r.to]);
  for (const ids of byProposer.values()) {
    const ps = ids.map((id) => reg.entities.get(id)).filter((e): e is NonNullable<typeof e> => !!e && /\p{Script=Han}/u.test(e.name));
    for (const short of ps) {
      const full = ps.find((o) => o !== short && reg.entities.has(o.id) && /^关于/.test(o.name) && !/^关于/.test(short.name) && o.date?.slice(0, 4) === short.date?.slice(0, 4) && (dice(topicOf(short.name), topicOf(o.name)) >= 0.6 || (inHeadline(short.id) && sharesTerm(short.name, o.name))));
      if (!full || !reg.entities.has(short.id)) continue;
      reg.entities.delete(short.id);
      reg.alias(full, short.name);
      for (let i = rels.length - 1; i >= 0; i--) {
        const r = rels[i]!;
        if (r.from !== short.id && r.to !== short.id) continue;
        const moved = { ...r, from: r.from === short.id ? full.id : r.from, to: r.to === short.id ? full.id : r.to };
        if (rels.some((q) => q !== r && q.type === moved.type && q.from === moved.from && q.to === moved.to)) rels.splice(i, 1);
        else rels[i] = moved;
      }
    }
  }
}

// A reply's salutation on a line of its own ("周立新代表：") and the next sentence speaking to them ("您提出的…").
const SALUTATION = /^[\p{Script=Han}]{2,4}(?:代表|委员)\s*[:：]\s*$|^(?:Dear\s+)?(?:Representative|Deputy|Member|Committee\s+Member)\s+[A-Z][a-z]+(?:[\s-][A-Z]?[a-z]+){1,2}\s*[:：,]\s*$/u;
const ADDRESSEE = /^(?:您|你|Your\b)/u;
// Or the English sentence naming their proposal ('The "X" you put forward …'): frame.propose.addressed-quoted.en's test.
const addressedQuoted = (s: string): boolean => ruleById('frame.propose.addressed-quoted.en').pattern.test(s);

/** The person a reply addresses, as the subject of the sentence after the salutation (您 stands for them). */
function addressed(persons: PersonAt[], sentences: Sentence[]): PersonAt[] {
  const out: PersonAt[] = [];
  for (const x of persons) {
    const next = sentences[x.sentence.index + 1];
    const you = next ? (ADDRESSEE.exec(next.norm)?.[0] ?? (addressedQuoted(next.norm) ? '' : undefined)) : undefined;
    if ((x.p.start !== 0 && x.p.nameZh) || !SALUTATION.test(x.sentence.norm) || !next || you === undefined) continue;
    out.push({ ...x, p: { ...x.p, start: 0, end: you.length }, sentence: next, mentions: [], addressed: true });
  }
  return out;
}

// A record page's title line: 关于…的提案 / 建议 / 议案 alone on its line (no 《》).
const RECORD_TITLE = /^关于[^。；，《》]{4,80}的(?:提案|建议|议案)$/u;
// Its submission field: 提交时间：2026年1月22日, 交办日期：….
const RECORD_DATE = /(?:提交|提出|立案|交办)(?:时间|日期)\s*[：:]/u;

/** A proposal's record page (title line, then 提案者 / 领衔代表 fields): the proposer, the date of the submission field, the
 *  places of its title (else its body's territory). Returns the indexes of the sentences it read. */
function recordProposals(sentences: Sentence[], persons: PersonAt[], reg: Registry, rels: Relation[], K: Knowledge, year: number | undefined, month: string | undefined): number[] {
  const head = sentences.slice(0, 12).find((x) => RECORD_TITLE.test(x.norm.trim()));
  if (!head) return [];
  const block = sentences.filter((x) => x.index > head.index && x.index <= head.index + 10);
  const label = ruleById('frame.propose.record-fields.zh').pattern;
  const x = persons.find((o) => block.includes(o.sentence) && label.test(o.sentence.norm.slice(0, o.p.start)));
  if (!x) return [];
  const title = head.norm.trim();
  const field = block.find((o) => RECORD_DATE.test(o.norm));
  const at = field ? RECORD_DATE.exec(field.norm)!.index : 0;
  const when = (field ? findDates(field.norm.slice(at), year)[0]?.date : undefined) ?? month ?? (year ? String(year) : undefined);
  const id = proposalId(x.id, when, title);
  const e = reg.add({ id, label: 'Proposal', name: title, aliases: [title], kind: 'proposal' }, head.text, head.index);
  if (when) e.date = when;
  rels.push({ type: 'PROPOSED', from: x.id, to: id, evidence: x.sentence.text, rules: ['frame.propose.record-fields.zh'], ...(when ? { date: when } : {}) });
  // Where: the places its title names (mentions of the title line), else the territory of the body the block names.
  const inTitle = K.lex.match(head.norm).flatMap((m) => m.entries.filter((r) => r.label === 'Region' && r.id !== 'region:CN')).slice(0, 3);
  // (The body: the seat written in the proposer's field, else the congress or committee whose site the page is.)
  const seat = x.mentions.find((m) => m.found.label === 'Agency' && VENUE_BODY.test(m.found.id))?.found.id;
  const site = sentences.slice(0, head.index + 10).flatMap((o) => K.lex.match(o.norm).flatMap((m) => m.entries)).find((r) => r.label === 'Agency' && VENUE_BODY.test(r.id))?.id;
  const body = seat ?? site;
  const home = body ? agencyRegion(body, K) : undefined;
  const targets = inTitle.length > 0 ? inTitle : home && K.byId.get(home) ? [K.byId.get(home)!] : [];
  for (const r of targets) {
    reg.add(entryFound(r), head.text, head.index);
    if (!rels.some((q) => q.type === 'APPLIES_TO' && q.from === id && q.to === r.id)) rels.push({ type: 'APPLIES_TO', from: id, to: r.id, evidence: head.text, rules: ['frame.propose.record-fields.zh'] });
  }
  return [head.index, x.sentence.index];
}

/** A proposal's id: its proposer (a person or a body, without the id's label), its year and its title. */
export const proposalId = (who: string, when: string | undefined, title: string): string =>
  `proposal:${idSlug(who.replace(/^(?:person|agency|org):/, ''))}-${when?.slice(0, 4) ?? 'undated'}-${idSlug(title, 40)}`;
