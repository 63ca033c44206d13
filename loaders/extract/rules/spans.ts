// Span rules: names of organisations the head-word finder cannot see (companies named without a legal suffix).
import { COMPANY_NOUN_EN, MT_IMPERATIVE_EN, PUBLISH_EN, SENTENCE_ADVERB_EN, activeEn } from './fragments.ts';
import { POST_EN_SOURCE, POST_ZH_SOURCE } from '../../posts.ts';
import { unitHeadsEn } from '../../units.ts';
import type { Rule } from './types.ts';

// A byline's author: two or three capitalised words, a post in brackets or after a comma.
// (The post may name the author's office after it: "Irene Ma, Partner, Beijing | …", "Irene Ma, Partner (Beijing); …",
// "Irene Ma (Partner, Beijing); …".)
const BYLINE_NAME = `[A-Z][a-z]+(?:[\\s-][A-Z][a-z]+){1,2}(?:\\s*\\([A-Z][A-Za-z ]{2,30}(?:,\\s*[A-Z][A-Za-z ]{2,20})?\\)|,\\s+${POST_EN_SOURCE}(?![A-Za-z])(?:\\s*\\([A-Z][A-Za-z ]{2,30}\\)|,\\s+[A-Z][a-z]+(?=\\s*(?:\\||$)))?)?`;

// A contact's name: two or three capitalised words (Western or pinyin order).
const CONTACT_NAME_EN = '[A-Z][a-z]+(?:[\\s-][A-Z][a-z]+){1,2}';

// (Two names joined by "&" are one firm's: "Halden & Marsh".)
// A date field before a byline on its line: "17 May 2026 | ", "May 17, 2026 | ".
export const BYLINE_DATE_LEAD = String.raw`(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})\s*\|\s*`;
const NAME = "(?<name>(?:[A-Z][\\w'’.-]*|[A-Z]{2,})(?:\\s+(?:&\\s+)?(?:[A-Z][\\w'’.-]*|[A-Z]{2,})){0,3})";

const ORG_HEAD_LC = '(?:alliance|society|association|institute|center|centre|branch|foundation|federation|consortium|university|hospital|academy|company)';
// Owners that are places or pronouns, not companies ("China's first CAR-T", "its application").
const NOT_PLACE_OWNER = "(?!(?:The|This|That|China|Chinese|Beijing|Shanghai|Hong\\s+Kong|Taiwan|Japan|Korea|Europe|America|U\\.S\\.?|US|Its|Their|its|their|the)['’\\s])";
// One item of a list of company names: capitalised words (an ampersand allowed), no lower-case word.
const LIST_ITEM = "(?:[A-Z][\\w'’.-]*(?:\\s+(?:&\\s+)?[A-Z][\\w'’.-]*){0,4})";
const ITEM_LC = `(?:[\\w'’-]+\\s+){1,12}?${ORG_HEAD_LC}`;

/** A spinner's synonyms, each [the word it replaced, the pattern of what it wrote, its tell], only where a name or title
 *  has them. A tell is rare enough in plain English to say a spinner wrote the page (sentences.ts reads the table back
 *  only then); a word without one (Growth, Procedures) is read back only beside another's. */
