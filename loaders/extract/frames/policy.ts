// Issue frames of one sentence: each title with its issuers, time and where it applies; titles joined in one
// clause (《A》及《B》) share their issuers and date; licences without an agent take their paragraph's regulator.
import { alsoApprovedZh, findGrants, planBatchZh, planItemsZh } from '../approvals.ts';
import type { Knowledge } from '../gazetteer-source.ts';
import { idSlug, licenceId } from '../ids.ts';
import { issuerKeyedId } from '../resolve.ts';
import { entryFound, type Mention } from '../mentions.ts';
import type { TitleMention } from '../policies.ts';
import { orgKey, type Found, type Registry } from '../registry.ts';
import { KIND_PHRASE_LEAD_EN } from '../rules/titles.ts';
import { APPROVE_VERBS_EN, GIVE_EN, MADE_BY_EN, PRODUCT_CODE_EN, SELF_EN, SELF_ZH, some, wordsEn } from '../rules/fragments.ts';
import { ruleById } from '../rules/index.ts';
import type { SentenceSpans } from '../spans/types.ts';
import { foreignOf, zonesAfter } from './applies-to.ts';
import { issuersInTitle, issuersOf, lastClauseBreak, LIST_OPENED, lowercaseIssuers, ownerBefore, selfIssued } from './issue.ts';
import { isRecent, lastMonth, recentDate, weekdayBefore } from './time.ts';
import { SELF_ACTOR, type PolicyFrame } from './types.ts';
import { originalSpan } from '../sentences.ts';
import { toSimplified, toTraditional } from '../../read/script.ts';

