// How policies follow one another: a final version replaces its draft (same title), a text that says it
// replaces, repeals or abolishes another (代替, 废止), and implementing rules of a named law or policy
// (X实施细则, "Implementing Rules of the X", 为贯彻落实《X》 … 印发《Y》).
import type { RelationType } from '../types.ts';
import type { TitleMention } from './policies.ts';
import { PASS_EN, PUBLISH_EN, WHEN_EN, passiveEn } from './rules/fragments.ts';
import type { Sentence } from './sentences.ts';
import { ruleById } from './rules/index.ts';
import { codeBefore } from './document/standards.ts';

export interface PolicyFound {
  t: TitleMention;
  id: string;
  sentence: Sentence;
  issuers: string[];
  /** An issuing verb in its sentence states it is issued there. */
  issued?: boolean;
  date?: string;
  /** The rules that made the frame (a text only cited as a body's own is not issued here). */
  rules?: string[];
  /** Its short names here (以下简称《公告》). */
  shortNames?: string[];
  /** The page's own text. */
  docTitle?: boolean;
}

export interface Link {
  type: Extract<RelationType, 'SUPERSEDES' | 'IMPLEMENTS'>;
  from: string;
  to: string;
  evidence: string;
}

const DRAFT_MARK = /[(（]?\s*(?:(?:revised\s+)?draft(?:\s+for\s+(?:public\s+)?comments?)?|exposure\s+draft|consultation\s+draft|for\s+(?:public\s+)?comments?|征求意见稿|草案|送审稿|修订草案|修订稿)\s*[)）]?/gi;
const TRIAL_MARK = /[(（]\s*(?:for\s+)?(?:trial(?:\s+implementation)?|试行|暂行)\s*[)）]|\b(?:interim|provisional|tentative)\b|试行|暂行/gi;

/** A title with its status notes and punctuation removed: draft, trial and final versions share it. */
const coreCache = new Map<string, string>();
export function coreTitle(title: string): string {
  let hit = coreCache.get(title);
  if (hit === undefined) {
    hit = computeCore(title);
    if (coreCache.size > 50_000) coreCache.clear();
    coreCache.set(title, hit);
  }
  return hit;
}

