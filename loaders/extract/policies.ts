// Policy, proposal and licence titles in a sentence: quoted / 《》 titles and titles named after "issued",
// with their kind (from the head word), status (draft / trial / final) and document number.

import type { PolicyKind, TitleKind } from '../kinds.ts';
import { AGREEMENT_HEADS_EN, ISSUE_VERB_EN, ISSUE_VERB_HINT_EN, KIND_LED_HEADS_EN, PUBLISH_EN } from './rules/fragments.ts';
import { FOR_COMMENT_EN, KIND_PHRASE_EN, KIND_PHRASE_LEAD_EN, PARTICIPLE_EN } from './rules/titles.ts';
import { ASKED_ZH, OWED_ZH, TO_COME_ZH } from './rules/frames.ts';
import { globalPattern, ruleById } from './rules/index.ts';

// The title finders' patterns are rules (rules/titles.ts); global copies for matchAll.
const BOOK_RE = globalPattern('title.book.zh');
const ZH_UNQUOTED = globalPattern('title.unquoted-after-verb.zh');
const CORNER_RE = globalPattern('title.corner.zh');
const AFTER_VERB = globalPattern('title.after-verb.en');
const TITLE_END = ruleById('title.end.en').pattern;
const CLOSING_BRACKET = ruleById('title.closing-bracket.en').pattern;
const QUOTE_RE = globalPattern('title.quoted');
const KIND_LED = globalPattern('title.kind-led.en');
const NAMED_ACT = globalPattern('title.named-act.en');
const ZH_TRANSMIT = globalPattern('title.transmitted.zh');
const DOCNO_RE = globalPattern('title.doc-number.zh');
const DOCNO_EN = ruleById('title.doc-number.en').pattern;

export interface TitleMention {
  start: number;
  end: number;
  title: string;
  label: 'Policy' | 'License';
  kind: TitleKind;
  status: 'draft' | 'trial' | 'final';
  docNumber?: string;
  /** Found after an issuing verb (the verb's position), so the actors before it issued it. */
  verbAt?: number;
  /** The verb asks for comments: the text is a draft. */
  draftVerb?: boolean;
  /** The rule that found the title. */
  rule?: string;
  /** A year written right before the title ("the 2015 Measures for …"): its date. */
  year?: string;
  /** Named by kind words alone ("work plan", "2024 notice"): no title to key it by, so its id is its first issuer's. */
  keyedByIssuer?: boolean;
  /** Named by its kind words in lower case ("a notification on X"): a text the page may name by its title elsewhere. */
  described?: boolean;
}

// English head words → kind. Multi-word heads first.
const EN_HEADS: Array<[string, PolicyKind]> = [
  ['Questions and Answers', 'qa'], ['Frequently Asked Questions', 'qa'], ['Q&A', 'qa'], ['Q & A', 'qa'], ['FAQ', 'qa'],
  ['Implementation Rules', 'rules'], ['Implementing Rules', 'rules'], ['Detailed Rules', 'rules'], ['Rules', 'rules'], ['Provisions', 'rules'], ['Work Procedures', 'rules'], ['Procedures', 'rules'],
  ['Guiding Opinions', 'opinion'], ['Opinions', 'opinion'], ['Opinion', 'opinion'],
  ['Guiding Principles', 'guideline'], ['Technical Guidelines', 'guideline'], ['Guidelines', 'guideline'], ['Guideline', 'guideline'], ['Guidance', 'guideline'], ['Guide', 'guideline'], ['Consensus', 'guideline'], ['Standards', 'guideline'], ['Specification', 'guideline'], ['Key Points', 'guideline'], ['Points to Consider', 'guideline'],
  ['Regulations', 'regulation'], ['Regulation', 'regulation'], ['Executive Order', 'regulation'],
  ['Measures', 'measures'], ['Policy Measures', 'measures'], ['Data Requirements', 'rules'], ['Technical Requirements', 'rules'], ['General Requirements', 'guideline'], ['Policies', 'measures'], ['Law', 'law'], ['Act', 'law'], ['Ordinance', 'law'], ['Bill', 'law'],
  ['Policy Address', 'plan'], ['Mechanism', 'plan'], ['mechanism', 'plan'],
  ['Action Plan', 'plan'], ['Work Plan', 'plan'], ['Implementation Plan', 'plan'], ['Development Plan', 'plan'], ['Plan', 'plan'], ['Program', 'plan'], ['Programme', 'plan'], ['Scheme', 'plan'], ['Strategy', 'plan'], ['Roadmap', 'plan'], ['Blueprint', 'plan'], ['Outline', 'plan'],
  ['Notice', 'notice'], ['Notification', 'notice'], ['Circular', 'notice'], ['Decision', 'notice'], ['Reply', 'notice'],
  ...AGREEMENT_HEADS_EN.map((h): [string, PolicyKind] => [h, 'agreement']),
  ['Announcement', 'announcement'], ['Initiative', 'initiative'], ['Catalogue', 'rules'], ['List', 'rules'], ['Appendix', 'rules'], ['Annex', 'rules'],
];
const LICENSE_HEADS = ['License', 'Licence', 'Permit', 'Certificate', 'Approval Letter', 'Approval'];
const HEAD_ALT = EN_HEADS.map(([h]) => h.replace(/[&]/g, '&').replace(/ /g, '\\s+')).join('|');
const HEAD_RE = new RegExp(`\\b(${HEAD_ALT})\\b`, 'gi');
const LICENSE_HOLDER = new RegExp(`\\b((?:${LICENSE_HEADS.join('|')})s?(?:\\s+for\\s+[A-Z0-9][\\w-]*)?)\\s+to\\s+`, 'i');
const LICENSE_RE = new RegExp(`\\b(${LICENSE_HEADS.join('|')})s?\\b`, 'i');

const ZH_HEADS: Array<[RegExp, PolicyKind]> = [
  [/(问题与解答|问答|答疑)$/, 'qa'], [/(实施细则|细则|规则|规程|守则|规定|目录|清单|名单|名录|附录|准则|要点|须知|作业说明|操作说明)$/, 'rules'], [/(条例|规例)$/, 'regulation'], [/(行政命令|命令)$/, 'regulation'],
  [/(办法|措施|若干政策|政策措施|扶持政策|支持政策)$/, 'measures'], [/(指导原则|指南|指引|规范|标准|基准|共识|框架|规管框架|监管框架|(?:技术|基本|通用|管理)要求)$/, 'guideline'], [/(指导意见|意见)$/, 'opinion'],
  [/(规划|方案|计划|计画|纲要|战略|策略|行动|蓝图|路线图|政府工作报告|施政报告|机制)$/, 'plan'], [/(通知|决定|批复|答复|复函|回复|答复的函)$/, 'notice'], [/(公告|通告)$/, 'announcement'],
  [/(倡议书|倡议)$/, 'initiative'], [/(备忘录|合作协议|框架协议|合作安排)$/, 'agreement'], [/(法案|法)$/, 'law'],
];
const ZH_LICENSE = /(许可证|批件|证书|执照|牌照|批准文号|通知书)$/;

