// Issue frames: who issued a title. The agents are a chain of actors before the issuing verb in the verb's own
// clause (active), after "issued by" (passive), in a relative clause ("which X passed"), or named in the title
// itself (《X关于Y的意见》, "Opinions of the X on Y").
import type { Mention } from '../mentions.ts';
import type { TitleMention } from '../policies.ts';
import { HEAD_OF_GOVERNMENT_EN, ISSUE_VERB_ZH, JOIN_ZH, MANNER_ZH, PARTNER_ZH, PRODUCT_BEFORE_TITLE_ZH, PROMULGATE_VERB_ZH, REVISE_ZH } from '../rules/fragments.ts';
import { ASKED_ZH, OWED_ZH, TO_COME_ZH } from '../rules/frames.ts';
import { globalPattern, ruleById } from '../rules/index.ts';
import type { Actor } from '../spans/types.ts';

const HAN = /\p{Script=Han}/u;

/** Actors that issued title t: a chain before its verb in the same clause, or after "issued by". */
export function issuersOf(s: string, t: TitleMention, actors: Actor[], clauseStart: number, titles: TitleMention[]): string[] {
  const after = s.slice(t.end);
  // 在修订《X》时统筹考虑…, 在制定《X》的过程中: the time of an act under way or to come, not an act done.
  if (WHILE_ACT_ZH.test(s.slice(0, t.start)) && DURING_AFTER_ZH.test(after)) return [];
  const named = agentsAfterTitle(s, t, actors, after);
  if (named.length) return issuerIds(named);
  const joined = joinedToPassive(s, t, actors);
  if (joined.length) return issuerIds(joined);
  // Active: actors before the verb (or before the title in Chinese) after the clause start.
  const before = s.slice(clauseStart, t.start);
  const zhVerb = zhVerbBefore(before, after);
  if (t.verbAt === undefined && !zhVerb) {
    const owners = ownersBefore(s, t, actors);
    return issuerIds(owners.length > 0 ? owners : listedIssuers(s, before, clauseStart, actors));
  }
  const agents = verbClauseAgents(s, t, actors, clauseStart, titles, before);
  return issuerIds(agents.length > 0 && !HAN.test(before) ? [...agents, ...coIssuersAfter(s, t, actors, after)] : agents);
}

/** "issued the X jointly with B", "…, a document it co-signed with B and C": the bodies after "with" issued it too. */
function coIssuersAfter(s: string, t: TitleMention, actors: Actor[], after: string): Actor[] {
  return /\bwith\b/.test(after) ? chainAfterTitle(s, t, actors, after, 'issue.co-issuers-after.en') : [];
}

/** The issuers' ids: no body named only to say whose another is, no place. */
const issuerIds = (list: Actor[]): string[] => [...new Set(list.filter((a) => !a.asParent && a.label !== 'Region').map((a) => a.id))];

/** Agents written after the title or around it, in precedence order: passive ("issued by"), Chinese 由/经, a fronted
 *  participle, a relative clause; none when no voice names them. */
