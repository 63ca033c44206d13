// Body types that every province, city or district has (people's government, health commission, drug
// administration …), as name templates, so that a body is recognised from its region and type even when
// no list names it: "Health Commission of Yunnan Province", 云南省卫健委 → agency:cn-yn/health-commission.
//
// Template placeholders (English):
//   {R}  the region as composed names start: Guangdong, Beijing, Shenzhen, Guangxi Zhuang Autonomous Region,
//        Nanshan District (see RegionMeta.enCompose / enShort)
//   {A}  level adjective, may be absent: Provincial, Municipal, City, Autonomous Regional, District, County, Prefectural
//   {U}  unit noun, may be absent: Province, Municipality, City, Autonomous Region, District, County, Prefecture
//   the  may be absent
// Chinese templates have {R}: the full name (广东省, 北京市, 南山区) or, where the region has one, the short name (广东, 北京).
import type { AgencyLevel, GazetteerEntry, RegionClass, RegionMeta } from './types.ts';
import { toSimplified } from '../read/script.ts';
import { escapeRegExp } from '../regex.ts';
import { uniq, zhForms, zhJoin } from './names.ts';

type ClassGroup = 'province' | 'municipality' | 'autonomous_region' | 'sar' | 'city' | 'prefecture' | 'district' | 'zone';

export interface LocalBodyType {
  slug: string;
  /** English name templates; the canonical one per region class is in `canonical`, else the first. */
  en: string[];
  /** Chinese name templates, {R} for the region. */
  zh: string[];
  kind: string;
  /** The body of the same region it is an organ of (general office → government). */
  parentSlug?: string;
  /** A national body it belongs to instead (customs districts → General Administration of Customs). */
  parentId?: string;
  /** Canonical name templates by region class where they differ (provinces have 厅, cities 局). */
  canonical?: Partial<Record<ClassGroup, { en?: string; zh?: string }>>;
  /** Region classes the type exists in; default: mainland provinces, prefectures, counties and districts. */
  appliesTo?: readonly RegionClass[];
  /** Canonical names use the region's short name: 湖南自贸试验区工作办公室, Hunan FTZ Work Office. */
  shortRegion?: boolean;
  /** Bodies in time: the type was reorganised (local reforms of 2018–19) into the body of this slug. */
  validTo?: string;
  succeededBySlug?: string;
}

const MAINLAND: readonly RegionClass[] = ['province', 'municipality', 'autonomous_region', 'city', 'prefecture', 'county_city', 'district', 'county'];

