// Frame rules: the words around a title or a body that say who issued it, where a clause starts, and when.
import { ALREADY_ZH, BODIES_NOUN_EN, BODIES_NOUN_ZH, MONTH_EN, AMEND_EN, APPROVE_VERBS_EN, ASPECT_ZH, BE_EN, BY_AGENT_EN, BY_AGENT_ZH, DATED_EN, DRAFT_VERB_ZH, HAVE_EN, HEAD_OF_GOVERNMENT_EN, HOW_ZH, ISSUE_VERB_EN, ISSUE_VERB_ZH, MANNER_EN, MANNER_ZH, NOT_ASKED_ZH, PASS_EN, PERMIT_VERB_ZH, PRODUCT_BEFORE_TITLE_ZH, PROMULGATE_VERB_ZH, PUBLISH_EN, PUBLISH_VERB_ZH, REVISE_ZH, STATED_ISSUE_VERB_ZH, WHEN_EN, WHEN_ZH, activeEn, frontedEn, passiveEn } from './fragments.ts';
import { FOR_COMMENT_EN } from './titles.ts';
import type { Rule } from './types.ts';

// An English issuing clause is read once, as its parts (the verb's own parts are in rules/fragments.ts: HAVE_EN, BE_EN,
// MANNER_EN, WHEN_EN, BY_AGENT_EN); each voice is the same parts in another order:
//   active      AGENT HAVE MANNER ISSUES TITLE               the NHC has jointly issued the X
//   passive     TITLE TAIL ASIDE BE MANNER ISSUED_BY WHEN BY AGENT   the X (Trial), which experts welcomed, was released on Friday by the NHC
//   fronted     ISSUED_BY WHEN BY AGENT, TITLE               Released on March 12 by the NHC, the X sets out …
//   relative    TITLE TAIL, which AGENT HAVE MANNER ISSUES   the X, which Congress passed
//   possessive  AGENT's TITLE                                the State Council's X
/** The issuing verbs (rules/fragments.ts): a text put out, passed or approved; the active past and the participle. */
const ISSUES_EN = activeEn(PUBLISH_EN, PASS_EN, APPROVE_VERBS_EN);
const ISSUED_BY_EN = passiveEn(PUBLISH_EN, PASS_EN, APPROVE_VERBS_EN);
/** A text revised by a body is that body's new version of it ("the Drug Administration Law, revised by the NPCSC in 2019"). */
const REVISED_BY_EN = passiveEn(AMEND_EN);
/** Right after a title, before its verb: its bracket ("(Trial)", "(Draft for Comment)"). */
const TITLE_TAIL_EN = '\\s*(?:\\([^)]*\\)\\s*)?';
/** A relative clause between a title and its verb (", on which experts commented widely,"), and the comma before the verb. */
const ASIDE_EN = '(?:,\\s*(?:(?:on|in|for|to|under|about|of)\\s+)?which\\s[^,;.]{0,120},\\s*)?,?\\s*';
/** The title's draft named after it, the passive's subject ("X: a revised draft was released by", "X, a draft of which was
 *  put out by"). */
const DRAFT_NAMED_EN = '(?:\\s*[:,]\\s*(?:a|the|its)\\s+(?:(?:revised|new|first|second|updated)\\s+)?(?:draft|version)(?:\\s+of\\s+which)?\\s+)?';
/** What a text was put out as, between its participle and "by" ("issued as a government policy document by the X"). */
const AS_WHAT_EN = '(?:as\\s+(?:an?|the)\\s+[a-z][a-z -]{2,40}?\\s+)?';
/** A passive whose agent is the meeting that decided ("approved at a State Council meeting"). */
const AT_MEETING_EN = '(?:adopted|approved|passed)\\s+at\\s+(?:a|an|the)\\s+(?=[A-Z])';
/** A title named again by its last words ("the Amendment Regulation", "the Measures"). */
const SHORT_TITLE_EN = '(?:[A-Z][a-z]+\\s+){0,3}(?:Regulations?|Ordinance|Bill|Measures|Rules|Plan|Guidelines?|Provisions|Opinions)';
// A Chinese issuing clause is read as its parts too (the verb's own in rules/fragments.ts: ALREADY_ZH, WHEN_ZH, BY_AGENT_ZH,
// HOW_ZH, MANNER_ZH, ASPECT_ZH, REVISE_ZH, JOIN_ZH); each voice is the same parts in another order:
//   active    AGENT MANNER ISSUES ASPECT TITLE                      国家药监局联合印发了《X》, 甲发布的《X》
//   passive   TITLE TAIL ALREADY WHEN BY AGENT HOW ISSUES           《X》（试行）已于D由甲会同乙联合制定, 经总统公布
//   stated    STATED_ISSUES ASPECT TITLE                            近日正式出台了《X》
//   hereby    TITLE CLOSE COMMA HEREBY PUBLISHES                    《X》，现予印发
//   solicit   AGENT 就 TITLE NOTE 征求意见 / AGENT 征求 TITLE 意见
/** Right after a Chinese title: its closing mark (of a title in brackets or quotes). */
const CLOSE_ZH = '[)）]?\\s*';
/** A note in brackets after a title, up to `max` characters: （试行）, （2026年第19号）, （以下简称本条例）. */
const NOTE_ZH = (max: number): string => `(?:[(（][^)）]{1,${max}}[)）])?`;
/** A comma before the clause that says what was done with the title. */
const COMMA_ZH = '[，,]?';
/** Right after a Chinese title, before its passive: its closing mark, a note, a comma. */
const TITLE_TAIL_ZH = `${CLOSE_ZH}${NOTE_ZH(20)}\\s*${COMMA_ZH}`;
/** The document's own words that it issues what it names: 现予印发, 特此公布. */
const HEREBY_ZH = '(?:现予|现将其|特此)?';
/** The Chinese verb-before-title voice: a body's act, not one it is asked for. */
const ISSUES_ZH = `${NOT_ASKED_ZH}${MANNER_ZH}(?:${ISSUE_VERB_ZH}${REVISE_ZH}?|修订|修正)${ASPECT_ZH}`;
/** Co-issuers named again by their number ("the same three bodies", "the two agencies", 上述三部门, 两部门): the issuers of
 *  the latest joint act before (frames/anaphora.ts). */
const SAME_BODIES_EN = `(?:the\\s+(?:same\\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+|both\\s+(?:the\\s+)?|the\\s+same\\s+)${BODIES_NOUN_EN}`;
const SAME_BODIES_ZH = `(?:(?:上述|以上|前述)(?:[两二三四五六七八九十]|\\d{1,2})?|[两二三四五六七八九十]|\\d{1,2})个?${BODIES_NOUN_ZH}`;
/** A text named by its kind word alone ("a circular", "the guideline"). */
const KIND_NOUN_EN = '(?:circular|notice|guideline|opinion|decision|plan|standard|measure|rule)';
/** How many texts a sentence names again ("The 12 measures, released by …"). */
const ANAPHOR_COUNT_EN = '(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)';
/** How many untitled texts a sentence announces: "a", "three", "a set of". */
const TEXT_COUNT_EN = '(?:an?|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}|several|a\\s+set\\s+of|a\\s+batch\\s+of)';

// A Chinese act not done: one list of the words that say so, read with two anchors — after the subject, right before
// the verb (frames/issue.ts: 甲将印发《X》, 建议由甲制定《X》), and right before the verb of a text named by its kind
// (policies.ts: 要求长沙片区尽快制定出台试点方案).
/** Words of an act still to come, planned, under way, studied, urged or forecast: 将, 拟, 计划, 正在(研究), 尽快, 早日, 有望, 预计. */
export const TO_COME_ZH = '(?:将|拟|计划|准备|即将|将要|将会|正在?研究|正在?研拟|正在?考虑|正在?筹备|正在|尽快|尽速|儘速|抓紧|加快|早日|及早|适时|有望|预计|預計)';
/** Words that ask for or back an act (a proposal's asks, a plan's support): 建议, 呼吁, 要求, 鼓励, 支持. */
export const ASKED_ZH = '(?:建议|呼吁|希望|提请|请求|要求|敦促|期待|期望|促请|鼓励|推动|支持)';
/** Words of a duty, owed and not done: 应, 应当, 需, 需要, 要. */
export const OWED_ZH = '(?:应当?|需要?|要)';

