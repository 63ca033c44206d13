// Named bodies: China's central party, state and legislative organs with their subordinate administrations,
// centres and departments; the Hong Kong, Macao and Taiwan bodies of this field; foreign regulators and
// governments; the few international bodies the field refers to. Names as English news and official
// translations give them, former names kept as aliases (the same body under its older name).
import { uniq, zhForms } from './names.ts';
import type { AgencyLevel, GazetteerEntry } from './types.ts';

interface Def {
  id: string;
  name: string;
  zh?: string;
  /** English aliases: abbreviations, variant translations, former names. */
  en?: string[];
  /** Chinese aliases (Simplified; Traditional forms are added). */
  zhAlt?: string[];
  kind: string;
  /** Defaults to the parent in the id path when that exists (agency:cn/nmpa/cde → agency:cn/nmpa). */
  partOf?: string | null;
  level?: AgencyLevel;
  jurisdiction?: string;
  /** Organisations: their place, when a body elsewhere shares their name (GazetteerEntry.home). */
  home?: string;
  /** English names it goes by only on its place's pages (GazetteerEntry.homeNames); aliases too. */
  homeNames?: string[];
  label?: 'Agency' | 'Organization';
  /** Bodies in time (GRAPH-MODEL.md): when the body bore this name, and the body that took over its role. */
  validFrom?: string;
  validTo?: string;
  succeededBy?: string;
}

const SC = 'agency:cn/state-council';
/** A national term of the NPC and the CPPCC (十四届) → the year its first session met; both bodies keep one cycle. */
export const NATIONAL_TERM_START: Readonly<Record<string, number>> = { 十二: 2013, 十三: 2018, 十四: 2023, 十五: 2028 };
// The National Committee named with its term (政协十四届全国委员会).
const CPPCC_TERMS = Object.keys(NATIONAL_TERM_START);

