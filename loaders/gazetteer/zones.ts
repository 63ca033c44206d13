// Zones: China's 22 pilot free-trade zones with their areas, the national-level new areas, special economic
// zones, and the named pilot / cooperation / innovation zones and economic regions of this field.
import { uniq, zhForms } from './names.ts';
import type { GazetteerEntry, RegionMeta } from './types.ts';

export interface ZoneTables {
  entries: GazetteerEntry[];
  meta: RegionMeta[];
  bare: Array<{ id: string; names: string[] }>;
  /** Names that belong to an existing division: Shenzhen Special Economic Zone → region:CN-440300. */
  aliasPatches: Array<[id: string, aliases: string[]]>;
  /** Province-level region → its FTZ. */
  ftzByProvince: Array<[province: string, ftz: string]>;
}

interface FtzArea {
  slug: string;
  /** English base: "Jinan" → "Jinan Area of China (Shandong) Pilot Free Trade Zone". */
  en: string;
  /** Chinese base before 片区: 济南 → 济南片区. */
  zh: string;
  enAlt?: string[];
  zhAlt?: string[];
  /** A name too generic to stand alone (中心片区): only the qualified forms are indexed. */
  generic?: boolean;
  /** Override of the "<en> Area" form (Lingang Special Area). */
  areaWord?: string;
  zhAreaWord?: string;
}

interface Ftz {
  province: string;
  en: string;
  zh: string;
  year: number;
  areas: FtzArea[];
  en2?: string[];
  zh2?: string[];
}

const a = (slug: string, en: string, zh: string, extra: Partial<FtzArea> = {}): FtzArea => ({ slug, en, zh, ...extra });

