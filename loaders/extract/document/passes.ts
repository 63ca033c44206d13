// Document-level passes over the frames of a whole document, each a named function of its inputs: title
// coreference (以下简称), one licence per act, zone lists, promulgation and signature dates, headline dates.
import type { Knowledge } from '../gazetteer-source.ts';
import { entryFound, type Mention } from '../mentions.ts';
import type { Registry } from '../registry.ts';
import { signatureBlock } from './signature.ts';
import { globalPattern, ruleById } from '../rules/index.ts';
import type { Rule } from '../rules/types.ts';
import { normalizeForMatch, type Sentence } from '../sentences.ts';
import type { DatedLine } from '../segment/layout.ts';
import { zoneList } from '../frames/applies-to.ts';
import { describedNamedAgain } from '../frames/policy.ts';
import { recentDate } from '../frames/time.ts';
import type { SentenceSpans } from '../spans/types.ts';
import { SELF_ACTOR, type PolicyFrame } from '../frames/types.ts';
import { titleRegions } from '../spans/regions.ts';
import { shortFormOf, titleKey } from './keys.ts';
import { DATED_EN, NOTICE_VERB_ZH, PRODUCT_CODE_EN, SELF_NOUN_ZH } from '../rules/fragments.ts';
import { idSlug, licenceId } from '../ids.ts';
import { issuerKeyedId } from '../resolve.ts';
import { docNumberOf, enKind } from '../policies.ts';
import { toSimplified } from '../../read/script.ts';
import type { Relation } from '../../types.ts';
import type { PolicyKind } from '../../kinds.ts';
import { edge } from '../relations.ts';

const HAN = /\p{Script=Han}/u;
/** 关于印发X的通知: a notice that carries the text it names. */
const NOTICE_OF = new RegExp(`关于${NOTICE_VERB_ZH}`);
// (An announcement carries its text too, its number after it: 关于发布《X》的公告（2026年第21号）.)
const NOTICE_HEADLINE = new RegExp(`${NOTICE_OF.source}.{2,120}的(?:通知|(?:公告|通告)(?:\\((?:19|20)\\d{2}年第\\d{1,4}号\\))?)$`);
// 关于公开征求《X》意见的通知: the draft X is put out for comment on the notice's signing date.
// (甲局关于…: the issuer's name may open it.)
const SOLICIT_HEADLINE = /^(?:[^《》，。；]{2,40}?)?关于(?:公开)?征求.{2,120}意见的(?:通知|公告|函)$/u;

/**
 * 《X》（以下简称“《Y》”）: Y names X in this document. A title written right after X with the short-name gap, or
 * matching a short name given earlier, is an alias of X (in reading order).
 */