const CHINA: Def[] = [
  // --- the centre
  {
    id: 'agency:cn/government', name: 'Chinese Government', zh: '中国政府', kind: 'government',
    en: ['Government of China', 'Chinese central government', 'China government', "China's central government", 'Central Government of China', 'Chinese authorities'],
    zhAlt: ['中央政府', '我国政府', '中国中央政府'],
  },
  {
    id: SC, name: 'State Council', zh: '国务院', kind: 'government', partOf: 'agency:cn/government',
    en: ['The State Council', 'State Council of China', "China's State Council", 'Chinese State Council', 'PRC State Council', "Central People's Government"],
    zhAlt: ['中华人民共和国国务院', '中央人民政府'],
  },
  {
    id: `${SC}/general-office`, name: 'General Office of the State Council', zh: '国务院办公厅', kind: 'general_office',
    en: ['State Council General Office', 'GOSC', 'General Office of State Council'], zhAlt: ['国办'],
  },
  {
    id: 'agency:cn/cpc', name: 'Communist Party of China', zh: '中国共产党', kind: 'party',
    en: ['CPC', 'CCP', 'Chinese Communist Party', 'Communist Party of China (CPC)'], zhAlt: ['中共'],
  },
  {
    id: 'agency:cn/cpc-central-committee', name: 'Central Committee of the Communist Party of China', zh: '中国共产党中央委员会',
    kind: 'party_body', partOf: 'agency:cn/cpc',
    en: ['CPC Central Committee', 'Communist Party of China Central Committee', 'CCP Central Committee', 'Central Committee of the CPC', 'Party Central Committee', 'Central Committee of the Chinese Communist Party'],
    zhAlt: ['中共中央', '党中央'],
  },
  // The eight democratic parties' central committees (农工党中央 is not 党中央): each puts group proposals to the CPPCC.
  ...([
    ['ngd', "Chinese Peasants' and Workers' Democratic Party", '中国农工民主党中央委员会', ['农工党中央', '农工民主党中央']],
    ['jiusan', 'Jiusan Society', '九三学社中央委员会', ['九三学社中央']],
    ['cdl', 'China Democratic League', '中国民主同盟中央委员会', ['民盟中央']],
    ['cape', 'China Association for Promoting Democracy', '中国民主促进会中央委员会', ['民进中央']],
    ['cndca', 'China National Democratic Construction Association', '中国民主建国会中央委员会', ['民建中央']],
    ['rcckmt', 'Revolutionary Committee of the Chinese Kuomintang', '中国国民党革命委员会中央委员会', ['民革中央']],
    ['zhigong', 'China Zhi Gong Party', '中国致公党中央委员会', ['致公党中央']],
    ['tdsgl', 'Taiwan Democratic Self-Government League', '台湾民主自治同盟中央委员会', ['台盟中央']],
  ] as const).map(([slug, party, zh, alt]): Def => ({ id: `agency:cn/${slug}-central-committee`, name: `Central Committee of the ${party}`, zh, kind: 'party_body', en: [`${party} Central Committee`], zhAlt: [...alt] })),
  {
    id: 'agency:cn/cpc-central-committee/general-office', name: 'General Office of the CPC Central Committee', zh: '中共中央办公厅', kind: 'general_office',
    en: ['General Office of the Communist Party of China Central Committee', 'General Office of the Central Committee of the Communist Party of China', 'CPC Central Committee General Office', 'General Office of the Central Committee of the CPC'],
    zhAlt: ['中国共产党中央委员会办公厅', '中办'],
  },
  {
    id: 'agency:cn/cpc-central-committee/organization-department', name: 'Organization Department of the CPC Central Committee', zh: '中共中央组织部', kind: 'department',
    en: ['CPC Central Committee Organization Department', 'Central Organization Department', 'Organization Department of the Communist Party of China Central Committee'], zhAlt: ['中央组织部', '中组部'],
  },
  {
    id: 'agency:cn/cpc-central-committee/publicity-department', name: 'Publicity Department of the CPC Central Committee', zh: '中共中央宣传部', kind: 'department',
    en: ['CPC Central Committee Publicity Department', 'Central Publicity Department', 'Central Propaganda Department'], zhAlt: ['中央宣传部', '中宣部'],
  },
  {
    id: 'agency:cn/cpc-central-committee/united-front-work-department', name: 'United Front Work Department of the CPC Central Committee', zh: '中共中央统一战线工作部', kind: 'department',
    en: ['United Front Work Department', 'Central United Front Work Department'], zhAlt: ['中央统战部', '中共中央统战部'],
  },
  {
    id: 'agency:cn/cpc-central-committee/science-technology-commission', name: 'Central Science and Technology Commission', zh: '中央科技委员会', kind: 'commission',
    en: ['Central Commission for Science and Technology', 'CPC Central Science and Technology Commission'], zhAlt: ['中央科技委'],
  },
  {
    id: 'agency:cn/cpc-central-committee/deepening-reform-commission', name: 'Central Commission for Comprehensively Deepening Reform', zh: '中央全面深化改革委员会', kind: 'commission',
    en: ['Central Comprehensively Deepening Reforms Commission', 'Central Leading Group for Comprehensively Deepening Reform'], zhAlt: ['中央深改委', '中央全面深化改革领导小组', '中央深改组'],
  },
  {
    id: 'agency:cn/ccdi', name: 'Central Commission for Discipline Inspection', zh: '中央纪律检查委员会', kind: 'party_body', partOf: 'agency:cn/cpc',
    en: ['CCDI', 'CPC Central Commission for Discipline Inspection'], zhAlt: ['中央纪委', '中共中央纪律检查委员会'],
  },
  {
    id: 'agency:cn/national-supervisory-commission', name: 'National Supervisory Commission', zh: '国家监察委员会', kind: 'commission', partOf: null,
    en: ['National Commission of Supervision', 'NSC of China'], zhAlt: ['国家监委'],
  },
  // --- legislature and advisory bodies
  {
    id: 'agency:cn/npc', name: "National People's Congress", zh: '全国人民代表大会', kind: 'legislature',
    en: ['NPC', "China's National People's Congress", "National People's Congress of China"], zhAlt: ['全国人大'],
  },
  {
    id: 'agency:cn/npc/standing-committee', name: "Standing Committee of the National People's Congress", zh: '全国人民代表大会常务委员会', kind: 'standing_committee',
    en: ["China's top legislature", "the country's top legislature", 'top legislature', "China's national legislature", 'NPC Standing Committee', 'NPCSC', "National People's Congress Standing Committee", 'Standing Committee of the NPC', 'Standing Committee of NPC'],
    zhAlt: ['全国人大常委会', '全国人大常务委员会'],
  },
  {
    id: 'agency:cn/npc/standing-committee/legislative-affairs-commission', name: 'Legislative Affairs Commission of the NPC Standing Committee', zh: '全国人民代表大会常务委员会法制工作委员会', kind: 'commission',
    en: ['NPCSC Legislative Affairs Commission', "Legislative Affairs Commission of the Standing Committee of the National People's Congress"], zhAlt: ['全国人大常委会法制工作委员会', '全国人大常委会法工委', '法工委'],
  },
  {
    id: 'agency:cn/npc/education-science-culture-health-committee', name: "Education, Science, Culture and Public Health Committee of the National People's Congress", zh: '全国人民代表大会教育科学文化卫生委员会', kind: 'special_committee',
    en: ['NPC Education, Science, Culture and Public Health Committee', 'Education, Science, Culture and Public Health Committee of the NPC'], zhAlt: ['全国人大教育科学文化卫生委员会', '全国人大教科文卫委员会', '全国人大教科文卫委'],
  },
  {
    id: 'agency:cn/npc/constitution-law-committee', name: "Constitution and Law Committee of the National People's Congress", zh: '全国人民代表大会宪法和法律委员会', kind: 'special_committee',
    en: ['NPC Constitution and Law Committee', 'Constitution and Law Committee of the NPC'], zhAlt: ['全国人大宪法和法律委员会', '全国人大宪法法律委'],
  },
  {
    id: 'agency:cn/cppcc', name: "Chinese People's Political Consultative Conference", zh: '中国人民政治协商会议', kind: 'advisory_body',
    en: ['CPPCC', "China's top political advisory body"], zhAlt: ['人民政协', '政协'],
  },
  {
    id: 'agency:cn/cppcc/national-committee', name: "National Committee of the Chinese People's Political Consultative Conference", zh: '中国人民政治协商会议全国委员会', kind: 'cppcc_committee',
    en: ['CPPCC National Committee', 'National Committee of the CPPCC', "Chinese People's Political Consultative Conference National Committee", 'CPPCC National Committee of China'], zhAlt: ['全国政协', '政协全国委员会', '港区政协', '澳区政协', '港区全国政协', '澳区全国政协', ...CPPCC_TERMS.flatMap((t) => [`政协${t}届全国委员会`, `政协第${t}届全国委员会`])],
  },
  {
    id: 'agency:cn/cppcc/national-committee/standing-committee', name: 'Standing Committee of the CPPCC National Committee', zh: '中国人民政治协商会议全国委员会常务委员会', kind: 'standing_committee',
    en: ['CPPCC National Committee Standing Committee', 'Standing Committee of the National Committee of the CPPCC'], zhAlt: ['全国政协常委会', '全国政协常务委员会'],
  },
  {
    id: 'agency:cn/cppcc/national-committee/education-science-health-sports-committee', name: 'Committee of Education, Science, Health and Sports of the CPPCC National Committee', zh: '全国政协教科卫体委员会', kind: 'special_committee',
    en: ['CPPCC National Committee Committee of Education, Science, Health and Sports', 'Education, Science, Health and Sports Committee of the CPPCC National Committee'], zhAlt: ['全国政协教育科学卫生体育委员会'],
  },
  { id: 'agency:cn/spc', name: "Supreme People's Court", zh: '最高人民法院', kind: 'court', partOf: null, en: ['SPC', "China's Supreme People's Court"], zhAlt: ['最高法'] },
  { id: 'agency:cn/spp', name: "Supreme People's Procuratorate", zh: '最高人民检察院', kind: 'procuratorate', partOf: null, en: ['SPP'], zhAlt: ['最高检'] },
  // --- State Council: ministries and commissions
  { id: 'agency:cn/mfa', name: 'Ministry of Foreign Affairs', zh: '外交部', kind: 'ministry', partOf: SC, en: ['MFA', 'Foreign Ministry', 'Chinese Foreign Ministry'] },
  { id: 'agency:cn/mnd', name: 'Ministry of National Defense', zh: '国防部', kind: 'ministry', partOf: SC, en: ['MND', 'Ministry of National Defence'] },
  {
    id: 'agency:cn/ndrc', name: 'National Development and Reform Commission', zh: '国家发展和改革委员会', kind: 'commission', partOf: SC,
    en: ["China's top economic planner", "the country's top economic planner", 'top economic planner', 'NDRC', 'State Development and Reform Commission', 'State Development Planning Commission', 'State Planning Commission'],
    zhAlt: ['国家发展改革委', '国家发改委', '国家发展计划委员会', '国家计委', '国家计划委员会'],
  },
  { id: 'agency:cn/moe', name: 'Ministry of Education', zh: '教育部', kind: 'ministry', partOf: SC, en: ['MOE', 'Chinese Ministry of Education', 'State Education Commission'], zhAlt: ['国家教育委员会', '国家教委'] },
  {
    id: 'agency:cn/most', name: 'Ministry of Science and Technology', zh: '科学技术部', kind: 'ministry', partOf: SC,
    en: ['MOST', 'Chinese Ministry of Science and Technology', 'State Science and Technology Commission'], zhAlt: ['科技部', '国家科学技术委员会', '国家科委'],
  },
  { id: 'agency:cn/miit', name: 'Ministry of Industry and Information Technology', zh: '工业和信息化部', kind: 'ministry', partOf: SC, en: ['MIIT'], zhAlt: ['工信部'] },
  { id: 'agency:cn/neac', name: 'National Ethnic Affairs Commission', zh: '国家民族事务委员会', kind: 'commission', partOf: SC, en: ['NEAC', 'State Ethnic Affairs Commission'], zhAlt: ['国家民委'] },
  { id: 'agency:cn/mps', name: 'Ministry of Public Security', zh: '公安部', kind: 'ministry', partOf: SC, en: ['MPS'] },
  { id: 'agency:cn/mss', name: 'Ministry of State Security', zh: '国家安全部', kind: 'ministry', partOf: SC, en: ['MSS'] },
  { id: 'agency:cn/mca', name: 'Ministry of Civil Affairs', zh: '民政部', kind: 'ministry', partOf: SC, en: ['MCA'] },
  {
    id: 'agency:cn/moj', name: 'Ministry of Justice', zh: '司法部', kind: 'ministry', partOf: SC,
    en: ['MOJ', 'Legislative Affairs Office of the State Council', 'State Council Legislative Affairs Office'], zhAlt: ['国务院法制办公室', '国务院法制办'],
  },
  { id: 'agency:cn/mof', name: 'Ministry of Finance', zh: '财政部', kind: 'ministry', partOf: SC, en: ['MOF', 'Chinese Ministry of Finance'] },
  { id: 'agency:cn/mohrss', name: 'Ministry of Human Resources and Social Security', zh: '人力资源和社会保障部', kind: 'ministry', partOf: SC, en: ['MOHRSS'], zhAlt: ['人社部', '人力资源社会保障部'] },
  { id: 'agency:cn/mnr', name: 'Ministry of Natural Resources', zh: '自然资源部', kind: 'ministry', partOf: SC, en: ['MNR'] },
  { id: 'agency:cn/mee', name: 'Ministry of Ecology and Environment', zh: '生态环境部', kind: 'ministry', partOf: SC, en: ['MEE', 'Ministry of Environmental Protection', 'MEP'], zhAlt: ['环境保护部', '环保部'] },
  { id: 'agency:cn/mohurd', name: 'Ministry of Housing and Urban-Rural Development', zh: '住房和城乡建设部', kind: 'ministry', partOf: SC, en: ['MOHURD'], zhAlt: ['住建部', '住房城乡建设部'] },
  { id: 'agency:cn/mot', name: 'Ministry of Transport', zh: '交通运输部', kind: 'ministry', partOf: SC, en: ['MOT'] },
  { id: 'agency:cn/mwr', name: 'Ministry of Water Resources', zh: '水利部', kind: 'ministry', partOf: SC, en: ['MWR'] },
  { id: 'agency:cn/mara', name: 'Ministry of Agriculture and Rural Affairs', zh: '农业农村部', kind: 'ministry', partOf: SC, en: ['MARA', 'Ministry of Agriculture', 'MOA'], zhAlt: ['农业部'] },
  { id: 'agency:cn/mofcom', name: 'Ministry of Commerce', zh: '商务部', kind: 'ministry', partOf: SC, en: ['MOFCOM', 'Chinese Ministry of Commerce'] },
  { id: 'agency:cn/mct', name: 'Ministry of Culture and Tourism', zh: '文化和旅游部', kind: 'ministry', partOf: SC, en: ['MCT'], zhAlt: ['文旅部'] },
  {
    id: 'agency:cn/nhc', name: 'National Health Commission', zh: '国家卫生健康委员会', kind: 'commission', partOf: SC, validFrom: '2018-03',
    en: ["China's top health authority", "the country's top health authority", 'top health authority', 'national health authority', 
      'NHC', 'National Health Commission of China', "China's National Health Commission", 'Chinese National Health Commission',
    ],
    zhAlt: ['国家卫生健康委', '国家卫健委'],
  },
  // Its forerunners (distinct bodies: a name denotes the body that bore it at the statement's date).
  {
    id: 'agency:cn/moh', name: 'Ministry of Health', zh: '卫生部', kind: 'ministry', partOf: SC, validTo: '2013-03', succeededBy: 'agency:cn/nhfpc',
    en: ['Chinese Ministry of Health', 'Ministry of Health of China', "Ministry of Health of the People's Republic of China"], zhAlt: ['中华人民共和国卫生部'],
  },
  {
    id: 'agency:cn/npfpc', name: 'National Population and Family Planning Commission', zh: '国家人口和计划生育委员会', kind: 'commission', partOf: SC,
    validTo: '2013-03', succeededBy: 'agency:cn/nhfpc', zhAlt: ['国家人口计生委'],
  },
  {
    id: 'agency:cn/nhfpc', name: 'National Health and Family Planning Commission', zh: '国家卫生和计划生育委员会', kind: 'commission', partOf: SC,
    validFrom: '2013-03', validTo: '2018-03', succeededBy: 'agency:cn/nhc',
    en: ['NHFPC', 'National Health and Family Planning Commission of China', 'National Health and Family Planning Commission of the PRC'], zhAlt: ['国家卫生计生委', '国家卫计委'],
  },
  { id: 'agency:cn/mva', name: 'Ministry of Veterans Affairs', zh: '退役军人事务部', kind: 'ministry', partOf: SC, en: ['MVA'] },
  { id: 'agency:cn/mem', name: 'Ministry of Emergency Management', zh: '应急管理部', kind: 'ministry', partOf: SC, en: ['MEM'] },
  { id: 'agency:cn/pboc', name: "People's Bank of China", zh: '中国人民银行', kind: 'central_bank', partOf: SC, en: ['PBOC', 'PBC', "China's central bank"], zhAlt: ['人民银行', '央行'] },
  { id: 'agency:cn/nao', name: 'National Audit Office', zh: '审计署', kind: 'audit_office', partOf: SC, en: ['NAO', 'National Audit Office of China'] },
  {
    id: 'agency:cn/sasac', name: 'State-owned Assets Supervision and Administration Commission of the State Council', zh: '国务院国有资产监督管理委员会', kind: 'commission', partOf: SC,
    en: ['SASAC', 'State-owned Assets Supervision and Administration Commission'], zhAlt: ['国务院国资委', '国资委'],
  },
  // --- State Council: organisations directly under it
  { id: 'agency:cn/gac', name: 'General Administration of Customs', zh: '海关总署', kind: 'customs', partOf: SC, en: ['GAC', 'China Customs', 'General Administration of Customs of China', 'GACC'], zhAlt: ['中国海关'] },
  { id: 'agency:cn/sta', name: 'State Taxation Administration', zh: '国家税务总局', kind: 'administration', partOf: SC, en: ['STA', 'State Administration of Taxation', 'SAT'] },
  {
    id: 'agency:cn/samr', name: 'State Administration for Market Regulation', zh: '国家市场监督管理总局', kind: 'administration', partOf: SC,
    en: ["China's top market regulator", 'top market regulator', 
      'SAMR', 'State Administration of Market Regulation', 'General Administration of Quality Supervision, Inspection and Quarantine', 'AQSIQ',
      'State Administration for Industry and Commerce', 'SAIC',
    ],
    zhAlt: ['市场监管总局', '国家市场监管总局', '国家质量监督检验检疫总局', '国家质检总局', '国家工商行政管理总局', '国家工商总局'],
  },
  {
    id: 'agency:cn/nfra', name: 'National Financial Regulatory Administration', zh: '国家金融监督管理总局', kind: 'regulator', partOf: SC,
    en: ['NFRA', 'China Banking and Insurance Regulatory Commission', 'CBIRC', 'China Banking Regulatory Commission', 'CBRC'],
    zhAlt: ['金融监管总局', '中国银行保险监督管理委员会', '银保监会', '中国银保监会', '中国银行业监督管理委员会', '银监会'],
  },
  { id: 'agency:cn/csrc', name: 'China Securities Regulatory Commission', zh: '中国证券监督管理委员会', kind: 'regulator', partOf: SC, en: ['CSRC'], zhAlt: ['证监会', '中国证监会'] },
  { id: 'agency:cn/nrta', name: 'National Radio and Television Administration', zh: '国家广播电视总局', kind: 'administration', partOf: SC, en: ['NRTA'], zhAlt: ['广电总局'] },
  { id: 'agency:cn/gas', name: 'General Administration of Sport of China', zh: '国家体育总局', kind: 'administration', partOf: SC, en: ['General Administration of Sport'] },
  { id: 'agency:cn/nbs', name: 'National Bureau of Statistics', zh: '国家统计局', kind: 'bureau', partOf: SC, en: ['NBS', 'National Bureau of Statistics of China'] },
  { id: 'agency:cn/cidca', name: 'China International Development Cooperation Agency', zh: '国家国际发展合作署', kind: 'agency', partOf: SC, en: ['CIDCA'] },
  {
    id: 'agency:cn/nhsa', name: 'National Healthcare Security Administration', zh: '国家医疗保障局', kind: 'administration', partOf: SC,
    en: ['NHSA', 'National Medical Insurance Administration', 'National Medical Security Administration', 'National Healthcare Security Bureau'], zhAlt: ['国家医保局'],
  },
  {
    id: 'agency:cn/cnipa', name: 'China National Intellectual Property Administration', zh: '国家知识产权局', kind: 'administration', partOf: SC,
    en: ['CNIPA', 'National Intellectual Property Administration', 'State Intellectual Property Office', 'SIPO'],
  },
  {
    id: 'agency:cn/cac', name: 'Cyberspace Administration of China', zh: '国家互联网信息办公室', kind: 'administration', partOf: null,
    en: ['CAC', 'Office of the Central Cyberspace Affairs Commission', 'State Internet Information Office'], zhAlt: ['国家网信办', '中央网络安全和信息化委员会办公室', '中央网信办'],
  },
  {
    id: `${SC}/information-office`, name: 'State Council Information Office', zh: '国务院新闻办公室', kind: 'office',
    en: ['SCIO', 'Information Office of the State Council'], zhAlt: ['国务院新闻办', '国新办'],
  },
  { id: 'agency:cn/drc', name: 'Development Research Center of the State Council', zh: '国务院发展研究中心', kind: 'centre', partOf: SC, en: ['DRC', 'State Council Development Research Center'] },
  // --- administrations under ministries
  { id: 'agency:cn/nda', name: 'National Data Administration', zh: '国家数据局', kind: 'administration', partOf: 'agency:cn/ndrc', en: ['NDA'] },
  { id: 'agency:cn/nea', name: 'National Energy Administration', zh: '国家能源局', kind: 'administration', partOf: 'agency:cn/ndrc', en: ['NEA'] },
  { id: 'agency:cn/sastind', name: 'State Administration of Science, Technology and Industry for National Defense', zh: '国家国防科技工业局', kind: 'administration', partOf: 'agency:cn/miit', en: ['SASTIND'], zhAlt: ['国防科工局'] },
  { id: 'agency:cn/nia', name: 'National Immigration Administration', zh: '国家移民管理局', kind: 'administration', partOf: 'agency:cn/mps', en: ['NIA'] },
  { id: 'agency:cn/nfga', name: 'National Forestry and Grassland Administration', zh: '国家林业和草原局', kind: 'administration', partOf: 'agency:cn/mnr', en: ['NFGA'], zhAlt: ['国家林草局'] },
  { id: 'agency:cn/caac', name: 'Civil Aviation Administration of China', zh: '中国民用航空局', kind: 'administration', partOf: 'agency:cn/mot', en: ['CAAC'], zhAlt: ['中国民航局', '民航局'] },
  { id: 'agency:cn/ncha', name: 'National Cultural Heritage Administration', zh: '国家文物局', kind: 'administration', partOf: 'agency:cn/mct', en: ['NCHA'] },
  {
    id: 'agency:cn/natcm', name: 'National Administration of Traditional Chinese Medicine', zh: '国家中医药管理局', kind: 'administration', partOf: 'agency:cn/nhc',
    en: ['NATCM', 'State Administration of Traditional Chinese Medicine', 'SATCM'], zhAlt: ['国家中医药局'],
  },
  {
    id: 'agency:cn/ndcpa', name: 'National Disease Control and Prevention Administration', zh: '国家疾病预防控制局', kind: 'administration', partOf: 'agency:cn/nhc',
    en: ['NDCPA', 'National Administration of Disease Prevention and Control'], zhAlt: ['国家疾控局'],
  },
  { id: 'agency:cn/safe', name: 'State Administration of Foreign Exchange', zh: '国家外汇管理局', kind: 'administration', partOf: 'agency:cn/pboc', en: ['SAFE'], zhAlt: ['外汇局'] },
  {
    id: 'agency:cn/nmpa', name: 'National Medical Products Administration', zh: '国家药品监督管理局', kind: 'regulator', partOf: 'agency:cn/samr', validFrom: '2018-03',
    en: ["China's top drug regulator", "the country's top drug regulator", 'top drug regulator', "China's drug regulator", 'national drug regulator', 
      'NMPA', 'State Drug Administration', 'National Drug Administration', 'China National Medical Products Administration', 'National Medical Products Administration of China',
    ],
    zhAlt: ['国家药监局', '国家药品监管局'],
  },
  {
    id: 'agency:cn/sfda', name: 'State Food and Drug Administration', zh: '国家食品药品监督管理局', kind: 'regulator', partOf: SC,
    validFrom: '2003-04', validTo: '2013-03', succeededBy: 'agency:cn/cfda', en: ['SFDA'],
  },
  {
    id: 'agency:cn/cfda', name: 'China Food and Drug Administration', zh: '国家食品药品监督管理总局', kind: 'regulator', partOf: SC,
    validFrom: '2013-03', validTo: '2018-03', succeededBy: 'agency:cn/nmpa',
    en: ['CFDA', 'China FDA', 'Chinese FDA', 'China Food and Drug Administration (CFDA)'], zhAlt: ['国家食药监总局', '国家食品药品监管总局', '食品药品监管总局', '国家食药监局'],
  },
  {
    id: 'agency:cn/cfda/general-office', name: 'General Office of the China Food and Drug Administration', zh: '国家食品药品监督管理总局办公厅', kind: 'general_office',
    validFrom: '2013-03', validTo: '2018-03', en: ['CFDA General Office', 'General Office of the CFDA'], zhAlt: ['国家食品药品监管总局办公厅', '食品药品监管总局办公厅', '国家食药监总局办公厅'],
  },
  { id: 'agency:cn/sac', name: 'Standardization Administration of China', zh: '国家标准化管理委员会', kind: 'administration', partOf: 'agency:cn/samr', en: ['SAC', 'Standardization Administration'], zhAlt: ['国家标准委'] },
  {
    id: 'agency:cn/cnca', name: 'Certification and Accreditation Administration of China', zh: '国家认证认可监督管理委员会', kind: 'administration', partOf: 'agency:cn/samr',
    en: ['CNCA', 'Certification and Accreditation Administration'], zhAlt: ['国家认监委'],
  },
  {
    // A research institution, not a state body that issues or regulates (FORMAT.md: research centres are organisations).
    id: 'org:cas', label: 'Organization', name: 'Chinese Academy of Sciences', zh: '中国科学院', kind: 'academy', partOf: null,
    en: ['CAS', 'Chinese Academy of Science'],
    zhAlt: ['中科院'],
  },
  {
    id: 'agency:cn/nsfc', name: 'National Natural Science Foundation of China', zh: '国家自然科学基金委员会', kind: 'funding_body', partOf: 'agency:cn/most',
    en: ['NSFC', 'National Natural Science Foundation'], zhAlt: ['国家自然科学基金委', '自然科学基金委'],
  },
  {
    id: 'agency:cn/national-sci-tech-ethics-committee', name: 'National Science and Technology Ethics Committee', zh: '国家科技伦理委员会', kind: 'committee', partOf: null,
    en: ['National Committee for Science and Technology Ethics', 'National Sci-Tech Ethics Committee'],
  },
  // --- MOST: departments and centres
  {
    id: 'agency:cn/most/social-development', name: 'Department of Social Development of the Ministry of Science and Technology', zh: '科学技术部社会发展科技司', kind: 'department',
    en: ['MOST Department of Social Development', 'Department of Science and Technology for Social Development'], zhAlt: ['科技部社会发展科技司', '社会发展科技司', '科技部社发司'],
  },
  {
    id: 'agency:cn/most/high-tech', name: 'Department of High and New Technology of the Ministry of Science and Technology', zh: '科学技术部高新技术司', kind: 'department',
    en: ['MOST Department of High and New Technology'], zhAlt: ['科技部高新技术司', '科技部高新司'],
  },
  {
    id: 'agency:cn/most/basic-research', name: 'Department of Basic Research of the Ministry of Science and Technology', zh: '科学技术部基础研究司', kind: 'department',
    en: ['MOST Department of Basic Research'], zhAlt: ['科技部基础研究司'],
  },
  {
    id: 'agency:cn/most/supervision-integrity', name: 'Department of Science and Technology Supervision and Integrity of the Ministry of Science and Technology', zh: '科学技术部科技监督与诚信建设司', kind: 'department',
    en: ['MOST Department of Supervision and Scientific Integrity'], zhAlt: ['科技部科技监督与诚信建设司', '科技监督与诚信建设司'],
  },
  {
    id: 'agency:cn/most/cncbd', name: 'China National Center for Biotechnology Development', zh: '中国生物技术发展中心', kind: 'centre',
    en: ['CNCBD', 'China Biotechnology Development Center', 'National Center for Biotechnology Development'], zhAlt: ['科技部中国生物技术发展中心', '生物中心'],
  },
  {
    id: 'agency:cn/most/hgrao', name: 'Office of Human Genetic Resources Administration', zh: '中国人类遗传资源管理办公室', kind: 'office',
    en: ['China Human Genetic Resources Management Office', 'Human Genetic Resources Administration of China', 'HGRAC', 'Office of Human Genetic Resources Administration of China'], zhAlt: ['人类遗传资源管理办公室', '遗传办'],
  },
  // --- NHC: departments
  {
    id: 'agency:cn/nhc/general-office', name: 'General Office of the National Health Commission', zh: '国家卫生健康委员会办公厅', kind: 'general_office',
    en: ['NHC General Office', 'General Office of the NHC'], zhAlt: ['国家卫生健康委办公厅', '国家卫健委办公厅'], validFrom: '2018-03',
  },
  {
    id: 'agency:cn/nhfpc/general-office', name: 'General Office of the National Health and Family Planning Commission', zh: '国家卫生和计划生育委员会办公厅', kind: 'general_office',
    validFrom: '2013-03', validTo: '2018-03', succeededBy: 'agency:cn/nhc/general-office',
    en: ['NHFPC General Office', 'General Office of the NHFPC'], zhAlt: ['国家卫生计生委办公厅', '国家卫计委办公厅'],
  },
  {
    id: 'agency:cn/nhc/science-technology-education', name: 'Department of Science, Technology and Education of the National Health Commission', zh: '国家卫生健康委员会科技教育司', kind: 'department',
    en: ['NHC Department of Science, Technology and Education', 'Science and Education Department of the National Health Commission', 'Department of Science and Education of the NHC', 'Department of Science, Technology and Education'],
    zhAlt: ['国家卫生健康委科技教育司', '国家卫健委科技教育司', '国家卫健委科教司', '国家卫生计生委科技教育司', '科技教育司', '科教司'],
  },
  {
    id: 'agency:cn/nhc/medical-administration', name: 'Department of Medical Administration of the National Health Commission', zh: '国家卫生健康委员会医政司', kind: 'department',
    en: ['NHC Department of Medical Administration', 'Bureau of Medical Administration of the National Health Commission', 'NHC Bureau of Medical Administration', 'Medical Administration and Hospital Administration Bureau'],
    zhAlt: ['国家卫生健康委医政司', '国家卫健委医政司', '国家卫生健康委医政医管局', '国家卫健委医政医管局', '医政医管局', '医政司'],
  },
  {
    id: 'agency:cn/nhc/drug-policy', name: 'Department of Drug Policy and Essential Medicine System of the National Health Commission', zh: '国家卫生健康委员会药物政策与基本药物制度司', kind: 'department',
    en: ['NHC Department of Drug Policy and Essential Medicine System'], zhAlt: ['国家卫生健康委药物政策与基本药物制度司', '药物政策与基本药物制度司', '药政司'],
  },
  {
    id: 'agency:cn/nhc/legal-affairs', name: 'Department of Legal Affairs of the National Health Commission', zh: '国家卫生健康委员会法规司', kind: 'department',
    en: ['NHC Department of Legal Affairs', 'Department of Laws and Regulations of the NHC'], zhAlt: ['国家卫生健康委法规司', '国家卫健委法规司'],
  },
  {
    id: 'agency:cn/nhc/planning', name: 'Department of Planning, Development and Information Technology of the National Health Commission', zh: '国家卫生健康委员会规划发展与信息化司', kind: 'department',
    en: ['NHC Department of Planning, Development and Information Technology'], zhAlt: ['国家卫生健康委规划发展与信息化司', '规划发展与信息化司', '国家卫健委规划司'],
  },
  {
    id: 'agency:cn/nhc/medical-emergency', name: 'Department of Medical Emergency Response of the National Health Commission', zh: '国家卫生健康委员会医疗应急司', kind: 'department',
    en: ['NHC Department of Medical Emergency Response'], zhAlt: ['国家卫生健康委医疗应急司', '医疗应急司'],
  },
  {
    id: 'agency:cn/nhc/international-cooperation', name: 'Department of International Cooperation of the National Health Commission', zh: '国家卫生健康委员会国际合作司', kind: 'department',
    en: ['NHC Department of International Cooperation'], zhAlt: ['国家卫生健康委国际合作司'],
  },
  {
    id: 'agency:cn/nhc/maternal-child-health', name: 'Department of Maternal and Child Health of the National Health Commission', zh: '国家卫生健康委员会妇幼健康司', kind: 'department',
    en: ['NHC Department of Maternal and Child Health'], zhAlt: ['国家卫生健康委妇幼健康司', '妇幼健康司'],
  },
  {
    id: 'agency:cn/nhc/comprehensive-supervision', name: 'Bureau of Comprehensive Supervision of the National Health Commission', zh: '国家卫生健康委员会综合监督局', kind: 'bureau',
    en: ['NHC Bureau of Comprehensive Supervision'], zhAlt: ['国家卫生健康委综合监督局'],
  },
  {
    id: 'agency:cn/nhc/medical-ethics-expert-committee', name: 'Medical Ethics Expert Committee of the National Health Commission', zh: '国家卫生健康委员会医学伦理专家委员会', kind: 'committee',
    en: ['NHC Medical Ethics Expert Committee', 'National Medical Ethics Expert Committee'], zhAlt: ['国家卫生健康委医学伦理专家委员会', '国家卫健委医学伦理专家委员会', '国家医学伦理专家委员会'],
  },
  {
    id: 'agency:cn/nhc/stem-cell-expert-committee', name: 'National Stem Cell Clinical Research Expert Committee', zh: '国家干细胞临床研究专家委员会', kind: 'committee',
    en: ['National Expert Committee on Stem Cell Clinical Research', 'Stem Cell Clinical Research Expert Committee'], zhAlt: ['干细胞临床研究专家委员会'],
  },
  // --- NMPA: centres and departments
  {
    id: 'agency:cn/nmpa/cde', name: 'Center for Drug Evaluation', zh: '国家药品监督管理局药品审评中心', kind: 'centre',
    en: ['CDE', 'Centre for Drug Evaluation', 'Center for Drug Evaluation of the NMPA', 'NMPA Center for Drug Evaluation', 'Center for Drug Evaluation of the State Drug Administration', 'Center for Drug Evaluation, NMPA', 'Drug Evaluation Center', 'Center for Drug Evaluation of the CFDA', 'CDE of NMPA'],
    zhAlt: ['国家药监局药品审评中心', '国家药监局药审中心', '药品审评中心', '药审中心', '国家食品药品监督管理总局药品审评中心'],
  },
  // The NMPA's regional sub-centres for drug evaluation and inspection (2020): named bare (长三角分中心) on mainland pages.
  {
    id: 'agency:cn/nmpa/gba-subcenter', name: 'Greater Bay Area Sub-center of Drug Evaluation and Inspection of the NMPA', zh: '国家药品监督管理局药品审评检查大湾区分中心', kind: 'centre',
    en: ['Greater Bay Area Sub-center of Drug Evaluation and Inspection', 'Greater Bay Area Sub-center', 'GBA Sub-center', 'Greater Bay Area sub-centre'], zhAlt: ['国家药监局药品审评检查大湾区分中心', '药品审评检查大湾区分中心', '大湾区分中心'],
  },
  {
    id: 'agency:cn/nmpa/yrd-subcenter', name: 'Yangtze River Delta Sub-center of Drug Evaluation and Inspection of the NMPA', zh: '国家药品监督管理局药品审评检查长三角分中心', kind: 'centre',
    en: ['Yangtze River Delta Sub-center of Drug Evaluation and Inspection', 'Yangtze River Delta Sub-center of Drug Evaluation and Inspection of the National Medical Products Administration', 'Yangtze River Delta Sub-center'], zhAlt: ['国家药监局药品审评检查长三角分中心', '药品审评检查长三角分中心', '长三角分中心'],
  },
  {
    id: 'agency:cn/nmpa/cmde', name: 'Center for Medical Device Evaluation', zh: '国家药品监督管理局医疗器械技术审评中心', kind: 'centre',
    en: ['CMDE', 'Centre for Medical Device Evaluation', 'Center for Medical Device Evaluation of the NMPA', 'NMPA Center for Medical Device Evaluation'],
    zhAlt: ['国家药监局医疗器械技术审评中心', '医疗器械技术审评中心', '器审中心'],
  },
  {
    id: 'agency:cn/nmpa/cfdi', name: 'Center for Food and Drug Inspection', zh: '国家药品监督管理局食品药品审核查验中心', kind: 'centre',
    en: ['CFDI', 'Centre for Food and Drug Inspection', 'Center for Food and Drug Inspection of the NMPA', 'NMPA Center for Food and Drug Inspection', 'Food and Drug Inspection Center'],
    zhAlt: ['国家药监局食品药品审核查验中心', '食品药品审核查验中心', '国家药监局核查中心', '核查中心'],
  },
  {
    id: 'agency:cn/nmpa/nifdc', name: 'National Institutes for Food and Drug Control', zh: '中国食品药品检定研究院', kind: 'institute',
    en: ['NIFDC', 'China National Institutes for Food and Drug Control', 'National Institute for Food and Drug Control', 'National Institute for the Control of Pharmaceutical and Biological Products', 'NICPBP',
      // literal machine translations of 中检院 that English reposts of Chinese news use
      'Central Inspection Institute', 'China Central Inspection Institute'],
    zhAlt: ['中检院', '国家药品监督管理局医疗器械标准管理中心', '中国药品生物制品检定所', '中国药品生物制品检定研究院'],
  },
  {
    id: 'agency:cn/nmpa/cdr', name: 'Center for Drug Reevaluation', zh: '国家药品监督管理局药品评价中心', kind: 'centre',
    en: ['CDR', 'National Center for ADR Monitoring', 'National Adverse Drug Reaction Monitoring Center', 'National Center for Adverse Drug Reaction Monitoring', 'Center for Drug Re-evaluation'],
    zhAlt: ['国家药品不良反应监测中心', '药品评价中心', '国家药监局药品评价中心'],
  },
  {
    id: 'agency:cn/nmpa/chp', name: 'Chinese Pharmacopoeia Commission', zh: '国家药典委员会', kind: 'commission',
    en: ['ChP', 'Pharmacopoeia Commission', 'China Pharmacopoeia Commission', 'National Pharmacopoeia Commission'], zhAlt: ['药典委'],
  },
  {
    id: 'agency:cn/nmpa/drug-registration', name: 'Department of Drug Registration of the National Medical Products Administration', zh: '国家药品监督管理局药品注册管理司', kind: 'department',
    en: ['NMPA Department of Drug Registration', 'Department of Drug Registration'], zhAlt: ['国家药监局药品注册管理司', '药品注册管理司', '药品注册司'],
  },
  {
    id: 'agency:cn/nmpa/drug-supervision', name: 'Department of Drug Supervision of the National Medical Products Administration', zh: '国家药品监督管理局药品监督管理司', kind: 'department',
    en: ['NMPA Department of Drug Supervision', 'Department of Drug Supervision and Administration'], zhAlt: ['国家药监局药品监督管理司', '药品监督管理司', '药品监管司'],
  },
  {
    id: 'agency:cn/nmpa/device-registration', name: 'Department of Medical Device Registration of the National Medical Products Administration', zh: '国家药品监督管理局医疗器械注册管理司', kind: 'department',
    en: ['NMPA Department of Medical Device Registration'], zhAlt: ['国家药监局医疗器械注册管理司', '医疗器械注册管理司', '器械注册司'],
  },
  {
    id: 'agency:cn/nmpa/device-supervision', name: 'Department of Medical Device Supervision of the National Medical Products Administration', zh: '国家药品监督管理局医疗器械监督管理司', kind: 'department',
    en: ['NMPA Department of Medical Device Supervision'], zhAlt: ['国家药监局医疗器械监督管理司', '医疗器械监督管理司'],
  },
  {
    id: 'agency:cn/nmpa/policy-regulation', name: 'Department of Policy and Regulation of the National Medical Products Administration', zh: '国家药品监督管理局政策法规司', kind: 'department',
    en: ['NMPA Department of Policy and Regulation'], zhAlt: ['国家药监局政策法规司'],
  },
  {
    id: 'agency:cn/nmpa/international-cooperation', name: 'Department of Science, Technology and International Cooperation of the National Medical Products Administration', zh: '国家药品监督管理局科技和国际合作司', kind: 'department',
    en: ['NMPA Department of Science, Technology and International Cooperation'], zhAlt: ['国家药监局科技和国际合作司'],
  },
  // --- departments of other ministries that handle this field
  {
    id: 'agency:cn/miit/consumer-goods', name: 'Department of Consumer Goods Industry of the Ministry of Industry and Information Technology', zh: '工业和信息化部消费品工业司', kind: 'department',
    en: ['MIIT Department of Consumer Goods Industry'], zhAlt: ['工信部消费品工业司', '消费品工业司'],
  },
  {
    id: 'agency:cn/ndrc/high-tech', name: 'Department of High-Tech Industry of the National Development and Reform Commission', zh: '国家发展和改革委员会高技术产业司', kind: 'department',
    en: ['NDRC Department of High-Tech Industry', 'NDRC High-Tech Industry Department'], zhAlt: ['国家发展改革委高技术产业司', '国家发改委高技术司', '高技术产业司'],
  },
];

