// A reference list of the field's organisations and landmark policies under the names texts use for them: English,
// Simplified and Traditional Chinese, short forms. Names of one thing across scripts are often not translations of
// each other (CARsgen = 科济药业, IASO = 驯鹿生物), and a landmark law is cited by a short title, its full title or an
// English rendering. Reference data like the gazetteer and products.ts's approved products: public names, not read
// from any page. A name matches an entry when its key (below) is one of the entry's; two profiles naming one entry
// are strong evidence of one thing, two naming different entries are two things (features.ts).
import { nameKey } from './name-key.ts';
import { memo } from './memo.ts';

export interface ReferenceEntry {
  id: string;
  forms: string[];
  /** Policies: the years a page may date the text by (promulgated, in force, revised). Two profiles naming the
   *  entry with different years among these are not told apart by their years. */
  years?: number[];
}

// Companies, hospitals, universities and institutes of the field that the gazetteer does not hold (its own
// organisations — HKU, CUHK, CAS, PUMCH, Ruijin, West China, ITRI … — keep their gazetteer ids and names there). A
// parent and its part are two entries (Fudan University and its Zhongshan Hospital, CAMS and its haematology hospital).
// Sure names only: a bare name other places also give (Zhongshan Hospital: Xiamen has one; Institute of Zoology:
// Kunming's) is left out, as a wrong form is a wrong merge.
export const ORGANIZATIONS: ReferenceEntry[] = [
  { id: 'carsgen', forms: ['CARsgen', 'CARsgen Therapeutics', 'CARsgen Therapeutics Holdings', '科济药业', '科济生物', '科济药业-B', '科济生物医药(上海)有限公司'] },
  { id: 'fosun-kite', forms: ['Fosun Kite', 'Fosun Kite Biotechnology', 'Fosun Kite Biotech', '复星凯特', '复星凯特生物科技有限公司', '上海复星凯特生物科技有限公司'] },
  { id: 'fosun-pharma', forms: ['Fosun Pharma', 'Fosun Pharmaceutical', 'Shanghai Fosun Pharmaceutical', 'Shanghai Fosun Pharmaceutical (Group)', '复星医药', '上海复星医药(集团)股份有限公司'] },
  { id: 'kite-pharma', forms: ['Kite Pharma', 'Kite, a Gilead Company'] },
  { id: 'gilead', forms: ['Gilead', 'Gilead Sciences', '吉利德', '吉利德科学'] },
  { id: 'jw-therapeutics', forms: ['JW Therapeutics', 'JW (Cayman) Therapeutics', 'JW Therapeutics (Shanghai)', '药明巨诺', '药明巨诺(上海)生物科技有限公司', '上海药明巨诺生物科技有限公司'] },
  { id: 'wuxi-apptec', forms: ['WuXi AppTec', '药明康德', '无锡药明康德新药开发股份有限公司'] },
  { id: 'wuxi-biologics', forms: ['WuXi Biologics', '药明生物'] },
  { id: 'iaso', forms: ['IASO Bio', 'IASO Biotherapeutics', 'IASO Biotech', 'Nanjing IASO Biotherapeutics', 'Nanjing IASO Biotechnology', '驯鹿生物', '驯鹿医疗', '南京驯鹿生物技术股份有限公司', '南京驯鹿医疗技术有限公司'] },
  { id: 'innovent', forms: ['Innovent', 'Innovent Biologics', 'Innovent Biologics (Suzhou)', '信达生物', '信达生物制药', '信达生物制药(苏州)有限公司'] },
  { id: 'juventas', forms: ['Juventas', 'Juventas Cell Therapy', 'Juventas Biotechnology', '合源生物', '合源生物科技(天津)有限公司'] },
  { id: 'legend-biotech', forms: ['Legend Biotech', '传奇生物', '南京传奇生物科技有限公司'] },
  { id: 'gracell', forms: ['Gracell', 'Gracell Biotechnologies', '亘喜生物'] },
  { id: 'novartis', forms: ['Novartis', '诺华', '诺华制药', '诺华(中国)'] },
  { id: 'janssen', forms: ['Janssen', 'Janssen Pharmaceutical', 'Janssen Pharmaceuticals', '杨森', '杨森制药', '西安杨森'] },
  { id: 'bms', forms: ['Bristol Myers Squibb', 'Bristol-Myers Squibb', 'BMS', '百时美施贵宝'] },
  { id: 'beigene', forms: ['BeiGene', '百济神州'] },
  { id: 'hengrui', forms: ['Hengrui', 'Jiangsu Hengrui Medicine', 'Jiangsu Hengrui Pharmaceuticals', '恒瑞医药', '江苏恒瑞医药股份有限公司'] },
  { id: 'platinum-life', forms: ['Platinum Life', 'Platinum Life Biotech', 'Platinum Life Excellence Biotech', 'Platinum Life Excellence Biotechnology', '铂生卓越', '铂生卓越生物科技(北京)有限公司', '铂生卓越生物科技有限公司'] },
  { id: 'hengji', forms: ['Hengji Cell', 'Hengji Biotech', 'Suzhou Hengji Cell Biotechnology', '恒济生物', '恒济细胞', '苏州恒济细胞生物科技股份有限公司'] },
  { id: 'immunochina', forms: ['ImmunoChina', 'ImmunoChina Pharmaceuticals', '艺妙神州', '北京艺妙神州医药科技有限公司'] },
  { id: 'hrain', forms: ['Hrain', 'Hrain Biotechnology', 'Shanghai Hrain Biotechnology', '恒润达生', '上海恒润达生生物科技股份有限公司'] },
  { id: 'bioheng', forms: ['Bioheng', 'Nanjing Bioheng Biotech', '北恒生物', '南京北恒生物科技有限公司'] },
  { id: 'obio', forms: ['OBiO', 'OBiO Technology', '和元生物', '和元生物技术(上海)股份有限公司'] },
  { id: 'cbmg', forms: ['Cellular Biomedicine Group', 'CBMG', '西比曼', '西比曼生物科技'] },
  { id: 'beike', forms: ['Beike Biotechnology', 'Beike Biotech', '北科生物', '深圳市北科生物科技有限公司'] },
  { id: 'zhongyuan-union', forms: ['Zhongyuan Union', 'Zhongyuan Union Cell & Gene Engineering', '中源协和', '中源协和细胞基因工程股份有限公司'] },
  { id: 'nuwacell', forms: ['Nuwacell', 'Nuwacell Biotechnologies', '呐维生物'] },
  { id: 'help-therapeutics', forms: ['Help Therapeutics', '士泽生物'] },
  { id: 'hopstem', forms: ['Hopstem', 'Hopstem Biotechnology', '霍德生物'] },
  { id: 'shanghai-cell-therapy-group', forms: ['Shanghai Cell Therapy Group', '上海细胞治疗集团'] },
  { id: 'porton-advanced', forms: ['Porton Advanced', 'Porton Advanced Solutions', '博腾生物'] },
  { id: 'oricell', forms: ['Oricell', 'Oricell Therapeutics', '原启生物'] },
  { id: 'bioray', forms: ['Bioray Laboratories', 'BRL Medicine', '邦耀生物'] },
  { id: 'reforgene', forms: ['Reforgene', 'Reforgene Medicine', '瑞风生物'] },
  { id: 'belief-biomed', forms: ['Belief BioMed', '信念医药'] },
  { id: 'fudan-university', forms: ['Fudan University', 'Fudan', '复旦大学'] },
  { id: 'zhongshan-hospital-fudan', forms: ['Zhongshan Hospital, Fudan University', 'Zhongshan Hospital Fudan University', 'Zhongshan Hospital affiliated to Fudan University', 'Fudan University Zhongshan Hospital', '复旦大学附属中山医院'] },
  { id: 'huashan-hospital-fudan', forms: ['Huashan Hospital', 'Huashan Hospital, Fudan University', 'Huashan Hospital affiliated to Fudan University', '复旦大学附属华山医院', '华山医院'] },
  { id: 'ruijin-hainan-hospital', forms: ['Ruijin Hainan Hospital', 'Boao Ruijin Hospital', 'Hainan Boao Ruijin Hospital', '瑞金海南医院', '博鳌瑞金医院', '上海交通大学医学院附属瑞金医院海南医院'] },
  { id: 'pkuph', forms: ["Peking University People's Hospital", '北京大学人民医院'] },
  { id: 'pla-general-hospital', forms: ['Chinese PLA General Hospital', "Chinese People's Liberation Army General Hospital", 'PLA General Hospital', '中国人民解放军总医院', '解放军总医院'] },
  { id: 'cams', forms: ['Chinese Academy of Medical Sciences', 'CAMS', '中国医学科学院'] },
  { id: 'cams-ihbdh', forms: ['Institute of Hematology & Blood Diseases Hospital', 'Institute of Hematology and Blood Diseases Hospital', 'Institute of Hematology & Blood Diseases Hospital, Chinese Academy of Medical Sciences', 'Institute of Hematology & Blood Diseases Hospital of the Chinese Academy of Medical Sciences', 'Blood Diseases Hospital, Chinese Academy of Medical Sciences', '中国医学科学院血液病医院', '中国医学科学院血液学研究所', '中国医学科学院血液病医院(中国医学科学院血液学研究所)', '血液病医院(血液学研究所)'] },
  { id: 'cas-ioz', forms: ['Institute of Zoology, Chinese Academy of Sciences', 'Institute of Zoology of the Chinese Academy of Sciences', 'CAS Institute of Zoology', '中国科学院动物研究所', '中科院动物所', '中科院动物研究所'] },
  { id: 'ustc', forms: ['University of Science and Technology of China', 'USTC', '中国科学技术大学', '中国科大'] },
  { id: 'ustc-fah', forms: ['First Affiliated Hospital of USTC', 'The First Affiliated Hospital of USTC', 'First Affiliated Hospital of the University of Science and Technology of China', 'Anhui Provincial Hospital', '中国科学技术大学附属第一医院', '安徽省立医院', '中国科学技术大学附属第一医院(安徽省立医院)', '中国科大附一院'] },
  { id: 'nanjing-drum-tower', forms: ['Nanjing Drum Tower Hospital', 'Affiliated Drum Tower Hospital of Nanjing University Medical School', 'Nanjing University Medical School Affiliated Drum Tower Hospital', 'Drum Tower Hospital of Nanjing University', '南京鼓楼医院', '南京大学医学院附属鼓楼医院'] },
  { id: 'itri-bdl', forms: ['Biomedical Technology and Device Research Laboratories', 'ITRI Biomedical Technology and Device Research Laboratories', '工研院生医与医材研究所', '工业技术研究院生医与医材研究所', '生医与医材研究所'] },
  { id: 'kmuh', forms: ['Kaohsiung Medical University Chung-Ho Memorial Hospital', 'Kaohsiung Medical University Hospital', 'KMUH', '高雄医学大学附设中和纪念医院', '高医附设中和纪念医院', '高医附院'] },
  { id: 'peking-university', forms: ['Peking University', 'PKU', '北京大学', '北大'] },
  { id: 'tsinghua-university', forms: ['Tsinghua University', '清华大学'] },
  { id: 'zhejiang-university', forms: ['Zhejiang University', '浙江大学', '浙大'] },
];

