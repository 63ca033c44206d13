// The coverage matrix of the core relation statements (session 15): one fact said many ways — voice, order, co-issuer
// lists, anaphora, English, Simplified, Traditional (Hong Kong and Taiwan), machine-translated English. Every sentence
// is our own. Rows that pass are asserted; rows still failing are listed in GAPS with the reason, not asserted.
import { extractText } from '../loaders/index.ts';
import type { DocumentFacts, Entity } from '../loaders/types.ts';

type Rel = 'ISSUED' | 'PROPOSED' | 'SUPERSEDES' | 'APPLIES_TO';
/** id, relation, language, text, the `from` and `to` ends (patterns over an entity's id, names and aliases). */
export type Row = [id: string, rel: Rel, lang: string, text: string, from: RegExp, to: RegExp];

export const doc = (text: string) => ({
  path: '/tmp/p.txt', name: 'p.txt', sha256: '0', text, title: 'p.txt', publishedOn: '2026-05-20',
  language: /[\u4e00-\u9fff]/.test(text) ? (/[們這說與為發條於臺衞衛醫療藥關]/.test(text) ? ('zh-Hant' as const) : ('zh-Hans' as const)) : ('en' as const),
});
const names = (e: Entity | undefined): string => (e ? [e.id, e.name, e.nameZh ?? '', ...e.aliases].join(' | ') : '');

/** Does the text state the row's fact? */
export const holds = (row: Row, facts?: DocumentFacts): boolean => {
  const [, rel, , text, from, to] = row;
  const d = facts ?? extractText(doc(text));
  const byId = new Map(d.entities.map((e) => [e.id, e]));
  return d.relations.some((r) => r.type === rel && from.test(names(byId.get(r.from))) && to.test(names(byId.get(r.to))));
};