const FTZS: Ftz[] = [
  {
    province: 'CN-SH', en: 'Shanghai', zh: '上海', year: 2013,
    areas: [
      a('lingang', 'Lingang', '临港', {
        areaWord: 'Special Area', zhAreaWord: '新片区',
        enAlt: ['Lingang New Area', 'Lin-gang Special Area', 'Lingang Special Area', 'Lingang New Area of the Shanghai Free Trade Zone', 'Shanghai Lingang New Area', 'Lingang'],
        zhAlt: ['临港新片区', '上海临港新片区', '临港'],
      }),
      a('lujiazui', 'Lujiazui', '陆家嘴', { enAlt: ['Lujiazui Financial Area'], zhAlt: ['陆家嘴金融片区'] }),
      a('jinqiao', 'Jinqiao', '金桥', { zhAlt: ['金桥开发片区'] }),
      a('zhangjiang', 'Zhangjiang', '张江', { zhAlt: ['张江高科技片区'], enAlt: ['Zhangjiang Hi-Tech Area'] }),
      a('expo', 'Expo', '世博', { zhAlt: ['世博片区'] }),
      a('bonded', 'Bonded', '保税区', { generic: true, enAlt: ['Bonded Zones Area'] }),
    ],
    en2: ['Shanghai FTZ', 'China (Shanghai) Pilot Free Trade Zone', 'Shanghai Free Trade Zone', 'SHFTZ'],
  },
  {
    province: 'CN-GD', en: 'Guangdong', zh: '广东', year: 2015,
    areas: [
      a('nansha', 'Nansha', '南沙', { enAlt: ['Guangzhou Nansha New Area Area', 'Nansha New Area Area'], zhAlt: ['广州南沙新区片区', '南沙新区片区', '南沙自贸片区', '南沙自贸区'] }),
      a('qianhai-shekou', 'Qianhai & Shekou', '前海蛇口', {
        enAlt: ['Qianhai Shekou Area', 'Qianhai-Shekou Area', 'Shenzhen Qianhai & Shekou Area', 'Qianhai Shekou Free Trade Zone', 'Qianhai-Shekou Free Trade Zone', 'Qianhai and Shekou Area'],
        zhAlt: ['深圳前海蛇口片区', '前海蛇口自贸片区', '前海蛇口自贸区'],
      }),
      a('hengqin', 'Hengqin', '横琴', { enAlt: ['Zhuhai Hengqin New Area Area', 'Hengqin New Area Area'], zhAlt: ['珠海横琴新区片区', '横琴新区片区', '横琴自贸片区'] }),
    ],
  },
  {
    province: 'CN-TJ', en: 'Tianjin', zh: '天津', year: 2015,
    areas: [
      a('tianjin-port', 'Tianjin Port', '天津港', { enAlt: ['Tianjin Port Area'] }),
      a('tianjin-airport', 'Tianjin Airport', '天津机场', { enAlt: ['Airport Area'] }),
      a('binhai-cbd', 'Binhai CBD', '滨海新区中心商务', { enAlt: ['Binhai New Area Central Business District Area', 'Binhai Central Business District Area', 'Binhai CBD Area'], zhAlt: ['中心商务片区'] }),
    ],
  },
  {
    province: 'CN-FJ', en: 'Fujian', zh: '福建', year: 2015,
    areas: [a('fuzhou', 'Fuzhou', '福州'), a('xiamen', 'Xiamen', '厦门'), a('pingtan', 'Pingtan', '平潭')],
  },
  {
    province: 'CN-LN', en: 'Liaoning', zh: '辽宁', year: 2017,
    areas: [a('dalian', 'Dalian', '大连'), a('shenyang', 'Shenyang', '沈阳'), a('yingkou', 'Yingkou', '营口')],
  },
  {
    province: 'CN-ZJ', en: 'Zhejiang', zh: '浙江', year: 2017,
    areas: [a('zhoushan', 'Zhoushan', '舟山'), a('ningbo', 'Ningbo', '宁波'), a('hangzhou', 'Hangzhou', '杭州'), a('jinyi', 'Jinyi', '金义', { enAlt: ['Jinhua-Yiwu Area'] })],
  },
  {
    province: 'CN-HA', en: 'Henan', zh: '河南', year: 2017,
    areas: [a('zhengzhou', 'Zhengzhou', '郑州'), a('kaifeng', 'Kaifeng', '开封'), a('luoyang', 'Luoyang', '洛阳')],
  },
  {
    province: 'CN-HB', en: 'Hubei', zh: '湖北', year: 2017,
    areas: [a('wuhan', 'Wuhan', '武汉'), a('xiangyang', 'Xiangyang', '襄阳'), a('yichang', 'Yichang', '宜昌')],
  },
  {
    province: 'CN-CQ', en: 'Chongqing', zh: '重庆', year: 2017,
    areas: [a('liangjiang', 'Liangjiang', '两江'), a('xiyong', 'Xiyong', '西永'), a('guoyuan-port', 'Guoyuan Port', '果园港')],
  },
  {
    province: 'CN-SC', en: 'Sichuan', zh: '四川', year: 2017,
    areas: [
      a('tianfu', 'Tianfu', '成都天府新区', { enAlt: ['Chengdu Tianfu New Area Area', 'Tianfu New Area Area'], zhAlt: ['天府新区片区'] }),
      a('qingbaijiang', 'Qingbaijiang Railway Port', '成都青白江铁路港', { enAlt: ['Chengdu Qingbaijiang Railway Port Area', 'Qingbaijiang Area'], zhAlt: ['青白江铁路港片区'] }),
      a('chuannan', 'Southern Sichuan Port', '川南临港', { enAlt: ['Chuannan Lingang Area', 'Sichuan South Port Area', 'Luzhou Area'] }),
    ],
  },
  {
    province: 'CN-SN', en: 'Shaanxi', zh: '陕西', year: 2017,
    areas: [
      a('central', 'Central', '中心', { generic: true, enAlt: ["Xi'an Central Area"] }),
      a('xian-port', "Xi'an International Port", '西安国际港务区', { enAlt: ["Xi'an International Trade & Logistics Park Area"], zhAlt: ['西安国际港务区片区'] }),
      a('yangling', 'Yangling Demonstration Zone', '杨凌示范区', { enAlt: ['Yangling Area'] }),
    ],
  },
  {
    province: 'CN-HI', en: 'Hainan', zh: '海南', year: 2018, areas: [],
    en2: ['Hainan Free Trade Port', 'Hainan FTP', 'Hainan Free Trade Zone', 'Hainan Pilot Free Trade Zone', 'Hainan FTZ', 'China (Hainan) Free Trade Zone'],
    zh2: ['海南自由贸易港', '海南自贸港', '中国（海南）自由贸易试验区', '海南自贸区', '海南自贸试验区'],
  },
  {
    province: 'CN-SD', en: 'Shandong', zh: '山东', year: 2019,
    areas: [a('jinan', 'Jinan', '济南'), a('qingdao', 'Qingdao', '青岛'), a('yantai', 'Yantai', '烟台')],
  },
  {
    province: 'CN-JS', en: 'Jiangsu', zh: '江苏', year: 2019,
    areas: [a('nanjing', 'Nanjing', '南京'), a('suzhou', 'Suzhou', '苏州'), a('lianyungang', 'Lianyungang', '连云港')],
  },
  {
    province: 'CN-GX', en: 'Guangxi', zh: '广西', year: 2019,
    areas: [a('nanning', 'Nanning', '南宁'), a('qinzhou-port', 'Qinzhou Port', '钦州港'), a('chongzuo', 'Chongzuo', '崇左')],
  },
  {
    province: 'CN-HE', en: 'Hebei', zh: '河北', year: 2019,
    areas: [a('xiongan', "Xiong'an", '雄安', { enAlt: ['Xiongan Area'] }), a('zhengding', 'Zhengding', '正定'), a('caofeidian', 'Caofeidian', '曹妃甸'), a('daxing-airport', 'Daxing Airport', '大兴机场', { enAlt: ['Beijing Daxing International Airport Area'] })],
  },
  {
    province: 'CN-YN', en: 'Yunnan', zh: '云南', year: 2019,
    areas: [a('kunming', 'Kunming', '昆明'), a('honghe', 'Honghe', '红河'), a('dehong', 'Dehong', '德宏')],
  },
  {
    province: 'CN-HL', en: 'Heilongjiang', zh: '黑龙江', year: 2019,
    areas: [a('harbin', 'Harbin', '哈尔滨'), a('heihe', 'Heihe', '黑河'), a('suifenhe', 'Suifenhe', '绥芬河')],
  },
  {
    province: 'CN-BJ', en: 'Beijing', zh: '北京', year: 2020,
    areas: [
      a('sci-tech-innovation', 'Science and Technology Innovation', '科技创新', { generic: true, enAlt: ['Sci-Tech Innovation Area'] }),
      a('international-business', 'International Business Services', '国际商务服务', { generic: true }),
      a('high-end-industry', 'High-end Industry', '高端产业', { generic: true }),
    ],
  },
  {
    province: 'CN-HN', en: 'Hunan', zh: '湖南', year: 2020,
    areas: [a('changsha', 'Changsha', '长沙'), a('yueyang', 'Yueyang', '岳阳'), a('chenzhou', 'Chenzhou', '郴州')],
  },
  {
    province: 'CN-AH', en: 'Anhui', zh: '安徽', year: 2020,
    areas: [a('hefei', 'Hefei', '合肥'), a('wuhu', 'Wuhu', '芜湖'), a('bengbu', 'Bengbu', '蚌埠')],
  },
  {
    province: 'CN-XJ', en: 'Xinjiang', zh: '新疆', year: 2023,
    areas: [a('urumqi', 'Urumqi', '乌鲁木齐'), a('kashgar', 'Kashgar', '喀什', { enAlt: ['Kashi Area'] }), a('horgos', 'Horgos', '霍尔果斯', { enAlt: ['Khorgos Area'] })],
  },
];