// Landmark policies: the texts of the field cited across pages, by short title, full title or English rendering.
// A draft and its final text share a title (the draft veto keeps them apart); an implementing text has its own. A
// title revised under the same name as a new text (the HGR implementation rules of 2023 and their 2026 revision)
// is not listed: its undated mentions could be either.
export const POLICIES: ReferenceEntry[] = [
  { id: 'cn-drug-administration-law', forms: ['药品管理法', 'Drug Administration Law', 'Pharmaceutical Administration Law', 'Law on Drug Administration', 'Drug Management Law'], years: [1984, 2001, 2013, 2015, 2019] },
  { id: 'cn-drug-registration-provisions', forms: ['药品注册管理办法', 'Provisions for Drug Registration', 'Drug Registration Provisions', 'Drug Registration Regulation', 'Drug Registration Regulations', 'Measures for the Administration of Drug Registration', 'Administrative Measures for Drug Registration', 'Drug Registration Administrative Measures', 'Drug Registration Measures'] },
  { id: 'cn-drug-administration-law-implementing-regulations', forms: ['药品管理法实施条例', 'Regulations for the Implementation of the Drug Administration Law', 'Implementing Regulations of the Drug Administration Law', 'Regulations on the Implementation of the Drug Administration Law'], years: [2002, 2016, 2019] },
  { id: 'cn-medical-technology-clinical-application-measures', forms: ['医疗技术临床应用管理办法', 'Administrative Measures for the Clinical Application of Medical Technologies', 'Measures for the Administration of Clinical Application of Medical Technologies', 'Measures for the Administration of the Clinical Application of Medical Technology'] },
  { id: 'cn-ethics-review-measures-2023', forms: ['涉及人的生命科学和医学研究伦理审查办法', 'Measures for Ethical Review of Life Sciences and Medical Research Involving Humans', 'Measures for the Ethical Review of Life Science and Medical Research Involving Human Beings', 'Measures for the Ethical Review of Life Sciences and Medical Research Involving Humans'] },
  { id: 'cn-ethics-review-measures-2016', forms: ['涉及人的生物医学研究伦理审查办法', 'Measures for the Ethical Review of Biomedical Research Involving Humans', 'Measures for Ethical Review of Biomedical Research Involving Human Subjects'] },
  { id: 'cn-biosecurity-law', forms: ['生物安全法', 'Biosecurity Law', 'Biosafety Law'], years: [2020, 2021, 2024] },
  { id: 'cn-basic-healthcare-law', forms: ['基本医疗卫生与健康促进法', 'Law on Basic Medical and Health Care and the Promotion of Health', 'Basic Medical and Health Care and Health Promotion Law', 'Basic Healthcare and Health Promotion Law'], years: [2019, 2020] },
  { id: 'cn-stem-cell-preparations-guideline', forms: ['干细胞制剂质量控制及临床前研究指导原则', 'Guiding Principles for Quality Control and Preclinical Research of Stem Cell Preparations', 'Guidelines for Quality Control and Preclinical Research of Stem Cell Preparations', 'Guidelines on Quality Control and Preclinical Research of Stem Cell Preparations'] },
  { id: 'cn-cell-therapy-products-guideline-2017', forms: ['细胞治疗产品研究与评价技术指导原则', 'Technical Guidelines for the Research and Evaluation of Cell Therapy Products', 'Technical Guiding Principles for Research and Evaluation of Cell Therapy Products', 'Technical Guidelines for Research and Evaluation of Cell Therapy Products'] },
  { id: 'hk-pharmacy-and-poisons-ordinance', forms: ['藥劑業及毒藥條例', 'Pharmacy and Poisons Ordinance'] },
  { id: 'cn-advertising-law', forms: ['广告法', 'Advertising Law'], years: [1994, 2015, 2018, 2021] },
  { id: 'cn-hgr-regulations', forms: ['人类遗传资源管理条例', 'Regulations on the Administration of Human Genetic Resources', 'Regulation on the Administration of Human Genetic Resources', 'Regulations on Human Genetic Resources Administration', 'Regulations on the Management of Human Genetic Resources', 'Human Genetic Resources Administration Regulations', 'Human Genetic Resources Regulations', 'HGR Regulations', 'HGR Regulation'], years: [2019, 2024] },
  { id: 'cn-stem-cell-clinical-research-measures', forms: ['干细胞临床研究管理办法', 'Measures for the Administration of Stem Cell Clinical Research', 'Measures for Administration of Stem Cell Clinical Research', 'Administrative Measures for Stem Cell Clinical Research', 'Administrative Measures on Stem Cell Clinical Research', 'Stem Cell Clinical Research Management Measures', 'Stem Cell Clinical Research Administrative Measures', 'Measures on the Administration of Stem Cell Clinical Research'] },
  { id: 'cn-biomedical-new-technology-regulations', forms: ['生物医学新技术临床研究和临床转化应用管理条例', 'Regulations on the Administration of Clinical Research and Clinical Translational Application of Biomedical New Technologies', 'Regulations on the Administration of Clinical Research and Clinical Translational Application of New Biomedical Technologies', 'Regulations on the Clinical Research and Clinical Translational Application of New Biomedical Technologies', 'Regulations on the Clinical Research and Clinical Translational Application Management of New Biomedical Technologies', 'Regulations on the Management of Clinical Research and Clinical Transformation Application of New Biomedical Technologies', 'Biomedical New Technology Clinical Research and Clinical Transformation Application Management Regulations', 'Regulations on the Clinical Research and Clinical Application of New Biomedical Technologies'], years: [2025, 2026] },
  { id: 'cn-drug-device-reform-opinions-2024', forms: ['关于全面深化药品医疗器械监管改革促进医药产业高质量发展的意见', '国务院办公厅关于全面深化药品医疗器械监管改革促进医药产业高质量发展的意见', 'Opinions on Comprehensively Deepening the Reform of Drug and Medical Device Regulation and Promoting the High-Quality Development of the Pharmaceutical Industry', 'Opinions on Comprehensively Deepening Drug and Medical Device Regulatory Reform and Promoting High-Quality Development of the Pharmaceutical Industry', 'Opinions on Fully Deepening the Reform of Drug and Medical Device Regulation and Promoting High-Quality Development of the Pharmaceutical Industry'], years: [2024, 2025] },
  { id: 'cn-bioeconomy-14fyp', forms: ['十四五生物经济发展规划', '14th Five-Year Bioeconomy Development Plan', '14th Five-Year Plan for Bioeconomy Development', '14th Five-Year Plan for Bioeconomic Development', 'Bioeconomy Development Plan for the 14th Five-Year Plan Period'], years: [2021, 2022] },
  { id: 'cn-cell-therapy-gmp-annex', forms: ['药品生产质量管理规范-细胞治疗产品附录', '细胞治疗产品附录', 'Appendix on Cell Therapy Products to the Good Manufacturing Practice for Drugs', 'Appendix on Cell Therapy Products to Good Manufacturing Practice for Drugs', 'Appendix on Cell Therapy Products of the Good Manufacturing Practice for Drugs', 'Good Manufacturing Practice for Drugs - Appendix on Cell Therapy Products', 'GMP Appendix on Cell Therapy Products', 'GMP Annex on Cell Therapy Products', 'Cell Therapy Products Appendix'] },
  { id: 'hainan-boao-lecheng-regulations', forms: ['海南自由贸易港博鳌乐城国际医疗旅游先行区条例', '博鳌乐城国际医疗旅游先行区条例', 'Regulations on the Boao Lecheng International Medical Tourism Pilot Zone of Hainan Free Trade Port', 'Hainan Free Trade Port Boao Lecheng International Medical Tourism Pilot Zone Regulations', 'Regulations of Hainan Free Trade Port on Boao Lecheng International Medical Tourism Pilot Zone'] },
  { id: 'shenzhen-cell-gene-industry-regulations', forms: ['深圳经济特区细胞和基因产业促进条例', 'Regulations on the Promotion of Cell and Gene Industry in Shenzhen Special Economic Zone', 'Regulation on the Promotion of Cell and Gene Industry in the Shenzhen Special Economic Zone', 'Regulations on the Promotion of Cell and Gene Industry in the Shenzhen Special Economic Zone', 'Regulation on the Promotion of Cell and Gene Industry in Shenzhen Special Economic Zone', 'Shenzhen Special Economic Zone Regulations on Promoting the Cell and Gene Industry'] },
  { id: 'hk-1plus-mechanism', forms: ['"1+" mechanism', '「1+」機制', '1+机制', '"1+" new drug approval mechanism', '「1+」新藥審批機制'] },
  { id: 'tw-regenerative-medicine-act', forms: ['再生醫療法', 'Regenerative Medicine Act', 'Regenerative Medicine Law', 'Act on Regenerative Medicine'], years: [2024, 2025] },
  { id: 'tw-regenerative-medicine-products-act', forms: ['再生醫療製劑條例', 'Regenerative Medicine Products Act', 'Regenerative Medicinal Products Act', 'Regenerative Medicine Preparations Act', 'Regenerative Medicine Product Act', 'Regulations on Regenerative Medicine Preparations', 'Regenerative Medicine Preparations Regulations'], years: [2024, 2025] },
  { id: 'tw-regenerative-medicine-act-rules', forms: ['再生醫療法施行細則', 'Enforcement Rules of the Regenerative Medicine Act', 'Regenerative Medicine Act Enforcement Rules'] },
];