// Hong Kong, Macao and Taiwan: region-level bodies (level provincial, jurisdiction their region).
const SAR_TW: Def[] = [
  {
    id: 'agency:cn-hk/government', name: 'Government of the Hong Kong Special Administrative Region', zh: '香港特别行政区政府', kind: 'government',
    en: ['Hong Kong SAR Government', 'HKSAR Government', 'Hong Kong Government', 'Government of Hong Kong', 'Hong Kong SAR government'], zhAlt: ['香港特区政府', '香港政府', '港府', '中国香港特别行政区政府', '特区政府'],
  },
  {
    id: 'agency:cn-hk/health-bureau', name: 'Health Bureau of Hong Kong', zh: '医务卫生局', kind: 'bureau', partOf: 'agency:cn-hk/government', validFrom: '2022-07-01',
    en: ['Health Bureau (Hong Kong)', 'Hong Kong Health Bureau', 'Health Bureau', 'HHB'], zhAlt: ['香港医务卫生局'],
  },
  // The 2022 reorganisation of the policy bureaux: the Health Bureau took over the health portfolio on 1 July 2022.
  {
    id: 'agency:cn-hk/food-and-health-bureau', name: 'Food and Health Bureau (Hong Kong)', zh: '食物及卫生局', kind: 'bureau', partOf: 'agency:cn-hk/government',
    validFrom: '2007-07-01', validTo: '2022-06-30', succeededBy: 'agency:cn-hk/health-bureau',
    en: ['Food and Health Bureau', 'FHB', 'Hong Kong Food and Health Bureau'], zhAlt: ['香港食物及卫生局', '食卫局'],
  },
  {
    id: 'agency:cn-hk/cmpr', name: 'Hong Kong Centre for Medical Products Regulation', zh: '香港药物及医疗器械监督管理中心', kind: 'regulator', partOf: 'agency:cn-hk/health-bureau',
    en: ['Centre for Medical Products Regulation', 'CMPR', 'Hong Kong Centre for Medical Products Regulation (CMPR)'], zhAlt: ['药物及医疗器械监督管理中心', '香港药械监管中心', '药械监管中心'],
  },
  // Hong Kong's health research funding: the Health Bureau's Research Office runs the Health and Medical Research Fund,
  // whose grants the Research Fund Board (chaired by the Secretary for Health) approves.
  { id: 'agency:cn-hk/health-bureau/research-office', name: 'Research Office of the Health Bureau', zh: '医务卫生局研究处', kind: 'office', partOf: 'agency:cn-hk/health-bureau', en: ["Health Bureau's Research Office", 'Research Office, Health Bureau'] },
  { id: 'agency:cn-hk/research-fund-board', name: 'Research Fund Board', zh: '研究基金局', kind: 'board', partOf: null, en: ['Research Fund Board (Hong Kong)'] },
  // The Health Bureau's office that prepares the Centre (set up 2024): pages before its opening name it, not the Centre.
  {
    id: 'agency:cn-hk/cmpr/preparatory-office', name: 'Preparatory Office of the Hong Kong Centre for Medical Products Regulation', zh: '香港药物及医疗器械监督管理中心筹备办公室', kind: 'office', partOf: 'agency:cn-hk/health-bureau',
    en: ['preparatory office of the Hong Kong Centre for Medical Products Regulation', 'preparatory office of the CMPR', 'preparatory office for the CMPR', 'CMPR preparatory office', 'preparatory office of the Centre for Medical Products Regulation'], zhAlt: ['药物及医疗器械监督管理中心筹备办公室', '药械监管中心筹备办公室'],
  },
  // The Department of Health's office that registers and licenses medicines (藥物辦公室), the Pharmacy and Poisons Board's executive arm.
  { id: 'agency:cn-hk/department-of-health/drug-office', name: 'Drug Office of the Department of Health', zh: '卫生署药物办公室', kind: 'office', partOf: 'agency:cn-hk/department-of-health', en: ["Department of Health's Drug Office", 'Drug Office, Department of Health'], zhAlt: ['香港卫生署药物办公室', '药物办公室'] },
  {
    id: 'agency:cn-hk/department-of-health', name: 'Department of Health of Hong Kong', zh: '香港卫生署', kind: 'regulator', partOf: 'agency:cn-hk/health-bureau',
    en: ['Hong Kong Department of Health', 'Department of Health (Hong Kong)', 'Department of Health, HKSAR', 'Department of Health of the HKSAR', 'Department of Health'], zhAlt: ['中国香港卫生署', '香港特区卫生署', '香港特别行政区卫生署', '卫生署'],
  },
  {
    id: 'agency:cn-hk/pharmacy-and-poisons-board', name: 'Pharmacy and Poisons Board of Hong Kong', zh: '药剂业及毒药管理局', kind: 'regulator', partOf: null,
    en: ['Pharmacy and Poisons Board', 'Hong Kong Pharmacy and Poisons Board'], zhAlt: ['香港药剂业及毒药管理局'],
  },
  // Hong Kong's courts, police and laboratory: enforcement news names them (a magistrate's sentence, a police raid,
  // the Government Laboratory's test). Macao has a Court of Final Appeal too: the page's place decides.
  ...([
    ['eastern', 'Eastern', '东区'], ['kowloon-city', 'Kowloon City', '九龙城'], ['kwun-tong', 'Kwun Tong', '观塘'], ['west-kowloon', 'West Kowloon', '西九龙'],
    ['fanling', 'Fanling', '粉岭'], ['sha-tin', 'Sha Tin', '沙田'], ['tuen-mun', 'Tuen Mun', '屯门'],
  ] as const).map(([slug, en, zh]): Def => ({
    id: `agency:cn-hk/magistrates/${slug}`, name: `${en} Magistrates' Courts`, zh: `${zh}裁判法院`, kind: 'court', partOf: null,
    en: [`${en} Magistrates' Court`, `${en} Magistrates Court`, `${en} Magistracy`], zhAlt: [`香港${zh}裁判法院`],
  })),
  { id: 'agency:cn-hk/district-court', name: 'District Court (Hong Kong)', zh: '区域法院', kind: 'court', partOf: null, en: ['Hong Kong District Court', 'District Court of Hong Kong'], zhAlt: ['香港区域法院'] },
  { id: 'agency:cn-hk/high-court', name: 'High Court of Hong Kong', zh: '香港高等法院', kind: 'court', partOf: null, en: ['Hong Kong High Court', 'High Court (Hong Kong)', 'Court of First Instance of the High Court'], zhAlt: ['高等法院原讼法庭', '原讼法庭'] },
  { id: 'agency:cn-hk/court-of-final-appeal', name: 'Court of Final Appeal (Hong Kong)', zh: '香港终审法院', kind: 'court', partOf: null, en: ['Hong Kong Court of Final Appeal', 'Court of Final Appeal'], zhAlt: ['终审法院'] },
  { id: 'agency:cn-mo/court-of-final-appeal', name: 'Court of Final Appeal (Macao)', zh: '澳门终审法院', kind: 'court', partOf: null, en: ['Macao Court of Final Appeal', 'Macau Court of Final Appeal', 'Court of Final Appeal'], zhAlt: ['终审法院'] },
  { id: 'agency:cn-hk/police', name: 'Hong Kong Police Force', zh: '香港警务处', kind: 'police', partOf: 'agency:cn-hk/government', en: ['Hong Kong Police', 'HKPF', 'Police Force of Hong Kong'], zhAlt: ['香港警方', '香港警察', '警务处'] },
  { id: 'agency:cn-hk/government-laboratory', name: 'Government Laboratory (Hong Kong)', zh: '政府化验所', kind: 'laboratory', partOf: 'agency:cn-hk/government', en: ['Government Laboratory', 'Hong Kong Government Laboratory'], zhAlt: ['香港政府化验所'] },
  { id: 'agency:cn-hk/customs', name: 'Customs and Excise Department (Hong Kong)', zh: '香港海关', kind: 'customs', partOf: 'agency:cn-hk/government', en: ['Hong Kong Customs', 'Hong Kong Customs and Excise Department', 'Customs and Excise Department'], zhAlt: [] },
  { id: 'agency:cn-hk/hospital-authority', name: 'Hospital Authority', zh: '医院管理局', kind: 'statutory_body', partOf: null, en: ['Hong Kong Hospital Authority'], zhAlt: ['香港医院管理局', '医管局'] },
  { id: 'agency:cn-hk/legislative-council', name: 'Legislative Council of Hong Kong', zh: '香港特别行政区立法会', kind: 'legislature', partOf: null, en: ['LegCo', 'Hong Kong Legislative Council', 'Legislative Council', 'Legislative Council of the HKSAR', 'Legislative Council of the Hong Kong Special Administrative Region'], zhAlt: ['香港立法会', '立法会'] },
  // The LegCo panel that scrutinises health policy (its minutes head: 衞生事務委員會 alone).
  { id: 'agency:cn-hk/legislative-council/panel-on-health-services', name: 'Panel on Health Services of the Legislative Council', zh: '立法会卫生事务委员会', kind: 'committee', en: ['Legislative Council Panel on Health Services', 'LegCo Panel on Health Services', 'Panel on Health Services'], zhAlt: ['香港特别行政区立法会卫生事务委员会', '卫生事务委员会'] },
  // Macao's news name it bare ("the Legislative Assembly passed …"), as Taiwan's do the TFDA.
  { id: 'agency:cn-mo/legislative-assembly', name: 'Legislative Assembly of Macao', zh: '澳门特别行政区立法会', kind: 'legislature', partOf: null, en: ['Macao Legislative Assembly', 'Macau Legislative Assembly', 'Legislative Assembly of Macau'], homeNames: ['Legislative Assembly'], zhAlt: ['澳门立法会'] },
  { id: 'agency:cn-hk/research-grants-council', name: 'Research Grants Council (Hong Kong)', zh: '研究资助局', kind: 'funding_body', partOf: null, en: ['Research Grants Council', 'RGC', 'Hong Kong Research Grants Council'], zhAlt: ['香港研究资助局'] },
  {
    id: 'agency:cn-hk/innovation-technology-commission', name: 'Innovation and Technology Commission (Hong Kong)', zh: '创新科技署', kind: 'commission', partOf: 'agency:cn-hk/government',
    en: ['Innovation and Technology Commission', 'ITC', 'Hong Kong Innovation and Technology Commission'], zhAlt: ['香港创新科技署'],
  },
  {
    id: 'agency:cn-hk/innovation-technology-industry-bureau', name: 'Innovation, Technology and Industry Bureau (Hong Kong)', zh: '创新科技及工业局', kind: 'bureau', partOf: 'agency:cn-hk/government',
    en: ['Innovation, Technology and Industry Bureau', 'ITIB', 'Innovation and Technology Bureau'], zhAlt: ['香港创新科技及工业局', '创新及科技局'],
  },
  {
    id: 'agency:cn-mo/government', name: 'Government of the Macao Special Administrative Region', zh: '澳门特别行政区政府', kind: 'government',
    en: ['Macao SAR Government', 'Macau SAR Government', 'Macao Government', 'Macau Government', 'MSAR Government', 'Government of Macao'], zhAlt: ['澳门特区政府', '澳门政府', '中国澳门特别行政区政府', '特区政府'],
  },
  {
    id: 'agency:cn-mo/health-bureau', name: 'Health Bureau of Macao', zh: '澳门卫生局', kind: 'regulator', partOf: 'agency:cn-mo/government',
    en: ['SSM', 'Health Bureau', 'Macao Health Bureau', 'Macau Health Bureau', 'Health Bureau (Macao)', 'Health Bureau of Macau', 'Serviços de Saúde de Macau', 'Servicos de Saude'], zhAlt: ['中国澳门卫生局', '澳门特区卫生局'],
  },
  {
    id: 'agency:cn-mo/pharmaceutical-administration', name: 'Pharmaceutical Administration Bureau of Macao', zh: '澳门药物监督管理局', kind: 'regulator', partOf: 'agency:cn-mo/government',
    en: ['ISAF', 'Macao Pharmaceutical Administration Bureau', 'Macau Pharmaceutical Administration Bureau'], zhAlt: ['药物监督管理局'],
  },
  {
    id: 'agency:cn-tw/authorities', name: 'Taiwan authorities', zh: '台湾当局', kind: 'government',
    en: ['Taiwan regional government', 'Taiwan government', 'Taiwan region authorities', 'Taiwan Executive Yuan', 'Executive Yuan'], zhAlt: ['台湾地区政府', '台湾当局', '行政院'],
  },
  {
    id: 'agency:cn-tw/mohw', name: 'Ministry of Health and Welfare (Taiwan)', zh: '卫生福利部', kind: 'regulator', partOf: 'agency:cn-tw/authorities',
    validFrom: '2013-07-23',
    en: ['MOHW', 'Taiwan Ministry of Health and Welfare', "Taiwan's Ministry of Health and Welfare", 'Ministry of Health and Welfare'], zhAlt: ['台湾卫生福利部', '中国台湾卫生福利部', '卫福部', '台湾卫福部'],
  },
  // The Executive Yuan's Department of Health became the Ministry of Health and Welfare on 23 July 2013. 卫生署 alone
  // names it or Hong Kong's Department of Health: the page's place decides (extract/spans/regions.ts).
  {
    id: 'agency:cn-tw/department-of-health', name: 'Department of Health, Executive Yuan (Taiwan)', zh: '行政院卫生署', kind: 'regulator', partOf: 'agency:cn-tw/authorities',
    validTo: '2013-07-22', succeededBy: 'agency:cn-tw/mohw',
    en: ['Department of Health (Taiwan)', "Taiwan's Department of Health", 'Department of Health, Executive Yuan'], zhAlt: ['台湾行政院卫生署', '台湾卫生署', '卫生署'],
  },
  {
    id: 'agency:cn-tw/mohw/medical-affairs', name: 'Department of Medical Affairs (MOHW, Taiwan)', zh: '卫生福利部医事司', kind: 'department', partOf: 'agency:cn-tw/mohw',
    en: ["MOHW's Department of Medical Affairs", 'Department of Medical Affairs of the Ministry of Health and Welfare'], zhAlt: ['卫福部医事司', '医事司'],
  },
  // The Executive Yuan's planning council: gazette notices of draft rules point to its public-participation platform.
  { id: 'agency:cn-tw/ndc', name: 'National Development Council (Taiwan)', zh: '国家发展委员会', kind: 'government', partOf: 'agency:cn-tw/authorities', en: ["Taiwan's National Development Council"], zhAlt: ['国发会', '台湾国家发展委员会'] },
  // Who promulgates Taiwan's laws (經總統公布): 總統 alone on a page names Taiwan's; "美國總統" another's (extract/mentions.ts).
  { id: 'agency:cn-tw/president', name: 'President of the Republic of China (Taiwan)', zh: '中华民国总统', kind: 'head_of_state', partOf: null, en: ["Taiwan's President", 'President of Taiwan'], zhAlt: ['总统', '台湾地区领导人'] },
  { id: 'agency:cn-tw/moea', name: 'Ministry of Economic Affairs (Taiwan)', zh: '经济部', kind: 'ministry', partOf: 'agency:cn-tw/authorities', en: ["Taiwan's Ministry of Economic Affairs", 'MOEA'], zhAlt: ['台湾经济部'] },
  { id: 'agency:cn-tw/moea/ida', name: 'Administration for Industrial Development (MOEA, Taiwan)', zh: '经济部产业发展署', kind: 'department', partOf: 'agency:cn-tw/moea', en: ['Industrial Development Administration', 'Administration for Industrial Development'], zhAlt: ['产业发展署', '产发署'] },
  { id: 'agency:cn-tw/control-yuan', name: 'Control Yuan (Taiwan)', zh: '监察院', kind: 'oversight', partOf: null, en: ['Control Yuan', "Taiwan's Control Yuan"], zhAlt: ['台湾监察院'] },
  { id: 'agency:cn-tw/legislative-yuan', name: 'Legislative Yuan (Taiwan)', zh: '立法院', kind: 'legislature', partOf: null, en: ['Legislative Yuan', "Taiwan's Legislative Yuan"], zhAlt: ['台湾立法院', '台湾地区立法机构'] },
  {
    id: 'agency:cn-tw/tfda', name: 'Taiwan Food and Drug Administration', zh: '食品药物管理署', kind: 'regulator',
    en: ['TFDA', 'Food and Drug Administration (Taiwan)', "Taiwan's Food and Drug Administration"],
    // Taiwan's English news name it bare, as U.S. news do the FDA.
    homeNames: ['Food and Drug Administration'], zhAlt: ['卫生福利部食品药物管理署', '台湾食品药物管理署', '食药署', '卫福部食品药物管理署', '卫福部食药署'], partOf: 'agency:cn-tw/mohw',
    validFrom: '2013-07-23',
  },
  // The ministry's National Health Insurance Administration (a 署 since 23 July 2013): 衛福部中央健康保險署 names the 署,
  // not the ministry before it.
  {
    id: 'agency:cn-tw/nhia', name: 'National Health Insurance Administration (Taiwan)', zh: '中央健康保险署', kind: 'administration', partOf: 'agency:cn-tw/mohw',
    validFrom: '2013-07-23',
    en: ["Taiwan's National Health Insurance Administration", 'National Health Insurance Administration (Taiwan)', 'National Health Insurance Administration', 'NHIA'], zhAlt: ['卫生福利部中央健康保险署', '卫福部中央健康保险署', '健保署', '卫福部健保署', '台湾健保署'],
  },
  // The Department of Health's Food and Drug Administration (2010), a 署 of the new ministry from 23 July 2013.
  {
    id: 'agency:cn-tw/department-of-health/fda', name: 'Food and Drug Administration, Department of Health (Taiwan)', zh: '行政院卫生署食品药物管理局', kind: 'regulator', partOf: 'agency:cn-tw/department-of-health',
    validFrom: '2010-01-01', validTo: '2013-07-22', succeededBy: 'agency:cn-tw/tfda', zhAlt: ['卫生署食品药物管理局', '食品药物管理局'],
  },
];