function agentsAfterTitle(s: string, t: TitleMention, actors: Actor[], after: string): Actor[] {
  // Passive: 'the "X" issued by A and B'; 'the "X (Draft)" is publicly soliciting opinions on the website of B'.
  for (const rule of ['issue.passive-by.en', 'issue.solicit-comments.en', ...(t.keyedByIssuer ? ['issue.from-agent.en'] : [])]) {
    const chain = chainAfterTitle(s, t, actors, after, rule);
    // "drafted by A and issued by B": A only wrote it; the bodies after the second "by" issued it.
    const then = chain.length && DRAFTED_BY_EN.test(after) ? THEN_ISSUED_BY_EN.exec(s.slice(chain[chain.length - 1]!.end)) : null;
    if (then) {
      const from = chain[chain.length - 1]!.end + then[0].length;
      const issuers = chainFrom(s, actors.filter((a) => a.start >= from - 1), from);
      if (issuers.length) return issuers;
    }
    if (chain.length) return chain;
  }
  // 《X》由甲牵头，会同乙联合制定, 《X》经甲审议通过: the bodies between 由/经 and the verb, joined by linking words.
  if (HAN.test(after.slice(0, 4)) || /^\s*(?:19|20)\d{2}年/.test(after)) {
    const chain = zhPassiveChain(s, t, actors);
    if (chain.length) return chain;
  }
  // 《X》近日发布，发布单位为甲: a record's field written in the title's sentence.
  if (/(?:单位|机关|机构|部门)/u.test(after)) {
    const field = chainAfterTitle(s, t, actors, after, 'issue.issuer-field-after.zh');
    if (field.length) return field;
  }
  // "Released on March 12 by A together with B, the X …": the participle's agents issued the title after it.
  const fronted = frontedChain(s, t, actors);
  if (fronted.length) return fronted;
  // "Voting to pass the X on D, the Standing Committee …": the main clause's subject voted it through.
  const voted = votedBy(s, t, actors, after);
  if (voted.length) return voted;
  // "the X, on which it solicited comments": the body named there, or for a pronoun the sentence's first body.
  const solicited = ruleById('issue.solicited-relative.en').pattern.exec(after);
  if (solicited?.groups?.agent) {
    const at = t.end + solicited[0].indexOf(solicited.groups.agent, solicited[0].indexOf('which'));
    const named = /^(?:it|they)$/.test(solicited.groups.agent) ? actors.filter((a) => a.label === 'Agency' && a.end <= t.start).slice(0, 1) : chainFrom(s, actors.filter((a) => a.start >= at - 1), at);
    if (named.length > 0) return named;
  }
  // Relative: 'the X, which Congress passed in 2016'.
  const relative = chainAfterTitle(s, t, actors, after, 'issue.relative-which.en', 0);
  // ("a notice the X issued": a text named by its kind word may drop the pronoun.)
  const chain = relative.length > 0 || !t.keyedByIssuer ? relative : chainAfterTitle(s, t, actors, after, 'issue.reduced-relative.en', 0);
  const last = chain[chain.length - 1];
  // ("which the Ministry of Science and Technology (MOST) issued": the body's short name in brackets is no gap.)
  if (!last || !ruleById('issue.verb-after-actor.en').pattern.test(s.slice(last.end).replace(/^\s*\([A-Za-z]{2,12}\)/, ''))) return [];
  // "which Premier Li Qiang signed": the premier signs for the State Council.
  const premier = PREMIER_BEFORE.test(s.slice(Math.max(0, chain[0]!.start - 20), chain[0]!.start));
  return premier ? [{ id: STATE_COUNCIL, start: chain[0]!.start, end: chain[0]!.start, label: 'Agency' }, ...chain] : chain;
}

const PREMIER_BEFORE = new RegExp(`\\b${HEAD_OF_GOVERNMENT_EN}\\s+$`);
const STATE_COUNCIL = 'agency:cn/state-council';

/** "The regulations, adopted by the State Council in 2023 along with the Y": the chain after "by" passed Y too; "The
 *  council adopted the act in 2024, together with the Y": so did the subject of the active verb. */
function joinedToPassive(s: string, t: TitleMention, actors: Actor[]): Actor[] {
  const before = s.slice(Math.max(0, t.start - 240), t.start);
  if (!/(?:together|along)\s+with\s+(?:the\s+)?$/.test(before)) return [];
  const offset = t.start - before.length;
  const m = ruleById('issue.joined-to-passive.en').pattern.exec(before);
  if (m?.groups?.agents) {
    const from = offset + m.index + m[0].length - m[0].slice(m[0].indexOf(m.groups.agents)).length;
    return chainFrom(s, actors.filter((a) => a.end > from), from);
  }
  const active = ruleById('issue.joined-to-active.en').pattern.exec(before);
  return active ? chainBefore(s, actors, offset + active.index) : [];
}