interface ZoneDef {
  slug: string;
  name: string;
  zh: string;
  kind: string;
  partOf: string;
  en?: string[];
  zhAlt?: string[];
}

// National-level new areas that are not themselves a district in GB/T 2260 (Pudong, Binhai, Lanzhou are).
const NEW_AREAS: ZoneDef[] = [
  { slug: 'liangjiang', name: 'Liangjiang New Area', zh: '两江新区', partOf: 'region:CN-CQ', en: ['Chongqing Liangjiang New Area'], zhAlt: ['重庆两江新区'], kind: 'new_area' },
  { slug: 'zhoushan-archipelago', name: 'Zhoushan Archipelago New Area', zh: '舟山群岛新区', partOf: 'region:CN-330900', en: ['Zhoushan Islands New Area', 'Zhejiang Zhoushan Archipelago New Area'], zhAlt: ['浙江舟山群岛新区'], kind: 'new_area' },
  { slug: 'nansha', name: 'Guangzhou Nansha New Area', zh: '广州南沙新区', partOf: 'region:CN-440100', en: ['Nansha New Area', 'Nansha New District'], zhAlt: ['南沙新区'], kind: 'new_area' },
  { slug: 'xixian', name: 'Xixian New Area', zh: '西咸新区', partOf: 'region:CN-SN', en: ['Shaanxi Xixian New Area'], zhAlt: ['陕西西咸新区'], kind: 'new_area' },
  { slug: 'guian', name: "Gui'an New Area", zh: '贵安新区', partOf: 'region:CN-GZ', en: ['Guizhou Guian New Area', 'Guian New Area', "Guizhou Gui'an New Area"], zhAlt: ['贵州贵安新区'], kind: 'new_area' },
  { slug: 'qingdao-west-coast', name: 'Qingdao West Coast New Area', zh: '青岛西海岸新区', partOf: 'region:CN-370200', en: ['West Coast New Area'], zhAlt: ['西海岸新区'], kind: 'new_area' },
  { slug: 'jinpu', name: 'Dalian Jinpu New Area', zh: '大连金普新区', partOf: 'region:CN-210200', en: ['Jinpu New Area'], zhAlt: ['金普新区'], kind: 'new_area' },
  { slug: 'tianfu', name: 'Sichuan Tianfu New Area', zh: '四川天府新区', partOf: 'region:CN-SC', en: ['Tianfu New Area', 'Chengdu Tianfu New Area'], zhAlt: ['天府新区', '成都天府新区'], kind: 'new_area' },
  { slug: 'xiangjiang', name: 'Hunan Xiangjiang New Area', zh: '湖南湘江新区', partOf: 'region:CN-430100', en: ['Xiangjiang New Area'], zhAlt: ['湘江新区'], kind: 'new_area' },
  { slug: 'jiangbei', name: 'Nanjing Jiangbei New Area', zh: '南京江北新区', partOf: 'region:CN-320100', en: ['Jiangbei New Area'], zhAlt: ['江北新区'], kind: 'new_area' },
  { slug: 'fuzhou', name: 'Fuzhou New Area', zh: '福州新区', partOf: 'region:CN-350100', en: ['Fujian Fuzhou New Area'], zhAlt: ['福建福州新区'], kind: 'new_area' },
  { slug: 'dianzhong', name: 'Yunnan Dianzhong New Area', zh: '云南滇中新区', partOf: 'region:CN-YN', en: ['Dianzhong New Area', 'Central Yunnan New Area'], zhAlt: ['滇中新区'], kind: 'new_area' },
  { slug: 'harbin', name: 'Harbin New Area', zh: '哈尔滨新区', partOf: 'region:CN-230100', en: ['Heilongjiang Harbin New Area'], zhAlt: ['黑龙江哈尔滨新区'], kind: 'new_area' },
  { slug: 'changchun', name: 'Changchun New Area', zh: '长春新区', partOf: 'region:CN-220100', en: ['Jilin Changchun New Area'], zhAlt: ['吉林长春新区'], kind: 'new_area' },
  { slug: 'ganjiang', name: 'Jiangxi Ganjiang New Area', zh: '江西赣江新区', partOf: 'region:CN-JX', en: ['Ganjiang New Area'], zhAlt: ['赣江新区'], kind: 'new_area' },
  { slug: 'xiongan', name: "Xiong'an New Area", zh: '雄安新区', partOf: 'region:CN-HE', en: ['Xiongan New Area', "Hebei Xiong'an New Area", 'Xiongan', "Xiong'an"], zhAlt: ['河北雄安新区', '雄安'], kind: 'new_area' },
];

