// Named pattern fragments (regex source) that rules compose instead of copying: one definition per concept.
import { anyOf } from '../../regex.ts';

export const MONTH_EN = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
export const YEAR = '(?:19|20)\\d{2}';
/** A written date in either language (the date parser reads what it matched). */
export const DATE = `(?:${YEAR}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?|${YEAR}[-/.]\\d{1,2}[-/.]\\d{1,2}|1[01]\\d[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}/\\d{1,2}/${YEAR}|${YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])|${MONTH_EN}\\s+\\d{1,2},?\\s+${YEAR}|\\d{1,2}\\s+${MONTH_EN}\\s+${YEAR})`;

/** A licence's product between 的 and its title (核准签发的KS-105注射液《…通知书》). */
export const PRODUCT_BEFORE_TITLE_ZH = '(?:(?:[A-Za-z][A-Za-z0-9-]{1,15}(?:注射液|胶囊|片|细胞|产品)?|[\\p{Script=Han}A-Za-z0-9-]{2,20}?(?:注射液|胶囊|制剂|细胞|产品))(?:\\([^()]{1,30}\\))?)';
/** A product's code: letters, perhaps a second group of capitals, digits (CTD402, NB-101, HX-MSC01, CT-053). */
export const PRODUCT_CODE_EN = String.raw`[A-Z][A-Za-z]{0,5}(?:-?[A-Z]{1,4})?-?\d[\w-]*`;

/** Labels that introduce the date a page or notice was published. */
export const PAGE_DATE_LABEL_EN = '(?:Release\\s+(?:Date|time)|Date\\s+of\\s+(?:Release|Issue|Publication)|Publish(?:ed)?(?:\\s+(?:Date|on))?|Issue\\s+Date|Posted(?:\\s+on)?|Date)';
export const PAGE_DATE_LABEL_ZH = '(?:发布日期|发布时间|发文日期|成文日期|印发日期|颁布日期|公布日期|发稿时间|发言日期|發言日期|發布日期|發布時間|日期|时间)';

/** 批准 with its manners: 附条件批准, 正式批准. */
export const APPROVE_ZH = '(?:附条件|有条件|正式|优先)?(?:批准|核准)';
/** What a marketing approval is for, in Chinese: 上市, 上市注册申请, 临床试验. */
export const MARKET_ZH = '(?:(?:于[\\p{Script=Han}]{1,4})?上市|临床试验|注册)';

/** Company name endings in English, incl. the sector words companies put last (Kite Pharma, Gilead Sciences). */
export const COMPANY_TAIL_EN = '(?:Pharma|Pharmaceuticals?|Therapeutics|Biotherapeutics|Biosciences|Sciences|Biotech(?:nology)?|Biologics|Biopharma(?:ceuticals?)?|Bio|Medical|Genomics|Oncology|Holdings|Group|Laboratories|Labs|Corporation|Corp\\.?|Inc\\.?|Co\\.,?\\s*Ltd\\.?|Ltd\\.?|Limited|LLC|plc|AG|SA|GmbH)';
/** Words that say the name after or before them is a company (firm X, drugmaker X, a X company). */
export const COMPANY_NOUN_EN = '(?:firm|company|drugmaker|drug\\s+maker|biotech|biotech\\s+company|pharmaceutical\\s+company|pharmaceutical\\s+firm|partner|subsidiary|developer|manufacturer|consultancy|brokerage|data\\s+provider|investment\\s+bank)';

