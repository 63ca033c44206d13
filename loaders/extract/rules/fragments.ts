// Named pattern fragments (regex source) that rules compose instead of copying: one definition per concept.

export const MONTH_EN = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
export const YEAR = '(?:19|20)\\d{2}';
/** A written date in either language (the date parser reads what it matched). */
export const DATE = `(?:${YEAR}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?|${YEAR}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}/\\d{1,2}/${YEAR}|${YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])|${MONTH_EN}\\s+\\d{1,2},?\\s+${YEAR}|\\d{1,2}\\s+${MONTH_EN}\\s+${YEAR})`;

/** Labels that introduce the date a page or notice was published. */
export const PAGE_DATE_LABEL_EN = '(?:Release\\s+Date|Date\\s+of\\s+(?:Release|Issue|Publication)|Publish(?:ed)?(?:\\s+(?:Date|on))?|Issue\\s+Date|Posted(?:\\s+on)?|Date)';
export const PAGE_DATE_LABEL_ZH = '(?:发布日期|发布时间|发文日期|成文日期|印发日期|颁布日期|公布日期|发稿时间|日期|时间)';

/** A regulator's act of approving (English), with its optional manner. */
export const APPROVE_EN = '(?:(?:conditionally|formally|officially|finally|fully)\\s+)?(?:approved|cleared|authori[sz]ed)';
/** 批准 with its manners: 附条件批准, 正式批准. */
export const APPROVE_ZH = '(?:附条件|有条件|正式|优先)?(?:批准|核准)';
/** What a marketing approval is for, in Chinese: 上市, 上市注册申请, 临床试验. */
export const MARKET_ZH = '(?:(?:于[\\p{Script=Han}]{1,4})?上市|临床试验|注册)';

/** Company name endings in English, incl. the sector words companies put last (Kite Pharma, Gilead Sciences). */
export const COMPANY_TAIL_EN = '(?:Pharma|Pharmaceuticals?|Therapeutics|Biotherapeutics|Biosciences|Sciences|Biotech(?:nology)?|Biologics|Biopharma(?:ceuticals?)?|Bio|Medical|Genomics|Oncology|Holdings|Group|Laboratories|Labs|Corporation|Corp\\.?|Inc\\.?|Co\\.,?\\s*Ltd\\.?|Ltd\\.?|Limited|LLC|plc|AG|SA|GmbH)';
/** Words that say the name after or before them is a company (firm X, drugmaker X, a X company). */
export const COMPANY_NOUN_EN = '(?:firm|company|drugmaker|drug\\s+maker|biotech|biotech\\s+company|pharmaceutical\\s+company|pharmaceutical\\s+firm|partner|subsidiary|developer|manufacturer)';

/** Posts written before a name in English titles: "Premier Li Qiang", "Secretary for Health X". */
export const HEAD_OF_GOVERNMENT_EN = '(?:Premier|Vice\\s+Premier)';
/** 国务院总理X, 总理 X: the premier heads the State Council. */
export const HEAD_OF_GOVERNMENT_ZH = '(?:国务院)?(?:副)?总理';

/** Orders and decrees a head of government signs to promulgate a text. */
export const ORDER_EN = "(?:State\\s+Council\\s+(?:Order|Decree)|(?:Order|Decree)\\s+of\\s+the\\s+State\\s+Council)(?:\\s+No\\.\\s*\\d+)?";
export const ORDER_ZH = '(?:中华人民共和国)?国务院令(?:第\\d+号)?';

/** Chinese words by which a notice's writer names itself (我中心, 我委, 本局). */
export const SELF_ZH = '(?:我|本)(?:中心|委|局|厅|部|院|办|会|署|所)';

/** English issuing verbs with their tense and manner ("has jointly issued", "solicited comments on"). */
export const ISSUE_VERB_EN =
  "(?:(?:has|have|had)\\s+)?(?:(?:jointly|officially|formally|publicly|recently)\\s+)?(?:issued|published|released|promulgated|promulgating|passed|adopted|unveiled|launched|formulated|printed\\s+and\\s+distributed|signed|enacted|approved|introduced|announced|solicited(?:\\s+(?:public\\s+)?(?:comments|opinions)\\s+on)?|(?:deliberated\\s+and\\s+)?passed|put\\s+forward|revised|amended|granted|awarded)";
/** English kind words that head a title ("Guiding Opinions", "Implementation Plan"). */
export const KIND_WORD_EN = '(?:(?:Guiding|Several|Interim|Administrative|Implementation|Implementing|Detailed|Overall|Special)\\s+){0,2}(?:Catalogue|Opinions|Measures|Regulations?|Rules|Provisions|Guidelines|Guiding\\s+Principles|Notice|Circular|Decision|Law|Act|Action\\s+Plan|Work\\s+Plan|Implementation\\s+Plan|Development\\s+Plan|Plan)';