// Hong Kong's and Taiwan's main hospitals, universities and the science park that run cell-therapy trials: their
// names start with no place (瑪麗醫院, 威爾斯親王醫院), so only their names say they are organisations.
const SAR_TW_ORGS: Def[] = [
  // Macao's public general hospital (under the Health Bureau) and its largest private one.
  { id: 'org:macao-chcsj', label: 'Organization', name: 'Conde S. Januário Hospital', zh: '仁伯爵综合医院', kind: 'hospital', partOf: null, en: ['Centro Hospitalar Conde de São Januário', 'CHCSJ', 'S. Januário Hospital'], zhAlt: ['山顶医院'] },
  { id: 'org:kiang-wu-hospital', label: 'Organization', name: 'Kiang Wu Hospital', zh: '镜湖医院', kind: 'hospital', partOf: null, en: ['Kiang Wu Hospital, Macao'], zhAlt: ['澳门镜湖医院'] },
  { id: 'org:hku', label: 'Organization', name: 'University of Hong Kong', zh: '香港大学', kind: 'university', partOf: null, en: ['The University of Hong Kong', 'HKU'], zhAlt: ['港大'] },
  { id: 'org:cuhk', label: 'Organization', name: 'Chinese University of Hong Kong', zh: '香港中文大学', kind: 'university', partOf: null, en: ['The Chinese University of Hong Kong', 'CUHK'] },
  // Faculties named on their own: by the university's short form (中大醫學院副院長X) or by their own name (香港大學李嘉誠
  // 醫學院, which names the university too: extract/spans/actors.ts). 香港中文大學醫學院教授X sits in the university.
  { id: 'org:cuhk-medicine', label: 'Organization', name: 'Faculty of Medicine, The Chinese University of Hong Kong', zh: '中大医学院', kind: 'faculty', partOf: null, en: ['CUHK Faculty of Medicine', 'CU Medicine', 'Faculty of Medicine of the Chinese University of Hong Kong'] },
  { id: 'org:hku-medicine', label: 'Organization', name: 'Li Ka Shing Faculty of Medicine, The University of Hong Kong', zh: '香港大学李嘉诚医学院', kind: 'faculty', partOf: null, en: ['HKU Li Ka Shing Faculty of Medicine', 'HKUMed', 'Li Ka Shing Faculty of Medicine'], zhAlt: ['港大李嘉诚医学院', '港大医学院'] },
  { id: 'org:hkust', label: 'Organization', name: 'Hong Kong University of Science and Technology', zh: '香港科技大学', kind: 'university', partOf: null, en: ['The Hong Kong University of Science and Technology', 'HKUST'] },
  { id: 'org:polyu', label: 'Organization', name: 'Hong Kong Polytechnic University', zh: '香港理工大学', kind: 'university', partOf: null, en: ['The Hong Kong Polytechnic University', 'PolyU'] },
  { id: 'org:hkstp', label: 'Organization', name: 'Hong Kong Science and Technology Parks Corporation', zh: '香港科技园公司', kind: 'statutory_corporation', partOf: null, en: ['HKSTP', 'Hong Kong Science and Technology Parks'], zhAlt: ['科技园公司'] },
  { id: 'org:hku-shenzhen-hospital', label: 'Organization', name: 'The University of Hong Kong-Shenzhen Hospital', zh: '香港大学深圳医院', kind: 'hospital', partOf: null, en: ['University of Hong Kong-Shenzhen Hospital', 'HKU-Shenzhen Hospital', 'HKU-SZH'], zhAlt: ['港大深圳医院'] },
  { id: 'org:queen-mary-hospital', label: 'Organization', name: 'Queen Mary Hospital', zh: '玛丽医院', kind: 'hospital', partOf: null, en: ['Queen Mary Hospital, Hong Kong'], zhAlt: ['香港玛丽医院'] },
  { id: 'org:prince-of-wales-hospital', label: 'Organization', name: 'Prince of Wales Hospital', zh: '威尔斯亲王医院', kind: 'hospital', partOf: null, en: ['Prince of Wales Hospital, Hong Kong'], zhAlt: ['威院'] },
  { id: 'org:queen-elizabeth-hospital', label: 'Organization', name: 'Queen Elizabeth Hospital', zh: '伊利沙伯医院', kind: 'hospital', partOf: null, en: ['Queen Elizabeth Hospital, Hong Kong'], zhAlt: ['伊院'] },
  // Stock exchanges: listing rules and listings name them (Chapter 18A of the Hong Kong Stock Exchange's listing rules).
  { id: 'org:hkex', label: 'Organization', name: 'Hong Kong Exchanges and Clearing Limited', zh: '香港交易及结算所有限公司', kind: 'stock_exchange', partOf: null, en: ['HKEX', 'HKEx', 'Hong Kong Stock Exchange', 'Stock Exchange of Hong Kong', 'Hong Kong Exchanges and Clearing', 'Hong Kong Exchanges'], zhAlt: ['香港交易所', '港交所', '香港联合交易所', '联交所', '香港联交所'] },
  { id: 'org:sse', label: 'Organization', name: 'Shanghai Stock Exchange', zh: '上海证券交易所', kind: 'stock_exchange', partOf: null, en: ['SSE STAR Market'], zhAlt: ['上交所'] },
  { id: 'org:szse', label: 'Organization', name: 'Shenzhen Stock Exchange', zh: '深圳证券交易所', kind: 'stock_exchange', partOf: null, en: ['SZSE'], zhAlt: ['深交所'] },
  { id: 'org:bse', label: 'Organization', name: 'Beijing Stock Exchange', zh: '北京证券交易所', kind: 'stock_exchange', partOf: null, en: [], zhAlt: ['北交所'] },
  // Mainland hospitals met in English news under a short name and in Chinese under the university's full one.
  { id: 'org:ruijin-hospital', label: 'Organization', name: 'Ruijin Hospital', zh: '上海交通大学医学院附属瑞金医院', kind: 'hospital', partOf: null, en: ['Ruijin Hospital, Shanghai Jiao Tong University School of Medicine', 'Shanghai Ruijin Hospital'], zhAlt: ['瑞金医院', '上海瑞金医院'] },
  { id: 'org:pumch', label: 'Organization', name: 'Peking Union Medical College Hospital', zh: '北京协和医院', kind: 'hospital', partOf: null, en: ['PUMCH'], zhAlt: ['中国医学科学院北京协和医院', '协和医院'] },
  { id: 'org:west-china-hospital', label: 'Organization', name: 'West China Hospital of Sichuan University', zh: '四川大学华西医院', kind: 'hospital', partOf: null, en: ['West China Hospital', 'Sichuan University West China Hospital'], zhAlt: ['华西医院'] },
  { id: 'org:hong-kong-childrens-hospital', label: 'Organization', name: "Hong Kong Children's Hospital", zh: '香港儿童医院', kind: 'hospital', partOf: null, en: ['Hong Kong Childrens Hospital'] },
  // Its English name and initials are the mainland CDE's too: the page's place decides (extract/spans/regions.ts choose).
  { id: 'org:tw-cde', label: 'Organization', name: 'Center for Drug Evaluation, Taiwan', zh: '财团法人医药品查验中心', kind: 'research_centre', partOf: null, home: 'region:CN-TW', en: ['Center for Drug Evaluation (Taiwan)', 'Taiwan CDE', 'Center for Drug Evaluation', 'CDE'], zhAlt: ['医药品查验中心'] },
  // Taiwan's national news agency: its wire stories say "(CNA)" in the dateline and 中央社 in the byline.
  { id: 'org:cna', label: 'Organization', name: 'Central News Agency', zh: '中央通讯社', kind: 'news_agency', partOf: null, en: ['CNA', 'Focus Taiwan', 'Central News Agency (Taiwan)'], zhAlt: ['中央社'] },
  { id: 'org:ntuh', label: 'Organization', name: 'National Taiwan University Hospital', zh: '国立台湾大学医学院附设医院', kind: 'hospital', partOf: null, en: ['NTUH'], zhAlt: ['台大医院', '台湾大学医学院附设医院'] },
  { id: 'org:tvgh', label: 'Organization', name: 'Taipei Veterans General Hospital', zh: '台北荣民总医院', kind: 'hospital', partOf: null, en: ['TVGH'], zhAlt: ['台北荣总', '北荣'] },
  { id: 'org:cmuh', label: 'Organization', name: 'China Medical University Hospital', zh: '中国医药大学附设医院', kind: 'hospital', partOf: null, en: ['CMUH'], zhAlt: ['中国医药大学附属医院', '中国附医'] },
  { id: 'org:chang-gung-memorial-hospital', label: 'Organization', name: 'Chang Gung Memorial Hospital', zh: '长庚纪念医院', kind: 'hospital', partOf: null, en: ['CGMH', 'Linkou Chang Gung Memorial Hospital'], zhAlt: ['林口长庚纪念医院', '长庚医院', '林口长庚'] },
  // Taiwan's medical centres that run its special-regulation cell therapies, by full and short name (花蓮慈濟, 彰基, 成大醫院,
  // 台中榮總): a short name opens no place, so the head-word reader alone cannot take it. No two-character short form
  // that sits inside common words (中荣 in 评选中荣获, 高荣 in 崇高荣誉, 三总 in 三总体要求) nor a three-letter acronym.
  { id: 'org:kaohsiung-chang-gung-memorial-hospital', label: 'Organization', name: 'Kaohsiung Chang Gung Memorial Hospital', zh: '高雄长庚纪念医院', kind: 'hospital', partOf: null, en: ['Kaohsiung Chang Gung'], zhAlt: ['高雄长庚医院', '高雄长庚'] },
  { id: 'org:tcvgh', label: 'Organization', name: 'Taichung Veterans General Hospital', zh: '台中荣民总医院', kind: 'hospital', partOf: null, en: ['TCVGH'], zhAlt: ['台中荣总'] },
  { id: 'org:ksvgh', label: 'Organization', name: 'Kaohsiung Veterans General Hospital', zh: '高雄荣民总医院', kind: 'hospital', partOf: null, en: ['KSVGH'], zhAlt: ['高雄荣总'] },
  { id: 'org:tsgh', label: 'Organization', name: 'Tri-Service General Hospital', zh: '三军总医院', kind: 'hospital', partOf: null, en: ['TSGH'], zhAlt: ['国防医学院三军总医院'] },
  { id: 'org:ncku-hospital', label: 'Organization', name: 'National Cheng Kung University Hospital', zh: '国立成功大学医学院附设医院', kind: 'hospital', partOf: null, en: ['NCKUH', 'NCKU Hospital'], zhAlt: ['成大医院', '成功大学医学院附设医院', '成大附设医院'] },
  { id: 'org:chi-mei-medical-center', label: 'Organization', name: 'Chi Mei Medical Center', zh: '奇美医学中心', kind: 'hospital', partOf: null, en: ['Chi Mei Hospital'], zhAlt: ['奇美医院', '台南奇美医院'] },
  { id: 'org:changhua-christian-hospital', label: 'Organization', name: 'Changhua Christian Hospital', zh: '彰化基督教医院', kind: 'hospital', partOf: null, en: [], zhAlt: ['彰基', '彰化基督教医疗财团法人彰化基督教医院'] },
  { id: 'org:hualien-tzu-chi-hospital', label: 'Organization', name: 'Hualien Tzu Chi Hospital', zh: '花莲慈济医院', kind: 'hospital', partOf: null, en: ['Hualien Tzu Chi General Hospital'], zhAlt: ['花莲慈济', '佛教慈济医疗财团法人花莲慈济医院'] },
  { id: 'org:tzu-chi-university', label: 'Organization', name: 'Tzu Chi University', zh: '慈济大学', kind: 'university', partOf: null, en: [] },
  { id: 'org:kmuh', label: 'Organization', name: 'Kaohsiung Medical University Chung-Ho Memorial Hospital', zh: '高雄医学大学附设中和纪念医院', kind: 'hospital', partOf: null, en: ['KMUH', 'Kaohsiung Medical University Hospital'], zhAlt: ['高医附院', '高雄医学大学附设医院', '高医大附设医院'] },
  { id: 'org:mackay-memorial-hospital', label: 'Organization', name: 'MacKay Memorial Hospital', zh: '马偕纪念医院', kind: 'hospital', partOf: null, en: ['Mackay Memorial Hospital'], zhAlt: ['马偕医院'] },
  // Hong Kong's Hospital Authority hospitals named without a place (廣華醫院): not found by the head-word reader.
  { id: 'org:kwong-wah-hospital', label: 'Organization', name: 'Kwong Wah Hospital', zh: '广华医院', kind: 'hospital', partOf: null, en: [] },
  { id: 'org:pyneh', label: 'Organization', name: 'Pamela Youde Nethersole Eastern Hospital', zh: '东区尤德夫人那打素医院', kind: 'hospital', partOf: null, en: ['PYNEH'], zhAlt: ['东区医院'] },
  { id: 'org:princess-margaret-hospital-hk', label: 'Organization', name: 'Princess Margaret Hospital', zh: '玛嘉烈医院', kind: 'hospital', partOf: null, en: [] },
  { id: 'org:tuen-mun-hospital', label: 'Organization', name: 'Tuen Mun Hospital', zh: '屯门医院', kind: 'hospital', partOf: null, en: [] },
  // Taiwan's research institutes of the field, named by their short forms on most pages (工研院, 中研院, 國衛院, 生技中心).
  { id: 'org:itri', label: 'Organization', name: 'Industrial Technology Research Institute', zh: '工业技术研究院', kind: 'research_centre', partOf: null, en: ['ITRI'], zhAlt: ['工研院', '财团法人工业技术研究院'] },
  { id: 'org:academia-sinica', label: 'Organization', name: 'Academia Sinica', zh: '中央研究院', kind: 'research_centre', partOf: null, en: [], zhAlt: ['中研院'] },
  { id: 'org:nhri-tw', label: 'Organization', name: 'National Health Research Institutes (Taiwan)', zh: '国家卫生研究院', kind: 'research_centre', partOf: null, en: ['NHRI', 'National Health Research Institutes'], zhAlt: ['国卫院', '财团法人国家卫生研究院'] },
  { id: 'org:dcb-tw', label: 'Organization', name: 'Development Center for Biotechnology', zh: '生物技术开发中心', kind: 'research_centre', partOf: null, en: ['DCB'], zhAlt: ['生技中心', '财团法人生物技术开发中心'] },
  // Hong Kong's safety net for drugs outside the standard fees (撒瑪利亞基金, 關愛基金): funds named without a place.
  { id: 'org:samaritan-fund', label: 'Organization', name: 'Samaritan Fund', zh: '撒玛利亚基金', kind: 'fund', partOf: null, en: ['Hong Kong Samaritan Fund'], zhAlt: ['撒玛利亚基金安全网'] },
  // Taiwan's parties: a legislator's party is named beside the post (民進黨立委, 國民黨團).
  { id: 'org:tw-dpp', label: 'Organization', name: 'Democratic Progressive Party', zh: '民主进步党', kind: 'party', partOf: null, en: ['DPP'], zhAlt: ['民进党'] },
  { id: 'org:tw-kmt', label: 'Organization', name: 'Kuomintang', zh: '中国国民党', kind: 'party', partOf: null, en: ['KMT', 'Chinese Nationalist Party'], zhAlt: ['国民党'] },
  { id: 'org:tw-tpp', label: 'Organization', name: "Taiwan People's Party", zh: '台湾民众党', kind: 'party', partOf: null, en: ['TPP'], zhAlt: ['民众党'] },
  // Hong Kong's statutory consumer body (消委會): it tests products and warns the public; not a government department.
  { id: 'org:hk-consumer-council', label: 'Organization', name: 'Consumer Council', zh: '消费者委员会', kind: 'statutory_body', partOf: null, en: ['Hong Kong Consumer Council', 'Consumer Council of Hong Kong'], zhAlt: ['消委会', '香港消费者委员会'] },
  { id: 'org:hmrf', label: 'Organization', name: 'Health and Medical Research Fund', zh: '医疗卫生研究基金', kind: 'fund', partOf: null, en: ['HMRF'] },
  { id: 'org:community-care-fund', label: 'Organization', name: 'Community Care Fund', zh: '关爱基金', kind: 'fund', partOf: null, en: [] },
];