/** Posts written before a name in English titles: "Premier Li Qiang", "Secretary for Health X". */
// A machine translation's imperative verb glued before the name it governs ("Support X High-tech Zone to build …",
// "Encourage the X Hospital to …"): never the first word of a zone's or an organisation's name.
export const MT_IMPERATIVE_EN = '(?:Support|Encourage|Promote|Build|Guide|Urge)';
/** A sentence adverb opening a clause ("Meanwhile X Hospital …", "However, Y Co., Ltd. …"): never a name's first word. */
export const SENTENCE_ADVERB_EN = '(?:Meanwhile|Meantime|However|Moreover|Furthermore|Additionally|Also|Separately|Similarly|Likewise|Besides|Currently|Recently|Previously|Earlier|Later|Subsequently|Initially|Elsewhere|Nevertheless|Nonetheless|Notably|Specifically|Consequently|Accordingly|Therefore|Thus|Hence|Finally|Instead|Yesterday)';

export const HEAD_OF_GOVERNMENT_EN = '(?:Premier|Vice\\s+Premier)';
/** 国务院总理X, 总理 X: the premier heads the State Council. */
export const HEAD_OF_GOVERNMENT_ZH = '(?:国务院)?(?:副)?总理';

/** Orders and decrees a head of government signs to promulgate a text. */
export const ORDER_EN = "(?:State\\s+Council\\s+(?:Order|Decree)|(?:Order|Decree)\\s+of\\s+the\\s+State\\s+Council)(?:\\s+No\\.\\s*\\d+)?";
export const ORDER_ZH = '(?:中华人民共和国)?国务院令(?:第\\d+号)?';

/** Things counted in Chinese (5款, 三个, 多种, 4家, 十余家; not 第二款, an ordinal; 一款 is one): a count of products or holders is none of
 *  them. */
export const COUNT_ZH = String.raw`(?<!第)(?:\d+|[二两兩三四五六七八九十多几幾数數]+)[余餘多]?\s*(?:款|个|個|項|项|种|種|家)`;
/** Verbs that take a licence away (注销, 吊销, "revoked"): a licence named after one was granted to no one on that page. */
export const REVOKE_ZH = '(?:注销|吊销|撤销|撤回|收回|缴销|暂扣|暂停)';
export const REVOKE_EN = '(?:revoked|revoking|cancell?ed|cancell?ing|withdrew|withdrawn|suspended)';

/** Chinese words by which a notice's writer names itself (我中心, 我委, 本局): the noun after 我/本, and the whole. */
export const SELF_NOUN_ZH = '(?:中心|委|局|厅|部|院|办|会|署|所)';
export const SELF_ZH = `(?:我|本)${SELF_NOUN_ZH}`;
/** The same in a machine-translated reply (我局 → "our bureau", 我委 → "our commission" or "our committee"). */
export const SELF_EN = '[Oo]ur\\s+(?:bureau|administration|commission|committee|cent(?:re|er)|office|department|agency|ministry)';

// English issuing verbs: one list, read the same way in every voice (active "A issued X", passive "X was issued by A",
// fronted "Issued by A, the X …", relative "X, which A passed"), with the subsets named for what their verbs say.
// Spinners and machine translation put synonyms in their place (handed = passed, accepted / okayed = approved).
/** A verb's past (the active voice) and, where it differs, its participle (the passive and fronted voices). */
export interface VerbEn { past: string; participle: string }
const verbs = (...words: Array<string | [string, string]>): VerbEn[] =>
  words.map((w) => (typeof w === 'string' ? { past: w, participle: w } : { past: w[0], participle: w[1] }));
/** Verbs that put a text out to its readers: issued, released, rolled out. */
export const PUBLISH_EN = verbs('issued', 'released', 'published', 'promulgated', 'unveiled', 'launched', 'introduced', 'formulated', 'drafted', 'printed and distributed', 'put out', 'rolled out', 'brought out', 'made public',
  'circulated', 'distributed', 'sent out');
/** Verbs that make a text law or policy by a decision: passed, adopted, signed (a spinner's "handed", "inked"). */
export const PASS_EN = verbs('passed', 'adopted', 'enacted', 'ratified', 'finalised', 'finalized', 'signed', 'inked', 'handed', 'voted through');
/** Verbs that approve a text or a product. */
export const APPROVE_VERBS_EN = verbs('approved', 'cleared', 'authorised', 'authorized', 'endorsed', 'okayed', 'green-lit', 'accepted',
  ['gave the green light to', 'given the green light'], ['gave the nod to', 'given the nod'], ['signed off on', 'signed off']);