export const LOCAL_BODY_TYPES: readonly LocalBodyType[] = [
  {
    slug: 'government',
    kind: 'government',
    en: ["{R} {A} People's Government", "People's Government of {R} {U}", '{R} {A} Government', 'Government of {R} {U}', "the {R} {A} People's Government"],
    zh: ['{R}人民政府', '{R}政府'],
    canonical: { sar: { en: 'Government of the {R}', zh: '{R}政府' } },
    appliesTo: [...MAINLAND, 'sar'],
  },
  {
    slug: 'general-office',
    kind: 'general_office',
    parentSlug: 'government',
    en: [
      "General Office of the {R} {A} People's Government",
      "{R} {A} People's Government General Office",
      "General Office of the People's Government of {R} {U}",
      'General Office of the {R} {A} Government',
      '{R} {A} Government General Office',
      "Office of the {R} {A} People's Government",
      "{R} {A} People's Government Office",
    ],
    zh: ['{R}人民政府办公厅', '{R}人民政府办公室', '{R}政府办公厅', '{R}政府办公室'],
    canonical: {
      city: { zh: '{R}人民政府办公室' },
      prefecture: { zh: '{R}人民政府办公室' },
      district: { zh: '{R}人民政府办公室' },
    },
  },
  {
    slug: 'peoples-congress',
    kind: 'legislature',
    en: ["{R} {A} People's Congress", "People's Congress of {R} {U}"],
    zh: ['{R}人民代表大会', '{R}人大'],
  },
  {
    slug: 'peoples-congress-standing-committee',
    kind: 'standing_committee',
    parentSlug: 'peoples-congress',
    en: [
      "Standing Committee of the {R} {A} People's Congress",
      "{R} {A} People's Congress Standing Committee",
      "Standing Committee of the People's Congress of {R} {U}",
      '{R} {A} NPC Standing Committee',
    ],
    zh: ['{R}人民代表大会常务委员会', '{R}人大常委会', '{R}人大常务委员会'],
  },
  {
    slug: 'cppcc-committee',
    kind: 'cppcc_committee',
    en: [
      '{R} {A} Committee of the CPPCC',
      "{R} {A} Committee of the Chinese People's Political Consultative Conference",
      '{R} {A} CPPCC Committee',
      '{R} {A} CPPCC',
      'CPPCC {R} {A} Committee',
      'CPPCC of {R} {U}',
      "Chinese People's Political Consultative Conference {R} {A} Committee",
      '{R} {A} Political Consultative Conference',
    ],
    zh: ['中国人民政治协商会议{R}委员会', '政协{R}委员会', '{R}政协'],
  },
  {
    slug: 'cppcc-standing-committee',
    kind: 'standing_committee',
    parentSlug: 'cppcc-committee',
    en: [
      'Standing Committee of the {R} {A} Committee of the CPPCC',
      'Standing Committee of the {R} {A} CPPCC',
      '{R} {A} CPPCC Standing Committee',
      "Standing Committee of the {R} {A} Committee of the Chinese People's Political Consultative Conference",
    ],
    zh: ['中国人民政治协商会议{R}委员会常务委员会', '政协{R}委员会常务委员会', '{R}政协常委会', '{R}政协常务委员会'],
  },
  {
    slug: 'party-committee',
    kind: 'party_body',
    en: [
      'CPC {R} {A} Committee',
      '{R} {A} Committee of the Communist Party of China',
      '{R} {A} Committee of the CPC',
      '{R} {A} Party Committee',
      '{R} {A} CPC Committee',
      'Communist Party of China {R} {A} Committee',
      'CCP {R} {A} Committee',
    ],
    zh: ['中国共产党{R}委员会', '中共{R}委员会', '中共{R}委', '{R}委'],
  },
  {
    slug: 'health-commission',
    kind: 'commission',
    en: [
      '{R} {A} Health Commission',
      'Health Commission of {R} {U}',
      '{R} {A} Commission of Health',
      '{R} {A} Health Bureau',
      '{R} {A} Department of Health',
      '{R} {A} Health Department',
      'Department of Health of {R} {U}',
      '{R} {A} Bureau of Health',
      '{R} {A} Public Health Bureau', // Taiwan's counties and cities: Hualien County Public Health Bureau
    ],
    zh: ['{R}卫生健康委员会', '{R}卫生健康委', '{R}卫健委', '{R}卫生健康局', '{R}卫健局', '{R}卫生局', '{R}卫生厅'],
    canonical: { district: { en: '{R} Health Bureau', zh: '{R}卫生健康局' } },
  },
  {
    // The health and family planning commissions (2013–2018/19), reorganised into health commissions.
    slug: 'health-family-planning',
    kind: 'commission',
    en: ['{R} {A} Commission of Health and Family Planning', '{R} {A} Health and Family Planning Commission', 'Health and Family Planning Commission of {R} {U}'],
    zh: ['{R}卫生和计划生育委员会', '{R}卫生计生委', '{R}卫计委'],
    validTo: '2018-12',
    succeededBySlug: 'health-commission',
  },
  {
    slug: 'science-technology',
    kind: 'department',
    en: [
      '{R} {A} Department of Science and Technology',
      'Department of Science and Technology of {R} {U}',
      '{R} {A} Science and Technology Department',
      '{R} {A} Science and Technology Commission',
      '{R} {A} Commission of Science and Technology',
      'Science and Technology Commission of {R} {U}',
      '{R} {A} Science and Technology Bureau',
      '{R} {A} Bureau of Science and Technology',
      'Science and Technology Bureau of {R} {U}',
      '{R} {A} Sci-Tech Bureau',
    ],
    zh: ['{R}科学技术厅', '{R}科技厅', '{R}科学技术委员会', '{R}科委', '{R}科学技术局', '{R}科技局'],
    canonical: {
      municipality: { en: '{R} {A} Science and Technology Commission', zh: '{R}科学技术委员会' },
      city: { en: '{R} {A} Science and Technology Bureau', zh: '{R}科学技术局' },
      prefecture: { en: '{R} {A} Science and Technology Bureau', zh: '{R}科学技术局' },
      district: { en: '{R} {A} Science and Technology Bureau', zh: '{R}科学技术局' },
    },
  },
  {
    slug: 'science-technology-innovation',
    kind: 'commission',
    en: [
      'Science, Technology and Innovation Commission of {R} {U}',
      '{R} {A} Science, Technology and Innovation Commission',
      '{R} {A} Science and Technology Innovation Commission',
      '{R} {A} Commission of Science, Technology and Innovation',
      '{R} {A} Science, Technology and Innovation Bureau',
      '{R} {A} Science and Technology Innovation Bureau',
    ],
    zh: ['{R}科技创新委员会', '{R}科创委', '{R}科技创新局'],
  },
  {
    slug: 'economy-information-technology',
    kind: 'department',
    en: [
      '{R} {A} Department of Industry and Information Technology',
      '{R} {A} Industry and Information Technology Department',
      '{R} {A} Bureau of Economy and Information Technology',
      '{R} {A} Economy and Information Technology Bureau',
      '{R} {A} Commission of Economy and Informatization',
      '{R} {A} Economic and Informatization Commission',
      '{R} {A} Economy and Informatization Commission',
      '{R} {A} Economy and Information Technology Commission',
      '{R} {A} Commission of Economy and Information Technology',
      '{R} {A} Department of Economy and Information Technology',
      '{R} {A} Economic and Information Technology Department',
      '{R} {A} Bureau of Industry and Information Technology',
      '{R} {A} Industry and Information Technology Bureau',
      '{R} {A} Economic and Information Commission',
      '{R} {A} Economy and Information Bureau',
    ],
    zh: [
      '{R}工业和信息化厅', '{R}工信厅', '{R}经济和信息化厅', '{R}经信厅', '{R}经济和信息化局', '{R}经信局', '{R}经济和信息化委员会', '{R}经信委',
      '{R}工业和信息化局', '{R}工信局', '{R}工业和信息化委员会', '{R}工信委',
    ],
    canonical: {
      municipality: { en: '{R} {A} Bureau of Economy and Information Technology', zh: '{R}经济和信息化局' },
      city: { en: '{R} {A} Bureau of Industry and Information Technology', zh: '{R}工业和信息化局' },
      prefecture: { en: '{R} {A} Bureau of Industry and Information Technology', zh: '{R}工业和信息化局' },
      district: { en: '{R} {A} Bureau of Industry and Information Technology', zh: '{R}工业和信息化局' },
    },
  },
  {
    slug: 'development-reform',
    kind: 'commission',
    en: ['{R} {A} Development and Reform Commission', 'Development and Reform Commission of {R} {U}', '{R} {A} Development and Reform Bureau'],
    zh: ['{R}发展和改革委员会', '{R}发展改革委', '{R}发改委', '{R}发展和改革局', '{R}发展改革局', '{R}发改局'],
    canonical: { district: { en: '{R} {A} Development and Reform Bureau', zh: '{R}发展和改革局' } },
  },
  {
    slug: 'finance',
    kind: 'department',
    en: [
      '{R} {A} Department of Finance',
      '{R} {A} Finance Department',
      'Department of Finance of {R} {U}',
      '{R} {A} Finance Bureau',
      '{R} {A} Bureau of Finance',
      'Finance Bureau of {R} {U}',
    ],
    zh: ['{R}财政厅', '{R}财政局'],
    canonical: nonProvincial({ en: '{R} {A} Finance Bureau', zh: '{R}财政局' }),
  },
  {
    slug: 'commerce',
    kind: 'department',
    en: [
      '{R} {A} Department of Commerce',
      '{R} {A} Commerce Department',
      'Department of Commerce of {R} {U}',
      '{R} {A} Commerce Bureau',
      '{R} {A} Bureau of Commerce',
      '{R} {A} Commission of Commerce',
      '{R} {A} Commerce Commission',
    ],
    zh: ['{R}商务厅', '{R}商务局', '{R}商务委员会', '{R}商务委'],
    canonical: nonProvincial({ en: '{R} {A} Commerce Bureau', zh: '{R}商务局' }),
  },
  {
    slug: 'market-regulation',
    kind: 'administration',
    en: [
      '{R} {A} Administration for Market Regulation',
      '{R} {A} Market Supervision Administration',
      '{R} {A} Market Supervision and Administration Bureau',
      '{R} {A} Market Regulation Administration',
      '{R} {A} Market Regulation Bureau',
      '{R} {A} Market Supervision Bureau',
      '{R} {A} Bureau of Market Supervision',
      '{R} {A} Administration of Market Supervision',
      'Administration for Market Regulation of {R} {U}',
    ],
    // 宁夏回族自治区市场监督管理厅: some provinces' administration is a 厅.
    zh: ['{R}市场监督管理局', '{R}市场监管局', '{R}市场监督管理厅', '{R}市场监管厅'],
  },
  {
    slug: 'medical-products',
    kind: 'regulator',
    en: [
      '{R} {A} Medical Products Administration',
      '{R} {A} Drug Administration',
      '{R} {A} Drug Regulatory Administration',
      '{R} {A} Drug Supervision Administration',
      '{R} {A} Administration of Drug Supervision',
      'Medical Products Administration of {R} {U}',
      'Drug Administration of {R} {U}',
    ],
    zh: ['{R}药品监督管理局', '{R}药监局', '{R}药品监管局'],
  },
  {
    // The food and drug administrations (to 2018/19), whose drug role went to the medical products administrations.
    slug: 'food-drug-administration',
    kind: 'regulator',
    en: ['{R} Food and Drug Administration', '{R} {A} Food and Drug Administration', 'Food and Drug Administration of {R} {U}', '{R} {A} FDA'],
    zh: ['{R}食品药品监督管理局', '{R}食品药品监管局', '{R}食药监局'],
    validTo: '2018-12',
    succeededBySlug: 'medical-products',
  },
  {
    slug: 'intellectual-property',
    kind: 'bureau',
    en: [
      '{R} {A} Intellectual Property Office',
      '{R} {A} Intellectual Property Administration',
      '{R} {A} Intellectual Property Bureau',
      '{R} {A} Bureau of Intellectual Property',
      'Intellectual Property Office of {R} {U}',
    ],
    zh: ['{R}知识产权局'],
  },
  {
    slug: 'human-resources-social-security',
    kind: 'department',
    en: [
      '{R} {A} Department of Human Resources and Social Security',
      '{R} {A} Human Resources and Social Security Department',
      '{R} {A} Human Resources and Social Security Bureau',
      '{R} {A} Bureau of Human Resources and Social Security',
    ],
    zh: ['{R}人力资源和社会保障厅', '{R}人力资源社会保障厅', '{R}人社厅', '{R}人力资源和社会保障局', '{R}人力资源社会保障局', '{R}人社局'],
    canonical: nonProvincial({ en: '{R} {A} Human Resources and Social Security Bureau', zh: '{R}人力资源和社会保障局' }),
  },
  {
    slug: 'healthcare-security',
    kind: 'administration',
    en: [
      '{R} {A} Healthcare Security Administration',
      '{R} {A} Healthcare Security Bureau',
      '{R} {A} Medical Security Bureau',
      '{R} {A} Medical Insurance Bureau',
      '{R} {A} Medical Security Administration',
      '{R} {A} Medical Insurance Administration',
    ],
    zh: ['{R}医疗保障局', '{R}医保局'],
  },
  {
    slug: 'education',
    kind: 'department',
    en: [
      '{R} {A} Department of Education',
      '{R} {A} Education Department',
      'Department of Education of {R} {U}',
      '{R} {A} Education Commission',
      '{R} {A} Commission of Education',
      '{R} {A} Education Bureau',
      '{R} {A} Bureau of Education',
    ],
    zh: ['{R}教育厅', '{R}教育委员会', '{R}教委', '{R}教育局'],
    canonical: {
      municipality: { en: '{R} {A} Education Commission', zh: '{R}教育委员会' },
      city: { en: '{R} {A} Education Bureau', zh: '{R}教育局' },
      prefecture: { en: '{R} {A} Education Bureau', zh: '{R}教育局' },
      district: { en: '{R} {A} Education Bureau', zh: '{R}教育局' },
    },
  },
  {
    slug: 'justice',
    kind: 'department',
    en: ['{R} {A} Department of Justice', '{R} {A} Justice Department', '{R} {A} Bureau of Justice', '{R} {A} Justice Bureau'],
    zh: ['{R}司法厅', '{R}司法局'],
    canonical: nonProvincial({ en: '{R} {A} Bureau of Justice', zh: '{R}司法局' }),
  },
  {
    slug: 'traditional-chinese-medicine',
    kind: 'administration',
    en: [
      '{R} {A} Administration of Traditional Chinese Medicine',
      '{R} {A} Bureau of Traditional Chinese Medicine',
      '{R} {A} Traditional Chinese Medicine Administration',
    ],
    zh: ['{R}中医药管理局', '{R}中医药局'],
  },
  {
    slug: 'customs',
    kind: 'customs',
    parentId: 'agency:cn/gac',
    en: ['{R} Customs', '{R} Customs District', 'Customs of {R}', '{R} Customs House'],
    zh: ['{R}海关'],
    shortRegion: true,
    // Customs districts are a fixed set (CUSTOMS_DISTRICTS), not one per region.
    appliesTo: [],
  },
  {
    slug: 'talent-work-bureau',
    kind: 'bureau',
    en: ['{R} {A} Talent Work Bureau', '{R} {A} Bureau of Talent Work', 'Talent Work Bureau of {R} {U}'],
    zh: ['{R}人才工作局'],
  },
  {
    slug: 'drug-control-institute',
    kind: 'institute',
    parentSlug: 'medical-products',
    en: [
      '{R} Institute for Food and Drug Control',
      '{R} {A} Institute for Food and Drug Control',
      '{R} {A} Institute for Drug Control',
      '{R} {A} Food and Drug Inspection Institute',
      '{R} {A} Institute of Food and Drug Inspection',
      '{R} {A} Institute for Food and Drug Inspection',
      '{R} {A} Drug Inspection Institute',
      '{R} {A} Institute of Drug Control',
    ],
    zh: [
      '{R}食品药品检验研究院', '{R}食品药品检验所', '{R}药品检验研究院', '{R}药品检验所', '{R}食品药品检验检测研究院',
      '{R}药品检验检测研究院', '{R}食品药品检验检测中心', '{R}药检所', '{R}药检院',
    ],
  },
  {
    slug: 'ftz-work-office',
    kind: 'office',
    en: [
      'Work Office of the China ({R}) Pilot Free Trade Zone',
      '{R} Pilot Free Trade Zone Work Office',
      '{R} FTZ Work Office',
      '{R} Free Trade Zone Work Office',
      '{R} Pilot Free Trade Zone Office',
      '{R} Free Trade Zone Office',
      'Office of the China ({R}) Pilot Free Trade Zone',
    ],
    zh: ['中国（{R}）自由贸易试验区工作办公室', '{R}自由贸易试验区工作办公室', '{R}自贸试验区工作办公室', '{R}自贸区工作办公室', '{R}自贸办'],
    shortRegion: true,
    appliesTo: ['province', 'municipality', 'autonomous_region'],
  },
  {
    slug: 'administrative-committee',
    kind: 'administrative_committee',
    en: [
      'Administrative Committee of {R}',
      '{R} Administrative Committee',
      '{R} Management Committee',
      'Management Committee of {R}',
      '{R} Administration Committee',
      'Administration Committee of {R}',
      '{R} Administration Bureau',
      'Administration Bureau of {R}',
    ],
    // Some zones are run by a bureau rather than a committee (博鳌乐城先行区管理局): the same body for the zone.
    zh: ['{R}管理委员会', '{R}管委会', '{R}管理局'],
    appliesTo: ['zone'],
  },
];