export const SPUN_EN: Array<[word: string, pattern: string, tell?: string]> = [
  // Each pattern starts with the written word, its left context checked after it (a pattern led by a look-behind
  // would be tried at every position of every sentence).
  ['National', "[Nn]ationwide(?=\\s+(?:Medical|Well[\\s-]?being|Wellness|Health|Folks['’]s)\\b)", 'ationwide'],
  ['Health', 'Well[\\s-]?being(?=\\s+(?:Fee|Payment)\\b)|Wellness(?=\\s+(?:Fee|Payment)\\b)', 'Well being|Well-being|Wellbeing|Wellness'],
  ['Commission', 'Fee(?<=\\b(?:Health|Well[\\s-]?being|Wellness)\\s+Fee)|Payment(?<=\\b(?:Health|Well[\\s-]?being|Wellness|Technology|Reform|Development|Planning|Municipal|Provincial)\\s+Payment)', 'Payment'],
  ['Products', '(?:Merchandise|Items)(?<=\\b(?:Medical|Clinical)\\s+(?:Merchandise|Items))(?=\\s+(?:Administration|Management)\\b)', 'Merchandise'],
  ['Medical', 'Clinical(?=\\s+(?:Items|Merchandise|Products)\\s+(?:Management|Administration)\\b)', 'Clinical Items|Clinical Products'],
  ['Administration', 'Management(?<=\\b(?:Clinical|Medical)\\s+(?:Items|Merchandise|Products)\\s+Management)', 's Management'],
  ["People's", "Folks['’]s(?=\\s+(?:Authorities|Congress|Court|Procuratorate)\\b)", 'Folks'],
  ['Government', "Authorities(?<=\\bFolks['’]s\\s+Authorities)"],
  ['Science', 'Scientific\\s+Research(?=\\s+(?:as\\s+well\\s+as|and)\\s+(?:Modern\\s+)?Technology\\b|\\s+Park\\b)', 'Scientific Research'],
  ['Technology', 'Modern\\s+Technology(?<=\\b(?:Science|Research)\\s+(?:as\\s+well\\s+as|and)\\s+Modern\\s+Technology)'],
  ['Customs', 'Traditions(?<=\\b[A-Z][a-z]+\\s+Traditions)(?!\\s+of)', 'Traditions'],
  ['Several', 'Numerous(?=\\s+Procedures\\b)', 'Numerous Procedures'],
  ['Measures', 'Procedures(?<=\\b(?:Numerous|Several)\\s+Procedures)|Procedures(?=\\s+(?:to|for|on)\\s+[A-Z])'],
  ['Support', 'Assistance(?<=\\bto\\s+Assistance)(?=\\s+(?:the\\s+)?[A-Z])'],
  ['Innovative', 'Ingenious(?=\\s+(?:Growth|Development|Drugs?|Medicines?|Products?)\\b)', 'Ingenious'],
  ['Development', 'Growth(?<=\\b(?:Ingenious|Innovative|Economic-Technological|High-Quality)\\s+Growth)|Growth(?<=\\bSelling\\s+the\\s+Growth)'],
  ['Area', 'Location(?<=\\bGrowth\\s+Location)|Space(?<=\\bNew\\s+Space)', 'New Space'],
  // "the Basic Workplace of … Folks's Authorities printed the "… Motion Plan for Selling the Growth of Cell Remedy Business"".
  ['General', 'Basic(?=\\s+Workplace\\b)', 'Basic Workplace'],
  ['Office', 'Workplace(?<=\\bBasic\\s+Workplace)'],
  ['Action', 'Motion(?=\\s+Plans?\\b)', 'Motion Plan'],
  ['Promoting', 'Selling(?=\\s+the\\s+(?:Growth|Development)\\s+of\\b)'],
  ['Therapy', 'Remedy(?<=\\b(?:Cell|Gene|Genetics)\\s+Remedy)', 'Cell Remedy'],
  ['Industry', 'Business(?<=\\b(?:Remedy|Therapy|Treatment)\\s+Business)'],
  ['Clinical Research', 'Medical\\s+Analysis(?<=\\bCell\\s+Medical\\s+Analysis)', 'Medical Analysis'],
  ['Recently', '[Nn]ot\\s+too\\s+long\\s+ago(?=,)', 'ot too long ago'],
  // "the Middle for Meals and Drug Inspection" (Center for Food and Drug Inspection).
  ['Center', 'Middle(?=\\s+for\\s+(?:Meals|Food|Drug|Medical)\\b)', 'Middle for'],
  ['Food', 'Meals(?<=\\bfor\\s+Meals)(?=\\s+and\\s+Drugs?\\b)|Meals(?=\\s+and\\s+Drugs?\\s+Administration\\b)', 'Meals and'],
  // "the Middle for Drug Analysis (CDE)", "Wuhan East Lake Excessive-tech Zone", "Neurophth Biotechnology Restricted",
  // "Tongji Medical Faculty of Huazhong College of Science and Know-how", "Final 12 months" (last year).
  ['Evaluation', 'Analysis(?<=\\bfor\\s+Drug\\s+Analysis)'],
  ['High-tech', 'Excessive-tech(?=\\s+(?:Zone|Industrial|Development|Park|Enterprises?)\\b)', 'Excessive-tech'],
  ['Limited', 'Restricted(?<=\\b[A-Z][\\w-]*\\s+Restricted)(?=\\s*[,.;)]|\\s+(?:Company|has|had|is|was|said|for)\\b)', 'Restricted'],
  ['University', 'College(?=\\s+of\\s+Science\\s+and\\s+Know-how\\b)'],
  ['Technology', 'Know-how(?<=\\bScience\\s+and\\s+Know-how)', 'Know-how'],
  ['College', 'Faculty(?<=\\bMedical\\s+Faculty)(?=\\s+of\\s+[A-Z])', 'Medical Faculty'],
  ['Last year', 'Final\\s+12\\s+months', 'Final 12 months'],
  // 印发 spun as "printed" alone, right before the quoted title.
  ['issued', 'printed(?=\\s+the\\s+["“])', 'printed the'],
  ['Gene', 'Genetics(?=\\s+(?:Treatment|Therapy)\\b)', 'Genetics Treatment'],
  ['Therapy', 'Treatment(?<=\\b(?:Cell|Gene|Genetics)\\s+Treatment)(?=\\s+(?:Market|Industry|Products?)\\b)'],
  ['Industry', 'Market(?<=\\b(?:Treatment|Therapy)\\s+Market)'],
  // Between names of a list or inside one: "A, B as well as C", "the Cell as well as Genetics Treatment Market".
  ['and', 'as(?<=\\b[A-Z][\\w-]*\\s+as)\\s+well\\s+as(?=\\s+(?:the\\s+)?[A-Z])'],
  ['jointly issued', 'collectively\\s+provided', 'collectively provided'],
];

/** A Chinese spinner's synonyms, each [the word it replaced, the pattern of what it wrote] (same length), only in context. */
export const SPUN_ZH: Array<[string, string]> = [
  ['国家', '国度(?=卫生|卫健|药监|药品|发展|科技|市场|医保|医疗保障|中医药|疾控|疾病预防|知识产权|标准化)'],
  ['创新', '(?<!标新)立异(?=局|委|发展|药|中心|、|[，,])'],
  ['研究', '研讨(?=办理|管理|机构|项目|备案)'],
  ['管理', '办理(?=办法|规定|条例|规范)'],
  ['近日', '^近来(?=[，,])'],
  ['治疗', '医治(?=工业|产业|产品|技术)'],
  ['产业', '(?<=治疗|医治)工业'],
  ['发展', '开展(?=若干|的若干|行动)'],
  ['技术', '(?<=经济)技能(?=开发区)'],
];

/** The sector word that closes a Chinese company's short name (禾新生技, 瑞升医药, 精准生物). */
export const COMPANY_SECTOR_ZH = '(?:生物科技|生技|生医|生物|医药|制药|药业|细胞|基因)';