const FOREIGN: Def[] = [
  { id: 'agency:us/hhs', name: 'U.S. Department of Health and Human Services', zh: '美国卫生与公众服务部', kind: 'department', partOf: 'agency:us/government', en: ['HHS', 'Department of Health and Human Services', 'US Department of Health and Human Services'], zhAlt: ['美国卫生与人类服务部', '美国卫生部'] },
  {
    id: 'agency:us/fda', name: 'U.S. Food and Drug Administration', zh: '美国食品药品监督管理局', kind: 'regulator', partOf: 'agency:us/hhs',
    en: ['FDA', 'US FDA', 'USFDA', 'U.S. FDA', 'United States Food and Drug Administration', 'Food and Drug Administration', 'US Food and Drug Administration', 'American FDA'],
    zhAlt: ['美国食品药品管理局', '美国食品和药物管理局', '美国食品药物管理局', '美国FDA', '美国食药监局'],
  },
  { id: 'agency:us/fda/cber', name: 'Center for Biologics Evaluation and Research', zh: '美国FDA生物制品评价与研究中心', kind: 'centre', en: ['CBER', 'FDA Center for Biologics Evaluation and Research', "FDA's Center for Biologics Evaluation and Research"], zhAlt: ['生物制品评价与研究中心'] },
  { id: 'agency:us/fda/cder', name: 'Center for Drug Evaluation and Research', zh: '美国FDA药品评价与研究中心', kind: 'centre', en: ['CDER', 'FDA Center for Drug Evaluation and Research'], zhAlt: ['药品评价与研究中心'] },
  { id: 'agency:us/nih', name: 'National Institutes of Health', zh: '美国国立卫生研究院', kind: 'institute', partOf: 'agency:us/hhs', en: ['NIH', 'US National Institutes of Health', 'U.S. National Institutes of Health'], zhAlt: ['美国国家卫生研究院', '国立卫生研究院'] },
  { id: 'agency:us/congress', name: 'United States Congress', zh: '美国国会', kind: 'legislature', partOf: null, en: ['US Congress', 'U.S. Congress', 'Congress of the United States'] },
  { id: 'agency:eu/european-commission', name: 'European Commission', zh: '欧盟委员会', kind: 'commission', partOf: null, en: ['EC', 'EU Commission'], zhAlt: ['欧委会'] },
  { id: 'agency:kr/national-assembly', name: 'National Assembly of South Korea', zh: '韩国国会', kind: 'legislature', partOf: null, en: ['National Assembly of Korea', 'Korean National Assembly', "South Korea's National Assembly", 'National Assembly of the Republic of Korea'] },
  { id: 'agency:jp/diet', name: 'National Diet of Japan', zh: '日本国会', kind: 'legislature', partOf: null, en: ['National Diet', 'Japanese Diet', "Japan's Diet", 'Diet of Japan'] },
  { id: 'agency:gb/parliament', name: 'Parliament of the United Kingdom', zh: '英国议会', kind: 'legislature', partOf: null, en: ['UK Parliament', 'British Parliament'] },
  { id: 'agency:eu/european-parliament', name: 'European Parliament', zh: '欧洲议会', kind: 'legislature', partOf: null, en: ['EU Parliament'] },
  { id: 'agency:eu/ema', name: 'European Medicines Agency', zh: '欧洲药品管理局', kind: 'regulator', partOf: null, en: ['EMA', 'EU Medicines Agency', 'European Medicines Evaluation Agency', 'EMEA'], zhAlt: ['欧盟药品管理局', '欧洲药管局', '欧洲药物管理局'] },
  { id: 'agency:gb/dhsc', name: 'Department of Health and Social Care', zh: '英国卫生和社会保障部', kind: 'department', partOf: 'agency:gb/government', en: ['DHSC', 'UK Department of Health and Social Care', 'UK Department of Health'], zhAlt: ['英国卫生部'] },
  {
    id: 'agency:gb/mhra', name: 'Medicines and Healthcare products Regulatory Agency', zh: '英国药品和保健品管理局', kind: 'regulator', partOf: 'agency:gb/dhsc',
    en: ['MHRA', 'UK MHRA', "UK's Medicines and Healthcare products Regulatory Agency", 'Medicines and Healthcare Products Regulatory Agency'], zhAlt: ['英国医药与保健产品管理局', '英国药品与保健品监管局', '英国药品和医疗产品监管局', '英国药监局'],
  },
  { id: 'agency:gb/hta', name: 'Human Tissue Authority', zh: '英国人体组织管理局', kind: 'regulator', partOf: 'agency:gb/dhsc', en: ['HTA', 'UK Human Tissue Authority'], zhAlt: ['人体组织管理局'] },
  { id: 'agency:gb/hfea', name: 'Human Fertilisation and Embryology Authority', zh: '英国人类受精与胚胎学管理局', kind: 'regulator', partOf: 'agency:gb/dhsc', en: ['HFEA', 'Human Fertilization and Embryology Authority', 'UK Human Fertilisation and Embryology Authority'], zhAlt: ['人类受精与胚胎学管理局', '英国人类生育与胚胎学管理局'] },
  { id: 'agency:gb/nice', name: 'National Institute for Health and Care Excellence', zh: '英国国家卫生与临床优化研究所', kind: 'institute', partOf: 'agency:gb/dhsc', en: ['NICE', 'National Institute for Health and Clinical Excellence'] },
  {
    id: 'agency:jp/mhlw', name: 'Ministry of Health, Labour and Welfare', zh: '厚生劳动省', kind: 'regulator', partOf: 'agency:jp/government',
    en: ["Japan's health ministry", 'Japanese health ministry', 'MHLW', 'Japan Ministry of Health, Labour and Welfare', "Japan's Ministry of Health, Labour and Welfare", 'Ministry of Health, Labor and Welfare', 'Japanese Ministry of Health, Labour and Welfare'], zhAlt: ['日本厚生劳动省', '厚生労働省', '日本厚生省'],
  },
  {
    id: 'agency:jp/pmda', name: 'Pharmaceuticals and Medical Devices Agency', zh: '日本医药品医疗器械综合机构', kind: 'regulator', partOf: 'agency:jp/mhlw',
    en: ['PMDA', 'Japan PMDA', 'Japanese Pharmaceuticals and Medical Devices Agency'], zhAlt: ['医药品医疗器械综合机构', '日本药品医疗器械管理局', '日本医药品和医疗器械管理局', '日本药品和医疗器械管理局'],
  },
  { id: 'agency:jp/amed', name: 'Japan Agency for Medical Research and Development', zh: '日本医疗研究开发机构', kind: 'funding_body', partOf: 'agency:jp/government', en: ['AMED'] },
  {
    id: 'agency:kr/mfds', name: 'Ministry of Food and Drug Safety', zh: '韩国食品药品安全部', kind: 'regulator', partOf: 'agency:kr/government',
    en: ['MFDS', 'Korea Ministry of Food and Drug Safety', "South Korea's Ministry of Food and Drug Safety", 'Korea Food and Drug Administration', 'KFDA', 'Korean MFDS'],
    zhAlt: ['韩国食品医药品安全处', '食品医药品安全处', '韩国食品医药品安全部', '食品药品安全部', '韩国食药处', '韩国食品药品监督管理局'],
  },
  { id: 'agency:kr/mohw', name: 'Ministry of Health and Welfare (South Korea)', zh: '韩国保健福祉部', kind: 'ministry', partOf: 'agency:kr/government', en: ["South Korea's health ministry", 'South Korean health ministry', 'Korean Ministry of Health and Welfare', "South Korea's Ministry of Health and Welfare", 'Korea Ministry of Health and Welfare', 'Ministry of Health and Welfare'], zhAlt: ['保健福祉部'] },
  { id: 'agency:sg/moh', name: 'Ministry of Health (Singapore)', zh: '新加坡卫生部', kind: 'ministry', partOf: 'agency:sg/government', en: ['Singapore Ministry of Health', "Singapore's Ministry of Health", 'MOH Singapore'] },
  { id: 'agency:ca/health-canada', name: 'Health Canada', zh: '加拿大卫生部', kind: 'regulator', partOf: null, en: ['HC-SC', 'Santé Canada'] },
  { id: 'agency:au/tga', name: 'Therapeutic Goods Administration', zh: '澳大利亚治疗商品管理局', kind: 'regulator', partOf: null, en: ['TGA', 'Australian Therapeutic Goods Administration', "Australia's Therapeutic Goods Administration"], zhAlt: ['澳大利亚药品管理局', '澳大利亚治疗用品管理局', '澳大利亚药物管理局'] },
  { id: 'agency:ch/swissmedic', name: 'Swissmedic', zh: '瑞士医药管理局', kind: 'regulator', partOf: null, en: ['Swiss Agency for Therapeutic Products'], zhAlt: ['瑞士药品监督管理局', '瑞士治疗产品管理局'] },
  { id: 'agency:sg/hsa', name: 'Health Sciences Authority', zh: '新加坡卫生科学局', kind: 'regulator', partOf: null, en: ['HSA', 'Singapore Health Sciences Authority', "Singapore's Health Sciences Authority"], zhAlt: ['新加坡卫生科学管理局', '卫生科学局'] },
  { id: 'agency:in/cdsco', name: 'Central Drugs Standard Control Organisation', zh: '印度中央药品标准控制组织', kind: 'regulator', partOf: null, en: ['CDSCO', 'Central Drugs Standard Control Organization'] },
  { id: 'agency:br/anvisa', name: 'Brazilian Health Regulatory Agency', zh: '巴西国家卫生监督局', kind: 'regulator', partOf: null, en: ['ANVISA', 'Agência Nacional de Vigilância Sanitária'] },
  { id: 'agency:de/pei', name: 'Paul-Ehrlich-Institut', zh: '德国保罗·埃尔利希研究所', kind: 'regulator', partOf: null, en: ['PEI', 'Paul Ehrlich Institute'] },
  { id: 'agency:de/bfarm', name: 'Federal Institute for Drugs and Medical Devices', zh: '德国联邦药品和医疗器械管理局', kind: 'regulator', partOf: null, en: ['BfArM'] },
  { id: 'agency:fr/ansm', name: 'French National Agency for Medicines and Health Products Safety', zh: '法国国家药品和保健品安全局', kind: 'regulator', partOf: null, en: ['ANSM'] },
];