const DRAFT_EN = /\(?\b(?:draft(?:\s+for\s+(?:public\s+)?comments?)?|exposure draft|consultation draft|for comments?)\b\)?/i;
const TRIAL_EN = /\((?:for\s+)?trial(?:\s+implementation)?\)|\b(?:interim|provisional|tentative)\b/i;
const DRAFT_ZH = /征求意见稿|草案|送审稿|征求意见/;
const TRIAL_ZH = /试行|暂行/;

const BARE_KIND_ZH = /^(?:办法|条例|规定|意见|方案|指南|细则|规范|指引)$/u;
const DRAFT_AFTER_BOOK = /^\s*[(（](征求意见稿|草案|送审稿)[)）]/u;
const IMPL_AFTER_BOOK = /^(实施细则|实施办法|实施条例|实施意见|实施方案|配套措施)\s*[(（]?(征求意见稿|草案|试行|暂行)?[)）]?/u;

const KIND_LED_HINT = new RegExp(String.raw`(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|a\s+set\s+of|a\s+new)\s+(?:(?:19|20)\d{2}\s+|national\s+|provincial\s+|municipal\s+|new\s+|accompanying\s+|supporting\s+)?|\b(?:titled|entitled)\s+|['’]s\s+(?:(?:19|20)\d{2}\s+|new\s+|latest\s+)?|^(?:[A-Z][a-z]+:\s+)?)(?:[A-Z][a-z]+\s+){0,2}(?:${[...new Set(KIND_LED_HEADS_EN.map((h) => h.split(' ')[0]))].join('|')})\b`);
const VERB_HINT = ISSUE_VERB_HINT_EN;
export const VERB_RE = new RegExp(`\\b${ISSUE_VERB_EN}\\b`, 'i');

export function enKind(title: string): PolicyKind | undefined {
  const all = [...title.matchAll(HEAD_RE)];
  const caps = all.filter((m) => /^[A-Z]/.test(m[1]!));
  const heads = caps.length > 0 ? caps : all;
  if (heads.length === 0) return undefined;
  const withPrep = heads.find((m) => /^\s+(?:of|on|for|to|regarding|concerning|in)\b/.test(title.slice(m.index + m[0].length)));
  const h = (withPrep ?? heads[heads.length - 1])![1]!.toLowerCase().replace(/\s+/g, ' ');
  return EN_HEADS.find(([k]) => k.toLowerCase() === h)?.[1];
}

export function zhKind(title: string): PolicyKind | undefined {
  const core = title.replace(/[(（][^)）]*[)）]$/, '').replace(/[(（][^)）]*[)）]$/, '').replace(/第.{1,4}条$/, '').replace(/(?:修订草案|草案|征求意见稿|送审稿|修订稿)$/, '').replace(/(?:(?:部分条文|第[^，。；]{1,24}?(?:条(?:之[一二三四五六七八九十]+)?|附表[一二三四五六七八九十\d]+))(?:修正|修订)?(?:案|条文)?|修正)$/u, '').trim();
  for (const [re, k] of ZH_HEADS) if (re.test(core)) return k;
  return undefined;
}

function statusOf(title: string, draftVerb: boolean): 'draft' | 'trial' | 'final' {
  if (DRAFT_EN.test(title) || DRAFT_ZH.test(title) || draftVerb) return 'draft';
  if (TRIAL_EN.test(title) || TRIAL_ZH.test(title)) return 'trial';
  return 'final';
}

const HAN = /\p{Script=Han}/u;