const OTHER_ZONES: ZoneDef[] = [
  {
    slug: 'boao-lecheng', name: 'Hainan Boao Lecheng International Medical Tourism Pilot Zone', zh: '海南博鳌乐城国际医疗旅游先行区', kind: 'pilot_zone', partOf: 'region:CN-469002',
    en: ['Boao Lecheng International Medical Tourism Pilot Zone', 'Boao Lecheng Pilot Zone', 'Lecheng Pilot Zone', 'Boao Lecheng', 'Lecheng International Medical Tourism Pilot Zone', 'Boao Lecheng Medical Tourism Pilot Zone'],
    zhAlt: ['博鳌乐城国际医疗旅游先行区', '乐城国际医疗旅游先行区', '博鳌乐城先行区', '乐城先行区', '博鳌乐城'],
  },
  {
    slug: 'hetao', name: 'Hetao Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone', zh: '河套深港科技创新合作区', kind: 'cooperation_zone', partOf: 'region:CN-440300',
    en: ['Hetao Cooperation Zone', 'Hetao Shenzhen-Hong Kong Sci-Tech Innovation Cooperation Zone', 'Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone', 'Hetao Shenzhen-Hong Kong Science and Technology Cooperation Zone', 'Hetao'],
    zhAlt: ['河套合作区', '深港科技创新合作区', '河套'],
  },
  {
    slug: 'hetao/shenzhen-park', name: 'Shenzhen Park of the Hetao Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone', zh: '河套深港科技创新合作区深圳园区', kind: 'park', partOf: 'region:zone/hetao',
    en: ['Hetao Shenzhen Park', 'Hetao Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone Shenzhen Park', 'Shenzhen Park of the Hetao Cooperation Zone'], zhAlt: ['河套合作区深圳园区', '深港科技创新合作区深圳园区'],
  },
  {
    slug: 'hetao/hong-kong-park', name: 'Hong Kong-Shenzhen Innovation and Technology Park', zh: '港深创新及科技园', kind: 'park', partOf: 'region:zone/hetao',
    en: ['Hong Kong Park of the Hetao Cooperation Zone', 'HSITP', 'Hetao Hong Kong Park'], zhAlt: ['河套深港科技创新合作区香港园区', '香港园区'],
  },
  // The science park in Sha Tin (the Hong Kong Science and Technology Parks Corporation runs it): a place, its operator an
  // organisation. 科学园 alone names it on a Hong Kong page (not after another place: extract/mentions.ts).
  {
    slug: 'hk-science-park', name: 'Hong Kong Science Park', zh: '香港科学园', kind: 'science_park', partOf: 'region:CN-HK',
    en: ['Science Park, Hong Kong', 'Hong Kong Science Park in Pak Shek Kok'], zhAlt: ['科学园', '白石角科学园', '沙田科学园'],
  },
  {
    slug: 'qianhai', name: 'Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone', zh: '前海深港现代服务业合作区', kind: 'cooperation_zone', partOf: 'region:CN-440300',
    en: ['Qianhai Cooperation Zone', 'Qianhai', 'Shenzhen Qianhai', 'Qianhai Shenzhen-Hong Kong Cooperation Zone', 'Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone of Shenzhen'],
    zhAlt: ['前海合作区', '深圳前海', '前海', '前海深港合作区'],
  },
  {
    slug: 'hengqin', name: 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin', zh: '横琴粤澳深度合作区', kind: 'cooperation_zone', partOf: 'region:CN-440400',
    en: ['Hengqin Guangdong-Macao In-Depth Cooperation Zone', 'Hengqin Cooperation Zone', 'Hengqin', 'Hengqin New Area', 'Zhuhai Hengqin New Area', 'Guangdong-Macao Intensive Cooperation Zone in Hengqin', 'Hengqin Guangdong-Macao Intensive Cooperation Zone', 'Hengqin Guangdong-Macao Deep Cooperation Zone'],
    zhAlt: ['横琴合作区', '横琴', '横琴新区', '珠海横琴新区', '珠海横琴'],
  },
  // Shenzhen's functional areas outside GB/T 2260 (Guangming, Pingshan, Longhua became districts).
  {
    slug: 'dapeng', name: 'Dapeng New Area', zh: '大鹏新区', kind: 'new_area', partOf: 'region:CN-440300',
    en: ['Dapeng New District', 'Shenzhen Dapeng New Area', 'Dapeng'], zhAlt: ['深圳大鹏新区', '深圳市大鹏新区', '大鹏'],
  },
  {
    slug: 'shenshan', name: 'Shenzhen-Shantou Special Cooperation Zone', zh: '深汕特别合作区', kind: 'cooperation_zone', partOf: 'region:CN-440300',
    en: ['Shenshan Special Cooperation Zone', 'Shen-Shan Special Cooperation Zone'], zhAlt: ['深圳市深汕特别合作区', '深汕合作区'],
  },
  {
    slug: 'zhongguancun', name: 'Zhongguancun Science Park', zh: '中关村科技园区', kind: 'science_park', partOf: 'region:CN-BJ',
    en: ['Zhongguancun Science and Technology Park', 'Zhongguancun', 'Zhongguancun National Innovation Demonstration Zone', 'Zhongguancun National Independent Innovation Demonstration Zone', 'ZGC', 'Zhongguancun Science City'],
    zhAlt: ['中关村', '中关村国家自主创新示范区', '中关村示范区', '北京中关村'],
  },
  {
    slug: 'zhangjiang-demonstration-zone', name: 'Shanghai Zhangjiang National Innovation Demonstration Zone', zh: '上海张江国家自主创新示范区', kind: 'demonstration_zone', partOf: 'region:CN-SH',
    en: ['Zhangjiang National Innovation Demonstration Zone', 'Zhangjiang National Independent Innovation Demonstration Zone', 'Shanghai Zhangjiang National Independent Innovation Demonstration Zone'],
    zhAlt: ['张江国家自主创新示范区', '张江示范区'],
  },
  {
    slug: 'zhangjiang', name: 'Zhangjiang Hi-Tech Park', zh: '张江高科技园区', kind: 'science_park', partOf: 'region:CN-310115',
    en: ['Zhangjiang High-Tech Park', 'Zhangjiang Science City', 'Zhangjiang', 'Shanghai Zhangjiang Hi-Tech Park', 'Zhangjiang High Technology Park'],
    zhAlt: ['张江科学城', '张江', '上海张江', '上海张江高科技园区'],
  },
  {
    slug: 'east-lake', name: 'Wuhan East Lake High-Tech Development Zone', zh: '武汉东湖新技术开发区', kind: 'development_zone', partOf: 'region:CN-420100',
    en: ['East Lake High-Tech Zone', 'Wuhan East Lake High-Tech Zone', 'East Lake High-Tech Development Zone', 'Optics Valley of China', 'Wuhan Optics Valley', 'East Lake National Innovation Demonstration Zone', 'Donghu High-Tech Zone'],
    zhAlt: ['东湖高新区', '中国光谷', '武汉光谷', '光谷', '东湖国家自主创新示范区'],
  },
  {
    slug: 'bda', name: 'Beijing Economic-Technological Development Area', zh: '北京经济技术开发区', kind: 'development_zone', partOf: 'region:CN-BJ',
    en: ['Beijing Economic and Technological Development Area', 'Beijing E-Town', 'E-Town', 'BDA', 'Yizhuang', 'Beijing Economic and Technological Development Zone'],
    zhAlt: ['北京亦庄', '亦庄', '北京经开区', '亦庄经济技术开发区'],
  },
  {
    slug: 'guangzhou-development-district', name: 'Guangzhou Development District', zh: '广州开发区', kind: 'development_zone', partOf: 'region:CN-440100',
    en: ['Guangzhou Economic and Technological Development District', 'Guangzhou Economic-Technological Development District', 'GDD'], zhAlt: ['广州经济技术开发区', '广州经开区'],
  },
  {
    slug: 'suzhou-industrial-park', name: 'Suzhou Industrial Park', zh: '苏州工业园区', kind: 'industrial_park', partOf: 'region:CN-320500',
    en: ['China-Singapore Suzhou Industrial Park', 'SIP'], zhAlt: ['中新苏州工业园区', '苏州工业园'],
  },
  {
    slug: 'guangzhou-knowledge-city', name: 'Sino-Singapore Guangzhou Knowledge City', zh: '中新广州知识城', kind: 'industrial_park', partOf: 'region:CN-440100',
    en: ['China-Singapore Guangzhou Knowledge City', 'Guangzhou Knowledge City'], zhAlt: ['广州知识城', '知识城'],
  },
  {
    slug: 'zhongguancun-life-science-park', name: 'Zhongguancun Life Science Park', zh: '中关村生命科学园', kind: 'industrial_park', partOf: 'region:CN-BJ',
    en: ['Changping Life Science Park', 'Beijing Life Science Park'], zhAlt: ['北京生命科学园', '生命科学园'],
  },
  {
    slug: 'teda', name: 'Tianjin Economic-Technological Development Area', zh: '天津经济技术开发区', kind: 'development_zone', partOf: 'region:CN-120116',
    en: ['TEDA', 'Tianjin Economic and Technological Development Area'], zhAlt: ['天津经开区', '泰达'],
  },
  {
    slug: 'shanghai-international-medical-zone', name: 'Shanghai International Medical Zone', zh: '上海国际医学园区', kind: 'industrial_park', partOf: 'region:CN-310115',
    en: ['Shanghai International Medical Park', 'SIMZ'], zhAlt: ['国际医学园区'],
  },
  // National biomedical industry bases named in CGT news as where projects and platforms go.
  {
    slug: 'chengdu-tianfu-bio-town', name: 'Chengdu Tianfu International Bio-Town', zh: '成都天府国际生物城', kind: 'industrial_park', partOf: 'region:CN-510100',
    en: ['Tianfu International Bio-Town', 'Chengdu Tianfu International Biotown', 'Tianfu International BioTown', 'Chengdu Bio-Town'], zhAlt: ['天府国际生物城', '成都生物城'],
  },
  {
    slug: 'suzhou-biobay', name: 'Suzhou BioBAY', zh: '苏州生物医药产业园', kind: 'industrial_park', partOf: 'region:CN-320500',
    en: ['BioBAY', 'Suzhou Biomedical Industrial Park'], zhAlt: ['苏州BioBAY'],
  },
  {
    slug: 'taizhou-china-medical-city', name: 'China Medical City (Taizhou)', zh: '中国医药城', kind: 'industrial_park', partOf: 'region:CN-321200',
    en: ['China Medical City', 'Taizhou China Medical City'], zhAlt: ['泰州中国医药城', '泰州医药高新区'],
  },
  {
    slug: 'wuhan-biolake', name: 'Wuhan Optics Valley Biolake', zh: '光谷生物城', kind: 'industrial_park', partOf: 'region:CN-420100',
    en: ['Biolake', 'Optics Valley Biolake', 'Wuhan National Biological Industry Base'], zhAlt: ['武汉光谷生物城', '武汉国家生物产业基地'],
  },
  {
    slug: 'changsha-etdz', name: 'Changsha Economic and Technological Development Zone', zh: '长沙经济技术开发区', kind: 'development_zone', partOf: 'region:CN-430100',
    en: ['Changsha Economic and Technological Development Area', 'Changsha ETDZ'], zhAlt: ['长沙经开区'],
  },
  {
    slug: 'daxing-biomedicine-base', name: 'Beijing Daxing Biomedicine Industry Base', zh: '大兴生物医药产业基地', kind: 'industrial_park', partOf: 'region:CN-110115',
    en: ['Daxing Biomedicine Industry Base', 'Daxing Biomedical Industry Base'], zhAlt: ['北京大兴生物医药产业基地', '中关村大兴生物医药产业基地'],
  },
  // Named in the salutation of nearly every national notice (各省、自治区、直辖市及新疆生产建设兵团).
  {
    slug: 'xpcc', name: 'Xinjiang Production and Construction Corps', zh: '新疆生产建设兵团', kind: 'special_zone', partOf: 'region:CN-XJ',
    en: ['XPCC', 'Xinjiang Production and Construction Corps (XPCC)'],
  },
  {
    slug: 'guangzhou-bio-island', name: 'Guangzhou International Bio Island', zh: '广州国际生物岛', kind: 'industrial_park', partOf: 'region:CN-440112',
    en: ['Guangzhou International Biotech Island', 'Bio Island'], zhAlt: ['生物岛'],
  },
  {
    slug: 'greater-bay-area', name: 'Guangdong-Hong Kong-Macao Greater Bay Area', zh: '粤港澳大湾区', kind: 'economic_region', partOf: 'region:CN',
    en: ['Greater Bay Area', 'GBA', 'Guangdong-Hong Kong-Macau Greater Bay Area', 'Greater Bay Area of Guangdong, Hong Kong and Macao', 'Bay Area'], zhAlt: ['大湾区'],
  },
  {
    slug: 'yangtze-river-delta', name: 'Yangtze River Delta', zh: '长江三角洲', kind: 'economic_region', partOf: 'region:CN',
    en: ['Yangtze River Delta region', 'YRD', 'Yangtze Delta'], zhAlt: ['长三角', '长江三角洲地区', '长三角地区', '长三角区域'],
  },
  {
    slug: 'beijing-tianjin-hebei', name: 'Beijing-Tianjin-Hebei region', zh: '京津冀', kind: 'economic_region', partOf: 'region:CN',
    en: ['Beijing-Tianjin-Hebei', 'Jing-Jin-Ji', 'Jingjinji', 'Beijing-Tianjin-Hebei area'], zhAlt: ['京津冀地区', '京津冀区域'],
  },
  {
    slug: 'pearl-river-delta', name: 'Pearl River Delta', zh: '珠江三角洲', kind: 'economic_region', partOf: 'region:CN-GD',
    en: ['Pearl River Delta region', 'PRD'], zhAlt: ['珠三角', '珠江三角洲地区', '珠三角地区'],
  },
  {
    slug: 'chengdu-chongqing', name: 'Chengdu-Chongqing Economic Circle', zh: '成渝地区双城经济圈', kind: 'economic_region', partOf: 'region:CN',
    en: ['Chengdu-Chongqing region', 'Chengdu-Chongqing Twin-City Economic Circle', 'Chengdu-Chongqing Economic Zone'], zhAlt: ['成渝地区', '成渝经济圈', '成渝双城经济圈'],
  },
  {
    slug: 'yangtze-economic-belt', name: 'Yangtze River Economic Belt', zh: '长江经济带', kind: 'economic_region', partOf: 'region:CN',
    en: ['Yangtze Economic Belt'],
  },
  {
    slug: 'northeast-china', name: 'Northeast China', zh: '东北地区', kind: 'economic_region', partOf: 'region:CN',
    en: ['northeastern China', 'China\'s northeast'], zhAlt: ['东北'],
  },
  {
    slug: 'western-china', name: 'Western China', zh: '西部地区', kind: 'economic_region', partOf: 'region:CN',
    en: ['western region of China', "China's western region"], zhAlt: ['中国西部'],
  },
];