/** The chain of bodies ending right before a verb at `verbAt` (A and B have jointly issued). */
function chainBefore(s: string, actors: Actor[], verbAt: number): Actor[] {
  const bodies = actors.filter((a) => a.label === 'Agency' && !a.asParent && a.end <= verbAt).sort((a, b) => b.start - a.start);
  const last = bodies[0];
  if (!last || !VERB_GAP_EN.test(s.slice(last.end, verbAt))) return [];
  const out = [last];
  const gap = ruleById('issue.joint-chain-gap').pattern;
  for (const a of bodies.slice(1)) {
    if (!gap.test(s.slice(a.end, out[0]!.start))) break;
    out.unshift(a);
  }
  return out;
}
const VERB_GAP_EN = /^\s*(?:\([^)]{1,16}\)\s*)?(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$/;

/** The chain of actors right after the words `rule` matches in the text after the title (`after`). */
function chainAfterTitle(s: string, t: TitleMention, actors: Actor[], after: string, rule: string, from0 = -1): Actor[] {
  const m = ruleById(rule).pattern.exec(after);
  if (!m) return [];
  const from = t.end + m[0].length;
  // ("which the State Council promulgated": a name whose alias holds the article starts after the title, inside the match.)
  return chainFrom(s, actors.filter((a) => a.start >= from - 1 || (a.end > from && (from0 < 0 || a.start >= t.end))), from);
}

/** A Chinese issuing verb right before the title (发布《X》, 就《X》征求意见). */
function zhVerbBefore(before: string, after: string): boolean {
  // 公告「X」自114年1月1日施行: announcing the day an act takes effect does not issue it.
  const effectiveOnly = /公告\s*$/.test(before) && /^\s*自[^，。；]{2,16}(?:施行|生效|实施)/.test(after);
  // 就《X》征求意见, 关于公开征求《X》意见: asking for comments on a draft puts it out.
  // 药审中心于2025年11月公开征求意见的《X》: a relative clause of the same act.
  const solicited = (/就\s*$/.test(before) && ruleById('issue.solicit-comments.zh').pattern.test(after)) || (/(?:征求|征集)\s*$/.test(before) && ruleById('issue.solicit-around-title.zh').pattern.test(after)) || /(?:公开)?(?:征求|征集)(?:社会)?意见的\s*$/.test(before);
  return !effectiveOnly && (ruleById('issue.verb-before-title.zh').pattern.test(before.replace(/\s+$/, '')) || solicited);
}

/** The actors of the verb's own clause, before it and after the title before; none when the act is not done. */
function verbClauseAgents(s: string, t: TitleMention, actors: Actor[], clauseStart: number, titles: TitleMention[], before: string): Actor[] {
  const verbAt = t.verbAt ?? t.start;
  const prevTitleEnd = Math.max(clauseStart, ...titles.filter((x) => x.end <= t.start).map((x) => x.end));
  // 该局向甲公司核发《X》: the body after 向 receives it.
  const recipient = ruleById('issue.recipient-before.zh').pattern;
  const cands = actors.filter((a) => a.end <= verbAt && a.start >= prevTitleEnd && !(HAN.test(before) && recipient.test(s.slice(Math.max(0, a.start - 24), a.start))) && !inDocNumber(s, a));
  // "A has approved …, and B launched X" / "A表示，指南将与B发布的《X》衔接": only the actors of the verb's own clause.
  const cut = HAN.test(s.slice(Math.max(0, verbAt - 2), verbAt)) ? zhClauseStart(s, verbAt) : lastClauseBreak(s.slice(0, verbAt));
  // 甲收到乙颁发的《X》: in a relative clause before a title, the issuer follows the receiving verb.
  const recv = HAN.test(before) && RECEIVED_OF.test(before.trimEnd()) ? Math.max(...[...before.matchAll(globalPattern('issue.receiver-before.zh'))].map((m) => clauseStart + m.index + m[0].length), 0) : receivedFrom(before, clauseStart);
  // 甲局在长沙举行颁证仪式，向乙公司核发《X》: a clause opened by 向 names whom it goes to; its subject is the clause's before.
  if (HAN.test(before) && /^\s*(?:并|再|正式)?(?:向|给)/.test(s.slice(cut, verbAt))) {
    const prev = zhClauseStart(s, Math.max(0, cut - 1));
    const subject = actors.filter((a) => a.label === 'Agency' && !a.asParent && a.start >= prev && a.end <= cut);
    if (subject.length > 0) return subject.slice(0, 1);
  }
  // 尚未出台《X》, 仍未公布, "has not yet issued", "never issued": a negated act issued nothing; nor does a clause that
  // only says it will (…表示，将于明年印发《X》; 下一步拟出台《X》): the subject of the clause before plans it.
  if (NEGATED_ACT.test(s.slice(cut, verbAt)) || (HAN.test(before) && FUTURE_ACT_ZH.test(s.slice(cut, verbAt)))) return [];
  const relative = HAN.test(before) ? relativeChainZh(s, t, cands) : [];
  if (relative.length > 0) return relative;
  const own = cands.filter((a) => a.start >= Math.max(cut, recv));
  // …须先经卫福部核准，2024年公布的「再生医疗法」施行后: a clause that is only a time and 公布的 dates the title, and names no
  // issuer — the body of another clause did another act.
  if (own.length === 0 && HAN.test(before) && AGENTLESS_PUBLISHED_ZH.test(s.slice(cut, t.start))) return [];
  const first = (own.length > 0 ? own : cands)[0];
  if (first && HAN.test(before) && notDoneZh(s, first, verbAt)) return [];
  // 甲公告《A》…，并同步预告《B》: a clause opened by 并/同时 keeps the sentence's subject.
  if (own.length === 0 && cands.length === 0 && HAN.test(before) && /^\s*(?:并且?|同时|并同步)/.test(s.slice(cut))) {
    return actors.filter((a) => a.end <= cut);
  }
  // 管委会副主任X介绍，黄埔区去年出台的《Y》: the speakers' clause is done; the place that opens the verb's clause acted.
  if (own.length === 0 && HAN.test(before) && PLACE_SUBJECT_ZH.test(s.slice(cut, verbAt)) && cands.every((a) => SPEAKER_CLAUSE_ZH.test(s.slice(a.end)))) return [];
  return own.length > 0 ? own : notSpeakers(s, cands);
}
// A text drafted by one body and issued by another ("drafted by A and issued by B", "formulated by A and released by B on D").
const DRAFTED_BY_EN = /^[^.;]{0,80}?\b(?:drafted|formulated|compiled|prepared|written)\s+(?:\w+\s+){0,2}?by\b/i;
const THEN_ISSUED_BY_EN = /^\s*\)?\s*,?\s+and\s+(?:(?:was|were|then|later|subsequently|jointly|officially|formally)\s+)*(?:issued|released|published|promulgated|printed\s+and\s+distributed|approved|adopted)\s+(?:(?:on|in)\s+[^,;.]{2,30}?\s+)?by\s+(?:the\s+)?/i;
const WHILE_ACT_ZH = /(?:^|[，,。；：])\s*(?:将|拟|会)?(?:在|于)\s*(?:[\p{Script=Han}]{0,4}?)(?:修订|修改|制定|起草|编制|研究|出台|印发)\s*$/u;
const DURING_AFTER_ZH = /^\s*[)）]?\s*(?:时|之时|的?过程中|期间|之际|工作中)/u;
// A negation right before the issuing verb of its clause, in either language (未经/未来 are no negation of the act).
const NEGATED_ACT = new RegExp(`(?:尚未|仍未|并未|从未|未曾|未能|还未|还没有?|并没有|没有|尚待|不会|未(?!来|经|按|依|满))(?:正式|公开|对外)?(?:${ISSUE_VERB_ZH})?\\s*$|\\b(?:not|never|yet\\s+to)(?:\\s+(?:yet|formally|officially|publicly|been|ever))*\\s*$`, 'iu');
// A clause whose subject is a place (its government, unnamed), then only the act's time before the verb.
const PLACE_SUBJECT_ZH = new RegExp(`^\\s*[\\p{Script=Han}]{1,8}?(?:省|市|区|县|州)(?:去年|今年|前年|上年|近日|日前|此前|近期|已经?|于|在|(?:19|20)\\d{2}年|\\d{1,2}月|底|初)*(?:${ISSUE_VERB_ZH}了?的?)?\\s*$`, 'u');