const HAN = /\p{Script=Han}/u;
const DECREE_AFTER_TITLE = /^\s*\((?:the\s+)?[A-Z][\w ]{1,40}?\s+(?:Decree|Order)\s+No\.\s*\d+/;
// (省局就《X》征求意见 on a provincial bureau's own page: the writer by its level's short name.)
const SELF_SOLICITS = new RegExp(`(?:${SELF_ZH}|省局|市局)就\\s*$`, 'u');

/** The regulator a paragraph opens with, as the subject of its clauses (for agent-less licences); in reading order. */
export class ParagraphSubjects {
  private readonly byLine = new Map<number, { id: string; rule: string }>();

  /** Notes the subject of the sentence's paragraph (the first found) and returns it. */
  at(s: string, line: number, mentions: Mention[]): { id: string; rule: string } | undefined {
    if (!this.byLine.has(line)) {
      const rule = ruleById(HAN.test(s) ? 'grant.paragraph-subject.zh' : 'grant.paragraph-subject.en');
      const subject = mentions.find((m) => m.found.label === 'Agency' && m.found.kind === 'regulator' && rule.pattern.test(s.slice(m.end)));
      if (subject) this.byLine.set(line, { id: subject.found.id, rule: rule.id });
    }
    return this.byLine.get(line);
  }
}

/** The product the page last named in an approval: what 该产品 stands for in a later one; else the last one named at all
 *  (允许其委托生产其自体CAR-T细胞注射液。…该产品已于D获X同意开展Ⅲ期临床试验). */
export interface NamedProducts {
  last?: string;
  mentioned?: string;
  /** Who gave the page's last approval of a named product. */
  lastIssuers?: string[];
  /** An English approval of a product only described, until a sentence after it names the product. */
  described?: PolicyFrame;
  /** Who announced a batch of approved plans in the sentence before (its items may follow: 其中甲医院获准以「X」), and whether
   *  that sentence already listed some (the list goes on: 乙医院则获准执行「Y」). */
  batch?: { issuers: string[]; listing: boolean; date?: string };
}
// A named product's words in a Chinese sentence: a Latin name or code, a few characters, 注射液.
const NAMED_PRODUCT_ZH = /[A-Za-z0-9][\w-]*[\p{Script=Han}]{0,8}?注射液/gu;

export interface FrameContext {
  K: Knowledge;
  reg: Registry;
  published: string | undefined;
  /** The sentence's date (its own, the same day's, or the heading's). */
  sentenceDate: string | undefined;
  /** The date a heading or a roundup item's lead ("January 9 — Hong Kong.") gives the sentence. */
  headingDate?: string;
  subject: { id: string; rule: string } | undefined;
  products: NamedProducts;
}

/** The issue frames of the sentence's titles, then its approval frames. */
export function sentenceFrames(sp: SentenceSpans, c: FrameContext): PolicyFrame[] {
  const here: PolicyFrame[] = [];
  let clauseStart = 0;
  for (const t of sp.titles) {
    // 应当持有《药品生产许可证》: a kind of licence a rule requires is granted to no one.
    if (t.label !== 'License' || !ruleById('grant.required-type').pattern.test(sp.s.slice(Math.max(0, t.start - 90), t.start))) here.push(titleFrame(sp, t, clauseStart, c));
    clauseStart = t.end;
  }
  // A text named by kind words alone is one text only with its issuer ("a work plan" by nobody names none), and a
  // public body's: "Acme Bio issued a notice requiring staff to …" is a firm's notice to its staff.
  for (let i = here.length - 1; i >= 0; i--) {
    const pf = here[i]!;
    if (pf.t.described && !pf.t.keyedByIssuer && companyOnly(pf)) here.splice(i, 1);
    if (!pf.t.keyedByIssuer) continue;
    // (Dated to the month, it takes the key of any text: its issuer's scope, kind and month.)
    if (pf.issuers.length === 0 || companyOnly(pf)) here.splice(i, 1);
    else if (!(pf.date && pf.date.length >= 7)) pf.fixedId = issuerKeyedId(pf.issuers[0]!, pf.t.title);
  }
  // "a set of measures to X": gold and readers also call it by its kind words ("set of measures").
  for (const pf of here) {
    const head = pf.t.described && !pf.t.keyedByIssuer ? KIND_PHRASE_LEAD_EN.exec(pf.t.title)?.[0].trim() : undefined;
    if (head && /\s/.test(head) && head !== pf.t.title) (pf.shortNames ??= []).push(head);
  }
  joinedTitles(sp.s, here);
  return [...here, ...grantFrames(sp, here, c)];
}

function titleFrame(sp: SentenceSpans, t: TitleMention, clauseStart: number, c: FrameContext): PolicyFrame {
  const { s, sen, own } = sp;
  const issuers = t === own && sp.headlineIssuers.length > 0 ? [...new Set(sp.headlineIssuers)] : issuersOf(s, t, sp.actors, clauseStart, sp.titles);
  // 我中心组织起草了《X》: the writer's name is in the signature block.
  // …，我委就《X》（征求意见稿）公开征求意见: the writer put its draft out for comment.
  // "In 2025, our bureau issued the X to …": the same in a machine translation.
  const selfRef = issuers.length === 0 && (HAN.test(s) ? selfIssued(s.slice(0, t.start), true) || (SELF_SOLICITS.test(s.slice(0, t.start)) && ruleById('issue.solicit-comments.zh').pattern.test(s.slice(t.end))) : selfIssued(s.slice(0, t.start), false));
  if (issuers.length === 0) issuers.push(...issuersInTitle(s, t, sp.mentions));
  // "the Regulations on X (State Council Decree No. 818, the "Regulations")": the order's body promulgated it.
  const decree = issuers.length === 0 && !HAN.test(s) ? DECREE_AFTER_TITLE.exec(s.slice(t.end)) : null;
  if (decree) issuers.push(...sp.actors.filter((a) => a.label === 'Agency' && a.start >= t.end && a.end <= t.end + decree[0].length).map((a) => a.id).slice(0, 1));
  // Co-issuers a machine translation wrote in lower case, listed before "jointly issued".
  if (issuers.length === 0 && t.verbAt !== undefined && /jointly/i.test(s.slice(clauseStart, t.verbAt + 20))) {
    for (const name of lowercaseIssuers(s.slice(clauseStart, t.verbAt + 20))) {
      const f: Found = { id: `org:${idSlug(orgKey(name))}`, label: 'Organization', name, kind: 'organization', rule: 'issue.joint-list.lowercase.en' };
      c.reg.add(f, sen.text, sen.index, name);
      issuers.push(f.id);
    }
  }
  // 甲发布了多项指导原则，如《A》《B》: say which rule found the issuers of a listed title.
  const listedRule = HAN.test(s) ? 'issue.listed-after-verb.zh' : 'issue.listed-after-verb.en';
  const listed = issuers.length > 0 && t.verbAt === undefined && LIST_OPENED.test(s.slice(clauseStart, t.start)) && ruleById(listedRule).pattern.test(s.slice(clauseStart, t.start));
  const subject = t.label === 'License' && issuers.length === 0 ? c.subject : undefined;
  if (subject) issuers.push(subject.id);
  // 《X》（以下简称“《条例》”）: the short name given right after the title (coreference settles it: document/).
  const shortNameAfter = t.label === 'Policy' ? ruleById('title.short-name-after').pattern.exec(s.slice(t.end))?.[1] : undefined;
  const byVerb = t.verbAt !== undefined || ruleById('issue.stated-before-title.zh').pattern.test(s.slice(0, t.start)) || ruleById('issue.hereby-after-title.zh').pattern.test(s.slice(t.end));
  // 国家发展改革委《X》: whose text it is, not an act of this sentence (dated only where the text dates it).
  const owned = t !== own && !byVerb && t.verbAt === undefined && issuers.length > 0 && ownerBefore(s, t, sp.actors)?.id === issuers[issuers.length - 1];
  // (The writer's own act, 2026年3月，我局就《X》征求意见, is dated by a date written before it; else by the signature.)
  const selfDated = selfRef && sp.dates.some((d) => d.index < t.start);
  const found = (byVerb || selfDated || issuers.length > 0 || t.label === 'License') && !owned ? frameDate(sp, t, c) : statedDate(sp, t, c.headingDate);
  // 《Y》（沈政办发〔2022〕8号）cited in a sentence that writes no date: its number's year, not the page's or a heading's.
  const numberYear = sp.dates.length === 0 ? /〔((?:19|20)\d{2})〕/.exec(t.docNumber ?? '')?.[1] : undefined;
  const date = numberYear && found && !found.startsWith(numberYear) ? numberYear : found;
  return {
    t, id: 'pending', sentence: sen, issuers, issued: byVerb || t === own, ...(shortNameAfter ? { shortNameAfter } : {}), ...(date ? { date } : {}),
    foreign: foreignOf(s, t, sp.mentions, c.K), zones: zonesAfter(s, t, sp.mentions),
    ...(t === own ? { docTitle: true, rules: [t.rule!] } : {}), ...(subject ? { rules: ['frame.issue', subject.rule] } : {}), ...(listed ? { rules: ['frame.issue', listedRule] } : {}), ...(owned ? { rules: ['frame.issue', 'issue.owner-before-title.zh'] } : {}), ...(selfRef ? { selfRef } : {}),
  };
}

/** A relative clause after the title that states its issuing ("which Congress passed"): its time is its own. */
const issuedAfter = (s: string, t: TitleMention): boolean => ruleById('issue.verb-after-actor.en').pattern.test(s.slice(t.end, t.end + 120).replace(ruleById('issue.relative-which.en').pattern, '').replace(/^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4}/, ''));