/** A registrar's verb: a product registered is approved (a text is never "registered" by its issuer). */
export const REGISTER_EN = verbs('registered');
/** Verbs that give a licence or an award: granted, awarded. */
export const GRANT_EN = verbs('granted', 'awarded');
/** Verbs that change a text already issued. */
export const AMEND_EN = verbs('revised', 'amended');
/** Some verbs of a list, by their past: a rule that reads only these still reads them from the list. */
export function some(set: VerbEn[], ...pasts: string[]): VerbEn[] {
  return pasts.map((p) => {
    const v = set.find((x) => x.past === p);
    if (!v) throw new Error(`${p} is not in the list`);
    return v;
  });
}
// Words that are issuing verbs only in some company: an application "accepted" (for review) is not yet approved;
// "handed over / out" is no decision.
const APPLICATION_EN = '(?:applications?|filings?|submissions?|dossiers?)';
const GUARDS: Record<string, (w: string) => string> = {
  accepted: (w) => `(?<!${APPLICATION_EN}\\s+(?:(?:was|were|has|have|had)\\s+)?(?:been\\s+)?)${w}(?![^.;]{0,60}?\\bfor\\s+(?:priority\\s+)?(?:review|filing|processing|evaluation|registration)|\\s+(?:the\\s+|its\\s+|an?\\s+)?(?:[\\w-]+\\s+){0,3}${APPLICATION_EN}\\b)`,
  handed: (w) => `${w}(?!\\s+(?:over|out|back)\\b)`,
  // A text passed on is put out only when it goes out for comment ("which the centre circulated for public comment");
  // sent to clients, among members or to a higher body, it is not issued (REVIEW S20-R6; rules/titles.ts reads the rest).
  circulated: (w) => `${w}(?=[^.;]{0,200}?\\bfor\\s+(?:public\\s+)?(?:comments?|consultation|feedback|opinions)\\b)`,
  distributed: (w) => `${w}(?=[^.;]{0,200}?\\bfor\\s+(?:public\\s+)?(?:comments?|consultation|feedback|opinions)\\b)`,
  'sent out': (w) => `${w}(?=[^.;]{0,200}?\\bfor\\s+(?:public\\s+)?(?:comments?|consultation|feedback|opinions)\\b)`,
};
const written = (w: string, form: string = w): string => (GUARDS[w] ?? ((x: string) => x))(form.replace(/ /g, '\\s+'));
/** Verbs by which a body gives an approval, a licence or a designation to a product or a company ("granted approval to X",
 *  "issued a licence to Y", "has given the nod to", "handed a permit to"): one list for every English grant rule and the
 *  hint before them (approvals.ts). */
export const GIVE_EN: VerbEn[] = [...GRANT_EN, ...some(PUBLISH_EN, 'issued'), ...some(PASS_EN, 'handed'), ...verbs(['gave', 'given'])];
/** Verbs by which a product or a company receives one ("secured approval from", "was granted a licence"): the passive of
 *  the give verbs with them. */
export const RECEIVE_EN: VerbEn[] = verbs('secured', 'received', 'obtained', 'won', 'gained', 'got', 'earned');
/** The verbs as the active voice writes them ("the NHC issued", "which the council passed"). */
export const activeEn = (...sets: VerbEn[][]): string => anyOf(...sets.flat().map((v) => written(v.past)));
/** The verbs as the passive writes them ("was issued by", "were given the green light by"). */
export const passiveEn = (...sets: VerbEn[][]): string => anyOf(...sets.flat().map((v) => written(v.participle)));
/** The verbs as written after a subject in either tense, simple or perfect ("granted", "gave", "has given"). */
export const pastOrPerfectEn = (...sets: VerbEn[][]): string =>
  anyOf(...[...new Set(sets.flat().flatMap((v) => [v.past, v.participle]))].map((w) => written(w)));