// Hong Kong's districts and the busiest areas inside them: court and enforcement news names where a shop or clinic is.
// (Districts named by a compass point alone — 東區, 南區, 北區 — are left out: the words name parts of any place.) Their own
// kinds: a mainland district's two-character name must stand between word edges (mentions.ts), these are rarer words.
const HK_PLACES: ZoneDef[] = ([
  ['central-western', 'Central and Western District', '中西区', 'district'], ['wan-chai', 'Wan Chai', '湾仔', 'district'],
  ['yau-tsim-mong', 'Yau Tsim Mong', '油尖旺', 'district'], ['sham-shui-po', 'Sham Shui Po', '深水埗', 'district'],
  ['kowloon-city', 'Kowloon City', '九龙城', 'district'], ['wong-tai-sin', 'Wong Tai Sin', '黄大仙', 'district'],
  ['kwun-tong', 'Kwun Tong', '观塘', 'district'], ['tsuen-wan', 'Tsuen Wan', '荃湾', 'district'], ['tuen-mun', 'Tuen Mun', '屯门', 'district'],
  ['yuen-long', 'Yuen Long', '元朗', 'district'], ['tai-po', 'Tai Po', '大埔', 'district'], ['sai-kung', 'Sai Kung', '西贡', 'district'],
  ['sha-tin', 'Sha Tin', '沙田', 'district'], ['kwai-tsing', 'Kwai Tsing', '葵青', 'district'], ['islands-hk', 'Islands District', '离岛区', 'district'],
  ['mong-kok', 'Mong Kok', '旺角', 'area'], ['tsim-sha-tsui', 'Tsim Sha Tsui', '尖沙咀', 'area'], ['causeway-bay', 'Causeway Bay', '铜锣湾', 'area'],
] as const).map(([slug, name, zh, kind]) => ({ slug: `hk/${slug}`, name, zh, kind: `hk_${kind}`, partOf: 'region:CN-HK', zhAlt: [`香港${zh}`] }));