// A relative clause's issuing verb right before the title (…联合印发的《X》), and what may stand between its chain and it.
const RELATIVE_VERB_ZH = new RegExp(`${MANNER_ZH}(?:${ISSUE_VERB_ZH}${REVISE_ZH}?|修订|修正)的\\s*$`, 'u');
const ACT_TIME_ZH = /^(?:于|在)?(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日)?|今年|去年|此前|近期|近日)?$/u;
const TIME_BEFORE_CHAIN_ZH = /(?:于|在)?(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?|今年|去年|此前)\s*$/u;

/** 甲将依据乙、丙联合印发的《X》: after a word of acting under a text, the relative clause's own chain (right before its
 *  verb) issued X; none when the title has no such clause. */
function relativeChainZh(s: string, t: TitleMention, cands: Actor[]): Actor[] {
  const v = RELATIVE_VERB_ZH.exec(s.slice(0, t.start));
  if (!v) return [];
  const chain: Actor[] = [];
  let pos = v.index;
  for (const a of [...cands].sort((x, y) => y.end - x.end)) {
    if (a.end > pos) continue;
    const gap = s.slice(a.end, pos);
    if (chain.length === 0 ? !ACT_TIME_ZH.test(gap) : !ZH_CHAIN_GAP.test(gap)) break;
    chain.unshift(a);
    pos = a.start;
  }
  const lead = s.slice(Math.max(0, pos - 30), pos).replace(TIME_BEFORE_CHAIN_ZH, '');
  return chain.length > 0 && ruleById('issue.relative-under.zh').pattern.test(lead) ? chain : [];
}

/** 甲公司于D获乙局核发《X》: where the issuers of a received permit start (after the receiving verb); 0 if none. */
function receivedFrom(before: string, clauseStart: number): number {
  const m = HAN.test(before) ? ruleById('issue.received-permit.zh').pattern.exec(before.trimEnd()) : null;
  return m?.groups?.recv ? clauseStart + m.index + m.groups.recv.length : 0;
}