export const FRAME_RULES: Rule[] = [
  {
    id: 'span.zone-administration',
    stage: 'span',
    language: 'en',
    // Right after a zone's name: its administration ("… Special Area Administration", X管委会) is a body of its own.
    // Written in lower case too ("the Boao Lecheng Pilot Zone administration"), but not "administration of …".
    pattern: /^(?:\s+(?:Administration|Administrative\s+Committee|Management\s+Committee|Management\s+Bureau|Administration\s+Bureau|Authority|administration(?!\s+of\b))\b|(?:管委会|管理委员会|管理局))/,
    action: "Agency{the zone's management committee}",
    examples: { match: [' Management Committee said', '管委会发布', ' Administrative Committee of', ' administration jointly released'], noMatch: [' Management Office', '的管理工作', ' administration of drugs'] },
  },
  {
    id: 'frame.issue.zone-acts',
    stage: 'frame',
    language: 'en',
    // Right after a zone's name: it issues something, so its management committee acts ("X Development Area issued").
    pattern: new RegExp(`^(?:\\s*\\([^)]{1,20}\\))?(?:\\s+${HAVE_EN}${MANNER_EN}${activeEn(PUBLISH_EN)}\\b|(?:联合|正式|近日|日前)?(?:${PROMULGATE_VERB_ZH}|${DRAFT_VERB_ZH}))`),
    action: "ISSUED by the zone's management committee",
    examples: { match: [' (Pilot) has officially issued the', '正式印发《某某办法》', ' recently released a plan'], noMatch: [' is home to many firms', '的企业发布了产品'] },
  },
  {
    id: 'issue.from-agent.en',
    stage: 'frame',
    language: 'en',
    // "a 2024 notice from the National Health Commission that …": a text named by its kind word, then whose it is.
    pattern: /^\s*(?:(?:issued|released|published)\s+)?from\s+(?:the\s+)?(?=[A-Z])/,
    action: 'ISSUED by the chain of bodies after "from"',
    examples: { match: [' from the National Health Commission that', ' issued from the NMPA'], noMatch: [' from 2019', ' by the NHC'] },
  },
  {
    id: 'issue.reduced-relative.en',
    stage: 'frame',
    language: 'en',
    // "under a notice the Jiangsu Provincial Health Commission issued on Friday": a relative clause without its pronoun,
    // after a text named by its kind word (the verb after the bodies is checked as for issue.relative-which.en).
    pattern: /^\s+(?:that\s+)?(?:the\s+)?(?=[A-Z])/,
    action: 'ISSUED by the chain of bodies before the issuing verb',
    examples: { match: [' the Jiangsu Provincial Health Commission issued', ' that the NHC released'], noMatch: [', which the NHC issued', ' was issued by'] },
  },
  {
    id: 'issue.passive-by.en',
    stage: 'frame',
    language: 'en',
    // After a title: the passive with its agent, also past an aside (', on which experts commented,') and a time.
    // An agreement's signers may follow "between" ("the Memorandum on X concluded between A and B").
    pattern: new RegExp(`^${TITLE_TAIL_EN}${DRAFT_NAMED_EN}${ASIDE_EN}(?:${BE_EN})?${MANNER_EN}(?:(?:${ISSUED_BY_EN}|${REVISED_BY_EN}|made)\\s+${MANNER_EN}${FOR_COMMENT_EN}${AS_WHAT_EN}${WHEN_EN}${BY_AGENT_EN}|(?:signed|concluded|inked)\\s+${WHEN_EN}between\\s+(?:the\\s+)?|${AT_MEETING_EN})`, 'i'),
    action: 'ISSUED by the chain of bodies after "by"',
    examples: { match: [' issued by the ', ' (Trial), which was jointly released on Friday by the ', ', on which experts commented widely, was drafted by former ', ', which experts welcomed, were handed by the ', ' was passed by the ', ' were jointly issued on 22 July 2025 by the ', ', approved at a State Council meeting', ' were finalised by the ', ', which had been issued as a government policy document by the ', ' had been first published in Shanghai by the ', ' published June 16 by the ', ' was put out for public comment on Monday by the ', ': a revised draft was released by the ', ', a draft of which was published by the ', ', revised by the ', ' concluded between the ', ' signed in March between the '], noMatch: [' issued in 2020', ' concluded in 2024', ' was discussed between the ', ' was discussed by the ', ' approved at once', ' published June 16 in Beijing'] },
  },
  {
    id: 'issue.passive-by.zh',
    stage: 'frame',
    language: 'zh',
    // After a title: 由/经 and the bodies that made it (《X》由甲牵头，会同乙、丙联合制定; 《X》经甲审议通过), up to the
    // issuing verb of that clause (经甲同意/批准 says who approved it, not who issued it).
    // A regulation's note names the day and the meeting without 由 (（《X》2020年11月25日某省人大常委会第N次会议通过）).
    pattern: new RegExp(`^${TITLE_TAIL_ZH}${ALREADY_ZH}${WHEN_ZH}(?:${BY_AGENT_ZH}|(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日\\s*(?=[^。；]{2,60}?第[一二三四五六七八九十百\\d]{1,6}次(?:全体|常务)?会议))(?<agents>[^。；]{2,80}?)${HOW_ZH}(?:起草|${ISSUE_VERB_ZH})`),
    action: 'ISSUED by the chain of bodies after 由/经 (joined by 、和与及 会同 联合 牵头)',
    examples: { match: ['2019年3月28日某省人民代表大会常务委员会第九次会议通过', '由省发展改革委牵头，会同省科技厅联合制定', '经天津市人大常委会审议通过', '（试行）由国家卫生健康委印发', '已于2024年6月经总统公布', '（以下简称本条例）业于一百十三年六月十九日经总统公布'], noMatch: ['经省政府同意，现予实施', '由各地遵照执行'] },
  },
  {
    id: 'issue.fronted-participle.en',
    stage: 'frame',
    language: 'en',
    // "Released on March 12 by A together with B and C, the X sets out …": a sentence opened by the issuing participle
    // and its agents, then the title.
    pattern: new RegExp(`^(?:Jointly\\s+)?${frontedEn(PUBLISH_EN, PASS_EN, APPROVE_VERBS_EN)}\\s+${MANNER_EN}${WHEN_EN}${BY_AGENT_EN}`),
    action: 'ISSUED by the chain of bodies after "by", of the title right after the participle clause',
    examples: { match: ['Released on March 12 by the Zhejiang Provincial Development and Reform Commission together with', 'Jointly issued by the NHC and the NMPA, the', 'Adopted last week by the former CFDA, the'], noMatch: ['The plan was released by the NHC', 'Released in 2024, the plan'] },
  },
  {
    id: 'issue.fronted-vote.en',
    stage: 'frame',
    language: 'en',
    // "Voting to pass the X, the Standing Committee …", "After voting unanimously to adopt the X on May 2, the Assembly …":
    // a clause of the vote opens the sentence; the body that voted is the subject right after its comma.
    pattern: /^(?:(?:After|Before|In)\s+)?(?:voting|having\s+voted|unanimously\s+voting)\s+(?:unanimously\s+|overwhelmingly\s+)?(?:on\s+\w+\s+)?to\s+(?:pass|adopt|approve|enact)\s+(?:the\s+)?$/i,
    action: 'ISSUED by the body that opens the main clause after the title\'s clause',
    examples: { match: ['Voting to pass the ', 'After voting unanimously to adopt the ', 'Having voted to enact '], noMatch: ['Voting on the ', 'The committee voted to pass the ', 'Voters chose to pass the '] },
  },
  {
    id: 'issue.joined-to-active.en',
    stage: 'frame',
    language: 'en',
    // Before a title: an active clause that passed another text, then "together with" ("The council adopted the act in
    // 2024, together with the Y"): the clause's subject passed Y with it.
    pattern: new RegExp(`\\b${ISSUES_EN}\\s+(?:the\\s+)?[^,;.]{2,100}?(?:\\s+(?:on|in)\\s+[^,;.]{2,30}?)?,?\\s+(?:together|along)\\s+with\\s+(?:the\\s+)?$`),
    action: 'ISSUED by the actors right before the verb',
    examples: { match: ['The Legislative Council passed the bill in July 2025, together with the ', 'the bureau issued its guideline along with the '], noMatch: ['The bureau discussed the bill together with the ', 'issued together with the '] },
  },
  {
    id: 'issue.co-issuers-after.en',
    stage: 'frame',
    language: 'en',
    // After a title an active verb issued: the bodies it was issued with ("issued the X jointly with B", "… in conjunction
    // with B and C", "published the X (the "Y"), a document it co-signed with B and the C"): they issued it too.
    pattern: /^\s*(?:\([^()]{1,60}\)\s*)?(?:,?\s+(?:on|in)\s+[^,;.]{2,30}?)?(?:,?\s+(?:jointly|together|along)\s+with|\s+in\s+(?:conjunction|partnership|cooperation|collaboration)\s+with|\s*,\s*(?:a|an|the)\s+(?:[a-z]+\s+){0,2}(?:(?:that|which)\s+)?(?:it|they)\s+(?:co-?signed|co-?issued|co-?authored|jointly\s+(?:issued|signed|drafted)|issued\s+jointly|drafted)\s+with)\s+(?:the\s+)?/,
    action: 'ISSUED, besides the active verb\'s subject, by the chain after "with"',
    examples: { match: [' jointly with the ', ' in conjunction with ', ' (the "Guangxi Measures"), a document it co-signed with the ', ', a joint notice which they co-issued with the ', ' on Monday together with the ', ' on Friday, along with the '], noMatch: [' with the ', ', a document it sent to the ', ' after talks with the '] },
  },
  {
    id: 'issue.issuer-field-after.zh',
    stage: 'frame',
    language: 'zh',
    // After a title, in its sentence, a record's field written as prose: 《X》近日发布，发布单位为甲; 《X》的制定单位为甲和乙;
    // 發布機關為甲 (Taiwan): the bodies named there issued it (not 解读单位, 执行单位: who explains or applies it).
    pattern: /^[^《》。；]{0,20}?[，,]?\s*(?:发布|发文|印发|制定|起草|颁布|出台)(?:单位|机关|机构|部门)\s*(?:为|是|系|[:：])\s*/u,
    action: 'ISSUED by the chain after the field',
    examples: { match: ['近日发布，发布单位为', '的制定单位为', '昨日公布，发布机关为', '，发文单位是'], noMatch: ['的解读单位为', '发布后，执行单位为', '发布单位'] },
  },
  {
    id: 'issue.joined-to-passive.en',
    stage: 'frame',
    language: 'en',
    // Before a title: another text's passive clause and "together with" ("The regulations, adopted by the State Council in
    // 2023 along with the Y, set …"): the same bodies passed Y with it.
    pattern: new RegExp(`\\b${ISSUED_BY_EN}\\s+${MANNER_EN}${WHEN_EN}${BY_AGENT_EN}(?<agents>[^;.]{2,120}?)(?:\\s+(?:on|in)\\s+[^,;.]{2,30}?)?,?\\s+(?:together|along)\\s+with\\s+(?:the\\s+)?$`),
    action: 'ISSUED by the chain after "by"',
    examples: { match: ['Those regulations, adopted by the State Council in May 2023 together with the ', 'the rules, issued by the NHC and the NMPA along with the '], noMatch: ['The act, passed in June together with the ', 'the rules, discussed by experts together with the '] },
  },
  {
    id: 'issue.relative-which.en',
    stage: 'frame',
    language: 'en',
    // After a title: a relative clause whose subject may be the issuer ("the X, which Congress passed").
    // The agent may carry its post ("which Premier Li Qiang signed in September").
    pattern: new RegExp(`^${TITLE_TAIL_EN},?\\s*(?:which|that)\\s+(?:the\\s+)?(?:${HEAD_OF_GOVERNMENT_EN}\\s+)?`, 'i'),
    action: 'ISSUED by the chain after "which", when an issuing verb follows it (issue.verb-after-actor.en)',
    examples: { match: [', which the ', ' that Parliament', ', which Premier Li Qiang'], noMatch: [' and the ', ', while the'] },
  },
  {
    id: 'issue.verb-after-actor.en',
    stage: 'frame',
    language: 'en',
    // After the actors of a relative clause: the issuing verb that makes them the issuers.
    pattern: new RegExp(`^\\s+${HAVE_EN}${MANNER_EN}${ISSUES_EN}\\b`),
    action: 'confirms issue.relative-which.en',
    examples: { match: [' passed in 2016', ' has jointly issued'], noMatch: [' discussed it', ' passes'] },
  },
  {
    id: 'issue.verb-before-title.zh',
    stage: 'frame',
    language: 'zh',
    // Right before a Chinese title: the issuing verb (its manner, a revision, 了/的) whose subject issued it; one who
    // proposes a revision (提案修正「X」) issues nothing.
    // The product a licence is for may stand between 的 and the title (核准签发的KS-105注射液《…通知书》).
    pattern: new RegExp(`${ISSUES_ZH}${PRODUCT_BEFORE_TITLE_ZH}?$`, 'u'),
    action: 'ISSUED by the actors before the verb in its clause',
    examples: { match: ['国家药监局联合印发', '省政府修订了', '某委员会颁发的', '卫福部同步预告', '卫福部订定', '国家药监局核准签发的KS-105注射液'], noMatch: ['专家解读', '根据', '委员等人提案修正'] },
  },
  {
    id: 'issue.relative-under.zh',
    stage: 'frame',
    language: 'zh',
    // 省卫生健康委将依据国家卫生健康委、国家药监局联合印发的《X》: a text the subject acts under, named with a relative clause
    // (…印发的《X》) — the chain right before that clause's verb issued X, not the subject. This is the word of acting under
    // a text, right before that chain (a time may stand between).
    pattern: /(?:依据|根据|按照|依照|参照|对照|遵照|遵循|贯彻|落实|执行|结合|对标|衔接)(?:落实)?\s*$/u,
    action: 'ISSUED by the chain of the relative clause (…乙、丙联合印发的《X》), not by the clause\'s subject',
    examples: { match: ['省卫生健康委将依据', '我们将认真贯彻落实', '市药监局按照'], noMatch: ['省卫生健康委将会同', '国家药监局于3月'] },
  },
  {
    id: 'issue.owner-before-title.zh',
    stage: 'frame',
    language: 'zh',
    // Between a body and a title with no verb: nothing, or 的 (贯彻国家发展改革委《X》, 省卫健委的《Y》) — the body's text.
    pattern: /^的?$/,
    action: 'ISSUED by the body right before the title',
    examples: { match: ['', '的'], noMatch: ['发布的', '和'] },
  },
  {
    id: 'issue.owner-before-title.mt.en',
    stage: 'frame',
    language: 'en',
    // 根据甲《X》要求 machine-translated: 'according to Zhejiang Provincial Health Commission "about … notice" requirement' —
    // a body right before an MT title (title.quoted-mt-word-order.en), nothing between, is whose text it is.
    pattern: /^\s?$/,
    action: 'ISSUED by the body right before the MT title',
    examples: { match: [' ', ''], noMatch: [' and ', ' issued the '] },
  },
  {
    id: 'issue.possessive-before-title.en',
    stage: 'frame',
    language: 'en',
    // Between a body and a title: its possessive ("the State Council's Overall Plan for X", "NMPA's 2024 Guidelines").
    pattern: /^['’]s\s+(?:(?:19|20)\d{2}\s+|new\s+|latest\s+)?$/,
    action: 'ISSUED by the body right before the title',
    examples: { match: ["'s ", '’s 2024 ', "'s new "], noMatch: ["'s decision to adopt the ", ' and the '] },
  },
  {
    id: 'issue.listed-after-verb.zh',
    stage: 'frame',
    language: 'zh',
    // Before a title: the issuing verb with its object, then a list opened by 如/包括 (甲发布了多项指导原则，如《A》《B》).
    pattern: new RegExp(`${ISSUE_VERB_ZH}了?[^，。；：《》]{1,30}[，,：:]\\s*(?:例如|比如|诸如|如|包括|其中包括|即|亦即|分别是|分别为)\\s*$`),
    action: 'ISSUED by the actors before the verb in its clause, for each title of the list',
    examples: { match: ['药审中心发布了多项技术指导原则，如', '省药监局出台一系列配套文件，包括', '该局印发了三份指南：例如', '立法院去年三读通过再生医疗双法，即'], noMatch: ['专家提出了多项建议，如', '发布了指导原则《', '研究人员引用了多份文件，如'] },
  },
  {
    id: 'issue.listed-after-verb.en',
    stage: 'frame',
    language: 'en',
    // Before a title: the issuing verb with its object, then a list opened by "including" / "such as".
    pattern: new RegExp(`\\b${ISSUE_VERB_EN}\\s+[^.;:"“]{1,120}?,?\\s+(?:including|such\\s+as|among\\s+them|namely)\\s+(?:the\\s+)?$`),
    action: 'ISSUED by the actors before the verb in its clause, for each title of the list',
    examples: { match: ['the CDE has released several technical guidelines, including the ', 'the ministry issued three documents such as '], noMatch: ['experts cited several documents, including the ', 'the CDE issued the '] },
  },
  {
    id: 'issue.recipient-before.zh',
    stage: 'frame',
    language: 'zh',
    // Right before a body: 向/给 makes it the one a text or permit goes to (该局向甲公司核发了《许可证》), not its issuer,
    // also past a clause placing it (向位于某开发区的甲公司, 给注册在某区的乙企业).
    pattern: /(?:(?<![方转面导动意走倾志])向|给)(?:(?:位于|地处|落户(?:于|在)?|注册(?:于|在)|坐落(?:于|在))[^，。；、向给]{1,16}的)?\s*$/,
    action: 'the body after it issues nothing here (a licence then takes its paragraph\'s regulator)',
    examples: { match: ['该局向', '省药监局已给', '市局向位于临港新片区的', '该局给注册在高新区的'], noMatch: ['该局', '方向', '位于高新区的', '该局向社会公布，位于高新区的'] },
  },
  {
    id: 'issue.stated-before-title.zh',
    stage: 'frame',
    language: 'zh',
    // Right before a title: a verb that says the text was issued (even without a named issuer).
    pattern: new RegExp(`${STATED_ISSUE_VERB_ZH}(?:了|的)?$`),
    action: 'the title was issued (its date is the issuing date)',
    examples: { match: ['近日正式出台了', '会议审议通过的'], noMatch: ['依据', '学习贯彻'] },
  },
  {
    id: 'issue.hereby-after-title.zh',
    stage: 'frame',
    language: 'zh',
    // Right after a title: 现予印发 / 特此公布 — the document itself issues it.
    pattern: new RegExp(`^${CLOSE_ZH}${COMMA_ZH}\\s*${HEREBY_ZH}${PUBLISH_VERB_ZH}`),
    action: 'the title was issued by this document',
    examples: { match: ['，现予印发', '）特此公布'], noMatch: ['，请遵照执行', '已废止'] },
  },
  {
    id: 'issue.solicit-comments.zh',
    stage: 'frame',
    language: 'zh',
    // 'A就《X》公开征求意见' (after 就 before the title): asking for comments on a draft is how its issuer publishes it.
    pattern: new RegExp(`^${CLOSE_ZH}${NOTE_ZH(12)}\\s*(?:向社会|面向社会)?(?:公开)?(?:征求|征集)(?:社会)?意见`),
    action: 'ISSUED (as a draft) by the body that asks for comments',
    examples: { match: ['（征求意见稿）向社会公开征求意见', '公开征集意见'], noMatch: ['的意见', '征求了专家'] },
  },
  {
    id: 'issue.solicit-around-title.zh',
    stage: 'frame',
    language: 'zh',
    // 甲局关于公开征求《X（征求意见稿）》意见的通知, 现征求《X》的修改意见: the verb before the title (征求/征集), its object
    // 意见 after it — the body that asks issued the draft.
    pattern: /^[)）]?\s*(?:的)?(?:修改|反馈)?(?:意见|建议)/u,
    action: 'ISSUED (as a draft) by the body before 征求',
    examples: { match: ['意见的通知', '的修改意见', '）意见'], noMatch: ['的通知', '起草说明'] },
  },
  {
    id: 'issue.receiver-before.zh',
    stage: 'frame',
    language: 'zh',
    // 甲收到乙颁发的《X》: in a relative clause before a title, the issuer is named after the receiving verb.
    pattern: /收到|取得|获得|领取|领到|拿到/,
    action: 'the actors after the receiving verb issued the title',
    examples: { match: ['公司取得省药监局颁发的', '该院获得'], noMatch: ['公司提交', '颁发给'] },
  },
  {
    id: 'issue.received-permit.zh',
    stage: 'frame',
    language: 'zh',
    // 甲公司于D获乙局核发《X》, 甲取得乙颁发《X》: a permit received; the one before the receiving verb holds it, the bodies
    // after it issued it.
    pattern: new RegExp(`(?<recv>获得?|取得|收到|领取)(?<issuer>[^，。；获]{2,40}?)(?:核准)?${PERMIT_VERB_ZH}了?$`, 'u'),
    action: 'ISSUED by the actors after the receiving verb only; the holder before it issues nothing',
    examples: { match: ['苏州某公司于2025年11月18日获江苏省药品监督管理局核发', '该中心取得市药监局颁发'], noMatch: ['省药监局向某公司核发', '公司获批后，省药监局', '省药监局核发'] },
  },
  {
    id: 'issue.joint-chain-gap',
    stage: 'frame',
    language: 'en',
    // Between joint issuers: A, B and C / A、B和C / A会同B / "A together with B" / "A, along with B".
    pattern: /^(?:\s*,\s*|\s*,?\s+and\s+|\s*,?\s+(?:together|along|jointly)\s+with\s+|\s*、\s*|和|与|及|会同|联合|\s+)(?:the\s+|The\s+)?(?:former\s+)?$/,
    action: 'the next actor joins the issuers',
    examples: { match: [', and the ', '、', '会同', ' together with the ', ', along with the '], noMatch: [' said that ', '，', ' with the '] },
  },
  {
    id: 'issue.joined-titles',
    stage: 'frame',
    language: 'en',
    // Between two titles of one act, which share its issuers and date: 《A》及《B》, 《A》、《B》, 「A」連同「B」, "the A and the B",
    // "released A together with the country's first B", "A as well as its companion B".
    pattern: /^\s*(?:(?:及|和|与|、|以及|连同)(?:首版|首批|新版)?|,?\s*(?:and|together\s+with|along\s+with|as\s+well\s+as)\s+(?:(?:the|its|their)\s+)?(?:(?:country|nation|city|province)['’]s\s+)?(?:(?:first|new|latest|revised|accompanying|companion)\s+)?|,\s*)\s*$/,
    action: 'the second title takes the first one\'s issuers and date (and the first the second\'s)',
    examples: { match: ['及', '、', '和首版', ' and the ', ' together with the country\'s first ', ', along with its accompanying ', ' as well as the new '], noMatch: [' which replaces the ', '，并废止', ' and said the '] },
  },
  {
    id: 'frame.clause-break.en',
    stage: 'frame',
    language: 'en',
    // A clause joined by a conjunction after a comma, or a semicolon: a new subject may start there.
    pattern: /(?:,\s+(?:and|but|while|whereas|although|though)\s+|;\s+)/,
    action: 'a clause starts (its own subject and time)',
    examples: { match: ['approved two products, and the bureau', 'rules; the city'], noMatch: ['A, B and C', 'the NMPA and NHC'] },
  },
  {
    id: 'frame.reported-speech.en',
    stage: 'frame',
    language: 'en',
    // "X today announced that the NMPA has granted …": reported speech starts a clause with its own subject.
    pattern: /\b(?:announced|said|says|stated|noted|reported|revealed|added|confirmed)\s+(?:on\s+\w+\s+|today\s+)?that\s+/,
    action: 'a reported clause starts (its own subject, the report\'s time)',
    examples: { match: ['the company today announced that ', 'officials said on Monday that '], noMatch: ['the announced plan', 'said the '] },
  },
  {
    id: 'title.short-name-after',
    stage: 'span',
    language: 'zh',
    // The short name given right after a title: （以下简称“《条例》”）, (hereinafter the "Measures"), (Doc No. 4, the "2023 Measures").
    pattern: /^[》”"]?\s*[(（]\s*(?:[^()（）《》“”"]{1,40}?[，,；;]\s*)?(?:以下简称|以下称|下称|简称|hereinafter\s+(?:referred\s+to\s+as\s+)?(?:the\s+)?|(?<=[,;(（]\s*)the\s+(?=[“"])|(?<=[(（]\s*)(?=《))\s*[“"]?《?([^”"》)）《]{1,30})》?[”"]?\s*[)）]/i,
    action: "an alias of the title before it (group 1)",
    examples: { match: ['》（以下简称“《条例》”）', ' (hereinafter referred to as the "Measures")', '》（穗府规〔2025〕3号，以下简称《若干措施》）', ' (Guo Ban Fa [2024] No. 9, the "2024 Opinions")', '》（《修订规例》）', ' (the "Somatic Cell Measures")'], noMatch: ['》（试行）', ' (Draft for Comment)', ' (the "Measures" in force)'] },
  },
  // A title stated with its issuing date but no agent ("X (Revised in 2007) was promulgated in 2007", 「X」于107年9月6日修正发布):
  // the text is dated, and nobody is said to have issued it here.
  {
    id: 'date.issued-after-title.en',
    stage: 'frame',
    language: 'en',
    pattern: new RegExp(`^${TITLE_TAIL_EN},?\\s*(?:${BE_EN})?${MANNER_EN}${passiveEn(PUBLISH_EN, PASS_EN, AMEND_EN)}\\s+(?:on|in)\\s+(?=\\d|[A-Z])`),
    action: 'the date right after: the policy\'s date (no ISSUED)',
    examples: { match: [' was promulgated in 2007', ' (Trial) was first issued on 3 May 2016', ' issued in 2021 will be abolished'], noMatch: [' was promulgated by the council in 2007', ' was discussed in March'] },
  },
  // "On 9 January 2026, the X Regulation 2026 (the "…") was published in the Gazette": nobody is named, and the date
  // fronted before the title is when it was published (ENTITIES, session 9).
  {
    id: 'date.issued-before-title.en',
    stage: 'frame',
    language: 'en',
    pattern: new RegExp(`^${TITLE_TAIL_EN},?\\s*${BE_EN}${MANNER_EN}(?:${passiveEn(PUBLISH_EN, PASS_EN)}|gazetted)(?!\\s+(?:by|on|in\\s+(?!the\\s+(?:Government\\s+)?Gazette)))`),
    action: 'the date fronted before the title ("On D, the X was published"): the policy\'s date (no ISSUED)',
    examples: { match: [' (the "Amendment Regulation") was published in the Gazette.', ' was gazetted.'], noMatch: [' was published by the Board.', ' was published on 3 May 2024', ' was discussed'] },
  },
  {
    id: 'date.issued-before-title.zh',
    stage: 'frame',
    language: 'zh',
    // 今年1月刊宪的《X》, 去年11月公布的「X」: the date right before the verb that says the text came out.
    pattern: /(?:正式)?(?:刊宪|公布|发布|印发|颁布|出台)的\s*[《「“"]?\s*$/u,
    action: 'the date right before the verb: the policy\'s date (no ISSUED)',
    examples: { match: ['今年1月刊宪的《', '去年11月公布的「'], noMatch: ['将于明年施行的《', '根据《'] },
  },
  {
    id: 'date.issued-after-title.zh',
    stage: 'frame',
    language: 'zh',
    pattern: new RegExp(`^\\s*(?:[(（][^()（）]{1,20}[)）])?(?:已经?|业已|业)?于(?=[^，。；]{2,16}?(?:修正|修订)?${PROMULGATE_VERB_ZH})`, 'u'),
    action: 'the date right after 于: the policy\'s date (no ISSUED)',
    examples: { match: ['于107年9月6日修正发布', '(简称甲办法)已于2020年3月1日公布', '(以下简称本条例)业于一百十三年六月十九日经总统公布'], noMatch: ['于2020年3月1日起施行', '由省政府于3月1日发布'] },
  },
  // "A and B jointly issued a circular on Monday …" with the title in the next sentence ("The Circular on X requires …").
  {
    id: 'issue.same-bodies-before.en',
    stage: 'document',
    language: 'en',
    // Before a title's verb: the co-issuers named again by their number as its subject ("The two agencies also issued the
    // X", "On 3 March, both ministries jointly released …"): they issued it.
    pattern: new RegExp(`(?:^(?:(?:In|On|By|Since|Later|Then|Earlier)\\b[^,;]{0,24}?,?\\s+)?|[,;]\\s*|\\b(?:and|while|then)\\s+)${SAME_BODIES_EN}\\s+${HAVE_EN}${MANNER_EN}$`, 'i'),
    action: 'ISSUED by the issuers of the latest joint act before (of that many bodies when it says how many)',
    examples: { match: ['The two agencies also ', 'In 2024 the same three bodies jointly ', 'On 3 March, both ministries ', 'and the four departments have '], noMatch: ['The agencies ', 'two of the bodies ', 'the two agencies said the '] },
  },
  {
    id: 'issue.same-bodies-before.zh',
    stage: 'document',
    language: 'zh',
    // 上述三部门此前还联合印发的《X》, 两部门于3月发布《X》: the same, in Chinese (the verb cut off before the test).
    pattern: new RegExp(`(?:^|[，；：]\\s*)${SAME_BODIES_ZH}(?:还|也|此前|曾|已|先后|随后|同时|于[^，。；]{2,12})*${MANNER_ZH}$`, 'u'),
    action: 'ISSUED by the issuers of the latest joint act before (of that many bodies when it says how many)',
    examples: { match: ['上述三部门此前还联合', '两部门', '此前，上述部门于2024年5月'], noMatch: ['相关部门', '各部门要'] },
  },
  {
    id: 'issue.same-bodies-after.en',
    stage: 'document',
    language: 'en',
    // After a title: a relative or passive clause whose agents are the co-issuers named again ("the X, which the same two
    // ministries released in 2024", "the X, published by the three agencies").
    pattern: new RegExp(`^${TITLE_TAIL_EN}(?:,?\\s*(?:which|that)\\s+${SAME_BODIES_EN}\\s+${HAVE_EN}${MANNER_EN}${ISSUES_EN}\\b|${ASIDE_EN}(?:${BE_EN})?${MANNER_EN}${ISSUED_BY_EN}\\s+${MANNER_EN}${WHEN_EN}by\\s+${SAME_BODIES_EN})`, 'i'),
    action: 'ISSUED by the issuers of the latest joint act before, dated by the clause',
    examples: { match: [', which the same two ministries released in 2024', ' (Trial), published by the three agencies in 2023', ', which both regulators had adopted'], noMatch: [', which the bodies discussed', ', which the two agencies reviewed'] },
  },
  {
    id: 'issue.same-bodies-after.zh',
    stage: 'document',
    language: 'zh',
    // 《X》由上述三部门联合制定: the passive's agents are the co-issuers named again.
    pattern: new RegExp(`^${TITLE_TAIL_ZH}${ALREADY_ZH}${WHEN_ZH}由${SAME_BODIES_ZH}${HOW_ZH}(?:${ISSUE_VERB_ZH})`, 'u'),
    action: 'ISSUED by the issuers of the latest joint act before, dated by the clause',
    examples: { match: ['由上述三部门联合制定', '（试行）由两部门联合印发'], noMatch: ['由有关部门负责解释', '由各部门遵照执行'] },
  },
  {
    id: 'issue.untitled-kind.en',
    stage: 'document',
    language: 'en',
    // "A and B have released three national standards on …": several texts of one kind, counted, untitled.
    // (Or the body speaks through it: "…, the regulator said in a circular dated 3 August".)
    pattern: new RegExp(`\\b(?:${HAVE_EN}${MANNER_EN}${activeEn(PUBLISH_EN)}\\s+${TEXT_COUNT_EN}|(?:said|stated|announced|noted)\\s+in\\s+(?:an?|its))\\s+(?:(?:new|joint|national|industry|technical)\\s+){0,2}(?<kind>${KIND_NOUN_EN})s?\\b`),
    action: "ISSUED by the bodies before the verb, dated, of the next sentence's title led by the same kind word or listed after it (issue.untitled-kind-listed.en)",
    examples: { match: ['the two ministries jointly issued a circular on Friday', 'the commission has released a new guideline', 'SAMR and SAC have released three national standards on stem cells', 'the bureau published a set of technical rules', 'the city bureau said in a notice dated 9 May'], noMatch: ['issued the Circular on X', 'released a statement', 'released three reports', 'said in an interview'] },
  },
  {
    id: 'issue.untitled-kind-listed.en',
    stage: 'document',
    language: 'en',
    // "… released three national standards. The standards, including the X (GB/T …), set out …": the sentence after the
    // untitled texts names one of them in a list opened by the same kind word.
    pattern: new RegExp(`^(?:The|These|Those|Both|All)\\s+(?:(?:two|three|four|five|six|new|national|industry|technical)\\s+){0,2}(?<kind>${KIND_NOUN_EN})s?\\s*,?\\s*(?:including|such\\s+as|among\\s+them|namely|titled|entitled|called)\\s+(?:the\\s+)?$`, 'i'),
    action: "the title after it takes the issuers and date of the untitled texts of that kind in the sentence before",
    examples: { match: ['The standards, including the ', 'These three guidelines, such as ', 'The new rules, among them the ', 'The notice, entitled '], noMatch: ['The standards set out ', 'Experts, including the ', 'The standards were drafted under the '] },
  },
  {
    id: 'issue.short-title-by.en',
    stage: 'document',
    language: 'en',
    // "the Amendment Regulation, made by the Board", "The Measures were issued by the X", "The regulations were handed by
    // the X" (a spinner's passed): a title named before, called by its last words, with its issuers after "by".
    pattern: new RegExp(`\\b[Tt]he\\s+(?<short>${SHORT_TITLE_EN}|(?:regulations?|ordinance|measures|rules|guidelines|provisions|opinions|act|law)(?=\\s+(?:was|were|has|had)\\b)|(?<=^The\\s+)(?:act|law|regulations?|ordinance|measures|rules)(?=\\s*,))(?:\\s*,\\s*(?:${BE_EN})?|\\s+${BE_EN})${MANNER_EN}(?:made|${ISSUED_BY_EN})\\s+${MANNER_EN}${WHEN_EN}${BY_AGENT_EN}`, 'g'),
    action: 'ISSUED by the bodies after "by" of the latest title before whose words the short name repeats',
    examples: {
      match: ['The law, adopted by the Legislative Council in 2025 together with the Fees Regulation, sets', 'said that the Amendment Regulation, made by the Pharmacy and Poisons Board under section 29', 'The Measures were issued by the Shenzhen Municipal Health Commission', 'the Regulations were passed in December 2020 by the Standing Committee', 'The regulations were handed by the Standing Committee of the provincial congress'],
      noMatch: ['the Amendment Regulation will be tabled', 'the measures, issued by the city', 'the Board approved the Regulation'],
    },
  },
  {
    id: 'issue.fronted-short-title-by.en',
    stage: 'document',
    language: 'en',
    // "Made by the Board under section 29 of the Ordinance, the Amendment Regulation will …": the same act as
    // issue.short-title-by.en with the participle clause first (the English twin of 由X根据《Y》订立); the body's text is
    // the short title after the clause, not the law it acts under inside it.
    pattern: new RegExp(`^(?<lead>(?:[Mm]ade|${frontedEn(PUBLISH_EN, PASS_EN)})\\s+${MANNER_EN}${BY_AGENT_EN})[^;]{3,200}?,\\s+the\\s+(?<short>${SHORT_TITLE_EN})\\s+(?:will|shall|is|are|was|were|has|have|takes?|took|comes?|came|sets?|provides?|introduces?|amends?)\\b`),
    action: 'ISSUED by the bodies after "by" of the latest title before whose words the short name repeats',
    examples: {
      match: ['Made by the Pharmacy and Poisons Board under section 29 of the Pharmacy and Poisons Ordinance (Cap. 138), the Amendment Regulation will come into operation', 'Issued by the Health Bureau under the Ordinance, the Supplementary Rules take effect on 1 May', 'made by the Secretary for Health under section 4 of the Ordinance, the Fees Regulation is subject to negative vetting'],
      noMatch: ['Made by the Board, the product is sold in Hong Kong', 'The Amendment Regulation, made by the Board, will come into operation', 'Released by the NHC, the plan sets out'],
    },
  },
  {
    id: 'issue.letter-subject.zh',
    stage: 'document',
    language: 'zh',
    // A Taiwan official letter's 主旨：檢送「X」1份，自即日起實施 — X is the letter's own text, issued by the body whose
    // letter it is (its headline: 衛生福利部　函) on its 發文日期; an order's line 修正「X」第三條 (衛生福利部　令) likewise.
    // (附件：「X」第三条修正条文 names the text the letter carries: its attachment.)
    pattern: /^(?:(?<label>主旨)\s*[:：]\s*)?(?:预告)?(?:检送|订定|修正|发布|公告|函送|检附|核定|废止)|^(?<attach>附件)\s*[:：]\s*(?=「[^」]{2,60}」[^，。；]{0,30}(?:修正|修订)条文)/u,
    action: 'ISSUED by the page\'s body of the titles of the subject line, dated by the page',
    examples: { match: ['主旨：检送「某某作业须知」1份，自即日起实施', '主旨：订定「某某办法」', '修正「某某管理办法」第三条', '主旨：预告订定「某某标准」草案。'], noMatch: ['主旨：请查照', '说明：检送「某某」'] },
  },
  {
    id: 'issue.labelled-issuer',
    stage: 'document',
    language: 'en',
    // A page's metadata names who issued its text in a field of its own, in either language and as a line or a table
    // cell: "Issued by: X    Date: 2025-08-15", "| 发文机关 | X |", 发布机构：X. (A "Source:" is who published the page.)
    pattern: /(?:^|\|)\s*(?:Issued\s+by|Issuing\s+(?:[Aa]uthority|[Bb]ody|[Aa]gency|[Dd]epartment)|Issuer|发布机构|发布机关|发文机关|发文单位|发布单位|发布部门|发文部门)\s*[:：|]\s*\|?\s*/gu,
    action: "the page's own text (its headline title, just above) ISSUED by the bodies in the field, dated by the line's date",
    examples: { match: ['Issued by: Authority of the X Cooperation Zone    Date: 2025-08-15', '| 索 引 号 | 001 | 发文机关 | 某省人民政府办公厅 |', '发布机构：某市卫生健康委员会'], noMatch: ['Source: Xinhua', 'The plan was issued by the bureau', '来源：某市卫生健康委员会'] },
  },
  {
    id: 'frame.propose.moved-motion.zh',
    stage: 'frame',
    language: 'zh',
    // 通过由X议员动议、经Y议员修正的「Z」议案 (a legislature's motion, as Hong Kong's LegCo reports it): Z is X's motion.
    pattern: /由(?<who>[\p{Script=Han}]{2,4})议员(?:动议|提出)(?:、经[\p{Script=Han}]{2,4}议员修正)?的「(?<title>[^「」]{4,60})」议案/gu,
    action: 'Proposal{Z} PROPOSED by member X',
    examples: { match: ['通过由叶文斌议员动议、经李美恩议员修正的「推动香港发展成为细胞及基因治疗枢纽」议案', '由陈家明议员动议的「完善长者医疗券计划」议案'], noMatch: ['由政府提出的「某某条例草案」', '议员动议辩论'] },
  },
  {
    id: 'frame.propose.passive.zh',
    stage: 'frame',
    language: 'zh',
    // 《关于X的提案》由全国政协委员甲提出: the title first, the member after 由 (checked in code: the person's own verb follows);
    // the kind noun said again (题为《…建议》的建议由…), and the cleft without 由 (《…提案》是委员甲在两会上提交的).
    pattern: /《(?<title>[^《》]{4,80}?(?:提案|建议|议案))》[)）]?\s*(?:的(?:提案|建议|议案))?\s*[，,]?\s*(?:(?:是|系)?由|是|系)[^，。；《》]{0,30}$/u,
    action: 'Proposal{title} PROPOSED by the person after 由 (or 是)',
    examples: { match: ['《关于完善干细胞临床转化机制的提案》由全国政协委员', '《关于加快细胞治疗审批的建议》是由省人大代表', '题为《关于完善干细胞监管的建议》的建议由省人大代表', '《关于加快细胞治疗产业发展的提案》是全国政协委员'], noMatch: ['《关于某事的通知》由省政府', '由全国政协委员', '《关于某事的通知》是省政府'] },
  },
  {
    id: 'frame.propose.body.en',
    stage: 'frame',
    language: 'en',
    // Right after a body's name (a democratic party's committee, an association, a delegation): "put forward a proposal on X"
    // (an abbreviation, an auxiliary or a day between) — the body proposes (the words of the proposal: proposals.ts enWording).
    pattern: /^\s*(?:\([A-Z]{2,10}\)\s*)?(?:has\s+|have\s+|also\s+|jointly\s+|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|this\s+(?:week|year)\s+)*(?:put\s+forward|submitted|tabled|presented|brought\s+forward|filed)\s+(?:a|an|its|their)\s+(?:\w+\s+){0,2}?(?:proposal|motion|suggestion)s?\s/,
    action: 'Proposal PROPOSED by the body before the verb',
    examples: { match: [' put forward a proposal on developing', ' (CDL) has submitted a joint proposal to'], noMatch: [' said a proposal on', ' welcomed the proposal on'] },
  },
  {
    id: 'frame.propose.addressed-body.zh',
    stage: 'frame',
    language: 'zh',
    // A reply letter to a body (its salutation line 致公党中央：), then 贵党/贵会/你们提出的《…提案》收悉: the addressee proposed it
    // (the body of the salutation, checked in code; a 请示 or 报告 is no proposal).
    pattern: /^\s*(?:贵(?:党|会|社|盟|委|单位)|你(?:单位|党|会|社|盟)|你们|您们)(?:所?提出|提交|所提)的《(?<title>[^《》]{4,80}?(?:提案|建议))》/u,
    action: 'Proposal{title} PROPOSED by the body of the salutation line before',
    examples: { match: ['贵党提出的《关于支持医疗机构制备细胞制剂的提案》收悉', '你们提出的《关于完善备案制度的提案》收悉', '你单位提出的《关于某事的提案》收悉'], noMatch: ['你委《关于建设细胞制备中心的请示》收悉', '您提出的《关于某事的建议》收悉'] },
  },
  {
    id: 'frame.propose.body.zh',
    stage: 'frame',
    language: 'zh',
    // 农工党中央向全国政协十四届三次会议提交了《关于X的提案》, 九三学社中央今年提交的《…提案》: a body's proposal (the body
    // right before, checked in code; a democratic party, an association or a congress delegation).
    pattern: /(?:向[^，。；《》]{2,30}?)?(?:(?:今年|去年|日前|近日|也|还|此次|本次)\s*){0,3}(?:提交|提出|递交|带来)(?:了|的)?(?:一份|一件)?《(?<title>[^《》]{4,80}?(?:提案|建议|议案))》/gu,
    action: 'Proposal{title} PROPOSED by the body before the verb',
    examples: { match: ['农工党中央向全国政协十四届三次会议提交了《关于加快某产业发展的提案》', '九三学社中央今年提交的《关于完善伦理审查的提案》'], noMatch: ['印发《关于某事的通知》', '提交了报告'] },
  },
  {
    id: 'frame.propose.addressed-quoted.en',
    stage: 'frame',
    language: 'en',
    // A reply's first sentence after its salutation ("Member X:"), machine-translated from 您提出的《Y》收悉: the title
    // first, then the addressee ("you") who put it forward; or the writer first ("We have received your proposal on "Y"").
    pattern: /^\s*(?:The\s+["“](?<title>[^"”]{8,200})["”]\s+(?:that\s+|which\s+)?you\s+(?:have\s+|had\s+)?(?:put\s+forward|submitted|raised|proposed|tabled|filed|presented|made)\b|(?:We|Our\s+[a-z]+)\s+(?:have\s+|has\s+)?(?:duly\s+|carefully\s+)?(?:received|read|studied)\s+(?:carefully\s+)?your\s+(?:proposal|suggestion|motion)\s+(?:No\.\s*\d+\s+)?(?:on|about|regarding|concerning|entitled|titled|named)?\s*["“](?<titleWe>[^"”]{8,200})["”]|You\s+(?:have\s+)?(?:put\s+forward|submitted|raised|proposed|tabled|filed|presented|made)\s+(?:the\s+|your\s+)?(?:(?:proposal|suggestion|motion)\s+)?["“](?<titleYou>[^"”]{8,200})["”]\s+(?:has|have|had|was|were)\s+(?:been\s+)?(?:received|read|studied))/,
    // A machine translation keeps the Chinese order (您提出的《Y》已收悉): 'You put forward the "Y" has been received'.
    action: 'Proposal{title} PROPOSED by the person the salutation names',
    examples: { match: ['The "Suggestion on Training More Cell Therapy Nurses" you put forward has been received.', 'The “Proposal on a Provincial Cord Blood Bank” that you submitted was received.', 'We have received your proposal on "Building a Regional Stem Cell Bank". The reply follows.', 'Our bureau has carefully studied your suggestion No. 88 entitled “Training Cell Therapy Nurses”.', 'You put forward the "on setting up a cord blood bank in the west proposal" has been received.'], noMatch: ['The "Notice on Cord Blood" we issued is attached.', 'The "Proposal on X" has been received.', 'We have received the "Notice on Cord Blood Banks" from the ministry.'] },
  },
  {
    id: 'frame.propose.record-fields.zh',
    stage: 'frame',
    language: 'zh',
    // A proposal's record page: its title alone on a line (关于…的提案/建议), then fields — 提案号, 提案者：省政协委员 NAME or
    // 领衔代表：NAME, 提交时间 / 交办日期. The person after the proposer's label put it forward.
    pattern: /(?:提案者|提案人|领衔代表|领衔委员|领衔人|提出人|建议人)\s*[：:]\s*(?<seat>[^\s：:]{0,12}?(?:委员|代表)\s*)?$/u,
    action: 'Proposal{the title line} PROPOSED by the person after the label, dated by the submission field, applying to the places of its title',
    examples: { match: ['提案者：省政协委员 ', '领衔代表：', '提案人：市政协委员'], noMatch: ['附议代表：', '办理单位：', '联系人：'] },
  },
  // "The meeting also approved the draft X Law", 会议审议通过《X》: a meeting that issues stands for the body whose meeting
  // the page named (国务院常务会议, "an executive meeting of the State Council", one chaired by the Premier).
  {
    id: 'issue.meeting-subject',
    stage: 'document',
    language: 'en',
    pattern: /(?:^|[,;]\s+|\bthat\s+)(?:the|this)\s+(?:(?:executive|standing|plenary)\s+)?meeting\s+(?:also\s+|further\s+|then\s+)?(?:has\s+|had\s+)?(?:\w+ly\s+)?$|(?:^|[，。；])\s*(?:会议|会上|会议还|会议同时)(?:还|同时|也)?(?:审议)?(?:并?原则)?$/iu,
    action: "ISSUED by the body whose meeting the page named before, of the title after the verb",
    examples: { match: ['The meeting also ', 'State media said that the meeting ', '会议审议', '，会议还'], noMatch: ['The committee also ', 'after the meeting the ministry '] },
  },
  {
    id: 'issue.meeting-body',
    stage: 'document',
    language: 'en',
    // Whose meeting: the body right before "(executive) meeting" / 常务会议 (or "held an executive meeting", 召开常务会议), right
    // after "meeting of", or the Premier's.
    pattern: new RegExp(`(?<after>(?:\\s+(?:held|convened|called)\\s+(?:an?|its|the)(?:\\s+[\\w-]+)?)?\\s+(?:(?:executive|standing|plenary|regular|special)\\s+)?(?=meetings?\\b)|(?:召开了?)?(?:常务|全体|第[一二三四五六七八九十\\d]+次)?(?:常务)?(?=会议))|\\bmeetings?\\s+of\\s+(?:the\\s+)?(?<of>)|\\bmeetings?\\s+(?:chaired|presided\\s+over)\\s+by\\s+(?<premier>${HEAD_OF_GOVERNMENT_EN})\\b`, 'gu'),
    action: 'the body whose meeting it is (issue.meeting-subject)',
    examples: { match: [' executive meeting chaired by', 'an executive meeting of the ', 'a meeting chaired by Premier Li', '常务会议', ' held an executive meeting', '召开常务会议'], noMatch: ['a board discussion', '双方会谈'] },
  },
  {
    id: 'issue.kind-anaphor-by.en',
    stage: 'document',
    language: 'en',
    // "… unveiled a guideline to X. The guideline, jointly issued by A, B and five other departments, sets …": the
    // sentence after an untitled text names its issuers in an aside after the same kind word.
    pattern: new RegExp(`^(?:The|This|That|These)\\s+(?<np>(?:${ANAPHOR_COUNT_EN}\\s+)?(?:(?:new|pilot|draft|joint|revised|two-year|three-year|five-year)\\s+){0,2}(?<kind>${KIND_NOUN_EN}|program(?:me)?|scheme)s?)\\s*,\\s*(?:${BE_EN})?${MANNER_EN}${ISSUED_BY_EN}\\s+${MANNER_EN}${WHEN_EN}${BY_AGENT_EN}`, 'i'),
    action: "ISSUED by the bodies after \"by\" of the untitled text of that kind in the sentence before; with no text of that kind on the page before, the noun phrase names one",
    examples: {
      match: ['The guideline, jointly issued by the Ministry of Industry and Information Technology and five other departments, sets', 'The plan, which was released by the National Health Commission, calls for', 'The 12 measures, released jointly by the ', 'The pilot program, jointly unveiled on Nov 28 by the '],
      noMatch: ['The guideline sets the goal of building clusters', 'The plan, according to officials, was drafted by experts', 'The pilot hospitals, chosen by the '],
    },
  },
  {
    id: 'date.recent-news',
    stage: 'frame',
    language: 'en',
    // 近日, "recently", "on Tuesday", "has issued": the act is news about when the page was published.
    // A spinner's or a translation's words for it too: 近来, "not too long ago", "lately", "in recent days".
    pattern: new RegExp(`近日|日前|近期|近来|昨日|昨天|今天|今日|本周|\\brecently\\b|\\bnot\\s+(?:too|so)\\s+long\\s+ago\\b|\\blately\\b|\\bin\\s+recent\\s+days\\b|\\ba\\s+few\\s+days\\s+ago\\b|\\b(?:this|last)\\s+week\\b|上周|\\b(?:on|last)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|\\byesterday\\b|\\b(?:has|have)\\s+(?:\\w+ly\\s+)?(?:${ISSUES_EN}|secured|received|obtained|won|gained|been\\s+granted)\\b`, 'i'),
    action: "the frame takes the page's month (or the weekday / last month it names)",
    examples: { match: ['近日，某省印发', 'The bureau has officially released', 'on Tuesday the city', 'the company has secured approval', 'Not too long ago, the workplace printed', '近来，某区政府印发', 'the NMPA last week published'], noMatch: ['In 2019 the bureau issued', '2020年印发'] },
  },
  {
    id: 'date.today',
    stage: 'frame',
    language: 'en',
    // 今天 / today (昨天 / yesterday): the act happened on the page's day (the day before), when the page gives a day.
    pattern: /(?<today>今天|今日(?![头要]))|(?<yesterday>昨天|昨日)|\b(?:(?<todayEn>today)|(?<yesterdayEn>yesterday))\b(?!['’]s)/i,
    action: "the frame takes the page's date (or the day before it)",
    examples: { match: ['立法院會今天三讀通過', 'The council today passed the bill', '昨日，某局发布', 'announced yesterday'], noMatch: ['今年5月', '今日头条报道', 'in today\'s world of medicine'] },
  },
  {
    id: 'date.effective',
    stage: 'span',
    language: 'en',
    // A date the text takes effect on is not the date it was issued: "which will be implemented from December 1, 2025",
    // "takes effect on", 自2026年1月1日起施行, 将与X同步于115年1月1日施行 (the before-context; the after-context is
    // date.effective-after).
    pattern: /(?:\b(?:implemented|effective|enforced|in\s+(?:force|operation)|into\s+(?:force|effect|operation|power)|take[sn]?\s+effect|took\s+effect|cease[sd]?\s+to\s+have\s+effect|apply|applies|valid(?:\s+for\s+(?:\w+\s+){1,2}(?:years?|months?))?)(?:\s+(?:nationwide|fully|formally|officially|generally))?\s+(?:from|on|as\s+of|since|starting)\s+(?:the\s+)?$|,\s*effective\s+$)/i,
    action: 'the date right after is an effective date: no frame takes it',
    examples: { match: ['which will be implemented from ', 'The rules take effect on ', 'shall come into force on ', 'which will be valid for three years from ', 'and in operation since ', 'that applies nationwide from ', 'for Drugs, effective ', 'will come into power on ', 'cease to have effect on '], noMatch: ['were issued on ', 'was released in ', '自'] },
  },
  {
    id: 'date.effective-after',
    stage: 'span',
    language: 'zh',
    pattern: /^\s*(?:起)?\s*(?:正式)?(?:施行|实施|生效|起施行|起实施|起生效|起执行|上路)/u,
    action: 'the date right before is an effective date: no frame takes it',
    examples: { match: ['起施行', '施行。', '正式实施', '上路', '起执行'], noMatch: ['印发', '发布实施方案', '执行情况'] },
  },
  {
    id: 'date.act-dated.en',
    stage: 'document',
    language: 'en',
    // "… has cleared the IND for X. The clearance, dated December 30, came …": the act of the sentence before, named by
    // its noun, with its own date (the report's "said on Monday" is not when it was done).
    // Also restated in reported speech after the news ("… the minister said on Wednesday. X said the approval, granted on
    // August 7, covered …").
    pattern: new RegExp(String.raw`^(?:[^.;]*?\b(?:said|says|noted|added|stated)\s+(?:that\s+)?)?(?:The|This|Its)\s+(?:(?:IND|marketing|conditional|regulatory|formal)\s+)?(?:clearance|approval|decision|authori[sz]ation|licen[cs]e|permit|certificate|nod)\s*,\s*(?:which\s+(?:is|was)\s+)?${DATED_EN}\s+$`, 'i'),
    action: "the licence of the sentence before takes the date right after 'dated' / 'granted on'",
    examples: { match: ['The clearance, dated ', 'The decision, which was dated ', 'Its marketing approval, dated ', 'The minister said the approval, granted on '], noMatch: ['The company, dated ', 'The clearance came on ', 'An approval dated ', 'the approval, granted to '] },
  },
  {
    id: 'date.item-lead.en',
    stage: 'frame',
    language: 'en',
    // A dated item of a roundup: "March 16 — National. The NMPA issued …" — the date leading the item is its acts'.
    pattern: new RegExp(`^\\s*(?:${MONTH_EN}\\s+\\d{1,2}(?:,?\\s+(?:19|20)\\d{2})?|(?:19|20)\\d{2}-\\d{2}-\\d{2})\\s*[—–-]{1,2}\\s*[A-Z][A-Za-z .'-]{1,30}\\.?\\s*$`),
    action: "the sentences after it on its line take its date (unless they give their own)",
    examples: { match: ['March 16 — National.', 'January 9 — Hong Kong.', 'Feb 24 - Shanghai'], noMatch: ['March 16 — the NMPA issued the rules.', 'In March, the NMPA issued'] },
  },
  {
    id: 'date.same-day',
    stage: 'frame',
    language: 'en',
    // 同日, "the same day": the date of the sentence before.
    pattern: /^(?:同日|当日|当天|同一天)|\b(?:on\s+)?the\s+same\s+day\b/i,
    action: 'the sentence takes the date of the sentence before',
    examples: { match: ['同日，某部发布', 'On the same day, the ministry'], noMatch: ['每日', 'the next day'] },
  },
];