function nonProvincial(t: { en: string; zh: string }): LocalBodyType['canonical'] {
  return { municipality: t, city: t, prefecture: t, district: t };
}

// Customs districts of the General Administration of Customs (42): named after the city they sit in, except
// Huangpu (a district of Guangzhou) and Gongbei (Zhuhai's border port).
export const CUSTOMS_DISTRICTS: ReadonlyArray<{ region: string; en?: string; zh?: string }> = [
  '北京市', '天津市', '石家庄市', '太原市', '满洲里市', '呼和浩特市', '沈阳市', '大连市', '长春市', '哈尔滨市', '上海市', '南京市',
  '杭州市', '宁波市', '合肥市', '福州市', '厦门市', '南昌市', '青岛市', '济南市', '郑州市', '武汉市', '长沙市', '广州市', '深圳市',
  '汕头市', '海口市', '湛江市', '江门市', '南宁市', '重庆市', '成都市', '贵阳市', '昆明市', '拉萨市', '西安市', '乌鲁木齐市', '兰州市',
  '西宁市', '银川市',
].map((region) => ({ region }) as { region: string; en?: string; zh?: string }).concat([
  { region: '广州市黄埔区', en: 'Huangpu', zh: '黄埔' },
  { region: '珠海市', en: 'Gongbei', zh: '拱北' },
]);