// Governments of the economies the field compares China with: "US government", "Japanese government", 日本政府.
// A government is also named by its leader: "the Biden administration", 拜登政府, "the Kishida government".
const LEADERS: Record<string, Array<[en: string, zh: string]>> = {
  us: [['Obama', '奥巴马'], ['Trump', '特朗普'], ['Biden', '拜登']],
  gb: [['Johnson', '约翰逊'], ['Sunak', '苏纳克'], ['Starmer', '斯塔默']],
  jp: [['Abe', '安倍'], ['Suga', '菅义伟'], ['Kishida', '岸田'], ['Ishiba', '石破']],
  kr: [['Moon Jae-in', '文在寅'], ['Yoon Suk Yeol', '尹锡悦'], ['Lee Jae-myung', '李在明']],
};

const GOVERNMENTS: Array<[code: string, country: string, adjectives: string[], zh: string]> = [
  ['us', 'the United States', ['US', 'U.S.', 'American', 'United States'], '美国'],
  ['gb', 'the United Kingdom', ['UK', 'British', 'U.K.'], '英国'],
  ['jp', 'Japan', ['Japanese', 'Japan'], '日本'],
  ['kr', 'South Korea', ['South Korean', 'Korean', 'ROK'], '韩国'],
  ['de', 'Germany', ['German'], '德国'],
  ['fr', 'France', ['French'], '法国'],
  ['ca', 'Canada', ['Canadian'], '加拿大'],
  ['au', 'Australia', ['Australian'], '澳大利亚'],
  ['sg', 'Singapore', ['Singapore', 'Singaporean'], '新加坡'],
  ['in', 'India', ['Indian'], '印度'],
  ['ru', 'Russia', ['Russian'], '俄罗斯'],
  ['it', 'Italy', ['Italian'], '意大利'],
];

