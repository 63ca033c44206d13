// Title rules: where a policy's or licence's title is written (《》, 「」, quotes, after an issuing verb, led by a
// kind word, 关于印发X的通知) and where an unquoted one ends. Finders run in policies.ts in this order.
import { APPROVE_VERBS_EN, HEADLINE_VERB_EN, ISSUE_VERB_EN, KIND_WORD_EN, NOTICE_VERB_ZH, PASS_EN, PROMULGATE_VERB_ZH, PUBLISH_EN, activeEn, passiveEn, some } from './fragments.ts';
import type { Rule } from './types.ts';
import { BARE_KIND_WORDS_EN } from '../../kinds.ts';

/** A sentence's own verb after "and" that ends a title before it ("… Resources and obtain approval", "… Banks and asked
 *  hospitals"): a title's own "and" joins nouns, written in lower case too ("of cell and gene therapy"). */
const AND_VERB_EN = '(?:obtain|obtained|ask|asked|asks|invite|invited|invites|open|opened|opens|seek|sought|seeks|solicit|solicited|solicits|call|called|calls|order|ordered|urge|urged|urges|require|required|requires|request|requested|requests|said|says|noted|added|told|announced|submit|submitted|file|filed|report|reported|must|should|shall|will|would|can|could|may|is|are|was|were|has|have|had|then|also)\\b';

/** A text named by its kind word in lower case after the verb, with what news writes before it: a set, a count, a year,
 *  up to two words of its own ("a set of 12 measures", "a 2025 work plan", "a three-year action plan", "draft rules").
 *  The kind words are the bare ones (kinds.ts) and their other words in news and machine translation (notification,
 *  programme, scheme, provisions, policies). */
export const KIND_PHRASE_EN = `(?:(?:set|series|package|raft|batch)\\s+of\\s+)?(?:(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|(?:19|20)\\d{2})\\s+)?(?:(?!(?:on|for|of|to|that|which|about|with|in|by|at|from|and|or|its|their|his|her|the|a|an|this|these|those|such|our|each|every|any|all|some|other|relevant|said)\\b)[a-z][a-z-]+\\s+){0,2}(?:${[...BARE_KIND_WORDS_EN, 'notification', 'program', 'programme', 'scheme', 'provision', 'guidance', 'policie'].join('|')})s?`;
/** A name that opens with kind words ("a set of measures to …"): a text named by description. */
export const KIND_PHRASE_LEAD_EN = new RegExp(`^${KIND_PHRASE_EN}\\b`);
/** What a text does, right after its kind words ("a guideline setting out …", "a notice requiring …"). */
export const PARTICIPLE_EN = '(?!(?:during|according|including|following|regarding|concerning|supporting|promoting|encouraging|being|having|morning|evening)\\b)[a-z]{2,}ing';
/** "released for public comment the draft X": the verb's complement before its object. */
export const FOR_COMMENT_EN = '(?:for\\s+(?:public\\s+)?(?:comments?|consultation|feedback)\\s+)?';

/** Whom a text is sent to, after its title ("issued the X to hospitals across the province"): a lower-case recipient,
 *  with the words news puts before it. */
const RECIPIENT_EN = '(?:(?:all|the|each|every|relevant|local|its|their|provincial|municipal|city|county|district|medical|designated|qualified|public|private|pilot|participating|[a-z]+-level)\\s+)*(?:hospitals|institutions|enterprises|companies|firms|authorities|departments|bureaus|commissions|governments|regulators|applicants|developers|sponsors|units|cities|provinces|counties|districts)\\b';
/** A sentence's own word after a title's closing draft or trial bracket ("… (Draft for Comments) invites comment"): the
 *  bracket ends the title ("(Trial) of 2015" goes on). */
const AFTER_STATUS_BRACKET_EN = '(?<=\\((?:[Ff]or\\s+)?(?:[Tt]rial|[Dd]raft|[Ee]xposure\\s+[Dd]raft|[Ii]nterim|[Pp]rovisional)[^()]{0,40}\\))(?=\\s+(?!(?:of|for|the|and|on|in|to|a|an|with|by|from|at)\\b)[a-z])';

/** A described text's topic after its kind words, in lower case ("a three-year action plan for the biomedicine industry"). */
const KIND_TOPIC_EN = '(?:\\s+(?:for|on)\\s+(?:the\\s+)?[a-z][a-z -]{2,50}?)?';