/** The same words bare, no guards: a cheap test before the patterns. */
export const wordsEn = (...sets: VerbEn[][]): string => [...new Set(sets.flat().flatMap((v) => [v.past, v.participle]))].join('|');
/** The participles opening a sentence ("Released on March 12 by …"), first letter in either case. */
export const frontedEn = (...sets: VerbEn[][]): string =>
  anyOf(...sets.flat().map((v) => written(v.participle, `[${v.participle[0]!.toUpperCase()}${v.participle[0]}]${v.participle.slice(1)}`)));
/** The give verbs in an English grant ("has granted approval to", "issued a licence to", "gave the nod to"). */
export const GIVE_VERB_EN = pastOrPerfectEn(GIVE_EN);
/** The receive verbs with the give verbs' passive ("secured approval from", "was granted a licence", "been issued"). */
export const RECEIVE_VERB_EN = anyOf(pastOrPerfectEn(RECEIVE_EN), `(?:was|were|been)\\s+${passiveEn(GIVE_EN)}`);
/** Both, bare: the words a sentence needs before any English grant pattern is tried. */
export const GRANT_WORDS_EN = wordsEn(GIVE_EN, RECEIVE_EN);
// The parts of an English clause around its verb, each named for what it is, so that every voice is the same parts in
// another order (rules/frames.ts): active AGENT HAVE MANNER verb; passive BE MANNER participle WHEN BY AGENT; fronted
// participle WHEN BY AGENT, then the title.
/** The perfect's auxiliary before an active verb: "has issued", "had passed". */
export const HAVE_EN = '(?:(?:has|have|had)\\s+)?';
/** The passive's auxiliary, a relative pronoun before it: "was", "which were", "has been". */
export const BE_EN = '(?:which\\s+)?(?:was|were|(?:has|have|had)\\s+been)\\s+';
/** How the act was done, before its verb or after it: "jointly", "officially", "conditionally", "first". */
export const MANNER_EN = '(?:(?:jointly|officially|formally|publicly|recently|first|also|finally|conditionally|fully)\\s+)?';
/** When or where the act was done, between the verb and its agent: "on Friday", "in December 2020", "last week", "June 16",
 *  "Thursday". */
export const WHEN_EN = `(?:(?:on|in)\\s+[^,;]{2,30}?\\s+|last\\s+\\w+\\s+|${MONTH_EN}\\s+\\d{1,2}(?:,?\\s+(?:19|20)\\d{2})?\\s+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+)?`;
/** The passive's agent: "by", the bodies right after it ("by the former CFDA"). */
export const BY_AGENT_EN = 'by\\s+(?:the\\s+)?(?:former\\s+|then\\s+)?';
/** A regulator's act of approving (English), with its optional manner: active and passive. */
export const APPROVE_EN = `${MANNER_EN}${activeEn(APPROVE_VERBS_EN, REGISTER_EN)}`;
export const APPROVED_BY_EN = `${MANNER_EN}${passiveEn(APPROVE_VERBS_EN, REGISTER_EN)}`;
/** The approving verbs' words alone, both voices, no context: plain words for a cheap test before the patterns. */
export const APPROVE_WORDS_EN = wordsEn(APPROVE_VERBS_EN, REGISTER_EN);
/** English issuing verbs with their tense and manner ("has jointly issued", "solicited comments on"), titles after them. */
export const ISSUE_VERB_EN =
  `${HAVE_EN}${MANNER_EN}(?:${activeEn(PUBLISH_EN, PASS_EN, verbs('approved'), GRANT_EN, AMEND_EN)}|promulgating|announced|solicited(?:\\s+(?:public\\s+)?(?:comments|opinions)\\s+on)?|deliberated\\s+and\\s+passed|voted\\s+to\\s+pass|voting\\s+to\\s+pass|put\\s+forward)`;