export const SPAN_RULES: Rule[] = [
  {
    id: 'segment.spun-agency-words.en',
    stage: 'segment',
    language: 'en',
    // An article spinner's synonyms inside agency names and titles ("Nationwide Well being Fee", "Municipal Wellness
    // Payment", "Clinical Products Management", "Numerous Procedures to Assistance the Ingenious Growth of the Cell as
    // well as Genetics Treatment Market"): read as the words they replaced (SPUN_EN; the text keeps what it wrote).
    pattern: new RegExp(`\\b(?:${SPUN_EN.map(([, p], i) => `(?<w${i}>${p})`).join('|')})\\b`, 'g'),
    action: 'the words the spinner replaced (SPUN_EN, by group wN), for matching names',
    examples: {
      match: ["China's nationwide Wellness Fee", 'the Hainan Provincial Clinical Items Management has', 'the Nationwide Medical Merchandise Administration', 'the Hainan Provincial Well being Fee', "the Shenzhen Municipal Folks's Authorities", 'the Beijing Municipal Wellness Payment', 'Scientific Research as well as Modern Technology Payment', 'the Numerous Procedures to Assistance the Ingenious Growth of the Cell', 'via Beijing Traditions', 'the Basic Workplace of the Provincial', 'a Motion Plan for Selling the Growth of Cell Remedy Business', 'Measures for Stem Cell Medical Analysis', 'Not too long ago, the', "Gui'an New Space", 'Authorities printed the "Guizhou', 'the Middle for Meals and Drug Inspection', 'the Middle for Drug Analysis said', 'the Chengdu Excessive-tech Zone', 'Norvia Biotech Restricted has', 'Jiangnan College of Science and Know-how', 'the Medical Faculty of Jiangnan', 'Final 12 months, the bureau', 'a Genetics Treatment Market plan', 'the two bureaus collectively provided the'],
      noMatch: ['clinical items management in hospitals', 'a nationwide inspection', 'a fee for health checks', 'Health Fees are charged', 'merchandise sales', 'procedures to follow', 'market growth', 'gene treatment options', 'a basic workplace right', 'motion sickness', 'not too long ago the', 'a home remedy', 'the business of cells'],
    },
  },
  {
    id: 'segment.spun-agency-words.zh',
    stage: 'segment',
    language: 'zh',
    // A spinner's synonyms where a name, a title or a time word has them (国度药监局, 科技立异局, 《干细胞临床研讨办理办法》,
    // 近来，X印发): read as the words they replaced (SPUN_ZH, each the same length, so the text's map is unchanged).
    pattern: new RegExp(SPUN_ZH.map(([, p], i) => `(?<z${i}>${p})`).join('|'), 'gu'),
    action: 'the word the spinner replaced (SPUN_ZH, by group zN), for matching names',
    examples: { match: ['近年来国度卫生健康委和国度药监局陆续出台', '由国度发展改革委牵头', '坪山区科技立异局', '《干细胞临床研讨办理办法（试行）》', '近来，坪山区人民政府印发', '细胞与基因医治工业高质量开展若干办法', '天津经济技能开发区'], noMatch: ['国度的繁荣', '国家药监局', '标新立异', '召开研讨会', '办理手续', '工业园区', '开展研究'] },
  },
  {
    id: 'segment.board-signature',
    stage: 'segment',
    language: 'zh',
    // A listing announcement's close: 承董事會命 / "By order of the Board", then the company's line, the signer's post
    // line(s) and the name line. Read as one sentence (company, post, name), as a post is read before a name.
    pattern: /^(?:承董事[会會]命|By\s+order\s+of\s+the\s+Board(?:\s+of\s+Directors)?)[\s,，]*$/i,
    action: 'the next (up to three) short lines without final punctuation join into one sentence',
    examples: { match: ['承董事會命', '承董事会命', 'By order of the Board', 'By Order of the Board of Directors,'], noMatch: ['承董事会命，本公司宣布', 'the Board approved'] },
  },
  {
    id: 'span.person.pronoun-subject.zh',
    stage: 'span',
    language: 'zh',
    // 他/她 opening a sentence with a speech or proposing verb: the person named just before is its subject.
    pattern: /^(?:他|她)(?:本人)?(?:今年|去年|此次|同时|还|也|另外|并|进一步|此前|曾){0,3}(?:呼吁|建议|提出|提议|表示|认为|指出|强调|提交|递交|带来)/u,
    action: 'the last person named (two sentences back at most) is the subject',
    examples: { match: ['他同时呼吁，在某地开展试点', '她还建议设立基金', '他本人今年也提交了《关于某事的提案》'], noMatch: ['他们表示', '其他委员建议', '她的团队'] },
  },
  {
    id: 'span.org.not-a-name-lead.en',
    stage: 'span',
    language: 'en',
    // What comes before an organisation's name in title-case headlines ("Regulators Approve X Therapeutics"), glued
    // page furniture (a long lower-case run into a capital: "PharmaceuticalsOxford"), list enumerators ("II. ") and a
    // press release's boilerplate heading ("About Acme Bio"), what of a company a sentence speaks of ("Shares of X Bio"),
    // a machine translation's imperative verb glued to the name it governs ("Support X Hospital to complete …"), a
    // sentence adverb with no comma after it ("Meanwhile X Hospital will …").
    pattern: new RegExp(String.raw`^(?:${SENTENCE_ADVERB_EN},?\s+(?=[A-Z])|.*\b(?:Approves?|Approved|Launch(?:es)?|Issues?|Unveils?|Announces?|Releases?|Grants?|Signs?|Wins?|Gets?|Backs?|Clears?|Acquires?|Buys?|Partners\s+With)\s+|.*[a-z]{8,}(?=[A-Z][a-z]+\s)|(?:[IVX]{1,4}|\d{1,2})\.\s+|About\s+(?=[A-Z])|${MT_IMPERATIVE_EN}\s+(?:the\s+)?(?=[A-Z][a-z]+\s+[A-Z])|(?:Shares|Stocks?|Units?|Subsidiaries)\s+(?:of|in)\s+(?=[A-Z]))`),
    action: 'cut from the front of an organisation name',
    examples: {
      match: ['Health Ministry Approves Nova Therapeutics', 'Markets & PharmaceuticalsCambridge University', 'II. Biotechnology Park', 'About Norco Biologics', 'Shares of Tarn Therapeutics', 'Units of Belmont Group', 'Support East Lake Hospital of Wuhan University', 'Build the Riverside Cell Therapy Centre', 'Meanwhile Qingdao Municipal Hospital', 'However Nanjing Drum Tower Hospital'],
      noMatch: ['AstraZeneca Pharma', 'GlaxoSmithKline Consumer Healthcare'],
    },
  },
  {
    id: 'span.body.shared-region.en',
    stage: 'span',
    language: 'en',
    // After "The Hunan Provincial Health Commission": ", Medical Products Administration," — a bare body type in
    // the list shares the first body's region (the code checks the type against the body-type table).
    pattern: /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?<form>(?:[A-Z][a-z]+)(?:\s+(?:and\s+|of\s+)?[A-Z][a-z]+){0,5})(?=\s*,|\s+and\b|\s+have\b|\s+has\b|\s+jointly\b)/,
    action: 'Agency{the same region, that body type}',
    examples: { match: [', Medical Products Administration, and', ', and Finance Department jointly'], noMatch: [' or the city government', ', which said'] },
  },
  {
    id: 'issue.joint-list.lowercase.en',
    stage: 'span',
    language: 'en',
    // Machine-translated pages write co-issuers in lower case: "x alliance, y branch of z institute and w center
    // (on July 8,) jointly issued": two or more items, each ending in an organisation word, before "jointly".
    pattern: new RegExp(`(?<list>${ITEM_LC}(?:\\s*,\\s*(?:and\\s+)?(?:the\\s+)?${ITEM_LC})*\\s*(?:,\\s*|\\s+)and\\s+(?:the\\s+)?${ITEM_LC})(?:\\s+on\\s+[A-Z][a-z]+\\s+\\d{1,2}(?:,?\\s+\\d{4})?)?\\s*,?\\s*jointly\\s+${activeEn(PUBLISH_EN)}\\b`, 'i'),
    action: 'Organization issuers, one per list item',
    examples: {
      match: ['the regional stem cell alliance and the cord blood bank society jointly issued', 'china cell therapy association, shanghai branch of the biotech institute and the national gene center on March 3, jointly released'],
      noMatch: ['the stem cell alliance issued', 'the alliance and the ministry jointly issued'],
    },
  },
  {
    id: 'span.person.contact-list.zh',
    stage: 'span',
    language: 'zh',
    // 联系人：张三，李四 — the people a notice names for contact; a record's fields name its persons the same way
    // (领衔代表：孙海鹰, 提案人：王某, 附议代表：A、B).
    pattern: /(?:联系人|联系人员|经办人|领衔代表|附议代表|领衔人|附议人|提案人|提案者|建议人)\s*[:：]\s*(?<names>[\p{Script=Han}]{2,3}(?:\s*[,，、]\s*[\p{Script=Han}]{2,3}){0,5})(?![\p{Script=Han}]|\s*[:：])|(?:领衔代表|领衔人|提案人|提案者|建议人)\s*[:：]\s*(?<lead>[\p{Script=Han}]{2,3})(?=\s*(?:附议代表|附议人|届次|代表团|主办单位|协办单位|交办日期|提交时间|界别)\s*[:：])/u,
    action: 'Person{name} for each name listed',
    examples: { match: ['联系人：张明，刘晓红', '经办人:王芳', '领衔代表：孙海鹰', '附议代表：李明、王强', '领衔代表：孙海鹰　附议代表：王建国 刘晓燕'], noMatch: ['联系人：', '联系方式：010-12345678', '领衔代表：省人大代表团'] },
  },
  {
    id: 'span.person.contact-unit.zh',
    stage: 'span',
    language: 'zh',
    // 联系人：卫生检疫司 刘晓峰，电话…, 新闻联络人：某某科 科长 张三, 联络人：某司 李四 科长, 解读人：某处 王五 (a 解读's
    // interpreter, its reviewer or writer) — a contact line's unit, then the
    // name, with a post before or after it (spaces between Chinese words are gone by now).
    pattern: new RegExp(`(?:联系人|联络人|解读人|审核人|撰稿人)\\s*[:：]\\s*(?<unit>[\\p{Script=Han}]{2,14}?(?:司|处|科|室|组|部|中心|办公室))(?<post>${POST_ZH_SOURCE})?(?<name>[\\p{Script=Han}]{2,3})(?<post2>${POST_ZH_SOURCE})?(?=[^\\p{Script=Han}]|电话|手机|电邮|邮箱|传真|$)`, 'u'),
    action: 'Person{name} MEMBER_OF the unit (Agency, PART_OF the page\'s body when the gazetteer does not know it)',
    examples: { match: ['(联系人：质量管理处王明，电话：010-1234567)', '新闻联络人：医政科科长刘芳　0571-1234', '联络人：药政司赵丽华科长电话：010-1234'], noMatch: ['联系人：张明，刘晓红', '联系人：办公室', '联系方式：医政处 010-12345678'] },
  },
  {
    id: 'span.person.contact-line.en',
    stage: 'span',
    language: 'en',
    // "Investor Contact: Ann Lee, Vice President, …", "contact person: Comrade Li Ming, telephone …", and a contacts block's
    // line "Ann Lee, Partner — ann.lee@firm.example" (or "| ann.lee@…") or a line of only "Ann Lee, Partner, Beijing": a name the page gives
    // for contact, with a post or a number.
    pattern: new RegExp(`(?:\\b(?:(?:Investor|Media|Press)\\s+)?[Cc]ontacts?(?:\\s+[Pp]erson)?\\s*:\\s*(?:Comrade\\s+|(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?(?<name>${CONTACT_NAME_EN})\\s*,\\s*(?:(?<post>${POST_EN_SOURCE})(?![A-Za-z])|[Tt]el(?:ephone)?\\b|[Pp]hone\\b)|(?:^|\\n)(?<name2>${CONTACT_NAME_EN}),\\s+(?<post2>${POST_EN_SOURCE})(?![A-Za-z])[^—–|\\n@]{0,40}\\s[—–|-]\\s+[\\w.+-]+@|^(?<name3>${CONTACT_NAME_EN}),\\s+(?<post3>${POST_EN_SOURCE}),?(?:\\s+[A-Z][A-Za-z]+){0,3}$)`),
    action: 'Person{name}; MEMBER_OF the body named before the label, else the page\'s own company or firm',
    examples: {
      match: ['Investor Contact: Ann Lee, Vice President, Investor Relations, ir@acme.example', 'section contact person: Comrade Li Ming, telephone 0571-1234', 'Tom Hale, Senior Associate — tom.hale@firm.example', 'Tom Hale, Counsel, Hong Kong', 'Tom Hale, Principal, Oslo | tom.hale@firm.example | +47 2200 0000'],
      noMatch: ['Contact: 027-1234567', 'Contact: regulatory@firm.example', 'Media Contact: press@acme.example', 'Tom Hale, Senior Associate, said', 'Tom Hale, Partner, said the firm would appeal'],
    },
  },
  {
    id: 'span.person.titled-line.zh',
    stage: 'span',
    language: 'zh',
    // A line that is a name and its courtesy title only (an attendance list, a contacts block): 林一明议员(主席),
    // 何美玲女士, 张伟医生, JP — after a field label or nothing; honours (BBS, JP, MH) and a bracketed seat may follow.
    pattern: /(?:^|[:：]|\s)(?<name>(?!各位|诸位|全体|多位|两位|这位|该)\p{Script=Han}{2,3}?)(?<![科级任座誉席])(?<title>议员|医生|女士|先生|教授|博士)(?=(?:\s*,\s*[A-Z]{2,4})*\s*(?:\([^()]{1,10}\))?\s*$)/u,
    action: 'Person{name}',
    examples: { match: ['出席委员：林一明议员(主席)', '周大文议员, SBS, JP', '何美玲女士', '张伟医生, JP', '列席秘书：总议会秘书(1)2　梁小红女士'], noMatch: ['陈议员关注轮候时间', '各位议员', '张伟医生表示支持', '医生', '全科医生', '高级教授'] },
  },
  {
    id: 'span.person.age-bracket.zh',
    stage: 'span',
    language: 'zh',
    // Hong Kong and Taiwan news give a named person's age in brackets right after the name (被告陳志明（45歲）, 男子
    // 李強（30歲）): two or three characters opening with a surname (code: ageNames picks where the name starts). A
    // surname with an honorific or 某 (王先生（45歲）, 李某) hides the name: no person.
    pattern: /(?<name>[\p{Script=Han}]{2,3})(?<!先生|女士|小姐|太太|某)\(\s*(?<age>\d{1,3})\s*岁\s*\)/gu,
    action: 'Person{name}',
    examples: { match: ['被告陈志明(45岁)承认控罪', '男子李强(30岁)被捕'], noMatch: ['该公司(30岁以下员工)', '陈志明(院长)表示', '年满18岁的居民', '原告赵先生(38岁)提出上诉', '一名黄女士(61岁)报案', '男子张某某(27岁)被捕'] },
  },
  {
    id: 'span.person.post-field.zh',
    stage: 'span',
    language: 'zh',
    // A company's disclosure in fields (Taiwan's 重大訊息: 發言人　X　　發言人職稱　總經理): the person in one field, the
    // post in the next; the company is the page's own.
    pattern: /(?:代理)?发言人\s*[:：]?\s*(?<name>[\p{Script=Han}]{2,3}?)\s*(?:代理)?发言人职称\s*[:：]?\s*(?<post>[\p{Script=Han}]{2,8}?)(?=\s*(?:(?:代理)?发言人电话|[|｜,，;；\n]|$))/u,
    action: 'Person{name}; MEMBER_OF{person, the page\'s company, role: post}',
    examples: {
      match: ['发言人 陈志豪 发言人职称 总经理 发言人电话 03-5790123', '发言人：林美惠 发言人职称：财务长', '代理发言人 王小明 代理发言人职称 副总经理'],
      noMatch: ['发言人表示，公司营运正常', '发言人职称 总经理', '发言人 陈志豪'],
    },
  },
  {
    id: 'span.person.representative-field.zh',
    stage: 'span',
    language: 'zh',
    // A record's fields (a penalty decision, a licence register): 当事人：X有限公司 … 法定代表人：周建华 — the person who
    // represents the organisation named in the fields above.
    pattern: /(?<post>法定代表人|法人代表|主要负责人|负责人)\s*[:：]\s*(?<name>[\p{Script=Han}]{2,3})(?=\s*(?:$|[，,；;。|｜]|住所|地址|电话|联系电话|统一社会信用代码|身份证))/u,
    action: 'Person{name}; MEMBER_OF{person, the organisation named nearest before, role: post}',
    examples: {
      match: ['法定代表人：周建华', '法定代表人: 李明 住所：成都市', '负责人：王芳；'],
      noMatch: ['法定代表人：', '法定代表人签字', '法定代表人：成都市某某有限公司'],
    },
  },
  {
    id: 'span.person.byline.en',
    stage: 'span',
    language: 'en',
    // A byline opening its line: "By Jenny Zhou, Partner, X LLP", "By A B and C D | Site": the names are its authors
    // (what follows on the line is their post and firm, or the site).
    // Each name may carry its post after a comma ("By A B, Partner, and C D, Counsel — X LLP"); the line may open with
    // its date field ("17 May 2026 | Authors: …").
    pattern: new RegExp(`^(?:${BYLINE_DATE_LEAD})?(?:By|BY|Written\\s+by|Authors?\\s*:)\\s+(?<names>${BYLINE_NAME}(?:\\s*(?:,|,?\\s+and|&|\\||;)\\s+${BYLINE_NAME})*)(?=\\s*(?:[,|]|$|\\s+in\\s+[A-Z]|\\s+\\d|\\s+[—–]\\s))`),
    action: 'Person{name} for each name; MEMBER_OF the organisation named later on the line',
    examples: {
      match: ['By Jenny Zhou, Partner, King & Wood Mallesons | October 8, 2024', '17 May 2026 | Authors: Amy Wu (Partner) and Chen Hao (Associate), Lark & Partners', 'By Mark Allen and Li Wei | BioPolicy Watch', 'Authors: Anna Berg, Chen Hao', 'Authors: Amy Wu (Partner), Chen Hao (Associate)', 'By Nora Lind, Partner and Yu Fang, Counsel | Larchmont LLP', 'Authors: Nora Lind, Partner, Shanghai | Wang Jie, Associate, Beijing', 'Authors: Nora Lind, Partner (Oslo); Wang Jie, Counsel (Beijing)', 'Authors: Nora Lind (Partner, Oslo); Wang Jie (Counsel, Beijing)'],
      noMatch: ['By introducing this policy, Hainan aims', 'By March 2025, the city will', 'By the end of 2024'],
    },
  },
  {
    id: 'span.body.anaphor',
    stage: 'span',
    language: 'en',
    // A body named by its head word alone (该局, 该委, "the administration", "the commission") stands for the last body
    // of that kind named just before; 本局/我委 (the writer itself) are not this.
    // A zone's "the Administrative Committee" (capitalised, as its own name) stands for the one named anywhere before.
    pattern: /(?<zh>该(?:委员会|中心|局|委|厅|部|署|办|院))|\b[Tt]he\s+(?<en>administration|commission|ministry|bureau|center|centre|department|council|regulator|[Bb]oard|[Aa]uthority|Administrative\s+Committee|Management\s+Committee)\b(?!\s+(?:of|for|on|in)\b|['’]s?\s+(?:website|site)\b)/gu,
    action: 'an actor: the latest body (this sentence or the three before; a committee: any before) whose name ends in that head word',
    examples: {
      match: ['会上，该局正式发布', '该委联合印发', 'The administration also released the', 'the commission issued', 'In 2023, the Board approved', 'the authority granted', 'deputy director of the Administrative Committee, said'],
      noMatch: ['本局发布', '该公司发布', 'the administration of drugs', 'the Biden administration', 'the board of directors approved', 'the Administrative Committee of Wuxi'],
    },
  },
  {
    id: 'span.body.sar-government.en',
    stage: 'span',
    language: 'en',
    // Hong Kong's and Macao's official English call their own government "the Government" (capitalised, alone): on a
    // page about one of them, that government. "the Government of X", "the Government Work Report" are names.
    pattern: /\b[Tt]he\s+Government\b(?!\s+(?:of|for)\b|\s+[A-Z]|-)/g,
    action: 'an actor: the government of the SAR the page names most (Hong Kong or Macao)',
    examples: {
      match: ['The Government today published in the Gazette', 'the Government would establish the centre', "the Government's plan"],
      noMatch: ['the Government of Canada said', 'The Government Work Report', 'the government said', 'the Government-run clinics'],
    },
  },
  {
    id: 'span.body.sar-government.zh',
    stage: 'span',
    language: 'zh',
    // Hong Kong's and Macao's Chinese pages say 政府 / 特區政府 alone for their own government: on a page about one of them,
    // that government. A place, level or people before it (美國政府, 市政府, 中央政府, 當地政府, 人民政府) names another.
    pattern: /(?<![人民市省区县州镇乡国府央地方级港澳门湾台本])(?:特区)?政府(?!工作报告|采购|网站|网|官员|部门|间|的官员)/gu,
    action: 'an actor: the government of the SAR the page names most (Hong Kong or Macao)',
    examples: {
      match: ['立法會議員認為，政府應同時檢討', '本文件旨在向委員簡介政府推動', '特区政府表示'],
      noMatch: ['美国政府宣布', '北京市人民政府', '中央政府支持', '当地政府', '政府工作报告'],
    },
  },
  {
    id: 'span.body.self',
    stage: 'span',
    language: 'zh',
    // 我委/本局 (and its 办公厅): the writer itself — the page's first body of that head word (its site header or
    // headline), or that body's general office.
    // Its head before a post and a name (本中心执行长X) is the writer too.
    pattern: new RegExp(`(?:我|本)(?<head>委|局|厅|部|署|中心)(?<office>办公厅|办公室)?(?=会同|联合|与|和|、|印发|发布|制定|出台|组织|起草|前于|已于|于\\d|${POST_ZH_SOURCE}\\p{Script=Han}{2,3})`, 'gu'),
    action: 'an actor: the page\'s own body (or its general office)',
    examples: { match: ['我委办公厅会同国家药监局综合司印发了', '本局联合省卫生健康委发布', '本中心执行长王大明表示'], noMatch: ['我委高度重视', '本局认为', '本中心认为'] },
  },
  {
    id: 'frame.membership.apposition-unit.en',
    stage: 'frame',
    language: 'en',
    // "Name, Department of X, Y Commission, said": a unit of a body in apposition, then the body.
    pattern: new RegExp(String.raw`^\s*,\s*(?:the\s+)?(?<unit>${unitHeadsEn('Department', 'Division', 'Office', 'Bureau', 'Section', 'Center', 'Centre')}\s+of\s+[A-Z][^,]{2,60}),\s*(?:the\s+)?$`),
    action: 'MEMBER_OF{person, body, role: the unit}',
    examples: { match: [', Department of Legal Affairs, ', ', the Division of Policy Research, the '], noMatch: [', director of the ', ' said the '] },
  },
  {
    id: 'frame.membership.org-post-before-name.en',
    stage: 'frame',
    language: 'en',
    // Right before a person's name, after the body's name (full or short), "its" or nothing: "Qihang's chief executive
    // Dr. X", "Lumora CEO X", "Acme Bio co-founder and president X", "Chairman Dr. X said". Any post of the one list
    // (posts.ts), two joined by "and"; the body is found by the caller.
    pattern: new RegExp(`(?:(?:['’]s)?\\s+|^)(?:(?:${POST_EN_SOURCE}),?\\s+and\\s+)?(?<post>(?:(?:deputy|vice|acting|assistant|executive|former)\\s+)?${POST_EN_SOURCE})\\s*,?\\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\\.?\\s+|Professor\\s+)?$`, 'i'),
    action: 'MEMBER_OF{person, the body named before the post (or the page\'s company), role}',
    examples: {
      match: ["Qihang's chief executive Dr. ", 'Lumora CEO ', "The NMPA's deputy commissioner ", 'Norco Bio co-founder and president ', 'Acme’s chief medical officer ', 'Chairman Dr. ', "said Huaxia's chairwoman, Dr. "],
      noMatch: ['Qihang said ', 'the chief executive of Acme, ', 'Acme and '],
    },
  },
  {
    id: 'frame.membership.post-of-body-before-name.en',
    stage: 'frame',
    language: 'en',
    // "Director of the Beijing Municipal Health Commission Wang Jun said", "President of Ruijin Hospital X": a post of
    // the one list, then "of"/"at" and the body's name, then the name with no comma. Matched on the text before the
    // body's mention (the body itself is found by the caller).
    pattern: new RegExp(`\\b(?<post>${POST_EN_SOURCE})\\s+(?:of|at)\\s+(?:the\\s+)?$`, 'i'),
    action: 'MEMBER_OF{person, the body between the post and the name, role}',
    examples: {
      match: ['Director of the ', 'said Vice Minister of the ', 'announced by President of ', 'Deputy Director-General at the '],
      noMatch: ['A report of the ', 'the director, ', 'Director of Health '],
    },
  },
  {
    id: 'span.org.company-noun.en',
    stage: 'span',
    language: 'en',
    // "pharmaceutical firm Acme Bio", "U.S. drugmaker Zeta", "according to consultancy X": a company noun right before a
    // capitalised name.
    pattern: new RegExp(`\\b(?:${COMPANY_NOUN_EN}|(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?)\\s+(?:at|from))\\s+${NAME}(?=[\\s,.;)]|$)`),
    action: 'Organization{name} (a company)',
    examples: { match: ['Shanghai-based pharmaceutical firm Norco Labs', 'the U.S. drugmaker Zeta Health', 'according to consultancy Medvista', 'Analysts at Kestrel Partners estimate'], noMatch: ['the company said on Monday', 'a firm commitment', 'the consultancy said', 'analysts at the bank'] },
  },
  {
    id: 'span.org.developer.en',
    stage: 'span',
    language: 'en',
    // "a gene therapy developed by Norco", "made by Tern Bio": the maker of a product named without a legal suffix.
    pattern: new RegExp(`\\b(?:developed|made|manufactured|marketed|produced|invented|established)\\s+by\\s+(?!(?:the|a|an|its|their|Dr|Professor|Prof|Mr|Ms|Mrs)\\b)${NAME}(?=[\\s,.;)]|$)`),
    action: 'Organization{name} (a company)',
    examples: { match: ['a gene therapy developed by Norco Labs', 'a product made by Tern'], noMatch: ['developed by the Center for Drug Evaluation', 'made by Dr. Lin', 'developed by experts'] },
  },
  {
    id: 'span.org.based.en',
    stage: 'span',
    language: 'en',
    // "at Hangzhou-based Tigermed", "Suzhou-based Genvia said": a company named after where it is based (not a kind of
    // product or firm: "Shanghai-based CAR-T developer", "a Beijing-based company").
    pattern: new RegExp(`\\b[A-Z][a-z]+-based\\s+(?!(?:CAR|TCR|TIL|NK|CGT|Chinese|American|biotech|company|firm|developer)\\b)${NAME}(?=[\\s,.;)]|$)(?!\\s+(?:developer|maker|firm|company|biotech|startup|unit|subsidiary)\\b)`),
    action: 'Organization{name} (a company)',
    examples: { match: ['head of regulatory consulting at Hangzhou-based Tigermed.', 'Suzhou-based Genvia Bio said'], noMatch: ['Shanghai-based CAR-T developer Legend', 'a Beijing-based company', 'Shanghai-based Genvia developer'] },
  },
  {
    id: 'span.org.approval-holder.en',
    stage: 'span',
    language: 'en',
    // "Juventas Cell Therapy has secured approval from …": the name that receives an approval is a company's.
    pattern: new RegExp(`(?<![\\w'’-])(?!(?:The|This|That|These|It|Its|They|He|She|We|Our|China|Chinese|Beijing|Shanghai)\\b)${NAME}\\s+(?:has\\s+|have\\s+|had\\s+)?(?:now\\s+|also\\s+)?(?:secured|received|obtained|won|gained|got)\\s+(?:(?:a|an|the|its)\\s+)?(?:(?:conditional|full|formal|final|marketing|regulatory|priority|IND|NDA|BLA)\\s+){0,2}(?:approval|clearance|authori[sz]ation|nod|green\\s+light)\\b`),
    action: 'Organization{name} (a company)',
    examples: { match: ['Juventas Cell Therapy has secured approval from', 'Norco Labs received conditional approval for'], noMatch: ['The company has secured approval', 'It received approval', 'the product received approval'] },
  },
  {
    id: 'span.org.ampersand.en',
    stage: 'span',
    language: 'en',
    // "Johnson & Johnson", "Baker & Hale": two capitalised names joined by & after a word that introduces a party
    // ("from", "and", "by") are a firm's name (subject words are not; a menu's "Healthcare & Pharma" has no such word).
    pattern: /(?<=\b(?:from|by|and|with|including|between|partner|partners|firm|giant|rival)\s+)(?<name>(?!(?:Science|Technology|Research|Development|Health|Medical|Food|Drug|Drugs|Trade|Industry|Commerce|Innovation|Safety|Quality|Policy|Regulation|Regulatory|Clinical|Cell|Gene|Q|R|M|A)\b)[A-Z][a-z]+\s+&\s+(?!(?:Science|Technology|Research|Development|Health|Medical|Food|Drug|Drugs|Trade|Industry|Commerce|Innovation|Safety|Quality|Policy|Regulation|Regulatory|Clinical|Cell|Gene|Answers?)\b)[A-Z][a-z]+)\b/,
    action: 'Organization{name} (a company)',
    examples: { match: ['from Legend Biotech and Johnson & Johnson,', 'advised by Baker & Hale'], noMatch: ['Science & Technology', 'by Research & Development', 'Q & A', 'Home | Healthcare & Pharmaceuticals'] },
  },
  {
    id: 'span.org.company-list.en',
    stage: 'span',
    language: 'en',
    // "more than 120 enterprises, including Suzhou Genepharma, Hengji Cell and Innovent Biologics", "drugmakers such as
    // Norco and Tern Bio": the names a plural company noun lists are companies, each one (with or without a head word).
    // A list may close on "and other …" ("including Genscript, IASO Bio and other leading enterprises").
    pattern: new RegExp(`\\b(?:[Cc]ompanies|[Ee]nterprises|[Ff]irms|[Bb]iotechs|[Dd]rugmakers|[Dd]evelopers|[Mm]anufacturers|[Pp]layers|[Ss]tart-?ups|[Mm]akers|[Pp]harmas)\\b[^.;:]{0,60}?,?\\s+(?:including|such\\s+as|like|among\\s+them)\\s+(?<list>${LIST_ITEM}(?:\\s*,\\s*${LIST_ITEM})*,?\\s+and\\s+(?!other\\b)${LIST_ITEM}|${LIST_ITEM}(?:\\s*,\\s*${LIST_ITEM})+(?=,?\\s+and\\s+other\\b))`, 'g'),
    action: 'Organization{name} (a company) for each item of the list',
    examples: {
      match: ['the park has 80 CGT enterprises, including Suzhou Genepharma, Hengji Cell and Innovent Biologics', 'drugmakers such as Norco Labs and Tern', 'more than 600 enterprises, including Genvale, Tern Bio and other leading enterprises'],
      noMatch: ['companies including the Center for Drug Evaluation', 'firms such as these and others', 'enterprises including Shanghai'],
    },
  },
  {
    id: 'span.org.company-short-name.zh',
    stage: 'span',
    language: 'zh',
    // Taiwan and mainland business news name a company by its short name, a sector word closing it (禾新生技, 瑞升医药),
    // right before its post-holder (董事长X), its stock code in brackets (（6xxx）, （688xxx）) or its price (股价上涨).
    // Also any short name before 的 and its product (复星凯特的阿基仑赛注射液, 药明巨诺的瑞基奥仑赛注射液, 诺华的替沙仑赛（Kymriah）):
    // whose injection, CAR-T (…仑赛) or branded product it is; a list's 分别为/包括 may lead into it.
    pattern: new RegExp(String.raw`(?:(?<![\p{Script=Han}])(?<name>[\p{Script=Han}]{2,4}?${COMPANY_SECTOR_ZH})(?=(?:董事长|总经理|执行长|首席执行官|创办人|创始人|董事会主席|总裁)|\s*[（(]\s*(?:股票代码[:：]\s*)?[\dx]{4,6}(?:\.[A-Z]{2,3})?\s*[)）]|(?:今日?|昨日?|当日)?股价)|(?<=^|[，。、；：:\s（(“"]|分别为|包括|例如|如|已有|还有|也有)(?<name2>(?![\p{Script=Han}]*(?:公司|集团|有限|医院|大学))[\p{Script=Han}]{2,6}(?<!申报|受理|签发|批准|获得|研发|开发|生产|提交|上市|获批|注册))的(?=[\p{Script=Han}A-Za-z0-9-]{2,14}?(?:注射液|仑赛)|[\p{Script=Han}]{2,8}\s*\([A-Z][a-z][A-Za-z0-9-]{2,20}\)|(?:CAR|TCR)-[A-Z]{1,2}(?:细胞)?(?:产品|疗法)))`, 'gu'),
    action: 'Organization{name} (a company)',
    examples: {
      match: ['禾新生技董事长吴建志表示', '，瑞升医药（6123）今日公告', '。康和生医股价上涨', '此前，复星凯特的阿基仑赛注射液、药明巨诺的瑞基奥仑赛注射液等已获批', '两款产品分别为甲药厂的乙基仑赛', '包括丙制药的丁戊素(Zentrix)', '此前已有甲源生物的CAR-T产品获批上市'],
      noMatch: ['干细胞生物董事会', '生物医药产业', '国家药监局局长', '已获批的注射液', '于3月25日受理的KS-207注射液', '，有限公司申报的甲注射液', '分别为患者的家属(CAR)', '，医院使用的检测仪器'],
    },
  },
  {
    id: 'span.org.prefixed-known-name.en',
    stage: 'span',
    language: 'en',
    // What is written right before a known institution's English name when it is part of another's name ("Boao Ruijin
    // Hospital", "Qingdao Fosun Pharma"): a capitalised word that is no article, preposition, title or sentence start.
    pattern: /(?:^|[^.!?:;|]\s)(?!(?:The|A|An|At|In|On|By|For|From|With|And|Of|To|As|Both|Its|Their|Our|His|Her|This|That|These|Those|Dr|Mr|Ms|Mrs|Prof|Professor|Director|President|Chairman|Via|Under|Between|Including|And)\s)[A-Z][a-z]{2,}\s$/,
    action: 'not the known institution (the name found by its head word instead)',
    examples: { match: ['used at Boao ', 'a deal with Qingdao '], noMatch: ['treated at the ', 'Shanghai\'s ', 'worked at ', 'said. The '] },
  },
  {
    id: 'span.region.inside-a-name.en',
    stage: 'span',
    language: 'en',
    // A capitalised word right before a continent's name ("BioPharma Dive Asia", "Pharma Times Europe"): the continent
    // ends a masthead's or a brand's name (articles, prepositions and a sentence start are not such words).
    pattern: /(?:^|[^.!?:;|]\s)(?!(?:The|A|An|At|In|On|By|For|From|With|And|Of|To|As|Across|Both|Its|Their|Our|This|That|Throughout|Outside|Inside|Into|Beyond|Including|Southeast|East|West|South|North|Central|Northeast)\s)[A-Z][A-Za-z]{2,}\s$/,
    action: 'not a Region (the masthead or brand is named by its own words)',
    examples: { match: ['BioPharma Dive ', 'Pharma Times '], noMatch: ['approved in ', 'across ', 'East ', 'sales. '] },
  },
  {
    id: 'span.org.approved-possessive.en',
    stage: 'span',
    language: 'en',
    // "the NMPA has approved Belief BioMed's BBM-H901", "the FDA approved CSL Behring's Hemgenix", "China clears Acme's
    // gene therapy", and a product code owned ("Norco Bio's NB-101"): whose product is approved is a company's.
    pattern: new RegExp(`\\b(?:approved|approves|approve|cleared|clears|clear|authori[sz]ed|accepted|rejected|greenlit|greenlights)\\s+${NOT_PLACE_OWNER}${NAME}(?:['’]s\\b|(?<=s)['’](?=\\s))|(?<![\\w'’-])${NOT_PLACE_OWNER}${NAME.replace('(?<name>', '(?<name2>')}(?:['’]s|(?<=s)['’])\\s+(?=[A-Z]{2,5}-?[A-Z]?\\d{2,5}\\b|[a-z]+(?:cel|gene|vec|mab|cept)\\b)`, 'g'),
    action: 'Organization{name} (a company)',
    examples: {
      match: ["the regulator has approved Norco Bio's NB-101", "the FDA approved Tern Therapeutics' Velgenix", "China clears Lumora Bio's gene therapy", "shares rose after Kestrel Bio's KB-07 trial", "Ardent Life's relmestrocel injection, which was cleared"],
      noMatch: ["the NMPA approved China's first CAR-T", "the regulator approved its application", "Norco Bio's chief executive said"],
    },
  },
  {
    id: 'span.org.rights-holder.en',
    stage: 'span',
    language: 'en',
    // "Takeda holds commercial rights to the therapy", "Lumora retains global rights": who holds a product's rights is a company.
    pattern: new RegExp(`(?<![\\w'’-])(?!(?:The|This|That|It|Its|They|He|She|We|China|Chinese)\\b)${NAME}\\s+(?:holds|held|retains|retained|owns|has\\s+acquired|acquired|in-licensed|licensed)\\s+(?:the\\s+)?(?:(?:global|worldwide|commercial|commercialization|exclusive|marketing|development|regional|Greater\\s+China|ex-China)\\s+){1,3}rights\\b`, 'g'),
    action: 'Organization{name} (a company)',
    examples: { match: ['Takeda holds commercial rights to the therapy', 'Norco Bio retained exclusive global rights'], noMatch: ['It holds commercial rights', 'The company retains global rights'] },
  },
  {
    id: 'span.org.a-name-company.en',
    stage: 'span',
    language: 'en',
    // "Juno, a Northwind Pharmaceuticals company": the owner named as "a X company".
    pattern: new RegExp(`\\ba\\s+${NAME}\\s+company\\b`),
    action: 'Organization{name} (the parent company)',
    examples: { match: ['Helix, a Norwood Biologics company, said', 'it became a Tern Group company'], noMatch: ['a new company', 'a biotech company'] },
  },
];