const INTERNATIONAL: Def[] = [
  { id: 'org:who', label: 'Organization', name: 'World Health Organization', zh: '世界卫生组织', kind: 'international_organization', en: ['WHO', 'World Health Organisation'], zhAlt: ['世卫组织'] },
  { id: 'org:isscr', label: 'Organization', name: 'International Society for Stem Cell Research', zh: '国际干细胞研究学会', kind: 'association', en: ['ISSCR'], zhAlt: ['国际干细胞研究协会', '国际干细胞学会'] },
  {
    id: 'org:isct', label: 'Organization', name: 'International Society for Cell & Gene Therapy', zh: '国际细胞与基因治疗学会', kind: 'association',
    en: ['ISCT', 'International Society for Cell and Gene Therapy', 'International Society for Cellular Therapy'], zhAlt: ['国际细胞治疗协会', '国际细胞治疗学会', '国际细胞和基因治疗学会'],
  },
  {
    id: 'org:ich', label: 'Organization', name: 'International Council for Harmonisation of Technical Requirements for Pharmaceuticals for Human Use', zh: '国际人用药品注册技术协调会', kind: 'international_organization',
    en: ['ICH', 'International Council for Harmonisation', 'International Conference on Harmonisation'], zhAlt: ['人用药品技术要求国际协调理事会'],
  },
];