// ---------------------------------------------------------------------------------------------------------

const WORDS: Record<ClassGroup, { A: string[]; U: string[] }> = {
  province: { A: ['Provincial'], U: ['Province'] },
  municipality: { A: ['Municipal', 'City'], U: ['Municipality', 'City'] },
  // Composed names already carry "Autonomous Region": Guangxi Zhuang Autonomous Region Health Commission.
  autonomous_region: { A: [], U: [] },
  sar: { A: [], U: [] },
  city: { A: ['Municipal', 'City'], U: ['Municipality', 'City'] },
  prefecture: { A: [], U: [] }, // Yanbian Korean Autonomous Prefecture Health Commission
  district: { A: [], U: [] },
  zone: { A: [], U: [] },
};

/** Words {A} and {U} can stand for, all classes together (for building regexes). */
export const TEMPLATE_WORDS = {
  A: ['Provincial', 'Municipal', 'City', 'Autonomous Regional', 'Autonomous Region', 'Regional', 'Prefectural', 'District', 'County'],
  U: ['Province', 'Municipality', 'City', 'Autonomous Region', 'Prefecture', 'District', 'County'],
} as const;

export function classGroup(cls: RegionClass): ClassGroup {
  switch (cls) {
    case 'province':
    case 'taiwan':
    case 'country':
      return 'province';
    case 'municipality':
      return 'municipality';
    case 'autonomous_region':
      return 'autonomous_region';
    case 'sar':
      return 'sar';
    case 'city':
    case 'county_city':
      return 'city';
    case 'prefecture':
      return 'prefecture';
    case 'district':
    case 'county':
      return 'district';
    case 'zone':
      return 'zone';
  }
}