export function linkShortNames(frames: PolicyFrame[]): void {
  const shortNames = new Map<string, PolicyFrame>();
  for (let i = 0; i < frames.length; i++) {
    const pf = frames[i]!;
    if (pf.fixedId) continue;
    const prev = frames[i - 1];
    const s = pf.sentence.norm;
    if (prev?.sentence === pf.sentence && prev.t.label === 'Policy' && ruleById('title.short-name').pattern.test(s.slice(prev.t.end, pf.t.start).replace(/^[》”"]+/, ''))) shortNames.set(titleKey(pf.t.title), prev.aliasOf ?? prev);
    const aliasOf = shortNames.get(titleKey(pf.t.title));
    // 《办法》（征求意见稿）: the draft of the text the short name stands for — a text of its own, named in full.
    if (aliasOf && pf.t.status === 'draft' && aliasOf.t.status !== 'draft') {
      pf.t = { ...pf.t, title: `${aliasOf.t.title.replace(/\((?:试行|暂行)\)$/u, '')}(${/\(([^()]+)\)$/.exec(pf.t.title)?.[1] ?? '征求意见稿'})`, kind: aliasOf.t.kind };
      continue;
    }
    if (aliasOf) pf.aliasOf = aliasOf;
    // A short name too short to be a title of its own is still X's alias.
    const shortName = !aliasOf ? pf.shortNameAfter : undefined;
    if (!shortName) continue;
    pf.shortNames = [shortName];
    shortNames.set(titleKey(shortName), pf);
  }
}

/** Mentions by a short name (以下简称) are the full title's: its issuers and date, and one more alias. */
export function foldShortNames(found: PolicyFrame[]): void {
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

/** A described product ("the first CAR-T therapy") approved by a body that also approved a named one is that act. */
export function oneLicencePerAct(found: PolicyFrame[], K: Knowledge): void {
  // "… cleared X's IND for Y. The CDE approved the IND on March 4": the act of the licence named in this sentence or the one before.
  for (let i = found.length - 1; i >= 0; i--) {
    const pf = found[i]!;
    if (!pf.anaphoric) continue;
    const named = found.slice(0, i).reverse().find((o) => o.fixedId && !o.anaphoric && o.sentence.index >= pf.sentence.index - 1);
    if (!named) continue;
    named.issuers = [...new Set([...named.issuers, ...pf.issuers])];
    named.date ??= pf.date;
    named.rules = [...new Set([...(named.rules ?? []), ...(pf.rules ?? [])])];
    found.splice(i, 1);
  }
  // A headline's approval (和泰細胞CAR-NK獲食藥署核准二期臨床) restated by the lead naming the product (CAR-NK細胞治療產品HT-201，
  // 已於1月16日獲…食品藥物管理署核准): one act, the lead's — same body, the headline's product words in the lead's sentence.
  for (let i = found.length - 1; i >= 0; i--) {
    const h = found[i]!;
    if (!h.fixedId || !h.sentence.heading || h.sentence.index > 3) continue;
    const product = h.sentence.norm.slice(h.t.start, h.t.end);
    const lead = found.find((o) => o !== h && o.fixedId && !o.sentence.heading && o.sentence.index > h.sentence.index && o.sentence.index <= h.sentence.index + 4 && o.issuers.some((x) => h.issuers.includes(x)) && o.sentence.norm.includes(product));
    if (lead) found.splice(i, 1);
  }
  // (A body's organ acts for it: "The CDE under the NMPA approved the IND for X" names the act "the NMPA cleared the company".)
  // (A designation is another act than an approval of the same body.)
  const named = new Set(found.filter((pf) => pf.fixedId && !pf.generic).flatMap((pf) => pf.issuers.flatMap((x) => [x, ...bodiesAbove(x, K)]).map((x) => `${pf.t.kind} ${x}`)));
  for (let i = found.length - 1; i >= 0; i--) {
    const pf = found[i]!;
    if (!(pf.fixedId && pf.generic && pf.issuers.some((x) => named.has(`${pf.t.kind} ${x}`)))) continue;
    // ("… has granted approval to X. The NMPA approved the therapy on Tuesday": the restatement dates the act.)
    const act = pf.date ? found.find((o) => o !== pf && o.fixedId && !o.generic && !o.date && o.t.kind === pf.t.kind && o.issuers.some((x) => pf.issuers.includes(x))) : undefined;
    if (act) act.date = pf.date;
    found.splice(i, 1);
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

/** "The measures apply to hospitals in X", 《X》适用于…在Y范围内: the places after the verb are where that text applies. */
export function statedApplies(found: PolicyFrame[], spans: SentenceSpans[]): void {
  const verb = ruleById('applies.stated').pattern;
  const thisText = ruleById('applies.this-text').pattern;
  const decided = ruleById('applies.decided-pilot.zh').pattern;
  const own = found.find((pf) => pf.docTitle && pf.t.label === 'Policy');
  let current: PolicyFrame | undefined;
  for (const sp of spans) {
    const here = found.filter((pf) => pf.sentence.index === sp.sen.index && pf.t.label === 'Policy');
    const m = verb.exec(sp.s);
    if (m) {
      const before = here.filter((pf) => pf.t.end <= m.index).pop();
      const subject = before ? (before.aliasOf ?? before) : thisText.test(sp.s) ? current : undefined;
      const end = clauseEnd(sp.s, m.index + m[0].length, HAN.test(m[0]));
      const places = sp.mentions.filter((x) => x.found.label === 'Region' && x.start > m.index && x.end <= end && x.found.id !== 'region:CN').map((x) => x.found.id);
      if (subject && places.length > 0) {
        subject.stated = [...new Set([...(subject.stated ?? []), ...places])];
        subject.rules = [...(subject.rules ?? ['frame.issue']), 'applies.stated'];
      }
    }
    const issued = here.filter((pf) => pf.issued || pf.issuers.length > 0 || pf.docTitle).pop();
    if (issued) current = issued.aliasOf ?? issued;
    // 经研究，决定在X开展…试点: the page's own notice applies to X.
    const d = own ? decided.exec(sp.s) : null;
    if (d && own) {
      const places = sp.mentions.filter((x) => x.found.label === 'Region' && x.start > d.index && x.end <= d.index + d[0].length && x.found.id !== 'region:CN').map((x) => x.found.id);
      if (places.length > 0) {
        const subject = own.aliasOf ?? own;
        subject.stated = [...new Set([...(subject.stated ?? []), ...places])];
        subject.rules = [...(subject.rules ?? ['frame.issue']), 'applies.decided-pilot.zh'];
      }
    }
  }
}

/** Where the verb's clause ends: its places are the text's, a place in the next clause is not (适用于晚期患者，成为某市第3家…).
 *  Chinese clauses end at ，too; English lists places with commas. */
function clauseEnd(s: string, from: number, zh: boolean): number {
  const m = (zh ? /[，,；;。]/u : /[；;。]|\.(?:\s|$)/u).exec(s.slice(from));
  return m ? from + m.index : s.length;
}

/** The document's own text without places of its own applies to the zones its body lists (the first such list). */
export function zoneListApplies(found: PolicyFrame[], sentences: Array<{ s: string; mentions: Mention[] }>, K: Knowledge): void {
  const wanting = found.filter((pf) => pf.docTitle && (pf.zones?.length ?? 0) === 0);
  if (wanting.length === 0) return;
  const listed = sentences.map((x) => (HAN.test(x.s) ? [] : zoneList(x.s, 0, x.mentions))).find((z) => z.length >= 2);
  if (!listed) return;
  for (const pf of wanting) {
    if (titleRegions(pf.t.title, K).length > 0) continue;
    pf.zones = listed;
    pf.rules = [...(pf.rules ?? []), 'frame.applies-to.zone-list'];
  }
}

const MEETING_PASSED_ZH = /第[一二三四五六七八九十百\d]{1,6}次(?:全体|常务)?会议(?:审议)?通过/u;

/** 《X》…现予公布 and a signer's dated line after it: X is promulgated on the signing date. */
export function promulgatedHereby(found: PolicyFrame[], signingDates: DatedLine[]): void {
  for (const pf of found) {
    // (A meeting's day in the same sentence, 《X》已经D某会议通过，现予公布, is not the day it was promulgated.)
    if ((pf.date && !MEETING_PASSED_ZH.test(pf.sentence.norm)) || !ruleById('date.promulgated-hereby.zh').pattern.test(pf.sentence.norm)) continue;
    const d = signingDates.find((x) => x.index > pf.sentence.index);
    if (!d) continue;
    pf.date = d.date;
    pf.rules = [...(pf.rules ?? ['frame.issue']), 'date.promulgated-hereby.zh'];
  }
}

/** The signature block names who issued the document's own text (and who "我中心" is), and when. */
export function signatureIssues(found: PolicyFrame[], bodyLines: Map<number, string[]>, dateLines: DatedLine[], headline: number | undefined, K: Knowledge): void {
  const sig = signatureBlock(bodyLines, dateLines, (id) => K.byId.get(id)?.partOf);
  if (!sig) return;
  // Under a site's header (the body's name, its menu), the page's title line is the first heading naming a text.
  const titleLine = found.some((pf) => pf.docTitle) ? undefined : found.find((pf) => pf.t.label === 'Policy' && pf.sentence.heading)?.sentence.index;
  for (const pf of found) {
    const headed = pf.t.label === 'Policy' && (pf.sentence.index === headline || pf.sentence.index === titleLine);
    if (!(pf.docTitle || pf.selfRef || headed)) continue;
    // A headline that names its issuer (X关于批准发布《Y》的公告), signed by that body: the signature dates it.
    if (pf.issuers.length > 0) {
      if (!pf.date && pf.issuers.every((x) => sig.issuers.includes(x))) pf.date = sig.date;
      continue;
    }
    pf.issuers = [...sig.issuers];
    pf.issued = true;
    pf.date ??= sig.date;
    pf.rules = [...(pf.rules ?? []), pf.selfRef ? selfRule(pf) : 'issue.signature-block.zh'];
  }
}

/** A headline without its issuer on a page cut before the signature (关于…提案的答复, then 我委…), or a text the writer
 *  says it made (我中心组织起草了《X》) with no signature found: the body of the site's header line issued it, when the
 *  writer calls itself by that body's head word. */
export function siteSelfIssues(found: PolicyFrame[], spans: SentenceSpans[], bodyLines: Map<number, string[]>, headline: number | undefined, published?: string): void {
  const site = headline === undefined ? undefined : bodyLines.get(headline);
  const line = spans.find((sp) => sp.sen.index === headline)?.s.trim();
  if (site?.length !== 1 || !line) return;
  const head = /委员会$/.test(line) ? '委' : /中心$/.test(line) ? '中心' : line.slice(-1);
  const rule = ruleById('issue.site-self-reference.zh');
  if (!spans.some((sp) => rule.pattern.exec(sp.s)?.groups?.head === head)) return;
  for (const pf of found) {
    // The page's own text, or one the writer says it made (我中心组织起草了《X》) when no signature names the writer.
    if (pf.issuers.length > 0 || !(pf.docTitle || pf.selfRef) || pf.t.label !== 'Policy') continue;
    pf.issuers = [...site];
    pf.issued = true;
    // (Undated in its clause: the writer put it out on the page's day, not in the year its title runs — 2027年度…计划.)
    if (pf.selfRef) pf.date ??= published;
    pf.rules = [...(pf.rules ?? []), rule.id];
  }
}

/** 我局为甲公司核发了《X》 in a reply whose headline names its writer (四川省药品监督管理局关于…的函), no signature found: the
 *  page's own issuer is who 我局 is. */
export function selfFromOwnTitle(found: PolicyFrame[], spans: SentenceSpans[]): void {
  const own = found.find((pf) => pf.docTitle && pf.issuers.length > 0);
  for (const pf of found) {
    if (!pf.selfRef || pf.issuers.length > 0) continue;
    // Else the body the page's head names by the head word the writer calls itself by (国家卫生健康委有关司局负责人… / 我委).
    const head = pf.t.label === 'Policy' ? SELF_HEAD.exec(pf.sentence.norm)?.[1] : undefined;
    const named = head ? spans.slice(0, 8).flatMap((sp) => sp.actors.filter((a) => a.label === 'Agency' && !a.asParent && sp.s.slice(a.start, a.end).endsWith(head))).map((a) => a.id)[0] : undefined;
    const issuers = own?.issuers ?? (named ? [named] : []);
    if (issuers.length === 0) continue;
    pf.issuers = [...issuers];
    pf.issued = true;
    // 2024年7月，我委就《X》征求意见: dated in its clause.
    const sp = spans.find((x) => x.sen === pf.sentence);
    pf.date ??= sp?.dates.filter((d) => d.index < pf.t.start).pop()?.date;
    pf.rules = [...(pf.rules ?? ['frame.issue']), selfRule(pf)];
  }
}
/** The bodies an agency is an organ of, as the gazetteer's partOf says (the CDE → the NMPA → …). */
function bodiesAbove(id: string, K: Knowledge): string[] {
  const out: string[] = [];
  for (let up = K.byId.get(id)?.partOf; up && !out.includes(up); up = K.byId.get(up)?.partOf) out.push(up);
  return out;
}

/** An approval the writer made (我局附条件批准X上市, "our bureau granted …"): keyed by the issuer the signature or headline gave
 *  the writer; without one, no act is known. */
export function selfGrantIds(found: PolicyFrame[]): void {
  const pending = `license:${SELF_ACTOR}/`;
  for (let i = found.length - 1; i >= 0; i--) {
    const pf = found[i]!;
    if (!pf.fixedId?.startsWith(pending)) continue;
    if (pf.issuers.length === 0) found.splice(i, 1);
    else pf.fixedId = licenceId(pf.issuers[0]!, pf.fixedId.slice(pending.length));
  }
}

/** Which self-reference rule read the writer: 我局 or "our bureau". */
const selfRule = (pf: PolicyFrame): string => (/\p{Script=Han}/u.test(pf.sentence.norm) ? 'issue.self-reference.zh' : 'issue.self-reference.en');
const SELF_HEAD = new RegExp(`(?:我|本)(${SELF_NOUN_ZH})`, 'u');

/**
 * A notice's headline (关于印发X的通知, "X issued") dated by the signing line at its end, else by the page: the
 * headline, and a 关于印发《X》的通知 line under the issuers' names at the top.
 */
export function headlineDates(found: PolicyFrame[], sentences: Sentence[], signed: string | undefined): void {
  // "Notice of X on Printing and Distributing the Y" may stand under a site's furniture.
  const transmittedEn = ruleById('title.transmitted.en').pattern;
  const headlines = new Set(sentences.slice(0, 8).filter((x, i) => i === 0 || (i < 4 && NOTICE_HEADLINE.test(x.norm.trim())) || transmittedEn.test(x.norm.trim()) || SOLICIT_HEADLINE.test(x.norm.trim())).map((x) => x.index));
  for (const pf of found) {
    const solicited = SOLICIT_HEADLINE.test(pf.sentence.norm.trim());
    // (A year alone — the headline's number, 公告（2026年第21号） — gives way to the signing day of that year.)
    const dated = pf.date && !(pf.date.length === 4 && signed?.startsWith(pf.date));
    if (!(headlines.has(pf.sentence.index) || pf.docTitle) || dated || pf.t.label !== 'Policy' || (!pf.issued && pf.issuers.length === 0 && !solicited)) continue;
    // A news headline the body restates with its own date takes that date.
    const notice = NOTICE_OF.test(pf.sentence.norm) || transmittedEn.test(pf.sentence.norm.trim());
    if (!notice && found.some((o) => o !== pf && o.date && titleKey(o.t.title) === titleKey(pf.t.title))) continue;
    // A headline's short form of a title the lead gives in full takes the lead's date (headlineShortTitles).
    // (Its draft, named with 征求意见稿, is another text.)
    if (found.some((o) => o !== pf && o.sentence.index > pf.sentence.index && o.t.kind === pf.t.kind && o.t.status === pf.t.status && shortFormOf(pf.t.title, o.t.title))) continue;
    if (signed) pf.date = signed;
  }
}

/**
 * 甲关于X的实施意见 / 赣府厅发〔2025〕31号: the page's own title, then a line that is only its document number — the
 * number is the text's, and its year dates the text when nothing else does (no signature, no page date).
 */
export function numberedOwnTitle(found: PolicyFrame[], sentences: Sentence[]): void {
  const whole = ruleById('title.doc-number.zh').pattern;
  for (const pf of found) {
    if (!pf.docTitle || pf.t.label !== 'Policy' || pf.t.docNumber) continue;
    const next = sentences.find((x) => x.index === pf.sentence.index + 1)?.norm.trim() ?? '';
    const m = whole.exec(next);
    if (!m || m.index !== 0 || m[0].length !== next.length) continue;
    pf.t.docNumber = docNumberOf(m[0]);
    pf.date ??= /〔((?:19|20)\d{2})〕/.exec(pf.t.docNumber)?.[1];
  }
}

/** "A, B and C jointly issued a circular on Monday …. The Circular on X requires …": the untitled text of one sentence
 *  is the titled one of the next, led by the same kind word; the bodies before the verb issued it on that day. */
export function untitledIssues(found: PolicyFrame[], spans: SentenceSpans[], published: string | undefined): void {
  const rule = ruleById('issue.untitled-kind.en');
  const listed = ruleById('issue.untitled-kind-listed.en').pattern;
  for (let i = 0; i + 1 < spans.length; i++) {
    const sp = spans[i]!;
    const m = rule.pattern.exec(sp.s);
    const kind = m?.groups?.kind;
    if (!m || !kind) continue;
    const next = spans[i + 1]!;
    // The next sentence's title led by the kind word ("The circular on X"), or listed after it ("The standards, including the X").
    const ledOrListed = (f: PolicyFrame): boolean => f.t.title.toLowerCase().startsWith(`${kind} `) || listed.exec(next.s.slice(0, f.t.start))?.groups?.kind?.toLowerCase() === kind;
    const pf = found.find((f) => f.sentence.index === next.sen.index && f.t.label === 'Policy' && f.issuers.length === 0 && ledOrListed(f));
    const issuers = sp.actors.filter((a) => a.label === 'Agency' && !a.asParent && a.end <= m.index).map((a) => a.id);
    if (!pf || issuers.length === 0) continue;
    pf.issuers = [...new Set(issuers)];
    pf.issued = true;
    const date = sp.dates[0]?.date ?? recentDate(sp.s, published);
    if (date && !pf.date) pf.date = date;
    pf.rules = pf.t.title.toLowerCase().startsWith(`${kind} `) ? [rule.id] : [rule.id, 'issue.untitled-kind-listed.en'];
  }
}

// A title that states its edition's year: "… (2026 Version)", "the 2026 Edition of …".
const EDITION_YEAR_EN = /(?:19|20)\d{2}(?=\s+(?:Version|Edition)\b)/;
// The earlier edition's bodies named as the same ones again.
const SAME_BODIES_EN = /^(?:the\s+(?:two|three|four|both|same)\s+(?:agencies|ministries|bodies|regulators|departments|authorities)|they|both)$/i;

/** "The 2026 Catalogue replaces the 2022 version, which the two agencies published in October 2022": the 2022 edition is a
 *  text of its own (title.edition-replaced.en); the current text's SUPERSEDES comes from the sentence (succession.ts). */
export function replacedEditions(found: PolicyFrame[], spans: SentenceSpans[]): void {
  const rule = ruleById('title.edition-replaced.en');
  for (const sp of spans) {
    const m = /version|edition/i.test(sp.s) ? rule.pattern.exec(sp.s) : null;
    if (!m?.groups?.year) continue;
    const current = found.filter((f) => f.t.label === 'Policy' && f.sentence.index <= sp.sen.index && EDITION_YEAR_EN.test(f.t.title) && EDITION_YEAR_EN.exec(f.t.title)![0] !== m.groups!.year).pop();
    if (!current) continue;
    const title = current.t.title.replace(EDITION_YEAR_EN, m.groups.year);
    const at = m.index + m[0].indexOf('the ');
    const agentsAt = m.groups.agents ? m.index + m[0].indexOf(m.groups.agents) : -1;
    const named = agentsAt < 0 ? [] : sp.actors.filter((a) => a.label === 'Agency' && !a.asParent && a.start >= agentsAt && a.end <= agentsAt + m.groups!.agents!.length).map((a) => a.id);
    const issuers = named.length > 0 ? named : m.groups.agents && SAME_BODIES_EN.test(m.groups.agents.trim()) ? [...current.issuers] : [];
    const date = sp.dates.find((d) => d.index > m.index + m[0].length - 1 && d.date.startsWith(m.groups!.year!))?.date ?? m.groups.year;
    found.push({ t: { start: at, end: at + `the ${m.groups.year} version`.length, title, label: 'Policy', kind: current.t.kind, status: 'final' }, id: 'pending', sentence: sp.sen, issuers: [...new Set(issuers)], issued: issuers.length > 0, date, rules: [rule.id] });
  }
}

/** "X has cleared the IND for Y. The clearance, dated December 30, came …", "… said the approval, granted on August 7,": the
 *  licence of the sentence before (its last) is dated by the date after "dated" / "granted on". */
const DATED_HINT = new RegExp(`\\b${DATED_EN}\\s`);
export function actsDatedAfter(found: PolicyFrame[], spans: SentenceSpans[], published: string | undefined): void {
  const rule = ruleById('date.act-dated.en');
  for (let i = 1; i < spans.length; i++) {
    const sp = spans[i]!;
    const d = DATED_HINT.test(sp.s) ? sp.dates.find((x) => rule.pattern.test(sp.s.slice(0, x.index))) : undefined;
    const prev = spans[i - 1]!.sen.index;
    const pf = d ? found.filter((f) => f.sentence.index === prev && f.t.label === 'License').pop() : undefined;
    if (!d || !pf) continue;
    // A day without its year after the report's day was in the year before (a report of January 6 on "December 30").
    pf.date = d.yearless && published && d.date > published ? `${Number(d.date.slice(0, 4)) - 1}${d.date.slice(4)}` : d.date;
    pf.rules = [...(pf.rules ?? ['frame.issue']), rule.id];
  }
}

/** 问：《X条例》即将施行…？答：国务院于2025年9月公布该条例: the subject of the verb before 该+kind issued the latest title of
 *  that kind named in this sentence or the three before (when nothing named its issuer), on the date before the verb. */
export function zhKindAnaphorIssues(found: PolicyFrame[], spans: SentenceSpans[]): void {
  const rule = ruleById('issue.kind-anaphor.zh');
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i]!;
    const m = /该|此|上述|这部|这一|》(?:已)?由/.test(sp.s) ? rule.pattern.exec(sp.s) : null;
    const kind = m?.groups?.kind ?? m?.groups?.bare;
    if (!m || !kind) continue;
    // The agents: before the verb in its clause (国务院于D公布该条例), or after 由 (《条例》由国务院于D公布).
    const by = m.groups?.agents !== undefined ? m.index + m[0].indexOf(m.groups.agents, m[0].indexOf('由')) : -1;
    const from = by >= 0 ? by : Math.max(0, ...['，', '。', '；', '：'].map((c) => sp.s.lastIndexOf(c, m.index) + 1));
    const to = by >= 0 ? by + m.groups!.agents!.length : m.index;
    const issuers = sp.actors.filter((a) => a.label === 'Agency' && !a.asParent && a.start >= from && a.end <= to).map((a) => a.id);
    const earlier = new Set(spans.slice(Math.max(0, i - 3), i + 1).map((x) => x.sen.index));
    const pf = found.filter((f) => earlier.has(f.sentence.index) && (f.sentence.index < sp.sen.index || f.t.end <= m.index) && f.t.label === 'Policy' && f.issuers.length === 0 && f.t.title.replace(/\([^)]*\)$/, '').endsWith(kind)).pop();
    if (!pf || issuers.length === 0) continue;
    pf.issuers = [...new Set(issuers)];
    pf.issued = true;
    const date = sp.dates.filter((d) => d.index >= from && d.index < to).pop()?.date;
    if (date && !pf.date) pf.date = date;
    pf.rules = [rule.id];
  }
}

/** "… Platinum Life's amimestrocel injection, which was cleared in January": an approval with no agent in its clause — the
 *  regulator the page named last before it keys its id (the same approval on other pages), but is not said to issue it. */
export function agentlessApprovals(found: PolicyFrame[], spans: SentenceSpans[]): void {
  const rule = ruleById('grant.approved-relative.en');
  const zh = ruleById('grant.approved-agentless.zh');
  // The regulator named last before sentence i (the national one when `national`): looked up only where a sentence needs it.
  const lastBefore = (i: number, national: boolean): string | undefined => {
    for (let k = i - 1; k >= 0; k--) {
      const ids = spans[k]!.mentions.filter((x) => x.found.label === 'Agency' && x.found.kind === 'regulator' && (!national || NATIONAL_REGULATOR.test(x.found.id)));
      if (ids.length > 0) return ids[ids.length - 1]!.found.id;
    }
    return undefined;
  };
  spans.forEach((sp, i) => {
    const m = /\bwhich\s/.test(sp.s) ? rule.pattern.exec(sp.s) : null;
    const product = m?.groups?.product;
    const regulator = m && product ? lastBefore(i, false) : undefined;
    if (m && product && regulator && !found.some((f) => f.t.label === 'License' && f.t.title.toLowerCase().includes(product.toLowerCase()))) {
      const at = m.index + m[0].indexOf(product);
      const date = sp.dates.find((d) => d.index > at)?.date;
      found.push({ ...listedLicence(sp, at, product, `approval of ${product}`, [regulator], date, [rule.id]), implied: true });
    }
    // 此前已有合源生物的CAR-T产品获批上市: no body in its sentence, no licence found there; the owner a company found there,
    // right before 的 (not a count: 五家企业的…).
    const z = /获批上市/.test(sp.s) && !sp.actors.some((a) => a.label === 'Agency') ? zh.pattern.exec(sp.s) : null;
    const at = z?.groups ? z.index + z[0].indexOf(`的${z.groups.product!}`) : -1;
    const owner = at >= 0 ? sp.actors.find((a) => a.label === 'Organization' && a.end === at) : undefined;
    const counted = owner && /(?:\d+|[两二三四五六七八九十几数多])家|等/u.test(sp.s.slice(Math.max(0, owner.start - 6), at));
    const national = z?.groups && owner && !counted ? lastBefore(i, true) : undefined;
    if (z?.groups && owner && national && !found.some((f) => f.sentence === sp.sen && f.t.label === 'License')) {
      // Named by the product when it has a name of its own (艾米迈托赛注射液获批上市), by its owner's when only described (甲的CAR-T产品).
      const approved = sp.s.slice(at, z.index + z[0].length).replace(/已获批/, '获批');
      const name = /(?:产品|疗法)$/u.test(z.groups.product!) ? `${sp.s.slice(owner.start, owner.end)}${approved}` : approved.slice(1);
      found.push({ ...listedLicence(sp, at + 1, z.groups.product!, name, [national], sp.dates.find((d) => d.index < z.index)?.date, [zh.id]), implied: true });
    }
  });
}
const NATIONAL_REGULATOR = /^agency:(?:cn|cn-tw|cn-hk|cn-mo|us|eu|jp|kr)\/[a-z-]+$/;

const BY_LIST_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;

/** The bodies named in a chain from `pos` ("by A, B and C"). */
function chainAt(sp: SentenceSpans, pos: number): string[] {
  const issuers: string[] = [];
  // ("by the State Council": a name whose alias took the article starts before pos.)
  for (const a of sp.actors.filter((x) => x.end > pos)) {
    if (issuers.length > 0 ? !BY_LIST_GAP.test(sp.s.slice(pos, a.start)) : a.start > pos) break;
    if (a.label === 'Agency' && !a.asParent) issuers.push(a.id);
    pos = a.end;
  }
  return issuers;
}

/** 主旨：檢送「X」1份 in a body's official letter, 修正「X」 in its order (衛生福利部　令): X is issued by the body whose
 *  letter or order it is (its heading, else the page's first body) on the document's date (the first after the heading). */
export function letterSubjects(found: PolicyFrame[], spans: SentenceSpans[], published: string | undefined, dateLines: DatedLine[] = []): void {
  const rule = ruleById('issue.letter-subject.zh');
  const heading = officialHeading(spans);
  const body = (heading >= 0 ? spans[heading]!.actors : spans.slice(0, 3).flatMap((sp) => sp.actors)).find((a) => a.label === 'Agency' && !a.asParent)?.id;
  if (!body) return;
  // (The heading's date may stand on a line of its own, 中華民國113年10月14日, which is layout, not a sentence.)
  const near = heading >= 0 ? spans.slice(heading, heading + 12) : [];
  const lineDate = near.length > 0 ? dateLines.find((d) => d.index > near[0]!.sen.index && d.index < near.at(-1)!.sen.index && d.date.length === 10) : undefined;
  const textDate = near.flatMap((sp) => sp.dates.filter((d) => !d.yearless && d.date.length === 10).map((d) => ({ index: sp.sen.index, date: d.date })))[0];
  const dated = lineDate && (!textDate || lineDate.index < textDate.index) ? lineDate.date : textDate?.date;
  for (const sp of spans) {
    const m = rule.pattern.exec(sp.s);
    // A line led by the verb alone (修正「X」) says so only under a letter's or an order's heading.
    if (!m || (!m.groups?.label && heading < 0)) continue;
    for (const pf of found.filter((f) => f.sentence.index === sp.sen.index && f.t.label === 'Policy' && f.issuers.length === 0)) {
      pf.issuers = [body];
      pf.issued = true;
      // An amendment (修正「X」第三條) is of a text dated before: the date is the act's, not another version's.
      if (/修正/.test(m[0])) pf.actDate ??= dated ?? published;
      else pf.date ??= dated ?? published;
      pf.rules = [rule.id];
    }
  }
}
/** An official letter's or order's heading: the body, then 函 / 令 / 公告 alone (衛生福利部　令). */
const OFFICIAL_HEADING_ZH = /^\s*\p{Script=Han}{2,30}?\s*(?:函|令|公告)\s*$/u;
const officialHeading = (spans: SentenceSpans[]): number => spans.slice(0, 8).findIndex((sp) => OFFICIAL_HEADING_ZH.test(sp.s) && sp.actors.some((a) => a.label === 'Agency'));
// A line that is only a post and a name (部　長　邱泰源, spaces gone when normalised): who signs the letter or order.
const SIGNER_LINE_ZH = /^\s*(?:部长|次长|署长|局长|司长|主任委员|主任|院长|处长|厅长|市长|县长)\s*\p{Script=Han}{2,4}\s*$/u;

/** 部　長　邱泰源 closing a letter or an order (衛生福利部　函 / 令): the signer holds that post in the heading's body. */
export function signerPosts(spans: SentenceSpans[], persons: Array<{ id: string; sentence: Sentence }>, rels: Relation[]): void {
  const heading = officialHeading(spans);
  const body = heading >= 0 ? spans[heading]!.actors.find((a) => a.label === 'Agency' && !a.asParent)?.id : undefined;
  if (!body) return;
  for (const x of persons) if (SIGNER_LINE_ZH.test(x.sentence.norm)) edge(rels, 'MEMBER_OF', x.id, body, x.sentence.text, { rules: ['issue.letter-subject.zh'] });
}

/** "Issued by: X    Date: Y" / | 发文机关 | X | near the top of a page: X issued the page's own text (the last title named
 *  above the field, which names no issuer of its own), on the line's date. */
export function labelledIssuers(found: PolicyFrame[], spans: SentenceSpans[]): void {
  const rule = ruleById('issue.labelled-issuer');
  for (const sp of spans) {
    if (sp.sen.line > 12) break;
    for (const m of /Issu|发布|发文/u.test(sp.s) ? sp.s.matchAll(globalPattern(rule.id)) : []) {
      const issuers = chainAt(sp, m.index + m[0].length);
      const pf = [...found].reverse().find((f) => f.t.label === 'Policy' && f.sentence.index <= sp.sen.index && f.sentence.index >= sp.sen.index - 12 && f.issuers.length === 0);
      if (issuers.length === 0 || !pf) continue;
      pf.issuers = issuers;
      pf.issued = true;
      pf.date ??= sp.dates.find((d) => d.index > m.index && !d.yearless)?.date;
      pf.rules = [rule.id];
    }
  }
}

/** "The X Amendment Regulation 2025 … the Amendment Regulation, made by the Board": the Board issued the title named
 *  before whose words the short name repeats (the latest such, in this sentence or before). */
export function shortTitleIssues(found: PolicyFrame[], spans: SentenceSpans[]): void {
  for (const sp of spans) if (/\bby\b/.test(sp.s)) for (const id of SHORT_TITLE_BY) shortTitleIssuesIn(found, sp, ruleById(id));
}
// The short title after its "made by" clause, and the clause opening the sentence before its short title.
const SHORT_TITLE_BY = ['issue.short-title-by.en', 'issue.fronted-short-title-by.en'];

function shortTitleIssuesIn(found: PolicyFrame[], sp: SentenceSpans, rule: Rule): void {
  for (const m of sp.s.matchAll(globalPattern(rule.id))) {
    const short = m.groups!.short!;
    const at = sp.sen.index;
    // A kind word alone ("The regulations were passed by") names the latest title of that kind, in this sentence or the one before.
    const bare = !/\s/.test(short);
    const names = (f: PolicyFrame): boolean => (bare ? f.sentence.index >= at - 2 && new RegExp(`\\b${short}\\b`, 'i').test(f.t.title) : f.t.title !== short && shortFormOf(short, f.t.title));
    const pf = [...found].reverse().find((f) => f.t.label === 'Policy' && (f.sentence.index < at || (f.sentence.index === at && f.t.end <= m.index)) && names(f));
    const issuers = pf ? chainAt(sp, m.index + (m.groups!.lead ?? m[0]).length) : [];
    if (!pf || issuers.length === 0) continue;
    pf.issuers = [...new Set([...pf.issuers, ...issuers])];
    pf.issued = true;
    pf.rules = [...new Set([...(pf.rules ?? []), rule.id])];
    // "… were passed by the X in December 2020": the act's date, when the title had none.
    // (A fronted clause's dates are those of what the text does: "…, the Regulation will come into operation on 1 March".)
    if (!m.groups!.lead) pf.date ??= sp.dates.find((d) => d.index >= m.index && !d.yearless)?.date;
  }
}

/** "… unveiled a guideline to X. The guideline, jointly issued by A and B, sets …": A and B issued the untitled text of
 *  that kind in the sentence before (when no issuer was found for it there). */
export function kindAnaphorIssues(found: PolicyFrame[], spans: SentenceSpans[]): void {
  const rule = ruleById('issue.kind-anaphor-by.en');
  for (let i = 1; i < spans.length; i++) {
    const sp = spans[i]!;
    const m = rule.pattern.exec(sp.s);
    const kind = m?.groups?.kind?.toLowerCase();
    if (!m || !kind) continue;
    const prev = spans[i - 1]!.sen.index;
    const pf = found.find((f) => f.sentence.index === prev && f.t.label === 'Policy' && f.issuers.length === 0 && (f.t.title.toLowerCase().startsWith(`${kind} `) || (!!f.t.described && new RegExp(`^(?:\\S+\\s+){0,4}${kind}s?\\b`, 'i').test(f.t.title))));
    const issuers = chainAt(sp, m.index + m[0].length);
    if (issuers.length === 0) continue;
    if (pf) {
      pf.issuers = [...new Set(issuers)];
      pf.issued = true;
      pf.rules = [rule.id];
      // ("Sanya issued a set of measures to X. The 15 measures, released by A, …": its count names it too.)
      if (pf.t.described && m.groups?.np) (pf.shortNames ??= []).push(m.groups.np);
    } else if (!found.some((f) => f.t.label === 'Policy' && f.sentence.index <= sp.sen.index && (f.issuers.length === 0 || f.t.title.toLowerCase().includes(kind)))) {
      // "The 15 measures, released jointly by A and B, …" with no text of that kind named before: the phrase names it.
      // (Not after a text still without issuers: "unveiled a guideline … The notice, issued by X" may name it again.)
      const np = m.groups!.np!;
      const start = m.index + m[0].indexOf(np);
      const kindOf = enKind(np);
      if (kindOf) found.push(namedByKind(sp, start, np, kindOf, [...new Set(issuers)], rule.id));
    }
  }
  describedNamedAgain(found);
}

function namedByKind(sp: SentenceSpans, start: number, title: string, kind: PolicyKind, issuers: string[], rule: string): PolicyFrame {
  const status = /\bdraft\b/i.test(title) ? 'draft' : 'final';
  const fixedId = issuerKeyedId(issuers[0]!, title);
  return { t: { start, end: start + title.length, title, label: 'Policy', kind, status, rule }, id: 'pending', fixedId, sentence: sp.sen, issuers, issued: true, rules: [rule] };
}

const START_MARK = /^\s*(?:(?:\d{1,2}|[一二三四五六七八九十])\s*[.、．)）]|[（(]\d{1,2}[)）]|[•·\-–*])/u;
const LIST_MARK = new RegExp(`${START_MARK.source}\\s*$`, 'u');

/** "NMPA approved … the following products:" and a numbered list after it: a licence per listed product, issued by the
 *  bodies before the verb, on the lead's date (else the page's, for recent news). */
export function listedApprovals(found: PolicyFrame[], spans: SentenceSpans[], published: string | undefined): void {
  const lead = ruleById('grant.approve.list-lead');
  const item = ruleById('grant.approve.list-item');
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i]!;
    // A lead ends in a colon: a cheap test before the rule's long pattern.
    const m = /[:：]\s*$/.test(sp.s) ? lead.pattern.exec(sp.s) : null;
    if (!m) continue;
    const issuers = [...new Set(sp.actors.filter((a) => a.label === 'Agency' && !a.asParent && a.end <= m.index).map((a) => a.id))];
    if (issuers.length === 0) continue;
    const date = sp.dates[0]?.date ?? recentDate(sp.s, published);
    const before = found.length;
    for (const marked of listItems(spans, i)) {
      const product = item.pattern.exec(marked.s)?.groups?.product?.trim();
      if (!product) break;
      const at = marked.s.indexOf(product);
      const en = !/\p{Script=Han}/u.test(product);
      found.push(listedLicence(marked, at, product, en ? `approval of ${product}` : `${product}批准上市`, issuers, date, [lead.id, item.id]));
    }
    // The lead's own approval frame ("the following products") is the list's.
    if (found.length > before) for (let k = before - 1; k >= 0; k--) if (found[k]!.sentence === sp.sen && found[k]!.t.label === 'License') found.splice(k, 1);
  }
}

/** "… disclosed IND clearances from the CDE in the past week:" and items saying what each product received ("- X's
 *  CTD402 obtained implied approval for a Phase I trial on October 13"): a licence per item, issued by the lead's body,
 *  dated by the item (else the lead, else the page for recent news); items whose sentence found a licence keep it. */
export function listedClearances(found: PolicyFrame[], spans: SentenceSpans[], published: string | undefined): void {
  const lead = ruleById('grant.clearance-list-lead.en');
  const item = ruleById('grant.received-approval.en');
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i]!;
    const m = /:\s*$/.test(sp.s) ? lead.pattern.exec(sp.s) : null;
    if (!m) continue;
    const issuers = chainAt(sp, m.index + m[0].length);
    if (issuers.length === 0) continue;
    for (const marked of bulletLines(spans, i)) {
      const r = item.pattern.exec(marked.s);
      if (!r || found.some((f) => f.sentence.index === marked.sen.index && f.t.label === 'License')) continue;
      // The product is the last code named before the verb (its CAR-T, CTD402, obtained …).
      const codes = [...marked.s.slice(0, r.index).matchAll(PRODUCT_CODES_EN)];
      const code = codes[codes.length - 1];
      if (!code) continue;
      const date = marked.dates[0]?.date ?? sp.dates[0]?.date ?? recentDate(sp.s, published);
      found.push(listedLicence(marked, code.index, code[0], `${r.groups!.act!} for ${code[0]}`, issuers, date, [lead.id, item.id]));
    }
  }
}
const PRODUCT_CODES_EN = new RegExp(String.raw`\b${PRODUCT_CODE_EN}\b`, 'g');

