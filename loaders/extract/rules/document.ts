// Document-level rules: page dates, signature blocks, headlines that name their issuers, self-reference.
import { DATE, DRAFT_VERB_ZH, HEADLINE_VERB_EN, ISSUE_VERB_ZH, MANNER_EN, MONTH_EN, NOTICE_VERB_ZH, PASS_EN, PUBLISH_EN, passiveEn, PAGE_DATE_LABEL_EN, PAGE_DATE_LABEL_ZH, PERMIT_VERB_ZH, PROMULGATE_VERB_ZH, PUBLISH_VERB_ZH, SELF_EN, SELF_ZH } from './fragments.ts';
import type { Rule } from './types.ts';
import { CONTACT_LABEL_EN, CONTACT_LABEL_ZH, UNIT_HEAD_EN } from '../../read/contact-line.ts';

const KIND_EN = '(?:Notice|Circular|Opinions?|Measures|Regulations?|Rules|Provisions|Guidelines?|Guiding\\s+Principles|Decision|Announcement|Plan|Reply)';
/** What a listed company announces about itself: a disclosure, a subsidiary, a certificate or approval it obtained, its board. */
const COMPANY_AFFAIRS_ZH = '(?:自愿披露|(?:控股|全资)?子公司|获得[^，。；：:《》]{0,30}?(?:证书|批准|通知书|受理|许可|认定)|股东大会|董事会|持股|减持)';
// …with the qualifier a kind word may carry (关于…的实施意见, …的指导意见, …的工作方案, …的管理办法).
const KIND_ZH = '(?:(?:实施|指导|若干|工作|管理|行动)?(?:通知|意见|决定|办法|规定|方案|公告|通告|批复|答复|函|细则|指南|指引|须知|指导原则|规划|计划|条例))';