function levelOf(cls: RegionClass): AgencyLevel {
  switch (classGroup(cls)) {
    case 'province':
    case 'municipality':
    case 'autonomous_region':
    case 'sar':
      return 'provincial';
    case 'city':
    case 'prefecture':
    case 'zone':
      return cls === 'county_city' ? 'district' : 'municipal';
    case 'district':
      return 'district';
  }
}

const fillEn = (t: string, r: string, a: string, u: string): string =>
  t.replace('{R}', r).replace('{A}', a).replace('{U}', u).replace(/\s+/g, ' ').replace(/\s+([,)])/g, '$1').trim();

const fillZh = (t: string, r: string): string => t.replace('{R}', r);

/** "region:CN-440300" → "cn-440300"; "region:ftz/shanghai/lingang" → "ftz/shanghai/lingang". */
export const regionSuffix = (regionId: string): string => regionId.replace(/^region:/, '').toLowerCase();

export const localBodyId = (regionId: string, slug: string): string => `agency:${regionSuffix(regionId)}/${slug}`;

export interface ComposeContext {
  meta(regionId: string): RegionMeta | undefined;
  /** The FTZ of a province, for the FTZ work office's jurisdiction. */
  ftzOf(regionId: string): string | undefined;
  customs: ReadonlyMap<string, { en?: string; zh?: string }>;
}