function computeCore(title: string): string {
  return title
    .normalize('NFKC')
    .replace(DRAFT_MARK, '')
    .replace(TRIAL_MARK, '')
    // (X第三条修正条文 is what X第三条修正草案 drafted: the amended articles.)
    .replace(/(修正|修订)[条條]文/gu, '$1')
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

// "X replaces / repeals Y", "X 代替 Y".
const REPLACES_BETWEEN = /^\s*[)）]?\s*(?:,\s*[^,;.]{1,80}?,\s*)?,?\s*(?:which\s+|that\s+|and\s+)?(?:will\s+|shall\s+|would\s+|to\s+)?(?:replaces?|replaced|supersedes?|superseded|repeals?|repealed|abolishes|abolished|annuls?|annulled|(?:is|was|will\s+be|shall\s+be)\s+replacing)\s+(?:the\s+)?(?:(?:province|city|country|nation|state|ministry|region|municipality)['’]s\s+)?(?:previous\s+|former\s+|original\s+|old\s+|earlier\s+)?(?:(?:19|20)\d{2}\s+)?$|^\s*(?:同时)?(?:代替|取代|替代|废止)\s*$/i;
// "Y is replaced by X".
const REPLACED_BY_BETWEEN = /^\s*[)）]?\s*,?\s*(?:which\s+)?(?:is|was|has\s+been|had\s+been|will\s+be|shall\s+be)\s+(?:replaced|superseded|repealed|abolished)\s+by\s+(?:the\s+)?(?:new\s+)?$|^\s*(?:被|由)\s*$/i;
const ZH_REPLACED_BY_AFTER = /^\s*(?:被|由)$/;
// "Y shall be repealed at the same time", "the 'Y' issued in 2021 will be abolished", 《Y》同时废止: the text being
// issued replaces Y (Y's own issuing, a participle with its time and agent, may stand between: "the 'Y' (No. 6) issued
// by the former X shall be abolished").
const REPEALED_AFTER = new RegExp(`^\\s*[)）」"”]?\\s*(?:\\([^)]*\\)\\s*)?(?:[,，]\\s*)?(?:${passiveEn(PUBLISH_EN, PASS_EN)}\\s+${WHEN_EN}(?:by\\s+[^,;.]{3,90}?\\s+)?)?(?:(?:并?自)?即日起|自[^，。；]{2,12}起)?\\s*(?:(?:is|are|shall\\s+be|will\\s+be|was|were)\\s+(?:hereby\\s+)?(?:repealed|abolished|annulled|replaced)|同时废止|(?:同时)?(?:停止|不再)(?:施行|执行|适用)|同时失效|(?:同时|予以)?作废|(?:即告|予以|同时)?废除|予以废止|废止|(?:is|are|shall\\s+be|will\\s+be)\\s+no\\s+longer\\s+in\\s+(?:force|effect))`, 'i');

// A cheap test before the pattern: the words of a repeal.
const REPEAL_HINT = /废止|废除|作废|停止|不再|失效|no\s+longer|repeal|abolish|annul|replac/i;
const repealedAfter = (s: string, p: PolicyFound): boolean => {
  const after = s.slice(p.t.end, p.t.end + 160);
  return REPEAL_HINT.test(after) && REPEALED_AFTER.test(after);
};

// "The rules repealed the Y", "The Announcement converts the pilot … under the Y into a standing procedure", 本办法同时废止《Y》:
// the text the sentence is about (the last one issued) replaces Y.
// (A clause of time or circumstance may come first: "From June 1, the new Rules replace …", 自6月1日起，本办法代替….)
const THIS_TEXT_REPLACES = /^(?:[^.;。；]{0,80}?[,，]\s*)?(?:(?:They|It)\s+(?:also\s+)?(?:will\s+|shall\s+)?(?:replaces?|repeals?|supersedes?|abolish(?:es)?)\s+(?:the\s+)?(?:(?:19|20)\d{2}\s+)?$|(?:The|These|This)\s+(?:new\s+|(?:19|20)\d{2}\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:rules|regulations?|measures|guidelines?|plan|opinions|notice|provisions|law|act|announcement|circular|revision|amendment|catalogue|catalog|list|version|edition)\b[^.;]{0,60}?\s(?:(?:will\s+|shall\s+|also\s+)?(?:replaces?|replaced|repeals?|repealed|supersedes?|superseded|abolish(?:es|ed)?)\s+(?:the\s+)?(?:(?:province|city|country|nation|state|ministry|region|municipality)['’]s\s+)?(?:previous\s+|former\s+|old\s+|earlier\s+)?(?:(?:19|20)\d{2}\s+)?|(?:converts?|converted|turns?|turned)\s+the\s+(?:pilot|trial)\b[^.;]{0,120}?\bunder\s+(?:the\s+)?)|(?:本|该)(?:办法|指南|方案|规定|细则|意见|通知|条例|规划|计划|指引|措施)[^，。；]{0,20}?(?:同时)?(?:代替|取代|替代|废止))$/i;
// 《X》自2025年4月1日起施行 / "X takes effect on …": X is the text the sentence is about.
const TAKES_EFFECT_AFTER = /^\s*[)）]?\s*(?:自|于)[^，。；]{2,20}?(?:起)?(?:施行|实施|生效)|^\s*(?:will\s+|shall\s+)?(?:take|takes|took)\s+effect\b/i;
// Implementing texts: the title names what they implement.
const IMPL_EN = /^(?:(?:detailed\s+)?(?:implementing|implementation)\s+(?:rules|regulations|measures|provisions|plan|opinions)|(?:detailed\s+)?rules|measures|provisions)\s+(?:for|of|on)\s+(?:the\s+)?implementation\s+of\s+(?:the\s+)?(.+)$|^(?:detailed\s+)?(?:implementing|implementation)\s+(?:rules|regulations|measures|provisions)\s+(?:of|for|on|to)\s+(?:the\s+)?(.+)$/i;
const IMPL_EN_PREFIX = /^(.+?)\s+(?:implementing|implementation)\s+(?:rules|regulations|measures|provisions)$/i;
const IMPL_ZH = /^(.{2,}?)(?:》)?(?:的)?(?:实施细则|实施条例|实施办法|实施意见|实施方案|实施规则|实施规定)(?:[(（][^)）]*[)）])?$/u;
// "To implement the X, … issued the Y", 为贯彻落实《X》.
const TO_IMPLEMENT_EN = /\b(?:to|in\s+order\s+to)\s+(?:fully\s+|further\s+|better\s+)?(?:implement|carry\s+out|put\s+into\s+effect)\s+(?:the\s+)?(?:spirit\s+of\s+(?:the\s+)?)?$/i;
const TO_IMPLEMENT_ZH = /(?:为|为了)?(?:深入)?(?:贯彻落实|贯彻执行|落实|贯彻)$/u;

// A sentence about the document's own text: "The rules were drafted to …", "This plan …", 本办法, 本指南.
const THIS_TEXT = /^(?:The|These|This)\s+(?:new\s+)?(?:rules|regulations|measures|guidelines|guideline|plan|opinions|notice|provisions|policy|document)\b|^(?:本|该)(?:办法|指南|方案|规定|细则|意见|通知|条例|规划|计划|指引|措施)/;

const dateBefore = (a: string | undefined, b: string | undefined): boolean | undefined => {
  if (!a || !b) return undefined;
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x === y ? undefined : x < y;
};

const cited = (p: PolicyFound): boolean => p.rules?.includes('issue.owner-before-title.zh') === true;
const isIssued = (p: PolicyFound): boolean => !cited(p) && (p.issued === true || p.issuers.length > 0 || p.t.verbAt !== undefined);

/** The policy a short name in 《》 stands for (以下简称《公告》 given before), the last such one in `text`. */
function byShortName(text: string, policies: PolicyFound[]): PolicyFound | undefined {
  const names = [...text.matchAll(/《([^《》]{2,8})》/gu)].map((m) => m[1]!);
  return names.reverse().map((n) => policies.find((p) => p.shortNames?.includes(n))).find((p) => p !== undefined);
}

/** The links found so far: one per type and pair, and a text never replaces what replaces it. */
class Links {
  readonly out: Link[] = [];

  push(type: Link['type'], from: string, to: string, evidence: string): void {
    if (from === to || this.out.some((l) => l.type === type && l.from === from && l.to === to)) return;
    if (type === 'SUPERSEDES' && this.out.some((l) => l.type === type && l.from === to && l.to === from)) return;
    this.out.push({ type, from, to, evidence });
  }
}

/** SUPERSEDES and IMPLEMENTS among the policies of one document (`sentences`: where a repealed text is only described). */
export function policyLinks(found: PolicyFound[], sentences: Sentence[] = []): Link[] {
  const links = new Links();
  const policies = found.filter((p) => p.t.label === 'Policy');
  versionLinks(policies, links);
  statedLinks(policies, links);
  describedRepeals(policies, sentences, links);
  implementingTitles(policies, links);
  return links.out;
}

/** A final (or trial) version replaces its draft; a final replaces its trial version when dated later. */
function versionLinks(policies: PolicyFound[], links: Links): void {
  const dateOf = new Map<string, string>();
  for (const p of policies) if (p.date && !dateOf.has(p.id)) dateOf.set(p.id, p.date);
  const byCore = new Map<string, PolicyFound[]>();
  for (const p of policies) {
    const k = coreTitle(p.t.title);
    if (k.length < 6) continue;
    const g = byCore.get(k) ?? [];
    g.push(p);
    byCore.set(k, g);
  }
  for (const g of byCore.values()) {
    if (new Set(g.map((p) => p.id)).size < 2) continue;
    for (const a of g) {
      for (const b of g) {
        if (a.id === b.id) continue;
        const before = dateBefore(dateOf.get(b.id), dateOf.get(a.id));
        // A draft of a revision is not replaced by the text it revises (the revision itself replaces it).
        if (b.t.status === 'draft' && a.t.status !== 'draft' && before !== false && (!/revis|修订|修正/i.test(b.t.title) || /revis|修订|修正/i.test(a.t.title))) {
          links.push('SUPERSEDES', a.id, b.id, a.sentence.text);
        } else if (b.t.status === 'trial' && a.t.status === 'final' && before === true) {
          links.push('SUPERSEDES', a.id, b.id, a.sentence.text);
        }
      }
    }
  }
}

/** Replacements and implementations the sentences state, read in order (the text issued last is "this" one). */
function statedLinks(policies: PolicyFound[], links: Links): void {
  const bySentence = new Map<number, PolicyFound[]>();
  for (const p of policies) {
    const list = bySentence.get(p.sentence.index) ?? [];
    list.push(p);
    bySentence.set(p.sentence.index, list);
  }
  let current: PolicyFound | undefined;
  for (const [, list] of [...bySentence].sort((x, y) => x[0] - y[0])) {
    list.sort((x, y) => x.t.start - y.t.start);
    const s = list[0]!.sentence.norm;
    pairReplacements(s, list, links);
    // The text issued in this sentence: one with an issuing verb before one that only names its issuer.
    // A text said to be repealed here is not the one issued here (2019年印发的《Y》同时废止).
    const live = list.filter((p) => !repealedAfter(s, p));
    // 根据《Y》要求，…现予发布: a text named as the basis of the act is not the one issued.
    const acting = live.filter((p) => !ruleById('issue.relative-under.zh').pattern.test(s.slice(Math.max(0, p.t.start - 12), p.t.start)));
    const issuedHere = acting.find((p) => p.issued === true || p.t.verbAt !== undefined) ?? acting.find(isIssued) ?? acting.find((p) => TAKES_EFFECT_AFTER.test(s.slice(p.t.end, p.t.end + 30)));
    // 本指导原则发布后，…《Y》同时废止: the sentence is about the page's own text.
    const own = THIS_TEXT.test(s) ? policies.find((p) => p.docTitle) : undefined;
    repeals(s, list, live, issuedHere, own ?? current, policies, links);
    replacedByCode(s, list, policies, links);
    implementations(s, list, current, links);
    if (issuedHere) current = issuedHere;
  }
}

// "The Guangdong trial measures of 2024 … will be repealed on the same day", "the 2024 trial measures cease to apply when
// the Regulations take effect": a text named by its year, status and kind word, repealed.
const DESCRIBED_REPEAL_EN = /\bthe\s+(?:[A-Z][a-z]+\s+)?(?:(?<year>(?:19|20)\d{2})\s+)?(?<trial>trial|interim|provisional)\s+(?<kind>measures|rules|regulations|provisions|guidelines)(?:\s+of\s+(?<year2>(?:19|20)\d{2}))?\b[^.;]{0,100}?\s(?:(?:will|shall)\s+be\s+|are\s+|is\s+|were\s+|was\s+)?(?:repealed|abolished|annulled|(?:will\s+|shall\s+)?cease\s+to\s+(?:apply|have\s+effect)|(?:will\s+)?no\s+longer\s+apply)\b/i;

/** A repealed text described, not titled: the page's text of that kind, year and trial status; it is replaced by the
 *  latest text issued on the page after it. */
function describedRepeals(policies: PolicyFound[], sentences: Sentence[], links: Links): void {
  for (const sen of sentences) {
    const g = /repeal|abolish|annul|cease|no longer apply/i.test(sen.norm) ? DESCRIBED_REPEAL_EN.exec(sen.norm)?.groups : undefined;
    const year = g?.year ?? g?.year2;
    if (!g || !year) continue;
    const kind = new RegExp(`\\b${g.kind}\\b`, 'i');
    const old = policies.find((p) => p.t.status === 'trial' && p.date?.startsWith(year) && kind.test(p.t.title));
    const by = old && policies.filter((p) => p.id !== old.id && isIssued(p) && dateBefore(old.date, p.date) === true).pop();
    if (old && by) links.push('SUPERSEDES', by.id, old.id, sen.text);
  }
}

/** DB37/T 4813—2026代替DB37/T 3879—2020《Z》: the standard written with the first code (DB37/T 4813—2026《Y》) replaces Z. */
function replacedByCode(s: string, list: PolicyFound[], policies: PolicyFound[], links: Links): void {
  for (const p of /代替|替代|取代/.test(s) ? list : []) {
    const m = ruleById('standard.replaced-by-code.zh').pattern.exec(s.slice(Math.max(0, p.t.start - 60), p.t.start));
    const code = m?.groups?.code?.replace(/\s+/g, '').replace(/[—–-]/g, '-');
    const by = code ? policies.find((o) => o.id !== p.id && codeBefore(o.sentence.norm, o.t.start)?.code === code) : undefined;
    if (by) links.push('SUPERSEDES', by.id, p.id, p.sentence.text);
  }
}

/** "X replaces Y", "Y is replaced by X", X 代替 Y: two titles side by side. */
function pairReplacements(s: string, list: PolicyFound[], links: Links): void {
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1]!;
    const between = s.slice(a.t.end, b.t.start);
    if (REPLACES_BETWEEN.test(between)) links.push('SUPERSEDES', a.id, b.id, a.sentence.text);
    else if (REPLACED_BY_BETWEEN.test(between) || ZH_REPLACED_BY_AFTER.test(between)) links.push('SUPERSEDES', b.id, a.id, a.sentence.text);
  }
}

/** "The rules repealed the Y", 《Y》同时废止: the text issued here (or the one the sentence is about) replaces Y. */
function repeals(s: string, list: PolicyFound[], live: PolicyFound[], issuedHere: PolicyFound | undefined, current: PolicyFound | undefined, policies: PolicyFound[], links: Links): void {
  for (const p of list) {
    if (current && current.id !== p.id && THIS_TEXT_REPLACES.test(s.slice(0, p.t.start))) {
      // "The Measures replace the Y": of the texts issued so far, the last one of the kind the subject names.
      const kind = /(?:^|[,，]\s*)(?:The|These|This)\s+(?:new\s+)?([A-Z][a-z]+)\b/i.exec(s)?.[1];
      const named = kind ? policies.filter((o) => o.id !== p.id && o.issuers.length > 0 && o.sentence.index <= p.sentence.index && new RegExp(`\\b${kind}\\b`).test(o.t.title)).pop() : undefined;
      // "They also repeal the Y": the page's own text, the first it says was issued.
      const pronoun = /^(?:They|It)\s/.test(s) ? policies.find((o) => o.id !== p.id && o.issuers.length > 0 && o.sentence.index < p.sentence.index) : undefined;
      const by = pronoun ?? (named && named.id !== current.id && !new RegExp(`\\b${kind}\\b`).test(current.t.title) ? named : current);
      links.push('SUPERSEDES', by.id, p.id, p.sentence.text);
    }
    if (!repealedAfter(s, p)) continue;
    // Another text of the sentence, not said to be issued here, may be what replaces it: then nothing is known.
    // 《公告》自发布之日起施行，《Y》同时废止: the text named before by its short name replaces Y.
    const named = live.length === 0 ? byShortName(s.slice(0, p.t.start), policies) : undefined;
    const by = issuedHere && issuedHere !== p ? issuedHere : (named ?? (live.length === 0 ? current : undefined));
    if (by && by.id !== p.id) links.push('SUPERSEDES', by.id, p.id, p.sentence.text);
  }
}

/** "To implement the X, … issued the Y", 为贯彻落实《X》: Y implements X. */
function implementations(s: string, list: PolicyFound[], current: PolicyFound | undefined, links: Links): void {
  for (let i = 0; i < list.length; i++) {
    const x = list[i]!;
    const lead = s.slice(Math.max(0, x.t.start - 40), x.t.start);
    if (!TO_IMPLEMENT_EN.test(lead) && !TO_IMPLEMENT_ZH.test(lead)) continue;
    // The text issued later in the sentence, else the one the sentence is about ("The rules …", 本办法).
    const y = list.slice(i + 1).find(isIssued) ?? (THIS_TEXT.test(s) ? current : undefined);
    if (y && y.id !== x.id) links.push('IMPLEMENTS', y.id, x.id, s === y.sentence.norm ? y.sentence.text : x.sentence.text);
  }
}

/** Implementing rules whose title names what they implement, when the document names it too. */
function implementingTitles(policies: PolicyFound[], links: Links): void {
  const idByCore = new Map<string, string>();
  for (const p of policies) {
    const k = coreTitle(p.t.title);
    if (k.length >= 4 && !idByCore.has(k)) idByCore.set(k, p.id);
  }
  for (const p of policies) {
    const title = p.t.title.replace(/[《》]/g, '');
    const en = IMPL_EN.exec(title);
    const target = en ? (en[1] ?? en[2]) : IMPL_EN_PREFIX.exec(title)?.[1] ?? IMPL_ZH.exec(title)?.[1];
    if (!target) continue;
    const id = idByCore.get(coreTitle(target));
    if (id && id !== p.id) links.push('IMPLEMENTS', p.id, id, p.sentence.text);
  }
}