export const DOCUMENT_RULES: Rule[] = [
  {
    id: 'issue.author-line',
    stage: 'document',
    language: 'zh',
    // Before the person on the line under a title: nothing but the speaker's post (行政長官李家超　2026年9月16日, "Chief Executive
    // John Lee, 16 September 2026") — that person issued the title, on the line's date. Matched on the Simplified form of the line.
    pattern: /^\s*(?:(?:香港特别行政区|澳门特别行政区)?(?:政府)?(?:行政长官|特首|主席|总统|院长|局长|部长|署长|市长)|(?:The\s+)?(?:Chief\s+Executive|Financial\s+Secretary|President|Premier|Governor|Mayor|Secretary\s+for\s+[A-Z][\w\s,]{2,40}?))?\s*$/u,
    action: 'ISSUED(person → the title above), dated by the line',
    examples: { match: ['行政长官', '香港特别行政区行政长官', 'Chief Executive ', ''], noMatch: ['记者', '作者：', '本报记者 '] },
  },
  {
    id: 'standard.code-before-title',
    stage: 'document',
    language: 'zh',
    // A standards notice writes each standard's code before its title (DB37/T 4813—2026《X》, T/CMBA 031—2026《Y》): the code's
    // year dates the title when nothing else does, and the code stands for it after ("DB37/T 4813—2026代替…").
    pattern: /(?<code>(?:GB|DB\d{2}|YY|WS|T)(?:\/[TZ])?(?:\/[A-Z]{2,10})?\s*\d{1,6}(?:\.\d{1,3})?\s*[—–-]\s*(?<year>(?:19|20)\d{2}))\s*$/u,
    action: 'the title after it: year from the code, keyed by the code for later clauses',
    examples: { match: ['其中，DB37/T 4812—2026', '一、T/CMBA 031—2026', 'GB/T 46218-2025'], noMatch: ['2026年第27号', 'DB37/T'] },
  },
  {
    id: 'standard.among-them.zh',
    stage: 'document',
    language: 'zh',
    // 其中，DB37/T 4812—2026《X》、DB37/T 4813—2026《Y》由…提出并归口: a clause opened by 其中 lists texts of the act the
    // sentence before stated (批准《X》等12项…): each takes that act's issuers and date.
    pattern: /^\s*其中[，,：:]/u,
    action: 'titles of the clause: issuers and date of the same act stated before for one of them',
    examples: { match: ['其中，DB37/T 4812—2026《X》', '其中：《甲》'], noMatch: ['其中的《X》', '根据其中规定'] },
  },
  {
    id: 'standard.replaced-by-code.zh',
    stage: 'document',
    language: 'zh',
    // DB37/T 4813—2026代替DB37/T 3879—2020《Z》: the standard of the first code replaces Z.
    pattern: /(?<code>(?:GB|DB\d{2}|YY|WS|T)(?:\/[TZ])?(?:\/[A-Z]{2,10})?\s*\d{1,6}(?:\.\d{1,3})?\s*[—–-]\s*(?:19|20)\d{2})\s*(?:同时)?(?:代替|替代|取代)\s*(?:(?:GB|DB\d{2}|YY|WS|T)(?:\/[TZ])?(?:\/[A-Z]{2,10})?\s*\d{1,6}(?:\.\d{1,3})?\s*[—–-]\s*(?:19|20)\d{2})?\s*$/u,
    action: 'SUPERSEDES(the standard keyed by the first code, the title after)',
    examples: { match: ['DB37/T 4813—2026代替DB37/T 3879—2020', 'GB/T 1234—2026代替'], noMatch: ['本标准代替', 'DB37/T 4813—2026'] },
  },
  {
    id: 'issue.list-lead.zh',
    stage: 'document',
    language: 'zh',
    // 学会批准发布以下五项团体标准，特此公告。 then 一、T/CMBA 031—2026《X》 二、…: the texts listed on the numbered lines after a
    // publishing verb and 以下/如下/下列 are issued by the lead's subject (else the page's own issuer), on its date.
    pattern: new RegExp(`(?:批准)?(?:${PUBLISH_VERB_ZH}|${PROMULGATE_VERB_ZH})了?(?:以下|如下|下列)(?:[\\d一二三四五六七八九十两]+[项个份部])?[^。；：:]{0,16}?(?:标准|文件|指南|规范|办法|目录|清单|规定|指导原则)`, 'u'),
    action: 'ISSUED(each listed title) by the actors before the verb, else by the own text\'s issuers; dated by the lead or the own text',
    examples: { match: ['学会经审查批准发布以下五项团体标准，特此公告。', '国家药监局发布以下两项技术指导原则：', '现印发下列文件'], noMatch: ['以下简称《办法》', '发布了多项指南'] },
  },
  {
    id: 'issue.solicited-relative.en',
    stage: 'frame',
    language: 'en',
    // "The agency will soon adopt the X, on which they had invited views last autumn": a relative clause after the
    // title whose subject put it out for comment — a body named there, or "it"/"they": the sentence's first body.
    pattern: /^\s*(?:\([^)]*\)\s*)?,\s*on\s+which\s+(?<agent>it|they|(?:the\s+)?[A-Z][^,;.]{1,60}?)\s+(?:had\s+|has\s+|have\s+)?(?:publicly\s+|first\s+)?(?:solicited|sought|invited)\s+(?:public\s+)?(?:comments|opinions|views|feedback)\b/,
    action: 'ISSUED by the body that solicited comments on the title (a pronoun: the sentence\'s first body)',
    examples: { match: [', on which they had invited views last autumn', ' (Trial), on which the CDE sought public comments'], noMatch: [', on which experts commented', ', which it solicited from firms'] },
  },
  {
    id: 'issue.solicit-comments.en',
    stage: 'frame',
    language: 'en',
    // 'the "X (Draft)" is publicly soliciting opinions on the website of B': asking for comments publishes the draft.
    pattern: /^[”"]?\s*,?\s*(?:is|was|are|were|has\s+been|have\s+been)\s+(?:being\s+)?(?:publicly\s+|now\s+)?solicit(?:ing|ed)\s+(?:public\s+)?(?:opinions|comments|views|feedback)?\s*(?:from\s+the\s+public\s+)?(?:on\s+the\s+(?:official\s+)?website\s+of|by)\s+(?:the\s+)?/i,
    action: 'ISSUED by the body whose website (or who) solicits comments on the draft',
    examples: { match: [' is publicly soliciting opinions on the website of the ', '”, was solicited on the website of '], noMatch: [' is soliciting investment', ' was published by the '] },
  },
  {
    id: 'title.unquoted-implementing.zh',
    stage: 'span',
    language: 'zh',
    // 卫福部已陆续预告再生医疗法施行细则等子法草案: a law's implementing rules named without quotes after the verb.
    pattern: /(?:预告|发布|订定|公告|制定|印发|起草)了?(?<title>[\p{Script=Han}]{2,20}?(?:法|条例)(?:施行细则|实施细则))(?:等(?:子法|配套法规|配套规定))?(?<draft>草案)?/u,
    action: 'Policy{title (草案: a draft)} issued by the body before the verb',
    examples: { match: ['卫福部已陆续预告再生医疗法施行细则等子法草案', '省政府印发某某条例实施细则'], noMatch: ['依据再生医疗法施行细则', '预告了多项草案'] },
  },
  {
    id: 'title.unquoted-plan.zh',
    stage: 'span',
    language: 'zh',
    // 国家药监局启动了中国药品监管科学行动计划: a national or local programme named without 《》 after a launch verb; the
    // years it covers in brackets are part of its name (关于印发X行动方案（2026—2028年）的通知), never its date.
    pattern: new RegExp(`(?:启动|实施|推出|${PROMULGATE_VERB_ZH}|${DRAFT_VERB_ZH})了?(?<title>(?:中国|国家|全国|[\\p{Script=Han}]{2,4}[省市])[\\p{Script=Han}]{2,24}?(?:行动计划|行动方案|发展规划|规划纲要|专项规划|实施方案)(?:\\((?:19|20)\\d{2}\\s*[-—–~至]+\\s*(?:19|20)\\d{2}年?\\))?)`, 'u'),
    action: 'Policy{title} issued by the body before the verb',
    examples: { match: ['国家药监局启动了中国药品监管科学行动计划', '省政府印发浙江省生物经济发展规划', '省政府办公厅关于印发某某省细胞产业发展行动方案(2026-2028年)的通知'], noMatch: ['启动了一项研究计划', '正在制定相关方案'] },
  },
  {
    id: 'title.unquoted-list.zh',
    stage: 'span',
    language: 'zh',
    // 两司联合发布第十三批…备案项目名单: a list named by its batch or year, without 《》, after a publishing verb; the clause bounds it.
    // A national or an insurance list is named by that alone (发布国家医保药品目录和首版商业健康保险创新药品目录: each one).
    pattern: new RegExp(`(?:${PUBLISH_VERB_ZH}|和|及)了?(?:首版|首批|新版)?(?<title>(?:(?:[\\p{Script=Han}]{1,4}[省市]|国家)?(?:第[一二三四五六七八九十百零〇\\d]{1,4}批|(?:19|20)\\d{2}年度?)|(?=国家|商业|基本)(?:国家|[\\p{Script=Han}]{0,4}(?:医保|医疗保险|健康保险)))[\\p{Script=Han}]{2,30}?(?:名单|名录|目录|清单))(?![\\p{Script=Han}]*?的通知)`, 'u'),
    action: 'Policy{title} issued by the bodies before the verb',
    examples: { match: ['两个司局联合发布第五批细胞治疗备案项目名单', '省卫健委公布了2025年度某某机构名录', '某局印发某省第二批试点单位名单', '两部门发布国家基本医疗保险罕见病药品目录', '两部门公布首版商业健康保险细胞治疗药品目录'], noMatch: ['发布的名单显示', '关于公布第三批机构名单的通知', '公布第三批干细胞临床研究备案机构名单的通知', '发布了药品目录'] },
  },
  {
    id: 'title.unquoted-passed.zh',
    stage: 'span',
    language: 'zh',
    // 立法院于2021年12月三读通过生技条例修正案: an act named bare (often by its short name) after a reading's vote; its
    // amendment (修正案) passed is the act amended. The page's full title it shortens is the same act (document/ids.ts).
    pattern: /(?:三读|二读|审议|表决)通过(?!了?(?:该|此|本|上述|这部|这一))(?:了)?(?<title>(?!了)[\p{Script=Han}]{2,14}?(?:条例|法))(?:部分条文)?(?<amend>修正案|修正草案|修订草案|草案)?(?![\p{Script=Han}]{0,2}(?:的|之))/u,
    action: 'Policy{title: the act} issued by the body before the vote',
    examples: { match: ['立法院于2021年12月三读通过生技条例修正案', '市人大常委会审议通过细胞治疗促进条例'], noMatch: ['三读通过《某某法》', '审议通过的条例', '表决通过了该条例'] },
    // (A count of acts — 三读通过再生医疗双法，即「A」及「B」 — is left to the list after it: policies.ts.)
  },
  {
    id: 'title.short-name',
    stage: 'document',
    language: 'en',
    // 《X》（以下简称“《Y》”）, "X" (hereinafter referred to as the "Y"): Y is X's short name here, not another text.
    pattern: /^\s*[(（]\s*(?:[^()（）《》“”"]{1,40}?[，,；;]\s*)?(?:以下简称|以下称|下称|简称|hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?(?:the\s+)?|hereafter\s+|the\s+)\s*[“"‘]?\s*$/i,
    action: 'the short name is an alias of the title before it; later mentions of it are that policy',
    examples: { match: [' (hereinafter referred to as the "', '（以下简称“', ' (以下简称 ', '（穗府规〔2025〕3号，以下简称', ' (NMPA Announcement No. 86 of 2025, the "'], noMatch: [' and the ', '，并印发'] },
  },
  {
    id: 'frame.applies-to.zone-list',
    stage: 'frame',
    language: 'en',
    // Two or more zones listed after "in" (the zones themselves are gazetteer spans; this is the list's shape).
    pattern: /\b(?:in|to|across)\s+(?:the\s+)?[A-Z][^,;.]{3,80}?(?:Zone|Port|Area)(?:,\s*(?:and\s+)?(?:the\s+)?[A-Z][^,;.]{3,80}?(?:Zone|Port|Area))*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?[A-Z][^,;.]{3,80}?(?:Zone|Port|Area)\b/,
    action: 'APPLIES_TO each zone listed (the text of the sentence, else the document\'s own text)',
    examples: {
      match: ['pilots are allowed in the Tianjin Pilot Free Trade Zone, Fujian Pilot Free Trade Zone and Hainan Free Trade Port', 'extended to Qianhai Cooperation Zone as well as Hengqin Cooperation Zone'],
      noMatch: ['in the Tianjin Pilot Free Trade Zone only', 'in Tianjin and Fujian'],
    },
  },
  {
    id: 'date.signer-line.zh',
    stage: 'document',
    language: 'zh',
    // 总理 李强 2025年9月28日: a decree's signer (post and name) with the signing date.
    pattern: new RegExp(`^(?<post>(?:国务院)?(?:副)?总理|主席|省长|市长|区长|县长)\\s*(?<name>[\\p{Script=Han}]{2,3}?)\\s*(?<date>${DATE})$`, 'u'),
    action: 'the signing date of the text the document promulgates (现予公布)',
    examples: { match: ['总理 王某某2019年3月2日', '省长张某2020年12月30日'], noMatch: ['总理指出，2020年是关键之年', '2020年12月30日'] },
  },
  {
    id: 'date.record-field.zh',
    stage: 'document',
    language: 'zh',
    // A record page's table: a header cell 答复日期 / 发文日期 over the row holding the text's date (the text's signing date).
    pattern: /^\s*(?:答复|发布|印发|成文|发文|签发|办复)(?:日期|时间)\s*$/u,
    action: "the text's date: the cell under this header in the row below",
    examples: { match: ['答复日期', ' 发文日期 ', '办复时间'], noMatch: ['交办日期', '答复内容', '答复日期为2019年'] },
  },
  {
    id: 'issue.kind-anaphor.zh',
    stage: 'document',
    language: 'zh',
    // 问：《X条例》即将施行…？答：国务院于2025年9月公布该条例: a text named again by 该/此 and its kind word, right after an
    // issuing verb — the verb's subject issued the title of that kind named just before.
    // Or its kind word alone in 《》 as the subject of a passive: 答：《条例》由国务院于2025年9月公布.
    pattern: new RegExp(`(?:${PROMULGATE_VERB_ZH}|审议通过|通过|修订|修正)了?(?:该|此|上述|这部|这一)(?<kind>条例|办法|规定|意见|方案|指南|规划|细则|法)|《(?<bare>条例|办法|规定|意见|方案|指南|规划|细则)》(?:已)?由(?<agents>[^，。；《》]{2,30}?)${PROMULGATE_VERB_ZH}`, 'u'),
    action: 'ISSUED by the actors before the verb (or after 由), dated there, of the latest title of that kind in the sentences before',
    examples: { match: ['省人大常委会去年11月通过该条例', '省政府日前印发了上述办法', '《办法》由市政府于2026年3月印发'], noMatch: ['该条例规定', '公布《某条例》', '贯彻该办法', '《条例》规定'] },
  },
  {
    id: 'date.stated-own.zh',
    stage: 'document',
    language: 'zh',
    // A repost or news story that says when the text it reports was put out, in any order: 文件出台日期为D, 该文件于D印发,
    // 该意见印发于D, 《办法》的发布日期是D, 該指引於D發出 — that day dates the text, over the post's own stamp (近日 read
    // against a repost's date).
    pattern: new RegExp(`(?:(?:该|此|本|这份|这一|上述)?(?:文件|政策|标准|规范|${KIND_ZH}|《[^《》]{1,12}》)(?:的)?(?:正式)?(?:${ISSUE_VERB_ZH}|落款|成文)(?:日期|时间)\\s*(?:为|是|[:：])\\s*(?<date>${DATE})|(?:该|此|本|这份|这一|上述)(?:文件|政策|标准|规范|${KIND_ZH})(?:已|系|是)?(?:于|在)(?<date2>${DATE})(?:正式)?(?:${ISSUE_VERB_ZH})|(?:该|此|本|这份|这一|上述)(?:文件|政策|标准|规范|${KIND_ZH})(?:已|系)?(?:正式)?(?:${ISSUE_VERB_ZH})(?:于|日期为|时间为)(?<date3>${DATE}))`, 'u'),
    action: 'the date of the issued text named last before it (or in the sentence) whose date the text does not state otherwise',
    examples: {
      match: ['文件出台日期为2026年9月28日。', '该文件于2026年8月14日印发。', '据了解，该指南的发布日期是2026年8月14日', '《办法》落款日期：2026年5月6日', '该意见印发于2026年8月14日', '该指引于2026年8月14日发出'],
      noMatch: ['相关培训于2026年8月14日举行。', '文件要求2026年9月28日前完成', '该方案于2026年9月底前完成', '本次会议于2026年5月6日召开', '该规定于2026年8月14日起施行'],
    },
  },
  {
    id: 'date.stated-own.en',
    stage: 'document',
    language: 'en',
    // "The document was released on D", "The opinions, which were signed on D, …", "The Opinions are dated D", "The
    // circular's issue date is D", "The policy bears the date of D": the text the story reports, dated on its own.
    pattern: new RegExp(`\\bth(?:e|is)\\s+(?:document|text|policy|${KIND_EN})(?:'s\\s+(?:release|issue|issuing|publication|signing)\\s+date\\s+(?:is|was)|,?\\s+(?:which\\s+)?(?:was|were|is|are|(?:has|have)\\s+been)\\s+${MANNER_EN}${passiveEn(PUBLISH_EN, PASS_EN)}\\s+on|\\s+(?:is|are|was|were)\\s+dated|\\s+bears?\\s+the\\s+date(?:\\s+of)?)\\s+(?<date>${DATE})`, 'iu'),
    action: 'the date of the issued text named last before it (or in the sentence) whose date the text does not state otherwise',
    examples: {
      match: ['The document was released on August 14, 2026.', 'The opinions, which were signed on August 14, 2026, take effect', 'The policy bears the date of 14 August 2026', 'The Opinions are dated 14 August 2026.', "The circular's issue date is August 14, 2026", 'This notice was officially issued on 2026-08-14'],
      noMatch: ['The meeting was held on August 14, 2026.', 'The document takes effect on August 14, 2026.', 'The plan runs to August 14, 2026'],
    },
  },
  {
    id: 'proposal.form-fields.zh',
    stage: 'document',
    language: 'zh',
    // A CPPCC proposal's or a deputy's suggestion's form: fields on lines of their own, in any order — 提案人/提案单位/领衔代表：
    // a person or a body (民建某市委员会), 案由/题目/标题：关于…的提案, 提交日期：D — under the session's head (政协某市第N届
    // 委员会第M次会议). The title field, or a title line alone, names the proposal.
    // A form exported as a table gives each field a row of cells (| 提案人 | 王芳 |).
    pattern: /^\s*\|?\s*(?:(?<who>(?:提案|建议|议案)(?:人|者|单位)(?:姓名|名称)?|代表(?:姓名)?|委员(?:姓名)?|领衔代表|领衔委员|领衔人|提出人)|(?<what>案由|题目|标题|案题|(?:提案|建议|议案)(?:名称|标题|题目))|(?<when>(?:提交|提出|立案)(?:日期|时间)))\s*(?:[：:]|\|)\s*(?<value>[^\s|].*?)\s*\|?\s*$/u,
    action: 'Proposal{the title field} PROPOSED by the proposer field (person or body), dated by the submission field, APPLIES_TO the places of its title or the session head\'s',
    examples: {
      match: ['提案人：民建厦门市委员会', '案由：关于支持细胞治疗试点的提案', '领衔代表：李华', '提交日期：2026年1月12日', '题目：关于加快干细胞产业发展的建议', '提案名称：关于完善细胞治疗监管的提案', '代表姓名：王芳', '| 提案人 | 王芳 |', '| 案由 | 关于支持干细胞研究的提案 |'],
      noMatch: ['联系人：王明', '附议人：陈某、郑某', '办理单位：市卫健委', '提案人：', '| 提案人 | |', '代表们认为：应当加快审评'],
    },
  },
  {
    id: 'issue.cover',
    stage: 'document',
    language: 'en',
    // A cover's bodies' line under the title (a PDF guideline, a translation): besides the bodies' names it holds only
    // separators, "and", a version's label (and its date, taken out before): those bodies issued the title.
    pattern: /^(?:[\s,;&、，()（）]|\band\b|\bthe\b|Version\s*\d+(?:\.\d+)*)*$/iu,
    action: 'ISSUED(the cover title above) by the bodies of the line, dated by the date on it or under it',
    examples: { match: [', ', ' and ', '  Version 1.0 ', '、'], noMatch: ['said on Monday', '联系人：', 'Translated by'] },
  },
  {
    id: 'title.mt-head.en',
    stage: 'document',
    language: 'en',
    // A machine-translated head in Chinese word order (甲乙关于开展…的通知): the bodies, "on", a lower-case clause, the kind
    // word last. The whole line is the page's own title when every word before "on" is a body's (document/mt-head.ts).
    // (关于 comes out as "on", "about", "regarding" or "concerning", and 的 before the kind word as "of".)
    pattern: /^(?<issuers>[A-Z][^,.;:]{8,160}?)\s+(?:on|about|regarding|concerning)\s+(?<what>[a-z][^.;:]{10,200}?)\s+(?:of\s+)?(?<kind>notice|circular|opinions|measures|plan|announcement|rules)$/u,
    action: 'Policy{the whole line}, the page\'s own title (issuers and date from the signature block)',
    examples: {
      match: ['Dongguan City Health Bureau on carrying out special rectification work notice', 'Zhejiang Provincial Health Commission on accelerating the clinical translation of cell therapy implementation opinions', 'Jinan Municipal Health Commission about launching the cord blood bank inspection of notice', 'Fujian Provincial Medical Products Administration regarding strengthening the supervision of cell product sampling plan'],
      noMatch: ['The Notice on Carrying Out Special Rectification', 'Officials said on Monday that the city issued a notice.'],
    },
  },
  {
    id: 'date.promulgated-hereby.zh',
    stage: 'document',
    language: 'zh',
    // 《X》已经…通过，现予公布: X takes the date the order is signed (the signer line after it).
    pattern: new RegExp(`现予${PROMULGATE_VERB_ZH}`, 'u'),
    action: 'the promulgated text takes the signing date that follows',
    examples: { match: ['《某某条例》已经常务会议通过，现予公布', '现将《某某办法》现予发布'], noMatch: ['予以公布', '现予废止'] },
  },
  {
    id: 'date.page.labelled',
    stage: 'document',
    language: 'en',
    pattern: new RegExp(`(?:^|\\s|\\[|【)(?<!(?:Effective|Implementation|Expiry|Expiration|Due)\\s)(?<![施效止])(?:${PAGE_DATE_LABEL_EN}|${PAGE_DATE_LABEL_ZH})\\s*(?:[:：|]|】|\\]|\\s(?=\\d))\\s*(?<date>${DATE})`, 'i'),
    action: 'the page date (dates without a year and "recently" are read against it)',
    examples: {
      match: ['Release Date:3/14/2023', '【发布日期】2019.06.30', '发布日期：20210415', 'Date of Issue: 12 May 2022', 'date 2020-02-11 Welcome', '| 成文日期 | 2025-08-06 |'],
      noMatch: ['the date of the meeting', '发布日期：', 'Effective Date: 3/14/2023', '【实施日期】2019.06.30'],
    },
  },
  {
    id: 'date.page.board-signature',
    stage: 'document',
    language: 'zh',
    // A listed company's announcement closes "某某股份有限公司董事会 / 2026年2月10日": the day it was published (its 近日 reads from it).
    pattern: new RegExp(`(?:董事会|董事會)[ \\t\u3000]*\\n\\s*(?<date>${DATE})\\s*$`, 'u'),
    action: 'the page date from the board\'s signature at the end of a company announcement',
    examples: { match: ['特此公告。\n\n某某生物科技股份有限公司董事会\n\n2026年2月10日', '某某醫藥股份有限公司董事會\n2025年3月1日\n'], noMatch: ['公司董事会于2026年2月10日审议通过', '某某股份有限公司董事会\n2026年2月10日\n附件：某某报告'] },
  },
  {
    id: 'date.national-sessions',
    stage: 'document',
    language: 'zh',
    // 今年全国两会期间 / 去年全国两会上 / "at this year's Two Sessions": the national sessions meet in March — a proposal put
    // forward then is of that March, not of a later report's month. (A province's or city's 两会 meets in January or
    // February: not this rule's.)
    pattern: /(?:(?<rel>今年|去年|本年|[Tt]his\s+year['’]s|[Ll]ast\s+year['’]s)|(?<y>(?:19|20)\d{2})\s*年?)?\s*(?:的)?(?:全国两会|全國兩會|[Nn]ational\s+["“]?[Tt]wo\s+[Ss]essions|["“]?Two\s+Sessions)/u,
    action: 'the proposal is dated March of the year it names (the page\'s year; 去年: the year before, alone)',
    examples: { match: ['今年全国两会期间，委员甲提交了', '去年全國兩會上', '2025年全国两会上', "during this year's Two Sessions, deputy A", 'at the national two sessions in Beijing'], noMatch: ['今年省两会期间', '市两会', 'two sessions of talks'] },
  },
  {
    id: 'date.page.editor-stamp',
    stage: 'document',
    language: 'zh',
    // A Central News Agency story ends with its editor and the day it ran, a Minguo date run together:（編輯：某某）1151124.
    pattern: /[（(](?:編輯|编辑)\s*[:：][^）)\n]{1,12}[）)]\s*(?<y>1[01]\d)(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])\s*$/u,
    action: 'the page date (a Minguo year + 1911)',
    examples: { match: ['衛生局表示將持續查核。\n（編輯：王小明）1151124', '(編輯：李大同)1140916\n'], noMatch: ['（編輯：王小明）', '（編輯：王小明）電話1151124號', '（编辑：丁雪）'] },
  },
  {
    id: 'date.page.dateline',
    stage: 'document',
    language: 'en',
    // "SHANGHAI, March 3 (Xinhua) --", "SHANGHAI, May 20, 2026 /PRNewswire/ --": a news dateline; its year comes from
    // another full date on the page. Its day is the page's, not a time of the sentence it opens ("… on Monday").
    pattern: new RegExp(`^(?:[A-Z][A-Z .'-]{2,30}),\\s+(?<md>${MONTH_EN}\\s+\\d{1,2})(?:,\\s*(?<y>(?:19|20)\\d{2}))?\\s*(?:\\([^)]{2,30}\\)\\s*|\\/[^/\\n]{2,30}\\/\\s*)?[-–—]`),
    action: 'the page date from a news dateline',
    examples: { match: ['SHANGHAI, March 3 (Xinhua) -- The city', 'HONG KONG, Nov. 12, 2020 — The bureau', 'SHANGHAI, May 20, 2026 /PRNewswire/ -- Norwood'], noMatch: ['Shanghai, the city, said', 'BEIJING — The ministry', 'BEIJING, May 20 the ministry said'] },
  },
  {
    id: 'issue.headline.colon.en',
    stage: 'document',
    language: 'en',
    // "Ministry A, Bureau B and Office C: Notice on X": the bodies before the colon issued the text after it.
    pattern: new RegExp(`^(?<issuers>[^:]{3,200}?):\\s*(?<title>(?:(?!${HEADLINE_VERB_EN}\\b)[A-Z][\\w-]*\\s+){0,4}${KIND_EN}\\s+(?:on|for|of|to|regarding|concerning)\\s+.{4,})$`),
    action: 'Policy{title} ISSUED by the bodies before the colon, dated by the page',
    examples: { match: ['Ministry of Finance and Ministry of Education: Notice on Student Aid', 'NDRC: Guiding Opinions on Green Industry Parks'], noMatch: ['Q: What does the Notice on Student Aid change?', 'Notice on Student Aid', 'Client Alert: Hunan Passes Regulations on Rare Disease Drugs'] },
  },
  {
    id: 'issue.headline.reply.en',
    stage: 'document',
    language: 'en',
    // "Reply of X on Suggestion No. 1186 of the Third Session of …" (a machine-translated 关于…建议的答复), or the writer first
    // with its possessive, as X对…第N号建议的答复 is ordered ("X's reply to Suggestion No. 1187 of …"): the headline is the
    // page's own reply, issued by X.
    pattern: /^(?=(?:Reply|Response|Answer)\s|(?:The\s+)?[A-Z][^,:;]{3,120}?['’]s?\s+(?:[Rr]eply|[Rr]esponse|[Aa]nswer)\s+to\s)(?<title>(?:(?:Reply|Response|Answer)\s+(?:of|from|by)\s+)?(?:the\s+)?(?<issuers>[A-Z][^,:;]{3,120}?)(?:['’]s?\s+(?:[Rr]eply|[Rr]esponse|[Aa]nswer)\s+to|\s+(?:on|to))\s+(?:the\s+)?(?:(?:Representative|Deputy|Member)s?['’]?\s+)?(?:Suggestion|Proposal|Motion)s?\s+No\.\s*\d+.{0,160})$/,
    action: 'Policy{the headline} ISSUED by the body after "Reply of", or before "\'s reply to"',
    examples: { match: ["Reply of Jiangxi Provincial Medical Products Administration on Proposal No. 207 of the Second Session of the Thirteenth Provincial CPPCC", 'Response of the Health Bureau to Proposal No. 12', "Hunan Provincial Health Commission's Reply to Suggestion No. 0412 of the Second Session of the Fourteenth Provincial People's Congress"], noMatch: ['Reply to a reader', 'Reply of the minister on the bill', "The commission's reply to reporters on the new rules"] },
  },
  {
    id: 'issue.headline.reply-mt.en',
    stage: 'document',
    language: 'en',
    // X关于…第N号建议的答复 machine-translated in Chinese order, the writer first: "<Province> Provincial <body> on the
    // reply to the suggestion No. N of the <n-th> session of …": the headline is the page's reply, issued by X.
    // Or with the reply last, as 关于…第N号提案的答复 is ordered: "X on the autonomous region CPPCC … No. 0287 proposal of the reply".
    pattern: /^(?<title>(?<issuers>[A-Z][^,:;]{3,120}?)\s+on\s+(?:the\s+(?:reply|response|answer)\s+to\s+(?:the\s+)?(?:(?:representative|deputy|member)s?['’]?\s+)?(?:suggestion|proposal|motion)s?\s+No\.\s*\d+.{0,160}|(?:the\s+)?[^:;]{0,120}?\bNo\.\s*\d+\s+(?:suggestion|proposal|motion)s?\s+(?:of|on)\s+the\s+(?:reply|response|answer)))$/i,
    action: 'Policy{the headline} ISSUED by the body before "on the reply"',
    examples: { match: ['Shaanxi Provincial Medical Products Administration on the response to the representatives\' suggestion No. 31 of the second session', 'Chengdu Municipal Health Commission on the reply to proposal No. 12', 'Qinghai Provincial Health Commission on the provincial CPPCC twelfth session second meeting No. 0042 proposal of the reply'], noMatch: ['Reply of X on Proposal No. 3', 'The commission on the reply to readers'] },
  },
  {
    id: 'issue.headline.about.zh',
    stage: 'document',
    language: 'zh',
    // 甲、乙关于成立X的通知: a notice's headline names its issuers before 关于; a filing bracket after it ((复文分类:B)) is no part of the title.
    // 关于公布…名单的通知 publishes a list, not a text: the notice itself is the policy.
    // 关于转发《Y》的通知 forwards a text of others: the notice is the forwarder's own (Y keeps the issuers its title names).
    // A listed company's disclosure (X关于自愿披露…的公告) is no policy (COMPANY_AFFAIRS_ZH).
    // A reply names its writer before 对: 科学技术部对十四届全国政协四次会议第01533号提案的答复.
    pattern: new RegExp(`^(?<issuers>[^，。；：:《》]{4,80}?)(?<title>关于(?![^，。；：:《》]*?${COMPANY_AFFAIRS_ZH})(?:转发《[^《》]{4,120}》的${KIND_ZH}|(?!${NOTICE_VERB_ZH}(?![^，。；《》]{2,60}?(?:名单|名录|备案信息|审查结果|评审结果)的))[^，。；《》]{2,80}的${KIND_ZH})|对[^，。；：:《》]{2,60}?(?:提案|建议|议案)(?:办理情况)?(?:的(?:答复|复函)|答复的函))(?:[(（][^()（）]{1,16}[)）])?$`, 'u'),
    action: 'Policy{title: 关于…的通知} ISSUED by the bodies before 关于',
    examples: { match: ['某省科学技术厅对省政协十三届四次会议第0153号提案的答复', '某省卫生健康委员会对省政协十三届二次会议第20240123号提案答复的函', '某市卫生健康委员会关于转发《某省卫生健康委员会关于公布第二批机构名单的通知》的通知', '某省卫生健康委员会、某省财政厅关于开展试点工作的通知', '某市人民政府关于加强某某管理的意见', '某省人民政府办公厅关于促进某某产业高质量发展的实施意见', '某省卫生健康委员会关于某某代表建议办理情况的答复(复文分类:A)', '某省卫生健康委员会 某省药品监督管理局关于公布第三批干细胞临床研究备案机构名单的通知', '某市卫生健康委员会关于公布第一批医学研究登记备案信息的公告'], noMatch: ['关于开展试点工作的通知', '会议讨论了关于试点的意见和建议', '市政府办公室对代表建议的答复工作进行部署', '某部办公厅关于印发某某指南的通知', '某某生物关于自愿披露获得药物临床试验默示许可的公告'] },
  },
  {
    id: 'title.labelled.zh',
    stage: 'document',
    language: 'zh',
    // 文件名称：关于X的通知 / 标题：… : a record page's title field is the document's own title.
    pattern: new RegExp(`^\\|?\\s*(?:文件名称|文件标题|标\\s*题|题\\s*目|名\\s*称)\\s*[:：|]\\s*\\|?\\s*(?<title>[^|]{4,120}?${KIND_ZH})\\s*\\|?`, 'u'),
    action: 'Policy{title} of the document (issuers from its signature block)',
    examples: { match: ['文件名称:关于做好某项工作的通知', '标题：某市促进产业发展的若干措施办法', '| 标　　题 | 某省人民政府办公厅关于促进某产业发展的实施意见 |'], noMatch: ['名称：某某医院', '文件编号:某〔2020〕1号'] },
  },
  {
    id: 'title.this-draft.zh',
    stage: 'document',
    language: 'zh',
    // 本细则草案前于114年7月3日预告, 该办法征求意见稿曾于…公开征求意见: the draft of the text the page issues, named by
    // its kind word alone — a text of its own (the final SUPERSEDES it), dated by its clause.
    // (本修正草案: the draft of the amended articles the page issues, its 修正条文.)
    pattern: /(?:本|该|此)(?<kind>细则|办法|条例|规定|规则|指南|准则|方案|规范|措施|意见|标准|修正)(?<draft>草案|征求意见稿|送审稿)/u,
    action: 'Policy{the current title + 草案, draft} dated by the clause, ISSUED by its issuers when the clause puts it out (预告, 征求意见)',
    examples: { match: ['本细则草案前于114年7月3日预告', '该办法征求意见稿曾于2024年5月公开征求意见', '本修正草案曾于115年2月3日公告预告'], noMatch: ['本细则自发布之日起施行', '草案全文'] },
  },
  {
    id: 'contact.unit-line.en',
    stage: 'document',
    language: 'en',
    // A contact line naming a unit and its person in any order (read/contact-line.ts reads the fields): "Contact:
    // <unit>, Comrade <name>, <phone>", "(Contact unit: <unit>, <name>, telephone …)", "Contact unit: <body>, <division>;
    // contact person: <name>". The unit is a body the page names, or a unit of it ("X Division of <body>", else of the
    // page's first body).
    pattern: new RegExp(`${CONTACT_LABEL_EN.source}[^\\n]{0,80}?${UNIT_HEAD_EN}\\b`, 'i'),
    action: 'Person{name} MEMBER_OF the unit; the unit an Agency PART_OF the body it names or the page\'s first body',
    examples: {
      match: ['Contact: Medical Administration Division of Municipal Health Commission, Comrade Wang Lihua, 0512-1234567', '(Contact unit: Drug Supervision Division, Li Jianguo, telephone 0731-1234567)', 'Contact person: Policy Section Comrade Chen Hao, 0755-1234567'],
      noMatch: ['Contact us: 0512-1234567', 'Contact: Ann Lee, Vice President, ir@acme.example'],
    },
  },
  {
    id: 'contact.unit-block',
    stage: 'document',
    language: 'zh',
    // A contact block over sentences and lines (document/contact-blocks.ts; read/contact-line.ts reads it): 联系人：A处 甲；
    // B部 乙, 联系单位及电话：某处，电话；联系人：丙, 联系方式 / 承辦人 / 解读人, "Interpretation unit: X" over "Interpreter: Y".
    // Each person MEMBER_OF the unit written before them, the unit PART_OF the body it names, the block's body before it,
    // else the page's own body.
    pattern: new RegExp(`^[(（]?(?:${CONTACT_LABEL_ZH.source}|${CONTACT_LABEL_EN.source})`, 'u'),
    action: 'Person{name} MEMBER_OF the unit before them on the block; the unit an Agency PART_OF its body',
    examples: {
      match: ['联系人：药审中心生物制品药学部甲；', '(联系单位及电话：市卫生健康委医政科，0591-8765432；', '联系方式：省卫生健康委科技教育处，刘海燕，0851-1234567', 'Interpretation unit: Medical Administration Division of the Municipal Health Commission', 'Interpreter: Ma Li'],
      noMatch: ['本次活动联系人为张明，电话见附件。', '请将意见发送至以下联系人的邮箱：', 'For more information please contact our office.'],
    },
  },
  {
    id: 'title.bare-headline.zh',
    stage: 'document',
    language: 'zh',
    // A headline line that is only 关于…的答复/通知/意见 (Taiwan's 關於…之公告; the issuer in the site header or the
    // signature block, not before 关于): the document's own title. A listed company's disclosure (关于自愿披露子公司获得…证书的公告) is news of its own
    // affairs, not a policy. A reply may open with 对 (对市政协某届某次会议第N号提案的答复).
    pattern: new RegExp(`^(?<title>(?:关于|对(?=[^，。；：:《》]{2,60}(?:提案|建议|议案)(?:办理情况)?的(?:答复|复函)))(?!${NOTICE_VERB_ZH})(?![^，。；：:《》]*?${COMPANY_AFFAIRS_ZH})[^，。；：:《》]{2,80}[的之]${KIND_ZH})(?:[(（][^()（）]{1,16}[)）])?$`, 'u'),
    action: 'Policy{title} of the document (issuers from its signature block)',
    examples: { match: ['关于十四届全国人大三次会议第1234号建议的答复', '关于开展细胞治疗试点工作的通知', '关于办理细胞治疗机构自我查核之公告', '关于批准注册某某产品的公告', '对市政协八届二次会议第0417号提案的答复'], noMatch: ['对试点工作的通知', '对代表建议高度重视的意见', '关于印发某某指南的通知', '某省卫生健康委关于开展试点的通知', '关于试点工作，各地要抓紧落实', '关于自愿披露全资子公司获得药物临床试验批准通知书的公告', '关于控股子公司某产品获得药品注册证书的公告'] },
  },
  {
    id: 'applies.stated',
    stage: 'document',
    language: 'en',
    // A sentence that says where a text applies: "The measures apply to hospitals in X", "in the pilot zones of X",
    // 《X》适用于…在Y范围内: the places after the verb. Its subject is a title before the verb in the sentence, else the
    // text a short or kind word stands for ("The measures", 本办法) — the last one issued before.
    pattern: /\b(?:appl(?:y|ies)|(?:is|are|shall\s+be|will\s+be)\s+applicable)\s+(?:only\s+)?to\b|\bin\s+the\s+pilot\s+zones?\s+of\b|适用于|适用范围(?:为|是|包括)/u,
    action: 'APPLIES_TO{the text, each place named after the verb}',
    examples: { match: ['The measures apply to hospitals in the Lin-gang Special Area', '《若干措施》适用于在某区范围内注册的企业', 'pilots in the pilot zones of Beijing'], noMatch: ['hospitals may apply for funding', '适用范围广'] },
  },
  {
    id: 'applies.decided-pilot.zh',
    stage: 'document',
    language: 'zh',
    // A notice's own decision where to pilot: 经研究，决定在X开展…试点 — the notice applies to the places after 在 (not to a text
    // it cites before the decision).
    pattern: /决定(?:在|于)(?<where>[^，。；;]{2,40}?)(?:开展|实施|启动|进行|先行)[^，。；;]{0,40}?试点/u,
    action: 'APPLIES_TO{the document\'s own text, each place named after 在}',
    examples: { match: ['经研究，决定在某新区开展细胞治疗产品委托生产试点', '决定于某市实施干细胞临床研究备案试点工作'], noMatch: ['决定开展细胞治疗试点', '在某新区开展试点，决定如下', '决定在全省推广'] },
  },
  {
    id: 'applies.this-text',
    stage: 'document',
    language: 'en',
    // The subject a sentence names by a kind word alone: "The measures", "These rules", 本办法, 该方案.
    pattern: /^(?:(?:The|These|This)\s+(?:new\s+)?(?:rules|regulations?|measures|guidelines?|plan|opinions|notice|provisions|policy|document|law|act)\b|(?:本|该)(?:办法|指南|方案|规定|细则|意见|通知|条例|规划|计划|指引|措施|若干措施))/iu,
    action: 'the sentence is about the last text issued before it',
    examples: { match: ['The measures apply to', '本办法适用于'], noMatch: ['Measures for X apply', '这些企业'] },
  },
  {
    id: 'grant.decision-table.zh',
    stage: 'document',
    language: 'zh',
    // A list of licensing decisions laid out as a table: a column names what was permitted (项目名称 / 产品名称) and one the
    // decision's number (许可决定书编号 / 批准文号): each row is a licence, known by its number.
    // (Matched on the Simplified form: 核准文號 reads 核准文号.)
    pattern: /^(?=.*(?:^|[|\t])\s*(?:(?:项目|产品|药品|品种|课题)名称|[^|\t]{0,8}(?:技术|治疗)项目)\s*(?:[|\t]|$))(?=.*(?:^|[|\t])\s*(?:(?:行政)?许可决定书?(?:编号|文号)|决定书(?:编号|文号)|(?:批准|核准|审批决定书?)(?:编号|文号|字号)|批件号)\s*(?:[|\t]|$))/u,
    action: 'License{the number cell; the subject cell an alias} per row, ISSUED by the body the lead names approving (获X核准), else the page\'s body (a department\'s ministry), dated by its date cell',
    examples: { match: ['批准日期 | 药品名称 | 申请人 | 批准文号', '产品名称\t申请人\t批准文号\t批准日期', '医院 | 细胞治疗项目 | 核准文号 | 核准日期'], noMatch: ['| 序号 | 企业名称 | 许可证编号 | 发证日期 |', '项目名称：某某临床研究', '| 项目名称 | 承担单位 | 资助金额 |'] },
  },
  {
    id: 'title.result-notice.zh',
    stage: 'document',
    language: 'zh',
    // A page headed by the results it makes public (2026年10月某某审批决定公示, 第三批备案名单公示): the page's own text; the
    // signature block names who put it out.
    pattern: /^(?<title>[^，。；：:《》|]{6,80}?(?:决定|结果|名单|情况|目录)公示)$/u,
    action: "Policy{the headline} of the document (issuers and date from its signature block)",
    examples: { match: ['第二批细胞治疗临床研究机构备案结果公示', '某省2026年度药品生产许可变更情况公示'], noMatch: ['关于公示有关事项的说明', '现将审批决定公示如下：', '公示'] },
  },
  {
    id: 'member.attendance-label',
    stage: 'document',
    language: 'zh',
    // Minutes' attendance lists: 出席委員：/ 缺席委員：/ "Members present:" list the committee's members, a name a line;
    // 出席公職人員：/ "Public officers attending:" list officers under their body's line. (列席秘書 is the clerk: no list.)
    pattern: /^(?:(?<members>(?:出席|缺席)(?:委员|议员|成员))|(?<officers>(?:出席|列席)(?:公职人员|政府官员|官员|人员))|(?<membersEn>Members?\s+(?:present|absent|attending|in\s+attendance))|(?<officersEn>(?:Public\s+officers?|Government\s+officials?|Officials?)\s+(?:present|attending|in\s+attendance)))\s*[:：]/iu,
    action: 'MEMBER_OF(each person of the list → the committee the minutes are of; an officer → the body line above)',
    examples: { match: ['出席委员：某某议员（主席）', '缺席委员：某某议员', '出席公职人员：议程第II项', 'Members present: Hon A (Chairman)', 'Public Officers attending:'], noMatch: ['列席秘书：总议会秘书某某女士', '出席会议的委员表示支持', 'Members of the public attending the hearing may speak'] },
  },
  {
    id: 'issue.signature-block.zh',
    stage: 'document',
    language: 'zh',
    // The lines that close a notice: its issuers' names (one line each or side by side) over its date.
    pattern: new RegExp(`^(?:[\\p{Script=Han}()]{3,40}(?:\\s+|$))+$`, 'u'),
    action: "the document's own text ISSUED by the bodies named over its closing date, dated by it",
    examples: { match: ['某省卫生健康委员会办公室 某省药品监督管理局办公室', '某市科学技术局'], noMatch: ['2020年1月2日', '各有关单位：'] },
  },
  {
    id: 'title.edition-replaced.en',
    stage: 'document',
    language: 'en',
    // "The 2026 Catalogue replaces the 2022 version, which the two agencies published in October 2022": the earlier edition
    // of a text the page titled with its edition's year is a text of its own, issued by the bodies the clause names (the
    // same ones when it says "the two agencies" or "they"); the text replaces it.
    pattern: /\b(?:replaces|replaced|supersedes|superseded|succeeds|updates)\s+the\s+(?<year>(?:19|20)\d{2})\s+(?:version|edition)\b(?:\s*,\s*which\s+(?<agents>[^,.;]{2,90}?)\s+(?:had\s+)?(?:published|issued|released|adopted|promulgated|jointly\s+issued|jointly\s+released))?/i,
    action: 'Policy{the current title with the earlier year} ISSUED by the clause\'s bodies, dated by it; SUPERSEDED by the current text',
    examples: {
      match: ['The 2025 List replaces the 2021 version, which the two ministries issued in May 2021.', 'the new catalogue supersedes the 2019 edition'],
      noMatch: ['replaces the earlier version', 'the 2022 version of the app'],
    },
  },
  {
    id: 'issue.self-reference.zh',
    stage: 'document',
    language: 'zh',
    // 我中心组织起草了《X》: the writer names itself; its name is in the signature block.
    // 我局结合全省实际，组织起草了《X》: one clause of circumstance may stand between the writer and its verb.
    // 我局为甲公司核发了《药品生产许可证》: a permit it granted, the holder after 为/向 (a reply's writer).
    // 本中心受某署委托，办理「X计划」: a programme the writer runs for another body (right before its title) is the writer's.
    pattern: new RegExp(`${SELF_ZH}(?:[^，。；]{0,30}[，,])?(?:(?:为|向|给)[^，。；]{2,40}?|[^，。；]{0,12}?)(?:组织)?(?:起草|修订|编制|研究制定|${DRAFT_VERB_ZH}|${PUBLISH_VERB_ZH}|${PERMIT_VERB_ZH}|(?:办理|承办|执行|推出|启动)(?=[\\s「《“]*$))了?`, 'u'),
    action: 'ISSUED by the signature block\'s bodies',
    examples: { match: ['近期，我中心组织起草了《某某指导原则》', '本局制定了《某某办法》', '我局结合本省监管实际，组织起草了《某某指南》', '2025年3月，我局为某某生物城内的某某细胞科技有限公司核发了', '本中心受某署委托，办理「', '今年起本会承办《'], noMatch: ['我国制定了《某某法》', '中心组织起草', '我局收到来函。某中心起草了', '本中心办理申请的时间', '本中心受某署委托，办理审查'] },
  },
  {
    id: 'issue.self-reference.en',
    stage: 'document',
    language: 'en',
    // "Last spring our bureau formulated the Guidelines on …" (a machine-translated reply: 我局 → "our bureau"):
    // the writer names itself right before its past issuing verb and the title; a plan ("will formulate") is no act.
    pattern: new RegExp(`\\b${SELF_EN}(?:\\s+has|\\s+have|\\s+had)?(?:\\s+(?:also|already|officially|formally|successively))?\\s+(?:issued|granted|formulated|drafted|released|published|promulgated|revised|compiled|printed\\s+and\\s+distributed|organi[sz]ed\\s+the\\s+drafting\\s+of)\\s+(?:the\\s+|a\\s+|an\\s+)?["“]?$`),
    action: "ISSUED by the page's own issuer (its headline's or signature's body)",
    examples: { match: ['In 2024, our bureau issued the ', 'Last year our commission has formulated the "', 'our centre organized the drafting of '], noMatch: ['our bureau will formulate the ', 'our country issued the ', 'our bureau issued the licence after reviewing the '] },
  },
  {
    id: 'issue.site-self-reference.zh',
    stage: 'document',
    language: 'zh',
    // A reply or notice headed without its issuer (关于…的答复) on a page cut before its signature: the writer still speaks
    // as 我委 / 本局, and the site's header line names it (杭州市卫生健康委员会 over the headline).
    pattern: /(?:我|本)(?<head>中心|委|局|厅|署|办)(?=[\p{Script=Han}])/u,
    action: "the document's own text ISSUED by the body of the site's header line, when its head word is the one the writer calls itself by",
    examples: { match: ['我委高度重视细胞治疗工作', '下一步，本局将加强日常监管'], noMatch: ['我国高度重视细胞治疗', '我市共有7家医疗机构'] },
  },
];