export function bodyType(slug: string): LocalBodyType | undefined {
  return LOCAL_BODY_TYPES.find((t) => t.slug === slug);
}

/** The agency entry for a region's body of the given type, or undefined when the region has no such body. */
export function composeLocalBody(regionId: string, slug: string, ctx: ComposeContext): GazetteerEntry | undefined {
  const type = bodyType(slug);
  const meta = ctx.meta(regionId);
  if (!type || !meta) return undefined;
  const customs = slug === 'customs' ? ctx.customs.get(regionId) : undefined;
  if (slug === 'customs' && !customs) return undefined;
  if (slug !== 'customs' && !(type.appliesTo ?? MAINLAND).includes(meta.cls)) return undefined;
  const ftz = slug === 'ftz-work-office' ? ctx.ftzOf(regionId) : undefined;
  if (slug === 'ftz-work-office' && !ftz) return undefined;

  const group = classGroup(meta.cls);
  const words = WORDS[group];
  const a0 = words.A[0] ?? '';
  const u0 = words.U[0] ?? '';
  const enR = customs?.en ?? (type.shortRegion ? (meta.enShort[0] ?? meta.enCompose) : meta.enCompose);
  const zhR = customs?.zh ?? (type.shortRegion ? (meta.zhShort ?? meta.zh) : meta.zh);
  const canon = type.canonical?.[group];
  const name = fillEn(canon?.en ?? type.en[0] ?? '', enR, a0, u0);
  const nameZh = zhR ? fillZh(canon?.zh ?? type.zh[0] ?? '', zhR) : undefined;

  const enRegions = uniq([enR, meta.enCompose, ...meta.enShort]);
  const en: string[] = [];
  for (const t of type.en) {
    for (const r of enRegions) {
      for (const a of uniq([a0, ...words.A.slice(1), ''])) en.push(fillEn(t, r, a, u0));
      if (t.includes('{U}')) en.push(fillEn(t, r, a0, ''));
    }
  }
  const zhRegions = customs ? [zhR ?? ''] : uniq([meta.zh, meta.zhShort]);
  // Both scripts from the converted parts (region, template text): OpenCC is the costly step here.
  const zh = zhRegions.flatMap((r) => type.zh.flatMap((t) => zhJoin(...t.split(/(\{R\})/).map((part) => (part === '{R}' ? r : part)).filter(Boolean))));

  const parent = type.parentId ?? (type.parentSlug ? localBodyId(regionId, type.parentSlug) : undefined);
  return {
    id: localBodyId(regionId, slug),
    label: 'Agency',
    name,
    ...(nameZh ? { nameZh } : {}),
    aliases: uniq([...en, ...(nameZh ? zhForms(nameZh) : []), ...zh]).filter((x) => x !== name),
    kind: type.kind,
    level: levelOf(meta.cls),
    ...(parent ? { partOf: parent } : {}),
    jurisdiction: ftz ?? regionId,
    ...(type.validTo ? { validTo: type.validTo } : {}),
    ...(type.succeededBySlug ? { succeededBy: localBodyId(regionId, type.succeededBySlug) } : {}),
  };
}

