// Local state bodies named compositionally: region + (level word) + body type, in English and Chinese.
// General knowledge of how Chinese provincial/municipal/district bodies are named; the slug is language-free
// so "Beijing Municipal Health Commission" and 北京市卫生健康委员会 get one id.

export interface BodyType {
  slug: string;
  kind: string;
  /** English forms after the region ("Shenzhen Municipal Bureau of Finance") or before "of <region>". */
  en: string[];
  /** Chinese forms after the region name (北京市 + 商务局). */
  zh: string[];
  /** English display form: "<Region> <Level> <display>". */
  display: string;
  /** What English news call the body after its place's possessive ("Yunnan's drug regulator"): no part of a name. */
  roleEn?: string[];
  /** Chinese name written before the region (民建 + 厦门市 + 委员会): a democratic party's local committee. */
  zhLead?: readonly string[];
}

export const BODY_TYPES: BodyType[] = [
  { slug: 'government/general-office', kind: 'general_office', display: "People's Government General Office",
    en: ["People's Government General Office", 'Government General Office', "People's Government Office"],
    zh: ['人民政府办公厅', '人民政府办公室', '政府办公厅', '政府办公室'] },
  { slug: 'government', kind: 'government', display: "People's Government",
    en: ["People's Government", 'Government'], zh: ['人民政府', '政府'] },
  { slug: 'congress/standing-committee', kind: 'standing_committee', display: "People's Congress Standing Committee",
    en: ["People's Congress Standing Committee", 'NPC Standing Committee'],
    zh: ['人民代表大会常务委员会', '人大常委会', '人大常务委员会'] },
  { slug: 'congress', kind: 'legislature', display: "People's Congress", en: ["People's Congress"], zh: ['人民代表大会', '人大'] },
  { slug: 'cppcc/standing-committee', kind: 'standing_committee', display: 'CPPCC Standing Committee',
    en: ['CPPCC Standing Committee', 'Committee of the CPPCC Standing Committee'], zh: ['政协常委会', '政协常务委员会'] },
  { slug: 'cppcc', kind: 'cppcc_committee', display: 'Committee of the CPPCC',
    en: ['Committee of the CPPCC', "Committee of the Chinese People's Political Consultative Conference", 'CPPCC Committee', 'CPPCC'],
    zh: ['政协委员会', '政协'] },
  { slug: 'party-committee', kind: 'party_body', display: 'Party Committee', en: ['Party Committee', 'Committee of the CPC', 'CPC Committee'], zh: ['党委'] },
  { slug: 'health-commission', kind: 'commission', display: 'Health Commission',
    en: ['Health Commission', 'Commission of Health', 'Health Committee', 'Health Bureau', 'Bureau of Health', 'Public Health Bureau'],
    roleEn: ['health regulator', 'health authority', 'health watchdog'],
    zh: ['卫生健康委员会', '卫生健康委', '卫健委', '卫生健康局', '卫健局', '卫生局'] },
  { slug: 'health-family-planning', kind: 'commission', display: 'Commission of Health and Family Planning',
    en: ['Health and Family Planning Commission', 'Commission of Health and Family Planning'], zh: ['卫生和计划生育委员会', '卫生计生委', '卫计委'] },
  { slug: 'medical-products-administration', kind: 'regulator', display: 'Medical Products Administration',
    en: ['Medical Products Administration', 'Drug Administration', 'Drug Regulatory Administration', 'Drug Supervision Administration', 'Drug Supervision and Administration Bureau', 'Medical Products Administration Bureau',
      // English news's short forms after the place ("the Guangdong MPA", "the Ningbo AMR's director").
      'MPA'],
    roleEn: ['drug regulator', 'drugs regulator', 'medical products regulator', 'medicines regulator', 'drug watchdog', 'drug regulatory authority', 'drug authority'],
    zh: ['药品监督管理局', '药品监管局', '药监局'] },
  { slug: 'food-drug-administration', kind: 'regulator', display: 'Food and Drug Administration',
    en: ['Food and Drug Administration'], zh: ['食品药品监督管理局', '食品药品监管局', '食药监局'] },
  { slug: 'market-regulation', kind: 'bureau', display: 'Administration for Market Regulation',
    en: ['Administration for Market Regulation', 'Market Supervision Administration', 'Market Regulation Administration', 'Market Supervision and Administration Bureau', 'Market Supervision Administration Bureau', 'Bureau of Market Supervision', 'Market Supervision Bureau', 'AMR'],
    zh: ['市场监督管理局', '市场监管局', '市场监督管理厅', '市场监管厅'] },
  { slug: 'science-technology-innovation', kind: 'commission', display: 'Science, Technology and Innovation Commission',
    en: ['Science, Technology and Innovation Commission', 'Science and Technology Innovation Commission', 'Commission of Science, Technology and Innovation', 'Science Technology and Innovation Commission'],
    zh: ['科技创新委员会', '科创委'] },
  // Shenzhen's districts (and others) name their science bureau for innovation: 科技创新局.
  { slug: 'science-technology-innovation-bureau', kind: 'bureau', display: 'Science and Technology Innovation Bureau',
    en: ['Science and Technology Innovation Bureau', 'Science, Technology and Innovation Bureau', 'Bureau of Science, Technology and Innovation'], zh: ['科技创新局', '科创局'] },
  { slug: 'science-technology', kind: 'commission', display: 'Science and Technology Commission',
    en: ['Science and Technology Commission', 'Commission of Science and Technology', 'Department of Science and Technology', 'Science and Technology Department', 'Science and Technology Bureau', 'Bureau of Science and Technology'],
    zh: ['科学技术委员会', '科委', '科学技术厅', '科技厅', '科学技术局', '科技局'] },
  { slug: 'economy-information', kind: 'commission', display: 'Commission of Economy and Informatization',
    en: ['Bureau of Economy and Information Technology', 'Economy and Information Technology Bureau', 'Economic and Information Technology Bureau', 'Commission of Economy and Informatization', 'Economic and Informatization Commission', 'Economic Informatization Commission', 'Economy and Informatization Commission', 'Economic and Information Technology Commission', 'Economic and Information Commission', 'Economy and Information Technology Commission'],
    zh: ['经济和信息化委员会', '经济和信息化局', '经济信息化委', '经信委', '经信局', '经济和信息化厅', '经信厅'] },
  { slug: 'industry-information', kind: 'department', display: 'Department of Industry and Information Technology',
    en: ['Department of Industry and Information Technology', 'Industry and Information Technology Department', 'Bureau of Industry and Information Technology', 'Industry and Information Technology Bureau'],
    zh: ['工业和信息化厅', '工业和信息化局', '工信厅', '工信局'] },
  { slug: 'development-reform', kind: 'commission', display: 'Development and Reform Commission',
    en: ['Development and Reform Commission', 'Development and Reform Bureau'], zh: ['发展和改革委员会', '发展改革委', '发改委', '发展和改革局', '发展改革局', '发改局'] },
  { slug: 'finance', kind: 'bureau', display: 'Finance Bureau',
    en: ['Finance Bureau', 'Bureau of Finance', 'Department of Finance', 'Finance Department'], zh: ['财政局', '财政厅'] },
  { slug: 'commerce', kind: 'bureau', display: 'Commerce Bureau',
    en: ['Commerce Bureau', 'Bureau of Commerce', 'Department of Commerce', 'Commerce Department', 'Commission of Commerce', 'Commerce Commission'], zh: ['商务局', '商务厅', '商务委员会', '商务委'] },
  { slug: 'education', kind: 'department', display: 'Education Commission',
    en: ['Education Commission', 'Commission of Education', 'Department of Education', 'Education Department', 'Education Bureau', 'Bureau of Education'], zh: ['教育委员会', '教委', '教育厅', '教育局'] },
  { slug: 'human-resources-social-security', kind: 'bureau', display: 'Human Resources and Social Security Bureau',
    en: ['Human Resources and Social Security Bureau', 'Bureau of Human Resources and Social Security', 'Department of Human Resources and Social Security', 'Human Resources and Social Security Department'],
    zh: ['人力资源和社会保障局', '人力资源和社会保障厅', '人力资源社会保障局', '人力资源社会保障厅', '人社局', '人社厅'] },
  { slug: 'medical-insurance', kind: 'bureau', display: 'Medical Insurance Bureau',
    en: ['Medical Insurance Bureau', 'Healthcare Security Administration', 'Medical Security Bureau', 'Healthcare Security Bureau', 'Medical Security Administration', 'Bureau of Medical Insurance'], zh: ['医疗保障局', '医保局'] },
  { slug: 'intellectual-property', kind: 'bureau', display: 'Intellectual Property Office',
    en: ['Intellectual Property Office', 'Intellectual Property Administration', 'Intellectual Property Bureau'], zh: ['知识产权局'] },
  { slug: 'talent-work', kind: 'bureau', display: 'Talent Work Bureau', en: ['Talent Work Bureau', 'Talent Bureau'], zh: ['人才工作局'] },
  { slug: 'customs', kind: 'customs', display: 'Customs', en: ['Customs'], zh: ['海关'] },
  { slug: 'public-security', kind: 'bureau', display: 'Public Security Bureau', en: ['Public Security Bureau', 'Public Security Department', 'Department of Public Security'], zh: ['公安局', '公安厅'] },
  { slug: 'justice', kind: 'bureau', display: 'Justice Bureau', en: ['Justice Bureau', 'Bureau of Justice', 'Department of Justice'], zh: ['司法局', '司法厅'] },
  { slug: 'civil-affairs', kind: 'bureau', display: 'Civil Affairs Bureau', en: ['Civil Affairs Bureau', 'Bureau of Civil Affairs', 'Department of Civil Affairs'], zh: ['民政局', '民政厅'] },
  { slug: 'statistics', kind: 'bureau', display: 'Statistics Bureau', en: ['Statistics Bureau', 'Bureau of Statistics'], zh: ['统计局'] },
  { slug: 'ecology-environment', kind: 'bureau', display: 'Ecology and Environment Bureau', en: ['Ecology and Environment Bureau', 'Bureau of Ecology and Environment', 'Department of Ecology and Environment'], zh: ['生态环境局', '生态环境厅'] },
  { slug: 'agriculture-rural', kind: 'bureau', display: 'Agriculture and Rural Affairs Bureau', en: ['Agriculture and Rural Affairs Bureau', 'Department of Agriculture and Rural Affairs', 'Bureau of Agriculture and Rural Affairs'], zh: ['农业农村局', '农业农村厅'] },
  // Pastoral regions (内蒙古, 西藏, 青海 …) join farming and herding in one department.
  { slug: 'agriculture-animal-husbandry', kind: 'department', display: 'Department of Agriculture and Animal Husbandry', en: ['Department of Agriculture and Animal Husbandry', 'Agriculture and Animal Husbandry Department', 'Agriculture and Animal Husbandry Bureau', 'Bureau of Agriculture and Animal Husbandry'], zh: ['农牧厅', '农牧局', '农牧业局', '农牧和科技局'] },
  { slug: 'natural-resources', kind: 'bureau', display: 'Natural Resources Bureau', en: ['Natural Resources Bureau', 'Department of Natural Resources', 'Bureau of Natural Resources'], zh: ['自然资源局', '自然资源厅'] },
  { slug: 'housing-construction', kind: 'bureau', display: 'Housing and Urban-Rural Development Bureau', en: ['Housing and Urban-Rural Development Bureau', 'Department of Housing and Urban-Rural Development', 'Housing and Construction Bureau'], zh: ['住房和城乡建设局', '住房和城乡建设厅', '住建局', '住建厅'] },
  { slug: 'transport', kind: 'bureau', display: 'Transport Bureau', en: ['Transport Bureau', 'Transportation Bureau', 'Department of Transport'], zh: ['交通运输局', '交通运输厅'] },
  { slug: 'culture-tourism', kind: 'bureau', display: 'Culture and Tourism Bureau', en: ['Culture and Tourism Bureau', 'Department of Culture and Tourism', 'Bureau of Culture and Tourism'], zh: ['文化和旅游局', '文化和旅游厅', '文旅局', '文旅厅'] },
  { slug: 'emergency-management', kind: 'bureau', display: 'Emergency Management Bureau', en: ['Emergency Management Bureau', 'Department of Emergency Management'], zh: ['应急管理局', '应急管理厅'] },
  { slug: 'audit', kind: 'bureau', display: 'Audit Bureau', en: ['Audit Bureau', 'Audit Office', 'Department of Audit'], zh: ['审计局', '审计厅'] },
  { slug: 'taxation', kind: 'bureau', display: 'Taxation Bureau', en: ['Taxation Bureau', 'Tax Service', 'Bureau of Taxation'], zh: ['税务局'] },
  { slug: 'local-financial-regulation', kind: 'bureau', display: 'Local Financial Supervision and Administration Bureau', en: ['Local Financial Supervision and Administration Bureau', 'Financial Regulatory Bureau', 'Financial Work Office'], zh: ['地方金融监督管理局', '地方金融监管局', '金融工作办公室', '金融办'] },
  { slug: 'institute-for-drug-control', kind: 'institute', display: 'Institute for Food and Drug Control',
    en: ['Institute for Food and Drug Control', 'Food and Drug Inspection Institute', 'Institute for Drug Control', 'Drug Inspection Institute', 'Institute of Food and Drug Control', 'Food and Drug Control Institute'],
    zh: ['食品药品检验研究院', '食品药品检验所', '药品检验研究院', '药品检验所', '食品药品检定研究院'] },
  // Courts and procuratorates of a place (成都铁路运输法院, 上海市第一中级人民法院): one slug a kind, as a city has several.
  { slug: 'intermediate-court', kind: 'court', display: "Intermediate People's Court", en: ["Intermediate People's Court"], zh: ['中级人民法院', '中级法院'] },
  { slug: 'higher-court', kind: 'court', display: "Higher People's Court", en: ["Higher People's Court", 'High People\'s Court'], zh: ['高级人民法院', '高级法院'] },
  { slug: 'railway-court', kind: 'court', display: 'Railway Transport Court', en: ['Railway Transport Court', 'Railway Transportation Court'], zh: ['铁路运输法院', '铁路运输中级法院'] },
  { slug: 'ip-court', kind: 'court', display: 'Intellectual Property Court', en: ['Intellectual Property Court'], zh: ['知识产权法院'] },
  { slug: 'internet-court', kind: 'court', display: 'Internet Court', en: ['Internet Court'], zh: ['互联网法院'] },
  { slug: 'court', kind: 'court', display: "People's Court", en: ["People's Court"], zh: ['人民法院'] },
  { slug: 'procuratorate', kind: 'procuratorate', display: "People's Procuratorate", en: ["People's Procuratorate"], zh: ['人民检察院'] },
  { slug: 'management-committee', kind: 'administrative_committee', display: 'Administrative Committee',
    en: ['Management Committee', 'Administrative Committee', 'Administration Committee'], zh: ['管理委员会', '管委会'] },
  { slug: 'work-office', kind: 'office', display: 'Work Office', en: ['Work Office', 'Working Office'], zh: ['工作办公室'] },
  // The eight democratic parties' local committees (民建厦门市委员会, 农工党广东省委, 九三学社上海市委): the party before the
  // place, 委员会 or 委 after it; each puts group proposals to the local CPPCC. Their central committees are in the gazetteer.
  ...([
    ['cndca', 'China National Democratic Construction Association', ['中国民主建国会', '民建']],
    ['ngd', "Chinese Peasants' and Workers' Democratic Party", ['中国农工民主党', '农工民主党', '农工党']],
    ['cdl', 'China Democratic League', ['中国民主同盟', '民盟']],
    ['cape', 'China Association for Promoting Democracy', ['中国民主促进会', '民进']],
    ['rcckmt', 'Revolutionary Committee of the Chinese Kuomintang', ['中国国民党革命委员会', '民革']],
    ['jiusan', 'Jiusan Society', ['九三学社']],
    ['zhigong', 'China Zhi Gong Party', ['中国致公党', '致公党']],
    ['tdsgl', 'Taiwan Democratic Self-Government League', ['台湾民主自治同盟', '台盟']],
  ] as const).map(([slug, party, lead]): BodyType => ({
    slug: `${slug}-committee`, kind: 'party_body', display: `Committee of the ${party}`, en: [`Committee of the ${party}`], zh: ['委员会'], zhLead: lead,
  })),
];

export const BODY_BY_SLUG = new Map(BODY_TYPES.map((b) => [b.slug, b]));