export const ROWS: Row[] = [
  // ISSUED, English
  ['is.en.active', 'ISSUED', 'en', 'The National Medical Products Administration issued the Guidelines for Clinical Trials of Cell Therapy Products on March 3, 2025.', /nmpa/, /Clinical Trials of Cell Therapy/],
  ['is.en.passive', 'ISSUED', 'en', 'The Measures for the Administration of Stem Cell Clinical Research were released by the National Health Commission in 2025.', /nhc/, /Stem Cell Clinical Research/],
  ['is.en.issued-by', 'ISSUED', 'en', 'Under the Rules on Ethical Review of Gene Therapy issued by the NHC in 2024, hospitals must register each trial.', /nhc/, /Ethical Review of Gene Therapy/],
  ['is.en.relative', 'ISSUED', 'en', 'The Guideline on Donor Screening for Cell Products, which the CDE published last week, sets out eleven tests.', /cde/, /Donor Screening/],
  ['is.en.relative-that', 'ISSUED', 'en', 'Hospitals must follow the Provisions on Cell Bank Audits that the NMPA first published in 2024.', /nmpa/, /Cell Bank Audits/],
  ['is.en.possessive', 'ISSUED', 'en', "The NMPA's Provisions on Cell Therapy Inspection took effect on June 1, 2025.", /nmpa/, /Cell Therapy Inspection/],
  ['is.en.co-2', 'ISSUED', 'en', 'The National Health Commission and the National Medical Products Administration jointly issued the Measures for Clinical Research on Somatic Cells.', /nmpa/, /Somatic Cells/],
  ['is.en.co-3', 'ISSUED', 'en', 'The NHC, the NMPA and the Ministry of Science and Technology released the Plan for Regenerative Medicine Pilots on Monday.', /most/, /Regenerative Medicine Pilots/],
  ['is.en.together-with', 'ISSUED', 'en', 'The Ministry of Science and Technology, together with the National Health Commission, issued the Opinions on Biobank Management in 2024.', /nhc/, /Biobank Management/],
  ['is.en.date-first', 'ISSUED', 'en', 'On 12 May 2025, the Shanghai Municipal Health Commission published the Implementation Rules for Cell Therapy Pilots.', /shanghai|cn-sh/i, /Cell Therapy Pilots/],
  ['is.en.fronted', 'ISSUED', 'en', 'Released on Friday by the CDE, the Technical Guideline for Gene-Modified Cell Products covers quality control.', /cde/, /Gene-Modified Cell Products/],
  ['is.en.unveiled', 'ISSUED', 'en', 'The State Council unveiled the Plan for Biomedical Innovation on Tuesday.', /state-council/, /Biomedical Innovation/],
  ['is.en.adopted-by', 'ISSUED', 'en', "The Regulations on Cell Therapy of Hainan Province were adopted by the Standing Committee of the Hainan Provincial People's Congress on 30 June 2025.", /hi|hainan/i, /Cell Therapy of Hainan/],
  ['is.en.anaphora', 'ISSUED', 'en', 'The NHC issued the Notice on Hospital Cell Laboratories in April. The commission also published the Rules on Cell Bank Audits.', /nhc/, /Cell Bank Audits/],
  ['is.en.draft', 'ISSUED', 'en', 'The CDE has released the draft Guidance on Allogeneic Cell Products for public comment.', /cde/, /Allogeneic Cell Products/],
  ['is.en.mt-printed', 'ISSUED', 'en', 'Hainan Provincial Health Commission printed and distributed the "Boao Lecheng Cell Therapy Management Measures".', /hainan|cn-hi/i, /Cell Therapy Management Measures/],
  ['is.en.mt-about', 'ISSUED', 'en', 'The Provincial Health Commission of Zhejiang issued the "Notice on Further Strengthening the Supervision of Stem Cell Clinical Research" on September 2, 2025.', /zhejiang|cn-zj/i, /Stem Cell Clinical Research/],
  ['is.en.rolled-out', 'ISSUED', 'en', 'Beijing rolled out the Action Plan for Cell and Gene Therapy Industry on Wednesday, the Beijing Municipal Commission of Development and Reform said.', /beijing|cn-bj/i, /Cell and Gene Therapy Industry/],
  // ISSUED, Simplified
  ['is.zh.active', 'ISSUED', 'zh', '国家药监局印发《细胞治疗产品临床试验技术指导原则》。', /nmpa/, /细胞治疗产品临床试验/],
  ['is.zh.passive-you', 'ISSUED', 'zh', '《干细胞临床研究管理办法》由国家卫生健康委印发，自2025年7月1日起施行。', /nhc/, /干细胞临床研究管理办法/],
  ['is.zh.co-2', 'ISSUED', 'zh', '国家卫生健康委、国家药监局联合印发《体细胞临床研究管理办法》。', /nmpa/, /体细胞临床研究/],
  ['is.zh.huitong', 'ISSUED', 'zh', '国家卫生健康委会同国家药监局制定了《细胞库质量管理规范》。', /nmpa/, /细胞库质量管理规范/],
  ['is.zh.co-6', 'ISSUED', 'zh', '科技部、国家卫生健康委、国家药监局、国家中医药局、国家医保局和国家疾控局联合发布《再生医学试点方案》。', /nhsa/, /再生医学试点方案/],
  ['is.zh.relative', 'ISSUED', 'zh', '国家药监局发布的《细胞库检查要点》自2025年7月1日起施行。', /nmpa/, /细胞库检查要点/],
  ['is.zh.date-first', 'ISSUED', 'zh', '2025年3月，上海市卫生健康委员会印发了《上海市细胞治疗试点实施细则》。', /shanghai|cn-sh/i, /细胞治疗试点实施细则/],
  ['is.zh.recently', 'ISSUED', 'zh', '近日，国家药监局药审中心发布《基因修饰细胞药学研究技术指导原则》。', /cde/, /基因修饰细胞药学研究/],
  ['is.zh.chutai', 'ISSUED', 'zh', '日前，北京市药监局和北京市卫生健康委联合出台《北京市细胞治疗产品管理办法》。', /beijing|cn-bj/i, /北京市细胞治疗产品管理办法/],
  ['is.zh.with-consent', 'ISSUED', 'zh', '经国务院同意，国务院办公厅印发《生物医药创新发展规划》。', /state-council/, /生物医药创新发展规划/],
  ['is.zh.ji', 'ISSUED', 'zh', '国家药监局及国家卫生健康委日前印发《干细胞制剂质量控制规范》。', /nhc/, /干细胞制剂质量控制规范/],
  ['is.zh.jing-passed', 'ISSUED', 'zh', '《海南省细胞治疗条例》已于2025年5月6日经海南省人民代表大会常务委员会第十次会议通过。', /hainan|cn-hi/i, /海南省细胞治疗条例/],
  ['is.zh.anaphora', 'ISSUED', 'zh', '2024年，国家卫生健康委印发《医院细胞实验室管理通知》。该委还发布了《细胞库审核规则》。', /nhc/, /细胞库审核规则/],
  ['is.zh.issuer-last', 'ISSUED', 'zh', '《细胞治疗产品生产质量管理指南》近日发布，发布单位为国家药监局核查中心。', /nmpa/, /细胞治疗产品生产质量管理指南/],
  ['is.zh.zhiding-de', 'ISSUED', 'zh', '根据国家卫生健康委制定的《干细胞临床研究机构备案办法》，医院应当备案。', /nhc/, /干细胞临床研究机构备案办法/],
  // ISSUED, Traditional (Taiwan, Hong Kong)
  ['is.tw.fabu', 'ISSUED', 'zh-Hant', '衛生福利部於今日發布「細胞治療技術管理辦法」。', /mohw|tw/i, /細胞治療技術管理辦法|细胞治疗技术管理办法/],
  ['is.tw.gonggao', 'ISSUED', 'zh-Hant', '衛福部於115年3月1日公告「再生醫療製劑查驗登記須知」。', /mohw|tw/i, /查驗登記須知|查验登记须知/],
  ['is.tw.president', 'ISSUED', 'zh-Hant', '「再生醫療法」經總統於114年6月4日公布。', /president|總統|总统/i, /再生醫療法|再生医疗法/],
  ['is.tw.order', 'ISSUED', 'zh-Hant', '行政院以院臺衛字第1151050001號令，定「細胞治療促進條例」自116年1月1日施行。', /executive-yuan|行政院/i, /院臺衛字|院台卫字|院臺衛字第1151050001號令/],
  ['is.tw.xiuzheng', 'ISSUED', 'zh-Hant', '衛生福利部修正發布「特定醫療技術檢查檢驗醫療儀器施行或使用管理辦法」。', /mohw|tw/i, /特定醫療技術|特定医疗技术/],
  ['is.tw.passive-you', 'ISSUED', 'zh-Hant', '由衛生福利部食品藥物管理署訂定之「人體細胞組織物製造規範」即日起生效。', /tfda|fda|tw/i, /人體細胞組織物製造規範|人体细胞组织物制造规范/],
  ['is.hk.publish', 'ISSUED', 'zh-Hant', '醫務衞生局今日發表《醫療創新策略》，推動細胞治療發展。', /hk/i, /醫療創新策略|医疗创新策略/],
  ['is.hk.made-by', 'ISSUED', 'zh-Hant', '藥劑業及毒藥管理局訂立《2026年藥劑業及毒藥(修訂)規例》。', /hk/i, /藥劑業及毒藥|药剂业及毒药/],
  ['is.hk.en', 'ISSUED', 'en', 'The Department of Health published the Guidance Notes on Cell Therapy Products on 3 March 2026.', /hk|dh/i, /Guidance Notes on Cell Therapy/],
  // PROPOSED
  ['pr.en.member-proposed', 'PROPOSED', 'en', 'Wang Hua, a member of the CPPCC National Committee, submitted a proposal on setting up a stem cell pilot zone in Hainan.', /wang-hua|Wang Hua/i, /stem cell pilot zone|proposal/i],
  ['pr.en.deputy-motion', 'PROPOSED', 'en', 'NPC deputy Li Ming submitted a motion on speeding up cell therapy approvals at this year\'s session.', /li-ming|Li Ming/i, /cell therapy|motion/i],
  ['pr.en.suggested', 'PROPOSED', 'en', 'In a proposal to this year\'s CPPCC session, national political adviser Zhang Wei suggested building a national cell bank.', /zhang-wei|Zhang Wei/i, /cell bank|proposal/i],
  ['pr.en.party', 'PROPOSED', 'en', 'The Jiusan Society Central Committee put forward a proposal on developing regenerative medicine.', /jiusan/i, /regenerative medicine|proposal/i],
  ['pr.en.reported', 'PROPOSED', 'en', 'Liu Fang, a deputy to the National People\'s Congress, proposed that Hainan expand its cell therapy pilot.', /liu-fang|Liu Fang/i, /.+/],
  ['pr.zh.tijiao', 'PROPOSED', 'zh', '全国政协委员王华提交了《关于设立干细胞试点区的提案》。', /王华|wang-hua/i, /干细胞试点区/],
  ['pr.zh.jianyi', 'PROPOSED', 'zh', '全国人大代表李明提出《关于加快细胞治疗审批的建议》。', /李明|li-ming/i, /加快细胞治疗审批/],
  ['pr.zh.reported', 'PROPOSED', 'zh', '全国政协委员张伟建议，加快建设国家级干细胞库。', /张伟|zhang-wei/i, /.+/],
  ['pr.zh.party', 'PROPOSED', 'zh', '九三学社中央提交《关于发展再生医学产业的提案》。', /九三|jiusan/i, /发展再生医学产业/],
  ['pr.zh.daida', 'PROPOSED', 'zh', '今年全国两会上，全国人大代表刘芳带来了《关于支持细胞治疗产业发展的议案》。', /刘芳|liu-fang/i, /支持细胞治疗产业发展/],
  ['pr.zh.title-first', 'PROPOSED', 'zh', '《关于完善干细胞临床转化机制的提案》由全国政协委员陈静提出。', /陈静|chen-jing/i, /完善干细胞临床转化/],
  ['pr.hant.tijiao', 'PROPOSED', 'zh-Hant', '全國政協委員黃立文提交《關於推動細胞治療發展的提案》。', /黃立文|黄立文|huang-liwen/i, /推動細胞治療|推动细胞治疗/],
  // SUPERSEDES
  ['su.en.replaces', 'SUPERSEDES', 'en', 'The Measures for Stem Cell Clinical Research (2025) replace the Interim Measures for Stem Cell Clinical Research.', /Measures for Stem Cell Clinical Research \(2025\)|Measures for Stem Cell Clinical Research$/, /Interim Measures/],
  ['su.en.it-replaces', 'SUPERSEDES', 'en', 'The CDE issued the Guideline on Cell Therapy Trials in 2026. It replaces the Questions and Answers on Cell Therapy Trials issued by the CDE in 2021.', /Guideline on Cell Therapy Trials/, /Questions and Answers/],
  ['su.en.repealed', 'SUPERSEDES', 'en', 'The NMPA issued the Rules on Cell Bank Audits, and the Provisions on Cell Bank Inspection were repealed at the same time.', /Cell Bank Audits/, /Cell Bank Inspection/],
  ['su.en.supersedes', 'SUPERSEDES', 'en', 'The Guideline on Cell Product Quality (2026) supersedes the Guideline on Cell Product Quality (2017).', /2026|Cell Product Quality/, /2017/],
  ['su.zh.tongshi', 'SUPERSEDES', 'zh', '《干细胞临床研究管理办法》自2025年7月1日起施行，《干细胞临床研究管理办法（试行）》同时废止。', /干细胞临床研究管理办法$|干细胞临床研究管理办法 /, /试行/],
  ['su.zh.ben', 'SUPERSEDES', 'zh', '国家卫生健康委印发《细胞治疗管理办法》。本办法自印发之日起施行，原《细胞治疗管理规定》同时废止。', /细胞治疗管理办法/, /细胞治疗管理规定/],
  ['su.zh.qudai', 'SUPERSEDES', 'zh', '《细胞制剂检验规范（2025年版）》取代《细胞制剂检验规范（2019年版）》。', /2025/, /2019/],
  ['su.zh.buzai', 'SUPERSEDES', 'zh', '国家药监局发布《细胞库检查要点》，原《细胞库检查指南》不再执行。', /细胞库检查要点/, /细胞库检查指南/],
  ['su.tw.tongshi', 'SUPERSEDES', 'zh-Hant', '「人體細胞治療管理辦法」自發布日施行，「人體細胞組織優良操作規範」同時廢止。', /人體細胞治療管理辦法|人体细胞治疗管理办法/, /優良操作規範|优良操作规范/],
  ['su.hk.qudai', 'SUPERSEDES', 'zh-Hant', '《細胞治療產品規例》取代《細胞治療產品暫行規例》。', /細胞治療產品規例|细胞治疗产品规例/, /暫行|暂行/],
  // APPLIES_TO
  ['ap.en.apply-to', 'APPLIES_TO', 'en', 'The Measures for Cell Therapy Pilots issued by the NHC apply to the Hainan Free Trade Port.', /Cell Therapy Pilots/, /hainan|CN-HI/i],
  ['ap.en.piloted-in', 'APPLIES_TO', 'en', 'The Plan for Regenerative Medicine Trials, issued by the NMPA, will be piloted in the Boao Lecheng International Medical Tourism Pilot Zone.', /Regenerative Medicine Trials/, /boao|lecheng/i],
  ['ap.en.title-region', 'APPLIES_TO', 'en', 'The Guangdong Provincial Health Commission issued the Rules on Cell Therapy in Guangdong Province on Monday.', /Cell Therapy in Guangdong/, /guangdong|CN-GD/i],
  ['ap.en.in-ftz', 'APPLIES_TO', 'en', 'The NMPA issued the Measures for Imported Cell Products, which apply in the China (Shanghai) Pilot Free Trade Zone.', /Imported Cell Products/, /shanghai/i],
  ['ap.zh.shiyong', 'APPLIES_TO', 'zh', '国家卫生健康委印发的《细胞治疗试点办法》适用于海南自由贸易港。', /细胞治疗试点办法/, /hainan|海南/i],
  ['ap.zh.shishi', 'APPLIES_TO', 'zh', '国家药监局印发《再生医学试点方案》，在博鳌乐城国际医疗旅游先行区实施。', /再生医学试点方案/, /boao|乐城/i],
  ['ap.zh.title-region', 'APPLIES_TO', 'zh', '广东省卫生健康委印发《广东省细胞治疗管理办法》。', /广东省细胞治疗管理办法/, /CN-GD|guangdong/i],
  ['ap.zh.xingzheng-quyu', 'APPLIES_TO', 'zh', '国家药监局印发《细胞产品进口管理办法》，该办法适用于中国（上海）自由贸易试验区。', /细胞产品进口管理办法/, /shanghai|上海/i],
  ['ap.hant.shiyong', 'APPLIES_TO', 'zh-Hant', '醫務衞生局公布《細胞治療試行辦法》，適用於香港特別行政區。', /細胞治療試行辦法|细胞治疗试行办法/, /CN-HK|hong-kong|香港/i],
  ['ap.tw.shiyong', 'APPLIES_TO', 'zh-Hant', '衛福部公告「細胞治療試辦計畫」，於臺北市實施。', /細胞治療試辦計畫|细胞治疗试办计划/, /taipei|臺北|台北/i],
];