// Special economic zones that coincide with a division: their names are that division's aliases.
const SEZ_PATCHES: Array<[id: string, en: string, zh: string]> = [
  ['region:CN-440300', 'Shenzhen', '深圳'],
  ['region:CN-440400', 'Zhuhai', '珠海'],
  ['region:CN-440500', 'Shantou', '汕头'],
  ['region:CN-350200', 'Xiamen', '厦门'],
];

const DIVISION_PATCHES: Array<[id: string, aliases: string[]]> = [
  ['region:CN-310115', ['Pudong', 'Shanghai Pudong New Area', 'Pudong New District', ...zhForms('浦东', '上海浦东', '上海市浦东新区')]],
  ['region:CN-120116', ['Binhai', 'Tianjin Binhai New Area', 'Binhai New District', ...zhForms('天津滨海新区', '天津滨海')]],
  ['region:CN-620171', ['Gansu Lanzhou New Area', ...zhForms('甘肃兰州新区')]],
];

const zoneEntry = (d: ZoneDef): GazetteerEntry => ({
  id: `region:zone/${d.slug}`,
  label: 'Region',
  name: d.name,
  nameZh: d.zh,
  aliases: uniq([...(d.en ?? []), ...zhForms(d.zh, ...(d.zhAlt ?? []))]).filter((x) => x !== d.name),
  kind: d.kind,
  partOf: d.partOf,
});