/** The list items after a lead, one per line while the lines are a list: a marker leads the line's text or stands
 *  alone before it. */
function* listItems(spans: SentenceSpans[], lead: number): Generator<SentenceSpans> {
  for (let j = lead + 1, line = spans[lead]!.sen.line; j < spans.length; j++) {
    const x = spans[j]!;
    if (x.sen.line === line) continue;
    const next = spans[j + 1];
    const marked = LIST_MARK.test(x.s) ? (next?.sen.line === x.sen.line ? next : undefined) : START_MARK.test(x.s) ? x : undefined;
    if (!marked) return;
    line = x.sen.line;
    yield marked;
  }
}

/** The lines right after a lead, each on the next line (segmenting drops a bullet's dash), up to a dozen. */
function bulletLines(spans: SentenceSpans[], lead: number): SentenceSpans[] {
  const out: SentenceSpans[] = [];
  for (let j = lead + 1, line = spans[lead]!.sen.line; j < spans.length && out.length < 12; j++) {
    const x = spans[j]!;
    if (x.sen.line === line) continue;
    if (x.sen.line !== line + 1) break;
    line = x.sen.line;
    out.push(x);
  }
  return out;
}

function listedLicence(sp: SentenceSpans, at: number, product: string, title: string, issuers: string[], date: string | undefined, rules: string[]): PolicyFrame {
  return {
    t: { start: at, end: at + product.length, title, label: 'License', kind: 'approval', status: 'final' },
    id: 'pending', fixedId: licenceId(issuers[0]!, idSlug(product, 40)),
    sentence: sp.sen, issuers, issued: true, ...(date ? { date } : {}), rules, generic: false,
  };
}