// A stock code in brackets (信达生物（01801.HK）), a listing's share-class suffix (科济药业-B) and the legal form: none
// tells two organisations apart. A bracketed place does: 信达生物（香港）有限公司 is a subsidiary of its own.
const ORG_NOTE = /[(（][^)）]*\d[^)）]*[)）]/gu;
const ORG_LEGAL = /(?:\s*,?\s*\b(?:inc|ltd|limited|co|corp|corporation|company|holdings?|group)\b\.?)+$|(?:股份有限公司|有限责任公司|有限公司|集团)$/iu;
// The state a national text belongs to, its year, revision or trial note, a HK ordinance's chapter (Cap. 138): the
// same text with or without them.
const POLICY_HEAD = /^(?:中华人民共和国|中国|thepeoplesrepublicofchinas|chinas|prc)/u;
const POLICY_TAIL = /(?:ofthepeoplesrepublicofchina|oftheprc|ofchina|inchina|cap\d+[a-z]?|第\d+[a-z]?章|(?:of)?(?:19|20)\d\d年?(?:修订|修正|revision|revised|amendment)?|试行|暂行|fortrialimplementation|fortrial|trial)$/u;

/** A name's key as the reference list compares it ('' for a label it does not list). */
export function referenceKey(label: string, name: string): string {
  if (label === 'Organization') return nameKey(name.normalize('NFKC').replace(ORG_NOTE, ' ').trim().replace(/-B$/, '').replace(ORG_LEGAL, '').replace(ORG_LEGAL, ''));
  if (label !== 'Policy') return '';
  let k = nameKey(name);
  for (let i = 0; i < 4; i++) {
    const next = k.replace(POLICY_HEAD, '').replace(POLICY_TAIL, '');
    if (next === k) break;
    k = next;
  }
  return k;
}