/** Cleans an English title: no leading "the", no trailing punctuation, "guideline on X" kept as written. */
function tidy(t: string): string {
  const out = t.replace(/^\s*(?:the|a|an)\s+/i, '').replace(/[\s,.;:"“”'’]+$/, '');
  // A quote that opens the title and closes inside it (“十四五”生物经济发展规划) is part of the name.
  const open = /^\s*(["“'‘])/.exec(out)?.[1];
  const closes = open ? out.slice(out.indexOf(open) + 1).includes(({ '“': '”', '‘': '’' } as Record<string, string>)[open] ?? open) : false;
  return (closes ? out : out.replace(/^["“'‘\s]+/, '')).trim();
}

/** A plausible title: a head word and at least two other words (or 4+ Chinese characters). */
function plausible(t: string): boolean {
  // 醫療法, 藥事法: a law's name may be three characters.
  if (HAN.test(t)) return [...t].length >= 4 || /^[\p{Script=Han}]{2}法$/u.test(t);
  const words = t.split(/\s+/).filter(Boolean);
  return words.length >= 3 && words.length <= 40;
}

/** The titles found so far in one sentence, and the rule now finding them; a later rule never overlaps an earlier one. */
class TitleFinds {
  readonly out: TitleMention[] = [];
  rule = '';

  constructor(readonly s: string) {}

  overlaps(a: number, b: number): boolean {
    return this.out.some((m) => a < m.end && b > m.start);
  }

  push(start: number, end: number, rawTitle: string, verbAt?: number, draftVerb = false, named = false): void {
    // A scheme's quoted short name ('"1+" mechanism') is a name however short.
    const title = named ? rawTitle.trim() : tidy(rawTitle);
    if (!title || (!named && !plausible(title))) return;
    // A named scheme without a kind word (港澳药械通, "… Connect") is a programme.
    const kl = kindAndLabel(title) ?? (named ? { kind: 'plan', label: 'Policy' as const } : undefined);
    if (!kl || this.overlaps(start, end)) return;
    const m: TitleMention = { start, end, title, label: kl.label, kind: kl.kind, status: kl.label === 'Policy' ? statusOf(title, draftVerb) : 'final', draftVerb, rule: this.rule };
    if (verbAt !== undefined) m.verbAt = verbAt;
    // 《…行动方案（2025—2027年）》, "… (2025-2027)": a plan's years; the first dates it when nothing else does.
    const span = YEAR_RANGE_END.exec(title)?.[1];
    if (span) m.year = span;
    this.out.push(m);
  }
}

const APPROVAL_NOTICE_EN = /^(?:the\s+)?Notice\s+of\s+(?:(?:Drug|Clinical|Trial|Marketing|IND|Registration|Import)\s+){0,4}Approval\b(?!\s+(?:of|on)\s)/i;

/** A policy's kind from its head word, else a licence when its last words name one; else not a title. */
function kindAndLabel(title: string): { kind: TitleKind; label: 'Policy' | 'License' } | undefined {
  const zh = HAN.test(title);
  // "Drug Clinical Trial Approval Notice" (药物临床试验批准通知书 in translation): a licence, not a notice.
  // So is its other English order, "Notice of Approval for Drug Clinical Trial", "Notice of Drug Clinical Trial Approval".
  if (!zh && (/\bApproval\s+(?:Notice|Letter)$/i.test(title) || APPROVAL_NOTICE_EN.test(title))) return { kind: 'license', label: 'License' };
  const kind = zh ? zhKind(title) : enKind(title);
  if (kind) return { kind, label: 'Policy' };
  const licence = zh ? ZH_LICENSE.test(title) : LICENSE_RE.test(title.split(/\s+/).slice(-3).join(' '));
  return licence ? { kind: 'license', label: 'License' } : undefined;
}

const YEAR_RANGE_END = /[(（]\s*((?:19|20)\d{2})\s*年?\s*[-–—~至到]\s*(?:19|20)\d{2}\s*年?\s*[)）]$/u;

// Title finders in order of precedence (each one rule; earlier finds win overlaps).
const TITLE_FINDERS: Array<[string, (c: TitleFinds) => void]> = [
  ['title.book.zh', bookTitles],
  ['title.unquoted-after-verb.zh', unquotedAfterVerbZh],
  ['title.unquoted-plan.zh', unquotedPlansZh],
  ['title.unquoted-implementing.zh', unquotedImplementingZh],
  ['title.unquoted-list.zh', unquotedListsZh],
  ['title.unquoted-passed.zh', unquotedPassedZh],
  ['title.basis-field.zh', (c) => namedLawsZh(c, 'title.basis-field.zh', /依据/)],
  ['title.self-short-name.zh', (c) => namedLawsZh(c, 'title.self-short-name.zh', /以下(?:简称|称)/)],
  ['title.corner.zh', cornerTitles],
  ['title.kind-phrase.zh', (c) => {
    // (Not beside a quoted title: 印发通知，公布《X》 is X's notice, named there.)
    const m = /《|「/.test(c.s) || c.out.length > 0 ? null : ruleById('title.kind-phrase.zh').pattern.exec(c.s);
    const title = m?.groups?.title;
    // 要求长沙片区尽快制定出台试点方案: a text someone is asked to make, or will make, is none yet.
    if (!m || !title || NOT_YET_ZH.test(c.s.slice(Math.max(0, m.index - 8), m.index))) return;
    const from = m.index + m[0].length - title.length;
    pushKeyedByIssuer(c, from, title, m.index);
    const t = c.out[c.out.length - 1];
    if (t?.start === from) t.described = true;
  }],
  ['title.bare-act.zh', (c) => namedLawsZh(c, 'title.bare-act.zh', /第|总统|施行/)],
  ['title.numbered-order.zh', (c) => {
    const m = /字第/.test(c.s) ? ruleById('title.numbered-order.zh').pattern.exec(c.s) : null;
    const title = m?.groups?.title;
    if (!m || !title || c.overlaps(m.index + 1, m.index + 1 + title.length)) return;
    c.push(m.index + 1, m.index + 1 + title.length, title, m.index, false, true);
    const t = c.out.find((x) => x.start === m.index + 1 && x.rule === c.rule);
    if (t) t.kind = 'regulation';
  }],
  ['title.transmitted.en', transmittedEn],
  ['title.transmitted-mt.en', transmittedMtEn],
  ['title.quoted-mt-word-order.en', quotedMtEn],
  ['title.after-verb.en', afterVerbEn],
  ['title.sent-to-recipients.en', (c) => {
    const m = /sent|circulated|distributed/.test(c.s) ? ruleById('title.sent-to-recipients.en').pattern.exec(c.s) : null;
    const title = m?.groups?.title;
    if (!m || !title) return;
    const from = m.index + m[0].length - title.length;
    if (!c.overlaps(from, from + title.length)) c.push(from, from + title.length, title, m.index);
  }],
  ['title.named-scheme', namedSchemes],
  ['title.quoted', quotedTitles],
  ['title.kind-led.en', kindLedEn],
  ['title.named-list.en', namedListsEn],
  ['title.named-act.en', namedActs],
  ['title.standard-code', standardsByCode],
  ['title.numbered-act.en', numberedActsEn],
  ['title.listing-chapter', listingChapters],
  ['title.gazetted-kind.zh', gazettedKindsZh],
  ['title.described-decree.en', describedByDecreeEn],
  ['title.bill-to-amend.en', (c) => {
    const m = /bill\s+to\s+amend/.test(c.s) ? ruleById('title.bill-to-amend.en').pattern.exec(c.s) : null;
    const law = m?.groups?.law;
    if (!m || !law) return;
    const from = m.index + m[0].length - law.length;
    c.push(from, from + law.length, `Amendment to ${law}`, m.index, false, true);
    const t = c.out.find((x) => x.start === from && x.rule === c.rule);
    if (t) t.kind = 'law';
  }],
  ['title.year-edition.en', (c) => {
    const m = /(?:19|20)\d{2}\s+[A-Z]/.test(c.s) ? ruleById('title.year-edition.en').pattern.exec(c.s) : null;
    const title = m?.groups?.title;
    if (m && title) c.push(m.index + m[0].length - title.length, m.index + m[0].length, title, undefined, false, true);
  }],
  ['title.described-memorandum.en', describedMemorandaEn],
  ['title.described-cases.en', (c) => describedCases(c, /cases/.test(c.s))],
  ['title.kind-by-agent.en', (c) => {
    const m = /\b(?:by|from|issued|released|published|unveiled)\s/.test(c.s) ? ruleById('title.kind-by-agent.en').pattern.exec(c.s) : null;
    const title = m?.groups?.title;
    if (!m || !title) return;
    const from = m.index + m[0].length - title.length;
    if (c.overlaps(from, from + title.length)) return;
    const { year, from: body } = m.groups!;
    // "a 2024 notice from the X": named as written, its year its date, keyed by its body.
    pushKeyedByIssuer(c, from, body ? `${year ? `${year} ` : ''}${title} from the ${body}` : title, undefined, from + title.length);
    const t = c.out[c.out.length - 1];
    if (body && year && t?.start === from) t.year = year;
  }],
  ['title.kind-by-agent-active.en', (c) => {
    const m = /\b(?:issued|released|published|unveiled|put\s+out)\s/.test(c.s) ? ruleById('title.kind-by-agent-active.en').pattern.exec(c.s) : null;
    const title = m?.groups?.title;
    if (!m || !title) return;
    const from = m.index + m[0].length - title.length;
    if (!c.overlaps(from, from + title.length)) c.push(from, from + title.length, title, m.index, false, true);
  }],
  ['title.kind-then-agent.en', (c) => {
    const m = /^\s*(?:In|Under|Through)\s/.test(c.s) ? ruleById('title.kind-then-agent.en').pattern.exec(c.s) : null;
    const title = m?.groups?.title;
    const verb = m?.groups?.verb;
    if (!m || !title || !verb) return;
    const from = m.index + m[0].indexOf(title);
    if (!c.overlaps(from, from + title.length)) c.push(from, from + title.length, title, m.index + m[0].length - verb.length, false, true);
  }],
  ['title.signed-agreement.en', (c) => {
    const m = /signed|inked|concluded/.test(c.s) ? ruleById('title.signed-agreement.en').pattern.exec(c.s) : null;
    const title = m?.groups?.title;
    if (!m || !title) return;
    const from = m.index + m[0].length - title.length;
    if (c.overlaps(from, from + title.length)) return;
    c.push(from, from + title.length, title, m.index, false, true);
    const t = c.out.find((x) => x.start === from && x.rule === c.rule);
    if (t) t.kind = 'agreement';
  }],
  ['title.joint-described.en', (c) => {
    // (Checked cheaply first: a year, then capitals joined by a hyphen.)
    const m = /(?:19|20)\d{2}\s+[A-Z][A-Za-z]{1,9}-[A-Z]/.test(c.s) ? ruleById('title.joint-described.en').pattern.exec(c.s) : null;
    const title = m?.groups?.title;
    if (!m || !title) return;
    const from = m.index + m[0].length - title.length;
    c.push(from, from + title.length, title, undefined, false, true);
    const t = c.out.find((x) => x.start === from && x.rule === c.rule);
    if (t) t.year = m.groups!.year!;
  }],
  ['title.described-cases.zh', (c) => describedCases(c, /案例/.test(c.s))],
  ['title.year-headline.zh', (c) => {
    const m = /年/.test(c.s) ? ruleById('title.year-headline.zh').pattern.exec(c.s) : null;
    if (m?.groups?.title) c.push(m.index + m[0].indexOf(m.groups.title), m.index + m[0].indexOf(m.groups.title) + m.groups.title.length, m.groups.title);
  }],
  ['title.transmitted.zh', transmittedZh],
];

export function findTitles(s: string): TitleMention[] {
  const c = new TitleFinds(s);
  for (const [rule, find] of TITLE_FINDERS) {
    c.rule = rule;
    find(c);
  }
  docNumbers(c);
  return c.out.sort((a, b) => a.start - b.start);
}

/** 《Title》; 《X》实施细则(征求意见稿): the implementing text of X. */
function bookTitles(c: TitleFinds): void {
  const { s } = c;
  for (const m of s.includes('《') ? s.matchAll(BOOK_RE) : []) {
    const impl = IMPL_AFTER_BOOK.exec(s.slice(m.index + m[0].length));
    // 就《办法》（征求意见稿）征求意见: a short name with its draft's bracket names that draft (document/passes.ts names it in full).
    const draft = !impl && BARE_KIND_ZH.test(m[1]!) ? DRAFT_AFTER_BOOK.exec(s.slice(m.index + m[0].length)) : null;
    if (impl) c.push(m.index, m.index + m[0].length + impl[0].length, `${m[1]!}${impl[1]!}${impl[2] ? `(${impl[2]})` : ''}`);
    else if (draft) c.push(m.index, m.index + m[0].length + draft[0].length, `${m[1]!}(${draft[1]!})`, undefined, false, true);
    else c.push(m.index, m.index + m[0].length, m[1]!);
  }
}

/** 国务院印发关于支持X的意见 (unquoted): the title runs from 关于 to its kind word. */
function unquotedAfterVerbZh(c: TitleFinds): void {
  const { s } = c;
  for (const m of s.includes('关于') ? s.matchAll(ZH_UNQUOTED) : []) {
    const from = m.index + m[0].length - m[2]!.length;
    if (c.overlaps(from, from + m[2]!.length)) continue;
    c.push(from, from + m[2]!.length, m[2]!, m.index);
  }
}

/** 国家药监局启动了中国药品监管科学行动计划 (unquoted programme after a launch verb). */
function unquotedPlansZh(c: TitleFinds): void {
  const { s } = c;
  if (!/计划|方案|规划|纲要/.test(s)) return;
  for (const m of s.matchAll(globalPattern('title.unquoted-plan.zh'))) {
    const from = m.index + m[0].length - m.groups!.title!.length;
    if (!c.overlaps(from, from + m.groups!.title!.length)) c.push(from, from + m.groups!.title!.length, m.groups!.title!, m.index);
  }
}

/** 预告再生医疗法施行细则等子法草案 (unquoted implementing rules of a named law after the verb). */
function unquotedImplementingZh(c: TitleFinds): void {
  const { s } = c;
  if (!/细则/.test(s)) return;
  for (const m of s.matchAll(globalPattern('title.unquoted-implementing.zh'))) {
    const from = m.index + m[0].indexOf(m.groups!.title!);
    const title = `${m.groups!.title!}${m.groups!.draft ?? ''}`;
    if (!c.overlaps(from, from + m.groups!.title!.length)) c.push(from, from + m.groups!.title!.length, title, m.index, false);
  }
}

/** 联合发布第十三批…名单 (an unquoted list named by its batch or year after a publishing verb). */
function unquotedListsZh(c: TitleFinds): void {
  const { s } = c;
  if (!/名单|名录|目录|清单/.test(s)) return;
  for (const m of s.matchAll(globalPattern('title.unquoted-list.zh'))) {
    const from = m.index + m[0].indexOf(m.groups!.title!);
    if (!c.overlaps(from, from + m.groups!.title!.length)) c.push(from, from + m.groups!.title!.length, m.groups!.title!, m.index);
  }
}

/** 三读通过生技条例修正案 (an act named bare after the vote that passed it or its amendment). */
function unquotedPassedZh(c: TitleFinds): void {
  const { s } = c;
  if (!/通过/.test(s)) return;
  for (const m of s.matchAll(globalPattern('title.unquoted-passed.zh'))) {
    const title = m.groups!.title!;
    // 三读通过再生医疗双法，即「A」及「B」: a count of acts names none (the list after it does).
    if (/[双两二三四几多数诸]法$/.test(title) || /^[，,]?\s*即/.test(s.slice(m.index + m[0].length))) continue;
    const from = m.index + m[0].indexOf(title);
    if (!c.overlaps(from, from + title.length)) c.push(from, from + title.length, title, m.index);
  }
}

/** "released the 2025 National Reimbursement Drug List together with the country's first X List": each list is a text. */
const PUBLISHED_EN = new RegExp(`\\b(?:${PUBLISH_EN.map((v) => v.past).join('|')})\\b`);
function namedListsEn(c: TitleFinds): void {
  const verb = /List|Catalogue/.test(c.s) ? PUBLISHED_EN.exec(c.s) : null;
  if (!verb) return;
  for (const m of c.s.slice(verb.index).matchAll(globalPattern('title.named-list.en'))) {
    const title = m.groups!.title!;
    const from = verb.index + m.index + m[0].length - title.length;
    if (c.overlaps(from, from + title.length)) continue;
    c.push(from, from + title.length, title, verb.index);
    const pushed = c.out[c.out.length - 1];
    if (m.groups!.year && pushed?.start === from) pushed.year = m.groups!.year;
  }
}

/** "NMPA Announcement No. 86 of 2025": a text named by its issuer, kind and number; keyed by it, dated by its year. */
function numberedActsEn(c: TitleFinds): void {
  for (const m of /\bNo\.\s*\d/.test(c.s) ? c.s.matchAll(globalPattern('title.numbered-act.en')) : []) {
    const title = m[0].replace(/^(?:The|the)\s+/, '');
    const start = m.index + m[0].length - title.length;
    if (c.overlaps(start, m.index + m[0].length)) continue;
    c.push(start, m.index + m[0].length, title, undefined, false, true);
    const t = c.out.find((x) => x.start === start && x.rule === c.rule);
    if (!t) continue;
    t.docNumber = title;
    const year = m.groups!.year ?? m.groups!.year2;
    if (year) t.year = year;
    // In a bracket right after another title, it is that title's number: one text, keyed alike.
    const named = c.out.find((x) => x !== t && x.label === 'Policy' && /^\s*\($/.test(c.s.slice(x.end, start)));
    if (named) {
      named.docNumber = title;
      named.year ??= year;
    }
  }
}

/** "the implementing regulations promulgated in 2002 (State Council Decree No. 360)": a text named by description. */
function describedByDecreeEn(c: TitleFinds): void {
  for (const m of /Decree|Order/.test(c.s) ? c.s.matchAll(globalPattern('title.described-decree.en')) : []) {
    const title = m.groups!.title!;
    const from = m.index + m[0].length - title.length;
    if (c.overlaps(from, from + title.length)) continue;
    c.push(from, from + title.length, title, undefined, false, true);
    const t = c.out.find((x) => x.start === from && x.rule === c.rule);
    if (!t) continue;
    t.kind = /measures/.test(title) ? 'measures' : /rules/.test(title) ? 'rules' : 'regulation';
    const year = /((?:19|20)\d{2})$/.exec(title)?.[1];
    if (year) t.year = year;
  }
}

const PASSIVE_AFTER_CASES = /^\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:published|released|issued|unveiled|made\s+public)\b/;

/** "put out ten guiding cases on X", 发布X典型案例: cases published by description; the verb's subject issued them. */
function describedCases(c: TitleFinds, hint: boolean): void {
  for (const m of hint ? c.s.matchAll(globalPattern(c.rule)) : []) {
    const title = m.groups!.title!;
    const from = m.index + m[0].length - title.length;
    if (c.overlaps(from, from + title.length)) continue;
    // Counted and first: a title only when its passive follows (its agents are read after it).
    const verb = m.groups!.verb;
    if (!verb && !PASSIVE_AFTER_CASES.test(c.s.slice(from + title.length))) continue;
    c.push(from, from + title.length, title, verb ? m.index + m[0].indexOf(verb) : undefined, false, true);
    const t = c.out.find((x) => x.start === from && x.rule === c.rule);
    if (t) t.kind = 'guideline';
  }
}

/** "the memorandum on X signed by A and B": an agreement named by its description. */
function describedMemorandaEn(c: TitleFinds): void {
  const m = /signed|concluded|inked/.test(c.s) ? ruleById('title.described-memorandum.en').pattern.exec(c.s) : null;
  const title = m?.groups?.title;
  if (!m || !title) return;
  const from = m.index + m[0].length - title.length;
  if (c.overlaps(from, from + title.length)) return;
  c.push(from, from + title.length, title, undefined, false, true);
  const t = c.out.find((x) => x.start === from && x.rule === c.rule);
  if (t) t.kind = 'agreement';
}

/** 醫院管理局修訂的收費表今日刊憲: the kind noun after the body that made it names the gazetted text (the body's name and
 *  the kind as its title); its issuer is who acts before the verb. */
function gazettedKindsZh(c: TitleFinds): void {
  for (const m of /刊宪|宪报/.test(c.s) ? c.s.matchAll(globalPattern('title.gazetted-kind.zh')) : []) {
    const { owner, kind } = m.groups!;
    const from = m.index + m[0].length - kind!.length;
    if (c.overlaps(from, from + kind!.length)) continue;
    // The owner's name as the clause writes it (its last words up to the verb), without a lead-in (据悉, 今日).
    const name = owner!.replace(/^.*?(?:表示|指出|据悉|今日|昨日|今天|昨天)/u, '');
    c.push(from, from + kind!.length, `${name}${kind!}`, m.index + owner!.length, false, true);
    const t = c.out.find((x) => x.start === from && x.rule === c.rule);
    if (t) t.kind = /收费|费用/.test(kind!) ? 'fees' : /规例|规则/.test(kind!) ? 'regulation' : 'schedule';
  }
}

/** "HKEX introduced Chapter 18A in 2018": a listing-rule chapter, issued by who acts in the verb right before it. */
const LISTING_CONTEXT_EN = /\b(?:listing|listed|lists?|IPO|initial\s+public\s+offering|HKEX|stock\s+exchange|bourse)\b/i;
const VERB_BEFORE_EN = new RegExp(`\\b${ISSUE_VERB_EN}\\s+(?:the\\s+)?$`, 'i');
function listingChapters(c: TitleFinds): void {
  for (const m of /Chapter|章/.test(c.s) ? c.s.matchAll(globalPattern('title.listing-chapter')) : []) {
    const g = m.groups!;
    const title = g.no3 ? `上市规则第${g.no3}章` : `Chapter ${g.no ?? g.no2}`;
    const end = m.index + m[0].length;
    if (g.no && /^Chapter\s+\S+$/.test(m[0]) && !LISTING_CONTEXT_EN.test(c.s)) continue;
    if (c.overlaps(m.index, end)) continue;
    const verb = VERB_BEFORE_EN.exec(c.s.slice(Math.max(0, m.index - 60), m.index));
    c.push(m.index, end, title, verb ? m.index - (Math.min(60, m.index) - verb.index) : undefined, false, true);
    const t = c.out.find((x) => x.start === m.index && x.rule === c.rule);
    if (t) t.kind = 'rules';
  }
}

/** "the General Requirements for X (GB/T 46218-2025)": the capitalised words before a standard's code name a standard. */
const STANDARD_NAME_EN = /(?:^|[^A-Za-z])((?:[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|for|of|and|on|in|to|with|the)){1,14})\s*$/;
function standardsByCode(c: TitleFinds): void {
  for (const m of /\((?:GB|YY|WS|T)\b/.test(c.s) ? c.s.matchAll(globalPattern('title.standard-code')) : []) {
    const name = HAN.test(c.s.slice(Math.max(0, m.index - 1), m.index)) ? undefined : STANDARD_NAME_EN.exec(c.s.slice(Math.max(0, m.index - 160), m.index));
    const title = name?.[1]?.replace(/^(?:The|the)\s+/, '');
    if (!title) continue;
    const end = m.index - (c.s.slice(0, m.index).length - c.s.slice(0, m.index).trimEnd().length);
    if (c.overlaps(end - title.length, end)) continue;
    c.push(end - title.length, end, title, undefined, false, true);
  }
}

/** 依据：行政程序法第一百五十四条, 再生医疗制剂条例（以下简称本条例）: a law named without quotes where a field or the text's own short name marks it. */
function namedLawsZh(c: TitleFinds, rule: string, hint: RegExp): void {
  if (!hint.test(c.s)) return;
  for (const m of c.s.matchAll(globalPattern(rule))) {
    const from = m.index + m[0].indexOf(m.groups!.title!);
    if (!c.overlaps(from, from + m.groups!.title!.length)) c.push(from, from + m.groups!.title!.length, m.groups!.title!);
  }
}

/** 「Title」 (Taiwan, Hong Kong): a title when its head word names a kind of text. */
// (「X」修正草案 too: an amendment of X put out as a draft is a text of its own, not X.)
// The articles an amendment changes, after the text's title: 第八条之二、附表三, 第四条、第九条, 部分条文.
const ARTICLES_ZH = '(?:部分条文|(?:第[^，。；「」、]{1,12}?条(?:之[一二三四五六七八九十]+)?|附表[一二三四五六七八九十\\d]+)(?:[、及和](?:第[^，。；「」、]{1,12}?条(?:之[一二三四五六七八九十]+)?|附表[一二三四五六七八九十\\d]+))*)';
const AMENDMENT_AFTER_CORNER = new RegExp(`^(?:${ARTICLES_ZH}(?:修正|修订)?|修正|修订)草案`, 'u');
const AMENDMENT_PASSED_AFTER_CORNER = new RegExp(`^${ARTICLES_ZH}(?:修正|修订)案`, 'u');
// 「X」第八条之二、附表三修正条文 (an announcement's attachment): the amended articles, a text of their own.
const AMENDMENT_TEXT_AFTER_CORNER = new RegExp(`^${ARTICLES_ZH}(?:修正|修订)条文`, 'u');
function cornerTitles(c: TitleFinds): void {
  const { s } = c;
  for (const m of s.includes('「') ? s.matchAll(CORNER_RE) : []) {
    if (c.overlaps(m.index, m.index + m[0].length)) continue;
    // 「X」议案 (a legislature's motion, a proposal) is no text issued.
    if (/^\s*(?:议案|动议)/u.test(s.slice(m.index + m[0].length))) continue;
    // 「X」草案, 预告(修正)「X」: the text is a draft; 「X」部分条文(修正)草案 is a draft amendment of X, a text of its own.
    const amendment = AMENDMENT_AFTER_CORNER.exec(s.slice(m.index + m[0].length));
    const draft = amendment !== null || /^\s*[(（]?(?:修正)?草案/u.test(s.slice(m.index + m[0].length)) || /预告(?:修正|修订|订定)?\s*$/u.test(s.slice(0, m.index));
    // 三读通过「X」第四条、第九条修正案: the amendment passed, a text of its own.
    const passed = amendment ? null : (AMENDMENT_PASSED_AFTER_CORNER.exec(s.slice(m.index + m[0].length)) ?? AMENDMENT_TEXT_AFTER_CORNER.exec(s.slice(m.index + m[0].length)));
    if (amendment) c.push(m.index, m.index + m[0].length + amendment[0].length, `${m[1]!}${amendment[0]}`, undefined, true);
    else if (passed) c.push(m.index, m.index + m[0].length + passed[0].length, `${m[1]!}${passed[0]}`);
    // 「X」草案 is named so (X草案), as a draft written with its mark inside the quotes is.
    else if (/^\s*草案/u.test(s.slice(m.index + m[0].length))) c.push(m.index, m.index + m[0].length + s.slice(m.index + m[0].length).indexOf('草案') + 2, `${m[1]!}草案`, undefined, true);
    else c.push(m.index, m.index + m[0].length, m[1]!, undefined, draft);
  }
}

/** Titles after an issuing verb: quoted, or running to the title's end. */
const ADJECTIVAL_BEFORE = /\b(?:the|a|an|its|their|these|those|all|of|newly|already|recently|been|being)\s+$/;
// ("would issue revised Measures", "to adopt amended Rules": after a modal or "to" and a verb of its own, the participle
// is the object's adjective; "to have issued" is an act done.)
const AFTER_BASE_VERB = /\b(?:will|would|shall|should|must|may|might|can|could|to)\s+(?:\w+ly\s+|soon\s+)?(?!(?:have|has|had|be|been)\b)[a-z]+\s+$/;
function afterVerbEn(c: TitleFinds): void {
  const { s } = c;
  for (const m of VERB_HINT.test(s) ? s.matchAll(AFTER_VERB) : []) {
    // A participle used as an adjective ("two of the approved CAR-Ts", "the newly issued X", "would issue revised X")
    // issues nothing.
    if (ADJECTIVAL_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index)) || AFTER_BASE_VERB.test(s.slice(Math.max(0, m.index - 40), m.index))) continue;
    const from = m.index + m[0].length;
    const rest = s.slice(from);
    const draftVerb = /solicited/i.test(m[1]!);
    if (/^["“]/.test(rest)) {
      const close = rest.slice(1).search(/["”]/);
      const inner = close >= 0 ? rest.slice(1, close + 1) : cutUnclosed(rest.slice(1));
      // A quote that itself says "X issued Y": the title is what follows its verb (found by this loop).
      if (inner && !VERB_RE.test(inner)) c.push(from, from + inner.length + 2, inner, m.index, draftVerb);
      continue;
    }
    const end = rest.search(TITLE_END);
    let raw = end >= 0 ? rest.slice(0, end) : rest;
    // "granted a Drug Manufacturing Certificate to X": a licence's title ends before its holder.
    const holder = LICENSE_HOLDER.exec(raw);
    if (holder) raw = raw.slice(0, holder.index + holder[1]!.length);
    // "(Draft for Comment)" and similar after the title belong to it; "approved the draft X Law" is X's draft.
    // "issued the revised X": the revision, a text of its own beside the X it replaces.
    const revised = /\brevised\s+$/i.test(m[0]) ? 'revised ' : '';
    const described = KIND_PHRASE_LEAD_EN.test(raw);
    // "a guideline setting out how …": what the text does is no part of its name.
    const doing = described ? KIND_THEN_PARTICIPLE.exec(raw) : null;
    if (doing) raw = doing[1]!;
    // ("draft rules on X (20 November; …)": a description ends before a bracket.)
    if (described && /\s\(/.test(raw)) raw = raw.slice(0, raw.search(/\s\(/));
    // "released several technical guidelines for X, including the A and the B": the lead of a list names no text.
    if (described && LIST_AFTER.test(rest.slice(raw.length))) continue;
    if (KIND_WORDS_ONLY.test(raw.trim())) pushKeyedByIssuer(c, from, raw.trim(), m.index);
    else c.push(from, from + raw.length, m.groups?.draft ? `${raw} (Draft)` : `${revised}${raw}`, m.index, draftVerb);
    const t = c.out[c.out.length - 1];
    if (described && t?.start === from) t.described = true;
  }
}
const KIND_THEN_PARTICIPLE = new RegExp(`^(${KIND_PHRASE_EN})\\s+${PARTICIPLE_EN}\\b`);
// (Only when titles follow: "a guideline to X, including cell therapy" is one text.)
const LIST_AFTER = /^\s*(?:,\s*)?(?:including|such\s+as|among\s+them|namely|:)\s*(?:the\s+)?["“《]?[A-Z《]/;
// (The one list of rules/frames.ts, anchored at the verb: 尽快制定出台, 建议出台, 应研究制定.)
const NOT_YET_ZH = new RegExp(`(?:${TO_COME_ZH}|${ASKED_ZH}|${OWED_ZH}|研究)(?:制定|研究|起草)?$`, 'u');
// "jointly issued a work plan that names …": the kind words alone, cut before the relative clause.
const KIND_WORDS_ONLY = new RegExp(`^${KIND_PHRASE_EN}$`);

/** A text named by its kind words alone: a name however short, keyed by its first issuer (frames/policy.ts). */
function pushKeyedByIssuer(c: TitleFinds, from: number, title: string, verbAt: number | undefined, end = from + title.length): void {
  const before = c.out.length;
  c.push(from, end, title, verbAt, false, true);
  const t = c.out[before];
  if (t) t.keyedByIssuer = true;
}

/** Other quoted titles ("the 'Opinions on …'"). */
// …," said X / X said / Acme chief executive Dr. Y said: the speaker, posts and all, before the speaking verb.
const SPEECH_AFTER = /^\s*(?:said|says|added|adds|noted|notes|stated|explained|commented)\b|^\s*(?:[\w.'’-]+\s+){1,7}?(?:said|says|added|noted|stated|told)\b/;

const NESTED_QUOTE = ruleById('title.nested-quote.en').pattern;
const QUOTED_LEAD_TAIL = /^\s+((?:[A-Z][A-Za-z-]*\s+){0,5}(?:Plan|Programme|Program|Strategy|Outline|Initiative|Action\s+Plan))\b/;

const WRITE_AS_ZH = /(?:注明|标明|写明|标注|备注|字样为?|标题为|主题为)[：:]?\s*$/u;
function quotedTitles(c: TitleFinds): void {
  for (const m of c.s.matchAll(QUOTE_RE)) {
    let inner = m[1] ?? cutUnclosed(m[2] ?? '');
    // A revision's note in brackets ("… (Revised)") is no issuing verb.
    if (!inner || VERB_RE.test(inner.replace(/\([^)]*\)/g, ''))) continue;
    // '"A "14th Five-Year" Development Plan"': the first quote closed on a space, so the next one opens a part inside.
    const nested = m[1]?.endsWith(' ') && !HAN.test(inner) ? NESTED_QUOTE.exec(c.s.slice(m.index + m[0].length)) : null;
    if (nested?.groups && [...nested.groups.rest!.matchAll(HEAD_RE)].some((h) => /^[A-Z]/.test(h[1]!))) {
      c.push(m.index, m.index + m[0].length + nested[0].length, `${inner}"${nested.groups.part!}"${nested.groups.rest!}`);
      continue;
    }
    // 'the "14th Five-Year" Bioeconomy Development Plan': a quoted part of a name whose head word follows the quote.
    const tail = m[1] && !HAN.test(inner) ? QUOTED_LEAD_TAIL.exec(c.s.slice(m.index + m[0].length)) : null;
    if (tail && ![...inner.matchAll(HEAD_RE)].length) {
      inner = `"${inner}" ${tail[1]}`;
      c.push(m.index, m.index + m[0].length + tail[0].length, inner, undefined, false, true);
      continue;
    }
    // "Receiving approvals in both countries … strategy," said X: a quoted sentence of a speaker, not a title.
    if (!HAN.test(inner) && /[,.!?]$/.test(inner) && SPEECH_AFTER.test(c.s.slice(m.index + m[0].length))) continue;
    // 邮件标题请注明“X意见”: words one is asked to write (a mail's subject) are no title.
    if (HAN.test(inner) && WRITE_AS_ZH.test(c.s.slice(Math.max(0, m.index - 8), m.index))) continue;
    // Without a verb, a quote is a title only when its head word is capitalised (not quoted speech).
    if (!HAN.test(inner) && !/\b[A-Z][a-z]+(?:\s+(?:and|of|on|for|in|the|to|&)?\s*[A-Z][A-Za-z-]*)*/.test(inner)) continue;
    if (!HAN.test(inner) && ![...inner.matchAll(HEAD_RE)].some((h) => /^[A-Z]/.test(h[1]!)) && !LICENSE_RE.test(inner)) continue;
    c.push(m.index, m.index + m[0].length, inner);
  }
}

/**
 * Unquoted titles led by a capitalised kind word ("implement the Opinions on Supporting X,", "under the Measures
 * for the Administration of Y"): the title runs to the clause's end.
 */
const PROSE_AFTER_NAME = /(?:\b[A-Z][\w-]*|\))(\s+)(?!(?:of|for|the|and|on|in|to|a|an|with|by|under|regarding|concerning|at|from|its|their|into|between|among|via|per|or)\b)[a-z]/;
const DRAFT_OF_EN = /\b(?:draft|revised\s+draft)(?:\s+(?:revision|revisions|amendment|amendments|version|text))?\s+(?:of|to)\s+(?:the\s+)?$/i;
// "jointly released a revised draft of the X", "put out a second draft of the X": the draft's verb, whose
// subject issued it.
const ISSUED_DRAFT_OF_EN = new RegExp(`\\b${ISSUE_VERB_EN}\\s+${FOR_COMMENT_EN}(?:a|an|the|its|their)\\s+(?:(?:new|second|third|fresh|updated|latest)\\s+)?${DRAFT_OF_EN.source}`, 'i');

function kindLedEn(c: TitleFinds): void {
  const { s } = c;
  // "Notice of X on Issuing / Soliciting Comments on the Y": the notice that carries Y is no title of its own.
  const carrier = /^(?:Notice|Circular)\s+of\b/.test(s) && ruleById('title.transmitted.en').pattern.test(s);
  for (const m of KIND_LED_HINT.test(s) ? s.matchAll(KIND_LED) : []) {
    const from = m.index + m[0].length - m[1]!.length;
    if (c.overlaps(from, from + 1) || (carrier && from === 0)) continue;
    const rest = s.slice(from);
    const closing = CLOSING_BRACKET.exec(rest);
    const end = rest.search(TITLE_END);
    const cut = closing && (end < 0 || closing.index <= end) ? rest.slice(0, closing.index + closing[0].length) : end >= 0 ? rest.slice(0, end) : rest;
    // "… Pilot Free Trade Zone offered it more powers": a lower-case word other than a link after a capitalised one
    // is the sentence's own verb.
    const prose = PROSE_AFTER_NAME.exec(cut);
    const raw = prose ? cut.slice(0, prose.index + prose[0].length - 1 - prose[1]!.length) : cut;
    // "a draft revision of the Measures for …": the text named is that draft, not the Measures in force; the verb before
    // "a draft" issued it.
    const lead = s.slice(Math.max(0, from - 120), from);
    const verb = ISSUED_DRAFT_OF_EN.exec(lead);
    c.push(from, from + raw.length, raw, verb ? from - lead.length + verb.index : undefined, DRAFT_OF_EN.test(lead));
    const year = /((?:19|20)\d{2})\s+$/.exec(s.slice(Math.max(0, from - 6), from))?.[1];
    const pushed = c.out[c.out.length - 1];
    if (year && pushed?.start === from) pushed.year = year;
  }
}

/** Laws named by capitalised words before "Act" / "Law" ("its Advanced Regenerative Bio Act", "the CHIPS and Science Act of 2022"). */
function namedActs(c: TitleFinds): void {
  const { s } = c;
  // Regulations only as Hong Kong names them ("(Amendment) Regulation", "Regulations (Cap. 138A)", "Regulation 2025").
  for (const m of /\b(?:Act|Law|Ordinance|Bill)\b|\)\s+Regulations?\b|\bRegulations?\s+(?:(?:19|20)\d{2}|\(Cap\.)/.test(s) ? s.matchAll(NAMED_ACT) : []) {
    const from = m.index + m[0].length - m[1]!.length;
    if (c.overlaps(from, from + m[1]!.length)) continue;
    // "The Government today published in the Gazette the X", "the Council passed the X Bill": the verb before it.
    const verb = ACT_VERB_BEFORE.exec(s.slice(Math.max(0, from - 60), from));
    c.push(from, from + m[1]!.length, m[1]!, verb ? Math.max(0, from - 60) + verb.index : undefined);
  }
}
const ACT_VERB_BEFORE = /\b(?:issued|published|gazetted|promulgated|enacted|passed|released|made)\s+(?:in\s+the\s+(?:Government\s+)?Gazette\s+)?(?:the\s+)?$/i;

/** "Notice of X on Printing and Distributing the Y": Y, issued by the bodies before the verb. */
function transmittedEn(c: TitleFinds): void {
  const { s } = c;
  if (!/^(?:Notice|Circular)\s+of\b/.test(s)) return;
  const m = ruleById('title.transmitted.en').pattern.exec(s);
  if (!m?.groups?.title || !m.groups.verb) return;
  const from = s.length - m.groups.title.length;
  c.push(from, s.length, m.groups.title.replace(/^["“]|["”]$/g, ''), s.indexOf(m.groups.verb));
}

/** "X Office on the issuance of Y notice" (关于印发Y的通知 word for word): Y issued by X. */
function transmittedMtEn(c: TitleFinds): void {
  const m = /\b(?:on|about|regarding|concerning)\s+(?:the\s+)?(?:issuance|issuing|printing|distribut|forwarding)/i.test(c.s) ? ruleById('title.transmitted-mt.en').pattern.exec(c.s.trim()) : null;
  if (!m?.groups?.title || !m.groups.verb) return;
  const from = c.s.indexOf(m.groups.title);
  c.push(from, from + m.groups.title.length, m.groups.title, c.s.indexOf(m.groups.verb));
}

/** '"Nanning City to support … a number of measures"': a quoted title in Chinese word order, lower case. */
function quotedMtEn(c: TitleFinds): void {
  if (!/["“]/.test(c.s)) return;
  for (const m of c.s.matchAll(globalPattern('title.quoted-mt-word-order.en'))) {
    const inner = m.groups!.inner!;
    // The place written right before the quote (it was inside 《》) is the title's first words: only a place named with
    // its level ('Guangxi Zhuang Autonomous Region'), never an article or a body ('The', 'X Municipal Health Commission').
    const words = m[0].slice(0, m[0].search(/["“]/)).trim();
    const at = PLACE_LEAD_EN.exec(words);
    const lead = at?.groups?.place ?? '';
    const from = m.index + (lead ? words.length - lead.length : m[0].search(/["“]/));
    c.push(from, m.index + m[0].length, lead ? `${lead} "${inner}"` : inner, undefined, false, true);
  }
}

const PLACE_LEAD_EN = /\b(?<place>(?!(?:The|This|That|These|Its|Our|Their)\s)(?:[A-Z][\w'’-]*\s+){0,3}?(?:Province|City|Municipality|Prefecture|County|District|(?:Autonomous|Administrative)\s+Region))$/;

/** A cross-border scheme named by the sides it joins (港澳药械通, "… Drugs and Medical Devices Connect"). */
export const CONNECT_SCHEME = /Connect$|药械通$/;

/** A scheme known by a quoted short name and its kind word («「1+」機制», 'the "1+" mechanism'), a year's Policy Address. */
function namedSchemes(c: TitleFinds): void {
  const { s } = c;
  if (!/机制|[Mm]echanism|Policy\s+Address|药械通|Connect|药物名册|Drug\s+Formulary/.test(s)) return;
  for (const m of s.matchAll(globalPattern('title.named-scheme'))) {
    const name = m.groups!.name!;
    const from = m.index + m[0].length - name.length;
    if (!c.overlaps(from, from + name.length)) c.push(from, from + name.length, name.replace(/[“”]/g, '"').replace(/[‘’]/g, "'"), undefined, false, true);
  }
}

/** 关于印发X的通知 (a notice's own headline, X unquoted): X is issued by the bodies before it. */
function transmittedZh(c: TitleFinds): void {
  const { s } = c;
  for (const m of s.includes('关于') ? s.matchAll(ZH_TRANSMIT) : []) {
    const from = m.index + m[0].length - m[2]!.length - 3;
    // A programme quoted inside X ("科技创新行动计划") is part of X's name, not a title of its own.
    const inner = c.out.filter((t) => t.rule === 'title.quoted' && t.start >= from && t.end <= from + m[2]!.length);
    for (const t of inner) c.out.splice(c.out.indexOf(t), 1);
    if (c.overlaps(from, from + m[2]!.length)) {
      c.out.push(...inner);
      continue;
    }
    c.push(from, from + m[2]!.length, m[2]!, m.index + 2);
  }
}

/** A document number (国卫医发〔2015〕48号) belongs to the policy title nearest before or after it. */
function docNumbers(c: TitleFinds): void {
  const nums = c.s.includes('号') ? [...c.s.matchAll(DOCNO_RE)] : [];
  for (const n of nums) {
    // 第7/2024号法律《X》: a number written right before a title is that title's.
    let best: TitleMention | undefined = c.out.find((t) => t.start === n.index + n[0].length);
    if (!best) for (const t of c.out) if (!best || Math.abs(t.end - n.index) < Math.abs(best.end - n.index)) best = t;
    if (best && best.label === 'Policy') best.docNumber = docNumberOf(n[0]);
  }
  // A standard's code in brackets right after its title (either language): its number and year.
  for (const t of /\((?:GB|YY|WS|T)\b/.test(c.s.replace(/（/g, '(')) ? c.out : []) {
    const code = ruleById('title.standard-code').pattern.exec(c.s.slice(t.end, t.end + 40).replace(/（/g, '(').replace(/）/g, ')'));
    if (!code || code.index > 1 || t.label !== 'Policy') continue;
    t.docNumber = code.groups!.code!.replace(/\s+/g, ' ').replace(/\s*[-—–]\s*/, '-');
    t.year ??= code.groups!.year!;
  }
  // "(Wu Xin Guan Gui [2021] No. 9)" after an English title: the year the text was issued.
  for (const t of c.s.includes('No.') ? c.out : []) {
    const en = DOCNO_EN.exec(c.s.slice(t.end));
    if (en && t.label === 'Policy' && !t.year) t.year = en.groups!.year!;
  }
}

/** 国卫医发(2015)48号 → 国卫医发〔2015〕48号: one way of writing a document number. */
export const docNumberOf = (raw: string): string => raw.replace(/\s+/g, '').replace(/[\[［(（]((?:19|20)\d{2})[\]］)）]/, '〔$1〕');

/** An unclosed quote: the title ends at its first head word followed by punctuation. */
function cutUnclosed(t: string): string | undefined {
  for (const m of t.matchAll(HEAD_RE)) {
    const end = m.index + m[0].length;
    const after = t.slice(end);
    if (/^\s*(?:\([^)]*\))?\s*(?:[,;.]|$)/.test(after)) {
      const paren = /^\s*\([^)]*\)/.exec(after);
      return t.slice(0, end + (paren ? paren[0].length : 0));
    }
  }
  return undefined;
}