/** Any English issuing verb: a cheap test that spares prose sentences the long patterns (plain words, one space: the
 *  text is normalised, and a literal alternation is what the regex engine scans fastest). */
export const ISSUE_VERB_HINT_EN = new RegExp([...PUBLISH_EN, ...PASS_EN, ...APPROVE_VERBS_EN, ...GRANT_EN, ...AMEND_EN].map((v) => v.past).concat('promulgat', 'voted', 'voting', 'announced', 'solicited', 'put forward').join('|'), 'i');
/** A headline's verb after its subject, present or past ("Zhejiang Adopts …", "Beijing Issued …"): the one-word verbs of
 *  the list, capitalised as headlines write them. A title's lead words are never one. */
export const HEADLINE_VERB_EN = anyOf(...[...PUBLISH_EN, ...PASS_EN, ...APPROVE_VERBS_EN, ...GRANT_EN, ...AMEND_EN]
  .map((v) => v.past).filter((w) => /^[a-z]+ed$/.test(w)).map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1, -2)}(?:e?s|e?d)`));
/** The participle of a title's own passive clause that names who made it ("X, which was issued on D by A"). */
export const MADE_BY_EN = passiveEn(some(PUBLISH_EN, 'promulgated', 'issued', 'released', 'published', 'formulated'), some(PASS_EN, 'adopted', 'passed', 'enacted'), some(APPROVE_VERBS_EN, 'approved'), AMEND_EN);
/** An act dated in its own words: "dated", "granted on", "signed on". */
export const DATED_EN = `(?:dated|${passiveEn(some(GRANT_EN, 'granted'), some(PUBLISH_EN, 'issued'), verbs('given'), some(PASS_EN, 'signed'))}\\s+on)`;
/** The head words of an agreement's English title (longest first): one list for the kind-led title, the head-word kinds
 *  and the hint that runs before them. */
export const AGREEMENT_HEADS_EN = ['Memorandum of Understanding', 'Memorandum', 'Cooperation Agreement', 'Framework Agreement', 'Cooperation Arrangement'];
/** The nouns of a group of bodies named by number ("the two agencies", 上述三部门): the co-issuers named again. */
export const BODIES_NOUN_EN = '(?:agencies|ministries|bodies|regulators|departments|authorities|institutions|organs|commissions|courts)';
export const BODIES_NOUN_ZH = '(?:部门|部委|单位|机关)';
/** English head words that lead a title written kind first ("Guiding Opinions on …", "Implementation Plan for …"): one
 *  list, each a head of policies.ts EN_HEADS (its kind is read there); KIND_WORD_EN and policies.ts KIND_LED_HINT (their
 *  first words) are built from it. */
export const KIND_LED_HEADS_EN = ['Catalogue', 'Opinions', 'Measures', 'Regulations', 'Regulation', 'Rules', 'Provisions', 'Guidelines', 'Guideline', 'Guiding Principles', 'Guidance', 'Questions and Answers', 'Frequently Asked Questions', 'Q&A', 'Points to Consider', 'Notice', 'Circular', 'Announcement', 'Decision', 'Law', 'Act', 'Action Plan', 'Work Plan', 'Implementation Plan', 'Development Plan', 'Plan', 'Strategy', ...AGREEMENT_HEADS_EN];
export const KIND_WORD_EN = `(?:(?:Guiding|Several|Interim|Administrative|Implementation|Implementing|Detailed|Overall|Special|Technical)\\s+){0,2}(?:${KIND_LED_HEADS_EN.map((h) => h.replace(/ /g, '\\s+')).join('|')})`;

// Chinese issuing verbs: one list, and the subsets rules need, each named by what its verbs say.
/** Verbs that put a text out to its readers: 印发《X》, 现予公布; a spun repost's 印刷发放 / 印制发放 for 印发. */
const PUBLISH_ZH = ['印发', '发布', '公布', '印刷发放', '印制发放'];
/** …and those that say a text was brought in as law or policy: 出台, 颁布. */
const PROMULGATE_ZH = [...PUBLISH_ZH, '出台', '颁布'];
/** Verbs that make a text: 制定, 制订, 起草 (a draft's drafter puts it out for comment). */
const DRAFT_ZH = ['制定', '制订', '起草', '订立'];
/** Verbs of a body that grants a permit: 核发, 颁发 (许可证). */
const PERMIT_ZH = ['核发', '颁发', '发给', '发出'];
export const PUBLISH_VERB_ZH = anyOf(...PUBLISH_ZH);
export const PROMULGATE_VERB_ZH = anyOf(...PROMULGATE_ZH);
export const DRAFT_VERB_ZH = anyOf(...DRAFT_ZH);
export const PERMIT_VERB_ZH = anyOf(...PERMIT_ZH);
/** What a notice does to the text it carries: 关于印发/转发X的通知. */
export const NOTICE_VERB_ZH = anyOf(...PUBLISH_ZH, '转发');
/** Verbs that say a text was issued, agent or not: 近日出台了《X》, 审议通过的《X》. */
export const STATED_ISSUE_VERB_ZH = anyOf(...PROMULGATE_ZH, '通过', '发文', '签署', ...DRAFT_ZH);
/** Every verb by which a body issues a text or a permit (联合印发, 审议通过, 卫福部预告/订定). */
export const ISSUE_VERB_ZH = anyOf(...PROMULGATE_ZH, ...DRAFT_ZH, '审议通过', '通过', '发表', '下发', '签署', '推出', '批复', '发文', '签发', '预告', '订定', '公告', '颁发', '核发', '发出');
// The parts of a Chinese clause around its verb, each named for what it is, so that every voice is the same parts in
// another order (rules/frames.ts): active AGENT MANNER verb ASPECT title; passive title … ALREADY WHEN BY AGENT HOW verb.
/** Done already, before the passive's time and agent: 已, 已经, 业 (业于), 是, 系. */
export const ALREADY_ZH = '(?:已经?|业|是|系)?';
/** When the act was done, between 已 and its agent: 于2024年6月, 于一百十三年六月十九日. */
export const WHEN_ZH = '(?:于[^，。；由经]{2,16})?';
/** The passive's agent marker: 由 (made by), 经 (passed by). */
export const BY_AGENT_ZH = '(?:由|经)';
/** How the agents of a passive act, right before its verb: 联合, 审议, 三读. */
export const HOW_ZH = '(?:共同|联合|正式|研究|组织|表决|审议|[一二三]读)?';
/** How a body acts, before an active verb: 联合印发, 相继发布. */
export const MANNER_ZH = '(?:联合|共同|正式|相继|先后)?';
/** After the verb, before the title: 印发了《X》, 发布的《X》 (a relative clause), 订定之. */
export const ASPECT_ZH = '(?:了|的|之)?';
/** A revision as the act: 修订, 修正 (修改 only after another verb: 印发修改《X》). */
export const REVISE_ZH = '(?:修订|修正|修改)';
/** One who only asks for the act, right before its verb (提案修正「X」, 建议制定《X》): no issuing. */
export const NOT_ASKED_ZH = '(?<!提案|提议|建议|要求)';
/** A partner joining the subject of the act: 甲会同乙, 甲联合乙. */
export const PARTNER_ZH = '(?:会同|联合|协同)';
/** What joins the bodies of one act (甲、乙和丙, 甲牵头，会同乙): marks, conjunctions and partner verbs. */
export const JOIN_ZH = '(?:[、，,和与及]|会同|联合|协同|牵头|组织|共同|以及|并)';