const CELL_SPLIT = /\s*[|\t]\s*/;
const PRODUCT_CELL = /^(?:药品|产品|器械)名称$/u;
const TYPE_CELL = /^(?:批件|证书|批准文件|证照)(?:类型|种类|名称)$/u;
/** A row's cells, split on the written text (matching folds tabs away), each normalised for matching. */
const cellsOf = (sp: SentenceSpans): string[] => sp.sen.text.trim().split(CELL_SPLIT).map((c) => normalizeForMatch(c).trim());

/** 以下药品批准证明文件已经X审批完毕 and a table after it (药品名称 | 批件类型 | …): a licence per row, "product + document
 *  type", issued by the body of the lead on the lead's date (else the page's). */
export function tabledApprovals(found: PolicyFrame[], spans: SentenceSpans[], published: string | undefined): void {
  const lead = ruleById('grant.approve.table-lead');
  const header = ruleById('grant.approve.table-header');
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i]!;
    const m = lead.pattern.exec(sp.s);
    if (!m) continue;
    const agentAt = m.index + m[0].indexOf(m.groups!.agent!);
    const issuers = [...new Set(sp.actors.filter((a) => a.label === 'Agency' && !a.asParent && a.start >= agentAt && a.end <= m.index + m[0].length).map((a) => a.id))];
    const h = spans.slice(i + 1, i + 6).findIndex((x) => header.pattern.test(toSimplified(x.sen.text)));
    if (issuers.length === 0 || h < 0) continue;
    const cells = cellsOf(spans[i + 1 + h]!);
    const product = cells.findIndex((c) => PRODUCT_CELL.test(c));
    const type = cells.findIndex((c) => TYPE_CELL.test(c));
    // A delivery list is dated by its page (the day the list was published).
    const date = sp.dates[0]?.date ?? published;
    for (const row of spans.slice(i + 2 + h)) {
      const r = cellsOf(row);
      if (r.length !== cells.length || !r[product] || !r[type]) break;
      const name = `${r[product]}${r[type]}`;
      const at = Math.max(0, row.s.indexOf(r[product]!));
      found.push({
        t: { start: at, end: at + r[product]!.length, title: name, label: 'License', kind: 'approval', status: 'final' },
        id: 'pending', fixedId: licenceId(issuers[0]!, idSlug(name, 40)),
        sentence: row.sen, issuers, issued: true, ...(date ? { date } : {}), rules: [lead.id, header.id], generic: false,
      });
    }
  }
}