export interface BodyPattern {
  slug: string;
  kind: string;
  /** English templates ({R}, {A}, {U}, optional "the"). */
  en: readonly string[];
  /** Chinese templates with {R}. */
  zh: readonly string[];
  /** The Chinese templates that are "{R}" + suffix, as the bare suffixes (卫生健康委员会, 卫健委 …). */
  zhSuffixes: readonly string[];
}

/** For each body type: its English templates and Chinese suffixes, for building recognisers. */
export function bodyPatterns(): BodyPattern[] {
  return LOCAL_BODY_TYPES.map((t) => ({
    slug: t.slug,
    kind: t.kind,
    en: t.en,
    zh: t.zh,
    zhSuffixes: t.zh.filter((z) => z.startsWith('{R}')).map((z) => z.slice(3)),
  }));
}

const alt = (words: readonly string[]): string => words.map((w) => w.split(' ').map(escapeRegExp).join('\\s+')).join('|');

/**
 * Regex source for a template over raw text: flexible spacing, optional {A}/{U}/"the", straight or curly
 * apostrophes, either kind of bracket. {R} becomes `region` (default: a lazy named group `region`).
 * Use with the `i` flag for English; Chinese templates expect Simplified text (toSimplified).
 */
export function templateSource(template: string, region = '(?<region>.+?)'): string {
  if (/\p{Script=Han}/u.test(template)) {
    return template
      .split('{R}')
      .map((part) => [...part].map((ch) => (ch === '（' || ch === '(' ? '[（(]' : ch === '）' || ch === ')' ? '[）)]' : escapeRegExp(ch))).join(''))
      .join(region);
  }
  const optional: Record<string, string> = { '{A}': alt(TEMPLATE_WORDS.A), '{U}': alt(TEMPLATE_WORDS.U), the: 'the' };
  let out = '';
  let needSep = false;
  for (const token of template.split(' ')) {
    const opt = optional[token];
    if (opt !== undefined) {
      out += needSep ? `(?:\\s+(?:${opt}))?` : `(?:(?:${opt})\\s+)?`;
      continue;
    }
    const p = token === '{R}'
      ? region
      : token
          .split('{R}')
          .map((s) => escapeRegExp(s).replace(/'/g, "['’]?").replace(/\\\(/g, '[(（]\\s*').replace(/\\\)/g, '\\s*[)）]').replace(/-/g, '[-\\s]?'))
          .join(region);
    out += (needSep ? '\\s+' : '') + p;
    needSep = true;
  }
  return out;
}

interface Compiled {
  slug: string;
  han: boolean;
  re: RegExp;
}

let compiled: Compiled[] | undefined;

function compiledTemplates(): Compiled[] {
  // Lazy and greedy readings: "Nanshan District Health Bureau" needs {R} = "Nanshan District", not "Nanshan" + {A}.
  compiled ??= LOCAL_BODY_TYPES.flatMap((t) =>
    [...t.en, ...t.zh].flatMap((tpl) =>
      ['(?<region>.+?)', '(?<region>.+)'].map((r) =>
        /\p{Script=Han}/u.test(tpl)
          ? { slug: t.slug, han: true, re: new RegExp(`^${templateSource(tpl, r)}$`, 'u') }
          : { slug: t.slug, han: false, re: new RegExp(`^\\s*(?:the\\s+)?${templateSource(tpl, r)}\\s*$`, 'i') },
      ),
    ),
  );
  return compiled;
}

/**
 * Splits a body name into region + body type when the region resolves: "Health Commission of Yunnan Province"
 * → [{ regionName: "Yunnan", slug: "health-commission" }]. All readings whose region text is a region are given.
 */
export function splitBodyName(name: string, resolveRegion: (s: string) => string | undefined): Array<{ regionId: string; slug: string }> {
  const han = /\p{Script=Han}/u.test(name);
  const text = han ? toSimplified(name).replace(/\s+/g, '') : name.replace(/\s+/g, ' ');
  const out: Array<{ regionId: string; slug: string }> = [];
  for (const c of compiledTemplates()) {
    if (c.han !== han) continue;
    const m = c.re.exec(text);
    const r = m?.groups?.region;
    if (!r) continue;
    const regionId = resolveRegion(r.trim().replace(/^(?:the\s+)/i, ''));
    if (regionId && !out.some((o) => o.regionId === regionId && o.slug === c.slug)) out.push({ regionId, slug: c.slug });
  }
  return out;
}