let index: Map<string, ReferenceEntry> | undefined;
function indexOf(): Map<string, ReferenceEntry> {
  if (index) return index;
  index = new Map();
  for (const [label, entries] of [['Organization', ORGANIZATIONS], ['Policy', POLICIES]] as const) {
    for (const e of entries) for (const f of e.forms) index.set(`${label}|${referenceKey(label, f)}`, e);
  }
  return index;
}

const entryOfName = memo((labelAndName: string): ReferenceEntry | null => {
  const bar = labelAndName.indexOf('|');
  const label = labelAndName.slice(0, bar);
  const k = referenceKey(label, labelAndName.slice(bar + 1));
  if (k.length < 2) return null;
  return indexOf().get(`${label}|${k}`) ?? (label === 'Policy' ? cutShort(k) : null);
});

// A long title cut short where a page or snippet ends ("… Clinical Translational Applica"): the one listed text
// whose title it begins. Forty characters of a title say which text it is; a shorter start may be another text's
// whole title (药品管理法 begins 药品管理法实施条例).
const CUT_MIN = 40;
function cutShort(k: string): ReferenceEntry | null {
  if (k.length < CUT_MIN) return null;
  let found: ReferenceEntry | null = null;
  for (const [key, e] of indexOf()) {
    if (!key.startsWith('Policy|') || !key.startsWith(k, 7)) continue;
    if (found && found !== e) return null;
    found = e;
  }
  return found;
}

/** The reference entries a profile's names match (ids, sorted; none for most). */
export function referenceIds(label: string, names: string[]): string[] {
  if (label !== 'Organization' && label !== 'Policy') return [];
  const out = new Set<string>();
  for (const n of names) {
    const e = entryOfName(`${label}|${n}`);
    if (e) out.add(e.id);
  }
  return [...out].sort();
}

const yearsOf = new Map(POLICIES.map((e) => [e.id, new Set((e.years ?? []).map(String))]));

/** Whether two years are both among the years a listed policy is dated by. */
export const listedYears = (id: string, a: string, b: string): boolean => {
  const ys = yearsOf.get(id);
  return !!ys && ys.has(a) && ys.has(b);
};