/** Rows that still fail, each with the reason (not asserted; the map of what is left). */
export const GAPS: Record<string, string> = {
  'is.en.rolled-out': 'a city as the subject and its body named only as the source of the news (", X said"): who issued it is a guess',
  'su.zh.tongshi': '《X》 and 《X（试行）》 on one page get one id (a title known only by its words drops its status note), so the trial text cannot be replaced',
};


/** The classes fixed this session, each with siblings of other sources' wording and a no-match (`null` to: no such fact). */
export type Sibling = [rel: Rel, text: string, from: RegExp, to: RegExp | null];
export const CLASSES: Record<string, Sibling[]> = {
  // A Chinese repeal clause after the replaced title: 不再执行, 同时失效, 废除 (HK), besides 废止 and 停止执行.
  'succession.repealed-after (不再执行, 停止施行, 失效, 作废, 废除, no longer in force)': [
    ['SUPERSEDES', '国家药监局发布《细胞库检查要点》，原《细胞库检查指南》不再执行。', /细胞库检查要点/, /细胞库检查指南/],
    ['SUPERSEDES', '2026年1月，省卫生健康委印发《干细胞临床研究机构管理细则》，2019年印发的《干细胞临床研究机构管理规定》同时失效。', /管理细则/, /管理规定/],
    ['SUPERSEDES', '《細胞治療產品規例》自2026年7月1日起實施，《細胞治療產品管理守則》同時廢除。', /規例|规例/, /守則|守则/],
    ['SUPERSEDES', '市卫健委印发《细胞治疗备案办法》，自2026年3月1日起施行，《细胞治疗登记办法》自本办法施行之日起不再适用。', /备案办法/, /登记办法/],
    ['SUPERSEDES', '国家药监局发布《细胞库检查要点》，请各地继续执行《细胞库检查指南》。', /细胞库检查要点/, null],
    ['SUPERSEDES', '省药监局印发《细胞制剂配制规范》，2018年印发的《细胞制剂配制指引》同时停止施行。', /配制规范/, /配制指引/],
    ['SUPERSEDES', '国家药监局发布《细胞库检查要点》，原《细胞库检查指南》同时作废。', /检查要点/, /检查指南/],
    ['SUPERSEDES', 'The NMPA issued the Rules on Cell Bank Audits on Monday; the Provisions on Cell Bank Inspection are no longer in force.', /Cell Bank Audits/, /Cell Bank Inspection/],
  ],
  // A title led by its kind word "Questions and Answers", "Q&A", "Guidance" in running text, not only after a verb.
  'title.kind-led.en (Questions and Answers, FAQ, Q&A, Points to Consider, Guidance)': [
    ['ISSUED', 'The CDE issued the Guideline on Cell Therapy Trials in 2026. It replaces the Questions and Answers on Cell Therapy Trials issued by the CDE in 2021.', /cde/, /Questions and Answers on Cell Therapy Trials/],
    ['SUPERSEDES', 'The CDE issued the Guideline on Cell Therapy Trials in 2026. It replaces the Questions and Answers on Cell Therapy Trials issued by the CDE in 2021.', /Guideline on Cell Therapy Trials/, /Questions and Answers/],
    ['ISSUED', 'Sponsors should follow the Q&A on Potency Assays for CAR-T Products published by the CDE in March 2025.', /cde/, /Potency Assays/],
    ['ISSUED', 'Firms must file under the Guidance on Post-Approval Changes of Gene Therapy Products released by the NMPA last year.', /nmpa/, /Post-Approval Changes/],
    ['ISSUED', 'The CDE answered questions and gave guidance on cell therapy trials at the meeting.', /cde/, null],
    ['ISSUED', 'Sponsors should read the Frequently Asked Questions on Cell Therapy INDs published by the CDE in 2025.', /cde/, /Frequently Asked Questions/],
    ['ISSUED', 'The CDE released the Guideline on Gene Therapy in 2026 and kept the Points to Consider for Vector Shedding issued by the CDE in 2022.', /cde/, /Points to Consider/],
  ],
  // An unquoted English title ends at "and" before a lower-case word ("… Resources and obtain approval") and at "at a …".
  'title.end.en (and + lower case, at a)': [
    ['ISSUED', 'The NHC issued the Rules on Human Tissue Banks and asked hospitals to report by June.', /nhc/, /\| Rules on Human Tissue Banks \|/],
    ['ISSUED', 'The State Council promulgated the Regulations on Human Genetic Resources and ordered ministries to enforce them.', /state-council/, /\| Regulations on Human Genetic Resources \|/],
    ['ISSUED', 'The NMPA released the Guideline for Cell Product Stability at a press briefing in Beijing on Friday.', /nmpa/, /\| Guideline for Cell Product Stability \|/],
    ['ISSUED', 'The Hubei Provincial Health Commission released the Measures for Cell Therapy Clinical Research after talks with the Wuhan Municipal Health Commission.', /cn-hb|hubei/i, /\| Measures for Cell Therapy Clinical Research \|/],
    ['ISSUED', 'Shandong Provincial Health Commission printed and distributed the Implementation Plan for Cell Therapy Pilots and requested all cities to carry it out.', /shandong|CN-SD/i, /\| Implementation Plan for Cell Therapy Pilots \|/],
    ['ISSUED', 'The NHC issued the Measures for Research and Development of Cell Products on Monday.', /nhc/, /\| Measures for Research and Development of Cell Products \|/],
    ['ISSUED', 'Officials discussed the Rules on Human Tissue Banks and agreed on a timetable.', /.+/, null],
  ],
  // A body a speaker asks or urges to issue a text (建议甲尽快出台《X》) has not issued it.
  'frame.issue not done: asked or urged (zh)': [
    ['ISSUED', '专家建议国家药监局尽快出台《细胞库检查要点》。', /.+/, null],
    ['ISSUED', '多位代表呼吁国家卫生健康委出台《干细胞治疗收费指南》。', /.+/, null],
    ['ISSUED', '业内人士希望省药监局早日发布《细胞制剂备案办法》。', /.+/, null],
    ['ISSUED', '立委要求衛福部儘速訂定「細胞治療收費標準」。', /.+/, null],
    ['ISSUED', '应专家建议，国家药监局于2026年3月发布了《细胞库检查要点》。', /nmpa/, /细胞库检查要点/],
    ['ISSUED', '2026年5月，根据代表建议，广东省卫生健康委印发《细胞治疗收费指南》。', /cn-gd/, /细胞治疗收费指南/],
    ['ISSUED', '代表建议，国家药监局应加快制定《细胞治疗收费指南》。', /.+/, null],
    ['ISSUED', '他呼吁，由国家卫健委牵头出台《干细胞临床研究促进办法》。', /.+/, null],
  ],
  // A relative clause after an English title whose agent's name holds its article ("which the State Council promulgated").
  'issue.relative-which.en (the State Council)': [
    ['ISSUED', 'The Notice builds on the Regulations on Cell Research, which the State Council promulgated in 2025, and on older rules.', /state-council/, /Regulations on Cell Research/],
    ['ISSUED', 'Hospitals must follow the Rules on Biobank Ethics that the State Council adopted last year.', /state-council/, /Biobank Ethics/],
    ['ISSUED', 'The Plan for Health Data Sharing, which the State Council approved in March 2026, covers twelve cities.', /state-council/, /Health Data Sharing/],
    ['ISSUED', 'Under the Law on Biosecurity, which the NPC Standing Committee passed in 2020, labs must register.', /npc/i, /Law on Biosecurity/],
    ['ISSUED', 'The Regulations on Cell Research, which the State Council discussed in 2025, remain a draft.', /.+/, null],
  ],
  // A text news names by its kind word alone, then who put it out ("according to a notice issued by the NHC on Monday").
  'title.kind-by-agent.en (a notice issued by X)': [
    ['ISSUED', 'Hospitals must register each trial, according to a notice issued by the National Health Commission on Monday.', /nhc/, /notice/],
    ['ISSUED', 'Under a circular jointly released by the NHC and the NMPA last week, hospitals must file cell products.', /nmpa/, /circular/],
    ['ISSUED', 'Firms welcomed a guideline published by the Shanghai Municipal Health Commission on Friday.', /cn-sh/, /guideline/],
    ['ISSUED', 'According to the notice which was issued by Guangdong Provincial Medical Products Administration, enterprises shall apply before June.', /cn-gd/, /notice/],
    ['ISSUED', 'Under a notice jointly released by the Shanghai Municipal Health Commission and the Shanghai Municipal Medical Products Administration, Ruijin Hospital and Zhongshan Hospital may prepare CAR-T cells.', /ruijin|zhongshan/i, null],
    ['ISSUED', "Under a notice released on Friday by the city's health commission, clinics must stop the infusions.", /.+/, null],
    ['ISSUED', 'Clinics must close their cell labs under new rules published by the NMPA on Tuesday.', /nmpa/, /rules/],
    ['ISSUED', 'Hospitals file each trial online, according to guidelines released by the National Health Commission in March.', /nhc/, /guidelines/],
  ],
  // Taiwan laws named bare before what only an act takes (經總統公布, 自D施行), and an order named by its number (以…字第N號令).
  'title.bare-act.zh, title.numbered-order.zh': [
    ['ISSUED', '立委指出，再生醫療法於去年6月19日經總統公布，醫院須重新申請。', /president/, /再生医疗法|再生醫療法/],
    ['ISSUED', '衛福部指出，人工生殖法已於2025年5月經總統公布，明年施行。', /president/, /人工生殖法/],
    ['ISSUED', '立法院三讀後，細胞治療促進條例於115年1月8日經總統公布施行。', /president/, /细胞治疗促进条例|細胞治療促進條例/],
    ['ISSUED', '行政院以院臺衛字第1151050001號令，定「細胞治療促進條例」自116年1月1日施行。', /executive|authorities|cn-tw/, /院台卫字第1151050001号令|院臺衛字/],
    ['ISSUED', '衛生福利部以衛部醫字第1141668001號令修正發布「細胞治療技術管理辦法」。', /mohw/, /细胞治疗技术管理办法|細胞治療技術管理辦法/],
    ['ISSUED', '總統於115年6月10日以華總一義字第11500012345號令公布「細胞治療管理法」。', /president/, /细胞治疗管理法|細胞治療管理法/],
    ['ISSUED', '行政院以院臺衛字第1151050001號函復立法院。', /.+/, null],
    ['ISSUED', '專家指出，新法施行後將有更多細胞療法上市。', /.+/, null],
  ],
  // Taiwan's approval of a hospital's cell therapy plan: 核准甲醫院(依《X》)執行「Y」 — a licence for Y, issued by the body before 核准.
  'grant.approve-practice.zh': [
    ['ISSUED', '〔中央社記者／彰化報導〕衛福部日前核准彰化基督教醫院依《特定醫療技術檢查檢驗醫療儀器施行或使用管理辦法》執行「自然殺手細胞治療」。', /mohw/, /自然杀手细胞治疗|自然殺手細胞治療/],
    ['ISSUED', '衛福部核准臺大醫院執行「CAR-T細胞治療」計畫，收費由院方自訂。', /mohw/, /CAR-T/],
    ['ISSUED', '衛福部已核准高雄長庚醫院施行「自體脂肪幹細胞治療」計畫。', /mohw/, /自体脂肪干细胞治疗|自體脂肪幹細胞治療/],
    ['ISSUED', '衛生福利部近日核准林口長庚醫院依特管辦法執行「自體CIK細胞治療」。', /mohw/, /CIK/],
    ['ISSUED', '醫院表示將申請衛福部核准，執行「自體CIK細胞治療」。', /.+/, null],
  ],
  // A proposal named first, its member after 由 (《关于X的提案》由委员甲提出).
  'frame.propose.passive.zh': [
    ['PROPOSED', '《关于完善干细胞临床转化机制的提案》由全国政协委员陈静提出。', /陈静|chen-jing/i, /完善干细胞临床转化/],
    ['PROPOSED', '《關於推動細胞治療發展的提案》由全國政協委員黃立文等3名委員聯名提交。', /huang-liwen|黄立文|黃立文/i, /推动细胞治疗|推動細胞治療/],
    ['PROPOSED', '今年两会期间，《关于加快细胞治疗审批的建议》由全国人大代表李明提出。', /li-ming|李明/i, /加快细胞治疗审批/],
    ['PROPOSED', '《关于支持再生医学产业的议案》是由省人大代表王芳领衔提出的。', /wang-fang|王芳/i, /支持再生医学产业/],
    ['PROPOSED', '《关于某事的通知》由全国政协委员陈静转发。', /.+/, null],
  ],
  // 策略 (a strategy, as Hong Kong names its plans) heads a Chinese title.
  'policies.ts ZH_HEADS 策略': [
    ['ISSUED', '醫務衞生局今日發表《醫療創新策略》，推動細胞治療發展。', /hk/i, /医疗创新策略|醫療創新策略/],
    ['ISSUED', '創新科技及工業局公布《香港創新科技發展策略》。', /hk/i, /创新科技发展策略|創新科技發展策略/],
    ['ISSUED', '国家药监局印发《药品监管科学发展策略》。', /nmpa/, /药品监管科学发展策略/],
    ['ISSUED', '專家討論《醫療創新策略》的成效。', /.+/, null],
  ],
  // A body's proposal in English ("The Jiusan Society Central Committee put forward a proposal on X"), as in Chinese.
  'frame.propose.body.en': [
    ['PROPOSED', 'The Jiusan Society Central Committee put forward a proposal on developing regenerative medicine.', /jiusan/i, /regenerative medicine/],
    ['PROPOSED', 'The China Democratic League Central Committee has submitted a proposal calling for a national cell bank.', /cdl|democratic-league/i, /national cell bank/],
    ['PROPOSED', 'The Central Committee of the China Zhi Gong Party on Monday tabled a proposal to expand cell therapy pilots in Hainan.', /zhigong|zhi-gong/i, /cell therapy pilots/],
    ['PROPOSED', 'The Jiusan Society Central Committee welcomed a proposal on regenerative medicine.', /.+/, null],
  ],
  // A passive with what the text was put out as ("issued as a government policy document by X"), and a replaced text named
  // with its place's possessive ("supersede the province's 2022 Several Opinions on …").
  'issue.passive-by.en as-phrase, succession "the province’s"': [
    ['ISSUED', "The Rules on Cell Banks replace the city's 2019 Measures for Cell Storage, which were issued as an interim document by the Shenzhen Municipal Health Commission.", /cn-440300|shenzhen/i, /Measures for Cell Storage/],
    ['SUPERSEDES', "The Rules on Cell Banks replace the city's 2019 Measures for Cell Storage, which were issued as an interim document by the Shenzhen Municipal Health Commission.", /Rules on Cell Banks/, /Measures for Cell Storage/],
    ['ISSUED', 'The Guideline on Donor Screening was issued as a trial text by the CDE in 2025.', /cde/, /Donor Screening/],
    ['SUPERSEDES', "The NHC issued the Measures for Tissue Banks in 2026. The new Measures supersede the ministry's 2020 Provisions on Tissue Banks.", /Measures for Tissue Banks/, /Provisions on Tissue Banks/],
    ['ISSUED', 'The Guideline on Donor Screening was praised as a model document by the CDE.', /.+/, null],
  ],
  // "X won U.S. FDA approval", "received NMPA approval", "gained conditional NMPA approval": the product before the verb,
  // the regulator before "approval".
  'grant.won-approval.en': [
    ["ISSUED", "Brightgene's Corvalen won U.S. Food and Drug Administration approval for sickle cell disease in March 2024.", /us\/fda/, /Corvalen/],
    ['ISSUED', 'Norcel received NMPA approval for its CAR-T therapy in March 2025.', /nmpa/, /Norcel/],
    ['ISSUED', 'Zentacel has received conditional NMPA approval, the company said on Monday.', /nmpa/, /Zentacel/],
    ['ISSUED', 'Last year Tavocel gained FDA approval for lymphoma.', /us\/fda/, /Tavocel/],
    ['ISSUED', 'Ardecel, which edits the same gene, won European Medicines Agency approval in 2025.', /ema/i, /Ardecel/],
    ['ISSUED', 'The firm won praise for its approval strategy.', /.+/, null],
  ],
  // A product named by its brand in quotes (「X」, “X”, a head word after it or not) before 获/獲…批准 or 核准, whatever
  // describes it before the quotes, and the day words of news (昨日, 今日, 上周) between it and the verb (session 16, AI h302).
  'grant.approve.passive.zh quoted brand': [
    ['ISSUED', '本港首款治療地中海貧血的基因療法「安健素」（Ventacel），上週獲藥劑業及毒藥管理局批准註冊。', /pharmacy-and-poisons/, /安健素/],
    ['ISSUED', '记者了解到，基因治疗药物“瑞安达”今日获国家药监局批准上市。', /nmpa/, /瑞安达/],
    ['ISSUED', '「歐康寧」細胞療法上週獲衛福部核准上市。', /mohw/, /欧康宁|歐康寧/],
    ['ISSUED', '恒康生物的CAR-T产品「康赛达」本周获得国家药品监督管理局附条件批准上市。', /nmpa/, /康赛达/],
    ['ISSUED', '「安健素」（Ventacel）昨日向藥劑業及毒藥管理局申請在港註冊。', /.+/, null],
    ['ISSUED', '「健康香港」計劃昨日獲立法會通過。', /.+/, null],
    ['ISSUED', '「長者牙科」計劃昨日獲立法會財務委員會批准撥款，明年推行。', /.+/, null],
  ],
  // A spun repost's 印刷发放 / 印制发放 for 印发, in every voice the verb list serves (session 16, AJ h313).
  'issue verbs 印刷发放 (spun reposts)': [
    ['ISSUED', '近日，绍兴市人民政府办公室印刷发放《绍兴市细胞治疗产业三年行动计划》。', /shaoxing|330600/i, /细胞治疗产业三年行动计划/],
    ['ISSUED', '日前，湖州市卫生健康委员会印制发放了《湖州市干细胞临床研究管理办法》。', /huzhou|330500/i, /干细胞临床研究管理办法/],
    ['ISSUED', '《嘉兴市细胞产业扶持政策》已由嘉兴市人民政府办公室印刷发放。', /jiaxing|330400/i, /细胞产业扶持政策/],
    ['ISSUED', '根据温州市人民政府印刷发放的《温州市生物医药产业规划》，企业可以申请补助。', /wenzhou|330300/i, /生物医药产业规划/],
    ['ISSUED', '社区工作人员向居民印刷发放《细胞治疗科普手册》。', /.+/, null],
  ],
  // The bodies an English text was issued with, named after its title: "jointly with B", "in conjunction with B and C",
  // ", a document it co-signed with B" (session 16, AJ h312).
  'issue.co-issuers-after.en': [
    ['ISSUED', 'The NHC published the Rules on Cell Banks, a document it co-signed with the NMPA.', /nmpa/, /Rules on Cell Banks/],
    ['ISSUED', 'On 3 March 2026, the Zhejiang Provincial Health Commission issued the Measures on Cell Therapy Pilots (the "Zhejiang Measures") in conjunction with the Zhejiang Medical Products Administration and the Zhejiang Provincial Department of Science and Technology.', /cn-zj\/science|science-and-technology/i, /Cell Therapy Pilots/],
    ['ISSUED', 'The Ministry of Science and Technology released the Guideline on Organoid Research jointly with the National Health Commission on Friday.', /nhc/, /^[^|]*\| Guideline on Organoid Research \|/],
    ['ISSUED', 'The Beijing Municipal Health Commission has issued the Plan for Cell Therapy Wards together with the Beijing Municipal Medical Products Administration.', /cn-bj\/medical-products|medical-products/, /Cell Therapy Wards/],
    ['ISSUED', 'The NHC issued the Rules on Cell Banks, a document it discussed with the NMPA for a year.', /nmpa/, null],
    ['ISSUED', 'The Anhui Provincial Health Commission released the Action Plan for Regenerative Medicine on Friday, along with the Anhui Provincial Department of Finance.', /finance/i, /Regenerative Medicine/],
  ],
  // A text news names by its kind word, in the active lead: "The NHC on Monday issued a notice requiring …" (review F7).
  'title.kind-by-agent-active.en': [
    ['ISSUED', 'The National Health Commission on Monday issued a notice requiring hospitals to register every stem cell trial.', /nhc/, /notice/],
    ['ISSUED', 'BEIJING, May 20 (Xinhua) -- The National Medical Products Administration has released new guidelines calling for stricter checks on cell banks.', /nmpa/, /guidelines/],
    ['ISSUED', 'The Shanghai Municipal Health Commission issued a circular on strengthening the oversight of cell therapy clinics last week.', /cn-sh/, /circular/],
    ['ISSUED', 'The NHC and the NMPA on Friday jointly issued a notice ordering clinics to stop unapproved stem cell infusions.', /nmpa/, /notice/],
    ['ISSUED', 'Acme Bio issued a notice requiring staff to wear masks.', /.+/, null],
  ],
  // The proposal named first, its member in a cleft (是委员甲在两会上提交的) or after the kind noun said again (题为《…建议》的建议由…)
  // (review F14).
  'frame.propose.passive.zh cleft and repeated kind': [
    ['PROPOSED', '《关于加快细胞治疗产业发展的提案》是全国政协委员李华在今年两会上提交的。', /李华|li-hua/i, /加快细胞治疗产业发展/],
    ['PROPOSED', '这份题为《关于完善干细胞监管的建议》的建议由省人大代表王芳领衔提出。', /王芳|wang-fang/i, /完善干细胞监管/],
    ['PROPOSED', '《關於設立細胞治療專項基金的提案》是全國政協委員陳明於三月提交的。', /陈明|陳明|chen-ming/i, /细胞治疗专项基金|細胞治療專項基金/],
    ['PROPOSED', '《关于支持基因治疗临床转化的议案》系市人大代表赵刚在会上提出的。', /赵刚|zhao-gang/i, /基因治疗临床转化/],
    ['PROPOSED', '这份《关于建设国家级干细胞资源库的提案》，由全国政协委员陈明在今年两会上提交，建议统一干细胞储存标准。', /陈明|chen-ming/i, /国家级干细胞资源库/],
    ['PROPOSED', '《关于推动再生医学发展的提案》是全国政协委员李华最关心的问题。', /.+/, null],
    ['PROPOSED', '《关于完善干细胞监管的建议》由市卫健委主任李明答复。', /.+/, null],
  ],
  // A record's issuer field written as prose after the title: 发布单位为X, 发文单位是X, 發布機關為X, 的制定单位为X和Y (GAPS
  // is.zh.issuer-last, session 16).
  'issue.issuer-field-after.zh': [
    ['ISSUED', '《上海市细胞治疗临床研究管理办法》已于3月1日施行，发文单位是上海市卫生健康委员会。', /cn-sh/, /细胞治疗临床研究管理办法/],
    ['ISSUED', '《細胞治療技術管理辦法》昨日公布，發布機關為衛生福利部。', /mohw/, /细胞治疗技术管理办法|細胞治療技術管理辦法/],
    ['ISSUED', '《干细胞制剂质量控制规范》的制定单位为国家药监局和国家卫生健康委。', /nhc/, /干细胞制剂质量控制规范/],
    ['ISSUED', '《细胞治疗产品生产质量管理指南》近日发布，发布单位为国家药监局核查中心。', /nmpa/, /生产质量管理指南/],
    ['ISSUED', '《细胞库检查要点》的解读单位为国家药监局。', /.+/, null],
    ['ISSUED', '《细胞库检查要点》发布后，执行单位为国家药监局核查中心。', /.+/, null],
  ],
  // English licences where news names the product: a passive with what it was approved for ("approved for registration in
  // Hong Kong by X"), a quoted brand before "received approval from X", the maker's pronoun and the product after "approval
  // for its …" (session 16, review R1's English siblings).
  'grant English: the product where news names it': [
    ['ISSUED', 'Novagen-7 was approved for registration in Hong Kong by the Pharmacy and Poisons Board.', /pharmacy-and-poisons/, /Novagen-7/],
    ['ISSUED', 'Zentacel was approved for marketing by the NMPA on Monday.', /nmpa/, /Zentacel/],
    ['ISSUED', 'The CAR-T therapy "Kangsaida" received conditional approval from the NMPA on Monday.', /nmpa/, /Kangsaida/],
    ['ISSUED', 'Acme Bio said it has obtained NMPA approval for its CAR-T therapy AB-12.', /nmpa/, /AB-12/],
    ['ISSUED', 'Hengkang said it received FDA approval for its gene therapy Lumavec in March.', /fda/, /Lumavec/],
    ['ISSUED', 'The hospital said it has obtained NMPA approval for its new research building.', /.+/, null],
    ['ISSUED', 'Acme Bio was approved for listing on the STAR Market by the Shanghai Stock Exchange.', /.+/, null],
    ['ISSUED', 'Enterprises whose cell therapy products are approved for marketing by the NMPA will receive a reward.', /.+/, null],
  ],
  // The wire lead with the text first and its body after the comma: "In a notice released on Monday, the X said …" (review
  // F7's agent-after form).
  'title.kind-then-agent.en': [
    ['ISSUED', 'In a notice released on its website on Monday, the Beijing Municipal Health Commission said clinics must stop the infusions.', /cn-bj/, /notice/],
    ['ISSUED', 'In a circular issued on Friday, the National Medical Products Administration ordered hospitals to suspend the trials.', /nmpa/, /circular/],
    ['ISSUED', 'In new guidelines published this week, the National Health Commission asked provinces to register every stem cell bank.', /nhc/, /guidelines/],
    ['ISSUED', 'In a joint notice released yesterday, the NHC and the NMPA said hospitals must file cell products online.', /nmpa/, /notice/],
    ['ISSUED', 'In a statement released on Monday, the NMPA said it would speed up reviews.', /.+/, null],
    ['ISSUED', 'In a notice released on Monday, experts said the rules were too strict.', /.+/, null],
  ],
  // A single place after an apply or pilot verb that follows an English title (the Chinese 在X实施 already counted).
  'frame.applies-to verb-led place (en)': [
    ['APPLIES_TO', 'The Plan for Regenerative Medicine Trials, issued by the NMPA, will be piloted in the Boao Lecheng International Medical Tourism Pilot Zone.', /Regenerative Medicine Trials/, /boao|lecheng/i],
    ['APPLIES_TO', 'The NMPA issued the Measures for Imported Cell Products, which apply in the China (Shanghai) Pilot Free Trade Zone.', /Imported Cell Products/, /ftz\/shanghai/],
    ['APPLIES_TO', 'Under the Rules on Cell Therapy Filing released by the NHC on Monday, which apply to the Guangdong-Hong Kong-Macao Greater Bay Area, hospitals file online.', /Cell Therapy Filing/, /greater-bay|gba/i],
    ['APPLIES_TO', 'The Work Plan for Stem Cell Services, issued by the State Council, is first being implemented in Hainan.', /Stem Cell Services/, /CN-HI/],
    ['APPLIES_TO', 'The NMPA issued the Measures for Imported Cell Products at a forum in the China (Shanghai) Pilot Free Trade Zone.', /Imported Cell Products/, null],
  ],
};

/** Does the text state the sibling's fact (or, with `to` null, no such fact from `from`)? */
export const siblingHolds = ([rel, text, from, to]: Sibling): boolean => {
  const d = extractText(doc(text));
  const byId = new Map(d.entities.map((e) => [e.id, e]));
  const hits = d.relations.filter((r) => r.type === rel && from.test(names(byId.get(r.from))));
  return to === null ? hits.length === 0 || (rel === 'APPLIES_TO' && hits.every((r) => r.to === 'region:CN')) : hits.some((r) => to.test(names(byId.get(r.to))));
};