/** An act a Chinese sentence asks for or plans, around its first actor: not done, so no one issued the title. */
function notDoneZh(s: string, first: Actor, verbAt: number): boolean {
  // 二是由国家卫生健康委修订《X》, 建议由…制定: what a proposal asks a body to do is not done.
  // 国家卫生健康委将会同国家药监局修订《X》, 食药署亦将于近期发布「X」: what a body will do is not done.
  // 表示将会同省药监局研究起草《X》: the partner of a planned act does not issue either.
  // 一、由省卫生健康委牵头，会同省药监局研究制定《X》: a task assigned (in a plan or a proposal's asks) is not done either.
  return SUGGESTED_ACT_ZH.test(s.slice(Math.max(0, first.start - 12), first.start)) || (FUTURE_ACT_ZH.test(s.slice(first.end, verbAt)) && !OTHER_CLAUSE_BEFORE_VERB_ZH.test(s.slice(first.end, verbAt))) || FUTURE_PARTNER_ZH.test(s.slice(Math.max(0, first.start - 8), first.start)) || ASSIGNED_LEAD_ZH.test(s.slice(Math.max(0, first.start - 50), first.start));
}

/** Where the Chinese clause ending at `at` starts: after its last ，；： outside brackets (a product's （商品名：X） is no break). */
function zhClauseStart(s: string, at: number, marks = '，；：'): number {
  // The last mark, when no bracket closes between it and `at` (the usual case, found natively).
  let last = -1;
  for (const m of marks) last = Math.max(last, s.lastIndexOf(m, at - 1));
  if (!/[)）]/u.test(s.slice(last + 1, at))) return last + 1;
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = s[i]!;
    if (c === ')' || c === '）') depth++;
    else if ((c === '(' || c === '（') && depth > 0) depth--;
    else if (depth === 0 && marks.includes(c)) return i + 1;
  }
  return 0;
}

// (国办发〔2024〕53号): a body's short name opening a document number names whose number it is, not who acts here.
const DOC_NUMBER_AFTER = /^\p{Script=Han}{0,3}\s*[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]/u;
const inDocNumber = (s: string, a: Actor): boolean => /[(（]\s*$/u.test(s.slice(Math.max(0, a.start - 2), a.start)) && DOC_NUMBER_AFTER.test(s.slice(a.end));

// 国家药监局表示，近年来，药审中心…，先后发布《X》: who speaks (X表示，) is not who issued, when another body acts after it.
const SPEAKER_CLAUSE_ZH = /^[^，。；]{0,6}(?:表示|指出|介绍|强调|称)[，,：:]/u;
function notSpeakers(s: string, cands: Actor[]): Actor[] {
  const acting = cands.filter((a) => !(HAN.test(s.slice(a.end, a.end + 1)) && SPEAKER_CLAUSE_ZH.test(s.slice(a.end))));
  return acting.length > 0 && acting.length < cands.length ? acting : cands;
}

// What may stand between the bodies of a 由…制定 chain, and after the last one before the verb.
const FRONTED_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+(?:together|along)\s+with\s+|,?\s+as\s+well\s+as\s+)(?:the\s+)?$/;
// After the chain, before the title: at most one more party the gazetteer does not know ("and the provincial drug regulator"),
// then the act's time ("… by A and B on April 28, the X").
const FRONTED_TAIL = /^(?:,?\s+(?:and|together\s+with|along\s+with)\s+[^,]{3,60}?)?(?:\s+(?:on|in)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?|[A-Z][a-z]{2,8}(?:\s+\d{4})?|(?:19|20)\d{2})|\s+(?:last|this)\s+(?:week|month|year))?\s*,\s*(?:the\s+)?$/;

function frontedChain(s: string, t: TitleMention, actors: Actor[]): Actor[] {
  const m = ruleById('issue.fronted-participle.en').pattern.exec(s);
  if (!m || t.start < m[0].length) return [];
  const out: Actor[] = [];
  let pos = m[0].length;
  for (const a of actors.filter((x) => x.start >= pos && x.end <= t.start).sort((x, y) => x.start - y.start)) {
    if (out.length === 0 ? a.start !== pos : !FRONTED_GAP.test(s.slice(pos, a.start))) break;
    if (!a.asParent) out.push(a);
    pos = a.end;
  }
  return out.length > 0 && FRONTED_TAIL.test(s.slice(pos, t.start)) ? out : [];
}

// Between the title and the voting body: the act's time, then the comma that ends the clause.
const VOTE_TAIL = /^(?:\s+(?:on|in)\s+[^,;]{2,30}?|\s+(?:last|this)\s+\w+)?\s*,\s*(?:the\s+)?$/;

function votedBy(s: string, t: TitleMention, actors: Actor[], after: string): Actor[] {
  if (!ruleById('issue.fronted-vote.en').pattern.test(s.slice(0, t.start))) return [];
  const body = actors.find((a) => a.start >= t.end && a.label === 'Agency' && !a.asParent);
  return body && VOTE_TAIL.test(after.slice(0, body.start - t.end)) ? [body] : [];
}