const STATE_COUNCIL = 'agency:cn/state-council';

/** "The meeting also approved the draft X Law", 会议审议通过《X》: a text the meeting issues, with no issuer of its own, is
 *  issued by the body whose meeting the page named last (国务院常务会议, "a meeting of the X", one the Premier chaired),
 *  on the meeting's date, else that of an earlier act of the body, else the page's month (news of the meeting). */
export function meetingIssues(found: PolicyFrame[], spans: SentenceSpans[], published: string | undefined, reg: Registry, K: Knowledge): void {
  const subject = ruleById('issue.meeting-subject').pattern;
  let meeting: { body: string; date: string | undefined } | undefined;
  for (const sp of spans) {
    const named = meetingBody(sp);
    // The meeting's own date is written beside it (李强12月2日主持召开…会议, "held a meeting on 2 December").
    if (named) meeting = { body: named.body, date: sp.dates.find((d) => Math.abs(d.index - named.at) <= 30)?.date };
    if (!meeting) continue;
    const { body: by, date } = meeting;
    for (const pf of found.filter((f) => f.sentence.index === sp.sen.index && f.t.label === 'Policy' && f.issuers.length === 0)) {
      const lead = sp.s.slice(0, pf.t.verbAt ?? pf.t.start).replace(/(?:审议)?(?:通过|批准)了?\s*$/u, '');
      if (!subject.test(lead)) continue;
      pf.issuers = [by];
      pf.issued = true;
      pf.date ??= date ?? found.find((f) => f.sentence.index < sp.sen.index && f.issuers.includes(by) && f.date)?.date ?? published?.slice(0, 7);
      pf.rules = ['issue.meeting-subject', 'issue.meeting-body'];
      // The Premier's meeting names the State Council only through him: the body is registered here.
      const e = K.byId.get(by);
      if (e && !reg.entities.has(by)) reg.add({ ...entryFound(e), rule: 'issue.meeting-body' }, sp.sen.text, sp.sen.index);
    }
  }
}