/** One region of the zone tables: its entry and how it takes part in composed body names. */
interface Placed {
  entry: GazetteerEntry;
  meta: RegionMeta;
}

export function buildZones(): ZoneTables {
  const placed = [...FTZS.flatMap(ftzWithAreas), ...[...NEW_AREAS, ...OTHER_ZONES, ...HK_PLACES].map(namedZone)];
  return {
    entries: placed.map((p) => p.entry),
    meta: placed.map((p) => p.meta),
    bare: [],
    aliasPatches: [...SEZ_PATCHES.map(sezAliases), ...DIVISION_PATCHES],
    ftzByProvince: FTZS.map((f): [string, string] => [`region:${f.province}`, ftzId(f)]),
  };
}

function ftzId(f: Ftz): string {
  return `region:ftz/${f.en.toLowerCase()}`;
}

/** A free-trade zone, then its areas. */
function ftzWithAreas(f: Ftz): Placed[] {
  const id = ftzId(f);
  const name = `China (${f.en}) Pilot Free Trade Zone`;
  const zhFull = `中国（${f.zh}）自由贸易试验区`;
  const enNames = [
    `${f.en} Pilot Free Trade Zone`, `${f.en} Free Trade Zone`, `${f.en} FTZ`, `${f.en} Pilot FTZ`, `China (${f.en}) Free Trade Zone`,
    `China (${f.en}) FTZ`, `${f.en} Free Trade Pilot Zone`, `China (${f.en}) Free Trade Pilot Zone`, `${f.en} Pilot Free-Trade Zone`,
    `${f.en} Free-Trade Zone`, `China ${f.en} Pilot Free Trade Zone`,
  ];
  const zhNames = [`${f.zh}自由贸易试验区`, `${f.zh}自贸试验区`, `${f.zh}自贸区`, `中国（${f.zh}）自贸试验区`, `${f.zh}自由贸易区`];
  const zone: Placed = {
    entry: {
      id,
      label: 'Region',
      name,
      nameZh: zhFull,
      aliases: uniq([...enNames, ...(f.en2 ?? []), ...zhForms(zhFull, ...zhNames, ...(f.zh2 ?? []))]).filter((x) => x !== name),
      kind: 'free_trade_zone',
      partOf: `region:${f.province}`,
    },
    meta: { id, cls: 'zone', enCompose: name, enShort: [`${f.en} Pilot Free Trade Zone`, `${f.en} Free Trade Zone`, `${f.en} FTZ`], zh: zhFull, zhShort: `${f.zh}自贸试验区` },
  };
  return [zone, ...f.areas.map((ar) => ftzArea(f, id, zhFull, ar))];
}