const RECEIVED_OF = new RegExp(`的${PRODUCT_BEFORE_TITLE_ZH}?$`, 'u');
// (解读近日出台的《X》, 学习贯彻日前印发的《X》: the clause's own act on a text someone issued, its subject not the issuer.)
const AGENTLESS_PUBLISHED_ZH = new RegExp(`^\\s*(?:(?:解读|介绍|宣讲|宣传|学习|贯彻|落实|学习贯彻|贯彻落实|执行|围绕)[了好]?)?(?:(?:于|在)?(?:(?:19|20)\\d{2}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?|去年|今年|前年|此前|早前|近日|日前|近期|最近|新近)(?:\\d{1,2}月)?)\\s*(?:正式)?(?:${PROMULGATE_VERB_ZH}|${ISSUE_VERB_ZH})的\\s*[《「“"]?\\s*$`, 'u');
// (甲预计明年完成评估，此前已印发《X》: what the subject's first clause forecasts is not the act of a later clause done.)
const OTHER_CLAUSE_BEFORE_VERB_ZH = /[，,；;][^，,；;]*(?:已|已经|此前|之前|早前|曾)[^，,；;]*$/u;
const FUTURE_PARTNER_ZH = new RegExp(`${TO_COME_ZH}${PARTNER_ZH}\\s*$`, 'u');
// (正研究修订《X》, 正在研究制定: an act being studied is not done either.)
// (尽快出台, 早日发布: an act urged, not done.)
// (正抓紧制定: under way, 正 before the word; 正式 is no such 正.)
const FUTURE_ACT_ZH = new RegExp(`^\\s*(?:亦|也|还|并|同时)?(?:未来|今后|下一步|近期)?(?:应当?|需要?)?(?:正(?!式))?${TO_COME_ZH}(?!其)`, 'u');
const ASSIGNED_LEAD_ZH = new RegExp(`(?:^|[。；：:]|[一二三四五六七八九十]、|\\d+[.、．]|[一二三四五六七八九十]是)\\s*由[^，。；]{2,30}牵头[，,]\\s*${PARTNER_ZH}\\s*$`, 'u');
// (建议国家药监局出台《X》: the body a proposal asks, with or without 由.)
const SUGGESTED_ACT_ZH = new RegExp(`(?:(?:[一二三四五六七八九十]是|${OWED_ZH})\\s*由|${ASKED_ZH}\\s*(?:[，,]\\s*由|由)?)\\s*$`, 'u');
const ZH_CHAIN_GAP = new RegExp(`^(?:\\s*${JOIN_ZH}\\s*)*$`, 'u');

function zhPassiveChain(s: string, t: TitleMention, actors: Actor[]): Actor[] {
  // 根据《A》和《B》，经甲组织起草…: a text the clause names as its basis is not what the next clause's 经/由 made.
  if (BASIS_CLAUSE_ZH.test(s.slice(zhClauseStart(s, t.start), t.start))) return [];
  const m = ruleById('issue.passive-by.zh').pattern.exec(s.slice(t.end));
  if (!m?.groups?.agents) return [];
  const from = t.end + m[0].indexOf(m.groups.agents, m[0].search(/由|经/));
  const to = from + m.groups.agents.length;
  const inside = actors.filter((a) => a.start >= from && a.end <= to && !a.asParent).sort((a, b) => a.start - b.start);
  if (inside.length === 0 || inside[0]!.start !== from) return [];
  for (let i = 1; i < inside.length; i++) if (!ZH_CHAIN_GAP.test(s.slice(inside[i - 1]!.end, inside[i]!.start))) return inside.slice(0, i);
  // 经立法院于113年6月4日三读通过: the time of the act may stand between the last body and its verb; so may the law it
  // acts under (由管理局(管理局)根据《X条例》第29条订立).
  // 由省人大常委会第二十一次会议于D通过: so may the body's numbered meeting that passed it.
  return ZH_CHAIN_GAP.test(s.slice(inside[inside.length - 1]!.end, to).replace(ZH_ACT_TIME, '').replace(ZH_MEETING, '').replace(ZH_ACT_BASIS, '')) ? inside : [];
}
const ZH_MEETING = /^\s*第[一二三四五六七八九十百零〇\d]{1,6}次(?:全体|常务|主任)?会议(?:审议)?\s*/u;
const BASIS_CLAUSE_ZH = /^\s*(?:根据|依据|依照|按照|遵照|参照)/u;
// (also a part of a month or year: 于11月下旬, 于今年三季度, 于2025年底)
const ZH_ACT_TIME = /(?:于|在)\s*(?:(?:\d{2,4}年|今年|去年|本年)?(?:\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|初|底|末)?|[一二三四1-4]季度|第[一二三四]季度|[上下]半年|初|底|末)|\d{2,4}年|今年|去年|近日|日前)\s*$/u;
const ZH_ACT_BASIS = /^\s*(?:\([^()]{1,12}\))?\s*(?:根据|依据|依照|按照|依)《[^《》]{2,60}》(?:\([^()]{1,12}\))?(?:第[^，。；]{1,12}条)?\s*$/u;