// A title's own passive verb and agent right after it ("… promulgated by the State Council in …").
const PASSIVE_BY_AFTER_TITLE = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:which\s+)?(?:was|were|has\s+been|had\s+been)\s+)?(?:jointly\s+|formally\s+)?${MADE_BY_EN}\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\s+)?by\b`);

const AGENTS_JOINED_EN = /\s+and\s+(?:the\s+)?(?=[A-Z])/g;

/** "X was promulgated in 2007", 「X」于DATE发布: a title without an agent dated right after it. */
function statedDate(sp: SentenceSpans, t: TitleMention, itemDate: string | undefined): string | undefined {
  const zh = HAN.test(sp.s);
  const m = ruleById(zh ? 'date.issued-after-title.zh' : 'date.issued-after-title.en').pattern.exec(sp.s.slice(t.end));
  const at = m ? t.end + m[0].length : -1;
  return (m ? sp.dates.find((d) => d.index >= at && d.index <= at + 1)?.date : undefined) ?? dateBeforeTitle(sp, t, zh, itemDate);
}

/** "On D, the X was published in the Gazette", 今年1月刊宪的《X》: the date written before the title, for its publication;
 *  "January 9 — Hong Kong. The X was gazetted": a roundup item's leading date (`itemDate`, the sentence's time). */
function dateBeforeTitle(sp: SentenceSpans, t: TitleMention, zh: boolean, itemDate: string | undefined): string | undefined {
  const { s, dates } = sp;
  if (zh) {
    const v = ruleById('date.issued-before-title.zh').pattern.exec(s.slice(Math.max(0, t.start - 12), t.start));
    const verbAt = v ? t.start - v[0].length : -1;
    return v ? dates.filter((d) => d.index + d.length <= verbAt && verbAt - d.index - d.length <= 1).pop()?.date : undefined;
  }
  if (!ruleById('date.issued-before-title.en').pattern.test(s.slice(t.end))) return undefined;
  const fronted = dates.filter((d) => d.index < t.start && /^\s*,?\s*(?:the\s+)?$/.test(s.slice(d.index + d.length, t.start))).pop()?.date;
  return fronted ?? (/^\s*(?:the\s+)?$/i.test(s.slice(0, t.start)) ? itemDate : undefined);
}

// The words before a deadline date: "until", "due by", "closes on", "no later than".
const DEADLINE_BEFORE_EN = /\b(?:until|till|through|before|no\s+later\s+than|(?:due|close[sd]?|closing|ends?|ending|runs?|running)(?:\s+(?:on|by|until))?|deadline(?:\s+(?:is|of))?)\s+(?:on\s+)?$/i;

/** The date nearest before the verb in its clause, one right after the title, the sentence's, else recent news. */
function frameDate(sp: SentenceSpans, t: TitleMention, c: FrameContext): string | undefined {
  // "the implementing regulations promulgated in 2002 (Decree No. 360)": a description that states its own year.
  if ((t.rule === 'title.described-decree.en' || t.rule === 'title.joint-described.en') && t.year) return t.year;
  const { s, dates } = sp;
  const anchor = t.verbAt ?? t.start;
  const clauseFrom = t.verbAt !== undefined && !HAN.test(s) ? lastClauseBreak(s.slice(0, anchor), false) : 0;
  // 自114年1月1日施行: a date a text takes effect is not the day it was issued.
  const takesEffect = (d: { index: number; length: number }): boolean => /^\s*(?:起?(?:施行|生效|实施)|起执行)/.test(s.slice(d.index + d.length));
  // "… and invited comment until 19 December", "comments are due by March 1": a deadline is not the day of the act.
  const deadline = (d: { index: number }): boolean => DEADLINE_BEFORE_EN.test(s.slice(Math.max(0, d.index - 40), d.index));
  const before = dates.filter((d) => d.index < anchor && d.index >= clauseFrom && !takesEffect(d) && !deadline(d));
  // The sentence's date when that is only the day the text takes effect: no date.
  // "…, and noted that the rules will take effect May 1, 2026": a later clause's effective day does not date the title.
  const laterEffect = (d: { index: number }): boolean => /\b(?:take|takes|took|taking)\s+effect\s+(?:on\s+|from\s+|as\s+of\s+)?$|\beffective\s+(?:from\s+|on\s+|as\s+of\s+)$/i.test(s.slice(Math.max(0, d.index - 30), d.index));
  const sentenceDate = dates.some((d) => d.date === c.sentenceDate && (takesEffect(d) || laterEffect(d) || deadline(d))) ? undefined : c.sentenceDate;
  // "B launched X in September 2022": a date right after the title in its own clause.
  const afterTitle = clauseFrom > 0 ? dates.find((d) => d.index >= t.end && !takesEffect(d) && !laterEffect(d) && !deadline(d) && !/[;.]\s/.test(s.slice(t.end, d.index))) : undefined;
  // "…, together with the Regulations promulgated by the State Council in September 2025": the date right after the
  // title's own verb and agent, not one written earlier in the sentence for another act.
  // "…, which Premier Li Qiang signed in September": the relative clause's own date, never the page's heading.
  const relative = HAN.test(s) || !issuedAfter(s, t) ? null : ruleById('issue.relative-which.en').pattern.exec(s.slice(t.end));
  const verbAfter = HAN.test(s) ? undefined : t.verbAt !== undefined && t.verbAt >= t.end ? t.verbAt : PASSIVE_BY_AFTER_TITLE.test(s.slice(t.end)) ? t.end : relative ? t.end + relative[0].length : undefined;
  // ("…, released by the NMPA and the State Council in June": the comma before the participle and an "and" that joins
  // its agents open no new clause.)
  const found = verbAfter !== undefined ? dates.find((d) => d.index > verbAfter && d.index - verbAfter <= 120 && !/[,;.]\s|\b(?:and|which|that|who)\b/.test(s.slice(verbAfter, d.index).replace(/^\s*\)?\s*,/, '').replace(AGENTS_JOINED_EN, ' '))) : undefined;
  // (A month without its year that a relative clause says was done is not after the report: "signed in September" of April.)
  const afterVerb = found && relative && found.yearless && c.published && found.date > c.published ? { ...found, date: `${Number(found.date.slice(0, 4)) - 1}${found.date.slice(4)}` } : found;
  // 近日…印发《X》，提出到2026年…: news of a recent act takes the page's time, not a target year written after its verb.
  const recentAct = before.length === 0 && !afterVerb && isRecent(s.slice(0, anchor)) ? recentDate(s, c.published) : undefined;
  const near = afterVerb?.date ?? before[before.length - 1]?.date ?? afterTitle?.date ?? recentAct ?? (clauseFrom > 0 || relative ? undefined : sentenceDate);
  // "近日 … 发布", "recently issued": about when the page was published.
  return near ?? recentDate(s, c.published);
}

/** 《A》及《B》, "the A and the B": titles joined in one clause share their issuers and date. */
function joinedTitles(s: string, here: PolicyFrame[]): void {
  const JOINED = ruleById('issue.joined-titles').pattern;
  for (let i = 0; i + 1 < here.length; i++) {
    const a = here[i]!;
    const b = here[i + 1]!;
    // 《A》及《B》, 《A》、《B》, and a list written without a mark between its titles (《A》《B》).
    const gap = s.slice(a.t.end, b.t.start);
    if (!JOINED.test(gap) && !(gap === '' && s[a.t.end - 1] === '》')) continue;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      // 国家发展改革委《A》和《B》: the body owns the title it is written before, not the one after.
      if (x.rules?.includes('issue.owner-before-title.zh')) continue;
      if (x.issuers.length > 0 && y.issuers.length === 0) {
        y.issuers = [...x.issuers];
        y.issued = y.issued || x.issued;
        if (x.date && !y.date) y.date = x.date;
      }
      // 「A」及「B」已於去年11月公布: titles joined before one stated date, with nobody named, share it.
      if (x.issuers.length === 0 && y.issuers.length === 0 && x.date && !y.date && x === b && x.rules === undefined) y.date = x.date;
    }
  }
}

// "The TFDA on Wednesday granted": a weekday right before the verb (not the report's "said on Wednesday that …").
const WEEKDAY_LEAD = /\b(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=\s+(?:\w+ly\s+)?(?:has\s+|had\s+)?$)/i;

const SELF_NAMED = new RegExp(`${SELF_ZH}|\\b${SELF_EN}\\b`, 'u');

function withSelf(sp: SentenceSpans): SentenceSpans['actors'] {
  const m = SELF_NAMED.exec(sp.s);
  if (!m || sp.actors.some((a) => a.start < m.index + m[0].length && a.end > m.index)) return sp.actors;
  return [...sp.actors, { id: SELF_ACTOR, label: 'Agency', start: m.index, end: m.index + m[0].length }].sort((a, b) => a.start - b.start);
}

// "The NMPA has approved seven therapies. In May it granted conditional approval to …": "it" right before an approving
// verb, in a paragraph a regulator opens, is that regulator.
const IT_GRANTS_EN = new RegExp(`\\b[Ii]t\\s+(?:has\\s+|had\\s+|also\\s+|then\\s+|later\\s+)*(?=(?:${wordsEn(GIVE_EN, some(APPROVE_VERBS_EN, 'approved', 'cleared', 'authorised', 'authorized'))})\\b)`);

/** The actors, with the paragraph's regulator standing for "it" before an approving verb (no body named before it). */
function withParagraphIt(sp: SentenceSpans, actors: SentenceSpans['actors'], c: FrameContext): SentenceSpans['actors'] {
  const m = c.subject && !HAN.test(sp.s) ? IT_GRANTS_EN.exec(sp.s) : null;
  if (!m || actors.some((a) => a.label === 'Agency' && a.start < m.index)) return actors;
  return [...actors, { id: c.subject!.id, label: 'Agency', start: m.index, end: m.index + 2 }].sort((a, b) => a.start - b.start);
}

const PRODUCT_CODE = new RegExp(String.raw`^${PRODUCT_CODE_EN}$`);

/** "… approved a stem cell injection made by X. The product, code-named QY-201, …": the described approval (within three
 *  sentences) is of the product the later sentence names: its name and id become the product's. */
function namedLater(sp: SentenceSpans, products: NamedProducts): void {
  const pf = products.described;
  if (!pf || sp.sen.index - pf.sentence.index > 3) return;
  const code = ruleById('grant.named-later.en').pattern.exec(sp.s)?.groups?.code;
  if (!code) return;
  // (Its evidence becomes the naming sentence: the approval's sentence may name other products — "the second after X's
  // amimestrocel" — which would make it theirs across pages.)
  const at = sp.s.indexOf(code);
  pf.t = { ...pf.t, title: pf.t.title.replace(/\s+of\s+.*$/, ` of ${code}`), start: at, end: at + code.length };
  pf.sentence = sp.sen;
  pf.fixedId = licenceId(pf.issuers[0]!, idSlug(code, 40));
  pf.generic = false;
  pf.rules = [...(pf.rules ?? []), 'grant.named-later.en'];
  products.last = code;
  products.described = undefined;
}

/** A licence's name made of its product and words of ours (X在港注册, X获批), in the script the page writes: a Traditional
 *  page's product as written, our words converted. */
function inPageScript(sp: SentenceSpans, start: number, end: number, name: string): string {
  if (!HAN.test(name) || toSimplified(sp.sen.text) === sp.sen.text) return name;
  const product = sp.s.slice(start, end);
  const at = product ? name.indexOf(product) : -1;
  if (at < 0) return toTraditional(name);
  return `${toTraditional(name.slice(0, at))}${originalSpan(sp.sen, start, end)}${toTraditional(name.slice(at + product.length))}`;
}

/** Approvals: one licence per act; a sentence that names the licence's title already states the act. */
function grantFrames(sp: SentenceSpans, here: PolicyFrame[], c: FrameContext): PolicyFrame[] {
  const out: PolicyFrame[] = [];
  // Places stand among the actors so that one before a body reads as its qualifier (获中国国家药监局批准).
  const places = sp.mentions.filter((m) => m.found.label === 'Region').map((m) => ({ id: m.found.id, label: 'Region', start: m.start, end: m.end }));
  const actors = withParagraphIt(sp, places.length === 0 ? withSelf(sp) : [...withSelf(sp), ...places].sort((a, b) => a.start - b.start), c);
  namedLater(sp, c.products);
  const found = findGrants(sp.s, actors, c.products.last ?? c.products.mentioned);
  // (乙医院也获准…: no body named, approved "too" by the body of the approval before.)
  const open = c.products.batch;
  const batch = found.length === 0 && open && (open.listing || /^其中/.test(sp.s)) ? planItemsZh(sp.s, 0, open.issuers) : [];
  const grants = batch.length > 0 ? batch : found.length === 0 && HAN.test(sp.s) && c.products.lastIssuers ? alsoApprovedZh(sp.s, c.products.lastIssuers) : found;
  const lead = HAN.test(sp.s) ? planBatchZh(sp.s, actors) : [];
  // (The batch's date is its items' when they write none: 卫福部今天公布…。其中甲医院….)
  const batchDate = c.sentenceDate ?? recentDate(sp.s, c.published);
  c.products.batch = lead.length > 0 ? { issuers: lead, listing: false, ...(batchDate ? { date: batchDate } : {}) } : batch.length > 0 ? { ...open!, listing: true } : undefined;
  if (grants.length === 0 && sp.s.includes('注射液')) c.products.mentioned = [...sp.s.matchAll(NAMED_PRODUCT_ZH)].pop()?.[0] ?? c.products.mentioned;
  for (const g of grants) {
    if (!g.generic && !g.anaphoric) {
      c.products.last = g.product;
      c.products.lastIssuers = g.issuers.filter((x) => x !== SELF_ACTOR);
    }
    // ("cleared the IND application for BX-17": an act named as a restatement still names its product by code.)
    else if (g.anaphoric && !c.products.last && PRODUCT_CODE.test(g.product)) c.products.last = g.product;
    if (here.some((pf) => pf.t.label === 'License' && pf.issuers.some((x) => g.issuers.includes(x)))) continue;
    // A registrar the sentence does not name (在港注册的X: Hong Kong's board) is an entity of the page too.
    for (const id of g.issuers) if (!c.reg.entities.has(id) && c.K.byId.has(id)) c.reg.add(entryFound(c.K.byId.get(id)!), sp.sen.text, sp.sen.index);
    // 我局附条件批准X上市: the writer's act; the page's own issuer is settled with the signature.
    const self = g.issuers.includes(SELF_ACTOR);
    const last = sp.dates.filter((d) => d.index < g.verbAt).pop();
    // 今日宣布，…已於上月獲X發出: the act's own "last month" after the report's day is the act's date; so is "on
    // Wednesday" right before the verb (a year written later in the sentence is another act's).
    const lead = sp.s.slice(last ? last.index + last.length : 0, g.verbAt);
    const weekday = WEEKDAY_LEAD.exec(lead)?.[0];
    const own = c.published ? (lastMonth(lead, c.published) ?? (weekday ? weekdayBefore(weekday, c.published) : undefined)) : undefined;
    // (A weekday before the verb with no page date to count back from: the act's day is unknown, not a later clause's year.)
    const near = own ?? last?.date ?? (weekday ? undefined : c.sentenceDate);
    const date = near ?? recentDate(sp.s, c.published) ?? (batch.includes(g) ? open?.date : undefined);
    const t: TitleMention = { start: g.start, end: g.end, title: inPageScript(sp, g.start, g.end, g.name), label: 'License', kind: g.act ? 'designation' : 'approval', status: 'final', verbAt: g.verbAt };
    const fixedId = licenceId(g.issuers[0]!, idSlug(g.act ? `${g.product} ${g.act}` : g.product, 40));
    out.push({ t, id: 'pending', fixedId, sentence: sp.sen, issuers: self ? [] : g.issuers, issued: true, ...(date ? { date } : {}), rules: [g.rule], generic: g.generic, ...(g.anaphoric ? { anaphoric: true } : {}), ...(self ? { selfRef: true } : {}) });
    // (A product brought in by "a"/"an" is described too: "granted approval to a gene therapy for hemophilia A".)
    if ((g.generic || /^an?\s/i.test(sp.s.slice(g.start, g.end))) && !HAN.test(g.name) && !self) c.products.described = out[out.length - 1];
  }
  return out;
}

const companyOnly = (pf: PolicyFrame): boolean => pf.issuers.length > 0 && pf.issuers.every((id) => id.startsWith('org:'));

/** "The NHC issued a circular on Monday … The Circular on X requires …": a text named by its kind words is the titled
 *  text of its kind that its issuer put out (or, untitled by any issuer, named in the next sentences), not a second one.
 *  Texts of other years stay apart ("replaces a 2016 notice"). */
export function describedNamedAgain(found: PolicyFrame[]): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const d = found[i]!;
    if (!d.t.described || d.t.label !== 'Policy' || d.issuers.length === 0) continue;
    const year = d.date?.slice(0, 4);
    const month = d.date && d.date.length >= 7 ? d.date.slice(0, 7) : undefined;
    const same = (g: PolicyFrame): boolean => g !== d && g.t.label === 'Policy' && !g.t.described && !(year && g.date && !g.date.startsWith(year));
    const byIssuer = (g: PolicyFrame): boolean => g.issuers.some((x) => d.issuers.includes(x)) && (g.t.kind === d.t.kind || (!!month && !!g.date?.startsWith(month)));
    const namedNext = (g: PolicyFrame): boolean => g.issuers.length === 0 && g.t.kind === d.t.kind && g.sentence.index > d.sentence.index && g.sentence.index <= d.sentence.index + 5;
    const titled = found.find((g) => same(g) && byIssuer(g)) ?? found.find((g) => same(g) && namedNext(g));
    if (!titled) continue;
    titled.issuers = [...new Set([...titled.issuers, ...d.issuers])];
    titled.issued = true;
    titled.date ??= d.date;
    found.splice(i, 1);
  }
}