// Law firms and advisers whose regulatory updates on the field are reposted as news: their names carry no head word
// ("King & Wood Mallesons", "Fangda Partners"), so only a list knows them.
const ADVISERS: Def[] = ([
  ['king-wood-mallesons', 'King & Wood Mallesons', '金杜律师事务所', ['KWM', 'King and Wood Mallesons'], ['金杜']],
  ['fangda-partners', 'Fangda Partners', '方达律师事务所', ['Fangda'], ['上海市方达律师事务所']],
  ['junhe', 'JunHe LLP', '君合律师事务所', ['JunHe'], ['北京市君合律师事务所', '君合']],
  ['zhong-lun', 'Zhong Lun Law Firm', '中伦律师事务所', ['Zhong Lun'], ['北京市中伦律师事务所', '中伦']],
  ['han-kun', 'Han Kun Law Offices', '汉坤律师事务所', ['Han Kun'], ['北京市汉坤律师事务所', '汉坤']],
  ['global-law-office', 'Global Law Office', '环球律师事务所', [], ['北京市环球律师事务所']],
  ['jingtian-gongcheng', 'Jingtian & Gongcheng', '竞天公诚律师事务所', ['Jingtian'], ['北京市竞天公诚律师事务所', '竞天公诚']],
  ['commerce-finance', 'Commerce & Finance Law Offices', '通商律师事务所', [], ['北京市通商律师事务所']],
  ['llinks', 'Llinks Law Offices', '通力律师事务所', ['Llinks'], ['上海市通力律师事务所']],
  ['tian-yuan', 'Tian Yuan Law Firm', '天元律师事务所', [], ['北京市天元律师事务所']],
  ['dentons', 'Dentons', '大成律师事务所', ['Beijing Dacheng Law Offices', 'Dacheng'], ['北京大成律师事务所', '北京市大成律师事务所']],
  ['baker-mckenzie', 'Baker McKenzie', '贝克·麦坚时律师事务所', ['Baker & McKenzie'], ['贝克麦坚时律师事务所', '贝克麦坚时']],
  ['covington', 'Covington & Burling', '科文顿·柏灵律师事务所', ['Covington & Burling LLP', 'Covington'], ['科文顿柏灵律师事务所']],
  ['ropes-gray', 'Ropes & Gray', '普衡律师事务所', ['Ropes & Gray LLP'], []],
  ['clifford-chance', 'Clifford Chance', '高伟绅律师事务所', ['Clifford Chance LLP'], []],
  ['hogan-lovells', 'Hogan Lovells', '霍金路伟律师事务所', [], []],
  ['morgan-lewis', 'Morgan Lewis', '摩根路易斯律师事务所', ['Morgan, Lewis & Bockius', 'Morgan, Lewis & Bockius LLP'], []],
  ['dla-piper', 'DLA Piper', '欧华律师事务所', [], []],
  ['mayer-brown', 'Mayer Brown', '孖士打律师行', [], []],
  ['simmons-simmons', 'Simmons & Simmons', '西盟斯律师事务所', [], []],
  ['deacons', 'Deacons', '的近律师行', [], []],
  ['herbert-smith-freehills', 'Herbert Smith Freehills', '史密夫斐尔律师事务所', [], []],
  ['linklaters', 'Linklaters', '年利达律师事务所', [], []],
  ['freshfields', 'Freshfields Bruckhaus Deringer', '富而德律师事务所', ['Freshfields'], []],
  ['jones-day', 'Jones Day', '众达律师事务所', [], []],
  ['sidley-austin', 'Sidley Austin', '盛德律师事务所', ['Sidley Austin LLP', 'Sidley'], []],
  ['lee-and-li', 'Lee and Li, Attorneys-at-Law', '理律法律事务所', ['Lee and Li'], ['理律']],
  ['tsar-tsai', 'Tsar & Tsai Law Firm', '万国法律事务所', ['Tsar & Tsai'], []],
] as Array<[string, string, string, string[], string[]]>).map(([slug, name, zh, en, zhAlt]) => ({ id: `org:${slug}`, label: 'Organization' as const, name, zh, kind: 'law_firm', partOf: null, en, zhAlt }));

// Investment banks that sponsor and underwrite the field's listings ("CICC and Morgan Stanley are the joint sponsors"):
// their names carry no head word either.
const BANKS: Def[] = ([
  ['cicc', 'China International Capital Corporation', '中国国际金融股份有限公司', ['CICC', 'China International Capital Corp', 'China International Capital Corp.'], ['中金公司']],
  ['citic-securities', 'CITIC Securities', '中信证券股份有限公司', ['CITIC Securities Co., Ltd.'], ['中信证券']],
  ['huatai-securities', 'Huatai Securities', '华泰证券股份有限公司', ['Huatai International'], ['华泰证券', '华泰国际']],
  ['haitong-securities', 'Haitong Securities', '海通证券股份有限公司', ['Haitong International'], ['海通证券', '海通国际']],
  ['cmb-international', 'CMB International', '招银国际', ['CMBI', 'CMB International Capital'], ['招银国际融资']],
  ['morgan-stanley', 'Morgan Stanley', '摩根士丹利', [], []],
  ['goldman-sachs', 'Goldman Sachs', '高盛', ['Goldman Sachs Group', 'Goldman'], ['高盛集团']],
  ['jpmorgan', 'J.P. Morgan', '摩根大通', ['JPMorgan', 'JP Morgan', 'JPMorgan Chase', 'J.P. Morgan Securities'], []],
  ['ubs', 'UBS', '瑞银', ['UBS Group', 'UBS Securities'], ['瑞银集团']],
  ['citigroup', 'Citigroup', '花旗', ['Citi', 'Citigroup Global Markets'], ['花旗集团', '花旗银行']],
  ['hsbc', 'HSBC', '汇丰', ['HSBC Holdings', 'The Hongkong and Shanghai Banking Corporation'], ['汇丰银行', '香港上海汇丰银行']],
  ['bofa-securities', 'BofA Securities', '美银证券', ['Bank of America', 'BofA', 'Bank of America Merrill Lynch'], ['美国银行']],
  ['jefferies', 'Jefferies', '杰富瑞', ['Jefferies Financial Group'], []],
] as Array<[string, string, string, string[], string[]]>).map(([slug, name, zh, en, zhAlt]) => ({ id: `org:${slug}`, label: 'Organization' as const, name, zh, kind: 'bank', partOf: null, en, zhAlt }));

function jurisdictionOf(id: string): string | undefined {
  const m = /^agency:([a-z]{2})(?:-([a-z]{2}))?\//.exec(id);
  if (!m) return undefined;
  return m[2] ? `region:${m[1]!.toUpperCase()}-${m[2].toUpperCase()}` : `region:${m[1]!.toUpperCase()}`;
}

function toEntry(d: Def, ids: ReadonlySet<string>): GazetteerEntry {
  const label = d.label ?? 'Agency';
  const parentPath = d.id.includes('/') ? d.id.slice(0, d.id.lastIndexOf('/')) : undefined;
  const partOf = d.partOf === null ? undefined : (d.partOf ?? (parentPath && ids.has(parentPath) ? parentPath : undefined));
  const level: AgencyLevel | undefined =
    label === 'Organization' ? undefined : (d.level ?? (d.id.startsWith('agency:cn/') ? 'national' : /^agency:cn-/.test(d.id) ? 'provincial' : 'foreign'));
  const jurisdiction = label === 'Organization' ? undefined : (d.jurisdiction ?? jurisdictionOf(d.id));
  return {
    id: d.id,
    label,
    name: d.name,
    ...(d.zh ? { nameZh: d.zh } : {}),
    aliases: uniq([...(d.en ?? []), ...(d.homeNames ?? []), ...zhForms(...(d.zh ? [d.zh] : []), ...(d.zhAlt ?? []))]).filter((a) => a !== d.name),
    kind: d.kind,
    ...(level ? { level } : {}),
    ...(partOf ? { partOf } : {}),
    ...(jurisdiction ? { jurisdiction } : {}),
    ...(d.home ? { home: d.home } : {}),
    ...(d.homeNames ? { homeNames: d.homeNames } : {}),
    ...(d.validFrom ? { validFrom: d.validFrom } : {}),
    ...(d.validTo ? { validTo: d.validTo } : {}),
    ...(d.succeededBy ? { succeededBy: d.succeededBy } : {}),
  };
}

export function buildAgencies(): GazetteerEntry[] {
  const govs: Def[] = GOVERNMENTS.map(([code, country, adjectives, zh]) => ({
    id: `agency:${code}/government`,
    name: `Government of ${country}`,
    zh: `${zh}政府`,
    kind: 'government',
    partOf: null,
    en: uniq([
      ...adjectives.map((a) => `${a} government`),
      `${country.replace(/^the /, '')} government`,
      ...(LEADERS[code] ?? []).flatMap(([n]) => [`${n} administration`, `${n} government`, `${n} Administration`]),
    ]),
    zhAlt: (LEADERS[code] ?? []).flatMap(([, z]) => [`${z}政府`, `${zh}${z}政府`]),
  }));
  const defs = [...CHINA, ...SAR_TW, ...SAR_TW_ORGS, ...govs, ...FOREIGN, ...INTERNATIONAL, ...ADVISERS, ...BANKS];
  const ids = new Set(defs.map((d) => d.id));
  const byId = new Map(defs.map((d) => [d.id, d]));
  return defs.map((d) => toEntry(withPossessiveNames(d, byId), ids));
}

// "Department of Medical Administration of the National Health Commission" is also written with the parent's
// abbreviation first: "the NHC's Department of Medical Administration", "NHC Department of Medical Administration".
const UNIT_OF_PARENT = /^((?:Department|Office|Bureau|Division|Center|Centre|Secretariat)\s+(?:of|for)\s+.+?)\s+of\s+the\s+.+$/;

function withPossessiveNames(d: Def, byId: Map<string, Def>): Def {
  const unit = UNIT_OF_PARENT.exec(d.name)?.[1];
  const slash = d.id.lastIndexOf('/');
  const parent = unit && slash > 0 ? byId.get(d.partOf ?? d.id.slice(0, slash)) : undefined;
  if (!unit || !parent) return d;
  const abbrs = (parent.en ?? []).filter((a) => /^[A-Z]{2,6}$/.test(a));
  if (abbrs.length === 0) return d;
  return { ...d, en: uniq([...(d.en ?? []), ...abbrs.flatMap((a) => [`${a}'s ${unit}`, `${a}’s ${unit}`, `${a} ${unit}`])]) };
}