/** 贯彻落实国家发展改革委《X》, "the State Council's Overall Plan for X": a body written right before a title (its own 的
 *  or 's at most) is whose text it is. */
export function ownerBefore(s: string, t: TitleMention, actors: Actor[]): Actor | undefined {
  const zh = HAN.test(s.slice(Math.max(0, t.start - 2), t.start));
  // (甲《X》 machine-translated keeps its order: the body, then the quoted title in Chinese word order.)
  const mt = !zh && t.rule === 'title.quoted-mt-word-order.en';
  if (!zh && !mt && !/['’]s\s/.test(s.slice(Math.max(0, t.start - 20), t.start))) return undefined;
  const gap = ruleById(zh ? 'issue.owner-before-title.zh' : mt ? 'issue.owner-before-title.mt.en' : 'issue.possessive-before-title.en').pattern;
  // 通过食药署「X」（GTP）查核: the body inspects under X, its standard; whose text X is the sentence does not say.
  if (zh && INSPECTED_UNDER_ZH.test(s.slice(t.end, t.end + 16))) return undefined;
  const owner = actors.find((a) => a.label === 'Agency' && !a.asParent && a.end <= t.start && gap.test(s.slice(a.end, t.start)));
  return owner && !ruleById('issue.recipient-before.zh').pattern.test(s.slice(Math.max(0, owner.start - 24), owner.start)) ? owner : undefined;
}

const INSPECTED_UNDER_ZH = /^[」》"”]?\s*(?:\([^()]{1,12}\))?\s*(?:符合性)?(?:查核|检查|核查|认证|审查)/u;

/** The owner and the bodies joined to it before it (国家卫生健康委办公厅、国家药监局综合司《X》). */
export function ownersBefore(s: string, t: TitleMention, actors: Actor[]): Actor[] {
  const owner = ownerBefore(s, t, actors);
  // 已通过食药署「Y」（GTP）及…查核: the body inspects against Y; passing its inspection says nothing of who made Y.
  if (!owner || (INSPECTED_BY_ZH.test(s.slice(Math.max(0, owner.start - 4), owner.start)) && INSPECTION_AFTER_ZH.test(s.slice(t.end)))) return [];
  const out = [owner];
  const bodies = actors.filter((a) => a.label === 'Agency' && !a.asParent && a.end <= owner.start).sort((a, b) => b.start - a.start);
  for (const a of bodies) {
    if (!/^(?:、|和|与|及|以及)$/.test(s.slice(a.end, out[0]!.start))) break;
    out.unshift(a);
  }
  return out;
}

const INSPECTED_BY_ZH = /(?:通过|经过|接受)\s*$/u;
const INSPECTION_AFTER_ZH = /^[^，。；]{0,40}?(?:查核|检查|核查|认证|审查|评审)/u;

/** The word that opens a list, right before a title (a cheap test before the rules' longer patterns). */
export const LIST_OPENED = /(?:如|包括|例如|比如|诸如|即|分别是|分别为|including|such\s+as|among\s+them|namely)\s*(?:the\s+)?$/;

/** 甲发布了多项指导原则，如《A》《B》, "A has released several guidelines, including the X": the actors before the verb
 *  in its clause issued the titles of the list. */
function listedIssuers(s: string, before: string, clauseStart: number, actors: Actor[]): Actor[] {
  if (!LIST_OPENED.test(before)) return [];
  const zh = HAN.test(before);
  const m = ruleById(zh ? 'issue.listed-after-verb.zh' : 'issue.listed-after-verb.en').pattern.exec(before);
  if (!m) return [];
  const verbAt = clauseStart + m.index;
  const cut = zh ? zhClauseStart(s, verbAt, '，；。') : lastClauseBreak(s.slice(0, verbAt));
  return actors.filter((a) => a.start >= cut && a.end <= verbAt);
}

/** 我中心组织起草了…, "our bureau issued the …": the writer names itself before an issuing verb. */
export const selfIssued = (clause: string, zh: boolean): boolean => ruleById(zh ? 'issue.self-reference.zh' : 'issue.self-reference.en').pattern.test(clause);

const JOINT_BODIES_BEFORE = /[A-Z][A-Za-z]{1,9}(?:-[A-Z][A-Za-z]{1,9}){1,4}\s+$/;
const NUMBERED_AFTER_BODY = /^\s+(?:Announcement|Notice)\s+No\.\s*\d/;

/** Bodies a title names as its own issuer: 《X关于Y的意见》, "Opinions of the X on Y". */
export function issuersInTitle(s: string, t: TitleMention, mentions: Mention[]): string[] {
  const out: string[] = [];
  // "the 2024 MOFCOM-NHC-NMPA pilot notice on X": the hyphenated bodies of the title's own words.
  // ("the 2024 MOFCOM-NHC-NMPA pilot notice on X": the hyphenated bodies right before the description.)
  if (t.rule === 'title.joint-described.en') {
    const bodies = JOINT_BODIES_BEFORE.exec(s.slice(Math.max(0, t.start - 60), t.start));
    const from = bodies ? t.start - bodies[0].length : t.start;
    return [...new Set(mentions.filter((m) => m.found.label === 'Agency' && m.start >= from && m.end <= t.start).map((m) => m.found.id))];
  }
  // 《甲 乙关于Y的通知》, 《甲、乙关于…》: the chain of bodies that opens the title, up to 关于.
  const inside = mentions.some((m) => m.found.label === 'Agency' && m.start >= t.start && m.start <= t.start + 2) ? mentions.filter((m) => m.found.label === 'Agency' && m.start >= t.start && m.end <= t.end).sort((a, b) => a.start - b.start) : [];
  const chain: Mention[] = [];
  for (const m of inside) {
    const prev = chain[chain.length - 1];
    if (prev ? !/^(?:\s*|、|和|与|及)$/.test(s.slice(prev.end, m.start)) : m.start > t.start + 2) break;
    chain.push(m);
  }
  const last = chain[chain.length - 1];
  // "NMPA Announcement No. 86 of 2025": the body that opens a numbered act issued it.
  if (last && (/^(?:关于|on\b|\s+on\b)/.test(s.slice(last.end).trimStart()) || /^关于/.test(s.slice(last.end)) || NUMBERED_AFTER_BODY.test(s.slice(last.end, t.end)))) out.push(...chain.map((m) => m.found.id));
  for (const m of mentions) {
    if (m.found.label !== 'Agency' || m.start < t.start || m.end > t.end) continue;
    if (/\b(?:of|by)\s+(?:the\s+)?$/.test(s.slice(t.start, m.start)) && /^\s+on\b/.test(s.slice(m.end)) && !out.includes(m.found.id)) out.push(m.found.id);
  }
  return out;
}

/** The items of a lower-case joint-issuer list (rule issue.joint-list.lowercase.en). */
export function lowercaseIssuers(clause: string): string[] {
  const m = ruleById('issue.joint-list.lowercase.en').pattern.exec(clause);
  if (!m?.groups?.list) return [];
  return m.groups.list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.replace(/^(?:the|and)\s+/i, '').trim()).filter((x) => x.split(/\s+/).length >= 2);
}

/** Where the clause of `text`'s end starts: after a conjunction clause break or (if `reported`) reported speech. */
export function lastClauseBreak(text: string, reported = true): number {
  let at = 0;
  // A reported clause has its own subject but shares the report's time ("June 3 … announced that NMPA has granted").
  if (reported) for (const m of text.matchAll(globalPattern('frame.reported-speech.en'))) at = m.index + m[0].length;
  for (const m of text.matchAll(globalPattern('frame.clause-break.en'))) {
    // "A, B, and C jointly issued": a comma-and between bodies is a list, not a new clause.
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (/\b(?:has|have|had|is|are|was|were|did|does|approved|said|says|announced|began|started)\b/.test(before)) at = m.index + m[0].length;
  }
  return at;
}

/** Actors joined into one list from `from` on (A, B and C / A、B和C). */
function chainFrom(s: string, actors: Actor[], from: number): Actor[] {
  const out: Actor[] = [];
  let pos = from;
  let closed = false;
  const gapRule = ruleById('issue.joint-chain-gap').pattern;
  for (const a of actors.sort((x, y) => x.start - y.start)) {
    // A name whose own words took the article ("the State Council" as one alias) starts just before `from`.
    const straddles = out.length === 0 && a.start < pos && a.end > pos;
    if (a.start < pos - 1 && !straddles) continue;
    const gap = straddles ? '' : s.slice(pos, a.start);
    if (out.length === 0 ? gap.trim().length > 0 && !/^(?:the\s+)?$/i.test(gap.trim()) : !gapRule.test(gap)) break;
    // "by A and B, C Hospital and D are …": a list closed by "and" ends at the next bare comma.
    if (closed && /^\s*[,、]\s*(?:the\s+)?$/i.test(gap)) break;
    if (out.length > 0 && /\band\b|[和及]/.test(gap)) closed = true;
    out.push(a);
    pos = a.end;
  }
  return out;
}