export const TITLE_RULES: Rule[] = [
  {
    id: 'title.site-suffix.zh',
    stage: 'span',
    language: 'zh',
    // A reposting site's headline ends in its channel and its own name ("…示范区-健康频道-某某网", "…_财经_某某网"):
    // no part of what the headline names.
    pattern: /(?:\s*[-_|｜—]+\s*[\p{Script=Han}A-Za-z0-9]{0,10}(?:频道|网|网站|在线|新闻|资讯|快讯|日报|晚报|财经|健康|科技|医药))+\s*$/u,
    action: 'cut from the end of a headline title',
    examples: { match: ['建设国家干细胞临床转化示范区-健康频道-快讯网', '某省出台细胞治疗新政_医药_某某网', '代表建议加快立法 | 中国某某在线'], noMatch: ['建设国家干细胞临床转化示范区', '关于印发上海-苏州协作方案的通知'] },
  },
  {
    id: 'title.book.zh',
    stage: 'span',
    language: 'zh',
    pattern: /《([^《》]{2,120})》/,
    action: 'Policy or License{title} (its kind from the head word; 《X》实施细则 is the implementing text of X)',
    examples: { match: ['省政府印发《某省干细胞临床研究管理办法》', '依据《医疗技术临床应用管理办法》'], noMatch: ['某省干细胞临床研究管理办法', '《》'] },
  },
  {
    id: 'title.unquoted-after-verb.zh',
    stage: 'span',
    language: 'zh',
    // 国务院印发关于支持X的意见 (unquoted): the title runs from 关于 to its kind word.
    pattern: new RegExp(`(${PROMULGATE_VERB_ZH})了?(关于[^，。；《》“”"]{4,60}?的(?:指导意见|实施意见|若干意见|意见|通知|决定|办法|方案|规定|若干措施|措施|批复))`, 'u'),
    action: 'Policy{title} issued by the actors before the verb',
    examples: { match: ['国务院印发关于促进生物经济发展的意见', '省卫健委发布了关于开展试点工作的通知'], noMatch: ['关于促进生物经济发展的意见', '印发《关于开展试点工作的通知》'] },
  },
  {
    id: 'title.kind-phrase.zh',
    stage: 'span',
    language: 'zh',
    // 国家卫生健康委近日印发通知，要求…; 两部门联合印发一份工作方案，明确…; 发布了一项通知: a text news names by its kind word
    // after the issuing verb, unquoted and untitled (a measure word or a count and a few words of its own before it);
    // the bodies before the verb issued it. Only where the clause goes on to say what it does (，要求 / ，明确 / 。).
    pattern: new RegExp(`(?<verb>${PROMULGATE_VERB_ZH}|下发|发出)了?(?:一份|一项|一套|一批|一系列)?(?<title>(?![的了])(?:[\\d一二三四五六七八九十]{1,3}条)?(?:(?![了在将])[\\p{Script=Han}]){0,16}?(?:通知|工作方案|实施方案|行动方案|方案|措施|意见|指引|指南|办法|规定|计划))(?=[，。；,;]|要求|明确|提出|部署)`, 'u'),
    action: 'Policy{title: the kind phrase, keyed by its first issuer} issued by the actors before the verb',
    examples: { match: ['国家卫生健康委近日印发通知，要求各地', '两部门联合印发一份工作方案，明确', '省政府办公厅印发细胞和基因治疗产业发展行动方案，提出', '省卫健委发布了一项通知，要求', '市政府出台20条措施，支持'], noMatch: ['印发《关于开展试点工作的通知》', '发布公告，预告订定', '按照通知要求', '近日印发的通知要求'] },
  },
  {
    id: 'title.corner.zh',
    stage: 'span',
    language: 'zh',
    // 「Title」 (Taiwan, Hong Kong): a title when its head word names a kind of text (a law's name may be 3 characters: 「醫療法」).
    pattern: /[「『]([^「」『』]{4,120}|\p{Script=Han}{2}法)[」』]/u,
    action: 'Policy{title} when its head word names a kind of text',
    examples: { match: ['衛福部修正「特定醫療技術檢查檢驗醫療儀器施行或使用管理辦法」', '『再生醫療法』草案', '修正「藥事法」部分條文'], noMatch: ['「好」', '《某某办法》', '「辦法」'] },
  },
  {
    id: 'title.after-verb.en',
    stage: 'span',
    language: 'en',
    // Titles after an issuing verb: quoted, capitalised, or a kind word with its topic ("issued guidelines on …").
    // A participle used as an adjective ("two of the approved CAR-Ts", "the newly issued X") issues nothing (policies.ts).
    pattern: new RegExp(`\\b(${ISSUE_VERB_EN})\\s+${FOR_COMMENT_EN}(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?(?:(?:(?:final|revised|updated|new|latest|official|full|complete)\\s+(?:version|text|edition)|(?:second|third|final)\\s+reading)\\s+of\\s+(?:the\\s+|its\\s+)?)?(?:(?:accompanying|supporting|related|corresponding|relevant|final|revised|long-awaited)\\s+)?(?<draft>draft\\s+(?=[A-Z]))?(?:(?:document|notice|circular)\\s+)?(?=["“]|[A-Z]|${KIND_PHRASE_EN}\\s+(?:on|for|of|to|supporting|promoting|regarding|concerning|encouraging|aimed\\s+at|(?:that|which)\\s+(?!(?:was|were|is|are|has|had)\\b)[a-z]+|${PARTICIPLE_EN})\\b|(?:amendments?|revisions?)\\s+(?:to|of)\\s+(?:the\\s+)?[A-Z])`),
    action: 'Policy or License{title up to title.end.en} issued by the actors before the verb',
    examples: { match: ['the bureau issued the Measures for the Administration of X', 'officials have jointly released "Rules on Y"', 'the commission published guidance on cell therapy', 'the legislature passed the third reading of the Cell Therapy Act', 'the meeting adopted the draft Organ Donation Law', 'the CDE published the accompanying Data Requirements for X', 'the agency released the revised Annex on Gene Therapy Medicines', 'jointly issued a work plan that names', 'has released a notification on further standardizing', 'rolled out 12 measures to support', 'issued a set of guidelines for', 'released for public comment the draft Measures for X'], noMatch: ['the bureau issued a statement', 'issued', 'issued the final decision', 'issued a warning about measures for', 'issued the notice that was'] },
  },
  {
    id: 'title.sent-to-recipients.en',
    stage: 'span',
    language: 'en',
    // "The health commission sent the Rules for X to hospitals across the province": passing a text on issues it only
    // to the issuer's own addressees (hospitals, institutions, local bureaus); sent to clients, to trial sites or to the
    // State Council for review, it is not put out (so these verbs are not in PUBLISH_EN); a text relayed ("distributed the
    // X, issued by the NHC, to hospitals") is the other body's: the title takes no comma.
    pattern: new RegExp(`\\b(?:(?:has|have|had)\\s+)?(?:jointly\\s+|officially\\s+)?(?:sent(?:\\s+out)?|circulated|distributed)\\s+(?:the\\s+)?(?<title>[A-Z][^;:.,]{4,200}?)(?=\\s+to\\s+${RECIPIENT_EN})`),
    action: 'Policy{title} issued by the actors before the verb',
    examples: { match: ['The commission sent the Rules for the Filing of Cell Projects to hospitals across the province', 'circulated the Guidance Notes on Cell Therapy to all public hospitals'], noMatch: ['sent the Measures for Stem Cells to clients with a summary', 'sent the draft Regulations on Cell Therapy to the State Council for review', 'distributed the Measures to its trial sites', 'distributed the Notice on Stem Cells, issued by the NHC, to all hospitals in the city'] },
  },
  {
    id: 'title.end.en',
    stage: 'span',
    language: 'en',
    // Where a title named after a verb ends: a clause, a date, or a verb of the sentence ("X applies to Y").
    pattern: new RegExp(`(?:${AFTER_STATUS_BRACKET_EN}|\\s+for\\s+(?:public\\s+)?(?:comments?|consultation|feedback)\\b(?![^()]*\\))|\\s+to\\s+(?=${RECIPIENT_EN})|,\\s+(?=[a-z])|;|\\.\\s|\\.$|\\s+under\\s+(?=the\\s|its\\s|[A-Z])|\\s*\\((?=[^()]{0,60}?(?:\\bNo\\.\\s*\\d|\\[(?:19|20)\\d{2}\\]|〔|\\bhereinafter\\b|,\\s*the\\s+["“])|(?:the\\s+)?["“][^"”()]{1,40}["”]\\))|\\s+on\\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\\d))|\\s+(?=(?:today|yesterday|(?:last|this|next)\\s+(?:week|month|year))\\b)|\\s+in\\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|19\\d\\d|20\\d\\d))|\\s+(?:into\\s+(?=(?:a|an|the)\\s+[a-z])|on\\s+the\\s+same\\s+day|which|that|and\\s+(?:the|its|it|this|${AND_VERB_EN})|at\\s+(?:an?\\s|the\\s+(?=[a-z]))|(?:together|along|jointly)\\s+with|in\\s+(?:conjunction|partnership|cooperation|collaboration)\\s+with|(?:after|before|following|amid|despite)\\s+(?=[a-z])|as\\s+well\\s+as|(?:applies|apply|covers|takes\\s+effect|took\\s+effect|(?:comes|came|enters|entered)\\s+into|aims|requires|stipulates|specifies|sets\\s+out|calls\\s+for|clarifies|encourages|supports|allows|permits|provides\\s+(?:that|for))|to\\s+(?:further|promote|implement|strengthen|support|guide|regulate|standardi[sz]e)|(?:will|shall|would|should|must|may|can|could)\\s+(?:be|not|have|come|take|further|also|help|promote|provide|apply|enter)|(?:(?:was|were|is|are|has\\s+been|had\\s+been)\\s+)?(?:jointly\\s+)?${passiveEn(PUBLISH_EN, PASS_EN, APPROVE_VERBS_EN)}\\s+(?:by|in|on|at|last|this|earlier)|(?<=\\((?:[Ff]or\\s+)?(?:[Tt]rial|[Dd]raft|[Ii]nterim|[Pp]rovisional)[^()]{0,40}\\)))\\b|:|["”])`),
    action: 'ends an unquoted English title',
    // No match: the title runs to the end of the text.
    examples: { match: [' (Trial), which took effect', ' (the "Somatic Measures"), which', ' (Guo Wei Fa [2024] No. 11, the "2024 Measures")', ' (NMPA Announcement No. 86 of 2025)', ' on March 1', ' applies to hospitals', ' will be implemented', ' (Trial) were finalised by the CDE', ' into a standing procedure', ' on the same day', ' together with the first', ' jointly with the NMPA', ' in conjunction with the', ' after talks with', ' following a review by', ' along with its accompanying', ' and obtain approval from', ' and asked hospitals to', ' at a forum in', ' at the same time', ' (Draft for Comments) and invited comment', ' (Draft for Comments) for public comment', ' (Trial) sets out', ' to hospitals across the province', ' to all designated medical institutions'], noMatch: ['for the Administration of Stem Cell Clinical Research', ' (Draft for comments)', ' (Trial) of 2015', ' to Hospitals', ' and Development of Cell Products', ' and gene therapy products', ' at the National Level'] },
  },
  {
    id: 'title.nested-quote.en',
    stage: 'span',
    language: 'en',
    // '"Hubei Provincial Biomedical Industry "14th Five-Year" Development Plan"': a quote mark after a space opens a
    // quoted part inside the title (a closing one follows a word); what follows the quote continues the title.
    pattern: /^(?<part>[^\s"“”][^"“”]{1,23})["”](?<rest>[^"“”]{2,80}?)["”]/,
    action: 'one title: the words before the inner quote, the quoted part, the words after it',
    examples: { match: ['15th Five-Year" Industry Plan" and build', 'Healthy China 2030" Action Plan" says'], noMatch: [' Development Plan" and', '14th Five-Year plan'] },
  },
  {
    id: 'title.quoted',
    stage: 'span',
    language: 'en',
    // Other quoted titles ("the 'Opinions on …'"): a title only when its head word is capitalised.
    pattern: /["“]([^"“”]{4,300})["”]|["“]([^"“”]{8,300})$/,
    action: 'Policy{title} when the quote has a capitalised head word and no issuing verb',
    examples: { match: ['under the "Opinions on Deepening Reform"', 'the “Guidelines for Cell Therapy Products” say'], noMatch: ['he said "ok"', 'no quotes here'] },
  },
  {
    id: 'title.named-list.en',
    stage: 'span',
    language: 'en',
    // A list named by its capitalised words alone, found after a publishing verb ("released the 2025 National Reimbursement
    // Drug List together with the country's first Commercial Health Insurance Innovative Drug List"): a year before it
    // is its date; "list" in lower case is no name.
    pattern: new RegExp(`\\b(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+(?:country['’]s\\s+|nation['’]s\\s+)?(?:first\\s+|new\\s+|latest\\s+)?(?:(?<year>(?:19|20)\\d{2})\\s+)?(?<title>(?:[A-Z][a-z]+\\s+){2,7}(?:List|Catalogue))(?![A-Za-z])`),
    action: 'Policy{title} issued by the bodies before the verb',
    examples: { match: ['The bureau released the 2026 Basic Medical Insurance Drug List on Friday', 'They published the new Provincial Rare Disease Drug List and the first Innovative Medicine Catalogue'], noMatch: ['The bureau released a list of 19 drugs', 'the Drug List was praised by firms', 'officials published the list of firms'] },
  },
  {
    id: 'title.kind-led.en',
    stage: 'span',
    language: 'en',
    // Unquoted titles led by a capitalised kind word ("implement the Opinions on Supporting X"): to the clause's end.
    // Led by "the" (a year before the title is its date, not its name: "the 2015 Measures for …", a word or two of
    // its own before the kind word: "the Pilot Work Plan for …"), or opening a line after a place ("Beijing: Several
    // Measures to …"), or after its issuer's name ("the State Council's Overall Plan for …"); spinners capitalise every
    // word ("Overall Strategy For The China …").
    pattern: new RegExp(`(?:\\b(?:[Tt]he|[Ii]ts|[Tt]heir|a\\s+set\\s+of|a\\s+new)\\s+(?:(?:19|20)\\d{2}\\s+|national\\s+|provincial\\s+|municipal\\s+|new\\s+|accompanying\\s+|supporting\\s+)?|\\b(?:titled|entitled)\\s+|['’](?<=[A-Za-z)]['’])s\\s+(?:(?:19|20)\\d{2}\\s+|new\\s+|latest\\s+)?|^(?:[A-Z][a-z]+:\\s+)?)((?:(?!(?:${KIND_WORD_EN}|${HEADLINE_VERB_EN})\\b)[A-Z][a-z]+\\s+){0,2}${KIND_WORD_EN}\\s+(?:[Oo]n|[Ff]or|[Oo]f|[Tt]o|[Rr]egarding)\\s+(?:[Tt]he\\s+)?(?:[A-Z(]|[a-z]+\\s+[A-Z]))`),
    action: 'Policy{title up to title.end.en}',
    examples: { match: ['to implement the Opinions on Supporting Biomedicine,', 'The notice, titled Notice on Publishing the Second Batch of Filed Institutions, says', 'under the Measures for the Administration of Y', 'sit above the 2015 Measures for the Administration of Z', 'builds on the Pilot Work Plan for Optimizing X', 'Beijing: Several Measures to Support the Y', 'is one of a set of Several Measures to Promote Cell Therapy', 'draws on the national Action Plan for Whole-Process Support', "the State Council's Overall Plan for the Y Zone", 'the cabinet’s Overall Strategy For The Z Zone', 'with its accompanying Guidelines for Filing X', 'It replaces the Questions and Answers on Potency Testing', 'under the Guidance on Post-Approval Changes'], noMatch: ['the opinions of experts', 'The Plan was praised', 'In Beijing, measures for X', 'Hubei Issues Measures for Y', 'Tianjin Adopted Regulations on Z'] },
  },
  {
    id: 'title.closing-bracket.en',
    stage: 'span',
    language: 'en',
    // A qualifier in brackets closes an unquoted title: "… Foreign Investment (Negative List) of China have …",
    // "… Industries (Revised in 2007) was promulgated"; the bracket belongs to the title.
    pattern: /\s\((?:Negative\s+List|Revised(?:\s+in)?\s+(?:19|20)\d{2}|(?:\d{4}\s+)?Revision|(?:\d{4}\s+)?Edition)\)/,
    action: 'ends a kind-led English title after the bracket',
    examples: { match: ['Market Access (Negative List) of the country', 'Industries (Revised in 2015) remains', 'Catalogue (2020 Edition) lists'], noMatch: ['Measures (Trial) took effect', 'the list (see below)'] },
  },
  {
    id: 'title.named-act.en',
    stage: 'span',
    language: 'en',
    // Laws and bills named by capitalised words before "Act" / "Law" / "Ordinance" / "Bill" ("its Advanced Regenerative
    // Bio Act", "The Pharmacy and Poisons (Amendment) Ordinance 2019", its chapter "(Cap. 138)" no part of the name);
    // a head word ends the name, so "the A Act and the B Act" are two.
    // Hong Kong's subsidiary legislation is named the same way ("the Pharmacy and Poisons (Amendment) Regulation 2025", with
  // its subject in brackets: "the Pharmacy and Poisons (Fees) (Amendment) Regulation 2026");
    // a name of only generic words ("the Amendment Regulation", "the Principal Ordinance") is a reference, not a name.
    pattern: /\b(?:[Tt]he|its|their|his|her)\s+((?:\d{1,2}(?:st|nd|rd|th)\s+)?(?!(?:(?:Amendment|Principal|Draft|New|Subsidiary|Relevant|Above|Said)\s+)+(?:Act|Law|Ordinance|Bill|Regulations?)\b)(?:(?!(?:Act|Law|Ordinance|Bill)\b)[A-Z][A-Za-z-]*\s+(?:(?:and|of|on|for)\s+(?:the\s+)?)*){1,7}(?:\((?!Amendment\))[A-Z][A-Za-z]+\)\s+)?(?:\(Amendment\)\s+)?(?:Act|Law|Ordinance|Bill|(?<=\(Amendment\)\s+)Regulations?|Regulations?(?=\s+(?:(?:19|20)\d{2}\b|\(Cap\.)))\b(?:\s+of\s+(?:19|20)\d{2}|\s+(?:19|20)\d{2}\b)?)(?:\s+\(Cap\.\s*\d+[A-Z]?\))?/,
    action: 'Policy{title} of kind law',
    examples: {
      match: ['passed its Advanced Regenerative Bio Act', 'the CHIPS and Science Act of 2022', 'The Medical Devices (Amendment) Ordinance 2024 was enacted', 'introduce the Medical Products Regulation Bill into the council', 'amend the Food Safety Ordinance (Cap. 612)', 'gazetted the Pharmacy and Poisons (Amendment) Regulation 2025', 'amends the Pharmacy and Poisons Regulations (Cap. 138A)', 'the Medical Devices (Fees) (Amendment) Regulation 2027, which'],
      noMatch: ['an act of kindness', 'the law says', 'the bill was passed', 'the Amendment Regulation will', 'the State Administration for Market Regulation said'],
    },
  },
  {
    id: 'title.named-scheme',
    stage: 'span',
    language: 'en',
    // A scheme named by a short name in quotes and its kind word (「1+」机制, 'the "1+" mechanism'), and a year's
    // Policy Address ("the 2025 Policy Address"): titles with no head word of a text before them.
    // A cross-border "Connect" scheme too (港澳药械通, 'the "Hong Kong and Macao Drugs and Medical Devices Connect"'), and
    // Hong Kong's public drug list, named without quotes (纳入医管局药物名册, "the HA Drug Formulary").
    pattern: /(?<name>[「“"'‘][^「」“”"'‘’\s]{1,12}[」”"'’]\s*(?:机制|mechanism|Mechanism)|(?:19|20)\d{2}(?:-\d{2})?\s+Policy\s+Address|(?<=[「“"]?)[\p{Script=Han}]{2,4}药械通(?=[」”"]?)|(?<=["“]|\bthe\s)[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){1,8}\s+Connect(?=["”]|\s+(?:policy|measure|scheme|programme|program|arrangement)\b)|(?:医管局|医院管理局)药物名册|(?:Hospital\s+Authority|HA)\s+Drug\s+Formulary)/u,
    action: 'Policy{name} of kind plan',
    examples: { match: ['新藥註冊「1+」机制的適用範圍', 'approved through the "1+" mechanism last year', 'in the 2025 Policy Address', '在前海设立「港澳药械通」指定医疗机构', 'the "Hong Kong and Macao Drugs and Medical Devices Connect" measure', 'under the Macao Drugs and Medical Devices Connect policy', '把更多细胞治疗产品纳入医管局药物名册', 'listed on the Hospital Authority Drug Formulary'], noMatch: ['审评结果互认机制', 'the review mechanism', 'the Policy Address', 'to connect hospitals', 'Stock Connect'] },
  },
  {
    id: 'title.transmitted.zh',
    stage: 'span',
    language: 'zh',
    // 关于印发X的通知 (a notice's own headline, X unquoted): X is issued by the bodies before it.
    // X may quote a programme's name inside it (关于发布2026年度“科技创新行动计划”某领域项目申报指南的通知).
    pattern: new RegExp(`关于(${NOTICE_VERB_ZH})((?:[^《》，。；、“”"]|“[^“”《》，。；]{1,30}”){4,80}?)的通知`, 'u'),
    action: 'Policy{X} issued by the bodies before 关于',
    examples: { match: ['某省卫生健康委关于印发某省细胞治疗管理办法的通知', '关于转发国家某某指导原则的通知', '某市科委关于发布2026年度“创新行动计划”细胞治疗领域项目申报指南的通知'], noMatch: ['关于开展试点工作的通知', '关于印发《某某办法》的通知'] },
  },
  {
    id: 'title.transmitted.en',
    stage: 'span',
    language: 'en',
    // "Notice of the General Office of X on Printing and Distributing the Y": the English form of 关于印发Y的通知 — Y is
    // the text, issued by the bodies named before the verb; the notice is only its cover.
    pattern: /^(?:Notice|Circular)\s+of\s+(?:the\s+)?[A-Z].{4,200}?\s+on\s+(?<verb>Printing\s+and\s+Distributing|Issuing|Distributing|Forwarding|Publishing|Promulgating|Transmitting|(?:Publicly\s+)?(?:Soliciting|Seeking)\s+(?:Public\s+)?(?:Comments|Opinions)\s+on|Public\s+Solicitation\s+of\s+(?:Comments|Opinions)\s+on|Soliciting\s+Public\s+(?:Comments|Opinions)\s+on)\s+(?:the\s+)?(?<title>["“]?[A-Z].{8,240})$/,
    action: 'Policy{title} issued by the bodies before the verb',
    examples: { match: ['Notice of the General Office of the Hunan Provincial People\'s Government on Printing and Distributing the Action Plan for X', 'Circular of the Ministry of Finance on Issuing the Measures for Y', 'Notice of the City Health Commission on Public Solicitation of Opinions on the "Measures for Z (Draft for Comment)"'], noMatch: ['Notice of the State Council on Strengthening Oversight of X', 'Notice on Printing and Distributing the Plan'] },
  },
  {
    id: 'title.transmitted-mt.en',
    stage: 'span',
    language: 'en',
    // 甲关于印发X的通知 machine-translated word for word: "X Office on the issuance of Y notice" — Y (its words in Chinese
    // order, lower case) is the text, issued by the body before "on".
    // ("… about printing and distributing the "Y" notice": 关于 as "about", no "of".)
    pattern: /^(?<body>[A-Z][\w'’ ,()-]{4,160}?)\s+(?:on|about|regarding|concerning)\s+(?:the\s+)?(?<verb>issuance|issuing|printing\s+and\s+distribution|printing\s+and\s+distributing|distribution|distributing|forwarding)\s+(?:of\s+)?(?:the\s+)?["“]?(?<title>[A-Z][^"“”]{8,240}?)["”]?\s+(?:notice|circular)$/i,
    action: 'Policy{title} issued by the body before "on"',
    examples: { match: ['Liuzhou Municipal People\'s Government Office on the issuance of Liuzhou City to support the biomedical industry a number of measures notice', 'Provincial Health Commission on the printing and distribution of the provincial cell therapy work plan notice', 'Lishui City Health Bureau Lishui City Medical Security Bureau about printing and distributing the "Lishui City cord blood bank management measures" notice'], noMatch: ['Notice of the General Office on Issuing the Measures', 'The office on the issuance of licences said'] },
  },
  {
    id: 'title.quoted-mt-word-order.en',
    stage: 'span',
    language: 'en',
    // A title machine-translated in Chinese word order, in lower case, its kind at the end ('"<City> City on speeding up
    // the <field> industry a number of measures"', 'the <Province> Province "<field> innovation five-year action plan"'): a
    // title though no head word is capitalised; a place's name right before the quote is its first words (the place was
    // inside 《》). A reply headline written writer first ("X on the reply to the suggestion No. N …", or with the reply
    // last: "X on the … No. N proposal of the reply") is one too; so is a quote opened by 关于 as "about" and closed by its
    // kind word ('"about further strengthening the … supervision work notice"').
    pattern: /(?:[A-Z][\w'’-]*\s+){0,5}["“](?!(?:[Ww]e|I|[Yy]ou|[Tt]hey|[Ii]t|[Oo]ur)\b)(?<inner>[^"“”]{12,240}?\s(?:a\s+number\s+of\s+measures|several\s+measures|(?:(?:three|five)-year\s+)?action\s+plan|implementation\s+(?:plan|rules|opinions|program(?:me)?)|(?:action|work)\s+program(?:me)?|work\s+plan|development\s+plan|management\s+measures|administrative\s+measures)(?:\s*[(（](?:19|20)\d{2}\s*[-–—至]\s*(?:19|20)\d{2}\s*年?[)）])?|(?:about|regarding|concerning)\s+[^"“”]{8,200}?\s(?:notice|circular|opinions|announcement)|[^"“”]{4,120}?\s+on\s+the\s+(?:reply|response)\s+to\s+[^"“”]{4,200}|[^"“”]{4,120}?\s+on\s+[^"“”]{4,200}?\bNo\.\s*\d+\s+(?:suggestion|proposal|motion)s?\s+(?:of|on)\s+the\s+(?:reply|response|answer))["”]/,
    action: 'Policy{title: the quote, with the place named right before it}',
    examples: { match: ['the "Zibo City on speeding up the medical device industry a number of measures" are printed', '"Hubei Provincial Health Commission on the reply to the suggestion No. 88"', 'according to the provincial bureau "about further tightening the cord blood bank inspection work notice" requirement', '"Gansu Provincial Health Commission on the provincial CPPCC twelfth session third meeting No. 0156 proposal of the reply"', 'as the Shandong Province "marine drugs innovation five-year action plan" requires', 'to implement the "Hunan Province to accelerate the biomedicine industry implementation program (2026-2028)" deployment'], noMatch: ['"we will take a number of measures"', 'under the "Action Plan for Cell Therapy"'] },
  },
  {
    id: 'title.year-edition.en',
    stage: 'span',
    language: 'en',
    // An earlier edition named by its year and kind ("Until then the 2019 Measures, which the ministry adopted that spring,
    // still apply"): a text of its own, whoever the clause after it says issued it.
    pattern: /\bthe\s+(?<title>(?:19|20)\d{2}\s+(?:[A-Z][a-z]+\s+){0,2}(?:Rules|Regulations|Measures|Guidelines|Provisions|Plan|Opinions|Catalogue))(?=\s*(?:[,)]|\s(?:which|that|issued|promulgated|will|are|is|was|were|remain|it)\b))/,
    action: 'Policy{title: the year and kind}',
    examples: { match: ['Until then the 2019 Detailed Rules, which the ministry adopted', 'under the 2017 Measures issued by'], noMatch: ['the 2023 rules', 'in 2023 Implementation Rules were'] },
  },
  {
    id: 'title.bill-to-amend.en',
    stage: 'span',
    language: 'en',
    // "On Friday the Assembly adopted the bill to amend Law No. N/YYYY on <subject>": what was passed is the amendment of
    // that law, a text of its own (named "Amendment to Law No. …"), issued by the body before the verb.
    pattern: /\b(?<verb>passed|adopted|enacted|approved)\b[^.;]{0,60}?\b(?:the\s+)?(?:government['’]s\s+)?(?:draft\s+)?bill\s+to\s+amend\s+(?<law>Law\s+No\.\s*\d+\/\d{4}(?:\s+on\s+[a-z][^,;.()]{4,100})?)/,
    action: 'Policy{Amendment to the law} ISSUED by the body before the verb',
    examples: { match: ['The Assembly passed the government\'s bill to amend Law No. 3/2021 on medical devices', 'lawmakers approved, in a final vote, the bill to amend Law No. 5/2019'], noMatch: ['the government tabled a bill to amend Law No. 9/2022', 'passed the bill on Monday'] },
  },
  {
    id: 'title.doc-number.zh',
    stage: 'span',
    language: 'zh',
    // 国卫医发〔2015〕48号, 第11/2021号法律 (Macao): a document number, given to the nearest policy title.
    pattern: /[\p{Script=Han}]{1,12}[\[〔［(（]\s*(?:19|20)\d{2}\s*[\]〕］)）]\s*\d{1,4}\s*号|第\d{1,3}\/(?:19|20)\d{2}号(?:法律|行政法规)?/u,
    action: 'docNumber of the nearest Policy title',
    examples: { match: ['国卫科教发〔2015〕48号', '京药监发(2020)12号', '第11/2021号法律《某某法》'], noMatch: ['2015年48号', '第48号'] },
  },
  {
    id: 'title.basis-field.zh',
    stage: 'span',
    language: 'zh',
    // A gazette notice's 依据 / 订定依据 field names the law it rests on without quotes, often with its article
    // (依據：行政程序法第一百五十四條第一項): the law up to its kind word is a title.
    pattern: /(?:^|[\s，。；])(?:[一二三四五六七八九十]{1,3}、)?(?:订定|修正|法源)?依据[:：]\s*(?<title>[\p{Script=Han}]{2,30}?(?:法|条例|办法|规则|细则))(?=第[一二三四五六七八九十百零〇\d]{1,6}条|[。；，]|$)/u,
    action: 'Policy{title}',
    examples: { match: ['依据：行政程序法第一百五十四条第一项。', '二、订定依据：某某制剂条例第十一条第二项。', '法源依据：药事法。'], noMatch: ['依据《某某条例》第三条', '依据相关规定办理', '主旨：预告订定某某标准草案。'] },
  },
  {
    id: 'title.self-short-name.zh',
    stage: 'span',
    language: 'zh',
    // 再生醫療製劑條例（以下簡稱本條例）: a law named without quotes that the text calls 本条例 after — a title.
    // Laws only: an 办法 so named is often an amended text whose id other pages key by its amendment (h66).
    pattern: /(?:^|(?<=[\s，。；：]))(?<title>[\p{Script=Han}]{3,30}?(?:条例|法))\s*\(以下(?:简称|称)["“]?本(?:条例|法)["”]?\)/u,
    action: 'Policy{title}',
    examples: { match: ['再生医疗制剂条例(以下简称本条例)业于公布', '总说明 某某医疗法(以下称本法)于同年施行'], noMatch: ['《某某条例》(以下简称本条例)', '某某管理办法(以下简称本办法)于九十二年订定发布'] },
  },
  {
    id: 'title.standard-code',
    stage: 'span',
    language: 'en',
    // A standard named with its code in brackets right after it: "the General Requirements for Human Mesenchymal Stem
    // Cells (GB/T 46218-2025)", 《干细胞库质量管理规范》（T/CSCB 0002—2024）. National (GB, GB/T), industry (YY/T, WS/T) and
    // group (T/…) codes end in their year.
    pattern: /\(\s*(?<code>(?:GB|YY|WS|T)(?:\/[TZ])?(?:\/[A-Z]{2,10})?\s*\d{1,6}(?:\.\d{1,3})?\s*[-—–]\s*(?<year>(?:19|20)\d{2}))\s*\)/u,
    action: 'Policy{title: the capitalised words before the bracket (English) or the title it follows; number: the code; year}',
    examples: { match: ['the General Requirements for Human Mesenchymal Stem Cells (GB/T 46218-2025), set', '《干细胞库质量管理规范》(T/CSCB 0002—2024)', 'Stem Cell Banking (YY/T 1234-2021)'], noMatch: ['(GB/T)', 'tested under GB 2020', '(No. 46 of 2025)'] },
  },
  {
    id: 'title.numbered-act.en',
    stage: 'span',
    language: 'en',
    // A text named by its issuer, kind and number ("NMPA Announcement No. 86 of 2025", "NHC Notice No. 3 [2026]"): in a
    // bracket after its title it is that title's number; alone, the text itself. (An order — "State Council Order No.
    // 818" — promulgates another text: it is how that text was issued, not a text of its own.)
    pattern: /\b(?<issuer>[A-Z][A-Za-z]{1,10}(?:\s+[A-Z][A-Za-z]{1,14}){0,3})\s+(?<kind>Announcement|Notice)\s+No\.\s*(?<no>\d{1,4})(?:\s+of\s+(?<year>(?:19|20)\d{2})|\s*\[(?<year2>(?:19|20)\d{2})\])?/,
    action: 'Policy{title: issuer kind No. N of YEAR, issuer: the body opening it, year}; a number of the title right before it',
    examples: { match: ['laid down in NHSA Announcement No. 14 of 2026, as', '(NMPA Announcement No. 86 of 2025)', 'under NHC Notice No. 3 [2026]'], noMatch: ['the Announcement on X', 'No. 86 of 2025', 'announcement no. 86', 'promulgated by State Council Order No. 818'] },
  },
  {
    id: 'title.listing-chapter',
    stage: 'span',
    language: 'en',
    // A stock exchange's listing-rule chapter is a rule text of its own ("HKEX introduced Chapter 18A in 2018", "listing
    // under the exchange's Chapter 18C rules", 《上市规则》第十八A章): a chapter with a letter, or any chapter "of the Listing Rules";
    // a bare lettered chapter only in a sentence about listing (an ordinance's chapter — Cap. 57A — is not one).
    pattern: /\bChapter\s+(?<no>\d{1,2}[A-Z]{1,2})\b(?:\s+(?:listing\s+)?(?:rules?|regime)\b)?(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w&'’]*\s+){0,6}[Ll]isting\s+[Rr]ules)?|\bChapter\s+(?<no2>\d{1,2})\s+of\s+(?:the\s+)?(?:[A-Z][\w&'’]*\s+){0,6}Listing\s+Rules|《?(?:主板|GEM|创业板)?上市规则》?第(?<no3>[一二三四五六七八九十\d]{1,3}[A-Z])章/u,
    action: 'Policy{title: Chapter N (上市规则第N章), kind: rules}; issued by the actors before an issuing verb right before it',
    examples: {
      match: ['HKEX introduced Chapter 18A in 2018', "listing under the Hong Kong stock exchange's Chapter 18A rules", 'Chapter 8 of the Main Board Listing Rules', '根据《上市规则》第十八A章上市'],
      noMatch: ['Chapter 3 of the Measures', 'in chapter 18a', '第三章', '《藥劑業及毒藥規例》（第138A章）'],
    },
  },
  {
    id: 'title.gazetted-kind.zh',
    stage: 'span',
    language: 'zh',
    // 醫院管理局修訂的收費表今日（10日）刊憲: an unquoted text named by its kind noun after the body that made it (…修订的/制定的),
    // gazetted in the same clause — Hong Kong's fee schedules, regulations and schedules.
    pattern: /(?<owner>[\p{Script=Han}]{2,16}?)(?<verb>修订|修改|制定|订立|拟备|厘定)的(?<kind>[\p{Script=Han}]{0,6}?(?:收费表|收费规例|规例|附表|费用表|规则))(?=(?:今日|昨日|今天|昨天|明日|本月\d{1,2}日|\d{1,2}月\d{1,2}日)?(?:\(\d{1,2}日\))?(?:已|将|正式)?(?:于|在)?(?:宪报)?(?:刊宪|刊登于宪报|在宪报刊登))/u,
    action: 'Policy{title: owner + kind, span: the kind} issued by the actors before the verb, on the gazette day',
    examples: {
      match: ['医院管理局修订的收费表今日(10日)刊宪', '卫生署拟备的规例已于宪报刊宪'],
      noMatch: ['医院管理局修订的收费表将于5月1日生效', '《收费表》今日刊宪'],
    },
  },
  {
    id: 'title.described-decree.en',
    stage: 'span',
    language: 'en',
    // A text a law-firm alert names by description, its decree number in brackets after it ("supersedes the administrative
    // measures issued in 2011 (State Council Decree No. 587)"): the description is its name, the decree's body
    // its issuer (DECREE_AFTER_TITLE), the year of its own clause its date.
    pattern: new RegExp(String.raw`\bthe\s+(?<title>(?:(?:previous|former|original|old|earlier|implementing|administrative|current)\s+){0,2}(?:regulations|rules|measures|provisions)(?:\s+${passiveEn(some(PUBLISH_EN, 'promulgated', 'issued'), some(PASS_EN, 'adopted'))}\s+in\s+(?:19|20)\d{2})?)(?=\s+\((?:the\s+)?(?:State\s+Council|[A-Z]{2,8})\s+(?:Decree|Order)\s+No\.\s*\d+\))`),
    action: 'Policy{title: the description} issued by the decree\'s body',
    examples: { match: ['supersedes the administrative measures issued in 2011 (State Council Decree No. 587) in full', 'repeals the previous rules (State Council Order No. 12)'], noMatch: ['the implementing regulations promulgated in 2002', 'the Regulations (State Council Decree No. 818)'] },
  },
  {
    id: 'title.described-memorandum.en',
    stage: 'span',
    language: 'en',
    // An agreement named by what it is about, then who signed it ("The two regulators said the memorandum on data sharing
    // concluded between them last year …"): the description is its name, the signers its issuers.
    pattern: /\bthe\s+(?<title>(?:memorandum(?:\s+of\s+understanding)?|MoU|MOU|(?:cooperation\s+|framework\s+)?agreement|cooperation\s+arrangement)\s+(?:on|of|for)\s+[a-z][^,;.()"“”]{3,80}?)(?=\s+(?:(?:jointly|formally)\s+)?(?:signed|concluded|inked)\s+(?:by|between)\s)/,
    action: 'Policy{title: the description, kind agreement} issued by the signers (issue.passive-by.en)',
    examples: { match: ['Both sides keep to the memorandum on joint inspections of blood banks concluded between the two bureaus', 'the cooperation agreement on cord blood banking jointly signed by the two'], noMatch: ['the memorandum was signed by', 'the Memorandum on Cooperation signed by', 'the agreement on prices reached by'] },
  },
  {
    id: 'title.described-cases.en',
    stage: 'span',
    language: 'en',
    // Courts and procuratorates publish "typical cases" by description, untitled and in lower case: after a publishing verb
    // (and a count, a batch) the description up to the clause's end is the text's name, the bodies before the verb its
    // issuers; counted and first, it is named before its passive ("Six typical cases on X were published by A and B").
    pattern: new RegExp(String.raw`(?:\b(?<verb>${activeEn(some(PUBLISH_EN, 'issued', 'released', 'published', 'unveiled', 'put out', 'made public'))})\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:first|second|third|fourth|fifth|new|latest|another|fresh)\s+)?(?:(?:batch|set|group|series|list)\s+of\s+)?|\b(?=(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s))(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+dozen)\s+)?(?<title>(?:typical|guiding|model|representative|landmark)\s+cases\s+(?:on|of|involving|concerning|regarding|related\s+to|in)\s+[^.;:,()"“”]{3,140}?)(?=\s*[.;:,(]|\s+(?:which|that|to\s+[a-z]+|as|were|was|have\s+been|and\s+(?:said|called|urged|warned)|(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)|in\s+(?:19|20)\d{2})\b|$)`, 'i'),
    action: 'Policy{title: the description, kind guideline} issued by the actors before the verb, or after "by" of its passive',
    examples: {
      match: ['The procuratorate has put out a second batch of guiding cases involving organ trafficking, which', 'Six typical cases on fake stem cell clinics were published jointly by the two courts', 'the court issued 10 guiding cases on biotechnology patents on Monday'],
      noMatch: ['doctors reported typical cases of cytokine release syndrome', 'the court released a statement on the cases', 'released eight typical cases', 'the most typical cases of rejection followed'],
    },
  },
  {
    id: 'title.joint-described.en',
    stage: 'span',
    language: 'en',
    // A text a commentary names by its year, its issuers' short names joined by hyphens and a lower-case description
    // ("under the 2024 MOFCOM-NHC-NMPA pilot notice on expanding opening-up in the medical field"): the description is its
    // name (a weak one: kept apart from the year and bodies, so that a real title's id wins when the texts are joined),
    // the hyphenated bodies its issuers, the year its date.
    pattern: /\bthe\s+(?<year>(?:19|20)\d{2})\s+(?<bodies>[A-Z][A-Za-z]{1,9}(?:-[A-Z][A-Za-z]{1,9}){1,4})\s+(?<title>(?:[a-z]+\s+){0,2}(?:notice|circular|opinions|measures|rules|guidelines?|plan|announcement|catalogue|list)\s+(?:on|for|of|regarding|concerning)\s+[^.,;:()"“”]{3,120}?)(?=\s*[.,;:(]|\s+(?:which|that|and|to|as)\b|$)/,
    action: 'Policy{title: the description, date: the year} ISSUED by the hyphenated bodies',
    examples: { match: ['firms rely on the 2023 NHC-NMPA joint notice on cell therapy filings.', 'under the 2025 MIIT-NDRC-MOFCOM action plan for biomanufacturing, which'], noMatch: ['the 2024 notice on filings', 'the 2024 Sino-Swiss agreement on trade'] },
  },
  {
    id: 'title.bare-act.zh',
    stage: 'span',
    language: 'zh',
    // An act named bare, as Taiwan and Hong Kong news write laws (再生醫療法於D經總統公布, 定X條例自D施行, 依藥事法第八十二條):
    // a name ending in 法 or 条例 right before the words only an act takes — its article, its promulgation by the
    // president, the day it takes effect. (Matched on the simplified text; the word before the name is no part of it.)
    pattern: /(?<=^|[，。；：、（(\s]|依|依据|依照|根据|按照|违反|违背|定|及|与|和)(?<title>(?!定|将|与|及|和|经|于|由|按|根据|对|在|新)(?:(?!本|该|此|其|现行|以下|简称|依|第|原|爰)[\p{Script=Han}]){1,12}?(?:法|条例))(?=第[一二三四五六七八九十百零〇\d]+条|(?:已于|于)?[^，。；]{0,16}?经总统(?:于[^，。；]{0,14})?公布|自[^，。；]{2,16}?起?施行)/u,
    action: 'Policy{title: the act} (its promulgation by the president: issue.passive-by.zh)',
    examples: { match: ['再生医疗法于113年6月19日经总统公布', '，定再生医疗法自116年1月1日施行', '违反药事法第八十二条第一项', '依细胞治疗条例第五条'], noMatch: ['本法自公布日施行', '该条例第三条', '细胞疗法的发展', '依法第五条', '（以下简称本条例）自公布日施行', '该法第五条', '现行条例第二条'] },
  },
  {
    id: 'title.numbered-order.zh',
    stage: 'span',
    language: 'zh',
    // 行政院以院臺衛字第1151040123號令，定X自D施行: an order named by its number (字第N号令) is a text of its own, made by the
    // body before 以.
    // Only an order that itself fixes a day (，定X自D施行): with 公布「X」 or 修正发布「X」 after it, the body issues X (the order is
    // how, not what).
    pattern: /以(?<title>[\p{Script=Han}]{1,6}字第[0-9０-９]{4,14}号令)(?=[，,]?\s*(?:定|核定|明定))/u,
    action: 'Policy{title: the numbered order, kind regulation} issued by the actors before 以',
    examples: { match: ['行政院于今（115）年12月3日以院台卫字第1151040123号令，定', '行政院以院台卫字第1151050001号令核定'], noMatch: ['以院台卫字第1151040123号函', '依院台卫字第1151040123号令', '总统以华总一义字第11500012345号令公布', '卫福部以卫部医字第1141668001号令修正发布'] },
  },
  {
    id: 'title.kind-by-agent.en',
    stage: 'span',
    language: 'en',
    // "according to a notice issued by the NHC on Monday", "under a circular jointly released by A and B last week": a
    // text news names by its kind word alone, then who put it out; the kind word is its name (gold writes "the notice").
    // ("A work plan issued by …" may open it.) Not "The notice, issued by …" opening a sentence: that names again a text of the sentence before (issue.kind-anaphor-by.en);
    // not one put out by an unnamed body ("by the city's health commission"): a bare kind word with no issuer is no one text.
    pattern: new RegExp(String.raw`(?:\b[Aa]n?\s+|(?<!^\s*)\b(?:the|[Tt]his)\s+|(?<=\b(?:[Uu]nder|according\s+to|[Pp]er|[Ii]n\s+line\s+with)\s+))(?:new\s+|joint\s+|recent\s+|latest\s+)?(?:(?<year>(?:19|20)\d{2})\s+)?(?<title>${KIND_PHRASE_EN}${KIND_TOPIC_EN})(?=\s+from\s+(?:the\s+)?(?<from>(?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)*[A-Z][\w'’&-]*)|\s+(?:that\s+)?(?:the\s+)?(?:[A-Z][\w'’&()-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){1,10}(?:has\s+|had\s+)?(?:jointly\s+)?(?:issued|released|published|unveiled)\b|\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?(?:(?:jointly|formally|recently)\s+)?${passiveEn(some(PUBLISH_EN, 'issued', 'released', 'published', 'unveiled'), some(PASS_EN, 'adopted'))}\s+(?:[^,;.]{0,30}?\s+)?by\s+(?:the\s+)?[A-Z])`),
    action: 'Policy{title: the kind word} issued by the agents after "by" (issue.passive-by.en)',
    examples: { match: ['builds on a 2023 notice from the National Medical Products Administration that asked', 'must register under a notice the Jiangsu Provincial Health Commission issued on Friday', 'according to a notice issued by the National Health Commission on Monday', 'under a circular jointly released last week by the NHC', 'under new rules published by the NMPA on Tuesday', 'according to guidelines released by the NHC', 'part of a five-year development plan released Tuesday by the General Office', 'A three-year action plan for the biomedicine industry was released on Friday by the Chongqing'], noMatch: ['under a notice released on Friday by the city\'s health commission', 'The notice, issued by the Ningbo Municipal Health Commission and', 'the notice said', 'the Notice on Cell Banks, issued by the NHC', 'a notice issued by experts'] },
  },
  {
    id: 'title.kind-by-agent-active.en',
    stage: 'span',
    language: 'en',
    // The same text named by its kind word in the active news lead: "The NHC on Monday issued a notice requiring hospitals
    // to …", "the NMPA released new guidelines calling for …", "has issued a circular on strengthening …": the subject before
    // the verb put it out. A body's head word (or its short name) ends the subject, so a firm's notice to its staff is none;
    // only what the text then demands or is about follows (not "issued a notice of the meeting"); "the notice" is left to
    // anaphora (a text named before).
    pattern: new RegExp(String.raw`(?<=\b(?:Commission|Administration|Ministry|Bureau|Council|Office|Department|Government|Authority|Committee|Cent(?:re|er)|Agency|[A-Z]{2,6})(?:\s+\([A-Z]{2,6}\))?(?:\s+(?:on\s+\w+|last\s+\w+|this\s+\w+|has|have|had|jointly|also|recently|formally|today|yesterday))*\s+)(?<verb>${activeEn(some(PUBLISH_EN, 'issued', 'released', 'published', 'unveiled', 'put out'))})\s+(?:an?\s+|its\s+)?(?:new\s+|joint\s+|urgent\s+|draft\s+)?(?<title>(?:${BARE_KIND_WORDS_EN.join('|')})s?)(?=\s+(?:requiring|ordering|asking|urging|telling|directing|instructing|banning|barring|calling\s+(?:for|on)|that\s+(?:requires?|orders?|bans?|asks?|calls)|on\s+(?:further\s+)?[a-z]+ing\b|to\s+(?:strengthen|regulate|tighten|ban|curb|standardi[sz]e|improve|promote|support|require|stop|halt|crack|step)\b))`),
    action: 'Policy{title: the kind word} issued by the actors before the verb',
    examples: { match: ['The National Health Commission on Monday issued a notice requiring hospitals to', 'the NMPA has released new guidelines calling for', 'The Shanghai Municipal Health Commission issued a circular on strengthening the', 'The Ministry published a notice to tighten'], noMatch: ['The NHC issued a notice of the meeting', 'The NHC issued the notice requiring', 'The NHC issued a notice on Monday', 'Acme Bio issued a notice requiring staff to'] },
  },
  {
    id: 'title.kind-then-agent.en',
    stage: 'span',
    language: 'en',
    // The wire story's lead with the text first and its body after the comma: "In a notice released on its website on
    // Monday, the Beijing Municipal Health Commission said …", "In new guidelines published this week, the NHC asked …":
    // the kind word names the text, the body that speaks after the comma put it out (its verb marks the issuing act).
    pattern: new RegExp(String.raw`^\s*(?:In|Under|Through)\s+(?:an?\s+|its\s+)?(?:new\s+|joint\s+|latest\s+|recent\s+)?(?<title>(?:${BARE_KIND_WORDS_EN.join('|')})s?)\s+(?:${passiveEn(some(PUBLISH_EN, 'issued', 'released', 'published'))}|posted)\b[^,;]{0,60},\s+(?:the\s+)?[A-Z][^,;]{1,120}?\s+(?<verb>said|says|announced|ordered|required|asked|told|urged|called|banned|set)\b`),
    action: 'Policy{title: the kind word} issued by the actors between the comma and the speaking verb',
    examples: { match: ['In a notice released on its website on Monday, the Beijing Municipal Health Commission said', 'In new guidelines published this week, the National Health Commission asked', 'In a joint circular issued on Friday, the NHC and the NMPA ordered'], noMatch: ['In a statement released on Monday, the NMPA said', 'The notice released on Monday said', 'In a notice released on Monday, experts said'] },
  },
  {
    id: 'title.signed-agreement.en',
    stage: 'span',
    language: 'en',
    // "A and B signed a cooperation agreement on Tuesday allowing …", "inked a memorandum of understanding on data sharing":
    // an agreement named by what it is (and its topic), after the signing verb; the bodies before the verb signed it.
    pattern: /\b(?<verb>signed|inked|concluded)\s+(?:a|an|the|their)\s+(?:new\s+|first\s+)?(?<title>(?:(?:strategic\s+)?cooperation\s+|framework\s+)?(?:agreement|memorandum(?:\s+of\s+understanding)?|MoU|MOU|arrangement)(?:\s+(?:on|for)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d)[a-z][^,;.()"“”]{3,80}?)?)(?=\s+(?:on|in|last|this|with|to|allowing|that|which|under|at)\b|\s*[,;.(]|$)/,
    action: 'Policy{title: the agreement as written, kind agreement} issued by the actors before the verb',
    examples: { match: ['the two bureaus signed a cooperation agreement on Friday allowing', 'The regulators inked a memorandum of understanding on data sharing in May.'], noMatch: ['signed a letter', 'the agreement was signed by both', 'signed the Framework Agreement on Trade'] },
  },
  {
    id: 'title.described-cases.zh',
    stage: 'span',
    language: 'zh',
    // 最高法、最高检、公安部联合发布危害药品安全犯罪典型案例, 公布了第二批5起非法行医典型案例: the cases' description after a
    // publishing verb (and a count) is the text's name, unquoted; the bodies before the verb issued it.
    pattern: new RegExp(`(?<verb>${PROMULGATE_VERB_ZH})了?(?:第[一二三四五六七八九十\\d]{1,3}批)?(?:[\\d一二三四五六七八九十]{1,3}(?:个|件|起|批))?(?<title>[\\p{Script=Han}“”、]{2,40}?(?:典型案例|指导性案例))`, 'u'),
    action: 'Policy{title: the description} issued by the actors before the verb',
    examples: {
      match: ['省高级人民法院与省检察院联合发布涉细胞治疗诈骗犯罪典型案例', '省检察院公布了第二批5起非法行医典型案例'],
      noMatch: ['法院审理了一起非法行医案件', '发布《某某典型案例汇编》'],
    },
  },
  {
    id: 'title.year-headline.zh',
    stage: 'span',
    language: 'zh',
    // A line that is only a year and a text's name (2026年施政報告, 2025年政府工作报告 heading an address's page): the text.
    pattern: /^\s*(?<title>(?:19|20)\d{2}年度?[\p{Script=Han}]{0,8}?(?:施政报告|工作报告|财政预算案|预算案|规划纲要|发展规划))\s*$/u,
    action: 'Policy{title: the line} when its head word names a kind of text',
    examples: { match: ['2026年施政报告', '2025年政府工作报告'], noMatch: ['2026年9月16日', '今年施政报告提出', '2026年施政报告提出设立中心'] },
  },
  {
    id: 'title.doc-number.en',
    stage: 'span',
    language: 'en',
    // "(Wu Xin Guan Gui [2021] No. 9)" right after a title: the number in pinyin, its year in brackets.
    pattern: /^\s*\(\s*(?:[A-Z][a-z]+\s+){1,6}[\[〔](?<year>(?:19|20)\d{2})[\]〕]\s*No\.\s*\d{1,4}\b/,
    action: 'year of the Policy title just before, when nothing else dates it',
    examples: { match: [' (Su Yao Jian Gui [2022] No. 5) is hereby abolished', ' (Guo Wei Fa [2015] No. 48, the "2015 Measures")'], noMatch: [' (No. 9 of 2021)', ' [2021] No. 9', ' (Article 9)'] },
  },
];