/** The body whose meeting the sentence names, if any, and where. */
function meetingBody(sp: SentenceSpans): { body: string; at: number } | undefined {
  if (!/meeting|会议/u.test(sp.s)) return undefined;
  let found: { body: string; at: number } | undefined;
  const agencies = sp.actors.filter((a) => a.label === 'Agency');
  for (const m of sp.s.matchAll(globalPattern('issue.meeting-body'))) {
    const g = m.groups!;
    const who = g.premier ? STATE_COUNCIL : g.of !== undefined ? agencies.find((a) => a.start === m.index + m[0].length)?.id : agencies.find((a) => a.end === m.index)?.id;
    if (who) found = { body: who, at: m.index };
  }
  return found;
}

/** 本细则草案前于114年7月3日预告: the draft of the text this page issues (the last issued one of that kind word), a
 *  policy of its own named by the title and 草案, dated by its clause; issued by the same bodies when the clause puts it
 *  out for comment (预告, 征求意见). The final then supersedes it (succession.ts: same title, draft and final). */
export function thisDraft(found: PolicyFrame[], spans: SentenceSpans[]): void {
  const rule = ruleById('title.this-draft.zh');
  for (const sp of spans) {
    const m = /草案|征求意见稿|送审稿/u.test(sp.s) ? rule.pattern.exec(sp.s) : null;
    if (!m) continue;
    const kind = m.groups!.kind!;
    // (…修正条文, the amended articles, is what 本修正草案 drafted.)
    const current = [...found].reverse().find((f) => f.sentence.index <= sp.sen.index && f.t.label === 'Policy' && f.t.status !== 'draft' && f.issued && toSimplified(f.t.title).replace(/条文$/u, '').endsWith(kind));
    if (!current || found.some((f) => f.t.status === 'draft' && titleKey(f.t.title).startsWith(titleKey(current.t.title)))) continue;
    const clause = sp.s.slice(m.index + m[0].length).split(/[，。；]/u)[0]!;
    const date = sp.dates.find((d) => d.index >= m.index + m[0].length && d.index <= m.index + m[0].length + clause.length)?.date;
    const put = /预告|征求意见|公示/u.test(clause);
    found.push({
      t: { start: m.index, end: m.index + m[0].length, title: `${current.t.title.replace(/条文$/u, '')}${m.groups!.draft!}`, label: 'Policy', kind: current.t.kind, status: 'draft' },
      id: 'pending', sentence: sp.sen, issuers: put ? [...current.issuers] : [], issued: put, ...(date ? { date } : {}), rules: [rule.id],
    });
  }
}