/** An area of a free-trade zone, named alone (unless generic) and qualified by its zone. */
function ftzArea(f: Ftz, ftz: string, ftzZh: string, ar: FtzArea): Placed {
  const areaId = `${ftz}/${ar.slug}`;
  const word = ar.areaWord ?? 'Area';
  const zhWord = ar.zhAreaWord ?? '片区';
  const enArea = `${ar.en} ${word}`;
  const zhArea = `${ar.zh}${zhWord}`;
  const areaName = `${enArea} of China (${f.en}) Pilot Free Trade Zone`;
  const areaZh = `${ftzZh}${zhArea}`;
  const qualifiedEn = [
    `${enArea} of the ${f.en} Pilot Free Trade Zone`, `${enArea} of ${f.en} Pilot Free Trade Zone`, `${enArea} of the ${f.en} Free Trade Zone`,
    `${enArea} of the China (${f.en}) Pilot Free Trade Zone`, `${f.en} FTZ ${enArea}`, `${f.en} Pilot Free Trade Zone ${enArea}`, `${f.en} Free Trade Zone ${enArea}`,
    `${enArea}, China (${f.en}) Pilot Free Trade Zone`, `${enArea} of the ${f.en} FTZ`,
  ];
  const qualifiedZh = [`${f.zh}自贸试验区${zhArea}`, `${f.zh}自贸区${zhArea}`, `${f.zh}自由贸易试验区${zhArea}`, `中国（${f.zh}）自贸试验区${zhArea}`];
  const standalone = ar.generic ? [] : [enArea, `${ar.en} Free Trade Zone`, `${ar.en} FTZ`, ...zhForms(zhArea, `${ar.zh}自贸片区`)];
  return {
    entry: {
      id: areaId,
      label: 'Region',
      name: areaName,
      nameZh: areaZh,
      aliases: uniq([...qualifiedEn, ...standalone, ...(ar.enAlt ?? []), ...zhForms(areaZh, ...qualifiedZh, ...(ar.zhAlt ?? []))]).filter((x) => x !== areaName),
      kind: 'ftz_area',
      partOf: ftz,
    },
    meta: { id: areaId, cls: 'zone', enCompose: areaName, enShort: [enArea], zh: areaZh, zhShort: zhArea },
  };
}

/** A new area, pilot zone, park or economic region. */
function namedZone(d: ZoneDef): Placed {
  const entry = zoneEntry(d);
  return { entry, meta: { id: entry.id, cls: 'zone', enCompose: d.name, enShort: uniq([d.name, ...(d.en ?? []).slice(0, 1)]), zh: d.zh, zhShort: d.zh } };
}

function sezAliases([id, en, zh]: [string, string, string]): [string, string[]] {
  return [id, [`${en} Special Economic Zone`, `${en} SEZ`, ...zhForms(`${zh}经济特区`, `${zh}特区`)]];
}
