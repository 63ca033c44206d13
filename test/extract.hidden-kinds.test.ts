// Classes of text met on the hidden set's kinds of page (Hong Kong and Taiwan items in Traditional Chinese, provincial
// notices with tables, lists of texts and licences in the news), each on texts written for this test in two wordings.
import { describe, expect, it } from 'vitest';
import { extractText } from '../loaders/index.ts';
import type { DocumentFacts } from '../loaders/types.ts';
import { toSimplified } from '../loaders/read/script.ts';
import { findDates, publishedDate } from '../loaders/extract/dates.ts';

const x = (text: string, publishedOn?: string): DocumentFacts =>
  extractText({
    path: '/tmp/t.txt', name: 't.txt', sha256: '0', text, title: 't',
    language: /\p{Script=Han}/u.test(text) ? (toSimplified(text) !== text ? 'zh-Hant' : 'zh-Hans') : 'en',
    ...(publishedOn ? { publishedOn } : {}),
  });
const ids = (d: DocumentFacts, label: string): string[] => d.entities.filter((e) => e.label === label).map((e) => e.id);
const names = (d: DocumentFacts, label: string): string[] => d.entities.filter((e) => e.label === label).map((e) => e.name);
/** The relations of one type, and the name of an entity by id: what the local helpers below read. */
const relsOf = (d: DocumentFacts, type: string): DocumentFacts['relations'] => d.relations.filter((r) => r.type === type);
const nameOf = (d: DocumentFacts, id: string): string | undefined => d.entities.find((e) => e.id === id)?.name;
/** MEMBER_OF pairs as [person, body] names, and as ids. */
const members = (d: DocumentFacts) => relsOf(d, 'MEMBER_OF').map((r) => [nameOf(d, r.from), nameOf(d, r.to)]);
const memberIds = (d: DocumentFacts) => relsOf(d, 'MEMBER_OF').map((r) => [r.from, r.to]);

describe('a body named alike in Hong Kong and Taiwan is the one of the place the page names', () => {
  it('衞生署 on a Hong Kong page is its Department of Health, even before the page names Hong Kong', () => {
    const a = x('衞生署今日呼籲市民切勿購買來歷不明的細胞注射劑。發言人指出，違者可被檢控。\n醫務衞生局表示會加強巡查。');
    expect(ids(a, 'Agency')).toContain('agency:cn-hk/department-of-health');
    expect(ids(a, 'Agency')).not.toContain('agency:cn-tw/department-of-health');
    const b = x('本港一間診所涉嫌非法注射幹細胞，衛生署已將個案轉介香港警方跟進。');
    expect(ids(b, 'Agency')).toContain('agency:cn-hk/department-of-health');
  });

  it('衛生署 on a Taiwan page is the Executive Yuan\'s former department', () => {
    const a = x('2010年，衛生署公告細胞治療技術的人體試驗規範。台灣的醫院須依規定申請。', '2010-05-01');
    expect(ids(a, 'Agency')).toContain('agency:cn-tw/department-of-health');
    expect(ids(a, 'Agency')).not.toContain('agency:cn-hk/department-of-health');
  });
});

describe('a table row names bodies by a bare 省/市 prefix', () => {
  it('省经济和信息化厅 in a cell is the province of the page\'s notice; 市卫生健康委 the city', () => {
    const a = x('湖南省科学技术厅关于印发《湖南省细胞治疗产业行动计划》的通知\n| 序号 | 任务 | 牵头单位 |\n| 1 | 培育企业 | 省经济和信息化厅 |');
    expect(ids(a, 'Agency')).toContain('agency:cn-hn/economy-information-technology');
    const b = x('长沙市人民政府办公厅印发工作要点。\n| 2 | 建设平台 | 市卫生健康委 | 市科技局 |');
    expect(ids(b, 'Agency')).toEqual(expect.arrayContaining(['agency:cn-430100/health-commission', 'agency:cn-430100/science-technology']));
  });
});

describe('texts listed after 如 / 包括, and a permit given 向 a company', () => {
  it('the subject of 发布了多项…，如《A》《B》 issued every title of the list', () => {
    const a = x('2023年以来，国家药监局药品审评中心发布了多项基因治疗技术文件，如《甲类产品药学研究指导原则》《乙类产品非临床研究指导原则》等。');
    const titles = a.entities.filter((e) => e.label === 'Policy');
    expect(titles).toHaveLength(2);
    for (const p of titles) expect(a.relations.some((r) => r.type === 'ISSUED' && r.from === 'agency:cn/nmpa/cde' && r.to === p.id), p.name).toBe(true);
    expect(a.relations.find((r) => r.type === 'ISSUED' && r.to === titles[0]!.id)?.rules).toContain('issue.listed-after-verb.zh');
    const b = x('近日，上海市卫生健康委员会出台了一系列配套文件，包括《丙项目备案细则》、《丁机构评估办法》。');
    for (const p of b.entities.filter((e) => e.label === 'Policy')) expect(b.relations.some((r) => r.type === 'ISSUED' && r.from === 'agency:cn-sh/health-commission' && r.to === p.id), p.name).toBe(true);
  });

  it('a list of texts someone cites is not issued by them', () => {
    const a = x('国家卫生健康委员会专家提出了多项建议，如《戊办法》的修订。');
    expect(a.relations.filter((r) => r.type === 'ISSUED')).toHaveLength(0);
  });

  it('该局向甲公司核发《许可证》: the paragraph\'s regulator issues it, the company receives it', () => {
    const a = x('江苏省药品监督管理局持续优化审批服务。今年5月，该局向苏州某某细胞科技有限公司核发了《药品生产许可证》。');
    const lic = a.entities.find((e) => e.label === 'License')!;
    expect(a.relations.filter((r) => r.type === 'ISSUED' && r.to === lic.id).map((r) => r.from)).toEqual(['agency:cn-js/medical-products']);
    const b = x('2021年3月，浙江省药品监督管理局向杭州某某生物有限公司颁发《药品生产许可证》。');
    const lb = b.entities.find((e) => e.label === 'License')!;
    expect(b.relations.filter((r) => r.type === 'ISSUED' && r.to === lb.id).map((r) => r.from)).toEqual(['agency:cn-zj/medical-products']);
  });
});

describe("a legislature's committee named after it", () => {
  it('立法會衞生事務委員會 and 立法院社會福利及衛生環境委員會 are bodies of their legislatures', () => {
    const a = x('醫務衞生局局長在立法會衞生事務委員會會議上介紹新措施。');
    const panel = a.entities.find((e) => e.label === 'Agency' && [e.name, ...(e.aliases ?? [])].some((n) => /卫生事务委员会/.test(n)));
    expect(panel?.id).toMatch(/^agency:cn-hk\/legislative-council\//);
    expect(a.relations.some((r) => r.type === 'PART_OF' && r.from === panel!.id && r.to === 'agency:cn-hk/legislative-council')).toBe(true);
    const b = x('草案經立法院社會福利及衛生環境委員會初審通過，送交院會。');
    const committee = b.entities.find((e) => e.label === 'Agency' && /社会福利及卫生环境委员会/.test(e.name));
    expect(committee?.id).toMatch(/^agency:cn-tw\/legislative-yuan\//);
  });
});

describe('today and yesterday in a dated news item', () => {
  it('今天 is the page\'s day, 昨日 the day before; "today" in English too', () => {
    const a = x('立法院會今天三讀通過「細胞治療發展條例」。', '2024-05-21');
    const p = a.entities.find((e) => e.label === 'Policy');
    expect(a.relations.find((r) => r.type === 'ISSUED' && r.to === p!.id)?.date).toBe('2024-05-21');
    const b = x('昨日，湖北省药品监督管理局印发《湖北省细胞治疗产品生产检查指南》。', '2024-03-01');
    expect(b.relations.find((r) => r.type === 'ISSUED')?.date).toBe('2024-02-29');
    const c = x('The Legislative Council today passed the Medical Devices Bill.', '2025-01-08');
    expect(c.relations.find((r) => r.type === 'ISSUED')?.date).toBe('2025-01-08');
  });

  it('a page with only a month keeps the month', () => {
    const a = x('立法院會今天三讀通過「細胞治療發展條例」。', '2024-05');
    expect(a.relations.find((r) => r.type === 'ISSUED')?.date).toBe('2024-05');
  });
});

describe('approvals listed after "the following products:"', () => {
  it('one licence per listed product, issued by the approving body on the lead\'s date (English, numbered lines)', () => {
    const a = x('On 3 March 2025, the NMPA approved the marketing applications of the following two products:\n1. Xelacel Injection (trade name: Alpha), applied by Beta Bio Co., Ltd., for lymphoma.\n2. Norvacel Injection, applied by Gamma Cell Ltd.\nBoth are CAR-T products.');
    const lic = a.entities.filter((e) => e.label === 'License');
    expect(lic.map((l) => l.name).sort()).toEqual(['approval of Norvacel Injection', 'approval of Xelacel Injection']);
    for (const l of lic) expect(a.relations.find((r) => r.type === 'ISSUED' && r.to === l.id && r.from === 'agency:cn/nmpa')?.date, l.name).toBe('2025-03-03');
  });

  it('Chinese: 国家药监局批准以下产品上市： and items led by 1、2、', () => {
    const a = x('2024年6月5日，国家药监局附条件批准以下两个产品上市：\n1、甲乙注射液（商品名：丙），用于治疗淋巴瘤。\n2、丁戊注射液，用于治疗骨髓瘤。\n两款产品均为细胞治疗产品。');
    const lic = a.entities.filter((e) => e.label === 'License');
    expect(lic.map((l) => l.name).sort()).toEqual(['丁戊注射液批准上市', '甲乙注射液批准上市']);
    for (const l of lic) expect(a.relations.find((r) => r.type === 'ISSUED' && r.to === l.id && r.from === 'agency:cn/nmpa')?.date, l.name).toBe('2024-06-05');
  });

  it('a list after a lead that approves nothing makes no licence', () => {
    const a = x('The NMPA rejected the following products:\n1. Xelacel Injection, applied by Beta Bio Co., Ltd.');
    expect(a.entities.filter((e) => e.label === 'License')).toHaveLength(0);
  });
});

describe('companies named with Ltd. or Limited alone', () => {
  it('"X Cell Therapy Ltd." and "X Holdings Limited" are companies', () => {
    const a = x('The application was submitted by Orvana Cell Therapy Ltd., a Tianjin firm.');
    expect(a.entities.find((e) => e.label === 'Organization')?.name).toBe('Orvana Cell Therapy Ltd.');
    const b = x('After the approval, Kestrel Gene Medicine Limited said its shares rose.');
    expect(b.entities.find((e) => e.label === 'Organization')?.name).toBe('Kestrel Gene Medicine Limited');
  });
});

describe('persons after posts in Hong Kong and Taiwan items', () => {
  const member = (d: DocumentFacts, body: string): string[] => d.relations.filter((r) => r.type === 'MEMBER_OF' && r.to === body).map((r) => r.from);

  it('部長 written on a ministry\'s name (衛生福利部長X) is its head; a name followed by 則/會後 is still a name', () => {
    const a = x('衛生福利部長邱泰源會後表示，子法將在半年內完成。');
    expect(member(a, 'agency:cn-tw/mohw')).toHaveLength(1);
    const c = x('全国政协委员、某某医院副院长王建国带来了关于完善细胞治疗收费政策的提案。', '2025-03-05');
    expect(c.relations.filter((r) => r.type === 'PROPOSED')).toHaveLength(1);
    expect(x('该中心主任曾多次建议加强监管。').entities.filter((e) => e.label === 'Person')).toHaveLength(0);
    const b = x('外交部長林佳龍則指出，雙方將加強合作。');
    expect(b.entities.filter((e) => e.label === 'Person')).toHaveLength(1);
  });

  it('a professor of a known university\'s school is a member of the university, and the school is no organisation of its own', () => {
    const a = x('全國政協委員、香港中文大學醫學院教授陳志強則提出，應擴大政策範圍。');
    expect(member(a, 'org:cuhk')).toHaveLength(1);
    expect(a.entities.filter((e) => e.label === 'Organization').map((e) => e.id)).toEqual(['org:cuhk']);
  });

  // Session 9 (h57, h102): a faculty with a name of its own is an organisation of its own, beside its university.
  it('a professor of a named faculty (李嘉誠醫學院) is a member of the faculty; the university is named too', () => {
    const b = x('香港大學李嘉誠醫學院教授王小明表示，研究已完成。');
    expect(member(b, 'org:hku-medicine')).toHaveLength(1);
    expect(b.entities.filter((e) => e.label === 'Organization').map((e) => e.id)).toEqual(['org:hku', 'org:hku-medicine']);
  });
});

describe("a member's suggestion stated in a sentence", () => {
  const proposals = (d: DocumentFacts): string[] => d.entities.filter((e) => e.label === 'Proposal').map((e) => e.name);

  it('今年提交提案，建议X，让Y: the proposal is X (no time word before it, no purpose clause after it)', () => {
    const a = x('全國政協委員王小明今年提交提案，建議在前海設立細胞治療產業園，讓更多企業落戶。', '2025-03-05');
    expect(proposals(a)).toEqual(['在前海设立细胞治疗产业园的建议']);
    const b = x('全国人大代表李华近日提交建议，在长三角建设干细胞资源库，使研究机构共享样本。', '2024-03-08');
    expect(proposals(b)).toEqual(['在长三角建设干细胞资源库的建议']);
  });

  it('X则提出，应…: a member who says what should be done proposes it', () => {
    const a = x('另一位全國政協委員陳大文則提出，應把基因治療納入醫保目錄。', '2025-03-06');
    expect(proposals(a)).toEqual(['把基因治疗纳入医保目录的建议']);
    expect(a.relations.some((r) => r.type === 'PROPOSED')).toBe(true);
    const b = x('全国政协委员张明提出，当前细胞治疗发展迅速。', '2025-03-06');
    expect(proposals(b)).toEqual([]);
  });
});

describe('a spun English repost', () => {
  it("agency names with a spinner's synonyms are the agencies (Well being Fee = Health Commission, Merchandise = Products)", () => {
    const a = x("The Nationwide Well being Fee and the Nationwide Medical Merchandise Administration collectively launched new guidelines for cell remedies.");
    expect(ids(a, 'Agency').sort()).toEqual(['agency:cn/nhc', 'agency:cn/nmpa']);
    const b = x("The Sichuan Provincial Wellness Fee and the Chengdu Municipal Folks's Authorities signed an agreement with the clinic.");
    expect(ids(b, 'Agency').sort()).toEqual(['agency:cn-510100/government', 'agency:cn-sc/health-commission']);
    // The entity keeps the words the page wrote as an alias.
    expect(b.entities.find((e) => e.id === 'agency:cn-sc/health-commission')?.aliases).toContain('Sichuan Provincial Wellness Fee');
  });

  it('plain words stay as written', () => {
    const a = x('A nationwide inspection found that the fee for health checks was too high; merchandise sales fell.');
    expect(ids(a, 'Agency')).toEqual([]);
  });

  it("a zone's administration written in lower case is its administrative body", () => {
    const a = x('The Boao Lecheng Pilot Zone administration published a list of imported cell therapies.');
    expect(ids(a, 'Agency').some((id) => /boao-lecheng/.test(id))).toBe(true);
    const b = x('Experts discussed the administration of drugs in the Boao Lecheng Pilot Zone.');
    expect(ids(b, 'Agency')).toEqual([]);
  });
});

describe('a blueprint is a plan', () => {
  it('《…藍圖》 and "the … Blueprint" are policies of kind plan', () => {
    const a = x('醫務衞生局正按照《基層醫療健康藍圖》推動改革。');
    expect(a.entities.find((e) => e.label === 'Policy')).toMatchObject({ name: '基层医疗健康蓝图', kind: 'plan' });
    const b = x('The Health Bureau published the Primary Healthcare Blueprint in December 2022.');
    expect(b.entities.find((e) => e.label === 'Policy')).toMatchObject({ name: 'Primary Healthcare Blueprint', kind: 'plan', date: '2022-12' });
  });
});

describe("a minister named with the ministry's place", () => {
  const seat = (d: DocumentFacts, body: string): number => d.relations.filter((r) => r.type === 'MEMBER_OF' && r.to === body).length;

  it('衛生福利部部長X and "Taiwan\'s Minister of Health and Welfare X" sit in Taiwan\'s ministry', () => {
    expect(seat(x('衛生福利部部長陳建仁今日在立法院表示，將修法。', '2024-05-01'), 'agency:cn-tw/mohw')).toBe(1);
    expect(seat(x("Taiwan's Minister of Health and Welfare Chen Chien-jen told the Legislative Yuan on Monday that the law will pass."), 'agency:cn-tw/mohw')).toBe(1);
  });

  it('without the place, a ministry of that name elsewhere is not guessed', () => {
    expect(seat(x('The Minister of Health and Welfare Park Min-soo said the bill will pass.'), 'agency:cn-tw/mohw')).toBe(0);
  });
});

describe("a local body's general office", () => {
  it('浙江省卫生健康委员会办公室 and 省药监局办公室 are the bodies\' general offices, and a notice of theirs is issued by them', () => {
    const a = x('浙江省卫生健康委员会办公室 浙江省药品监督管理局办公室关于印发浙江省细胞制备中心管理规程的通知\n2024年8月12日');
    const issued = a.relations.filter((r) => r.type === 'ISSUED').map((r) => r.from).sort();
    expect(issued).toEqual(['agency:cn-zj/health-commission/general-office', 'agency:cn-zj/medical-products/general-office']);
    expect(a.entities.find((e) => e.label === 'Policy')).toMatchObject({ name: '浙江省细胞制备中心管理规程', kind: 'rules' });
    const b = x('为规范管理，湖南省卫生健康委员会制定本办法。省卫生健康委办公室负责日常联络。');
    expect(ids(b, 'Agency')).toContain('agency:cn-hn/health-commission/general-office');
  });

  it('a Hong Kong 規例 is a regulation', () => {
    const a = x('兩名職員涉嫌違反《藥劑業及毒藥規例》被捕。');
    expect(a.entities.find((e) => e.label === 'Policy')).toMatchObject({ name: '药剂业及毒药规例', kind: 'regulation' });
  });
});

describe('a permit granted after the regulator says so', () => {
  it('X今日宣布，依「條例」核發第二張…許可，予Y: X issues it on the day', () => {
    const a = x('衛生福利部食品藥物管理署今（12）日宣布，依「再生醫療製劑條例」核發第三張再生醫療製劑有附款許可，予甲乙生技股份有限公司。', '2025-06-12');
    const lic = a.entities.find((e) => e.label === 'License');
    expect(lic?.name).toBe('再生醫療製劑有附款許可'); // (a licence's name keeps the page's script)
    expect(a.relations.find((r) => r.type === 'ISSUED' && r.to === lic!.id)).toMatchObject({ from: 'agency:cn-tw/tfda', date: '2025-06-12' });
    const b = x('上海市药品监督管理局表示，依据有关规定向某某细胞科技有限公司核发了药品生产许可证。', '2024-09-01');
    expect(b.relations.some((r) => r.type === 'ISSUED' && r.from === 'agency:cn-sh/medical-products')).toBe(true);
  });
});

describe('titles listed after "including" / "such as"', () => {
  it('"A has released several guidelines, including the X and the Y": A issued both', () => {
    const a = x('The Center for Drug Evaluation has released several technical guidelines this year, including the Technical Guidelines for Clinical Trials of Stem Cell Products (Trial) and the Guidelines for Non-clinical Studies of CAR-T Products.');
    const ps = a.entities.filter((e) => e.label === 'Policy');
    expect(ps).toHaveLength(2);
    for (const p of ps) expect(a.relations.some((r) => r.type === 'ISSUED' && r.from === 'agency:cn/nmpa/cde' && r.to === p.id), p.name).toBe(true);
    const b = x('Last year the National Health Commission issued new rules such as the Measures for the Administration of Cell Therapy Clinical Research.');
    expect(b.relations.some((r) => r.type === 'ISSUED' && r.from === 'agency:cn/nhc')).toBe(true);
  });

  it('a list of texts that someone cites is not issued by them', () => {
    const a = x('The National Health Commission official cited several documents, including the Measures for the Administration of Cell Therapy Clinical Research.');
    expect(a.relations.filter((r) => r.type === 'ISSUED')).toHaveLength(0);
  });
});

describe('a zone named in Chinese by a known place and its head word', () => {
  it('长三角生态绿色一体化发展示范区 and 海口江东新区 are zones, and the place inside is no mention of its own', () => {
    const a = x('建议在长三角生态绿色一体化发展示范区开展细胞治疗临床研究。');
    expect(a.entities.filter((e) => e.label === 'Region').map((e) => e.name)).toEqual(['长三角生态绿色一体化发展示范区']);
    const b = x('该项目将落户海口江东新区。');
    expect(b.entities.filter((e) => e.label === 'Region').map((e) => e.name)).toEqual(['海口江东新区']);
  });

  it('a verb after the place ends it: 支持海南开展先行区试点 names Hainan only', () => {
    const a = x('支持海南开展先行区试点。');
    expect(a.entities.filter((e) => e.label === 'Region').map((e) => e.id)).toEqual(['region:CN-HI']);
  });
});

describe('他/她 after a named member', () => {
  it('他同时呼吁…: the member of the sentence before proposes it, and it applies to the zone it names', () => {
    const a = x('全国政协委员赵明远建议加快审评。他同时呼吁，在长三角生态绿色一体化发展示范区开展跨区域临床研究试点。', '2025-03-06');
    const props = a.entities.filter((e) => e.label === 'Proposal');
    const zonal = props.find((p) => /长三角/.test(p.name))!;
    expect(a.relations.find((r) => r.type === 'PROPOSED' && r.to === zonal.id)?.from).toBe('person:zhao-mingyuan');
    expect(a.relations.some((r) => r.type === 'APPLIES_TO' && r.from === zonal.id && /^region:zone\//.test(r.to))).toBe(true);
    const b = x('全国人大代表钱丽华提交了关于完善细胞库建设的建议。她还建议，设立国家细胞治疗产业基金。', '2025-03-06');
    expect(b.relations.filter((r) => r.type === 'PROPOSED' && r.from === 'person:qian-lihua')).toHaveLength(2);
  });

  it('他 after a sentence naming two persons, or far from the last name, is no one', () => {
    const a = x('全国政协委员赵明远表示支持，全国人大代表孙立新表示赞同。他同时呼吁，设立专项基金。', '2025-03-06');
    expect(a.entities.filter((e) => e.label === 'Person')).toHaveLength(2);
    expect(a.entities.filter((e) => e.label === 'Proposal')).toHaveLength(0);
  });
});

describe('a general office named by a bare 省/市 prefix', () => {
  it('省政府办公厅 after a comma is the province\'s general office', () => {
    const a = x('海南省卫生健康委员会：您提出的建议(第1号),省政府办公厅交由我委办理。');
    expect(ids(a, 'Agency')).toContain('agency:cn-hi/general-office');
    const b = x('近日，湖北省科技厅会同省政府办公室印发通知。');
    expect(ids(b, 'Agency')).toContain('agency:cn-hb/general-office');
  });
});

describe('mainland hospitals named short in English and in full in Chinese', () => {
  it('上海交通大学医学院附属瑞金医院 and Ruijin Hospital are one organisation; 四川大学华西医院 and West China Hospital too', () => {
    expect(x('上海交通大学医学院附属瑞金医院副院长王某表示支持。').entities.filter((e) => e.label === 'Organization').map((e) => e.id)).toEqual(['org:ruijin-hospital']);
    expect(x('Doctors at Ruijin Hospital treated the first patient.').entities.filter((e) => e.label === 'Organization').map((e) => e.id)).toEqual(['org:ruijin-hospital']);
    expect(x('四川大学华西医院开展了临床研究。').entities.filter((e) => e.label === 'Organization').map((e) => e.id)).toEqual(['org:west-china-hospital']);
  });
});

describe("a people's congress named with its term number", () => {
  const seat = (d: DocumentFacts, body: string): string[] => d.relations.filter((r) => r.type === 'MEMBER_OF' && r.to === body).map((r) => r.from);

  it('广东省六届人大代表 and 省七届人大 (第 left out) are that province\'s people\'s congress', () => {
    const a = x('廣東省六屆人大代表、某某大學教授李明提出建議，在南沙設立幹細胞臨床轉化平台。', '2024-03-08');
    expect(seat(a, 'agency:cn-gd/peoples-congress')).toEqual(['person:li-ming']);
    const b = x('湖南省卫生健康委员会主任、省七届人大代表王华建议，加快细胞治疗立法。', '2024-03-08');
    expect(seat(b, 'agency:cn-hn/peoples-congress')).toEqual(['person:wang-hua']);
  });

  it('X代表 addressed in a reply about 省六届人大 is a deputy of it; X代表公司 with no congress named is no seat', () => {
    const a = x('江西省科学技术厅关于省六届人大三次会议第12号建议的答复\n赵红代表：您在省六届人大三次会议上提出的建议收悉。', '2021-07-01');
    expect(seat(a, 'agency:cn-jx/peoples-congress')).toEqual(['person:zhao-hong']);
    const b = x('孙立新代表公司与市人民医院签订协议。');
    expect(b.relations.filter((r) => r.type === 'MEMBER_OF')).toHaveLength(0);
  });
});

describe('港區政協委員: a Hong Kong member of the CPPCC National Committee', () => {
  it('港區政協 and 澳區全國政協委員 are the National Committee, not the CPPCC at large', () => {
    const a = x('港區政協委員李家明表示，香港應加快先進療法產品審批。');
    expect(ids(a, 'Agency')).toEqual(['agency:cn/cppcc/national-committee']);
    expect(a.relations.some((r) => r.type === 'MEMBER_OF' && r.to === 'agency:cn/cppcc/national-committee')).toBe(true);
    const b = x('澳區全國政協委員何敏儀建議，在橫琴設立細胞治療中心。', '2025-03-05');
    expect(ids(b, 'Agency')).toEqual(['agency:cn/cppcc/national-committee']);
  });
});

describe('a law-firm update: the byline and the firm', () => {
  const member = (d: DocumentFacts): Array<[string, string]> => d.relations.filter((r) => r.type === 'MEMBER_OF').map((r) => [r.from, r.to]);

  it('"By X, Partner, <firm>" makes X an author of the firm, whether the firm is known by name or by LLP', () => {
    const a = x('Cell Therapy Rules: What Changed\nBy Jenny Zhou, Partner, King & Wood Mallesons | October 8, 2024\nThe CDE released a guideline.');
    expect(member(a)).toEqual([['person:jenny-zhou', 'org:king-wood-mallesons']]);
    const b = x('Update\nBy Li Wei and Mark Allen, Harbor & Lane LLP\nThe NMPA approved two products.');
    expect(member(b).sort()).toEqual([['person:li-wei', 'org:harbor-lane-llp'], ['person:mark-allen', 'org:harbor-lane-llp']]);
  });

  it('a staff byline or a sentence led by "By" names no one; a firm named by 律师事务所 is an organisation', () => {
    const a = x('Update\nBy Staff Reporter | BioPolicy Watch\nBy introducing this policy, Hainan aims high.');
    expect(a.entities.filter((e) => e.label === 'Person')).toHaveLength(0);
    const b = x('据上海明德律师事务所分析，新规影响深远。');
    expect(b.entities.filter((e) => e.label === 'Organization').map((e) => e.name)).toEqual(['上海明德律师事务所']);
  });
});

describe('the issuer named in the sentence before: 该局, "the administration"', () => {
  const issuers = (d: DocumentFacts): string[] => relsOf(d, 'ISSUED').map((r) => r.from).sort();

  it('会上，该局发布《X》 and "The administration also released X" take the body of that head word named just before', () => {
    expect(issuers(x('近日，广东省药品监督管理局召开新闻发布会。会上，该局正式发布《广东省细胞治疗产品临床试验管理指南》。', '2024-06-10'))).toEqual(['agency:cn-gd/medical-products']);
    expect(issuers(x('The National Medical Products Administration held a briefing on Monday. The administration also released the Guidelines for Cell Therapy Inspections.'))).toEqual(['agency:cn/nmpa']);
  });

  it('a head word no body named before ends in, or the writer itself (本局), is no one', () => {
    expect(issuers(x('国家卫生健康委员会召开会议。会后，该局发布《细胞治疗登记规则》。'))).toEqual([]);
    expect(issuers(x('The US FDA approved two gene therapies. Separately, the commission issued the Rules on Cell Banks.'))).toEqual([]);
  });
});

describe('《X》由甲牵头，会同乙联合制定 / 《X》经甲审议通过: the issuers after the title', () => {
  const issued = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => [r.from, r.date]);

  it('every body of the 由…牵头，会同… chain issues it; 经 with a passing verb names the legislature, dated not by its taking effect', () => {
    const a = x('《江苏省细胞和基因治疗产业发展行动方案》由省发展改革委牵头，会同省科技厅、省卫生健康委联合制定。');
    expect(issued(a).map(([f]) => f).sort()).toEqual(['agency:cn-js/development-reform', 'agency:cn-js/health-commission', 'agency:cn-js/science-technology']);
    const b = x('据悉，《天津市细胞治疗产业促进条例》经天津市人大常委会审议通过，自2024年7月1日起施行。');
    expect(issued(b)).toEqual([['agency:cn-tj/peoples-congress-standing-committee', undefined]]);
    const c = x('报道称，《深圳经济特区细胞和基因产业促进条例》于2023年5月31日由深圳市人大常委会表决通过。');
    expect(issued(c)).toEqual([['agency:cn-440300/peoples-congress-standing-committee', '2023-05-31']]);
  });

  it('经甲同意 (approval) or 由各地执行 names no issuer', () => {
    expect(issued(x('据悉，《海南省干细胞临床研究管理办法》已经省政府同意，现印发给你们。'))).toEqual([]);
    expect(issued(x('据悉，《细胞治疗产品管理办法》由各地卫生健康部门遵照执行。'))).toEqual([]);
  });
});

describe('English passives with a date, and titles led by their own words', () => {
  const issued = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => [r.from, r.date]);

  it('"X were jointly issued on 22 July 2025 by A, B and C" and "X, which was issued by A in July 2024"', () => {
    const a = x('Shanghai: Several Measures to Promote the Cell Therapy Industry were jointly issued on 3 March 2025 by the Shanghai Municipal Health Commission and the Shanghai Municipal Medical Products Administration.');
    expect(issued(a)).toEqual([['agency:cn-sh/health-commission', '2025-03-03'], ['agency:cn-sh/medical-products', '2025-03-03']]);
    const b = x('The notice builds on the Pilot Work Plan for Faster Review of Cell Therapy Trials, which was issued by the NMPA in July 2024.');
    expect(b.entities.find((e) => e.label === 'Policy')?.name).toBe('Pilot Work Plan for Faster Review of Cell Therapy Trials');
    expect(issued(b)).toEqual([['agency:cn/nmpa', '2024-07']]);
  });

  it('"were finalised by the CDE" ends the title; "approved at a State Council executive meeting" names the State Council', () => {
    const a = x('Earlier, the Guidelines for Long-term Follow-up of Gene Therapy Products (Trial) were finalised by the CDE.');
    expect(a.entities.find((e) => e.label === 'Policy')?.name).toBe('Guidelines for Long-term Follow-up of Gene Therapy Products (Trial)');
    expect(issued(a).map(([f]) => f)).toEqual(['agency:cn/nmpa/cde']);
    const b = x('It is one of the tasks of the Implementation Plan for Supporting Innovative Medicines, approved at a State Council executive meeting in July 2024.');
    expect(issued(b)).toEqual([['agency:cn/state-council', '2024-07']]);
  });

  it('a year before the kind word is no part of the name; "approved at the time" names no one', () => {
    const a = x('They sit above the 2015 Measures for the Administration of Stem Cell Clinical Research (Trial), which remain in force.');
    expect(a.entities.find((e) => e.label === 'Policy')?.name).toBe('Measures for the Administration of Stem Cell Clinical Research (Trial)');
    const b = x('The Rules for Cell Banks of Hospitals, approved at the time, were short.');
    expect(issued(b)).toEqual([]);
  });
});

describe('Taiwan items: 經立法院三讀通過, 公告「…準則」, the ministry\'s English name', () => {
  const issued = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => [r.from, r.date]);

  it('《X法》於ROC date經立法院三讀通過 is passed by the Legislative Yuan that day; 公告「X準則」 issues rules', () => {
    expect(issued(x('衛福部表示，《細胞治療法》於113年6月4日經立法院三讀通過。', '2025-07-03'))).toEqual([['agency:cn-tw/legislative-yuan', '2024-06-04']]);
    const b = x('食藥署已於本（114）年5月15日公告「細胞製劑查驗登記審查準則」，明定資料要求。', '2025-07-03');
    expect(b.entities.find((e) => e.label === 'Policy')).toMatchObject({ kind: 'rules', date: '2025-05-15' });
    expect(issued(b)).toEqual([['agency:cn-tw/tfda', '2025-05-15']]);
  });

  it('公告「X條例」自114年1月1日施行 only names the day it takes effect: no issue', () => {
    expect(issued(x('衛生福利部今（27）日公告「細胞製劑條例」自114年1月1日施行。', '2024-12-27'))).toEqual([]);
  });

  it('"Ministry of Health and Welfare" on a Taiwan page is Taiwan\'s ministry, not the mainland\'s former Ministry of Health', () => {
    expect(ids(x('衛生福利部 Ministry of Health and Welfare\n衛福部今日預告草案。'), 'Agency')).toEqual(['agency:cn-tw/mohw']);
    expect(ids(x('Taiwan: the Ministry of Health and Welfare pre-announced the draft rules.'), 'Agency')).toEqual(['agency:cn-tw/mohw']);
  });
});

describe('posts before a name: 署長, Premier, and authors with their posts in brackets', () => {
  const member = (d: DocumentFacts): Array<[string, string]> => d.relations.filter((r) => r.type === 'MEMBER_OF').map((r) => [r.from, r.to]);

  it('衞生署署長X補充 and 某某厅厅长X介绍 are heads of their bodies', () => {
    expect(member(x('衞生署署長林文健補充，先進療法製品受規管。'))).toEqual([['person:lin-wenjian', 'agency:cn-hk/department-of-health']]);
    expect(member(x('湖北省科学技术厅厅长张明介绍，全省已建成三个平台。'))).toEqual([['person:zhang-ming', 'agency:cn-hb/science-technology']]);
  });

  it('"Premier Li Qiang signed" is a member of the State Council; a premier of elsewhere with no pinyin name is not', () => {
    expect(member(x('On 28 September 2025, Premier Li Qiang signed State Council Order No. 818.'))).toEqual([['person:li-qiang', 'agency:cn/state-council']]);
    expect(member(x('Premier Christopher Luxon met the delegation.'))).toEqual([]);
  });

  it('"Authors: X (Partner), Y (Associate)" under a firm\'s bilingual header are of that firm, named once', () => {
    const a = x('Harbor Lane Partners LLP | 港岸律师事务所\nInsights\n\nAuthors: Emily Zhang (Partner), Chen Jiayi (Associate)\n\nThe NMPA issued a notice.');
    expect(a.entities.filter((e) => e.label === 'Organization').map((e) => e.id)).toEqual(['org:harbor-lane-partners-llp']);
    expect(member(a)).toEqual([['person:emily-zhang', 'org:harbor-lane-partners-llp'], ['person:chen-jiayi', 'org:harbor-lane-partners-llp']]);
  });
});

describe("a ministry's reply to a deputy's suggestion", () => {
  const reply = '国家卫生健康委员会\n首页 | 机构 | 新闻\n\n关于十四届全国人大三次会议第1234号建议的答复\n\n王丽华代表：\n您提出的关于完善细胞治疗收费政策的建议收悉。现答复如下：\n一、我委高度重视。\n\n国家卫生健康委\n2025年7月8日\n';

  it('the headline 关于…的答复 is the reply, issued by the body signing it on the signing date', () => {
    const a = x(reply, '2025-08-20');
    const p = a.entities.find((e) => e.label === 'Policy');
    expect(p).toMatchObject({ name: '关于十四届全国人大三次会议第1234号建议的答复', date: '2025-07-08' });
    expect(a.relations.find((r) => r.type === 'ISSUED' && r.to === p!.id)).toMatchObject({ from: 'agency:cn/nhc', date: '2025-07-08' });
  });

  it('您提出的关于X的建议 under the salutation X代表： is her proposal, and she is a deputy of the congress the headline names', () => {
    const a = x(reply, '2025-08-20');
    const prop = a.entities.find((e) => e.label === 'Proposal');
    expect(prop?.name).toBe('关于完善细胞治疗收费政策的建议');
    expect(a.relations.some((r) => r.type === 'PROPOSED' && r.from === 'person:wang-lihua' && r.to === prop!.id)).toBe(true);
    expect(a.relations.some((r) => r.type === 'MEMBER_OF' && r.from === 'person:wang-lihua' && r.to === 'agency:cn/npc')).toBe(true);
  });

  it('a sentence of 您 with no salutation before it proposes nothing; a headline with more after it is no title', () => {
    const a = x('关于细胞治疗，各地要抓紧落实。\n您提出的关于完善细胞治疗收费政策的建议收悉。', '2025-08-20');
    expect(a.entities.filter((e) => e.label === 'Proposal' || e.label === 'Policy')).toHaveLength(0);
  });
});

describe('a district notice: its zone, a short name after its document number, the text it repeals, a body\'s own text', () => {
  const text = '日前，广州开发区管委会、黄埔区人民政府联合印发《广州开发区（黄埔区）促进细胞治疗产业发展若干措施》（穗埔府规〔2025〕3号，以下简称《若干措施》）。\n《若干措施》自2025年4月1日起施行。《广州开发区 广州市黄埔区促进细胞治疗产业发展办法》（穗埔府规〔2021〕7号）同时废止。';

  it('广州开发区管委会 is the zone\'s administrative committee; the measures apply to the zone and the district', () => {
    const a = x(text, '2025-03-21');
    const p = a.entities.find((e) => e.label === 'Policy' && /若干措施$/.test(e.name))!;
    expect(a.relations.filter((r) => r.type === 'ISSUED' && r.to === p.id).map((r) => r.from).sort()).toEqual(['agency:cn-440112/government', 'agency:zone/guangzhou-development-district/administrative-committee']);
    expect(a.relations.filter((r) => r.type === 'APPLIES_TO' && r.from === p.id).map((r) => r.to).sort()).toEqual(['region:CN-440112', 'region:zone/guangzhou-development-district']);
  });

  it('（文号，以下简称《Y》）: Y is the title\'s short name, so the text Y repeals is repealed by the title', () => {
    const a = x(text, '2025-03-21');
    expect(a.entities.filter((e) => e.label === 'Policy')).toHaveLength(2);
    const policy = (re: RegExp): string => a.entities.find((e) => e.label === 'Policy' && re.test(e.name))!.id;
    expect(a.relations.some((r) => r.type === 'SUPERSEDES' && r.from === policy(/若干措施$/) && r.to === policy(/办法$/))).toBe(true);
  });

  it('国家发展改革委《X》 with no verb: X is the NDRC\'s, undated; 向某局《X》 is not the body\'s', () => {
    const a = x('日前，我区印发通知。为贯彻落实国家发展改革委《生物经济发展规划》等文件精神，我区出台了措施。', '2025-03-21');
    const p = a.entities.find((e) => e.label === 'Policy')!;
    expect(a.relations.find((r) => r.type === 'ISSUED' && r.to === p.id)).toMatchObject({ from: 'agency:cn/ndrc' });
    expect(a.relations.find((r) => r.type === 'ISSUED' && r.to === p.id)?.date).toBeUndefined();
    const b = x('日前，企业向省药监局提交《注册申请表》。', '2025-03-21');
    expect(b.relations.filter((r) => r.type === 'ISSUED')).toHaveLength(0);
  });
});

describe('"Notice of X on Printing and Distributing the Y": Y is the text', () => {
  it('Y is issued by X on the signing date under the notice; the notice is no policy of its own', () => {
    const a = x("Hunan Provincial People's Government\nHome | Policies\n\nNotice of the General Office of the People's Government of Hunan Province on Printing and Distributing the Action Plan for the Cell Therapy Industry in Hunan Province (2025-2027)\n\nThe plan is now issued to you.\n\nGeneral Office of the People's Government of Hunan Province\nJune 9, 2025\n");
    const ps = a.entities.filter((e) => e.label === 'Policy');
    expect(ps.map((p) => p.name)).toEqual(['Action Plan for the Cell Therapy Industry in Hunan Province (2025-2027)']);
    expect(a.relations.find((r) => r.type === 'ISSUED')).toMatchObject({ from: 'agency:cn-hn/general-office', date: '2025-06-09' });
  });
});

describe('notices that publish a list or ask for comments', () => {
  it('甲 乙关于公布…名单的通知 is itself the text, issued by both on the signing date; 甲、乙《X》 is theirs', () => {
    const a = x('山西省卫生健康委员会 山西省药品监督管理局关于公布第二批干细胞临床研究备案机构名单的通知\n\n根据国家卫生健康委办公厅、国家药监局综合司《细胞临床研究机构备案指南（试行）》有关要求，现将名单公布。\n\n山西省卫生健康委员会 山西省药品监督管理局\n2025年5月12日\n', '2025-05-16');
    const n = a.entities.find((e) => e.label === 'Policy' && /名单的通知$/.test(e.name))!;
    expect(a.relations.filter((r) => r.type === 'ISSUED' && r.to === n.id).map((r) => [r.from, r.date]).sort()).toEqual([['agency:cn-sx/health-commission', '2025-05-12'], ['agency:cn-sx/medical-products', '2025-05-12']]);
    const g = a.entities.find((e) => e.label === 'Policy' && /指南/.test(e.name))!;
    expect(a.relations.filter((r) => r.type === 'ISSUED' && r.to === g.id).map((r) => r.from)).toContain('agency:cn/nhc/general-office');
  });

  it('关于公开征求《X（征求意见稿）》意见的通知: X, drafted (起草) by the body, is dated by the signature', () => {
    const a = x('国家药品监督管理局药品审评中心\n首页 | 中心概况\n当前位置：首页 > 工作动态\n\n关于公开征求《细胞治疗产品长期随访技术指导原则（征求意见稿）》意见的通知\n\n药审中心组织起草了《细胞治疗产品长期随访技术指导原则（征求意见稿）》（见附件）。\n\n国家药品监督管理局药品审评中心\n2025年11月3日\n', '2025-11-03');
    const p = a.entities.find((e) => e.label === 'Policy')!;
    expect(p).toMatchObject({ status: 'draft', date: '2025-11-03' });
    expect(a.relations.find((r) => r.type === 'ISSUED' && r.to === p.id)).toMatchObject({ from: 'agency:cn/nmpa/cde', date: '2025-11-03' });
  });
});

describe('acts stated by a vote or through an apposition, and relative dates with a day', () => {
  const issued = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => [r.from, r.date]);

  it('"closed today …, voting to pass the X" is passed by the committee that met, that day', () => {
    const a = x('News May 30 The 9th meeting of the Standing Committee of the 14th People\'s Congress of Qinghai Province closed today in Xining, voting to pass the "Qinghai Province Plateau Medicine Promotion Regulations" and two other acts.', '2025-05-31');
    expect(issued(a)).toEqual([['agency:cn-qh/peoples-congress-standing-committee', '2025-05-30']]);
  });

  it('立法院去年6月三讀通過再生醫療雙法，即「A」及「B」: both are passed in June of last year', () => {
    const a = x('立法院去年6月三讀通過細胞雙法，即「細胞治療法」及「細胞製劑條例」，其中條例已於今年初施行。', '2025-08-14');
    expect(issued(a)).toEqual([['agency:cn-tw/legislative-yuan', '2024-06'], ['agency:cn-tw/legislative-yuan', '2024-06']]);
  });

  it('今年9月17日 keeps its day', () => {
    const a = x('醫務衞生局在今年9月17日發表《細胞治療發展藍圖》。', '2025-10-02');
    expect(a.entities.find((e) => e.label === 'Policy')?.date).toBe('2025-09-17');
  });
});

describe('a head post alone in its clause, and a department between body and post', () => {
  const member = (d: DocumentFacts): Array<[string, string]> => d.relations.filter((r) => r.type === 'MEMBER_OF').map((r) => [r.from, r.to]);

  it('X醫院昨日舉行發表會，院長Y表示: Y heads the hospital; 北榮轉譯研究部主任Z is of the hospital', () => {
    expect(member(x('台北榮民總醫院昨（13）日舉行成果發表會，院長黃志明表示，計畫已獲核准。', '2025-08-14'))).toEqual([['person:huang-zhiming', 'org:tvgh']]);
    expect(member(x('北榮轉譯研究部主任邱建宏說明，計畫以免疫細胞為主。'))).toEqual([['person:qiu-jianhong', 'org:tvgh']]);
  });

  it('a head post whose head word no body before it ends in is no seat', () => {
    expect(member(x('会议由市卫健委主办，局长张明表示将加强监管。'))).toEqual([]);
  });
});

describe('where a text applies, said in a sentence of its own', () => {
  const applies = (d: DocumentFacts): string[] => d.relations.filter((r) => r.type === 'APPLIES_TO').map((r) => r.to).sort();

  it('"The measures apply to hospitals in X" (the text issued in the sentence before) and 《短名》适用于…在Y范围内', () => {
    expect(applies(x('The Shanghai Municipal Health Commission issued the Several Measures on Cell Therapy in May. The measures apply to hospitals in the Lin-gang Special Area.'))).toEqual(['region:CN-SH', 'region:ftz/shanghai/lingang']);
    const b = x('日前，广州开发区管委会印发《促进细胞治疗产业发展若干措施》（以下简称《若干措施》）。《若干措施》适用于在广州开发区（黄埔区）范围内的企业。', '2025-03-21');
    expect(applies(b)).toEqual(['region:CN-440112', 'region:zone/guangzhou-development-district']);
  });

  it('"apply for" funding, or a sentence with no text to be about, applies nothing', () => {
    expect(applies(x('Hospitals in the Lin-gang Special Area may apply for funding.'))).toEqual([]);
    expect(applies(x('These hospitals apply to Shanghai for licences.'))).toEqual([]);
  });
});

describe('a text that replaces another, said with an aside, by its kind word, or as it takes effect', () => {
  const supersedes = (d: DocumentFacts): Array<[string, string]> => {
    const name = (id: string): string => d.entities.find((e) => e.id === id)!.name;
    return d.relations.filter((r) => r.type === 'SUPERSEDES').map((r) => [name(r.from), name(r.to)]);
  };

  it('"X, issued by the NHC in 2025, replace the Y" and "… issued the X. The rules repealed the Y"', () => {
    expect(supersedes(x('The Measures for the Administration of Cell Therapy Research, issued by the NHC in 2025, replace the Measures for the Administration of Stem Cell Research (Trial).'))).toEqual([['Measures for the Administration of Cell Therapy Research', 'Measures for the Administration of Stem Cell Research (Trial)']]);
    expect(supersedes(x('The Hainan Provincial Health Commission issued the Rules for Cell Banks on Monday. The rules repealed the Interim Rules for Cell Banks of 2019.', '2025-08-14'))).toEqual([['Rules for Cell Banks', 'Interim Rules for Cell Banks of 2019']]);
  });

  it('《X》自…起施行，…印发的《Y》同时废止 and 本办法同时废止《Y》: X replaces Y', () => {
    expect(supersedes(x('《浙江省细胞治疗管理办法》自发布之日起施行，2019年印发的《浙江省干细胞临床研究管理办法》同时废止。'))).toEqual([['浙江省细胞治疗管理办法', '浙江省干细胞临床研究管理办法']]);
    expect(supersedes(x('省卫健委印发《浙江省细胞治疗管理办法》。本办法同时废止《浙江省干细胞临床研究管理办法》。'))).toEqual([['浙江省细胞治疗管理办法', '浙江省干细胞临床研究管理办法']]);
  });

  it('a text cited beside another replaces nothing', () => {
    expect(supersedes(x('The rules follow the Measures for Stem Cell Research and the Guidelines for Cell Banks.'))).toEqual([]);
  });
});

describe('licences in English news: approval granted to a product, a licence received from a body', () => {
  const licences = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'License').map((l) => [l.name, d.relations.find((r) => r.type === 'ISSUED' && r.to === l.id)?.from]);

  it('"X has granted conditional approval to a TIL therapy developed by Y" and "gave marketing approval for Z"', () => {
    expect(licences(x("SHANGHAI, Nov 18 (AHW) - China's National Medical Products Administration (NMPA) has granted conditional approval to a lymphocyte therapy developed by Qihang Cell Therapeutics for melanoma, the company said."))).toEqual([['approval of lymphocyte therapy', 'agency:cn/nmpa']]);
    expect(licences(x('In May the NMPA gave marketing approval for ZX-12, a CAR-T product.'))).toEqual([['approval of ZX-12', 'agency:cn/nmpa']]);
  });

  it('"…, which received a drug manufacturing licence from the Shanghai MPA last year" is that body\'s licence, of last year', () => {
    const a = x('Qihang will make it at its plant, which received a drug manufacturing licence from the Shanghai Municipal Medical Products Administration last year.', '2025-11-18');
    expect(licences(a)).toEqual([['drug manufacturing licence', 'agency:cn-sh/medical-products']]);
    expect(a.entities.find((e) => e.label === 'License')?.date).toBe('2024');
  });

  it('funding granted to hospitals, a letter received from a body: no licence', () => {
    expect(licences(x('The NMPA has granted funding to hospitals. The firm received a letter from the NMPA.'))).toEqual([]);
  });
});

describe("Hong Kong subsidiary legislation named like an ordinance", () => {
  const policies = (d: DocumentFacts): string[] => d.entities.filter((e) => e.label === 'Policy').map((e) => e.name).sort();

  it('"the Pharmacy and Poisons (Amendment) Regulation 2025" and "the Pharmacy and Poisons Regulations (Cap. 138A)" are policies', () => {
    expect(policies(x('The Government today published in the Gazette the Pharmacy and Poisons (Amendment) Regulation 2025, which will be tabled at the Legislative Council.', '2025-11-14'))).toEqual(['Pharmacy and Poisons (Amendment) Regulation 2025']);
    expect(policies(x('The amendment changes the Pharmacy and Poisons Regulations (Cap. 138A) so that more products qualify.'))).toEqual(['Pharmacy and Poisons Regulations']);
  });

  it('"the State Administration for Market Regulation" and "the Amendment Regulation" are no titles', () => {
    expect(policies(x('The State Administration for Market Regulation said the Amendment Regulation will help.'))).toEqual([]);
  });
});

describe('company names in announcements', () => {
  const orgs = (d: DocumentFacts): string[] => d.entities.filter((e) => e.label === 'Organization').map((e) => e.name);

  it('全资子公司X（上海）有限公司 names the subsidiary; 自愿披露全资子公司 and 丰富公司 name no one', () => {
    expect(orgs(x('苏州某某生物科技股份有限公司全资子公司某某细胞治疗（上海）有限公司于近日收到通知书。'))).toEqual(['苏州某某生物科技股份有限公司', '某某细胞治疗(上海)有限公司']);
    expect(orgs(x('关于自愿披露全资子公司获得药物临床试验批准通知书的公告。本次获批有利于进一步丰富公司的产品管线。'))).toEqual([]);
  });

  it('a hospital\'s other name in brackets is the same hospital; "X Biotherapeutics\'" is a company', () => {
    expect(orgs(x('名单：山东第一医科大学第一附属医院（山东省千佛山医院）等。'))).toEqual(['山东第一医科大学第一附属医院']);
    expect(orgs(x("The FDA approved Iovance Biotherapeutics' Amtagvi in 2024."))).toEqual(['Iovance Biotherapeutics']);
  });
});

describe('a listing announcement\'s defined terms (本公司, 本集团, "the Company", "the Group") are no company of their own', () => {
  const orgs = (d: DocumentFacts): string[] => d.entities.filter((e) => e.label === 'Organization').map((e) => e.name);

  it('「本公司」 and 统称「本集团」 leave only the company the page names; its subsidiary is still found', () => {
    expect(orgs(x('本公告由明川基因控股有限公司（「本公司」，连同其附属公司统称「本集团」）自愿作出，以向投资者提供本集团的业务资料。股东于买卖本公司股份时务请审慎行事，此事不代表本集团产品获批。'))).toEqual(['明川基因控股有限公司']);
    expect(orgs(x('本公司間接全資附屬公司明川細胞治療（蘇州）有限公司於2025年3月獲省藥監局核發許可證。本集團將適時公告。'))).toEqual(['明川细胞治疗(苏州)有限公司']);
  });

  it('"Shareholders of the Company" and "Directors of the Group" name no one', () => {
    expect(orgs(x('This announcement is made by Lumen Cell Holdings Limited (the "Company", together with its subsidiaries, the "Group"). Shareholders of the Company should exercise caution.'))).toEqual(['Lumen Cell Holdings Limited']);
    expect(orgs(x('The Directors of the Group believe that Orvana Gene Medicine Limited will benefit.'))).toEqual(['Orvana Gene Medicine Limited']);
  });
});

describe('a ministry\'s 署 or 司 named after the ministry (衛福部中央健康保險署) is the sub-body, not the ministry', () => {
  it('衛福部中央健康保險署 and 健保署 are the NHIA, which issues and employs; 衛福部 alone stays the ministry', () => {
    const a = x('衛福部中央健康保險署昨天預告修正「全民健康保險某某支付標準」，健保署署長王大明說明。');
    expect(ids(a, 'Agency')).toContain('agency:cn-tw/nhia');
    expect(a.relations.filter((r) => r.type === 'ISSUED').map((r) => r.from)).toEqual(['agency:cn-tw/nhia']);
    expect(a.relations.some((r) => r.type === 'MEMBER_OF' && r.to === 'agency:cn-tw/nhia')).toBe(true);
    const b = x('衛福部今日公告修正「某某管理辦法」。');
    expect(ids(b, 'Agency')).toEqual(['agency:cn-tw/mohw']);
  });

  it('卫福部食品药物管理署 and 国家卫生健康委医政司 are the sub-bodies, part of their ministries', () => {
    const d = x('卫福部食品药物管理署于2024年8月核发药品许可证。国家卫生健康委医政司印发《某某工作方案》。');
    expect(ids(d, 'Agency')).toEqual(expect.arrayContaining(['agency:cn-tw/tfda', 'agency:cn/nhc/medical-administration']));
    expect(relsOf(d, 'ISSUED').map((r) => r.from).sort()).toEqual(['agency:cn-tw/tfda', 'agency:cn/nhc/medical-administration']);
  });
});

describe('"Key Points" and "Appendix" are document nouns', () => {
  const titles = (d: DocumentFacts): string[] => names(d, 'Policy');

  it('a notice printing the "X Key Points (Trial)" makes that text, issued by the body', () => {
    const a = x('Notice of Fujian Provincial Drug Administration on Printing and Distributing the "Fujian Province Gene Therapy Products Clinical Inspection Key Points (Trial)"\nOur bureau has formulated the "Fujian Province Gene Therapy Products Clinical Inspection Key Points (Trial)", which is hereby printed and distributed to you.');
    expect(titles(a)).toContain('Fujian Province Gene Therapy Products Clinical Inspection Key Points (Trial)');
    expect(a.relations.some((r) => r.type === 'ISSUED' && r.from === 'agency:cn-fj/medical-products')).toBe(true);
    const b = x('The bureau released the "Key Points for Supervising Stem Cell Banks" last week.');
    expect(titles(b)).toContain('Key Points for Supervising Stem Cell Banks');
  });

  it('a cited "Appendix on …" or "Annex …" is a text; a lower-case appendix is not', () => {
    expect(titles(x('In order to implement the "Appendix on Gene Therapy Products of the Good Clinical Practice (Draft for Comments)" and other provisions, we act.'))).toHaveLength(1);
    expect(titles(x('Firms should follow the "Annex on Sterile Cell Products" when they build lines.'))).toHaveLength(1);
    expect(titles(x('See the appendix for the list of firms that applied.'))).toEqual([]);
  });
});

describe('lists named by capitalised words without quotes, after a publishing verb', () => {
  it('"released the 2026 X Drug List" is a text dated by its year, issued by the bodies before the verb', () => {
    const a = x('The National Healthcare Security Administration released the 2026 Basic Medical Insurance Rare Disease Drug List on Friday.');
    expect(names(a, 'Policy')).toEqual(['Basic Medical Insurance Rare Disease Drug List']);
    expect(a.relations.some((r) => r.type === 'ISSUED' && r.from === 'agency:cn/nhsa')).toBe(true);
    const b = x('Regulators published the new Provincial Cell Therapy Innovative Medicine Catalogue and the country\'s first Orphan Gene Therapy Drug List.');
    expect(names(b, 'Policy')).toEqual(['Provincial Cell Therapy Innovative Medicine Catalogue', 'Orphan Gene Therapy Drug List']);
  });

  it('a lower-case list, or a list no verb publishes, is no text', () => {
    expect(names(x('The bureau released a list of 19 drugs that insurers may cover.'), 'Policy')).toEqual([]);
    expect(names(x('Analysts said the Commercial Insurance Drug List may grow next year.'), 'Policy')).toEqual([]);
  });
});

describe('a national or an insurance list named without 《》 after a publishing verb', () => {
  it('发布国家…目录和首版商业健康保险…目录: both lists, the first issued by both bodies', () => {
    const a = x('国家医保局、人力资源社会保障部联合发布国家基本医疗保险罕见病药品目录和首版商业健康保险细胞治疗药品目录。');
    expect(names(a, 'Policy')).toEqual(['国家基本医疗保险罕见病药品目录', '商业健康保险细胞治疗药品目录']);
    const first = a.entities.find((e) => e.name === '国家基本医疗保险罕见病药品目录')!.id;
    expect(a.relations.filter((r) => r.type === 'ISSUED' && r.to === first).map((r) => r.from).sort()).toEqual(['agency:cn/mohrss', 'agency:cn/nhsa']);
    const b = x('国家医保局公布了新版国家医保药品目录。');
    expect(names(b, 'Policy')).toEqual(['国家医保药品目录']);
  });

  it('a list without a national or insurance name, or not published, is no title', () => {
    expect(names(x('国家医保局发布了药品目录调整的说明。'), 'Policy')).toEqual([]);
    expect(names(x('专家认为国家医保药品目录仍需扩容。'), 'Policy')).toEqual([]);
  });
});

describe('a text a body only cites is not the one a later 同时废止 speaks for', () => {
  it('国家发展改革委《A》和《B》: only A is the NDRC\'s; the issued text, not A, replaces the repealed one', () => {
    const a = x('日前，区管委会印发《区细胞治疗产业发展若干措施》（以下简称《若干措施》）。为贯彻落实国家发展改革委《生物经济发展规划》和《市生物医药产业发展若干措施》等文件精神，制定了《若干措施》。《原细胞产业发展办法》同时废止。', '2025-03-21');
    const id = (re: RegExp): string => a.entities.find((e) => e.label === 'Policy' && re.test(e.name))!.id;
    expect(a.relations.filter((r) => r.type === 'ISSUED' && r.from === 'agency:cn/ndrc').map((r) => r.to)).toEqual([id(/生物经济发展规划/)]);
    expect(a.relations.filter((r) => r.type === 'SUPERSEDES').map((r) => [r.from, r.to])).toEqual([[id(/区细胞治疗产业发展若干措施/), id(/原细胞产业发展办法/)]]);
  });

  it('"X were voted and passed, and Y was abolished": X is not said to replace Y', () => {
    const a = x('The meeting passed the Regulations on Cell Therapy of Hunan Province. At the meeting, the "Hunan Measures on Medicine" were also voted and passed, and the "Hunan Regulations on Medical Disputes" was abolished at the same time.');
    expect(a.relations.filter((r) => r.type === 'SUPERSEDES')).toHaveLength(0);
  });
});

describe('the page date written near the top without a label', () => {
  it('"新聞局  2025-09-26 17:05", "By A and B | 14 October 2025 | 7 min read" and "Release time: 2025-04-01" date the page', () => {
    expect(publishedDate('澳門特別行政區政府入口網站\n\n藥監局發佈指引\n新聞局  2025-09-26 17:05\n\n正文。')).toBe('2025-09-26');
    expect(publishedDate('Tracker: Q3 Highlights\n\nBy Sarah Lin and David Okafor | 14 October 2025 | 7 min read\n\nText.')).toBe('2025-10-14');
    expect(publishedDate('Hunan passed the regulations\nSource: Hunan Daily Release time: 2025-04-01 09:12 Font size: [Big]\n')).toBe('2025-04-01');
  });

  it('a table row\'s date (| 主办单位 | 2019-03-11 |) or a date inside a sentence is not the page\'s', () => {
    expect(publishedDate('题 目: | 关于组建细胞库的建议 |\n省卫生健康委员会 | 省市场监督管理局 | 2019-03-11 |\n省卫生健康委员会 | 2019-07-11 | 详细查看\n')).toBeUndefined();
    expect(publishedDate('The plan was issued on 2024-05-06. It covers stem cells.\n')).toBeUndefined();
  });
});

describe('schemes named by a quoted short name, a year\'s Policy Address, a year ending an English title', () => {
  const policies = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'Policy').map((e) => [e.name, e.date]);

  it('「1+」機制 and the "1+" mechanism are policies; "the 2025 Policy Address" too', () => {
    expect(policies(x('政府將把新藥註冊「1+」機制的適用範圍擴展至先進療法製品。'))).toEqual([['「1+」机制', undefined]]);
    expect(policies(x('Advanced therapy products will be brought under the "1+" mechanism in 2026, as set out in the 2025 Policy Address.')).map(([n]) => n)).toEqual(['"1+" mechanism', '2025 Policy Address']);
  });

  it('a mechanism without a quoted name is no title; "… Regulation 2025" is dated 2025 by its name', () => {
    expect(policies(x('建议建立审评结果互认机制。The review mechanism works.'))).toEqual([]);
    expect(policies(x('The Government published in the Gazette the Pharmacy and Poisons (Amendment) Regulation 2025.'))).toEqual([['Pharmacy and Poisons (Amendment) Regulation 2025', '2025']]);
  });
});

describe('Taiwan news: implementing rules named without quotes, a permit issued this year', () => {
  it('衛福部已陸續預告X法施行細則等子法草案 is the ministry\'s draft of X\'s implementing rules', () => {
    const a = x('衛福部已陸續預告細胞治療法施行細則等子法草案，將於年底前完成發布。', '2025-08-14');
    const p = a.entities.find((e) => e.label === 'Policy');
    expect(p).toMatchObject({ name: '细胞治疗法施行细则草案', status: 'draft' });
    expect(a.relations.find((r) => r.type === 'ISSUED' && r.to === p!.id)?.from).toBe('agency:cn-tw/mohw');
    expect(x('醫院須依據細胞治療法施行細則辦理。').relations.filter((r) => r.type === 'ISSUED')).toHaveLength(0);
  });

  it('食藥署已於今年核發第二張…許可: the agency\'s permit of this year', () => {
    const a = x('條例通過後，衛福部食藥署已於今年核發第二張細胞製劑有附款許可，業者投入意願大增。', '2025-08-14');
    const l = a.entities.find((e) => e.label === 'License');
    expect(l?.date).toBe('2025');
    expect(a.relations.find((r) => r.type === 'ISSUED' && r.to === l!.id)?.from).toBe('agency:cn-tw/tfda');
  });
});

describe('bodies named by level word or possessive in English', () => {
  it('"the Provincial People\'s Congress" after a municipality is named is the province\'s the page is about', () => {
    const a = x("The Standing Committee of the Hunan Provincial People's Congress passed it, after Shenzhen and Tianjin City. The Standing Committee of the Provincial People's Congress said more rules will follow.");
    expect(ids(a, 'Agency').filter((id) => /peoples-congress/.test(id)).sort()).toEqual(['agency:cn-hn/peoples-congress', 'agency:cn-hn/peoples-congress-standing-committee']);
  });

  it('"the NMPA\'s Center for Drug Evaluation granted": the centre is part of the NMPA, and the NMPA does not act', () => {
    const a = x("It was reviewed after the NMPA's Center for Drug Evaluation (CDE) granted it breakthrough therapy designation.");
    expect(a.relations.filter((r) => r.type === 'PART_OF').map((r) => [r.from, r.to])).toEqual([['agency:cn/nmpa/cde', 'agency:cn/nmpa']]);
    const b = x("The NMPA's decision surprised the Center for Drug Evaluation.");
    expect(b.relations.filter((r) => r.type === 'PART_OF')).toHaveLength(0);
  });
});

describe('我委 / 本局: the page\'s own body', () => {
  const issuers = (d: DocumentFacts): string[] => relsOf(d, 'ISSUED').map((r) => r.from).sort();

  it('我委办公厅会同…印发《X》 under a ministry\'s site header: the ministry\'s general office co-issues X', () => {
    const a = x('国家卫生健康委员会\n首页 | 机构\n\n关于第1234号建议的答复\n\n一、2024年6月，我委办公厅会同国家药监局综合司印发了《细胞临床研究机构备案指南（试行）》。', '2025-08-20');
    expect(issuers(a)).toContain('agency:cn/nhc/general-office');
    const b = x('湖北省药品监督管理局\n\n近日，本局联合省卫生健康委发布《湖北省细胞治疗产品检查指南》。', '2025-08-20');
    expect(issuers(b)).toEqual(['agency:cn-hb/health-commission', 'agency:cn-hb/medical-products']);
  });

  it('我委 on a page whose first body is no 委 is no one; 我委高度重视 issues nothing', () => {
    const a = x('湖北省药品监督管理局\n\n近日，我委联合省卫生健康委发布《湖北省细胞治疗产品检查指南》。', '2025-08-20');
    expect(issuers(a)).toEqual(['agency:cn-hb/health-commission']);
    expect(issuers(x('国家卫生健康委员会\n\n我委高度重视干细胞临床研究。'))).toEqual([]);
  });
});

describe('a spun Simplified repost', () => {
  it('国度药监局 and 国度卫生健康委 are the national bodies; 国度 elsewhere is a word', () => {
    expect(ids(x('近年来国度卫生健康委和国度药监局陆续出台一系列文件。'), 'Agency').sort()).toEqual(['agency:cn/nhc', 'agency:cn/nmpa']);
    expect(ids(x('这是一个美丽的国度，国家药监局在此设点。'), 'Agency')).toEqual(['agency:cn/nmpa']);
  });

  it('a zone before 建设 is the subject, not the start of an organisation\'s name', () => {
    const a = x('他建议依托重庆两江新区建设干细胞制备中心。');
    expect(a.entities.filter((e) => e.label === 'Organization')).toHaveLength(0);
    expect(ids(a, 'Region')).toEqual(['region:zone/liangjiang']);
  });
});

describe('a year written with the title: before an English title, in a Macao law number', () => {
  const dated = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'Policy').map((e) => [e.name, e.date]);

  it('"the 2015 Measures for …" is dated 2015; 第7/2024號法律《X》 is dated 2024 (each number to the title right after it)', () => {
    expect(dated(x('They sit above the 2015 Measures for the Administration of Stem Cell Research (Trial), which remain in force.'))).toEqual([['Measures for the Administration of Stem Cell Research (Trial)', '2015']]);
    expect(dated(x('指引依據第11/2021號法律《中藥註冊法》及第7/2024號法律《醫療器械註冊法》制定。'))).toEqual([['中药注册法', '2021'], ['医疗器械注册法', '2024']]);
  });

  it('a title with no year before it and no number stays undated', () => {
    expect(dated(x('They sit above the Measures for the Administration of Stem Cell Research (Trial), which remain in force.'))).toEqual([['Measures for the Administration of Stem Cell Research (Trial)', undefined]]);
  });
});

describe('a list of approval documents in a table (药品批准证明文件送达信息)', () => {
  const licences = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'License').map((e) => [e.name, e.date]);
  const issued = (d: DocumentFacts, by: string) => d.relations.filter((r) => r.type === 'ISSUED' && r.from === by).length;

  it('each row is a licence "product + document type", issued by the body of the lead, on the page\'s date', () => {
    const a = x('以下药品批准证明文件已经国家药品监督管理局审批完毕，现将送达信息予以公布。\n序号 | 药品名称 | 申请人 | 批件类型\n1 | 甲基细胞注射液 | 某某生物科技有限公司 | 药品注册证书\n2 | 乙型干细胞注射液 | 某某医药有限公司 | 药物临床试验批准通知书\n\n注：电子证照与纸质证照具有同等法律效力。', '2025-10-09');
    expect(licences(a)).toEqual([['甲基细胞注射液药品注册证书', '2025-10-09'], ['乙型干细胞注射液药物临床试验批准通知书', '2025-10-09']]);
    expect(issued(a, 'agency:cn/nmpa')).toBe(2);
    // Tab-separated cells, the document type before the product, a provincial body.
    const b = x('下列医疗器械注册证书已由江苏省药品监督管理局批准，请申请人领取。\n证书类型\t产品名称\t注册人\n医疗器械注册证\t细胞冻存液\t某某器械有限公司', '2025-03-02');
    expect(licences(b)).toEqual([['细胞冻存液医疗器械注册证', '2025-03-02']]);
    expect(issued(b, 'agency:cn-js/medical-products')).toBe(1);
  });

  it('a table of received applications (受理, not approved) or a table without a document type makes no licence', () => {
    expect(licences(x('以下药品注册申请已经国家药品监督管理局受理。\n序号 | 药品名称 | 申请人 | 批件类型\n1 | 甲基细胞注射液 | 某某生物科技有限公司 | 药品注册证书'))).toEqual([]);
    expect(licences(x('以下药品批准证明文件已经国家药品监督管理局审批完毕。\n序号 | 药品名称 | 申请人 | 受理日期\n1 | 甲基细胞注射液 | 某某生物科技有限公司 | 2025-01-02'))).toEqual([]);
  });
});

describe('licences in running text: an application approved, an approval named as a noun, 已于…获X批准', () => {
  const licences = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'License').map((e) => [e.name, e.date]);
  const issuedBy = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => r.from);

  it('"the IND application for X, <what X is>, has been approved by Y" and "the clearance of X\'s IND by Y in <month>"', () => {
    const a = x('Acme Bio today announced that the Investigational New Drug (IND) application for AB-12, an autologous CAR-T therapy for lupus, has been approved by the National Medical Products Administration.', '2025-04-08');
    expect(licences(a)).toEqual([['IND approval of AB-12', '2025-04-08']]);
    expect(issuedBy(a)).toEqual(['agency:cn/nmpa']);
    const b = x("The milestone follows the clearance of ZK-9's IND by the U.S. Food and Drug Administration in March 2024.", '2024-09-01');
    expect(licences(b)).toEqual([["clearance of ZK-9's IND", '2024-03']]);
    expect(issuedBy(b)).toEqual(['agency:us/fda']);
  });

  it('an application accepted for review, or a plan approved by a board, is no licence', () => {
    expect(licences(x('The IND application for AB-12 has been accepted for review by the Center for Drug Evaluation.'))).toEqual([]);
    expect(licences(x('The clearance of the site by the city government took a year.'))).toEqual([]);
  });

  it('其…的产品乙注射液已于今年3月获X批准上市: the product past its owner and the time of the approval', () => {
    const a = x('该公司自主研发的CAR-T产品KL-7注射液已于今年3月获国家药品监督管理局批准上市。', '2025-06-20');
    expect(licences(a).map(([n]) => n)).toEqual(['KL-7注射液获批']);
    expect(issuedBy(a)).toEqual(['agency:cn/nmpa']);
    const b = x('甲细胞注射液已于2024年5月获国家药监局附条件批准。');
    expect(licences(b)).toEqual([['甲细胞注射液获批', '2024-05']]);
  });
});

describe('posts before a name: 次長, 处长 of a division, 立委', () => {

  it('衛福部次長X is a member of the ministry; 省药监局某某处处长X of the provincial administration and its division; 立委X of the Legislative Yuan', () => {
    expect(memberIds(x('衛福部次長林美玲列席委員會時表示，將研擬配套規定。'))).toEqual([['person:lin-meiling', 'agency:cn-tw/mohw']]);
    expect(memberIds(x('江苏省药监局药品注册管理处处长陈国华介绍，全省已有三家企业获得许可。'))).toEqual([['person:chen-guohua', 'agency:cn-js/medical-products'], ['person:chen-guohua', 'agency:cn-js/medical-products/yao-pin-zhu-ce-guan-li-chu']]);
    expect(memberIds(x('國民黨立委張文雄亦提出修法主張。'))).toEqual([['person:zhang-wenxiong', 'agency:cn-tw/legislative-yuan']]);
  });

  it('处长 or 次长 in a phrase with no name after it makes no person', () => {
    expect(x('会议由处长主持，次长列席。').entities.filter((e) => e.label === 'Person')).toEqual([]);
  });
});

describe('Taiwan legislators put forward draft amendments (提出「X條文修正草案」)', () => {
  const proposals = (d: DocumentFacts) => relsOf(d, 'PROPOSED').map((r) => [r.from, nameOf(d, r.to)]);

  it('立法委員X等N人提出「…條文修正草案」 and 立委Y亦提出「…修正草案」 are proposals by X and Y', () => {
    expect(proposals(x('民進黨立法委員黃志明等16人日前提出「細胞治療法第三條條文修正草案」，建議放寬適應症。', '2025-05-02'))).toEqual([['person:huang-zhiming', '细胞治疗法第三条条文修正草案']]);
    expect(proposals(x('另國民黨立委張文雄亦提出「醫療法部分條文修正草案」，主張加強監督。', '2025-05-02'))).toEqual([['person:zhang-wenxiong', '医疗法部分条文修正草案']]);
  });

  it('a minister presenting a draft is no proposal; a count of permits issued is no licence', () => {
    expect(proposals(x('部長陳國華提出「再生醫療法施行細則草案」，預告六十日。'))).toEqual([]);
    expect(x('食品藥物管理署已核發2張有附款許可，另有3案審查中。').entities.filter((e) => e.label === 'License')).toEqual([]);
  });
});

describe('issuers of an untitled text named in the next sentence ("The guideline, jointly issued by A, B and …")', () => {
  const issuers = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => r.from).sort();

  it('the bodies after "by" in the aside issued the untitled text of that kind in the sentence before', () => {
    const a = x('China has unveiled a guideline to speed up the development of the regenerative medicine industry, according to a document made public on Monday. The guideline, jointly issued by the Ministry of Industry and Information Technology, the National Health Commission and four other departments, sets targets for 2030.', '2025-03-05');
    expect(issuers(a)).toEqual(['agency:cn/miit', 'agency:cn/nhc']);
    const b = x('China has released a plan to boost the development of the stem cell industry, state media said on Monday. The plan, which was released by the National Health Commission, calls for new clinical centres.', '2025-03-05');
    expect(issuers(b)).toEqual(['agency:cn/nhc']);
  });

  it('an aside of another kind, or one naming no body after "by", issues nothing', () => {
    expect(issuers(x('China has unveiled a guideline to speed up the development of the regenerative medicine industry. The notice, issued by the National Health Commission, was sent to hospitals.'))).toEqual([]);
    expect(issuers(x('China has unveiled a guideline to speed up the development of the regenerative medicine industry. The guideline, drafted by experts, sets targets.'))).toEqual([]);
  });
});

describe('a reply to a deputy: 您提出的《关于X的建议》 after the salutation', () => {
  const proposals = (d: DocumentFacts) => relsOf(d, 'PROPOSED').map((r) => [r.from, nameOf(d, r.to)]);

  it('the suggestion in 《》 is the addressed deputy\'s (或委员的提案)', () => {
    expect(proposals(x('王建军代表：\n您提出的《关于支持干细胞临床研究备案的建议》（第512号）收悉。现答复如下。', '2025-06-30'))).toEqual([['person:wang-jianjun', '关于支持干细胞临床研究备案的建议']]);
    expect(proposals(x('李红梅委员：\n您提出的《关于完善细胞治疗产品审评机制的提案》收悉，经研究，答复如下。', '2025-06-30'))).toEqual([['person:li-hongmei', '关于完善细胞治疗产品审评机制的提案']]);
  });

  it('a text the office itself put forward (我局提出的《…》) is no proposal', () => {
    expect(proposals(x('王建军代表：\n我局提出的《关于支持干细胞临床研究备案的意见》已报省政府。'))).toEqual([]);
  });
});

describe('省X named bare after a zone that lies in no province: the province named before', () => {
  const agencies = (d: DocumentFacts) => ids(d, 'Agency').sort();

  it('商省卫生健康委 / 联合省卫生健康委 after 粤港澳大湾区 are Guangdong\'s (from the headline)', () => {
    const a = x('广东省药品监督管理局关于代表建议答复的函\n您提出的关于粤港澳大湾区细胞治疗的建议收悉。经研究，并商省卫生健康委、省科技厅，现答复如下。');
    expect(agencies(a)).toEqual(['agency:cn-gd/health-commission', 'agency:cn-gd/medical-products', 'agency:cn-gd/science-technology']);
    const b = x('浙江省药品监督管理局\n长三角地区细胞治疗协作持续推进。我局联合省卫生健康委印发了《浙江省细胞治疗产品管理办法》。');
    expect(agencies(b)).toEqual(['agency:cn-zj/health-commission', 'agency:cn-zj/medical-products']);
  });

  it('with no province named on the page, a bare 省卫生健康委 after a zone stays unnamed', () => {
    expect(agencies(x('粤港澳大湾区细胞治疗协作持续推进。我们联合省卫生健康委开展调研。'))).toEqual([]);
  });
});

describe('a reply letter headline: X关于…代表建议答复的函', () => {
  const issued = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => [r.from, nameOf(d, r.to)]);

  it('the headline is the page\'s own text, issued by the body before 关于 (建议 or 提案 answered)', () => {
    expect(issued(x('广东省药品监督管理局关于广东省十四届人大三次会议第1327号代表建议答复的函\n\n刘振华代表：\n您的建议收悉。'))).toEqual([['agency:cn-gd/medical-products', '关于广东省十四届人大三次会议第1327号代表建议答复的函']]);
    expect(issued(x('浙江省卫生健康委员会关于省政协十三届二次会议第88号提案答复的函\n\n张伟委员：\n您的提案收悉。'))).toEqual([['agency:cn-zj/health-commission', '关于省政协十三届二次会议第88号提案答复的函']]);
  });

  it('a letter that is not a reply (关于商请支持的函) in running text is no title', () => {
    expect(issued(x('会议讨论了关于商请支持的函件，各方同意推进。'))).toEqual([]);
  });
});

describe('a quoted sentence of a speaker is no title', () => {
  const policies = (d: DocumentFacts) => names(d, 'Policy');

  it('"… Strategy," said X / "… team," Dr. Y added: quoted speech, even with a capitalised head word inside', () => {
    expect(policies(x('"Securing IND clearances in Europe and Japan within a year shows the reach of our Global Strategy," said Dr. Mary Lin, chief executive of the company.'))).toEqual([]);
    expect(policies(x('"Two approvals in one year is a first for our Regulatory Strategy team," Dr. Wang Lei added.'))).toEqual([]);
  });

  it('a quoted title followed by what it says stays a title', () => {
    expect(policies(x('The "Guidelines for Cell Therapy Products" say that sponsors must file early.'))).toEqual(['Guidelines for Cell Therapy Products']);
  });
});

describe('"the Board" / "the Authority" after the body was named: that body', () => {
  const issued = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => r.from);

  it('a licence granted by "the Board" (defined as ("the Board") before) is the named board\'s', () => {
    expect(issued(x('Products must be registered with the Pharmacy and Poisons Board ("the Board") before sale in Hong Kong. In May 2024, the Board approved the registration of ZX-5, a gene therapy for haemophilia.'))).toEqual(['agency:cn-hk/pharmacy-and-poisons-board']);
    expect(issued(x('The Pharmacy and Poisons Board of Hong Kong met on Monday. At the meeting, the Board approved the registration of TQ-3, a CAR-T therapy.'))).toEqual(['agency:cn-hk/pharmacy-and-poisons-board']);
  });

  it('"the Board of Directors" or a board with no body named before is nobody\'s', () => {
    expect(issued(x('The Pharmacy and Poisons Board of Hong Kong met on Monday. At the meeting, the Board of Directors approved the registration of TQ-3, a CAR-T therapy.'))).toEqual([]);
    expect(issued(x('At the meeting, the Board approved the registration of TQ-3, a CAR-T therapy.'))).toEqual([]);
  });
});

describe('"the Government" on a Hong Kong or Macao page: that SAR\'s government', () => {
  it('capitalised and alone, it is the government of the SAR the page names most', () => {
    expect(ids(x('The Government today gazetted the Medical Devices (Amendment) Regulation. The Health Bureau said the Department of Health will process applications in Hong Kong.'), 'Agency')).toContain('agency:cn-hk/government');
    expect(ids(x('At the Legislative Council meeting, members asked whether the Government would fund cell therapy trials in Hong Kong hospitals.'), 'Agency')).toContain('agency:cn-hk/government');
  });

  it('"the government" in lower case, "the Government Work Report", or a page about no SAR: no SAR government', () => {
    expect(ids(x('The Government Work Report called for biomanufacturing in Hong Kong and the mainland.'), 'Agency')).not.toContain('agency:cn-hk/government');
    expect(ids(x('The Government said the National Health Commission would publish the rules.'), 'Agency')).not.toContain('agency:cn-hk/government');
    expect(ids(x('Officials said the government would support clinics in Hong Kong.'), 'Agency')).not.toContain('agency:cn-hk/government');
  });
});

describe('a company\'s post named with the company before or after the name, in full or short', () => {

  it('"Y\'s chief executive Dr. X", "Y CEO X": the company named before, in full or by its short name', () => {
    expect(memberIds(x('Norvell Cell Therapeutics said on Monday its product was approved. "This is a milestone," Norvell\'s chief executive Dr. Zhao Ming told reporters.'))).toEqual([['person:zhao-ming', 'org:norvell-cell-therapeutics']]);
    expect(memberIds(x('Shanghai Tianrui Biotech Co., Ltd. received the licence. Tianrui CEO Anna Berg said production starts in May.'))).toEqual([['person:anna-berg', 'org:shanghai-tianrui-biotech']]);
  });

  it('"said Dr. X, Co-founder and Chief Executive Officer of Y" with Y short for the company named before', () => {
    expect(memberIds(x('Kestrel Biotherapeutics Co., Ltd. ("Kestrel") today announced an approval. "We are grateful," said Dr. Maria Chen, Co-founder and Chief Executive Officer of Kestrel.'))).toEqual([['person:maria-chen', 'org:kestrel-biotherapeutics']]);
  });

  it('a post with no company before it, or a place\'s name before the post, makes no membership', () => {
    expect(memberIds(x('Shanghai Tianrui Biotech received the licence. The chief executive Dr. Zhao Ming said production starts in May.'))).toEqual([]);
    expect(memberIds(x('Shanghai Tianrui Biotech received the licence. Shanghai chief executive Dr. Zhao Ming said so.'))).toEqual([]);
  });
});

describe('a press release\'s "About X" heading names X, not "About X"', () => {
  it('the company under its "About" heading is the company', () => {
    const orgs = (d: DocumentFacts) => names(d, 'Organization');
    expect(orgs(x('Norvell Therapeutics announced an approval today.\n\nAbout Norvell Therapeutics\nNorvell Therapeutics is a biotech company based in Suzhou.'))).toEqual(['Norvell Therapeutics']);
    expect(orgs(x('About Kestrel Biologics Co., Ltd.\nKestrel Biologics Co., Ltd. develops cell therapies.'))).toEqual(['Kestrel Biologics Co., Ltd.']);
  });
});

describe('a member named again bare, a proposal recalled with 提交过, a reposting site\'s headline', () => {
  const proposals = (d: DocumentFacts) => relsOf(d, 'PROPOSED').map((r) => [r.from, nameOf(d, r.to), r.date]);

  it('王某某在去年的…上也曾提交过关于X的建议: the member named with a post before, dated by 去年 from the page', () => {
    expect(proposals(x('全国政协委员刘建平今年带来了新提案。据了解，刘建平在去年的全国政协会议上也曾提交过关于完善干细胞临床研究监管的建议。', '2025-03-08'))).toEqual([['person:liu-jianping', '关于完善干细胞临床研究监管的建议', '2024']]);
    expect(proposals(x('全国人大代表赵明辉在会上发言。赵明辉曾提交过关于支持细胞治疗产业发展的建议，得到部委答复。', '2025-03-08'))).toEqual([['person:zhao-minghui', '关于支持细胞治疗产业发展的建议', '2025-03']]);
  });

  it('a bare name never given with a post is no person', () => {
    expect(x('据了解，刘建平在会上提交过关于完善干细胞临床研究监管的建议。').entities.filter((e) => e.label === 'Person')).toEqual([]);
  });

  it('a headline summing up the member\'s proposal (site suffix cut) and its title in the text are one proposal', () => {
    const a = x('全国人大代表周立群：建议在长三角建设细胞治疗临床转化中心-健康频道-某某网\n今年两会上，全国人大代表周立群带来了《关于在长三角地区建设细胞治疗临床研究与转化中心的建议》。', '2025-03-06');
    expect(proposals(a)).toEqual([['person:zhou-liqun', '关于在长三角地区建设细胞治疗临床研究与转化中心的建议', '2025-03']]);
    expect(a.entities.find((e) => e.label === 'Proposal')?.aliases).toContain('在长三角建设细胞治疗临床转化中心的建议');
  });

  it('two proposals of one member on different topics stay two', () => {
    const a = x('全国政协委员孙丽华：加快再生医学立法\n全国政协委员孙丽华提交了《关于支持干细胞库建设的提案》。', '2025-03-06');
    expect(proposals(a).length).toBe(2);
  });
});

describe('English approvals in news roundups: a time before the verb, a developer in apposition, registrations granted, approvals issued to', () => {
  const granted = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => [r.from, nameOf(d, r.to), r.date]);

  it('"X on Tuesday approved a supplemental application for Y" and "Y (y), developed by Z, was approved by X in December 2024"', () => {
    expect(granted(x('China\'s National Medical Products Administration on Tuesday approved a supplemental application for Zevori (zeltacel) from Norco Bio, extending its use.', '2025-11-14'))).toEqual([['agency:cn/nmpa', 'approval of supplemental application for Zevori', '2025-11-11']]);
    expect(granted(x('Abecel (abe-cel), developed by Tern Biologics, was approved by the U.S. FDA in December 2024.'))).toEqual([['agency:us/fda', 'approval of Abecel', '2024-12']]);
  });

  it('"converted from conditional to full approval by X" and "X granted registration to Y on November 7" / "issued a conditional approval with terms to Y"', () => {
    expect(granted(x('Norco Bio said Monday that zeltacel had been converted from conditional to full approval by the NMPA.', '2025-11-14'))).toEqual([['agency:cn/nmpa', 'approval of zeltacel', '2025-11-10']]);
    expect(granted(x("Hong Kong's Pharmacy and Poisons Board granted registration to a gene therapy for hemophilia A on March 3, the Department of Health said.", '2025-03-05'))).toEqual([['agency:cn-hk/pharmacy-and-poisons-board', 'registration of gene therapy for hemophilia A', '2025-03-03']]);
    expect(granted(x("Taiwan's Food and Drug Administration issued a conditional approval with terms to a cartilage cell product made by a local firm."))).toEqual([['agency:cn-tw/tfda', 'approval of cartilage cell product', undefined]]);
  });

  it('"approved the urgent import of a U.S.-made product": the name runs past U.S.', () => {
    expect(granted(x('The Hainan Provincial Medical Products Administration approved the urgent import of a U.S.-made cell product for use at a hospital.')).map(([, n]) => n)).toEqual(['approval of urgent import of a U.S.-made cell product']);
  });

  it('an application accepted, a licence plate issued, funding granted: no licence', () => {
    expect(granted(x('The NMPA on Tuesday accepted the application for Zevori. The bureau issued a licence plate. The commission granted funding to hospitals.'))).toEqual([]);
  });
});

describe('Traditional-Chinese licences and posts of Hong Kong news', () => {
  const granted = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => [r.from, nameOf(d, r.to)]);

  it('甲產品，已獲X批准註冊: the product of the clause before; 乙中心於2024年獲X發出Y證明書: a permit received', () => {
    expect(granted(x('瑪麗醫院研發的CAR-T細胞治療產品，已獲藥劑業及毒藥管理局批准註冊，明年起使用。'))).toEqual([['agency:cn-hk/pharmacy-and-poisons-board', 'CAR-T細胞治療產品獲批']]);
    expect(granted(x('醫院的細胞治療中心於2024年獲衞生署發出臨床試驗證明書，至今已治療病人。'))).toEqual([['agency:cn-hk/department-of-health', '臨床試驗證明書']]);
  });

  it('a clause of its own before 已獲 with no product, or a permit with no body after 獲: no licence', () => {
    expect(granted(x('計劃進展順利，已獲衞生署批准。'))).toEqual([]);
    expect(granted(x('該中心於2024年獲得臨床試驗證明書。'))).toEqual([]);
  });

  it('醫管局行政總裁X在記者會上 and 某处处长X就…解读 are posts; 特區政府 on a Hong Kong page is its government', () => {
    expect(memberIds(x('醫管局行政總裁高文傑在記者會上表示，療法明年推出。'))).toEqual([['person:gao-wenjie', 'agency:cn-hk/hospital-authority']]);
    expect(memberIds(x('国家药监局药品审评中心临床试验管理处处长王立新就有关问题进行解读。'))).toEqual([['person:wang-lixin', 'agency:cn/nmpa/cde'], ['person:wang-lixin', 'agency:cn/nmpa/cde/lin-chuang-shi-yan-guan-li-chu']]);
    expect(ids(x('醫務衞生局表示，特區政府會推出新措施，支持香港的細胞治療研發。'), 'Agency')).toContain('agency:cn-hk/government');
  });
});

describe('companies without a legal suffix: "X Bio", "A & B" after a party word, the maker after "developed by"', () => {
  const orgs = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'Organization').map((e) => e.name).sort();

  it('"Norco Bio said", "from Tern Biotech and Hale & Hale", "a therapy developed by Mesora"', () => {
    expect(orgs(x('Norco Bio said Monday that its product was approved.'))).toEqual(['Norco Bio']);
    expect(orgs(x('The NMPA approved a supplemental application from Tern Biotech and Hale & Hale, the agency said.'))).toEqual(['Hale & Hale', 'Tern Biotech']);
    expect(orgs(x('Zevori, a cell therapy developed by Mesora, was approved by the FDA in 2024.'))).toEqual(['Mesora']);
  });

  it('a menu\'s "Healthcare & Pharmaceuticals", "developed by the CDE", a place\'s "Bio-Town": no company', () => {
    expect(orgs(x('Home | Healthcare & Pharmaceuticals | Contact\nThe guideline was developed by the Center for Drug Evaluation.'))).toEqual([]);
    expect(orgs(x('The Chengdu Tianfu International Bio-Town hosts many firms.'))).toEqual([]);
  });
});

describe('notices and announcements of batch D: a quoted programme inside an unquoted title, 经X于DATE三读通过, a title with and without its issuer, 以下简称《公告》', () => {
  const issued = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => [r.from, nameOf(d, r.to), r.date]);
  const policies = (d: DocumentFacts) => names(d, 'Policy');

  it('X关于发布…“Y计划”…申报指南的通知: the guide, its quoted programme inside its name, is issued by X', () => {
    const a = x('北京市科学技术委员会关于发布北京市2026年度“创新引领计划”细胞治疗领域项目申报指南的通知\n发布日期：2026-03-02\n各有关单位：现发布本指南。', '2026-03-02');
    expect(policies(a)).toEqual(['北京市2026年度“创新引领计划”细胞治疗领域项目申报指南']);
    expect(issued(a)).toEqual([['agency:cn-bj/science-technology', '北京市2026年度“创新引领计划”细胞治疗领域项目申报指南', '2026-03-02']]);
  });

  it('「X」經立法院於113年6月4日三讀通過: passed that day by the Legislative Yuan', () => {
    expect(issued(x('「細胞治療產業條例」經立法院於113年6月4日三讀通過，並於同月公布。'))).toEqual([['agency:cn-tw/legislative-yuan', '细胞治疗产业条例', '2024-06-04']]);
    expect(issued(x('《某省细胞治疗条例》经四川省人大常委会于2024年9月27日审议通过。'))).toEqual([['agency:cn-sc/peoples-congress-standing-committee', '某省细胞治疗条例', '2024-09-27']]);
  });

  it('《国家药监局关于X的公告》 in the headline and 国家药监局发布《关于X的公告》 in the text are one policy; 《公告》 (its short name) repeals Y', () => {
    const a = x('《国家药监局关于细胞治疗产品分阶段审评的公告》政策解读\n近日，国家药监局发布《关于细胞治疗产品分阶段审评的公告》（2026年第9号，以下简称《公告》）。\n答：2021年药审中心发布的《细胞治疗产品技术指导原则（试行）》仍然有效。《公告》自发布之日起施行，2023年发布的《细胞治疗产品分阶段审评试点方案》同时废止。', '2026-02-27');
    const ann = a.entities.filter((e) => e.label === 'Policy' && /分阶段审评的公告$/.test(e.name));
    expect(ann.length).toBe(1);
    const sup = a.relations.filter((r) => r.type === 'SUPERSEDES').map((r) => [a.entities.find((e) => e.id === r.from)?.name, a.entities.find((e) => e.id === r.to)?.name]);
    expect(sup).toEqual([[ann[0]!.name, '细胞治疗产品分阶段审评试点方案']]);
  });

  it('without a short name given, a bare 《公告》 names nothing: the repealed text\'s replacer stays unknown', () => {
    const a = x('答：2021年药审中心发布的《细胞治疗产品技术指导原则（试行）》仍然有效。《公告》自发布之日起施行，2023年发布的《细胞治疗产品分阶段审评试点方案》同时废止。');
    expect(a.relations.filter((r) => r.type === 'SUPERSEDES' && a.entities.find((e) => e.id === r.from)?.name === '公告')).toEqual([]);
  });

  it('企业与复旦大学 are two parties; 京都大学iPSC研究与应用中心 is one name', () => {
    const orgs = (d: DocumentFacts) => names(d, 'Organization');
    expect(orgs(x('鼓励张江科学城内企业与复旦大学联合申报。'))).not.toContain('张江科学城内企业与复旦大学');
    expect(orgs(x('由京都大学iPSC研究与应用中心主任表示支持。'))).toContain('京都大学iPSC研究与应用中心');
  });
});

describe('a cross-border "Connect" scheme (港澳药械通): one policy in either language, its sides no places of its own', () => {
  const policies = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'Policy').map((e) => [e.id, e.name]);

  it('「港澳藥械通」 and the "Hong Kong and Macao Drugs and Medical Devices Connect" measure are one scheme', () => {
    expect(policies(x('國家藥監局支持在前海設立「港澳藥械通」指定醫療機構。'))).toEqual([['policy:drugs-devices-connect-hk-mo', '港澳药械通']]);
    const en = x('Under the "Hong Kong and Macao Drugs and Medical Devices Connect" measure, designated hospitals in the Greater Bay Area may use Hong Kong-registered drugs.');
    expect(policies(en)).toEqual([['policy:drugs-devices-connect-hk-mo', 'Hong Kong and Macao Drugs and Medical Devices Connect']]);
    expect(en.entities.find((e) => e.label === 'Policy')?.aliases).toContain('港澳药械通');
    expect(policies(x('Hospitals in Hengqin joined the Macao Drugs and Medical Devices Connect policy last year.'))).toEqual([['policy:drugs-devices-connect-mo', 'Macao Drugs and Medical Devices Connect']]);
  });

  it('the places in its name are not where it applies, nor places the page names', () => {
    const en = x('The "Hong Kong and Macao Drugs and Medical Devices Connect" measure was announced in 2021.');
    expect(ids(en, 'Region')).not.toContain('region:CN-MO');
    expect(en.relations.filter((r) => r.type === 'APPLIES_TO')).toEqual([]);
  });

  it('"connect" as a verb or a stock scheme with no quotes names nothing', () => {
    expect(policies(x('The platform will connect hospitals in Hong Kong and Macao. Stock Connect trading rose.'))).toEqual([]);
  });
});

describe('a known hospital\'s short name after another university\'s 附属 is that university\'s hospital', () => {
  const orgs = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'Organization').map((e) => [e.id, e.name]);

  it('华中科技大学同济医学院附属协和医院 is not Beijing\'s PUMCH; 北京协和医院 is', () => {
    const a = orgs(x('华中科技大学同济医学院附属协和医院通过国家干细胞临床研究机构备案。'));
    expect(a.map(([id]) => id)).not.toContain('org:pumch');
    expect(a.map(([, n]) => n)).toContain('华中科技大学同济医学院附属协和医院');
    expect(orgs(x('北京协和医院牵头开展研究。')).map(([id]) => id)).toEqual(['org:pumch']);
  });
});

describe('a Taiwan listed company\'s filing (公開資訊觀測站): ROC dates with slashes, form words, its short name', () => {
  const orgs = (d: DocumentFacts) => names(d, 'Organization');

  it('114/10/08 is 2025-10-08; 發言日期 114/10/09 dates the page', () => {
    expect(publishedDate('公開資訊觀測站\n序號　1　　發言日期　114/10/09　　發言時間　17:32:05\n主旨：本公司獲核准')).toBe('2025-10-09');
    expect(publishedDate('發布日期：113-12-27\n衛福部公告')).toBe('2024-12-27');
  });

  it('上櫃公司, 請輸入本公司, 為保障公司…權益 name no company; 瑞昇細胞公司 is 瑞昇細胞生技股份有限公司 in either order', () => {
    expect(orgs(x('本資料由(上櫃公司)瑞昇細胞生技股份有限公司提供。\n3.與公司關係(請輸入本公司或子公司):本公司\n為保障公司及投資人權益，暫不揭露。'))).toEqual(['瑞升细胞生技股份有限公司']);
    expect(orgs(x('2.公司名稱:康林生技股份有限公司\n本資料由康林生技公司提供。'))).toEqual(['康林生技股份有限公司']);
    expect(orgs(x('本資料由康林生技公司提供。\n2.公司名稱:康林生技股份有限公司'))).toEqual(['康林生技股份有限公司']);
  });

  it('two companies sharing no prefix stay two', () => {
    expect(orgs(x('康林生技股份有限公司與瑞昇細胞公司簽約。')).length).toBe(2);
  });
});

describe('a Hong Kong Government press release: its "Ends/" line dates it; the Gazette; "the Amendment Regulation, made by X"', () => {
  const issued = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => [r.from, nameOf(d, r.to), r.date]).sort();

  it('"Ends/Friday, November 14, 2025" (完／2025年11月14日) is the page date', () => {
    expect(publishedDate('Press Releases\nGovernment gazettes regulation\nThe Government today published it.\nEnds/Friday, November 14, 2025\nIssued at HKT 11:00')).toBe('2025-11-14');
    expect(publishedDate('新聞公報\n政府今日刊憲。\n完／2025年11月14日（星期五）\n香港時間11時00分')).toBe('2025-11-14');
  });

  it('"The Government today (March 7) published in the Gazette the X Regulation 2025 … the Amendment Regulation, made by the Board": both issued it that day', () => {
    const a = x('The Government today (March 7) published in the Gazette the Medical Devices (Amendment) Regulation 2025. A spokesman for the Health Bureau said that the Amendment Regulation, made by the Pharmacy and Poisons Board under the Ordinance, takes effect in June.\nEnds/Friday, March 7, 2025');
    expect(issued(a)).toEqual([
      ['agency:cn-hk/government', 'Medical Devices (Amendment) Regulation 2025', '2025-03-07'],
      ['agency:cn-hk/pharmacy-and-poisons-board', 'Medical Devices (Amendment) Regulation 2025', '2025-03-07'],
    ]);
  });

  it('a short name that repeats no earlier title\'s words, or no body after "by", issues nothing', () => {
    expect(issued(x('The Pharmacy and Poisons Board met today. The Amendment Regulation, made by the Pharmacy and Poisons Board, is new.'))).toEqual([]);
  });
});

describe('quoted parts of titles, a revision note in a quoted title, bodies of "the provincial" in lower case', () => {
  const policies = (d: DocumentFacts) => names(d, 'Policy');

  it('《“十四五”生物经济发展规划》 keeps its opening quote; \'the "14th Five-Year" Bioeconomy Development Plan\' is one title', () => {
    expect(policies(x('结合国家发展改革委《“十四五”生物经济发展规划》有关部署，制定本规划。'))).toEqual(['“十四五”生物经济发展规划']);
    expect(policies(x('To carry out the "14th Five-Year" Bioeconomy Development Plan, this action plan is formulated.'))).toContain('"14th Five-Year" Bioeconomy Development Plan');
  });

  it('a quoted title ending "(Revised)" is the whole title, not the law inside it', () => {
    expect(policies(x('Delegates also passed the "Gansu Provincial Implementation Measures of the Law of the People\'s Republic of China on Basic Medical and Health Care (Revised)" before the session closed.'))).toEqual(["Gansu Provincial Implementation Measures of the Law of the People's Republic of China on Basic Medical and Health Care (Revised)"]);
  });

  it('"the provincial people\'s government" and "the Standing Committee of the Provincial People\'s Congress" after the province is named', () => {
    const a = x("Hunan Province passed new rules. The Legislative Affairs Commission of the Standing Committee of the Provincial People's Congress said the provincial people's government shall set up a mechanism.");
    expect(ids(a, 'Agency')).toEqual(expect.arrayContaining(['agency:cn-hn/government', 'agency:cn-hn/peoples-congress-standing-committee']));
  });

  it('"each provincial health commission" (no "the") or no province named: no body', () => {
    expect(ids(x('Each provincial health commission shall report to the centre.'), 'Agency')).toEqual([]);
  });
});

describe('proposals of democratic parties (农工党中央, 九三学社中央) and of a member named before (他本人…提交了)', () => {
  const proposed = (d: DocumentFacts) => relsOf(d, 'PROPOSED').map((r) => [r.from, nameOf(d, r.to)]);

  it('X党中央向…会议提交了《…提案》 and 九三学社中央今年提交的《…提案》: the party\'s central committee proposes', () => {
    expect(proposed(x('民盟中央向全国政协十四届三次会议提交了《关于支持干细胞库建设的提案》。', '2025-03-08'))).toEqual([['agency:cn/cdl-central-committee', '关于支持干细胞库建设的提案']]);
    expect(proposed(x('九三学社中央今年提交的《关于规范基因治疗临床研究的提案》也受关注。', '2025-03-08'))).toEqual([['agency:cn/jiusan-central-committee', '关于规范基因治疗临床研究的提案']]);
  });

  it('农工党中央委员 is no person named 党中央, and 党中央 alone is the CPC\'s', () => {
    const a = x('全国政协委员、农工党中央委员、华西医院教授杨光华表示支持。他本人今年也提交了《关于建立细胞治疗区域中心的提案》。', '2025-03-08');
    expect(a.entities.filter((e) => e.label === 'Person').map((e) => e.id)).toEqual(['person:yang-guanghua']);
    expect(proposed(a)).toEqual([['person:yang-guanghua', '关于建立细胞治疗区域中心的提案']]);
    expect(ids(x('党中央、国务院高度重视生物医药产业。'), 'Agency')).toContain('agency:cn/cpc-central-committee');
  });

  it('a regulator that 提出 a text, or a body far from the verb, proposes nothing', () => {
    expect(proposed(x('国家卫生健康委提出的《关于加强干细胞管理的建议》已印发。'))).toEqual([]);
  });
});

describe('batch E kinds: Taiwan review criteria (基準, 計畫), 組長, Taiwan\'s CDE, counted approvals, site and document-number names', () => {
  const policies = (d: DocumentFacts) => names(d, 'Policy');
  const licences = (d: DocumentFacts) => names(d, 'License');

  it('「X審查基準」 and 「健康台灣深耕計畫」 are titles; 原「Y基準」同時停止適用 is replaced by X', () => {
    const a = x('衛生福利部於中華民國114年11月20日公告訂定「細胞製劑臨床試驗審查基準」，自即日生效；原103年9月30日公告之「細胞治療產品審查基準」同時停止適用。');
    expect(policies(a).sort()).toEqual(['细胞制剂临床试验审查基准', '细胞治疗产品审查基准']);
    const sup = a.relations.filter((r) => r.type === 'SUPERSEDES').map((r) => [a.entities.find((e) => e.id === r.from)?.name, a.entities.find((e) => e.id === r.to)?.name]);
    expect(sup).toEqual([['细胞制剂临床试验审查基准', '细胞治疗产品审查基准']]);
    expect(policies(x('行政院推動「健康台灣深耕計畫」。'))).toEqual(['健康台湾深耕计划']);
  });

  it('食藥署藥品組組長X表示 is of the TFDA and its division; 財團法人醫藥品查驗中心（CDE） is Taiwan\'s centre, not the mainland CDE', () => {
    expect(memberIds(x('食藥署藥品組組長林怡君表示，審查將與國際接軌。'))).toEqual([['person:lin-yijun', 'agency:cn-tw/tfda'], ['person:lin-yijun', 'agency:cn-tw/tfda/yao-pin-zu']]);
    const a = x('財團法人醫藥品查驗中心（CDE）將提供諮詢。');
    expect(ids(a, 'Organization')).toEqual(['org:tw-cde']);
    expect(ids(a, 'Agency')).toEqual([]);
    expect(ids(x('国家药监局（NMPA）发布公告。'), 'Agency')).toEqual(['agency:cn/nmpa']);
  });

  it('已核准…共58件 (a count), 持有X批准的药品注册证明 (a condition), 核准签发的…《…》: no licence of those words', () => {
    expect(licences(x('食藥署已核准再生醫療製劑臨床試驗計畫共58件。'))).toEqual([]);
    expect(licences(x('对持有澳门药物监督管理局批准的药品注册证明的企业给予奖励。'))).toEqual([]);
    expect(licences(x('公司收到国家药监局核准签发的KS-105注射液《药物临床试验批准通知书》。'))).toEqual(['药物临床试验批准通知书']);
  });

  it('人民政协网 (a website) is no body; a place in a pinyin document number is no place', () => {
    expect(ids(x('人民政协网北京3月8日电 全国政协委员表示支持。'), 'Agency')).toEqual(['agency:cn/cppcc/national-committee']);
    // (Henan only inside the body's name is no region of the page either: places-s20.)
    expect(ids(x('Henan Provincial Health Commission\nYu Wei Jian Han [2025] No. 73\nReply on the suggestion.'), 'Region')).toEqual([]);
  });

  it('"the 2024 Policy Address" is dated by its year', () => {
    expect(x('The Chief Executive announced in the 2024 Policy Address that a centre would be set up in Hong Kong.').entities.find((e) => e.label === 'Policy')?.date).toBe('2024');
  });
});

describe('a licence received with its product before the title; a body a proposal asks to act', () => {
  const issued = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => [r.from, nameOf(d, r.to)]);

  it('子公司X收到国家药监局核准签发的KS-105注射液《药物临床试验批准通知书》: the NMPA issued it, the receiver did not', () => {
    expect(issued(x('公司全资子公司康林细胞治疗（上海）有限公司于2025年11月25日收到国家药监局核准签发的KL-105注射液《药物临床试验批准通知书》。'))).toEqual([['agency:cn/nmpa', '药物临床试验批准通知书']]);
  });

  it('二是由国家卫生健康委修订《X》 (what a proposal asks) issues nothing; 2015年由国家卫生健康委印发《X》 does', () => {
    expect(issued(x('委员建议：一是加快立法；二是由国家卫生健康委修订《干细胞临床研究管理办法（试行）》。'))).toEqual([]);
    expect(issued(x('2015年由国家卫生健康委印发《干细胞临床研究管理办法（试行）》。'))).toEqual([['agency:cn/nhc', '干细胞临床研究管理办法(试行)']]);
  });
});

describe('a machine-translated English reply to a deputy: "Reply of X on Suggestion No. N", "Representative Y: Your proposal "Z" has been received"', () => {
  const rels = (d: DocumentFacts, type: string) => d.relations.filter((r) => r.type === type).map((r) => [r.from, nameOf(d, r.to) ?? r.to]);
  const page = "Hunan Provincial Health Commission\nReply of Hunan Provincial Health Commission on Suggestion No. 512 of the Third Session of the Fourteenth Provincial People's Congress\nRelease time: 2025-07-30\n\nRepresentative Li Wenhua:\n\nYour proposal \"Suggestions on Building a Cell Therapy Centre in Our Province\" has been received. Thank you for your concern.\n\nHunan Provincial Health Commission\nJuly 22, 2025";

  it('the headline is the commission\'s reply; the deputy proposes the quoted suggestion, for her province, and sits in its congress', () => {
    const a = x(page);
    expect(rels(a, 'ISSUED')).toEqual([['agency:cn-hn/health-commission', "Reply of Hunan Provincial Health Commission on Suggestion No. 512 of the Third Session of the Fourteenth Provincial People's Congress"]]);
    expect(rels(a, 'PROPOSED')).toEqual([['person:li-wenhua', 'Suggestions on Building a Cell Therapy Centre in Our Province']]);
    expect(rels(a, 'MEMBER_OF')).toEqual([['person:li-wenhua', "Hunan Provincial People's Congress"]]);
    expect(a.relations.filter((r) => r.type === 'APPLIES_TO' && r.to === 'region:CN-HN').length).toBeGreaterThan(0);
  });

  it('"Your proposal" with no salutation before it proposes nothing; "Reply to a reader" is no reply to a suggestion', () => {
    const a = x('Reply to a reader\nYour proposal "Suggestions on Building a Cell Therapy Centre" has been received.');
    expect(rels(a, 'PROPOSED')).toEqual([]);
    expect(a.entities.filter((e) => e.label === 'Policy')).toEqual([]);
  });
});

describe('licence registers as tables: 企业名称 | 许可证编号 | 发证日期, and Date | Regulator | Product (company) | Decision', () => {
  const issued = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => [r.from, nameOf(d, r.to), r.date]);

  it('a provincial register: one licence per row, the holder and the licence kind named before, issued by the page\'s body on its 发证日期', () => {
    const a = x('浙江省药品监督管理局\n药品生产许可证核发信息公示\n我局决定核发《药品生产许可证》。\n| 序号 | 企业名称 | 许可证编号 | 发证日期 |\n| 1 | 杭州甲细胞科技有限公司 | 浙20250101 | 2025-09-01 |\n| 2 | 宁波乙基因科技有限公司 | 浙20250102 | 2025-09-03 |\n\n联系电话：0571-1234', '2025-09-05');
    expect(issued(a).filter(([, n]) => n !== '药品生产许可证')).toEqual([
      ['agency:cn-zj/medical-products', '杭州甲细胞科技有限公司药品生产许可证', '2025-09-01'],
      ['agency:cn-zj/medical-products', '宁波乙基因科技有限公司药品生产许可证', '2025-09-03'],
    ]);
  });

  it('an English tracker: one licence per row, issued by the row\'s regulator on its date', () => {
    const a = x('Tracker: approvals in Q3\n| Date | Regulator | Product (company) | Decision |\n| 2025-07-04 | NMPA | zeltacel (Norco Bio) | Full approval, adults |\n| 2025-08-15 | TFDA, Taiwan | autologous NK cells (Tern Bio) | Conditional approval with terms |\n\nNotes');
    expect(issued(a)).toEqual([
      ['agency:cn/nmpa', 'full approval of zeltacel', '2025-07-04'],
      ['agency:cn-tw/tfda', 'conditional approval with terms of autologous NK cells', '2025-08-15'],
    ]);
  });

  it('a table of something else (药品名称 | 申请人 | 受理日期; Date | Event | Venue) makes no licence', () => {
    expect(x('| 序号 | 药品名称 | 申请人 | 受理日期 |\n| 1 | 甲注射液 | 甲公司 | 2025-01-02 |').entities.filter((e) => e.label === 'License')).toEqual([]);
    expect(x('| Date | Event | Venue |\n| 2025-07-04 | NMPA forum | Beijing |').entities.filter((e) => e.label === 'License')).toEqual([]);
  });
});

describe('English news issuers: a fronted participle, "which X put out", "cleared by", titles after "a set of" / "the national"', () => {
  const issued = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => [r.from, nameOf(d, r.to)]).sort();

  // (The provincial drug regulator is Jiangsu's: a body named by what news call it after its level word, since session 19.)
  it('"Released on March 12 by A together with B and the provincial regulator, the X sets out …": A, B and the regulator issued X', () => {
    const a = x('Released on March 12 by the Jiangsu Provincial Development and Reform Commission together with the provincial health commission and the provincial drug regulator, the Action Plan for Developing the Cell Therapy Industry in Jiangsu Province (2025-2027) sets out 20 measures.', '2025-03-14');
    expect(issued(a)).toEqual([
      ['agency:cn-js/development-reform', 'Action Plan for Developing the Cell Therapy Industry in Jiangsu Province (2025-2027)'],
      ['agency:cn-js/health-commission', 'Action Plan for Developing the Cell Therapy Industry in Jiangsu Province (2025-2027)'],
      ['agency:cn-js/medical-products', 'Action Plan for Developing the Cell Therapy Industry in Jiangsu Province (2025-2027)'],
    ]);
  });

  it('"a set of Several Measures to X, which the Y municipal government put out", "the national Implementation Plan for Z, cleared by the State Council"', () => {
    const a = x('The plan follows a set of Several Measures to Support Innovative Drugs, which the Suzhou municipal government put out last August, and builds on the national Implementation Plan for Full-Chain Support for Innovative Drugs, cleared by the State Council in July 2024.', '2025-03-14');
    expect(issued(a)).toEqual([
      ['agency:cn-320500/government', 'Several Measures to Support Innovative Drugs'],
      ['agency:cn/state-council', 'Implementation Plan for Full-Chain Support for Innovative Drugs'],
    ]);
  });

  it('"Released in 2024, the plan …" names no issuer; a participle clause with no title after it issues nothing', () => {
    expect(issued(x('Released in 2024, the Action Plan for Cell Therapy sets targets.'))).toEqual([]);
    expect(issued(x('Released on March 12 by the National Health Commission, officials said more rules would follow.'))).toEqual([]);
  });
});

describe('a Legislative Council motion (通過由X議員動議、經Y議員修正的「Z」議案): X\'s proposal Z; members named with 議員 sit in the Council', () => {
  it('the moved motion is a proposal of its mover, for the place its title names, and no policy; mover and amender are members', () => {
    const a = x('立法會會議通過議案\n立法會今日（十一月二十六日）會議上，通過由葉文山議員動議、經李美華議員修正的「推動香港發展成為基因治療樞紐」議案。\n另外，由陳家強議員動議的「完善長者醫療券計劃」議案及由郭穎儀議員就該議案提出的修正案均獲通過。', '2025-11-26');
    const proposed = a.relations.filter((r) => r.type === 'PROPOSED').map((r) => [r.from, a.entities.find((e) => e.id === r.to)?.name]);
    expect(proposed).toEqual([['person:ye-wenshan', '推动香港发展成为基因治疗枢纽'], ['person:chen-jiaqiang', '完善长者医疗券计划']]);
    expect(a.relations.filter((r) => r.type === 'MEMBER_OF' && r.to === 'agency:cn-hk/legislative-council').map((r) => r.from).sort()).toEqual(['person:chen-jiaqiang', 'person:guo-yingyi', 'person:li-meihua', 'person:ye-wenshan']);
    expect(a.entities.filter((e) => e.label === 'Policy')).toEqual([]);
    expect(a.relations.some((r) => r.type === 'APPLIES_TO' && r.to === 'region:CN-HK')).toBe(true);
  });

  it('a bill the government puts forward (由政府提出的「X條例草案」) is no member\'s motion', () => {
    expect(x('立法會今日審議由政府提出的「醫療產品規管條例草案」。').relations.filter((r) => r.type === 'PROPOSED')).toEqual([]);
  });
});

describe('the page\'s own text in a metadata table (| 标　　题 | X |) and in an official letter (X　函 / 主旨：檢送「Y」)', () => {
  const issued = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => [r.from, nameOf(d, r.to), r.date]);

  it('a government page\'s metadata table names its own text: issued by the body in its title, dated by 成文日期', () => {
    const a = x('福建省人民政府\n| 索 引 号 | FJ001 | 发文机关 | 福建省人民政府办公厅 |\n| 标　　题 | 福建省人民政府办公厅关于促进细胞治疗产业发展的实施意见 |\n| 发文字号 | 闽政办〔2025〕31号 | 成文日期 | 2025-08-06 |\n各市、县人民政府：\n现提出如下意见。');
    expect(issued(a)).toEqual([['agency:cn-fj/general-office', '福建省人民政府办公厅关于促进细胞治疗产业发展的实施意见', '2025-08-06']]);
  });

  it('衛生福利部　函 … 主旨：檢送「X」1份: X is the ministry\'s, dated by 發文日期; 原「Y」自即日起停止適用 is replaced by X', () => {
    const a = x('衛生福利部　函\n發文日期：中華民國114年10月3日\n主旨：檢送「再生醫療機構作業須知」1份，自即日起實施，請查照。\n說明：\n一、本部前於113年12月2日以函發布之「細胞治療技術申請作業說明」，自即日起停止適用。');
    expect(issued(a)).toEqual([
      ['agency:cn-tw/mohw', '再生医疗机构作业须知', '2025-10-03'],
      ['agency:cn-tw/mohw', '细胞治疗技术申请作业说明', '2024-12-02'],
    ]);
    expect(a.relations.filter((r) => r.type === 'SUPERSEDES').length).toBe(1);
  });

  it('主旨：請查照 names no text; a subject line with no body heading the letter issues nothing', () => {
    expect(issued(x('主旨：檢送「再生醫療機構作業須知」1份，請查照。'))).toEqual([]);
  });
});

describe('和 inside a company name after its place; a translated "Approval Notice" is a licence', () => {
  const orgs = (d: DocumentFacts) => names(d, 'Organization');

  it('珠海和康制药有限公司 is one name; 北京和上海某某有限公司 joins two places, so the company is 上海某某有限公司', () => {
    expect(orgs(x('珠海和康制药有限公司取得药品生产许可证。'))).toEqual(['珠海和康制药有限公司']);
    expect(orgs(x('北京和上海某某有限公司签约。'))).toEqual(['上海某某有限公司']);
  });

  it('"obtained the "Drug Clinical Trial Approval Notice" issued by X" names a licence, not a notice', () => {
    const a = x('YQ-19 obtained the "Drug Clinical Trial Approval Notice" issued by the State Drug Administration.');
    expect(a.entities.filter((e) => e.label === 'Policy')).toEqual([]);
    expect(a.entities.filter((e) => e.label === 'License').map((e) => e.name)).toEqual(['Drug Clinical Trial Approval Notice']);
  });
});

describe('副總裁 / 總裁 before a name, and a name before 联名', () => {
  it('X有限公司副总裁周某联名其他委员提交提案: a person, of that company', () => {
    const a = x('苏州市政协委员、信达生物制药（苏州）有限公司副总裁周晓岚联名其他4位委员提交提案。');
    expect(a.relations.filter((r) => r.type === 'MEMBER_OF' && r.from === 'person:zhou-xiaolan').map((r) => r.to)).toContain('org:xin-da-sheng-wu-zhi-yao-su-zhou-you-xian-gong-si');
    expect(x('公司副总裁会同有关部门研究。').entities.filter((e) => e.label === 'Person')).toEqual([]);
  });
});

describe('"last August": the latest such month before the page', () => {
  it('is the year before when the page is dated earlier in the year, this year when later; "last May Day" is no date', () => {
    expect(findDates('the measures the city put out last August', 2025, '2025-03-14').map((d) => d.date)).toEqual(['2024-08']);
    expect(findDates('the measures the city put out last February', 2025, '2025-11-02').map((d) => d.date)).toEqual(['2025-02']);
    expect(findDates('since the last May Day holiday', 2025, '2025-11-02')).toEqual([]);
  });
});

describe('English issuing verbs are one list read by every voice, spun and MT synonyms included', () => {
  const issued = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => [r.from, nameOf(d, r.to)]).sort();
  const TITLE = 'Measures for the Administration of Cell Therapy Clinical Research';

  it('each voice (active, passive past an aside, fronted, relative, possessive) takes the same spun verbs', () => {
    const want = [['agency:cn-zj/health-commission', TITLE]];
    expect(issued(x(`The Zhejiang Provincial Health Commission rolled out the ${TITLE} on Monday.`, '2025-05-14'))).toEqual(want);
    expect(issued(x(`The ${TITLE}, which experts welcomed, were handed by the Zhejiang Provincial Health Commission in May 2025.`, '2025-06-01'))).toEqual(want);
    expect(issued(x(`Given the green light by the Zhejiang Provincial Health Commission, the ${TITLE} set out 20 rules.`, '2025-06-01'))).toEqual(want);
    expect(issued(x(`Hospitals must follow the ${TITLE}, which the Zhejiang Provincial Health Commission inked last month.`, '2025-06-01'))).toEqual(want);
    expect(issued(x(`The Zhejiang Provincial Health Commission's ${TITLE} set out 20 rules.`, '2025-06-01'))).toEqual(want);
  });

  it('"The regulations were handed by X in December 2020" after the title: X passed the title named just before, dated', () => {
    const a = x('The zone has run under the Regulations on the Boao Lecheng International Medical Tourism Pilot Zone since 2021. The regulations were handed by the Standing Committee of the Hainan Provincial People\'s Congress in December 2020.', '2025-09-22');
    const reg = a.entities.find((e) => e.label === 'Policy')!;
    expect(reg.name).toBe('Regulations on the Boao Lecheng International Medical Tourism Pilot Zone');
    expect(a.relations.find((r) => r.type === 'ISSUED' && r.to === reg.id)).toMatchObject({ from: 'agency:cn-hi/peoples-congress-standing-committee', date: '2020-12' });
  });

  it('a spun approval ("accepted", "Clinical Items Management") is a licence; an application accepted for review is none', () => {
    const a = x('The Hainan Provincial Clinical Items Management has accepted the first use of an imported gene therapy in the Boao Lecheng Pilot Zone, the bureau said.', '2025-09-22');
    expect(a.relations.filter((r) => r.type === 'ISSUED').map((r) => r.from)).toEqual(['agency:cn-hi/medical-products']);
    expect(a.entities.find((e) => e.label === 'License')?.name).toMatch(/first use of an imported gene therapy$/);
    const b = x('The NMPA has accepted the IND application for XB-7, and its BLA was accepted by the CDE for priority review.', '2025-09-22');
    expect(b.entities.filter((e) => e.label === 'License')).toEqual([]);
  });

  it('the possessive and Title-Case spinning: "the State Council\'s Overall Strategy For The X" is the Council\'s, ending before the verb', () => {
    const a = x('In 2018 the State Council\'s Overall Strategy For The China (Hainan) Pilot Free Trade Zone offered it more powers.', '2025-09-22');
    expect(issued(a)).toEqual([['agency:cn/state-council', 'Overall Strategy For The China (Hainan) Pilot Free Trade Zone']]);
  });
});

describe('licences in news sentences and a title\'s bracket of document number and short name (batch G)', () => {
  const lic = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'License').map((e) => [d.relations.find((r) => r.type === 'ISSUED' && r.to === e.id)?.from, e.date]);

  it('PRODUCT（商品名：X，代号：Y）的新药上市申请已获BODY批准; 并已于本月20日获BODY批准使用 with the product in the clause before', () => {
    expect(lic(x('某某药业2月23日晚间公告，公司自主研发的乙细胞注射液（商品名：丙，研发代号：XY01）的新药上市申请已获国家药品监督管理局批准，用于治疗淋巴瘤。', '2024-02-24'))).toEqual([['agency:cn/nmpa', '2024-02-23']]);
    expect(lic(x('某医院昨日（27日）宣布，该院引进一款CD19 CAR-T细胞治疗产品，并已于本月20日获广东省药品监督管理局批准使用。', '2025-10-28'))).toEqual([['agency:cn-gd/medical-products', '2025-10-20']]);
  });

  it('a Taiwan hospital\'s 「X」计画，已于DATE获卫福部核准 is a licence', () => {
    const a = x('甲醫院申請的「自體免疫細胞治療第三期實體癌」計畫，已於7月15日獲衛福部核准。', '2025-09-01');
    expect(lic(a)).toEqual([['agency:cn-tw/mohw', '2025-07-15']]);
  });

  it('"X has secured approval from BODY for PRODUCT": the body approved the product, dated by the page', () => {
    const a = x('Acme Cell has secured approval from China\'s National Medical Products Administration for zetacabtagene autoleucel, its first product.', '2023-11-09');
    expect(a.entities.find((e) => e.label === 'License')?.name).toBe('approval of zetacabtagene autoleucel');
    expect(lic(a)).toEqual([['agency:cn/nmpa', '2023-11']]);
    expect(lic(x('Acme Cell has secured funding from the National Medical Products Administration for new plants.', '2023-11-09'))).toEqual([]);
  });

  it('"the X (Doc No. 11, the "2024 Measures")": the title ends before the bracket; "The 2024 Measures, …, replace the Y" supersedes Y', () => {
    const a = x('On 9 May 2024, the NHC and the Ministry of Education jointly issued the Measures for Ethics Review of Human Embryo Research (Guo Wei Fa [2024] No. 11, the "2024 Measures"). The 2024 Measures, in force from the day of issue, replace the Measures for Ethics Review of Embryo Studies, issued in 2014.', '2024-06-01');
    expect(names(a, 'Policy')).toContain('Measures for Ethics Review of Human Embryo Research');
    const neu = a.entities.find((e) => e.name === 'Measures for Ethics Review of Human Embryo Research')!;
    const old = a.entities.find((e) => e.name === 'Measures for Ethics Review of Embryo Studies')!;
    expect(a.relations.filter((r) => r.type === 'ISSUED' && r.to === neu.id).map((r) => r.from).sort()).toEqual(['agency:cn/moe', 'agency:cn/nhc']);
    expect(a.relations.some((r) => r.type === 'SUPERSEDES' && r.from === neu.id && r.to === old.id)).toBe(true);
  });
});

describe('a spinner\'s words in agency names and titles are read back (Wellness Payment, Clinical Products Management, Numerous Procedures)', () => {
  it('the spun co-issuers of a spun title issued it; the title reads as the words the spinner replaced', () => {
    const a = x('The Numerous Procedures to Assistance the Ingenious Growth of the Cell as well as Genetics Treatment Market were collectively provided on July 22 by the Shanghai Municipal Scientific Research as well as Modern Technology Payment, the Shanghai Municipal Wellness Payment as well as the Shanghai Municipal Clinical Products Management.', '2025-07-25');
    const p = a.entities.find((e) => e.label === 'Policy')!;
    expect(p.name).toBe('Several Measures to Support the Innovative Development of the Cell and Gene Therapy Industry');
    expect(a.relations.filter((r) => r.type === 'ISSUED' && r.to === p.id).map((r) => [r.from, r.date]).sort()).toEqual([
      ['agency:cn-sh/health-commission', '2025-07-22'], ['agency:cn-sh/medical-products', '2025-07-22'], ['agency:cn-sh/science-technology', '2025-07-22'],
    ]);
  });

  it('plain English keeps its words: procedures, growth, a market, treatment options, "as well as" in prose', () => {
    const a = x('Hospitals must follow procedures to report growth in the market for gene treatment options, as well as adverse events.', '2025-07-25');
    expect(a.entities.filter((e) => e.label === 'Policy' || e.label === 'Agency')).toEqual([]);
  });
});

describe('companies named without a legal suffix in market news, and their officers (batch G)', () => {
  const orgs = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'Organization').map((e) => e.name).sort();

  it('a stock code, 发布公告称 after a time word, a parent before 全资子公司, a list closed by "N家企业" name companies', () => {
    expect(orgs(x('某某生物-B（09999.HK）3月1日晚间公告，其产品获批上市。'))).toEqual(['某某生物']);
    expect(orgs(x('甲乙医药当日亦发布公告称，将推动产品进院。丙丁医药全资子公司杭州某某制药有限公司获得独家权利。'))).toEqual(['丙丁医药', '杭州某某制药有限公司', '甲乙医药']);
    expect(orgs(x('国内已有星河生物、远山药业和青禾细胞三家企业的产品获批上市。'))).toEqual(['星河生物', '远山药业', '青禾细胞']);
  });

  it('创始人、董事会主席兼首席执行官X after a company: X holds a post there', () => {
    const a = x('星河生物（02999.HK）今日公告。星河生物创始人、董事会主席兼首席执行官王某某表示，产品将于年内上市。');
    const org = a.entities.find((e) => e.label === 'Organization' && e.name === '星河生物')!;
    const person = a.entities.find((e) => e.label === 'Person')!;
    expect(a.relations.some((r) => r.type === 'MEMBER_OF' && r.from === person.id && r.to === org.id)).toBe(true);
  });

  it('"X has secured approval from …" names company X; "X chief executive Y said" after a quote is speech, not a title', () => {
    const a = x('Norco Cell Therapy has secured approval from China\'s National Medical Products Administration for zetacel. "This approval shows that our therapy can meet national standards," Norco chief executive Li Ming said.', '2023-11-09');
    expect(orgs(a)).toEqual(['Norco Cell Therapy']);
    expect(a.entities.filter((e) => e.label === 'Policy')).toEqual([]);
    expect(orgs(x('The company has secured approval from the National Medical Products Administration for zetacel.', '2023-11-09'))).toEqual([]);
  });
});

describe('a page\'s metadata and an official document\'s heading name who issued it (s7 left-overs)', () => {
  it('"Issued by: X    Date: Y" under a headline title, | 发文机关 | X | alike: X issued the title, dated', () => {
    const a = x('Several Measures of the Qianhai Cooperation Zone for Supporting the Cell Therapy Industry\nIssued by: Authority of Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone    Date: 2025-08-15    Views: 1,206\n\nArticle 1  These Measures are formulated to support the industry.');
    const p = a.entities.find((e) => e.label === 'Policy')!;
    expect(a.relations.filter((r) => r.type === 'ISSUED' && r.to === p.id).map((r) => [r.from, r.date])).toEqual([['agency:zone/qianhai/administrative-committee', '2025-08-15']]);
    expect(a.relations.find((r) => r.type === 'ISSUED')?.rules).toContain('issue.labelled-issuer');
    const b = x('Several Measures for Supporting the Cell Therapy Industry\nSource: Xinhua    Date: 2025-08-15\n\nThe measures support the industry.');
    expect(b.relations.filter((r) => r.type === 'ISSUED')).toEqual([]);
  });

  it('衛生福利部　令 … 修正「X」第三條: the ministry amends X; 部　長　X closing it holds the post (spaces written inside)', () => {
    const a = x('行政院公報資訊網\n衛生福利部　令\n中華民國113年10月14日\n衛部醫字第1131667021號\n\n修正「某某醫療技術管理辦法」第三條。\n\n部　長　邱泰源\n');
    const p = a.entities.find((e) => e.label === 'Policy')!;
    expect(a.relations.filter((r) => r.type === 'ISSUED' && r.to === p.id).map((r) => r.from)).toEqual(['agency:cn-tw/mohw']);
    const person = a.entities.find((e) => e.label === 'Person')!;
    expect(a.relations.some((r) => r.type === 'MEMBER_OF' && r.from === person.id && r.to === 'agency:cn-tw/mohw')).toBe(true);
    // A line led by 修正 on a page with no such heading says nothing about who amended it.
    const b = x('新闻中心\n2024年10月15日\n修正「某某醫療技術管理辦法」第三條，各界關注。');
    expect(b.relations.filter((r) => r.type === 'ISSUED')).toEqual([]);
  });
});

describe('a notice forwarding another (关于转发《甲 乙关于…的通知》的通知, batch H)', () => {
  it('the forwarding notice is the forwarder\'s, for its place; the forwarded one is issued by the bodies its title names', () => {
    const a = x('某市卫生健康委员会\n成都市卫生健康委员会关于转发《四川省卫生健康委员会 四川省药品监督管理局关于公布第二批备案机构名单的通知》的通知\n发布日期：2025-09-05\n\n现将《四川省卫生健康委员会 四川省药品监督管理局关于公布第二批备案机构名单的通知》转发给你们，请遵照执行。');
    const outer = a.entities.find((e) => e.label === 'Policy' && e.name.startsWith('关于转发'))!;
    const inner = a.entities.find((e) => e.label === 'Policy' && e.name.startsWith('四川省'))!;
    expect(a.relations.filter((r) => r.type === 'ISSUED' && r.to === outer.id).map((r) => r.from)).toEqual(['agency:cn-510100/health-commission']);
    expect(a.relations.filter((r) => r.type === 'APPLIES_TO' && r.from === outer.id).map((r) => a.entities.find((e) => e.id === r.to)?.name)).toEqual(['Chengdu']);
    expect(a.relations.filter((r) => r.type === 'ISSUED' && r.to === inner.id).map((r) => r.from).sort()).toEqual(['agency:cn-sc/health-commission', 'agency:cn-sc/medical-products']);
  });
});

describe('a notice carrying a draft for comments, a body\'s short name in brackets, an approval obtained (batch H)', () => {
  it('"Notice of X on Public Solicitation of Opinions on the "Y (Draft for Comment)"": X issued the draft Y; the notice is no title', () => {
    const a = x('Notice of Shenzhen Municipal Health Commission on Public Solicitation of Opinions on the "Shenzhen Measures for Cell Therapy Research (Draft for Comment)"\nRelease time: 2025-08-14 16:20\n\nThe draft is open for comments.');
    expect(a.entities.filter((e) => e.label === 'Policy').map((e) => e.name)).toEqual(['Shenzhen Measures for Cell Therapy Research (Draft for Comment)']);
    expect(a.relations.filter((r) => r.type === 'ISSUED').map((r) => [r.from, r.date])).toEqual([['agency:cn-440300/health-commission', '2025-08-14']]);
  });

  it('藥劑業及毒藥管理局（管理局）… 取得管理局批准，成為…CAR-T產品註冊持有人: the Board approved the product named after the verb', () => {
    const a = x('先進療法產品須向藥劑業及毒藥管理局（管理局）註冊。\n瑪麗醫院的細胞治療中心於2025年12月取得管理局批准，成為本港首個CAR-T產品註冊持有人。', '2026-01-10');
    const lic = a.entities.find((e) => e.label === 'License')!;
    expect(a.relations.filter((r) => r.type === 'ISSUED' && r.to === lic.id).map((r) => [r.from, r.date])).toEqual([['agency:cn-hk/pharmacy-and-poisons-board', '2025-12']]);
    // Hoped for, not granted: no licence.
    expect(x('該中心預計於明年取得管理局批准，成為CAR-T產品註冊持有人。', '2026-01-10').entities.filter((e) => e.label === 'License')).toEqual([]);
  });
});

describe('units and hospitals named with a known hospital or university, and a draft amendment (batches G, H)', () => {
  const orgs = (d: DocumentFacts) => names(d, 'Organization');
  const memberOf = (d: DocumentFacts) => d.relations.filter((r) => r.type === 'MEMBER_OF').map((r) => nameOf(d, r.to));

  it('X医院细胞治疗中心主任Y: Y heads the unit, named with its hospital, and works in the hospital; 某大学深圳医院 is the university\'s hospital in that city', () => {
    expect(memberOf(x('台北榮民總醫院細胞治療中心主任林家豪受訪時指出，病人可在國內接受治療。')).sort()).toEqual(['Taipei Veterans General Hospital', '台北荣民总医院细胞治疗中心']);
    expect(memberOf(x('四川大学华西医院再生医学研究中心主任刘建平表示，将推进研究。')).sort()).toEqual(['West China Hospital of Sichuan University', '四川大学华西医院再生医学研究中心']);
    expect(orgs(x('北京大學深圳醫院獲指定為試點醫院。'))).toEqual(['北京大学深圳医院']);
    expect(memberOf(x('香港大學深圳醫院院長李建華表示，醫院早已成為指定醫療機構。'))).toEqual(['The University of Hong Kong-Shenzhen Hospital']);
  });

  it('預告修正「X」部分條文草案: the ministry issued a draft amendment of X, a text of its own', () => {
    const a = x('衛福部今（12）日預告修正「特定醫療技術管理辦法」部分條文草案，預告期60天。', '2024-03-12');
    const p = a.entities.find((e) => e.label === 'Policy')!;
    expect(p.name).toBe('特定医疗技术管理办法部分条文草案');
    expect(a.relations.filter((r) => r.type === 'ISSUED' && r.to === p.id).map((r) => [r.from, r.date])).toEqual([['agency:cn-tw/mohw', '2024-03-12']]);
  });
});

describe('one text keyed two ways in a page; a Connect scheme applies to the Greater Bay Area the page names (batch H)', () => {
  it('《X（2025—2027年）》政策解读 over 办公厅印发《X（2025—2027年）》（渝府办发〔2025〕21号）: one policy, issued and dated once', () => {
    const a = x('《某市促进细胞治疗产业发展行动方案（2025—2027年）》政策解读\n发布时间：2025-04-18\n\n近日，重庆市人民政府办公厅印发《某市促进细胞治疗产业发展行动方案（2025—2027年）》（渝府办发〔2025〕21号）。', '2025-04-18');
    const ps = a.entities.filter((e) => e.label === 'Policy' && /行动方案/.test(e.name) && !/解读/.test(e.name));
    expect(ps).toHaveLength(1);
    expect(a.relations.filter((r) => r.type === 'ISSUED' && r.to === ps[0]!.id)).toHaveLength(1);
  });

  it('港澳药械通 on a page about the Greater Bay Area applies there; on a page that does not name it, nowhere', () => {
    const a = x('广东省药品监督管理局发布通告，新增5家“港澳药械通”指定医疗机构，覆盖粤港澳大湾区内地9市。');
    const scheme = a.entities.find((e) => e.label === 'Policy' && /药械通/.test(e.name))!;
    expect(a.relations.filter((r) => r.type === 'APPLIES_TO' && r.from === scheme.id).map((r) => r.to)).toEqual(['region:zone/greater-bay-area']);
    const b = x('澳门药物监督管理局介绍“澳门药械通”的申请流程。');
    const other = b.entities.find((e) => e.label === 'Policy' && /药械通/.test(e.name))!;
    expect(b.relations.filter((r) => r.type === 'APPLIES_TO' && r.from === other.id)).toEqual([]);
  });
});

describe('a date a text takes effect on is not the date it was issued (batch I)', () => {
  it('"jointly issued the X, which will be implemented from December 1" on a recent page: X is dated by the page, not December', () => {
    const a = x('Recently, the Beijing Municipal Health Commission jointly issued the "Rules for Stem Cell Clinical Research (Trial)", which will be implemented from December 1, 2025.', '2025-10-22');
    expect(a.relations.filter((r) => r.type === 'ISSUED').map((r) => r.date)).toEqual(['2025-10']);
  });

  it('「X」將於115年1月1日施行 gives X no date; "took effect on D, when the Board issued the Y" dates Y by D', () => {
    const a = x('衛福部表示，「再生醫療法施行細則」將與母法同步於115年1月1日施行。', '2025-11-28');
    expect(a.entities.find((e) => e.label === 'Policy')?.date).toBeUndefined();
    const b = x('Those labelling rules took effect on 1 March 2019, when the Pharmacy and Poisons Board issued the Guidance on Labelling of Cell-Based Products, and have not changed since.', '2024-05-02');
    expect(b.relations.find((r) => r.type === 'ISSUED')?.date).toBe('2019-03-01');
  });
});

describe('issuers acting under a law, what a body will do, a short name alone in brackets (batch I)', () => {
  it('《修訂規例》（short name in brackets）由X（X的簡稱）根據《Y》第29條訂立: X made the regulation; the short name is no second policy', () => {
    const a = x('政府今日在憲報刊登《2026年藥劑業及毒藥（修訂）規例》（《修訂規例》）。《修訂規例》由藥劑業及毒藥管理局（管理局）根據《藥劑業及毒藥條例》（第138章）第29條訂立。', '2026-01-09');
    expect(a.entities.filter((e) => e.label === 'Policy').map((e) => e.name).sort()).toEqual(['2026年药剂业及毒药(修订)规例', '药剂业及毒药条例']);
    expect(a.relations.filter((r) => r.type === 'ISSUED').map((r) => r.from)).toEqual(['agency:cn-hk/pharmacy-and-poisons-board']);
  });

  it('国家卫生健康委将会同国家药监局修订《X》: a revision to come issues nothing', () => {
    expect(x('下一步，国家卫生健康委将会同国家药监局修订《干细胞临床研究管理办法（试行）》。').relations.filter((r) => r.type === 'ISSUED')).toEqual([]);
  });
});

describe('a sector or practice named by its words alone is no organisation (batches G, J)', () => {
  it('a byline\'s "Partner, Life Sciences & Healthcare" and a headline\'s "What Biotech Sponsors Need" name no company; "Norco Life Sciences" does', () => {
    const orgs = (d: DocumentFacts) => names(d, 'Organization');
    expect(orgs(x('Authors: Rebecca Ng, Partner, Life Sciences & Healthcare | Alan Cheung, Associate'))).not.toContain('Life Sciences');
    expect(orgs(x('China Overhauls Ethics Rules: What Biotech Sponsors Need to Know'))).toEqual([]);
    expect(orgs(x('The trial is run by Norco Life Sciences in Suzhou.'))).toContain('Norco Life Sciences');
  });
});

describe('a byline\'s practice after its authors names no person (batch J)', () => {
  const persons = (d: DocumentFacts) => names(d, 'Person');
  it('"By A (Partner) and B (Associate), Life Sciences & Regulatory Practice": two authors, no "Life Sciences" or "Regulatory Practice"', () => {
    expect(persons(x('By Grace Lam (Partner) and Peter Wong (Associate), Life Sciences & Regulatory Practice\nThe new rules apply from June.'))).toEqual(['Grace Lam', 'Peter Wong']);
    expect(persons(x('Authors: Helen Ho (Partner), Daniel Tse (Counsel), Healthcare Practice\nThe Board issued guidance.'))).toEqual(['Helen Ho', 'Daniel Tse']);
  });
});

describe('a fronted "made by X under …" clause names who made the short title after it (batch J)', () => {
  const issued = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => `${r.from} → ${nameOf(d, r.to)}`);
  it('"Made by the Board under section 29 of the Ordinance, the Amendment Regulation will …": the Board made the regulation, not the ordinance', () => {
    const a = x('The Pharmacy and Poisons (Amendment) Regulation 2027 (the "Amendment Regulation") appeared in the Gazette last week. Made by the Pharmacy and Poisons Board under section 29 of the Pharmacy and Poisons Ordinance (Cap. 138), the Amendment Regulation takes effect on 1 June 2027.', '2027-04-02');
    expect(issued(a)).toEqual(['agency:cn-hk/pharmacy-and-poisons-board → Pharmacy and Poisons (Amendment) Regulation 2027']);
    const b = x('Hong Kong published the Pharmacy and Poisons (Fees) Regulation 2027 on Friday. Made by the Pharmacy and Poisons Board under the Ordinance, the Fees Regulation is subject to negative vetting.', '2027-05-07');
    expect(issued(b)).toEqual(['agency:cn-hk/pharmacy-and-poisons-board → Pharmacy and Poisons (Fees) Regulation 2027']);
  });

  it('a product "made by" a company before a sentence\'s subject issues nothing', () => {
    const a = x('Made by Norco Bio under licence, the CAR-T product will be sold in Hong Kong from June.');
    expect(issued(a)).toEqual([]);
  });
});

describe('a reply to a CPPCC proposal: the member addressed and the body replying (batch J)', () => {
  const member = (d: DocumentFacts) => d.relations.filter((r) => r.type === 'MEMBER_OF').map((r) => `${r.from} → ${r.to}`);
  it('"X委员：" over 您在市政协…提出的《…提案》: X is a member of the city\'s CPPCC committee named in the headline', () => {
    const a = x('宁波市卫生健康委员会\n\n关于市政协十一届五次会议第88号提案的答复\n\n周文涛委员：\n\n您在市政协十一届五次会议上提出的《关于支持我市干细胞产业发展的提案》收悉。现答复如下。', '2024-06-20');
    expect(member(a)).toEqual([expect.stringMatching(/ → agency:cn-330200\/cppcc-committee$/)]);
    const b = x('广东省科学技术厅\n\n关于省政协十三届二次会议第305号提案的答复\n\n何佳琪委员：\n\n您提出的《关于推进细胞治疗临床转化的提案》收悉，经研究，现答复如下。', '2024-07-01');
    expect(member(b)).toEqual([expect.stringMatching(/ → agency:cn-gd\/cppcc-committee$/)]);
  });

  it('a reply headed without its issuer, cut before its signature, speaking as 我委: the body of the site\'s header line issued it', () => {
    const issuers = (d: DocumentFacts) => d.relations.filter((r) => r.type === 'ISSUED' && nameOf(d, r.to)?.includes('答复')).map((r) => r.from);
    const a = x('杭州市卫生健康委员会\n\n关于市政协十一届五次会议第88号提案的答复\n\n周文涛委员：\n\n您在市政协十一届五次会议上提出的《关于支持我市干细胞产业发展的提案》收悉。我委高度重视细胞治疗工作。', '2024-06-20');
    expect(issuers(a)).toEqual(['agency:cn-330100/health-commission']);
    // The header names a body the writer does not speak as (我局 under a 委员会's header): no issuer guessed.
    const b = x('杭州市卫生健康委员会\n\n关于市政协十一届五次会议第88号提案的答复\n\n周文涛委员：\n\n您提出的《关于支持我市干细胞产业发展的提案》收悉。我局将加强监管。', '2024-06-20');
    expect(issuers(b)).toEqual([]);
  });
});

describe('posts with a field in brackets or a division between the body and the name (batch J)', () => {
  const seats = (d: DocumentFacts, zh: string) => {
    const pid = d.entities.find((e) => e.label === 'Person' && e.aliases.concat(e.name).some((n) => n.includes(zh)))?.id;
    return d.relations.filter((r) => r.type === 'MEMBER_OF' && r.from === pid).map((r) => nameOf(d, r.to));
  };
  it('副院長（研究）X and 副校長（學術）Y: the bracketed field is part of the post; X and Y are persons with their seat', () => {
    const a = x('香港大學醫學院副院長（研究）梁志明表示，試驗將於瑪麗醫院進行。', '2026-03-01');
    expect(a.entities.filter((e) => e.label === 'Person').map((e) => e.nameZh ?? e.name)).toContain('梁志明');
    const b = x('北京大学副校长(学术)王立平指出，学校将建设细胞治疗平台。', '2026-03-01');
    expect(seats(b, '王立平')).toEqual(['北京大学']);
  });

  it('食藥署藥品組組長X, 省药监局注册处处长Y: a member of the agency and of its division, the division named as an agency', () => {
    const a = x('食藥署藥品組組長林佳慧說明，業者須於期限內完成確認性試驗。', '2026-03-01');
    expect(seats(a, '林佳慧')).toEqual(['Taiwan Food and Drug Administration', '药品组']);
    expect(a.entities.find((e) => e.name === '药品组')?.aliases).toContain('藥品組');
    const b = x('江苏省药品监督管理局药品注册处处长赵立新介绍，全省已有5个细胞治疗产品获批临床。', '2026-03-01');
    expect(seats(b, '赵立新')).toEqual(['Jiangsu Provincial Medical Products Administration', '药品注册处']);
    // A university's school is no division of an agency.
    const c = x('香港中文大學醫學院教授陳家明表示，研究進展順利。', '2026-03-01');
    expect(c.entities.filter((e) => e.label === 'Agency')).toEqual([]);
  });
});

describe('批准甲、乙等N家医疗机构开展X: one approval of the practice, not one per institution (batch J)', () => {
  const licences = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'License').map((e) => [e.name, e.date, d.relations.filter((r) => r.type === 'ISSUED' && r.to === e.id).map((r) => r.from)]);
  it('the body opening the clause before "于D批准" issued it, dated D; the body right before the verb too', () => {
    const a = x('记者从湖南省卫生健康委获悉，省卫生健康委会同省药品监督管理局组织专家评审，于3月2日批准甲医院、乙医院等2家医疗机构开展3项干细胞临床研究。', '2026-03-05');
    expect(licences(a)).toEqual([['3项干细胞临床研究批准', '2026-03-02', ['agency:cn-hn/health-commission']]]);
    const b = x('2026年4月，海南省卫生健康委员会批准某某医院等五家机构开展细胞治疗技术临床应用。', '2026-04-20');
    expect(licences(b)).toEqual([['细胞治疗技术临床应用批准', '2026-04', ['agency:cn-hi/health-commission']]]);
  });

  it('institutions that have done something, with no approval, are no licence', () => {
    expect(licences(x('截至6月，全省已有7家医疗机构开展干细胞临床研究备案，省卫生健康委将加强指导。', '2026-07-01'))).toEqual([]);
  });
});

describe('a headline describing the product a lead names is one approval (batch J)', () => {
  const licences = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'License').map((e) => [e.name, e.date]);
  it('国家药监局附条件批准靶向X的CAR-T细胞治疗产品上市 over 近日…附条件批准甲公司申报的乙注射液上市: one licence, the named one, dated', () => {
    const a = x('国家药监局附条件批准靶向BCMA的CAR-T细胞治疗产品上市\n近日，国家药品监督管理局附条件批准某某细胞技术有限公司申报的甲基仑赛注射液上市。', '2026-02-10');
    expect(licences(a)).toEqual([['甲基仑赛注射液附条件批准上市', '2026-02']]);
    const b = x('国家药监局批准首个干细胞治疗产品上市\n日前，国家药品监督管理局批准某某生物申报的乙间充质干细胞注射液上市。', '2026-03-10');
    expect(licences(b)).toEqual([['乙间充质干细胞注射液批准上市', '2026-03']]);
  });

  it('a headline alone keeps its described approval', () => {
    expect(licences(x('国家药监局附条件批准靶向BCMA的CAR-T细胞治疗产品上市\n该产品用于治疗多发性骨髓瘤。', '2026-02-10'))).toHaveLength(1);
  });
});

describe('who speaks before a clause in which another body issues is not an issuer (batch J)', () => {
  const issuers = (d: DocumentFacts) => [...new Set(relsOf(d, 'ISSUED').map((r) => r.from))];
  it('国家药监局表示，近年来，药审中心…，先后发布《A》《B》: the CDE issued them, not the NMPA', () => {
    const a = x('国家药监局表示，近年来，药审中心不断完善技术标准体系，先后发布《甲类细胞产品药学研究指导原则（试行）》《乙类基因产品临床研究指导原则（试行）》等指导原则。');
    expect(issuers(a)).toEqual(['agency:cn/nmpa/cde']);
    const b = x('广东省卫生健康委指出，今年以来，省药监局进一步优化审评流程，印发了《某省细胞治疗产品注册服务指南》。');
    expect(issuers(b)).toEqual(['agency:cn-gd/medical-products']);
  });

  it('a speaker alone still issued what it says it issued', () => {
    expect(issuers(x('国家药监局表示，近日已发布《细胞治疗产品生产质量管理指南（试行）》。'))).toEqual(['agency:cn/nmpa']);
  });
});

describe('"approved the IND on D" after a clearance just named is that act (batch J)', () => {
  const licences = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'License').map((e) => [e.name, e.date, d.relations.filter((r) => r.type === 'ISSUED' && r.to === e.id).map((r) => r.from).sort()]);
  it('"NMPA cleared X\'s IND for Y. The CDE approved the IND on March 4": one licence, issued by both, dated March 4', () => {
    const a = x("The National Medical Products Administration cleared Norco Bio's investigational new drug application for NB-12 in lupus. The Center for Drug Evaluation approved the IND on March 4, the company said.", '2026-03-20');
    expect(licences(a)).toHaveLength(1);
    expect(licences(a)[0]![1]).toBe('2026-03-04');
    expect(licences(a)[0]![2]).toEqual(['agency:cn/nmpa', 'agency:cn/nmpa/cde']);
    const b = x("The NMPA approved Tern Bio's clinical trial application for TB-7. The agency's drug evaluation centre approved the application on May 2 under a 30-day pathway.", '2026-05-10');
    expect(licences(b)).toHaveLength(1);
  });
});

describe('an approval "last month" in a sentence reporting today is dated last month (batch J)', () => {
  const licenceDates = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'License').map((e) => e.date);
  it('今日（4日）宣布，…已於上月獲衞生署發出臨床試驗證明書; "said today that … won approval last month"-style Chinese in Simplified too', () => {
    expect(licenceDates(x('香港大學今日（4日）宣布，其研發的CAR-T產品HK-7已於上月獲衞生署發出臨床試驗證明書。', '2026-03-04'))).toEqual(['2026-02']);
    expect(licenceDates(x('某医院今日（10日）表示，该院研发的甲细胞注射液已于上月获国家药监局批准开展临床试验。', '2026-01-10'))).toEqual(['2025-12']);
  });

  it('a date written for the act itself still wins', () => {
    expect(licenceDates(x('某医院今日表示，甲细胞注射液已于2025年11月20日获国家药监局批准开展临床试验。', '2026-01-10'))).toEqual(['2025-11-20']);
  });
});

describe('organisation spans in deal news and business pages (ENTITIES, session 9)', () => {
  const orgs = (d: DocumentFacts) => names(d, 'Organization');
  it('a place or parent possessive, "X-listed" and "Shares of" before a company are no part of its name', () => {
    const a = x("Shanghai-based Lumora Therapeutics licensed its CAR-T to Oslo's Fjordgen Bio in a $900 million deal. Shares of Tarn Pharma rose after Hong Kong-listed Kestrel Bio said it would follow.");
    expect(orgs(a)).toEqual(expect.arrayContaining(['Lumora Therapeutics', 'Fjordgen Bio', 'Tarn Pharma', 'Kestrel Bio']));
    expect(orgs(a).some((n) => /Oslo|Shares|listed/.test(n))).toBe(false);
    // A possessive inside an institution's name stays.
    expect(orgs(x("The trial runs at the Shanghai Children's Medical Center and Women's Hospital."))).toContain("Shanghai Children's Medical Center");
  });

  it('"according to consultancy X", a stock exchange named in listing rules', () => {
    const a = x('Chinese biotechs signed 90 licensing deals in 2025, according to consultancy Medvista. Norco plans a listing under Chapter 18A of the Hong Kong Stock Exchange\'s rules.');
    expect(orgs(a)).toContain('Medvista');
    expect(ids(a, 'Organization')).toContain('org:hkex');
    expect(ids(x('诺科生物计划于港交所主板上市。'), 'Organization')).toContain('org:hkex');
  });

  it('companies listed after a plural company noun are each one ("enterprises, including A, B and C")', () => {
    const a = x('The zone has gathered 60 cell therapy enterprises, including Wuxi Cellgen, Tern Cell and Norco Biologics.');
    expect(orgs(a)).toEqual(expect.arrayContaining(['Wuxi Cellgen', 'Tern Cell', 'Norco Biologics']));
    expect(orgs(a).some((n) => / and /.test(n))).toBe(false);
    const b = x('Drugmakers such as Kestrel Bio and Lumora have filed INDs.');
    expect(orgs(b)).toEqual(expect.arrayContaining(['Kestrel Bio', 'Lumora']));
    // Bodies after "including" are not companies.
    expect(orgs(x('Regulators, including the National Medical Products Administration and the NHC, attended.'))).toEqual([]);
  });

  it('a Taiwan or mainland short name closed by a sector word (X生技, X医药) before its chairman or stock code is a company, with its chairman', () => {
    const a = x('宏遠生技董事長林志明表示，將擴大細胞製劑產能。');
    expect(orgs(a)).toContain('宏远生技');
    const chair = a.entities.find((e) => e.label === 'Person');
    expect(a.relations.some((r) => r.type === 'MEMBER_OF' && r.from === chair?.id && r.to === ids(a, 'Organization')[0])).toBe(true);
    expect(orgs(x('瑞康医药（6188）今日公告，旗下产品获准上市。'))).toContain('瑞康医药');
    // A sector phrase is no company.
    expect(orgs(x('生物医药产业董事长座谈会今日召开。'))).toEqual([]);
  });

  it('a faculty named on its own is an organisation (中大醫學院, X大学同济医学院); a university named only as a hospital\'s is not', () => {
    const a = x('中大醫學院副院長（研究）李志豪表示，團隊將展開試驗。');
    expect(ids(a, 'Organization')).toContain('org:cuhk-medicine');
    expect(orgs(x('华中科技大学同济医学院院长王明表示，将加大医学院建设投入。'))).toEqual(expect.arrayContaining(['华中科技大学同济医学院']));
    expect(orgs(x('院方表示，将加大医学院建设投入。'))).toEqual([]);
    const b = x('截至6月，我市浙江大学医学院附属第一医院、青岛大学附属医院已完成备案。');
    expect(orgs(b)).toEqual(expect.arrayContaining(['浙江大学医学院附属第一医院', '青岛大学附属医院']));
    expect(orgs(b).some((n) => /^我|^市|大学$|医学院$/.test(n))).toBe(false);
  });

  it('a verb after a finished name opens a clause (X大学建设…实验室, 厦门设立…基地): no organisation of the whole', () => {
    const a = x('福建医科大学建设细胞治疗省级重点实验室，厦门设立细胞治疗研发生产基地，光谷生物城布局细胞制备中心。');
    expect(orgs(a).some((n) => /建设|设立|布局/.test(n))).toBe(false);
  });

  it('a known hospital\'s name after another capitalised word is another hospital (Boao Ruijin Hospital ≠ Ruijin Hospital)', () => {
    const a = x('The therapy was first used at Boao Ruijin Hospital in 2024.');
    expect(orgs(a)).toContain('Boao Ruijin Hospital');
    expect(ids(a, 'Organization')).not.toContain('org:ruijin-hospital');
    expect(ids(x("Dr. Wang previously worked at Shanghai's Ruijin Hospital."), 'Organization')).toContain('org:ruijin-hospital');
  });

  it('no place from a ticker\'s market suffix (02171.HK) nor from a masthead\'s continent (BioPharma Dive Asia)', () => {
    expect(ids(x('某某药业-B（02171.HK）公告称，其产品获批上市。'), 'Region')).not.toContain('region:CN-HK');
    expect(ids(x('Norco Bio (2171.HK) said on Monday its filing was accepted.'), 'Region')).not.toContain('region:CN-HK');
    expect(ids(x('Cell Therapy Review Asia\nNorco Bio won approval in China.'), 'Region')).not.toContain('region:world/asia');
    expect(ids(x('The product is approved in Europe and Asia.'), 'Region')).toContain('region:world/asia');
  });
});

describe('a meeting that issues stands for the body whose meeting the page named (EXTRACT, session 9)', () => {
  it('会议审议通过《X》 after 国务院常务会议 is the State Council\'s act, on the meeting\'s day', () => {
    const a = x('国务院常务会议部署细胞治疗工作\n\n国务院总理李强5月6日主持召开国务院常务会议，研究推动生物医药发展的举措。会议审议通过《人体器官捐献条例（草案）》，决定提请全国人大常委会审议。', '2025-05-07');
    const draft = a.entities.find((e) => e.label === 'Policy' && /人体器官捐献条例/.test(e.name));
    expect(a.relations.find((r) => r.type === 'ISSUED' && r.from === 'agency:cn/state-council' && r.to === draft?.id)?.date).toBe('2025-05-06');
    const b = x('省政府召开常务会议\n\n江苏省人民政府召开第三十次常务会议。会议原则通过《江苏省细胞治疗产业促进办法》。', '2025-03-02');
    const measures = b.entities.find((e) => e.label === 'Policy' && /细胞治疗产业促进办法/.test(e.name));
    expect(b.relations.some((r) => r.type === 'ISSUED' && r.from === 'agency:cn-js/government' && r.to === measures?.id)).toBe(true);
  });

  it('"The meeting also approved the draft X Law" after a meeting the Premier chaired, or one a government held', () => {
    const a = x('Cabinet clears therapy plan\n\nThe plan was discussed at an executive meeting chaired by Premier Li Qiang on Friday. The meeting also approved the draft Organ Transplant Law, which goes to the legislature next.', '2025-06-14');
    const law = a.entities.find((e) => e.label === 'Policy' && /Organ Transplant Law/.test(e.name));
    expect(law?.status).toBe('draft');
    expect(a.relations.some((r) => r.type === 'ISSUED' && r.from === 'agency:cn/state-council' && r.to === law?.id)).toBe(true);
    const b = x('The Beijing Municipal People\'s Government held an executive meeting on Monday. The meeting also adopted the draft Beijing Regulations on Biomedicine Promotion.', '2025-06-10');
    const regs = b.entities.find((e) => e.label === 'Policy' && /Biomedicine Promotion/.test(e.name));
    expect(b.relations.some((r) => r.type === 'ISSUED' && r.from === 'agency:cn-bj/government' && r.to === regs?.id)).toBe(true);
  });

  it('a meeting no body was named for issues nothing, and the committee of a sentence is no meeting', () => {
    const a = x('Experts gathered in Shanghai for a meeting on Friday. The meeting also approved the draft Cell Bank Standards.', '2025-06-10');
    expect(a.relations.filter((r) => r.type === 'ISSUED')).toHaveLength(0);
  });
});

describe('companies named by what they own, hold or are (ENTITIES, batch K)', () => {
  const orgs = (d: DocumentFacts) => names(d, 'Organization');
  it("whose product a regulator approves (approved X's P, X's code), who holds its rights: companies", () => {
    const a = x("The regulator has approved Norco Bio's NB-101, a one-time gene therapy. Tarnwell holds commercial rights to it in Japan. In the US, the FDA approved Kestrel Therapeutics' Velgenix in 2023.");
    expect(orgs(a)).toEqual(expect.arrayContaining(['Norco Bio', 'Tarnwell', 'Kestrel Therapeutics']));
    expect(orgs(x("China's NMPA approved China's first AAV therapy; its maker said its rights are held abroad."))).toEqual([]);
  });

  it('a short name and the full name on one page are one company, in either order (Lumora / Lumora Therapeutics; 宏远生技 / 台北宏远生技股份有限公司)', () => {
    const a = x('Lumora Therapeutics said its IND was cleared. Lumora will start the trial in May.');
    expect(ids(a, 'Organization')).toHaveLength(1);
    const b = x("NMPA clears Kestrel's first CAR-T. The approval went to Kestrel Biotech for KB-07.");
    expect(ids(b, 'Organization')).toHaveLength(1);
    expect(orgs(b)).toEqual(['Kestrel Biotech']);
    const c = x('該製劑由台北宏遠生技股份有限公司研發。宏遠生技董事長林志明表示，將擴大產能。');
    expect(ids(c, 'Organization')).toHaveLength(1);
  });

  it('whose injection it is (X的…注射液) names a company; a role noun before a name (产品持有人) is no part of it', () => {
    const a = x('此前，华康细胞的艾基仑赛注射液、瑞远生物的泽基仑赛注射液等已相继获批。');
    expect(orgs(a)).toEqual(expect.arrayContaining(['华康细胞', '瑞远生物']));
    expect(orgs(x('公司于3月25日受理的KS-207注射液进展顺利。'))).toEqual([]);
    expect(orgs(x('產品持有人瑞遠生物（香港）有限公司表示，香港將成為首個市場。'))).toEqual(['瑞远生物(香港)有限公司']);
  });
});

describe('MT zone bodies, posts and target years (ENTITIES, batch K)', () => {
  it('"the Management Committee of <city> High-tech Industrial Development Zone" is the zone\'s committee, not the city\'s; the zone\'s short form is the same zone', () => {
    const a = x('Recently, the Management Committee of Mianyang High-tech Industrial Development Zone issued the "Several Measures to Support X". Enterprises in Mianyang High-tech Zone may apply.');
    expect(ids(a, 'Agency')).toEqual(['agency:zone/mianyang-high-tech/administrative-committee']);
    expect(ids(a, 'Region').filter((r) => r.startsWith('region:zone/'))).toEqual(['region:zone/mianyang-high-tech']);
    const b = x('The Administrative Committee of Deyang Hi-tech Zone released the plan.');
    expect(ids(b, 'Agency')).toEqual(['agency:zone/deyang-high-tech/administrative-committee']);
  });

  it('a post ending in 经理/总监/发言人, its field in brackets, before a name: the person', () => {
    expect(names(x('醫院管理局總行政經理（藥劑）何家明表示，產品將納入名冊。'), 'Person')).toEqual(['He Jiaming']);
    expect(names(x('该公司医学事务总监林晓文介绍，试验已完成入组。'), 'Person')).toEqual(['Lin Xiaowen']);
  });

  it('"by 2030" is a target the text sets, no date of an act; "in 2021" still is', () => {
    expect(findDates('and will strive to form an industrial cluster by 2030').map((d) => d.date)).toEqual([]);
    expect(findDates('the measures issued in 2021 will be abolished').map((d) => d.date)).toEqual(['2021']);
  });
});

describe('licences in news wording (EXTRACT, batch K)', () => {
  it('批准一款…产品在港注册，产品为X: X is registered; 该产品已于D获Y批准上市 is Y\'s approval of the same X', () => {
    const a = x('藥劑業及毒藥管理局昨日（12日）批准一款治療淋巴瘤的基因治療產品在港註冊，產品為內地企業研發的甲乙賽注射液。衞生署表示會密切監察。發言人指出，該產品已於2024年5月獲國家藥品監督管理局批准上市。', '2025-06-13');
    const licences = a.entities.filter((e) => e.label === 'License');
    expect(licences).toHaveLength(2);
    const hk = licences.find((e) => /甲乙賽注射液在港註冊/.test(e.name));
    expect(a.relations.find((r) => r.type === 'ISSUED' && r.from === 'agency:cn-hk/pharmacy-and-poisons-board' && r.to === hk?.id)?.date).toBe('2025-06-12');
    const mainland = licences.find((e) => e !== hk);
    expect(mainland?.name).toMatch(/甲乙賽注射液/);
    expect(a.relations.find((r) => r.type === 'ISSUED' && r.from === 'agency:cn/nmpa' && r.to === mainland?.id)?.date).toBe('2024-05');
    const b = x('国家药监局今日批准一款治疗血友病的基因治疗产品上市，该产品为某某生物研发的丙丁注射液。', '2025-04-09');
    const c = b.entities.find((e) => e.label === 'License');
    expect(c?.name).toMatch(/^丙丁注射液/);
    expect(b.relations.some((r) => r.type === 'ISSUED' && r.from === 'agency:cn/nmpa' && r.to === c?.id)).toBe(true);
  });

  it('a hospital\'s 「X」施行计画 approved by the ministry is a licence', () => {
    const a = x('衛福部今天表示，已核准首批3項施行計畫，其中台大醫院申請的「自體軟骨細胞治療退化性關節炎」施行計畫，已於4月2日獲衛福部核准。', '2026-04-10');
    const l = a.entities.find((e) => e.label === 'License');
    expect(l?.name).toMatch(/自體軟骨細胞治療退化性關節炎/);
    expect(a.relations.find((r) => r.type === 'ISSUED' && r.from === 'agency:cn-tw/mohw' && r.to === l?.id)?.date).toBe('2026-04-02');
  });

  it('"approved Acme Bio\'s AB-101" and "granted marketing authorization for AB-101 on May 6" are one licence, held by Acme Bio, dated to the day', () => {
    const a = x('China\'s National Medical Products Administration has approved Nordwell Bio\'s NW-301, a gene therapy for hemophilia A. The company said on Friday that the regulator had granted marketing authorization for NW-301 on May 6.', '2025-05-09');
    const licences = a.entities.filter((e) => e.label === 'License');
    expect(licences.map((e) => e.name)).toEqual(['approval of NW-301']);
    expect(a.relations.find((r) => r.type === 'ISSUED' && r.to === licences[0]!.id)?.date).toBe('2025-05-06');
    const b = x('In Europe, the European Medicines Agency approved Kelvor Therapeutics\' KT-9 last year, and the FDA approved Ambrose Pharma\'s AP-2 in March 2024.', '2025-05-09');
    expect(names(b, 'License')).toEqual(expect.arrayContaining(['approval of AP-2']));
  });
});

describe('titles and proposals named twice on one page (EXTRACT, batch K)', () => {
  it('a title\'s short name in a bare bracket after "(Trial)" is its alias, not a second text', () => {
    const a = x('On May 2, 2025, the National Health Commission jointly issued the Administrative Measures for Gene Therapy Clinical Research (Trial) (the "Gene Therapy Measures"), which take effect on July 1, 2025. The Gene Therapy Measures apply to hospitals.');
    expect(names(a, 'Policy')).toEqual(['Administrative Measures for Gene Therapy Clinical Research (Trial)']);
    const b = x('The NMPA released the Guidelines for Cell Product Labelling (Trial) (“Labelling Guidelines”) on 3 March 2025.');
    expect(names(b, 'Policy')).toEqual(['Guidelines for Cell Product Labelling (Trial)']);
  });

  it('a headline naming no issuer and the lead\'s full title with the zone\'s name first are one policy of "Several Policies"', () => {
    const a = x('Site of the Zone\nHome > News\n\nNanjing Jiangbei New Area Issued "Several Policies to Support the Cell Therapy Industry"\n\nRecently, the Nanjing Municipal People\'s Government issued the "Nanjing Jiangbei New Area Several Policies to Support the Cell Therapy Industry" (hereinafter referred to as the "Policies"), which will be valid for three years from January 1, 2026.', '2025-12-10');
    const p = a.entities.filter((e) => e.label === 'Policy');
    expect(p.map((e) => e.name)).toEqual(['Nanjing Jiangbei New Area Several Policies to Support the Cell Therapy Industry']);
    expect(p[0]!.date).toBe('2025-12');
  });

  it('a member\'s headline summing up the proposal the text names by title is that proposal', () => {
    const a = x('某某网 | 首页 | 两会\n\n全国政协委员王建国：让干细胞治疗从"实验室"走向"病床边"\n2026年03月05日　来源：某某网\n\n今年全国两会，王建国提交了《关于加快干细胞治疗临床转化的提案》。他建议完善相关审评制度。');
    expect(a.entities.filter((e) => e.label === 'Proposal').map((e) => e.name)).toEqual(['关于加快干细胞治疗临床转化的提案']);
  });
});

describe('dates of a text published, promulgated or named in a pair (ENTITIES, batches J–K)', () => {
  const dateOf = (d: DocumentFacts, re: RegExp) => d.entities.find((e) => e.label === 'Policy' && re.test(e.name))?.date;
  it('"On D, the X was published in the Gazette" and 今年1月刊宪的《X》 date X by its publication', () => {
    expect(dateOf(x('On 12 March 2025, the Medical Devices (Amendment) Regulation 2025 (the "Regulation") was published in the Gazette.'), /Medical Devices/)).toBe('2025-03-12');
    expect(dateOf(x('他表示，今年2月刊宪的《2025年医疗器械（修订）规例》简化了程序。', '2025-05-04'), /医疗器械/)).toBe('2025-02');
    // A date for another act before the title is not the title's.
    expect(dateOf(x('On 3 May 2024, the Board said the Medical Devices Regulation 2023 had worked well.'), /Medical Devices/)).not.toBe('2024-05-03');
  });

  it('the date right after a title\'s own verb and agent wins over an earlier act\'s date in the sentence', () => {
    const a = x('The new rules finalize the draft released by the NMPA on March 2, 2024, and, together with the Regulations on the Administration of Clinical Use of Gene Therapy Products promulgated by the State Council in October 2025, complete the framework.');
    expect(dateOf(a, /^Regulations on the Administration of Clinical Use/)).toBe('2025-10');
  });

  it('「A」及「B」已於去年11月公布: both titles carry the date', () => {
    const a = x('「再生醫療法施行細則」及「再生醫療機構管理辦法」已於去年11月公布。', '2026-04-02');
    expect(dateOf(a, /施行细则/)).toBe('2025-11');
    expect(dateOf(a, /管理办法/)).toBe('2025-11');
  });
});

describe('still open from session 8, as classes (EXTRACT, session 9)', () => {
  it('本细则草案前于D预告: the draft of the text the page issues is a text of its own, superseded by it; 明年上路 dates nothing', () => {
    const a = x('「某某法施行細則」發布　新制明年上路\n發布日期：2025-10-15\n\n衛生福利部今（15）日訂定發布「某某法施行細則」。本細則草案前於114年6月2日預告，經修正定案。食藥署亦將於近期發布「某某製劑管理辦法」。', '2025-10-15');
    const p = a.entities.filter((e) => e.label === 'Policy');
    const final = p.find((e) => e.name === '某某法施行细则');
    const draft = p.find((e) => e.name === '某某法施行细则草案');
    expect(p.filter((e) => e.name === '某某法施行细则')).toHaveLength(1);
    expect(final?.date).toBe('2025-10-15');
    expect(draft?.date).toBe('2025-06-02');
    expect(a.relations.some((r) => r.type === 'SUPERSEDES' && r.from === final?.id && r.to === draft?.id)).toBe(true);
    // What a body will do is not done.
    const later = p.find((e) => /某某制剂管理办法/.test(e.name));
    expect(a.relations.some((r) => r.type === 'ISSUED' && r.to === later?.id)).toBe(false);
  });

  it('获得CDE的临床试验默示许可 is the CDE\'s approval; a listed company\'s disclosure headline is no policy', () => {
    const a = x('某某生物关于自愿披露获得药物临床试验默示许可的公告\n\n本公司自主研发的XY-301注射液近日获得国家药品监督管理局药品审评中心的临床试验默示许可，拟用于治疗膝骨关节炎。', '2025-09-03');
    expect(names(a, 'Policy')).toEqual([]);
    const l = a.entities.find((e) => e.label === 'License');
    expect(l?.name).toMatch(/XY-301注射液/);
    expect(a.relations.some((r) => r.type === 'ISSUED' && r.from === 'agency:cn/nmpa/cde' && r.to === l?.id)).toBe(true);
  });

  it('IND clearances listed under a lead that names their body are each that body\'s licence', () => {
    const a = x('Two developers disclosed IND clearances from the Center for Drug Evaluation (CDE) this week:\n- Hanbio said its CAR-NK candidate HB-12 obtained implied approval for a Phase I trial.\n- Corvel\'s gene therapy CV-7 received a Notice of Clinical Trial Approval for a new cohort.\n\nShares rose.', '2025-10-20');
    const l = names(a, 'License');
    expect(l).toEqual(expect.arrayContaining(['implied approval for HB-12', 'Notice of Clinical Trial Approval for CV-7']));
    for (const e of a.entities.filter((x) => x.label === 'License')) expect(a.relations.some((r) => r.type === 'ISSUED' && r.from === 'agency:cn/nmpa/cde' && r.to === e.id), e.name).toBe(true);
  });

  it('同为全国政协委员的X医院院长Y holds both seats', () => {
    const a = x('同为全国政协委员的北京大学第三医院院长乔杰则关注生育健康。', '2025-03-05');
    const pid = a.entities.find((e) => e.label === 'Person')?.id;
    expect(a.relations.some((r) => r.type === 'MEMBER_OF' && r.from === pid && r.to === 'agency:cn/cppcc/national-committee')).toBe(true);
    expect(a.relations.filter((r) => r.type === 'MEMBER_OF' && r.from === pid)).toHaveLength(2);
  });

  it('"The meeting also approved the draft X Law": only a meeting of a named body issues', () => {
    const a = x('The State Council executive meeting on Friday discussed drug reviews. The meeting also approved the draft Blood Donation Law.', '2025-06-14');
    const law = a.entities.find((e) => e.label === 'Policy' && /Blood Donation Law/.test(e.name));
    expect(a.relations.some((r) => r.type === 'ISSUED' && r.from === 'agency:cn/state-council' && r.to === law?.id)).toBe(true);
  });
});

describe('batch L entity classes (ENTITIES): spun Chinese, other names in brackets, posts, publications, codes', () => {
  const orgs = (d: DocumentFacts) => names(d, 'Organization');
  it('a Chinese spinner\'s synonyms are read back in names, titles and time words (科技立异局, 研讨办理办法, 近来)', () => {
    const a = x('近来，深圳市龙岗区人民政府印发《龙岗区推进细胞与基因医治工业高质量开展若干办法》。龙岗区科技立异局相关担任人表明，将抓好落实。', '2025-09-14');
    expect(ids(a, 'Agency')).toContain('agency:cn-440307/science-technology-innovation-bureau');
    expect(a.entities.find((e) => e.label === 'Policy')?.date).toBe('2025-09');
    expect(ids(x('该院举办标新立异研讨会，办理手续。'), 'Agency')).toEqual([]);
  });

  it('one body written with its other name in brackets is one body (市市场监管局（市药监局）)', () => {
    const a = x('The Municipal Health Commission of Foshan and the Municipal Market Supervision Administration (Municipal Medical Products Administration) shall supervise the preparations.');
    expect(ids(a, 'Agency').filter((i) => /medical-products|market/.test(i))).toHaveLength(1);
  });

  it('posts: 秘书长, a name before 会面; 分院 of a hospital; 国内…公司 is no name', () => {
    expect(names(x('局長與國家藥品監督管理局副局長趙明會面。醫務衞生局副秘書長何嘉欣亦有出席。'), 'Person')).toEqual(expect.arrayContaining(['Zhao Ming', 'He Jiaxin']));
    expect(orgs(x('公司與新竹臺大分院合作開展試驗，成為國內細胞治療公司首例。'))).toEqual(['新竹台大分院']);
  });

  it('English: analysts at X, X\'s INN, a code or a place is no company, a publication\'s name is no organisation', () => {
    expect(orgs(x('Analysts at Kestrel Partners estimate the market at 2 billion yuan.'))).toContain('Kestrel Partners');
    expect(orgs(x("Ardent Life's relmestrocel injection, which was cleared in January, was the first."))).toContain('Ardent Life');
    const b = x('Huaxia, a Beijing company, said its injection HX-MSC01 has received conditional approval.');
    expect(orgs(b).some((n) => /^Beijing$|HX-MSC01/.test(n))).toBe(false);
    expect(orgs(x('Meridian Law Group | China Life Sciences Bulletin'))).not.toContain('China Life Sciences');
  });

  it('two short names of one company, one starting the other (和泰細胞生技 / 和泰細胞), are one', () => {
    const a = x('宏遠細胞生技（7123）今日公告。宏遠細胞總經理許文彥表示，將申請許可。');
    expect(ids(a, 'Organization')).toHaveLength(1);
  });
});

describe('a Hong Kong press release dated by its footer (ENTITIES, batch L)', () => {
  it('完, then the date on a line of its own, dates the page (so 去年 and 今日 read against it)', () => {
    expect(publishedDate('局長今日與署長會面。\n\n完\n\n2026年3月12日（星期四）\n\n香港時間20時15分')).toBe('2026-03-12');
    expect(publishedDate('The Secretary met the Director today.\n\nEnds/Thursday, March 12, 2026\nIssued at HKT 20:15')).toBe('2026-03-12');
  });
});

describe('the NMPA\'s sub-centres and a Taiwan department named bare (ENTITIES, session 9)', () => {
  it('长三角分中心, "the CDE\'s Greater Bay Area sub-center": agencies of the NMPA, no organisations', () => {
    const a = x('国家药监局药品审评检查长三角分中心和大湾区分中心将提供前置指导。');
    expect(ids(a, 'Agency')).toEqual(expect.arrayContaining(['agency:cn/nmpa/yrd-subcenter', 'agency:cn/nmpa/gba-subcenter']));
    expect(names(a, 'Organization')).toEqual([]);
  });

  it('醫事司 bare on a Taiwan page is the MOHW department; 醫事司 劉越萍 司長 names a person, no department "劉越萍司"', () => {
    const a = x('新聞聯絡人：醫事司 王美玲 司長\n衛福部醫事司表示，將公告草案。');
    expect(ids(a, 'Agency')).toContain('agency:cn-tw/mohw/medical-affairs');
    expect(names(a, 'Agency').some((n) => /王美玲/.test(n))).toBe(false);
  });
});

describe('batch M entity classes (ENTITIES): a company with its place in brackets, a known zone named with its city', () => {
  it('"Nuvance Biotech (Shanghai) Co., Ltd." is one name, place and legal form included', () => {
    expect(names(x('Tern Biotech (Suzhou) Co., Ltd. received the clearance on March 2.'), 'Organization')).toContain('Tern Biotech (Suzhou) Co., Ltd.');
  });

  it('a known zone written with its city, or beside a pinyin document number, is that zone (one id)', () => {
    const a = x('The Management Committee of Wuhan East Lake High-tech Development Zone issued the measures. The "Several Policies for Biomedicine in East Lake High-tech Zone" (Wu Xin Guan Gui [2021] No. 9) were repealed.');
    expect(ids(a, 'Region').filter((i) => i.startsWith('region:zone/'))).toEqual(['region:zone/east-lake']);
  });
});

describe('a university named only at the start of its hospital\'s name (ENTITIES, batch M)', () => {
  it('香港大學深圳醫院 names the hospital, not the university as well; the university named alone elsewhere stays', () => {
    const a = x('香港大學深圳醫院已於去年引進一款細胞治療產品。');
    expect(ids(a, 'Organization')).not.toContain('org:hku');
    expect(ids(a, 'Organization')).toContain('org:hku-shenzhen-hospital');
    expect(ids(x('香港大學今日表示，香港大學深圳醫院將擴建。'), 'Organization')).toContain('org:hku');
  });
});

describe('a list published without 《》 (EXTRACT2, batch M)', () => {
  const issuers = (d: DocumentFacts, title: string): string[] => {
    const p = d.entities.find((e) => e.label === 'Policy' && e.name === title);
    return p ? d.relations.filter((r) => r.type === 'ISSUED' && r.to === p.id).map((r) => r.from) : [];
  };

  it('两司联合发布第N批…名单: the list is a text, issued by each body before the verb', () => {
    const a = x('近日，国家卫生健康委医政司、国家药监局药品注册管理司联合发布第五批细胞治疗临床研究备案项目名单，共12个项目。');
    expect(issuers(a, '第五批细胞治疗临床研究备案项目名单')).toEqual(expect.arrayContaining(['agency:cn/nhc/medical-administration', 'agency:cn/nmpa/drug-registration']));
    const b = x('广东省卫生健康委员会公布了2025年度干细胞临床研究备案机构名录。');
    expect(issuers(b, '2025年度干细胞临床研究备案机构名录')).toContain('agency:cn-gd/health-commission');
  });

  it('a list named without its batch or year, or only read from, is no text; 关于公布…名单的通知 stays the notice', () => {
    expect(names(x('省卫健委发布的名单显示，共有八家医院入选。'), 'Policy')).toEqual([]);
    expect(names(x('某省卫生健康委员会关于公布第三批干细胞临床研究备案机构名单的通知'), 'Policy')).not.toContain('第三批干细胞临床研究备案机构名单');
  });
});

describe('a document number dates the text it names when nothing else does (EXTRACT2, batch M)', () => {
  const policy = (d: DocumentFacts, re: RegExp) => d.entities.find((e) => e.label === 'Policy' && re.test(e.name));

  it('the page is the text: its title line, then a line with only its number — the number is the text\'s, its year the date', () => {
    const a = x('某省人民政府 主办\n\n湖南省人民政府办公厅关于加快细胞治疗产业发展的实施意见\n湘政办发〔2024〕12号\n\n各市州人民政府，省政府各部门：\n经省人民政府同意，现提出如下意见。');
    const own = policy(a, /加快细胞治疗产业发展的实施意见$/);
    expect(own).toMatchObject({ date: '2024', docNumber: '湘政办发〔2024〕12号' });
    expect(a.relations.find((r) => r.type === 'ISSUED' && r.to === own!.id)?.date).toBe('2024');
    // A signature date, when the page gives one, still wins over the number's year.
    const b = x('四川省人民政府办公厅关于支持基因治疗产业发展的实施意见\n川办发〔2023〕7号\n\n各市（州）人民政府：\n现提出如下意见。\n\n四川省人民政府办公厅\n2024年1月5日');
    expect(policy(b, /支持基因治疗产业发展的实施意见$/)?.date).toBe('2024-01-05');
  });

  it('"(Xiang Zheng Ban Fa [2019] No. 3)" after an English title gives it its year; a number without a bracketed year does not', () => {
    const a = x('The "Measures for Supporting the Cell Therapy Industry in Changsha" (Chang Zheng Ban Fa [2019] No. 3) shall be repealed at the same time.');
    expect(policy(a, /^Measures for Supporting the Cell Therapy Industry/)?.date).toBe('2019');
    const b = x('The "Measures for Supporting the Cell Therapy Industry in Changsha" (Order No. 3) shall be repealed at the same time.');
    expect(policy(b, /^Measures for Supporting the Cell Therapy Industry/)?.date).toBeUndefined();
  });
});

describe('a company announcement dated by its board\'s signature (EXTRACT2, batch M)', () => {
  it('近日 … 收到《药物临床试验批准通知书》 in an announcement signed 董事会 / date: the licence is of the signature\'s month', () => {
    const a = x('某某生物关于获得药物临床试验批准通知书的公告\n\n近日，某某生物科技股份有限公司收到国家药品监督管理局核准签发的《药物临床试验批准通知书》，同意XB-101注射液开展临床试验。\n\n特此公告。\n\n某某生物科技股份有限公司董事会\n\n2025年11月3日');
    const lic = a.entities.find((e) => e.label === 'License');
    expect(lic?.date).toBe('2025-11');
    expect(a.relations.find((r) => r.type === 'ISSUED' && r.to === lic!.id && r.from === 'agency:cn/nmpa')?.date).toBe('2025-11');
    expect(publishedDate('某某醫藥股份有限公司董事會\n2024年6月30日\n')).toBe('2024-06-30');
  });

  it('the same announcement cut before its signature leaves 近日 undated', () => {
    const a = x('某某生物关于获得药物临床试验批准通知书的公告\n\n近日，某某生物科技股份有限公司收到国家药品监督管理局核准签发的《药物临床试验批准通知书》，同意XB-101注射液开展临床试验。\n\n特此公告。\n\n某某生物科技股份有限公司董事会');
    expect(a.entities.find((e) => e.label === 'License')?.date).toBeUndefined();
  });
});

describe('a Taiwan gazette notice names the laws it rests on without quotes (EXTRACT2, batch M)', () => {
  it('依據： / 訂定依據： a law with its article, and 某某條例（以下簡稱本條例）業於一百十三年…公布: titles, the last dated by its numeral date', () => {
    const a = x('主旨：預告修正「某某醫療器材管理辦法」草案。\n依據：行政程序法第一百五十一條第二項。\n公告事項：\n一、修正機關：衛生福利部。\n二、修正依據：醫療器材管理法第二十條。');
    expect(names(a, 'Policy')).toEqual(expect.arrayContaining(['行政程序法', '医疗器材管理法']));
    const b = x('總說明\n　　人體生物資料庫管理條例（以下簡稱本條例）業於九十九年二月三日經總統公布施行。爰依本條例訂定本辦法。');
    expect(a.entities.find((e) => e.name === '医疗器材管理法')?.label).toBe('Policy');
    expect(b.entities.find((e) => e.label === 'Policy' && e.name === '人体生物资料库管理条例')?.date).toBe('2010-02-03');
  });

  it('a law cited with 依 in prose, an 辦法 the text calls 本辦法, a bracketed 依據 line: no new title from these rules', () => {
    expect(names(x('相關單位依據相關規定辦理。'), 'Policy')).toEqual([]);
    expect(names(x('某某檢驗儀器施行或使用管理辦法（以下簡稱本辦法）於九十二年八月二十九日訂定發布。'), 'Policy')).toEqual([]);
  });

  it('國家發展委員會, named for its platform, is an agency of Taiwan', () => {
    expect(ids(x('本案另載於國家發展委員會「公共政策網路參與平臺」。'), 'Agency')).toContain('agency:cn-tw/ndc');
  });
});

describe('dates in Chinese numerals with a Minguo year (EXTRACT2, batch M)', () => {
  it('一百十三年六月十九日, 一百零五年十二月一日, 九十八年三月: year + 1911', () => {
    expect(findDates('業於一百十三年六月十九日公布')[0]?.date).toBe('2024-06-19');
    expect(findDates('一百零五年十二月一日施行')[0]?.date).toBe('2016-12-01');
    expect(findDates('九十八年三月修正')[0]?.date).toBe('2009-03');
  });

  it('a count of years or an article number is no date', () => {
    expect(findDates('三十年來持續投入')).toEqual([]);
    expect(findDates('行政程序法第一百五十四條')).toEqual([]);
  });
});

describe('a draft put out for comment, named bare later on its page, is that draft (EXTRACT2, batch M)', () => {
  const policies = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'Policy');

  it('預告訂定「X」草案 … 爰訂定「X」: one policy (the draft), no final replacing it', () => {
    const a = x('衛生福利部　公告\n發文日期：中華民國115年3月2日\n主旨：預告訂定「細胞治療實驗室設置標準」草案。\n\n總說明\n爲確保品質，爰依法訂定「細胞治療實驗室設置標準」，其要點如下。');
    expect(policies(a).filter((p) => /细胞治疗实验室设置标准/.test(p.name))).toHaveLength(1);
    expect(a.relations.filter((r) => r.type === 'SUPERSEDES')).toEqual([]);
  });

  it('a final X that was issued and dated on the page stays a policy of its own, replacing the draft', () => {
    const a = x('The CDE released the Guideline for Cell Therapy Potency Assays (Draft for Comments) on March 1, 2024. On May 13, 2024, the CDE issued the Guideline for Cell Therapy Potency Assays.');
    const ps = policies(a).filter((p) => /Cell Therapy Potency Assays/.test(p.name));
    expect(ps).toHaveLength(2);
    expect(a.relations.some((r) => r.type === 'SUPERSEDES')).toBe(true);
  });
});

describe('a quoted title with a quoted part inside, in straight quotes (EXTRACT2, batch M)', () => {
  it('"Hunan Provincial Medical Industry "14th Five-Year" Development Plan" is one title, applying to its province', () => {
    const a = x('To implement the spirit of the "Hunan Provincial Medical Industry "14th Five-Year" Development Plan" and seize the opportunity, the city issued new measures.');
    const plan = a.entities.find((e) => e.label === 'Policy' && e.name === 'Hunan Provincial Medical Industry "14th Five-Year" Development Plan');
    expect(plan).toBeDefined();
    expect(a.relations.some((r) => r.type === 'APPLIES_TO' && r.from === plan!.id && r.to === 'region:CN-HN')).toBe(true);
  });

  it('two quoted names side by side are two, not one joined across the gap', () => {
    const a = x('The zone released the "Cell Therapy Action Plan" and the "Gene Therapy Development Plan" on May 2, 2025.');
    expect(names(a, 'Policy')).toEqual(expect.arrayContaining(['Cell Therapy Action Plan', 'Gene Therapy Development Plan']));
  });
});

describe('a place named only inside an organisation\'s name is no place in context (EXTRACT2, batch M)', () => {
  it('"Zhongshan Hospital … the municipal health commission" on a Shanghai page is Shanghai\'s commission, not Zhongshan\'s', () => {
    const a = x('Shanghai named three hospitals for the pilot. Ruijin Hospital and Zhongshan Hospital affiliated to Fudan University were chosen. Each project must be filed with the Municipal Health Commission first.');
    expect(ids(a, 'Agency')).toContain('agency:cn-sh/health-commission');
    expect(ids(a, 'Agency')).not.toContain('agency:cn-442000/health-commission');
  });

  it('a city also named on its own stays the place in context', () => {
    const a = x('Zhongshan will build a biomedicine park. Zhongshan Hospital of the city joined it. The Municipal Health Commission will review projects.');
    expect(ids(a, 'Agency')).toContain('agency:cn-442000/health-commission');
  });
});

describe('a post of a body named by its head word alone (EXTRACT2, batch M)', () => {
  const member = (d: DocumentFacts, person: string, body: string): boolean => d.relations.some((r) => r.type === 'MEMBER_OF' && r.from === person && r.to === body);

  it('"said NAME, deputy director of the commission" / "NAME, director of the administration, said": the body named before', () => {
    const a = x('Projects must be filed with the Shanghai Municipal Health Commission. "Costs will fall," said Xu Jianqing, deputy director of the commission.');
    expect(member(a, 'person:xu-jianqing', 'agency:cn-sh/health-commission')).toBe(true);
    const b = x('The Guangdong Medical Products Administration approved the pilot on Monday. Li Wenhua, director of the administration, said more would follow.');
    expect(member(b, 'person:li-wenhua', 'agency:cn-gd/medical-products')).toBe(true);
  });

  it('a head word with no body of that kind named before stays nobody\'s', () => {
    const a = x('"Costs will fall," said Xu Jianqing, deputy director of the commission.');
    expect(a.relations.filter((r) => r.type === 'MEMBER_OF')).toEqual([]);
  });
});

describe('a clinician\'s post at a hospital (EXTRACT2, batch M)', () => {
  const member = (d: DocumentFacts, org: string): boolean => d.relations.some((r) => r.type === 'MEMBER_OF' && r.to === org);

  it('"NAME, a hematologist at ORG, said" / "NAME, an oncologist at ORG, told": a member of the hospital', () => {
    expect(member(x('Zhou Lin, a haematologist at Ruijin Hospital, said the first patients were treated in May.'), 'org:ruijin-hospital')).toBe(true);
    expect(member(x('Gao Fei, an oncologist at Ruijin Hospital, told reporters the results were early.'), 'org:ruijin-hospital')).toBe(true);
  });

  it('a patient treated at the hospital, or a clinician named after the hospital speaks, is no member', () => {
    expect(member(x('Wang Jun, a patient treated at Ruijin Hospital, said he felt better.'), 'org:ruijin-hospital')).toBe(false);
  });
});

describe('the second title of a pair shares the act of the first (EXTRACT, batch N)', () => {
  it('"released A together with the country\'s first B", "A along with its accompanying B": both issued by the subject', () => {
    const a = x('The NHSA and the Ministry of Human Resources and Social Security on Friday released the 2026 Basic Medical Insurance Drug List together with the country\'s first Rare Disease Drug List, officials said.', '2026-12-07');
    const lists = a.entities.filter((e) => e.label === 'Policy');
    expect(lists).toHaveLength(2);
    for (const p of lists) expect(relsOf(a, 'ISSUED').filter((r) => r.to === p.id).map((r) => r.from).sort(), p.name).toEqual(['agency:cn/mohrss', 'agency:cn/nhsa']);
    const b = x('The National Health Commission issued the Measures for the Administration of Cell Therapy Research along with its accompanying Guidelines for Filing Cell Therapy Projects on Monday.', '2026-03-04');
    expect(relsOf(b, 'ISSUED').filter((r) => r.from === 'agency:cn/nhc')).toHaveLength(2);
  });

  it('a title the sentence only compares with the first is not issued with it', () => {
    const a = x('The NHSA released the 2026 Basic Medical Insurance Drug List, which replaces the Provincial Rare Disease Drug List of Hainan.', '2026-12-07');
    const old = a.entities.find((e) => e.label === 'Policy' && /Rare Disease/.test(e.name));
    expect(old).toBeDefined();
    expect(relsOf(a, 'ISSUED').some((r) => r.to === old!.id)).toBe(false);
  });
});

describe('licences in a listed company\'s announcement (EXTRACT, batch N)', () => {
  it('甲公司于D获乙局核发《X》: the regulator issued the permit; the company that received it issued nothing', () => {
    const a = x('董事会欣然宣布，本公司全资附属公司杭州某某细胞制药有限公司于2026年3月2日获浙江省药品监督管理局核发《药品生产许可证》。', '2026-03-04');
    const lic = a.entities.find((e) => e.label === 'License');
    expect(relsOf(a, 'ISSUED').filter((r) => r.to === lic!.id).map((r) => r.from)).toEqual(['agency:cn-zj/medical-products']);
    const b = x('某某生物科技有限公司近日取得上海市药品监督管理局颁发《药品生产许可证》，成为本市首家获证企业。', '2026-05-10');
    expect(relsOf(b, 'ISSUED').map((r) => r.from)).toEqual(['agency:cn-sh/medical-products']);
  });

  it('获药审中心同意开展…临床试验 is a trial licence the CDE issued, dated by the clause', () => {
    const a = x('公司核心产品QX-201注射液已于2025年获国家药品监督管理局药品审评中心同意开展针对膝骨关节炎的II期临床试验。', '2026-01-05');
    const lic = a.entities.find((e) => e.label === 'License');
    expect(lic?.date).toBe('2025');
    expect(relsOf(a, 'ISSUED').some((r) => r.from === 'agency:cn/nmpa/cde' && r.to === lic!.id)).toBe(true);
    const b = x('该中心的干细胞制剂已获伦理委员会同意后开展患者招募。');
    expect(ids(b, 'License')).toHaveLength(0);
  });

  it('a kind of licence that a rule requires one to hold is no licence', () => {
    const a = x('试点期间，受托生产企业应当持有相应生产范围的《药品生产许可证》，并建立质量管理体系。');
    expect(ids(a, 'License')).toHaveLength(0);
    const b = x('In the pilot, contract manufacturers must hold a valid Drug Manufacturing License and report to the bureau.');
    expect(ids(b, 'License')).toHaveLength(0);
  });
});

describe('standards named with their code, one of several a body released in the sentence before (EXTRACT, batch N)', () => {
  it('"released three national standards … The standards, including the X (GB/T …)": X issued by both bodies, keyed by its code', () => {
    const a = x('The SAMR and the SAC on Tuesday released four national standards for cell therapy products. The standards, including the Quality Control Requirements for Human Induced Pluripotent Stem Cells (GB/T 47001-2026), take effect next year.', '2026-04-08');
    const std = a.entities.find((e) => e.label === 'Policy');
    expect(std).toMatchObject({ id: 'policy:gb-t-47001-2026', name: 'Quality Control Requirements for Human Induced Pluripotent Stem Cells' });
    expect(relsOf(a, 'ISSUED').filter((r) => r.to === std!.id).map((r) => r.from).sort()).toEqual(['agency:cn/sac', 'agency:cn/samr']);
  });

  it('a standard cited by its code alone, with nobody releasing texts of its kind before, has no issuer', () => {
    const a = x('Hospitals tested the cells against the General Requirements for Stem Cell Banking (YY/T 1234-2021). Experts, including the team of Li Ming, welcomed the results.');
    const std = a.entities.find((e) => e.label === 'Policy');
    expect(std?.id).toBe('policy:yy-t-1234-2021');
    expect(relsOf(a, 'ISSUED')).toHaveLength(0);
  });
});

describe('posts, bodies and companies in new layouts (ENTITIES, batch N)', () => {
  it('a working committee of a local congress named after it (法制工作委员会, 法工委) seats its 副主任', () => {
    const a = x('天津市人大常委会昨日召开会议。\n据市人大常委会法制工作委员会副主任赵明远介绍，条例共三十条。');
    const lac = a.entities.find((e) => e.label === 'Agency' && e.name === '法制工作委员会');
    expect(lac?.id).toMatch(/^agency:cn-tj\/peoples-congress-standing-committee\//);
    expect(relsOf(a, 'MEMBER_OF').some((r) => r.to === lac!.id && nameOf(a, r.from) === 'Zhao Mingyuan')).toBe(true);
    const b = x('浙江省人大常委会法工委主任钱卫东表示，草案将再次审议。');
    const c = b.entities.find((e) => e.label === 'Agency' && e.name === '法制工作委员会');
    expect(c?.id).toMatch(/^agency:cn-zj\/peoples-congress-standing-committee\//);
    expect(ids(b, 'Agency')).not.toContain('agency:cn/npc/standing-committee/legislative-affairs-commission');
  });

  it('"the NHSA\'s Department of X": a unit named after its parent\'s possessive, where its director sits', () => {
    const a = x("\"The list will be updated yearly,\" said Zhou Lihua, director of the NHSA's Department of Pricing and Tendering.");
    const dept = a.entities.find((e) => e.label === 'Agency' && /^Department of Pricing and Tendering of the /.test(e.name));
    expect(dept?.id).toMatch(/^agency:cn\/nhsa\//);
    expect(relsOf(a, 'MEMBER_OF').map((r) => r.to)).toContain(dept!.id);
    const b = x("Officials from the NMPA's Drug Registration Department met the companies.");
    expect(names(b, 'Agency').some((n) => /^Drug Registration Department of the /.test(n))).toBe(true);
  });

  it('a post, then the name and a two-character verb or time word (主席X歡迎, 立法委員X日前, 副区长X接受)', () => {
    const a = x('香港兒童白血病基金會主席李大文歡迎政府的決定。');
    expect(relsOf(a, 'MEMBER_OF').some((r) => nameOf(a, r.from) === 'Li Dawen' && /基金会/.test(nameOf(a, r.to) ?? ''))).toBe(true);
    const b = x('立法委員吳美玲日前在立法院質詢衛福部長。');
    expect(relsOf(b, 'MEMBER_OF').some((r) => nameOf(b, r.from) === 'Wu Meiling' && r.to === 'agency:cn-tw/legislative-yuan')).toBe(true);
    const c = x('闵行区人民政府副区长孙建平接受采访时说，园区将扩容。');
    expect(names(c, 'Person')).toContain('Sun Jianping');
    // A place's tail is no name (试验区长沙片区: 区长 is no post there).
    expect(names(x('湖南自贸试验区长沙片区着力推动生物医药产业。'), 'Person')).toHaveLength(0);
  });

  it('a clinician of a hospital department (主治醫師, 科主任), the hospital named short (林口長庚)', () => {
    const a = x('林口長庚心臟內科主任陳大同說，首批病人已完成收案。');
    expect(relsOf(a, 'MEMBER_OF').some((r) => nameOf(a, r.from) === 'Chen Datong' && r.to === 'org:chang-gung-memorial-hospital')).toBe(true);
    const b = x('臺大醫院腫瘤醫學部主治醫師黃柏翰表示，療效仍需追蹤。');
    expect(names(b, 'Person')).toContain('Huang Baihan');
  });

  it('a listing announcement signed 承董事會命 / company / post / name: the signer is a person', () => {
    const a = x('本公告乃由某某生物科技控股有限公司自願作出。\n\n承董事會命\n某某生物科技控股有限公司\n主席\n王大明\n\n香港，2025年6月3日');
    expect(names(a, 'Person')).toContain('Wang Daming');
    const b = x('本公告由甲乙细胞集团有限公司作出。\n\n承董事会命\n甲乙细胞集团有限公司\n执行董事兼行政总裁\n刘晓东\n\n香港，2026年1月5日');
    expect(names(b, 'Person')).toContain('Liu Xiaodong');
  });

  it('總統 alone on a Taiwan page promulgates; another country\'s 總統 is not Taiwan\'s', () => {
    const a = x('「某某條例」已於2023年5月經總統公布施行，衛福部將訂定子法。');
    expect(ids(a, 'Agency')).toContain('agency:cn-tw/president');
    expect(ids(x('美國總統昨日簽署行政命令，要求加快審批。'), 'Agency')).not.toContain('agency:cn-tw/president');
    expect(ids(x('台灣副總統出席活動。'), 'Agency')).not.toContain('agency:cn-tw/president');
  });

  it('companies: a short name before 的 and a branded or CAR-T product, a branch in a place (分公司); Hong Kong\'s drug funds', () => {
    expect(names(x('兩款藥物分別為甲藥廠的乙基侖賽（Zentrix），以及另一款國產產品。'), 'Organization')).toContain('甲药厂');
    expect(names(x('获批产品包括乙华的丙单抗（Lumivax）。'), 'Organization')).toContain('乙华');
    expect(names(x('該藥由輝瑞台灣分公司引進。'), 'Organization')).toContain('辉瑞台湾分公司');
    expect(names(x('上海某某生物有限公司北京分公司今日开业。'), 'Organization')).not.toContain('北京');
    expect(ids(x('政府把新藥納入撒瑪利亞基金安全網。'), 'Organization')).toContain('org:samaritan-fund');
    expect(ids(x('病人可透過關愛基金申請資助。'), 'Organization')).toContain('org:community-care-fund');
  });
});

describe('a provincial body puts its own draft out for comment (EXTRACT, batch O)', () => {
  it('甲局关于公开征求《X（征求意见稿）》意见的通知 and 我局结合…，组织起草了《X》: the body issued the draft on its signing date', () => {
    const a = x('某省药品监督管理局\n某省药品监督管理局关于公开征求《某省细胞治疗产品临床使用管理规范（征求意见稿）》意见的通知\n各有关单位：\n我局结合本省监管实际，组织起草了《某省细胞治疗产品临床使用管理规范（征求意见稿）》，现向社会公开征求意见。请在邮件标题注明“临床使用规范意见”。\n某省药品监督管理局\n2026年4月2日', '2026-04-03');
    const drafts = a.entities.filter((e) => e.label === 'Policy');
    expect(drafts.map((e) => e.name)).toEqual(['某省细胞治疗产品临床使用管理规范(征求意见稿)']);
    expect(drafts[0]?.date).toBe('2026-04-02');
  });

  it('现征求《X》的修改意见 after a body: the body issued X; 征求专家意见 names no title', () => {
    const a = x('浙江省卫生健康委员会现征求《浙江省干细胞临床研究机构评估细则（修订稿）》的修改意见。');
    expect(relsOf(a, 'ISSUED').map((r) => r.from)).toEqual(['agency:cn-zj/health-commission']);
  });
});

describe('a text repealed after its number and its own issuer, in machine translation (EXTRACT, batch O)', () => {
  it('"The "Y Procedures" (No. …) issued by the former X shall be abolished at the same time": Y is replaced, issued by X', () => {
    const a = x('Notice of Hunan Provincial Health Commission on Printing and Distributing the "Hunan Province Cell Therapy Clinical Research Management Rules (Trial)"\nThe "Hunan Province Cell Therapy Clinical Research Filing Work Procedures" (Xiang Wei Ke Jiao Fa [2019] No. 3) issued by the former Hunan Provincial Health and Family Planning Commission shall be abolished at the same time.\nHunan Provincial Health Commission\nMarch 3, 2026', '2026-03-10');
    const rules = a.entities.find((e) => e.label === 'Policy' && /Management Rules/.test(e.name));
    const old = a.entities.find((e) => e.label === 'Policy' && /Work Procedures/.test(e.name));
    expect(rules?.date).toBe('2026-03-03');
    expect(relsOf(a, 'SUPERSEDES')).toEqual([expect.objectContaining({ from: rules!.id, to: old!.id })]);
    expect(relsOf(a, 'ISSUED').some((r) => r.to === old!.id && r.from === 'agency:cn-hn/health-family-planning')).toBe(true);
  });
});

describe('acts dated in their own words, and licences for a facility (EXTRACT, batch O)', () => {
  it('"The clearance, dated December 30," dates the act of the sentence before, in the year before a January report', () => {
    const a = x('The NMPA has cleared an IND for QX-7, an engineered NK cell therapy, Shanghai-based Qixin Bio said on Tuesday. The clearance, dated December 29, followed a 30-day review.', '2026-01-08');
    expect(a.entities.find((e) => e.label === 'License')?.date).toBe('2025-12-29');
    const b = x('The NMPA has approved the marketing of ZR-2 injection, the company said on Friday. The approval, dated March 3, covers adults only.', '2026-03-09');
    expect(b.entities.find((e) => e.label === 'License')?.date).toBe('2026-03-03');
  });

  it('"received a drug manufacturing license for its Suzhou plant from the Jiangsu MPA in 2025": the MPA issued it', () => {
    const a = x('The firm received a drug manufacturing license for its Suzhou plant from the Jiangsu Provincial Medical Products Administration in 2025.');
    const lic = a.entities.find((e) => e.label === 'License');
    expect(lic?.date).toBe('2025');
    expect(relsOf(a, 'ISSUED').map((r) => r.from)).toEqual(['agency:cn-js/medical-products']);
  });
});

describe('a national session numbered in its term dates a deputy\'s suggestion (EXTRACT, batch O)', () => {
  it('十四届全国人大四次会议期间…带来了《…建议》 is of 2026 (the page\'s month); a headline slogan is that suggestion', () => {
    const a = x('全国人大代表李华：让细胞治疗“用得上、用得起”\n十四届全国人大四次会议期间，全国人大代表、某医院院长李华带来了《关于完善细胞治疗医保支付政策的建议》。', '2026-03-07');
    const ps = a.entities.filter((e) => e.label === 'Proposal');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ name: '关于完善细胞治疗医保支付政策的建议', date: '2026-03' });
    const b = x('在十三届全国人大三次会议上，全国人大代表、某医院院长李华提交了《关于建立干细胞临床研究备案绿色通道的建议》。', '2024-05-10');
    expect(b.entities.find((e) => e.label === 'Proposal')?.date).toBe('2020');
  });
});

describe('signatures, posts and names of batch O (ENTITIES)', () => {
  it('an MT notice signed by two bodies on one line, the date under it: issued on that day', () => {
    const a = x('Notice of Gansu Provincial Health Commission and Gansu Provincial Drug Administration on Printing and Distributing the "Gansu Province Cell Therapy Filing Rules (Trial)"\nRelease time: 2025-07-02\n\nThe rules are hereby issued to you.\n\nGansu Provincial Health Commission Gansu Provincial Drug Administration\nJune 24, 2025\n\nGansu Province Cell Therapy Filing Rules (Trial)');
    const issued = relsOf(a, 'ISSUED');
    expect(issued.length).toBe(2);
    for (const r of issued) expect(r.date).toBe('2025-06-24');
    const b = x('Notice of Harbin Municipal Health Commission on Issuing the "Harbin Stem Cell Research Measures"\n\nThe measures are issued to you.\n\nHarbin Municipal Health Commission\nMarch 3, 2026');
    expect(relsOf(b, 'ISSUED').map((r) => r.date)).toEqual(['2026-03-03']);
  });

  it('"said ACME co-founder and chief executive NAME": the person and the post', () => {
    const a = x('"The data are encouraging," said Norvale co-founder and chief executive Zhang Hao. Norvale Biotech is based in Suzhou.');
    expect(relsOf(a, 'MEMBER_OF').some((r) => nameOf(a, r.from) === 'Zhang Hao' && nameOf(a, r.to) === 'Norvale Biotech')).toBe(true);
    const b = x('Tern Therapeutics said on Monday, according to Tern founder and president Li Na, that the trial was cleared.');
    expect(names(b, 'Person')).toContain('Li Na');
  });

  it('the Control Yuan and the members listed after one post (监察委员A、B)', () => {
    const a = x('監察院昨日通過監察委員王美華、陳志遠提案，糾正衛生福利部。');
    expect(ids(a, 'Agency')).toContain('agency:cn-tw/control-yuan');
    expect(names(a, 'Person')).toEqual(expect.arrayContaining(['Wang Meihua', 'Chen Zhiyuan']));
    const b = x('全国政协委员张小红、李建国表示，应加快立法。');
    expect(names(b, 'Person')).toEqual(expect.arrayContaining(['Zhang Xiaohong', 'Li Jianguo']));
  });

  it('institutions named by a new head word or a university short name; generic and law-title words are none', () => {
    const a = x('位於前海的大灣區細胞治療試驗所昨日宣布，港大深圳醫院將參與。');
    expect(names(a, 'Organization')).toContain('大湾区细胞治疗试验所');
    expect(ids(a, 'Organization')).toContain('org:hku-shenzhen-hospital');
    expect(names(a, 'Organization')).not.toContain('深圳医院');
    expect(names(x('三項試驗中兩項由香港科技園公司的培育公司研發，其餘由合作公司提供。'), 'Organization')).not.toEqual(expect.arrayContaining(['培育公司']));
    expect(names(x('Related: Japan revises its Regenerative Medicine Bio Act'), 'Organization')).toHaveLength(0);
    const b = x('Patients were treated at The Second Affiliated Hospital of Zhejiang University.');
    expect(b.entities.find((e) => e.label === 'Organization')?.aliases).toContain('The Second Affiliated Hospital of Zhejiang University');
  });
});

describe('Taiwan\'s President promulgates; Hong Kong registrations and its formulary named bare (EXTRACT, batch N)', () => {
  it('「X條例」已於D經總統公布 / X（以下簡稱本條例）業於民國日期經總統公布: ISSUED by the President', () => {
    const a = x('她說，「細胞治療發展條例」已於2025年5月經總統公布，相關子法將陸續訂定。', '2026-01-10');
    const act = a.entities.find((e) => e.label === 'Policy');
    expect(relsOf(a, 'ISSUED')).toEqual([expect.objectContaining({ from: 'agency:cn-tw/president', to: act!.id, date: '2025-05' })]);
    const b = x('細胞治療發展條例（以下簡稱本條例）業於一百十四年五月二日經總統公布，並自一百十五年一月一日施行。');
    expect(relsOf(b, 'ISSUED').map((r) => [r.from, r.date])).toEqual([['agency:cn-tw/president', '2025-05-02']]);
  });

  it('去年經「1+」機制在港註冊的X注射液: a Hong Kong registration (by the Pharmacy and Poisons Board); 納入醫管局藥物名冊 names the formulary', () => {
    const a = x('新措施涵蓋兩款產品，包括去年經「1+」機制在港註冊的甲基侖賽注射液。病人組織促請政府盡快把更多療法納入醫管局藥物名冊。', '2026-02-08');
    const lic = a.entities.find((e) => e.label === 'License');
    expect(lic).toMatchObject({ name: '甲基侖賽注射液在港註冊', date: '2025' });
    expect(relsOf(a, 'ISSUED').map((r) => r.from)).toEqual(['agency:cn-hk/pharmacy-and-poisons-board']);
    expect(names(a, 'Policy')).toContain('医管局药物名册');
    const b = x('該公司在港註冊的產品數量已增至五款。');
    expect(ids(b, 'License')).toHaveLength(0);
  });
});

describe('posts of a district, a hospital department and a board (EXTRACT for ENTITIES, batch N)', () => {
  it('区政府副区长X, 医院血液科主治医师X, 公司主席兼执行董事X: each a member of the body before the post', () => {
    const a = x('闵行区人民政府副区长李明在会上表示，将加快建设细胞治疗产业园。', '2026-01-02');
    expect(relsOf(a, 'MEMBER_OF').map((r) => r.to)).toEqual(['agency:cn-310112/government']);
    const b = x('臺大醫院血液科主治醫師王大同說，病人等待時間將縮短。', '2026-01-02');
    expect(relsOf(b, 'MEMBER_OF').map((r) => r.to)).toEqual(['org:ntuh']);
    const c = x('承董事会命\n某某细胞科技控股有限公司\n主席兼执行董事\n张伟明\n香港，2026年1月5日');
    expect(relsOf(c, 'MEMBER_OF')).toHaveLength(1);
  });
});

describe('an announcement named by its issuer and number (EXTRACT, session 9 still open)', () => {
  it('"set out in NMPA Announcement No. 86 of 2025": issued by the NMPA in 2025; after its title in brackets, that title\'s number', () => {
    const a = x('The 30-day route, set out in NMPA Announcement No. 12 of 2026, shortens reviews.');
    const ann = a.entities.find((e) => e.label === 'Policy');
    expect(ann).toMatchObject({ id: 'policy:nmpa-announcement-no-12-of-2026', date: '2026' });
    expect(relsOf(a, 'ISSUED').map((r) => r.from)).toEqual(['agency:cn/nmpa']);
    const b = x('Under the Announcement on Accelerating the Review of Cell Therapy Products (NMPA Announcement No. 12 of 2026), sponsors may file early.');
    expect(b.entities.filter((e) => e.label === 'Policy')).toEqual([expect.objectContaining({ id: 'policy:nmpa-announcement-no-12-of-2026', name: 'Announcement on Accelerating the Review of Cell Therapy Products' })]);
  });

  it('an order that promulgates another text is not a text of its own', () => {
    const a = x('The Regulations on Cell Therapy were promulgated by State Council Order No. 900 on May 5, 2026.');
    expect(names(a, 'Policy')).toEqual(['Regulations on Cell Therapy']);
  });
});

describe('a proposal\'s record page in fields (EXTRACT, batch P)', () => {
  it('a title line 关于…的提案, then 提案者：省政协委员 NAME and 提交时间: the member proposed it that day, for the places of its title', () => {
    const a = x('浙江省政协\n提案工作 > 提案选登\n关于建设长三角细胞治疗临床转化中心的提案\n提案号：20260033\n提案者：省政协委员 陈思远\n提交时间：2026年1月15日\n案由：\n细胞治疗产业发展迅速。', '2026-02-01');
    const p = a.entities.find((e) => e.label === 'Proposal');
    expect(p).toMatchObject({ name: '关于建设长三角细胞治疗临床转化中心的提案', date: '2026-01-15' });
    expect(relsOf(a, 'PROPOSED').map((r) => r.to)).toEqual([p!.id]);
    expect(relsOf(a, 'APPLIES_TO').filter((r) => r.from === p!.id).map((r) => r.to)).toEqual(['region:zone/yangtze-river-delta']);
  });

  it('a task assigned in the asks (一、由甲牵头，会同乙研究制定《X》) is issued by no one', () => {
    const a = x('建议：\n一、由省卫生健康委牵头，会同省药监局研究制定《浙江省细胞治疗跨境研究管理办法》，明确数据互认程序。');
    expect(relsOf(a, 'ISSUED')).toHaveLength(0);
  });
});

describe('issuers named again: 该条例, a short name passed, a Hong Kong 牌照 (EXTRACT, batch P)', () => {
  it('问：《X条例》即将施行？答：国务院于2025年9月公布该条例: the State Council issued X in September 2025', () => {
    const a = x('问题1：《细胞治疗临床转化管理条例》即将施行，对公司有何影响？\n答：国务院于2025年9月公布该条例，自2026年5月1日起施行。');
    const act = a.entities.find((e) => e.label === 'Policy');
    expect(relsOf(a, 'ISSUED')).toEqual([expect.objectContaining({ from: 'agency:cn/state-council', to: act!.id, date: '2025-09' })]);
  });

  it('立法院於D三讀通過生技條例修正案 on a page naming 「生技醫藥產業發展條例」: the Legislative Yuan passed that act; 雙法，即 names none', () => {
    const a = x('業者可依「生技醫藥產業發展條例」申請租稅優惠。署長表示，立法院於2021年12月三讀通過生技條例修正案，將再生醫療納入適用範圍。');
    expect(a.entities.filter((e) => e.label === 'Policy').map((e) => e.name)).toEqual(['生技医药产业发展条例']);
    expect(relsOf(a, 'ISSUED').map((r) => [r.from, r.date])).toEqual([['agency:cn-tw/legislative-yuan', '2021-12']]);
    const b = x('立法院去年三讀通過再生醫療雙法，即「再生醫療法」及「再生醫療製劑條例」。', '2025-03-01');
    expect(names(b, 'Policy').sort()).toEqual(['再生医疗制剂条例', '再生医疗法']);
  });

  it('設施已於本月5日獲藥劑業及毒藥管理局發出藥劑製品製造商牌照: a licence the board issued on that day', () => {
    const a = x('該公司的細胞治療生產設施已於本月5日獲藥劑業及毒藥管理局發出藥劑製品製造商牌照。', '2026-04-09');
    const lic = a.entities.find((e) => e.label === 'License');
    expect(lic?.date).toBe('2026-04-05');
    expect(relsOf(a, 'ISSUED').map((r) => r.from)).toEqual(['agency:cn-hk/pharmacy-and-poisons-board']);
  });
});

describe('recent news dated by the page, not by a target year after its verb (EXTRACT, batch P)', () => {
  it('近日，市政府办公厅印发《X（2024—2026年）》，提出到2026年…: the page\'s month; a spinner\'s "Not too long ago" too', () => {
    const a = x('近日，某市人民政府办公厅印发《某市细胞治疗产业行动计划（2024—2026年）》，提出到2026年产业规模突破百亿元。', '2024-04-03');
    expect(a.entities.find((e) => e.label === 'Policy')?.date).toBe('2024-04');
    const b = x('Not too long ago, the Guizhou Provincial Health Commission printed the "Guizhou Province Cell Therapy Action Plan (2025-2027)".', '2025-12-10');
    expect(b.entities.find((e) => e.label === 'Policy')?.date).toBe('2025-12');
  });
});

describe('spun notices, Taiwan ministries, short names and posts of batch P (ENTITIES)', () => {
  it('a spinner\'s "Basic Workplace … printed the … Motion Plan for Selling the Growth of Cell Remedy Business", "Not too long ago"', () => {
    const a = x('Not too long ago, the Basic Workplace of Hunan Provincial Folks\'s Authorities printed the "Hunan Province Motion Plan for Selling the Growth of Cell Remedy Business (2026-2028)".', '2026-02-10');
    const plan = a.entities.find((e) => e.label === 'Policy');
    expect(plan?.name).toMatch(/Action Plan for Promoting the Development of Cell Therapy Industry/);
    const issued = relsOf(a, 'ISSUED').find((r) => r.to === plan!.id);
    expect(nameOf(a, issued!.from)).toBe("General Office of the Hunan Provincial People's Government");
    expect(issued!.date).toBe('2026-02');
    expect(names(x("Zhuhai and Hengqin New Space will support stem cell Medical Analysis."), 'Policy')).toHaveLength(0);
  });

  it('Taiwan\'s Ministry of Economic Affairs and its Administration for Industrial Development (產發署), not another country\'s 經濟部', () => {
    const a = x('經濟部產業發展署署長王大同表示，新辦法將簡化審定流程。');
    expect(relsOf(a, 'MEMBER_OF').some((r) => nameOf(a, r.from) === 'Wang Datong' && r.to === 'agency:cn-tw/moea/ida')).toBe(true);
    expect(ids(x('經濟部與衛福部今日會銜發布修正條文。'), 'Agency')).toContain('agency:cn-tw/moea');
    expect(ids(x('德國經濟部昨日宣布補助計畫。'), 'Agency')).not.toContain('agency:cn-tw/moea');
  });

  it('"the Administrative Committee" far down the page is the zone committee named before; a lower-case post before a Western-order name', () => {
    const a = x('The Administrative Committee of Suzhou Industrial Park released new measures on May 8.\n\nThe measures cover funding.\n\nThey also cover talent.\n\nCompanies welcomed them.\n\nAccording to Gu Ming, deputy director of the Administrative Committee, 40 firms will benefit.');
    expect(relsOf(a, 'MEMBER_OF').some((r) => nameOf(a, r.from) === 'Gu Ming' && /^Administrative Committee of Suzhou Industrial Park/.test(nameOf(a, r.to) ?? ''))).toBe(true);
    expect(names(x('Hospital Authority chief executive Tony Ko Pat-sing said the drug would be assessed.'), 'Person')).toContain('Tony Ko Pat-sing');
    expect(names(x('Meanwhile, HKSTP chairman Sunny Chai Ngai-chiu said the park would expand.'), 'Person')).toContain('Sunny Chai Ngai-chiu');
  });

  it('a short name the page gives an organisation in brackets stands for it in a post; a defined term (公司) does not', () => {
    const a = x('香港科技園公司（科技園）今日宣布，設施已獲發牌。科技園行政總裁黃克強表示，首批租戶已簽約。');
    expect(relsOf(a, 'MEMBER_OF').some((r) => nameOf(a, r.from) === 'Huang Keqiang' && r.to === 'org:hkstp')).toBe(true);
    const b = x('甲乙细胞科技股份有限公司（以下简称“公司”）发布公告。丙丁生物技术有限公司（以下简称“公司”）亦发布公告。');
    for (const e of b.entities.filter((e) => e.label === 'Organization')) expect(e.aliases).not.toContain('公司');
  });

  it('a board secretary in a record\'s field; kinds of companies and product codes name nothing; the CMPR\'s preparatory office', () => {
    expect(names(x('上市公司接待人员姓名：董事会秘书 王芳；财务总监 李明'), 'Person')).toEqual(expect.arrayContaining(['Wang Fang', 'Li Ming']));
    expect(names(x('國內已有超過三十家細胞治療公司，可申請審定為生技醫藥公司。'), 'Organization')).toHaveLength(0);
    expect(ids(x('公司研发的注射液（HK-001）已获批开展临床试验。'), 'Region')).not.toContain('region:CN-HK');
    const c = x('香港藥物及醫療器械監督管理中心籌備辦公室正制訂指引。');
    expect(ids(c, 'Agency')).toContain('agency:cn-hk/cmpr/preparatory-office');
    expect(relsOf(c, 'PART_OF')).toHaveLength(0);
    expect(ids(x('The preparatory office of the CMPR will consult the trade.'), 'Agency')).toContain('agency:cn-hk/cmpr/preparatory-office');
  });
});

describe('a pair of lists and the day they take effect (EXTRACT, session 9 still open)', () => {
  it('发布A目录和首版B目录，两个目录自D起执行: both issued by both bodies; D is when they take effect, not when issued', () => {
    const a = x('国家医保局、人力资源社会保障部发布2026年国家医保药品目录和首版商业健康保险罕见病药品目录，两个目录自2027年1月1日起执行。', '2026-12-08');
    const lists = a.entities.filter((e) => e.label === 'Policy');
    expect(lists).toHaveLength(2);
    for (const p of lists) {
      expect(relsOf(a, 'ISSUED').filter((r) => r.to === p.id).map((r) => r.from).sort(), p.name).toEqual(['agency:cn/mohrss', 'agency:cn/nhsa']);
      expect(p.date ?? '', p.name).not.toMatch(/^2027/);
    }
  });
});

describe('an approval in a relative clause with no agent (EXTRACT, session 9 still open)', () => {
  it('"after Rival Bio\'s tonacel injection, which was cleared in March": the approval, keyed by the regulator named before (not said to issue it)', () => {
    const a = x('The National Medical Products Administration approved QX-3 on Monday. It is the third such product after Rival Bio\'s tonacel injection, which was cleared in March.', '2026-06-10');
    const lic = a.entities.find((e) => e.label === 'License' && /tonacel/.test(e.name));
    expect(lic).toMatchObject({ id: 'license:cn-nmpa/tonacel-injection', date: '2026-03' });
    expect(relsOf(a, 'ISSUED').some((r) => r.to === lic!.id)).toBe(false);
    const b = x('The NMPA released a plan on Monday. The plan, which was approved in May, sets targets.', '2026-06-10');
    expect(ids(b, 'License')).toHaveLength(0);
  });
});

describe('posts of batches O and P: names listed after one post, one post after two bodies, an agency\'s lower-case post (EXTRACT for ENTITIES)', () => {
  it('監察院…通過監察委員A、B提案: both members of the Control Yuan; 市科委、中关村管委会副主任X: a member of both', () => {
    const a = x('監察院今日通過監察委員王美玲、李大同提案，糾正衛生福利部。', '2026-03-19');
    expect(relsOf(a, 'MEMBER_OF').filter((r) => r.to === 'agency:cn-tw/control-yuan')).toHaveLength(2);
    const b = x('北京市科委、中关村管委会副主任张伟介绍，将支持细胞治疗企业发展。', '2024-04-03');
    expect(relsOf(b, 'MEMBER_OF').map((r) => r.to)).toContain('agency:cn-bj/science-technology');
  });
});

describe('officers in a listed company\'s record fields (EXTRACT for ENTITIES, batch P)', () => {
  it('上市公司接待人员姓名：董事会秘书 A；财务总监 B: both officers of the record\'s company', () => {
    const a = x('某某生物科技股份有限公司投资者关系活动记录表\n上市公司接待人员姓名：董事会秘书 李娜；财务总监 王强');
    expect(relsOf(a, 'MEMBER_OF')).toHaveLength(2);
    const b = x('某某生物科技股份有限公司发布公告。\n会上，财务总监王强未作评论，医院院长另有安排。');
    expect(relsOf(b, 'MEMBER_OF').filter((r) => r.rules?.includes('frame.membership.listed-company-officer.zh'))).toHaveLength(0);
  });
});

describe('names in menus, schools, parks and two-character names before a verb (ENTITIES, batch P)', () => {
  it('a site menu\'s 政协要闻 is a section, not the national CPPCC; the page\'s own 省政协 stays', () => {
    const a = x('湖南省政协\n首页 | 政协要闻 | 提案工作 | 委员风采\n\n提案者：省政协委员 刘红梅');
    expect(ids(a, 'Agency')).not.toContain('agency:cn/cppcc/national-committee');
    expect(ids(a, 'Agency').some((id) => /cn-hn\/cppcc/.test(id))).toBe(true);
    expect(ids(x('人大动态：市人大常委会召开会议。'), 'Agency')).not.toContain('agency:cn/npc');
  });

  it('院长张伟说: a two-character name before a one-character verb; a three-character name stays whole', () => {
    expect(names(x('浙江大学医学院附属第一医院院长张伟说，新病房已启用。'), 'Person')).toEqual(['Zhang Wei']);
    expect(names(x('中心主任李大同表示，研究已完成。'), 'Person')).toEqual(['Li Datong']);
  });

  it('a school inside a university\'s faculty is where its professor sits; a science park or base the gazetteer knows is a place', () => {
    const a = x('香港中文大學醫學院生物醫學學院教授黃志明指出，設施可降低成本。');
    const school = a.entities.find((e) => e.label === 'Organization' && /生物医学学院$/.test(e.name));
    expect(relsOf(a, 'MEMBER_OF').map((r) => r.to)).toContain(school?.id);
    expect(ids(x('位於科學園的生產設施已獲發牌。'), 'Region')).toContain('region:zone/hk-science-park');
    expect(ids(x('苏州科学园新增三家企业。'), 'Region')).not.toContain('region:zone/hk-science-park');
    const b = x('支持大兴生物医药产业基地建设细胞治疗产业集聚区。');
    expect(ids(b, 'Region')).toContain('region:zone/daxing-biomedicine-base');
    expect(names(b, 'Organization')).toHaveLength(0);
  });
});

describe('a regulation the premier signed, and "The Measures replace the 2015 X" (EXTRACT, batch Q)', () => {
  it('"the Regulations on X, which Premier Li Qiang signed in September": the State Council and the premier issued it, dated by its clause', () => {
    const a = x('They take effect on May 1, with the Regulations on Cell Therapy Research, which Premier Li Qiang signed in September.', '2026-04-14');
    const regs = a.entities.find((e) => e.label === 'Policy');
    expect(relsOf(a, 'ISSUED').filter((r) => r.to === regs!.id).map((r) => r.from).sort()).toEqual(['agency:cn/state-council', 'person:li-qiang']);
    expect(regs?.date).toBe('2025-09');
  });

  it('"The Measures replace the 2015 Measures for X": the Measures issued before replace it, not another text of that sentence', () => {
    const a = x('The Measures for the Administration of Gene Therapy Research, issued by the NHC on Friday, take effect with the Regulations on Cell Therapy, which Premier Li Qiang signed in September. The Measures replace the 2015 Measures for the Administration of Stem Cell Clinical Research (Trial).', '2026-04-14');
    const measures = a.entities.find((e) => e.label === 'Policy' && /Gene Therapy/.test(e.name));
    const old = a.entities.find((e) => e.label === 'Policy' && /Stem Cell/.test(e.name));
    expect(relsOf(a, 'SUPERSEDES')).toEqual([expect.objectContaining({ from: measures!.id, to: old!.id })]);
  });
});

describe('designations, possessive clearances and a reward\'s condition (EXTRACT, batch Q)', () => {
  it('"the CDE of China\'s NMPA has granted Breakthrough Therapy Designation (BTD) to X"; "comes after the NMPA\'s clearance of the X IND application in June 2025"', () => {
    const a = x('In a filing on Friday, the firm said the Center for Drug Evaluation (CDE) of China\'s NMPA has granted Breakthrough Therapy Designation (BTD) to ZR-4, its NK cell therapy. It comes after the NMPA\'s clearance of the ZR-4 investigational new drug (IND) application in June 2025.', '2026-02-09');
    const lics = a.entities.filter((e) => e.label === 'License');
    expect(lics).toHaveLength(2);
    const btd = lics.find((e) => /Designation/.test(e.name));
    const ind = lics.find((e) => /clearance/.test(e.name));
    expect(relsOf(a, 'ISSUED').find((r) => r.to === btd!.id)?.from).toBe('agency:cn/nmpa/cde');
    expect(relsOf(a, 'ISSUED').find((r) => r.to === ind!.id)).toMatchObject({ from: 'agency:cn/nmpa', date: '2025-06' });
  });

  it('a licence a reward is offered for ("for enterprises that obtained the "Drug Production License" issued by X") is no licence', () => {
    const a = x('According to the policies, for enterprises that obtained the "Drug Production License" issued by the Jiangsu Provincial Medical Products Administration, a reward of 2 million yuan will be given.');
    expect(ids(a, 'License')).toHaveLength(0);
    const b = x('对首次取得《药品生产许可证》的细胞治疗企业，给予一次性奖励200万元。');
    expect(ids(b, 'License')).toHaveLength(0);
  });
});

describe('a reply\'s writer that granted a permit (EXTRACT, batch Q)', () => {
  it('我局为甲公司核发了《药品生产许可证》 under a headline 乙局关于…建议答复的函: 乙局 issued it, dated by its own clause over a counted mention', () => {
    const a = x('湖南省药品监督管理局关于省十四届人大三次会议第0101号建议答复的函\n截至2025年6月，全省已有1家企业取得细胞治疗药品《药品生产许可证》。\n2025年3月，我局为某某生物城内的某某细胞科技有限公司核发了全省首张细胞治疗药品《药品生产许可证》。', '2025-07-10');
    const lic = a.entities.find((e) => e.label === 'License');
    expect(lic?.date).toBe('2025-03');
    expect(relsOf(a, 'ISSUED').filter((r) => r.to === lic!.id)).toHaveLength(1);
  });
});

describe('a time and 公布的 before a title name no issuer (EXTRACT, batch Q)', () => {
  it('…须先经衛福部核准施行計畫，2024年公布的「再生醫療法」施行後: the ministry approves plans, it is not said to have published the act', () => {
    const a = x('依規定，醫療機構須先經衛福部核准施行計畫，2024年公布的「細胞治療法」施行後，違規者可處罰鍰。', '2026-02-01');
    expect(relsOf(a, 'ISSUED')).toHaveLength(0);
    const b = x('国家卫生健康委于2024年公布了《某某细胞治疗管理办法》。', '2026-02-01');
    expect(relsOf(b, 'ISSUED')).toHaveLength(1);
  });
});

describe('an announcement headline with its number, dated by its signature (EXTRACT, batch Q)', () => {
  it('国家药监局关于发布《X》的公告（2026年第21号） … 国家药监局 / 2026年3月16日: X dated to the signing day, not the number\'s year; its draft stays another text', () => {
    const a = x('国家药监局关于发布《细胞治疗产品生产检查指南》的公告（2026年第30号）\n为加强监管，国家药监局组织制定了《细胞治疗产品生产检查指南》，现予发布。2025年1月发布的《细胞治疗产品生产检查指南（征求意见稿）》不再使用。\n特此公告。\n国家药监局\n2026年4月2日', '2026-04-05');
    const guide = a.entities.find((e) => e.label === 'Policy' && !/征求意见稿/.test(e.name));
    expect(guide?.date).toBe('2026-04-02');
  });
});

describe('a company\'s product approved for market with no body in its sentence (EXTRACT, batch Q)', () => {
  it('国内已有甲公司的乙注射液获批上市 after the NMPA was named: the approval of 乙, keyed by the NMPA; a count of companies names none', () => {
    const a = x('国家药监局近日批准了丙注射液上市。截至目前，国内已有上海某某生物科技有限公司的乙细胞注射液获批上市。', '2026-01-05');
    const lic = a.entities.find((e) => e.label === 'License' && /乙细胞注射液/.test(e.name));
    expect(lic?.name).toBe('乙细胞注射液获批上市');
    expect(lic?.id).toMatch(/^license:cn-nmpa\//);
    expect(relsOf(a, 'ISSUED').some((r) => r.to === lic!.id)).toBe(false);
    const b = x('国家药监局近日批准了丙注射液上市。此前已有甲、乙等五家企业的CAR-T产品获批上市。', '2026-01-05');
    expect(b.entities.filter((e) => e.label === 'License')).toHaveLength(1);
  });
});

describe('bylines, Taiwan city departments, Hong Kong research funding and departments of batch Q (ENTITIES)', () => {
  it('a byline "By A and B | Apr 14, 2026 06:12 PM | Section" dates the page, so "on Friday" is read against it', () => {
    expect(publishedDate('Caixin Global\n\nRules Set Out\n\nBy Li Ming and Zhou Fang | Apr 14, 2026 06:12 PM | Health & Science\n\nThe commission issued the rules on Friday.')).toBe('2026-04-14');
    expect(publishedDate('Trade Wire\n\nBy Anna Berg | 3 March 2025 | 5 min read | Policy\n\nText.')).toBe('2025-03-03');
  });

  it('臺北市政府衛生局 is Taipei\'s health department (not a mainland-style government); posts 科長, 執行長, 首席醫生（研究及發展）', () => {
    const a = x('臺北市政府衛生局今天表示，已對違規診所開罰。');
    expect(a.entities.find((e) => e.id === 'agency:cn-tw-tpe/health-commission')?.aliases).toContain('臺北市政府衛生局');
    expect(ids(a, 'Agency')).not.toContain('agency:cn-tw-tpe/government');
    const b = x('醫事管理科科長王美玲表示，將移送懲戒。台灣病友聯盟執行長李文華提醒民眾。醫務衞生局首席醫生（研究及發展）何志強表示，研究已展開。');
    expect(names(b, 'Person')).toEqual(expect.arrayContaining(['Wang Meiling', 'Li Wenhua', 'He Zhiqiang']));
    expect(names(x('（联系人：刘工，电话：028-8000000）'), 'Person')).toHaveLength(0);
  });

  it('Hong Kong\'s health research fund, its office and board; a department of a faculty with 及 in its name', () => {
    const a = x('醫療衞生研究基金由醫務衞生局研究處管理，評審由研究基金局負責。');
    expect(ids(a, 'Organization')).toContain('org:hmrf');
    expect(ids(a, 'Agency')).toEqual(expect.arrayContaining(['agency:cn-hk/health-bureau/research-office', 'agency:cn-hk/research-fund-board']));
    const b = x('中大醫學院外科及創傷學系教授陳永康表示，團隊獲資助。');
    const dept = b.entities.find((e) => e.label === 'Organization' && /外科及创伤学系$/.test(e.name));
    expect(relsOf(b, 'MEMBER_OF').map((r) => r.to)).toContain(dept?.id);
  });

  it('companies in a spun page and in an "and other" list; a site\'s "News Center" is none; a partner at a law firm', () => {
    expect(names(x('此前已有甲源生物的CAR-T产品获批上市。'), 'Organization')).toContain('甲源生物');
    expect(names(x('支撑天津医科大学总医院开展研究。'), 'Organization')).toContain('天津医科大学总医院');
    expect(ids(x('天津经济技能开发区将建设基地。'), 'Region')).toContain('region:zone/teda');
    const c = x('The park has more than 200 enterprises, including Genvale, Tern Bio and other leading enterprises.');
    expect(names(c, 'Organization')).toEqual(expect.arrayContaining(['Genvale', 'Tern Bio']));
    expect(names(x('Home | Park Overview | News Center | Contact Us'), 'Organization')).toHaveLength(0);
    expect(names(x('"It is a big change," said Zhao Lin, a partner at law firm Fenwick Hale.'), 'Person')).toContain('Zhao Lin');
  });
});

describe('certificates after an inspection, practices approved, a therapy\'s own name (EXTRACT, batch R)', () => {
  it('通過食藥署「X規範」（GTP）查核，取得…GTP證明: a certificate the TFDA issued (not X issued by the TFDA); 依「Y」取得衛福部核准執行Z: Z approved by the MOHW', () => {
    const a = x('該院細胞製備場所已於2025年12月通過衛福部食品藥物管理署「人體細胞組織優良操作規範」（GTP）查核，取得細胞製備場所GTP證明。院方自2023年依「特管辦法」取得衛福部核准執行自體免疫細胞治療以來，已治療百餘人。', '2026-03-18');
    const iss = relsOf(a, 'ISSUED').map((r) => [r.from, nameOf(a, r.to)]);
    expect(iss).toContainEqual(['agency:cn-tw/tfda', '細胞製備場所GTP證明']);
    expect(iss.find(([, n]) => /自體免疫細胞治療/.test(n ?? ''))?.[0]).toBe('agency:cn-tw/mohw');
    expect(iss.some(([, n]) => /操作规范/.test(n ?? ''))).toBe(false);
  });

  it('"one stem cell drug, tonacel, which won conditional approval in March 2025": the approval, keyed by the regulator named before', () => {
    const a = x('The NMPA said the campaign targets clinics. China has approved one stem cell drug, tonacel, which won conditional approval in March 2025.', '2026-01-10');
    const lic = a.entities.find((e) => e.label === 'License');
    expect(lic).toMatchObject({ id: 'license:cn-nmpa/tonacel', name: 'approval of tonacel', date: '2025-03' });
  });
});

describe('a Hong Kong page\'s 政府 and Taiwan\'s parties (ENTITIES, session 10)', () => {
  it('政府 / 特區政府 alone on a Hong Kong page is the SAR government; another\'s government is not', () => {
    const a = x('香港電台\n\n立法會議員李德明認為，政府應檢討香港的藥物名冊。');
    expect(ids(a, 'Agency')).toContain('agency:cn-hk/government');
    expect(ids(x('香港電台\n\n特區政府今日公布新措施，支援本港生物科技。'), 'Agency')).toContain('agency:cn-hk/government');
    expect(ids(x('北京日报\n\n市政府印发方案，中央政府将支持企业，当地政府配合。'), 'Agency')).not.toContain('agency:cn-hk/government');
  });

  it('民進黨, 國民黨 and 民眾黨 are Taiwan\'s parties', () => {
    const a = x('民進黨立委林小華與國民黨立委王大明昨日聯合提案，民眾黨團表示支持。');
    expect(ids(a, 'Organization')).toEqual(expect.arrayContaining(['org:tw-dpp', 'org:tw-kmt', 'org:tw-tpp']));
  });
});

describe('a kind word alone in 《》 as a passive\'s subject (EXTRACT, batch R)', () => {
  it('问：《办法》与《X条例》是什么关系？答：《条例》由国务院于2025年9月公布: the State Council issued X in September 2025', () => {
    const a = x('问：《办法》与《细胞治疗临床研究管理条例》是什么关系？\n答：《条例》由国务院于2025年9月公布，是上位法规。', '2026-01-02');
    const act = a.entities.find((e) => e.label === 'Policy' && /条例/.test(e.name));
    expect(relsOf(a, 'ISSUED')).toEqual([expect.objectContaining({ from: 'agency:cn/state-council', to: act!.id, date: '2025-09' })]);
  });
});

describe('a roundup\'s dated items (EXTRACT, batch R)', () => {
  it('"March 16 — National. The NMPA issued the final Appendix on X, effective October 1, 2026.": issued on the item\'s date, not the effective one', () => {
    const a = x('Below are the items of the quarter.\n\nMarch 16 — National. The NMPA issued the final Appendix on Gene Therapy Products to the Good Manufacturing Practice for Drugs, effective October 1, 2026.', '2026-04-02');
    const annex = a.entities.find((e) => e.label === 'Policy');
    expect(annex?.date).toBe('2026-03-16');
    expect(relsOf(a, 'ISSUED')).toEqual([expect.objectContaining({ from: 'agency:cn/nmpa', date: '2026-03-16' })]);
  });
});

describe('overlapping names, posts and bodies of batch R (ENTITIES)', () => {
  it('a two-character place inside a verb gives way to the longer name it overlaps (会同江苏省…: not 同江)', () => {
    const a = x('我委将会同江苏省药品监督管理局开展联合检查。');
    expect(ids(a, 'Agency')).toContain('agency:cn-js/medical-products');
    expect(ids(x('同江市人民政府召开会议。'), 'Agency').some((id) => /cn-2308/i.test(id))).toBe(true);
  });

  it('a body named after 交 / 征求 (交市人大常委会法制工作委员会研究, 征求市卫生健康委意见)', () => {
    const a = x('深圳市人大常委会召开会议。\n议案已交市人大常委会法制工作委员会研究，并征求市卫生健康委意见。');
    expect(ids(a, 'Agency')).toEqual(expect.arrayContaining(['agency:cn-440300/health-commission']));
    expect(a.entities.some((e) => e.label === 'Agency' && e.name === '法制工作委员会')).toBe(true);
  });

  it('posts before 领衔 and 致詞; "a health policy researcher at X"; the CMPR and the DH Drug Office under their short names', () => {
    expect(names(x('市人大代表、某某医院血液科主任王建华领衔12名代表提出议案。'), 'Person')).toContain('Wang Jianhua');
    expect(names(x('衛生福利部次長陳美玲致詞時表示，將加快審查。'), 'Person')).toContain('Chen Meiling');
    expect(names(x('"It matters," said Li Hong, a health law researcher at Fudan University.'), 'Person')).toContain('Li Hong');
    const a = x('藥械監管中心籌備辦公室主任何志明醫生補充，指引已上載至衞生署藥物辦公室網頁。');
    expect(ids(a, 'Agency')).toEqual(expect.arrayContaining(['agency:cn-hk/cmpr/preparatory-office', 'agency:cn-hk/department-of-health/drug-office']));
    expect(ids(x('国家卫健委有关司局负责人答记者问。'), 'Agency').some((id) => /\/you-guan/.test(id))).toBe(false);
  });

  it('a consultancy\'s masthead (… Advisory), E-Town, and two hospitals joined by "and" after a head-first name', () => {
    expect(names(x('Harbor Point Advisory\n\nQuarterly policy roundup'), 'Organization')).toContain('Harbor Point Advisory');
    expect(ids(x('Two cell therapy makers in E-Town received licences.'), 'Region')).toContain('region:zone/bda');
    expect(names(x('The measures support the Second Affiliated Hospital of Fujian University and Fuzhou Union Hospital to build centres.'), 'Organization')).toEqual(expect.arrayContaining(['Second Affiliated Hospital of Fujian University', 'Fuzhou Union Hospital']));
  });
});

describe('a place\'s head is of its government (EXTRACT for ENTITIES, batch R)', () => {
  it('台中市長X出席: a member of Taichung\'s government; a post of no place names none', () => {
    const a = x('台中市長盧秀燕出席啟用典禮並致詞。', '2026-03-18');
    expect(relsOf(a, 'MEMBER_OF').map((r) => r.to)).toEqual(['agency:cn-tw-txg/government']);
    const b = x('院長周德陽說明中心的規劃。', '2026-03-18');
    expect(relsOf(b, 'MEMBER_OF').filter((r) => /government/.test(r.to))).toHaveLength(0);
  });
});

describe('a motion put forward at a numbered local session, told as the news of the day (EXTRACT, batch R)', () => {
  it('在深圳市第八届人民代表大会第三次会议上，代表X提出《…议案》 on a January page: of that month; 会议上提交的建议《…》 recalled by a later page stays undated', () => {
    const a = x('在深圳市第八届人民代表大会第三次会议上，市人大代表、深圳市人民医院院长陈志远领衔11名代表提出《关于修订〈深圳经济特区细胞治疗条例〉的议案》。', '2026-01-20');
    expect(a.entities.find((e) => e.label === 'Proposal')?.date).toBe('2026-01');
    const b = x('这得益于海南省人大代表陈望青在海南省六届人大会议上提交的建议《关于加快组建我省细胞库的建议》。', '2026-01-20');
    const p = b.entities.find((e) => e.label === 'Proposal');
    expect(p).toBeDefined();
    expect(p!.date).toBeUndefined();
  });
});

describe('a draft named by its short name, put out by the writer (EXTRACT, batch R)', () => {
  it('国家卫生健康委…答记者问 … 2024年7月，我委就《办法》（征求意见稿）公开征求意见: the NHC\'s draft of the measures, replaced by them', () => {
    const a = x('国家卫生健康委有关司局负责人就《细胞治疗临床研究管理办法（试行）》答记者问\n近日，国家卫生健康委、国家药监局联合印发《细胞治疗临床研究管理办法（试行）》（以下简称《办法》）。\n2024年7月，我委就《办法》（征求意见稿）公开征求意见，形成了《办法》。', '2025-12-31');
    const draft = a.entities.find((e) => e.label === 'Policy' && /征求意见稿/.test(e.name));
    expect(draft).toMatchObject({ name: '细胞治疗临床研究管理办法(征求意见稿)', date: '2024-07' });
    expect(relsOf(a, 'ISSUED').filter((r) => r.to === draft!.id).map((r) => r.from)).toEqual(['agency:cn/nhc']);
    expect(relsOf(a, 'SUPERSEDES').map((r) => r.to)).toContain(draft!.id);
  });
});

describe('batch S: a ceremony\'s permit, a decree number, "They also repeal", a solicitation in a relative clause (EXTRACT)', () => {
  it('甲局在长沙举行颁证仪式，向乙公司核发《药品生产许可证》: the bureau issued it, not the company', () => {
    const a = x('湖南省药品监督管理局在长沙举行颁证仪式，向位于长沙经开区的湖南某某细胞生物科技有限公司核发《药品生产许可证》。', '2026-03-02');
    expect(relsOf(a, 'ISSUED').map((r) => r.from)).toEqual(['agency:cn-hn/medical-products']);
  });

  it('"the Regulations on X (State Council Decree No. 818, the "Regulations")": the State Council issued them; "They also repeal the 2015 Y": the page\'s measures replace Y', () => {
    const a = x('On January 9, the NHC issued the Measures for the Administration of Gene Therapy Research (the "Research Measures"). They implement the Regulations on Cell Therapy Research (State Council Decree No. 900, the "Regulations"). They also repeal the Measures for the Administration of Stem Cell Clinical Research (Trial) issued in 2015.', '2026-01-12');
    const regs = a.entities.find((e) => e.label === 'Policy' && /^Regulations/.test(e.name));
    const measures = a.entities.find((e) => e.label === 'Policy' && /Gene Therapy/.test(e.name));
    const old = a.entities.find((e) => e.label === 'Policy' && /Stem Cell/.test(e.name));
    expect(relsOf(a, 'ISSUED').filter((r) => r.to === regs!.id).map((r) => r.from)).toEqual(['agency:cn/state-council']);
    expect(relsOf(a, 'SUPERSEDES')).toEqual([expect.objectContaining({ from: measures!.id, to: old!.id })]);
  });

  it('药审中心于2025年11月公开征求意见的《X（征求意见稿）》: the CDE put the draft out in November 2025', () => {
    const a = x('药审中心于2025年11月公开征求意见的《某某细胞治疗产品非临床研究技术指导原则（征求意见稿）》同时废止。', '2026-03-12');
    const draft = a.entities.find((e) => e.label === 'Policy');
    expect(relsOf(a, 'ISSUED').filter((r) => r.to === draft!.id)).toEqual([expect.objectContaining({ from: 'agency:cn/nmpa/cde', date: '2025-11' })]);
  });
});

describe('a region\'s expert committee (ENTITIES, batch R)', () => {
  it('天津市干细胞临床研究专家委员会, 成立省体细胞临床研究专家委员会: the place\'s committee, not the national one', () => {
    const a = x('天津市卫生健康委员会通知\n\n天津市干细胞临床研究专家委员会负责技术审查。');
    expect(a.entities.some((e) => e.label === 'Agency' && e.name === '天津市干细胞临床研究专家委员会' && e.id.startsWith('agency:cn-tj/'))).toBe(true);
    expect(ids(a, 'Agency')).not.toContain('agency:cn/nhc/stem-cell-expert-committee');
    const b = x('江苏省卫生健康委员会关于做好备案工作的通知\n\n我委委托江苏省医学会成立省体细胞临床研究专家委员会，负责审查。');
    expect(b.entities.some((e) => e.label === 'Agency' && e.id.startsWith('agency:cn-js/') && /体细胞临床研究专家委员会$/.test(e.name))).toBe(true);
    expect(ids(x('国家干细胞临床研究专家委员会召开会议。'), 'Agency')).toContain('agency:cn/nhc/stem-cell-expert-committee');
  });
});

describe('a use approved in a zone, dated by its approval-date field (EXTRACT, batch S)', () => {
  it('经海南省药监局批准，该产品作为临床急需进口药品获准在乐城先行区使用，批准日期为D: the MPA\'s approval, for the zone, on D', () => {
    const a = x('此前，经海南省药品监督管理局批准，该产品作为临床急需进口药品获准在海南博鳌乐城国际医疗旅游先行区使用，批准日期为2026年1月8日。', '2026-02-01');
    const lic = a.entities.find((e) => e.label === 'License');
    expect(lic?.date).toBe('2026-01-08');
    expect(relsOf(a, 'ISSUED').map((r) => r.from)).toEqual(['agency:cn-hi/medical-products']);
    expect(relsOf(a, 'APPLIES_TO').map((r) => r.to)).toEqual(['region:zone/boao-lecheng']);
  });
});

describe('posts before 支持/告訴, a known development zone short name, a spun CFDI, a bio island (ENTITIES, batch S)', () => {
  it('議員X支持…, 董事长X告诉…; 长沙经开区; "the Middle for Meals and Drug Inspection"; "… and the Guangzhou International Bio Island"', () => {
    expect(names(x('立法會議員陳美儀支持撥款申請。'), 'Person')).toContain('Chen Meiyi');
    expect(names(x('公司董事长刘建国告诉记者，产线已投产。'), 'Person')).toContain('Liu Jianguo');
    expect(ids(x('位于长沙经开区的企业获得许可证。'), 'Region')).toContain('region:zone/changsha-etdz');
    expect(ids(x('The Middle for Meals and Drug Inspection of the NMPA drafted the appendix.'), 'Agency')).toContain('agency:cn/nmpa/cfdi');
    const a = x('The plan covers Nansha District and the Guangzhou International Bio Island.');
    expect(names(a, 'Organization')).toHaveLength(0);
    expect(ids(a, 'Region')).toContain('region:zone/guangzhou-bio-island');
  });
});

describe('an amendment passed to articles of an act (EXTRACT, batch S)', () => {
  it('立法院會今天三讀通過「X條例」第四條、第九條修正案: the amendment, a text of its own, passed by the Legislative Yuan today', () => {
    const a = x('立法院會今天三讀通過「細胞治療條例」第四條、第九條修正案，延長許可效期。', '2026-05-12');
    const amend = a.entities.find((e) => e.label === 'Policy' && /修正案$/.test(e.name));
    expect(amend).toMatchObject({ name: '细胞治疗条例第四条、第九条修正案', date: '2026-05-12' });
    expect(relsOf(a, 'ISSUED').filter((r) => r.to === amend!.id).map((r) => r.from)).toEqual(['agency:cn-tw/legislative-yuan']);
  });
});

describe('an organisation named by its kind noun alone before a post (EXTRACT for ENTITIES, batch S)', () => {
  it('公司董事长X on a page naming one company: an officer of it; with two companies, of neither', () => {
    const a = x('湖南某某细胞生物科技有限公司获颁许可证。公司董事长吴立新告诉记者，产线将于下月投产。', '2026-03-02');
    expect(relsOf(a, 'MEMBER_OF').map((r) => r.to)).toEqual([ids(a, 'Organization')[0]]);
    const b = x('湖南某某细胞生物科技有限公司与长沙某某医药有限公司签约。公司董事长吴立新告诉记者，合作顺利。', '2026-03-02');
    expect(relsOf(b, 'MEMBER_OF')).toHaveLength(0);
  });
});

describe('bodies written in full with their abbreviation, information offices, short company names, dates (ENTITIES, batch T)', () => {
  it('海洋委員會（海委會）, 精密機械研究發展中心（精機中心）: an unknown body or institution by its abbreviation; the abbreviation names it after', () => {
    const a = x('海洋委員會（海委會）今（12）日公布「海洋生技產業推動方案」。海委會副主委黃向文指出，方案將補助細胞培養研究。', '2026-04-12');
    const council = a.entities.find((e) => e.label === 'Agency' && e.name === '海洋委员会');
    expect(council?.aliases).toContain('海委會');
    expect(relsOf(a, 'ISSUED').map((r) => r.from)).toEqual([council!.id]);
    expect(names(x('由精密機械研究發展中心（精機中心）牽頭的細胞製程聯盟今日成立。'), 'Organization')).toContain('精密机械研究发展中心');
    // A known body keeps its id; a title's bracket is no abbreviation.
    expect(ids(x('先進療法製品須向藥劑業及毒藥管理局（管理局）註冊。'), 'Agency')).toEqual(['agency:cn-hk/pharmacy-and-poisons-board']);
    expect(ids(x('《细胞治疗管理办法（试行）》自发布之日起施行。'), 'Agency')).toEqual([]);
  });

  it('省政府新闻办, 广州市人民政府新闻办公室: the government\'s information office, not the government', () => {
    const a = x('辽宁省召开发布会。3月2日，省政府新闻办举行新闻发布会，省政府新闻办副主任李明主持。', '2026-03-02');
    expect(ids(a, 'Agency')).toContain('agency:cn-ln/government/information-office');
    expect(relsOf(a, 'MEMBER_OF').map((r) => r.to)).toEqual(['agency:cn-ln/government/information-office']);
    expect(names(x('广州市人民政府新闻办公室今日召开发布会。'), 'Agency')).toContain("Information Office of the Guangzhou Municipal People's Government");
    expect(ids(x('湖南省人民政府办公厅印发《方案》。'), 'Agency')).not.toContain('agency:cn-hn/government/information-office');
  });

  it('华东细胞治疗集团 beside 华东细胞治疗集团有限公司, "Cellvera Bio" beside "Cellvera Biotherapeutics": one company', () => {
    const a = x('国家药监局批准华东细胞治疗集团有限公司申报的产品上市。华东细胞治疗集团董事长王建华表示，将尽快供货。', '2026-04-12');
    expect(ids(a, 'Organization')).toHaveLength(1);
    expect(relsOf(a, 'MEMBER_OF').map((r) => r.to)).toEqual(ids(a, 'Organization'));
    const b = x('Cellvera Bio prices Hong Kong IPO\nCellvera Biotherapeutics raised HK$1 billion in its listing on Monday.', '2026-04-12');
    expect(ids(b, 'Organization')).toHaveLength(1);
    // Two companies of one place are not one.
    expect(ids(x('Shanghai Cellora Therapeutics and Shanghai Genvia Pharma signed a deal.'), 'Organization')).toHaveLength(2);
  });

  it('a Hong Kong patient or concern group (香港病人政策連線, 香港罕見疾病關注組); a known hospital\'s unit joined by 及; 中央研究院', () => {
    const a = x('香港罕見疾病關注組主席陳小明表示，政府應資助新藥。');
    expect(relsOf(a, 'MEMBER_OF').map((r) => nameOf(a, r.to))).toEqual(['香港罕见疾病关注组']);
    expect(names(x('香港病人政策連線今日要求當局加快審批。'), 'Organization')).toContain('香港病人政策连线');
    const b = x('臺北榮民總醫院幹細胞及再生醫學中心主任李偉表示，中央研究院將提供技術。');
    expect(names(b, 'Organization')).toContain('台北荣民总医院干细胞及再生医学中心');
    expect(ids(b, 'Organization')).toContain('org:academia-sinica');
  });

  it('a month alone after 於/于 (已於2月通過, 于11月获批) is that month of the page\'s year; 1至2月 is no date', () => {
    expect(findDates('中心已於2月通過食藥署查核', 2026, '2026-03-18').map((d) => d.date)).toEqual(['2026-02']);
    expect(findDates('该项目于11月获得批准', 2026, '2026-12-18').map((d) => d.date)).toEqual(['2026-11']);
    expect(findDates('1至2月共受理申请30件', 2026, '2026-12-18')).toEqual([]);
    expect(findDates('将于10月1日起施行', 2026, '2026-03-18').map((d) => d.date)).toEqual(['2026-10-01']);
  });
});

describe('posts read from one list per language (POSTS, posts.ts)', () => {

  it('a company\'s short name, a lower-case "chief X officer" and the name: an officer of the company', () => {
    const a = x('Norvex Biologics raised $120 million in its listing. "We are pleased," said Norvex chief operating officer Laura Chen.');
    expect(members(a)).toEqual([['Laura Chen', 'Norvex Biologics']]);
    const b = x('Qilin Biotech Co., Ltd. won approval on Monday. Qilin Biotech chief medical officer Peter Walsh said trials would start soon.');
    expect(members(b)).toEqual([['Peter Walsh', 'Qilin Biotech Co., Ltd.']]);
    // A post with no name after it makes no person; a post's own word opens no name.
    expect(names(x('The chief financial officer said the company would expand.'), 'Person')).toEqual([]);
    expect(names(x('Chief Executive Officer Michael Chen of Harbor Cell said demand grew.'), 'Person')).toEqual(['Michael Chen']);
  });

  it('主委, 执行长, 研究员 before a name (Traditional and Simplified): a member of the body named before the post', () => {
    expect(members(x('國家發展委員會主委龔明鑫表示，將加速審查。'))).toEqual([['Gong Mingxin', 'National Development Council (Taiwan)']]);
    expect(members(x('台灣醫療改革基金會執行長林雅惠提醒，民眾應確認醫院資格。'))).toEqual([['Lin Yahui', '台湾医疗改革基金会']]);
    expect(members(x('中国科学院动物研究所研究员王立明介绍，该所已建成细胞库。'))).toEqual([['Wang Liming', '中国科学院动物研究所']]);
  });

  it('a post that names its house (立委, 立法委員) is held there, not in the party named before it', () => {
    expect(members(x('國民黨立委張文雄亦提出修法主張。'))).toEqual([['Zhang Wenxiong', 'Legislative Yuan (Taiwan)']]);
    expect(members(x('民進黨立法委員黃志明日前表示，將提出修法。'))).toEqual([['Huang Zhiming', 'Legislative Yuan (Taiwan)']]);
  });
});

describe('a known organisation acts; a byline\'s year with its time glued on (ENTITIES for EXTRACT, batch T)', () => {
  it('香港科技園公司推出「X」, "the Hong Kong Science and Technology Parks Corporation launched the X": the known organisation issues it', () => {
    const a = x('香港科技園公司今日推出「細胞治療孵化計劃」，支援初創企業。', '2026-04-12');
    expect(relsOf(a, 'ISSUED').map((r) => r.from)).toEqual(['org:hkstp']);
    const b = x('The Hong Kong Science and Technology Parks Corporation launched the Cell Therapy Incubation Programme on Monday.', '2026-04-13');
    expect(relsOf(b, 'ISSUED').map((r) => r.from)).toEqual(['org:hkstp']);
  });

  it('"May 2, 20269:05 AM GMT+8" above a "HONG KONG, May 2 (Reuters) -" dateline: the page is of 2026-05-02', () => {
    expect(publishedDate('Reuters\n\nBy Jane Doe\nMay 2, 20269:05 AM GMT+8\n\nHONG KONG, May 2 (Reuters) - A biotech raised money.')).toBe('2026-05-02');
    expect(publishedDate('By Jane Doe\nMay 2, 2026 9:05 AM GMT+8\n\nHONG KONG, May 2 (Reuters) - A biotech raised money.')).toBe('2026-05-02');
    expect(publishedDate('HONG KONG, May 2 (Reuters) - A biotech raised 20265 dollars.')).toBeUndefined();
    // A page read from HTML, a blank line between each of its lines.
    expect(publishedDate('Reuters\n\nWorld | Business | Markets\n\nHealthcare\n\n\n\nBiotech raises $1 billion\n\nBy Jane Doe\n\nMay 2, 20269:05 AM GMT+8\n\nHONG KONG, May 2 (Reuters) - A biotech raised money.')).toBe('2026-05-02');
  });
});

describe('licences in news wording, a listing rule, a gazetted schedule, a relative clause\'s issuers (EXTRACT, batch T)', () => {
  const licences = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'License');
  const issuedTo = (d: DocumentFacts, id: string) => relsOf(d, 'ISSUED').filter((r) => r.to === id).map((r) => r.from);

  it('国家药监局D发布消息，通过…程序附条件批准X申报的Y上市: the regulator that tells the news approved Y', () => {
    const a = x('国家药监局3月9日发布消息称，按照优先审评审批程序附条件批准某某细胞科技有限公司申报的甲细胞注射液上市。', '2026-03-10');
    const lic = licences(a);
    expect(lic).toHaveLength(1);
    expect(issuedTo(a, lic[0]!.id)).toEqual(['agency:cn/nmpa']);
    expect(lic[0]!.date).toBe('2026-03-09');
    // A body that only reports the news with no approving verb grants nothing.
    const b = x('国家药监局3月9日发布消息，介绍细胞治疗产品审评进展。', '2026-03-10');
    expect(licences(b)).toHaveLength(0);
  });

  it('经X批准在P作为Y使用 / 经X批准，作为Y在P使用: a use approved in a zone, by X, applying there', () => {
    for (const text of ['乙细胞注射液此前已于2024年经海南省药品监督管理局批准在乐城先行区作为临床急需药品使用。', '丙注射液2025年经海南省药监局批准，作为临床急需进口药品在博鳌乐城国际医疗旅游先行区使用。']) {
      const a = x(text, '2026-04-02');
      const lic = licences(a);
      expect(lic).toHaveLength(1);
      expect(issuedTo(a, lic[0]!.id)).toEqual(['agency:cn-hi/medical-products']);
      expect(relsOf(a, 'APPLIES_TO').filter((r) => r.from === lic[0]!.id).map((r) => r.to)).toEqual(['region:zone/boao-lecheng']);
    }
    expect(licences(x('该医院经省卫生健康委批准，作为试点单位开展工作。', '2026-04-02'))).toHaveLength(0);
  });

  it('"X, which won clearance from the NMPA last September" and "received approval in May from the FDA to begin a trial": two licences, dated by their own clauses', () => {
    const a = x('The firm will spend the money on its gene therapy LX-22 for haemophilia, which won clearance from China\'s National Medical Products Administration last September. It also received approval in March from the U.S. Food and Drug Administration to begin a Phase 2 study in the United States.', '2026-05-20');
    const byIssuer = (id: string) => licences(a).find((l) => issuedTo(a, l.id).includes(id));
    expect(byIssuer('agency:cn/nmpa')).toMatchObject({ name: 'approval of LX-22', date: '2025-09' });
    expect(byIssuer('agency:us/fda')).toMatchObject({ name: 'approval to begin a Phase 2 study', date: '2026-03' });
    // Approval "to expand" a plant, or a relative clause about a company, is no product's licence.
    expect(licences(x('The company, which received approval from the NMPA to expand its factory, is hiring.', '2026-05-20'))).toHaveLength(0);
  });

  it('"It had been included in the breakthrough therapy procedure by the CDE in 2024", 该产品被药审中心纳入突破性治疗药物程序: a designation of the product named before, not its approval', () => {
    const a = x('The NMPA approved Zorbacel Injection for marketing. It had been included in the breakthrough therapy procedure by the Center for Drug Evaluation of the NMPA in 2024.', '2026-02-02');
    const btd = licences(a).find((l) => /breakthrough/.test(l.name));
    expect(btd).toMatchObject({ kind: 'designation', date: '2024' });
    expect(issuedTo(a, btd!.id)).toEqual(['agency:cn/nmpa/cde']);
    expect(licences(a)).toHaveLength(2);
    const b = x('国家药监局批准丁注射液上市。该产品于2023年被国家药监局药品审评中心纳入突破性治疗药物程序。', '2026-02-02');
    const zh = licences(b).find((l) => /突破性/.test(l.name));
    expect(zh?.name).toBe('丁注射液纳入突破性治疗药物程序');
    expect(issuedTo(b, zh!.id)).toEqual(['agency:cn/nmpa/cde']);
    // Put on the reimbursement list is no designation of a regulator.
    expect(licences(x('该产品被国家医保局纳入医保目录。', '2026-02-02'))).toHaveLength(0);
  });

  it('"the exchange introduced Chapter 18C in 2023": a listing-rule chapter is a rule text; an ordinance\'s chapter is not', () => {
    const a = x('Hong Kong Exchanges and Clearing Limited introduced Chapter 18C in 2023 to help specialist technology companies list.', '2026-04-16');
    expect(names(a, 'Policy')).toEqual(['Chapter 18C']);
    expect(a.entities.find((e) => e.name === 'Chapter 18C')?.date).toBe('2023');
    expect(names(x('Employers must follow Chapter 57A of the laws of Hong Kong.', '2026-04-16'), 'Policy')).toEqual([]);
  });

  it('醫院管理局修訂的收費表今日刊憲: the fee schedule, issued by the Authority on the gazette day', () => {
    const a = x('醫院管理局修訂的收費表今日（3日）刊憲，新收費將於下月生效。', '2026-06-03');
    const fees = a.entities.find((e) => e.label === 'Policy');
    expect(fees).toMatchObject({ kind: 'fees', date: '2026-06-03' });
    expect(issuedTo(a, fees!.id)).toEqual(['agency:cn-hk/hospital-authority']);
    expect(names(x('醫院管理局修訂的收費表將於5月1日生效。', '2026-06-03'), 'Policy')).toEqual([]);
  });

  it('甲将依据乙、丙联合印发的《X》: the relative clause\'s bodies issued X, not the subject that acts under it', () => {
    const a = x('吉林省卫生健康委将按照国家卫生健康委、国家中医药局联合印发的《医疗机构细胞治疗管理规范》开展培训。', '2026-03-26');
    const pol = a.entities.find((e) => e.label === 'Policy');
    expect(issuedTo(a, pol!.id).sort()).toEqual(['agency:cn/natcm', 'agency:cn/nhc']);
    // 将会同…印发 is a plan: nobody issued it yet.
    const b = x('吉林省卫生健康委将会同省药监局联合印发《细胞治疗管理规范》。', '2026-03-26');
    expect(relsOf(b, 'ISSUED')).toHaveLength(0);
  });
});

describe('an English body written in full with its initials in brackets (ENTITIES, batch T class)', () => {
  it('"Taiwan\'s Ocean Affairs Council (OAC) released X … OAC Minister Y": the council, unknown to the gazetteer, issues X; a known one keeps its id', () => {
    const a = x("Taiwan's Ocean Affairs Council (OAC) on Tuesday released the Marine Biotechnology Promotion Plan. OAC officials said the plan would fund cell research.", '2026-04-14');
    const council = a.entities.find((e) => e.label === 'Agency' && e.name === 'Ocean Affairs Council');
    expect(council?.aliases).toContain('OAC');
    expect(relsOf(a, 'ISSUED').map((r) => r.from)).toEqual([council!.id]);
    const b = x('The Biomedical Innovation Board (BIB) announced the Cell Therapy Fund Scheme in May.', '2026-06-01');
    expect(names(b, 'Agency')).toEqual(['Biomedical Innovation Board']);
    expect(ids(x('The National Medical Products Administration (NMPA) approved the drug.'), 'Agency')).toEqual(['agency:cn/nmpa']);
    // Initials that are not the words' are no abbreviation of them.
    expect(names(x('The Drug Pricing Committee (XYZ) met on Monday.'), 'Agency')).toEqual([]);
  });
});

describe('a text cited as the basis of an act replaces nothing (EXTRACT, s10 left-outs)', () => {
  it('根据《Y》要求，现予发布。本指南发布后，《X（征求意见稿）》同时废止: the page\'s own text replaces its draft, the text cited does not', () => {
    const a = x('国家药监局药审中心关于发布《基因修饰细胞治疗产品药学研究指南（试行）》的通告\n\n药审中心组织制定了《基因修饰细胞治疗产品药学研究指南（试行）》。根据《国家药监局综合司关于印发药品技术指导原则发布程序的通知》要求，现予发布。\n\n本指南发布后，药审中心于2025年6月公开征求意见的《基因修饰细胞治疗产品药学研究指南（征求意见稿）》同时废止。', '2026-03-12');
    const byName = (re: RegExp) => a.entities.find((e) => e.label === 'Policy' && re.test(e.name))?.id;
    const sup = relsOf(a, 'SUPERSEDES');
    expect(sup.map((r) => [r.from, r.to])).toEqual([[byName(/试行\)$/), byName(/征求意见稿\)$/)]]);
  });
});

describe('places a title names only to locate another (EXTRACT, s10 left-outs)', () => {
  it('海南自由贸易港博鳌乐城…先行区条例, "… Pilot Zone of Hainan Free Trade Port": the text applies to the zone, not to the place that locates it', () => {
    const a = x('海南省人大常委会审议通过《海南自由贸易港博鳌乐城国际医疗旅游先行区条例》。', '2026-01-05');
    const pol = a.entities.find((e) => e.label === 'Policy');
    expect(relsOf(a, 'APPLIES_TO').filter((r) => r.from === pol!.id).map((r) => r.to)).toEqual(['region:zone/boao-lecheng']);
    const b = x('The Regulations on the Boao Lecheng International Medical Tourism Pilot Zone of Hainan Free Trade Port were passed in 2024.', '2026-01-05');
    const en = b.entities.find((e) => e.label === 'Policy');
    expect(relsOf(b, 'APPLIES_TO').filter((r) => r.from === en!.id).map((r) => r.to)).toEqual(['region:zone/boao-lecheng']);
    // Two places joined by 和 both hold.
    const c = x('国务院印发《北京和上海细胞治疗试点方案》。', '2026-01-05');
    const both = c.entities.find((e) => e.label === 'Policy');
    expect(relsOf(c, 'APPLIES_TO').filter((r) => r.from === both!.id).map((r) => r.to).sort()).toEqual(['region:CN-BJ', 'region:CN-SH']);
  });
});

describe('posts: a body by its short name, a field in brackets, a post after words that qualify it (POSTS)', () => {

  it('a short name the page gave a body in brackets, then a post and a name (Traditional, Simplified)', () => {
    expect(members(x('藥物監督管理局（藥監局）於今日發佈指引。藥監局局長蔡炳祥表示，將繼續合作。'))).toEqual([['Cai Bingxiang', 'Pharmaceutical Administration Bureau of Macao']]);
    expect(members(x('医务卫生局首席医生（研究及发展）张志伟表示，项目涵盖CAR-T。'))).toEqual([['Zhang Zhiwei', 'Health Bureau of Hong Kong']]);
  });

  it('"NAME, a Shanghai-based healthcare analyst at X", "a partner at law firm X": the post\'s body; a byline is not a firm quoted below it', () => {
    expect(members(x('"Prices will decide it," said Li Na, a Beijing-based biotech analyst at Northbay Harbour Securities.'))).toEqual([['Li Na', 'Northbay Harbour Securities']]);
    expect(names(x('"It is a long road," said Zhang Wei, a long-time resident of Shanghai.'), 'Person')).toEqual([]);
    const d = x('By Chen Ming and Xu Lan | May 3, 2026\n\nThe measures began to apply last week. "Clinics are ready," said Gao Fei, a partner at law firm JunHe who works with biotech firms.');
    expect(members(d)).toEqual([['Gao Fei', 'JunHe LLP']]);
  });
});

describe('a roundup item\'s lead dates an act told without its agent (EXTRACT, s10 left-outs)', () => {
  it('"February 3 — Hong Kong. The X Regulation 2026 was gazetted, …": the text is of February 3, not of the day it takes effect', () => {
    const a = x('Policy tracker, first quarter\n\nFebruary 3 — Hong Kong. The Cell Therapy Products (Amendment) Regulation 2026 was gazetted, putting the products under the Ordinance from April 1.', '2026-04-20');
    expect(a.entities.find((e) => e.label === 'Policy' && /Amendment/.test(e.name))?.date).toBe('2026-02-03');
    // Said to be discussed, it is not dated by the lead.
    const b = x('Policy tracker, first quarter\n\nFebruary 3 — Hong Kong. The Cell Therapy Products (Amendment) Regulation 2026 was discussed by lawmakers.', '2026-04-20');
    expect(b.entities.find((e) => e.label === 'Policy' && /Amendment/.test(e.name))?.date).not.toBe('2026-02-03');
  });
});

describe('posts before a name in English with the body written short, as "its" or not at all; a post in a disclosure field (POSTS)', () => {

  it('"said Huaxia\'s chairwoman, Dr. X": a company by the first word of its name; "Its chief executive, Dr. X": the page\'s company', () => {
    expect(members(x('Huaxia Stemcell Biotech won approval. "We have waited," said Huaxia\'s chairwoman, Dr. Meng Qiuyun, who founded the company.'))).toEqual([['Meng Qiuyun', 'Huaxia Stemcell Biotech']]);
    expect(members(x('Cellora Therapeutics signed a deal with NordCell Bio. Cellora retains rights in Asia. Its chief executive, Dr. Wang Yiming, previously led research.'))).toEqual([['Wang Yiming', 'Cellora Therapeutics']]);
    // A place or a common word opening a name stands for nothing alone.
    expect(members(x('Shanghai Cell Therapy Group opened a plant. "It is a start," said Shanghai\'s mayor, Dr. Gong Zheng.'))).toEqual([]);
  });

  it('"Chairman Dr. X said" on a page of one company is that company\'s; not on a page of two', () => {
    expect(members(x('Shenzhen Yuanqi Cell Biotechnology Co., Ltd. won approval. Chairman Dr. Lin Haoran said: "Thanks to policies."'))).toEqual([['Lin Haoran', 'Shenzhen Yuanqi Cell Biotechnology Co., Ltd.']]);
    expect(members(x('Qilin Biotech Co., Ltd. and Norco Labs Inc. signed a deal. Chairman Dr. Lin Haoran said: "Thanks to policies."'))).toEqual([]);
  });

  it('发言人　X　　发言人职称　总经理 (Traditional and Simplified): the person and the post of the page\'s company', () => {
    const hant = x('本資料由　(上櫃公司) 瑞昇細胞　公司提供\n\n發言人　陳志豪　　發言人職稱　總經理　　發言人電話　03-5790123\n\n2.公司名稱:瑞昇細胞生技股份有限公司');
    expect(members(hant)).toEqual([['Chen Zhihao', '瑞升细胞生技股份有限公司']]);
    const hans = x('公司名称：华康细胞科技股份有限公司\n\n发言人：林美惠　发言人职称：财务长　发言人电话：02-1234567');
    expect(members(hans)).toEqual([['Lin Meihui', '华康细胞科技股份有限公司']]);
    expect(names(x('公司名称：华康细胞科技股份有限公司\n\n发言人表示，公司营运正常。'), 'Person')).toEqual([]);
  });
});

describe('batch U posts: a record\'s representative field, 所長, a post\'s field before its body (POSTS)', () => {

  it('当事人：X有限公司 … 法定代表人：Y: Y represents X (Simplified and Traditional); a label with no name makes no person', () => {
    expect(members(x('行政处罚决定书\n当事人：成都瑞康源健康管理有限公司\n住所：成都市武侯区科华北路65号\n法定代表人：周建华\n经查，当事人发布违法广告。'))).toEqual([['Zhou Jianhua', '成都瑞康源健康管理有限公司']]);
    expect(members(x('處分書\n受處分人：台北康源生技股份有限公司\n負責人：林志明\n地址：台北市中山區'))).toEqual([['Lin Zhiming', '台北康源生技股份有限公司']]);
    expect(names(x('当事人：成都瑞康源健康管理有限公司\n法定代表人签字：\n经查，当事人发布违法广告。'), 'Person')).toEqual([]);
  });

  it('研究所所长X: a person and a member of the institute', () => {
    const d = x('中国科学院动物研究所所长王立明表示，细胞库已建成。');
    expect(members(d)).toEqual([['Wang Liming', '中国科学院动物研究所']]);
  });

  it('"head of China regulatory consulting at Beijing-based X": the post\'s field, then its body', () => {
    expect(members(x('"The pace is real," said Helen Qiu, head of life sciences regulatory practice at Beijing-based JunHe.'))).toEqual([['Helen Qiu', 'JunHe LLP']]);
    expect(members(x('"The pace is real," said Helen Qiu, a professor of medicine at Fudan University.'))).toEqual([['Helen Qiu', 'Fudan University']]);
  });
});


describe('courts, a national body\'s office in a place, branches, research institutes and their units, alliances named two ways, an association by its head word (ENTITIES, batch U)', () => {
  it('成都铁路运输法院, 杭州市中级人民法院: a court of the place; 国家金融监督管理总局上海监管局: the national body\'s office there, one body', () => {
    expect(ids(x('当事人可在六个月内向成都铁路运输法院提起行政诉讼。'), 'Agency')).toEqual(['agency:cn-510100/railway-court']);
    expect(ids(x('原告不服，向杭州市中级人民法院提起上诉。'), 'Agency')).toEqual(['agency:cn-330100/intermediate-court']);
    const a = x('该产品由市医保局和国家金融监督管理总局上海监管局共同指导。');
    expect(names(a, 'Agency')).toContain('国家金融监督管理总局上海监管局');
    expect(ids(a, 'Agency')).not.toContain('agency:cn/nfra');
    expect(names(x('国家金融监督管理总局广东监管局发布风险提示。'), 'Agency')).toEqual(['国家金融监督管理总局广东监管局']);
  });

  it('X股份有限公司上海分公司: the branch named whole; 9家保险公司, 合作医院: no names', () => {
    expect(names(x('由中国平安财产保险股份有限公司深圳分公司等9家保险公司承保。'), 'Organization')).toEqual(['中国平安财产保险股份有限公司深圳分公司']);
    expect(names(x('当事人宣称其合作医院已取得备案，并与多家定点医院合作。'), 'Organization')).toEqual([]);
  });

  it('工研院 / 工業技術研究院 and its unit 工研院生醫與醫材研究所; 與甲、乙、丙等10家業者: each a company', () => {
    const a = x('工研院生醫與醫材研究所所長陳冠宇表示，產線已通過查核。');
    expect(names(a, 'Organization')).toContain('工研院生医与医材研究所');
    const b = x('工業技術研究院今日宣布，與長聖國際生技、三顧、育世博等10家業者共同成立聯盟。');
    expect(ids(b, 'Organization')).toEqual(expect.arrayContaining(['org:itri']));
    expect(names(b, 'Organization')).toEqual(expect.arrayContaining(['长圣国际生技', '三顾', '育世博']));
  });

  it('细胞治疗CDMO联盟 in a headline, 「台湾细胞治疗CDMO产业联盟」 in the text: one alliance; two associations of different fields stay two', () => {
    const a = x('工研院成立再生醫療CDMO聯盟\n工研院今日與業者共同成立「台灣再生醫療CDMO產業聯盟」。');
    expect(names(a, 'Organization').filter((n) => /联盟$/.test(n))).toEqual(['台湾再生医疗CDMO产业联盟']);
    const b = x('中国医药生物技术协会与中国医药协会今日签约。');
    expect(names(b, 'Organization')).toHaveLength(2);
  });

  it('a site menu run together (首页　协会概况) is no organisation', () => {
    expect(names(x('中国细胞治疗学会\n首页　学会概况　新闻动态　通知公告'), 'Organization')).toEqual(['中国细胞治疗学会']);
  });
});

describe('batch U: relative clauses with their body, participles, counts and basis texts (EXTRACT)', () => {
  const issuedTo = (d: DocumentFacts, id: string) => relsOf(d, 'ISSUED').filter((r) => r.to === id).map((r) => r.from);

  it('"X from Y, which the NMPA conditionally approved on Jan. 2, 2025": the body of the relative clause approved X, that day', () => {
    const a = x('The review singled out obecabtagene injection from Norco Cell Therapy, which the NMPA conditionally approved on March 4, 2025, as a first.', '2026-06-18');
    const lic = a.entities.filter((e) => e.label === 'License');
    expect(lic.map((l) => [l.name, l.date])).toEqual([['approval of obecabtagene', '2025-03-04']]);
    expect(issuedTo(a, lic[0]!.id)).toEqual(['agency:cn/nmpa']);
    // A relative clause about a company, or an approval dated only by "last year" with no product, is no licence.
    expect(x('The company, which the NMPA approved last year, grew.', '2026-06-18').entities.filter((e) => e.label === 'License')).toHaveLength(0);
  });

  it('"China\'s CDE cleared record 11 cell and gene therapies in 2025": a count of approvals, not one licence', () => {
    expect(x('China\'s CDE cleared record 11 cell and gene therapies in 2025, a report shows.', '2026-06-18').entities.filter((e) => e.label === 'License')).toHaveLength(0);
    expect(x('The NMPA approved a total of 12 gene therapies last year.', '2026-06-18').entities.filter((e) => e.label === 'License')).toHaveLength(0);
  });

  it('"two of the approved CAR-Ts have been listed in …": a participle used as an adjective names no title', () => {
    const a = x('Only two of the approved CAR-Ts have been listed in the national list, released in December 2025.', '2026-06-18');
    expect(names(a, 'Policy').filter((n) => /CAR-Ts/.test(n))).toEqual([]);
  });

  it('根据《A》和《B》，经甲分会组织起草…: the basis texts were not drafted by the branch', () => {
    const a = x('根据《团体标准管理规定》和《某某学会团体标准管理办法》，经学会细胞治疗分会组织起草、公开征求意见，学会批准发布以下2项团体标准。', '2026-06-18');
    expect(relsOf(a, 'ISSUED')).toHaveLength(0);
    // Not a basis: 《X》经甲组织起草 is the branch's text.
    const b = x('《干细胞库运行管理指南》经省细胞治疗学会组织起草并发布。', '2026-06-18');
    expect(relsOf(b, 'ISSUED').length).toBeGreaterThan(0);
  });

  it('"the X published June 16 by the CDE", "the Y, revised by the NPCSC in August 2019": the bodies after "by" issued them', () => {
    const a = x('Sponsors now follow the Technical Guideline for Nonclinical Studies of Stem Cell Products published June 16 by the Center for Drug Evaluation (CDE).', '2026-06-20');
    const gl = a.entities.find((e) => e.label === 'Policy');
    expect(gl?.name).toBe('Technical Guideline for Nonclinical Studies of Stem Cell Products');
    expect(issuedTo(a, gl!.id)).toEqual(['agency:cn/nmpa/cde']);
    const b = x('It builds on the Vaccine Administration Law, revised by the Standing Committee of the National People\'s Congress in August 2024.', '2026-06-20');
    const law = b.entities.find((e) => e.label === 'Policy');
    expect(relsOf(b, 'ISSUED').filter((r) => r.to === law!.id).map((r) => [r.from, r.date])).toEqual([['agency:cn/npc/standing-committee', '2024-08']]);
  });

  it('"…, and noted that the rules will take effect May 1, 2026": the day a text takes effect dates no other title of the sentence', () => {
    const a = x('The CDE said it issued 9 guidelines, among them the Technical Guideline for Clinical Trials of Cell Products (Trial), and noted that new rules will take effect May 1, 2026.', '2026-06-18');
    const gl = a.entities.find((e) => e.label === 'Policy' && /Technical Guideline/.test(e.name));
    expect(gl?.name).toBe('Technical Guideline for Clinical Trials of Cell Products (Trial)');
    expect(gl!.date).not.toBe('2026-05-01');
    expect(gl!.date).toBe('2026-06-18'); // no issuing day is told: the page's own date
  });
});

describe('a post phrase in any order real text uses (POSTS: BODY POST NAME, NAME（BODY POST）, NAME, BODY POST, POST NAME of BODY, who heads …)', () => {
  const NMPA = 'National Medical Products Administration';

  it('Chinese: the body and post after the name — in brackets, between commas — and 的 between body and post', () => {
    expect(members(x('张伟（国家药监局副局长）表示，将加快审评。'))).toEqual([['Zhang Wei', NMPA]]);
    expect(members(x('張偉，國家藥監局副局長，在會上介紹了情況。'))).toEqual([['Zhang Wei', NMPA]]);
    expect(members(x('国家药监局的副局长张伟表示，将加快审评。'))).toEqual([['Zhang Wei', NMPA]]);
    // A clause's opening word before a body and post is no name; a body and post with no name are no one's.
    expect(names(x('此外，国家药监局局长李利表示，将加快审评。'), 'Person')).toEqual(['Li Li']);
    expect(names(x('同时，国家药监局副局长，在会上介绍了情况。'), 'Person')).toEqual([]);
  });

  it('a courtesy post after the name (乔杰院士) does not hide it', () => {
    expect(members(x('北京大学第三医院院长乔杰院士表示，医院将开展研究。'))).toEqual([['Qiao Jie', '北京大学第三医院']]);
  });

  it('English: "NAME, BODY POST,", "POST NAME of BODY", "NAME, who heads … at BODY", "Director of Health Dr NAME"', () => {
    expect(members(x('Wang Wei, NMPA deputy director, said the rules would take effect.'))).toEqual([['Wang Wei', NMPA]]);
    expect(members(x('Li Wei, a Fudan University professor, said demand grew.'))).toEqual([['Li Wei', 'Fudan University']]);
    expect(members(x('Director Wang Wei of the Beijing Municipal Health Commission said the rules would take effect.'))).toEqual([['Wang Wei', 'Beijing Municipal Health Commission']]);
    expect(members(x('Li Wei, who heads the cell therapy department at Peking University Third Hospital, said demand grew.'))).toEqual([['Li Wei', 'Peking University Third Hospital']]);
    expect(members(x('Director of Health Dr Ronald Lam said the department would act.'))).toEqual([['Ronald Lam', 'Department of Health of Hong Kong']]);
    // A body in the apposition with no post is no seat.
    expect(members(x('Li Wei, NMPA, said the rules were clear.'))).toEqual([]);
  });
});


describe('a zone\'s "Administration of", a company by where it is based, a private international hospital (ENTITIES for POSTS)', () => {
  it('"the Administration of the X Zone released …": the zone\'s administration acts, written so; "Provisions on the Administration of the X Zone" is a title', () => {
    const a = x('The Administration of the Boao Lecheng International Medical Tourism Pilot Zone released the Rules on Imported Cell Products on Monday.', '2026-03-02');
    expect(relsOf(a, 'ISSUED').map((r) => r.from)).toEqual(['agency:zone/boao-lecheng/administrative-committee']);
    expect(a.entities.find((e) => e.id === 'agency:zone/boao-lecheng/administrative-committee')?.aliases).toContain('Administration of the Boao Lecheng International Medical Tourism Pilot Zone');
    expect(ids(x('Interim Provisions on the Administration of the Boao Lecheng International Medical Tourism Pilot Zone were issued in 2019.'), 'Agency')).toEqual([]);
  });

  it('"at Hangzhou-based Tigermed", "Suzhou-based Genvia said": the company; "Shanghai-based CAR-T developer" names none by itself', () => {
    expect(names(x('"Pricing is the bottleneck," said Helen Qiu, head of regulatory consulting at Hangzhou-based Tigermed.'), 'Organization')).toEqual(['Tigermed']);
    expect(names(x('Suzhou-based Genvia said on Monday it would list in Hong Kong.'), 'Organization')).toEqual(['Genvia']);
    expect(names(x('A Beijing-based company and a Shanghai-based biotech signed a deal.'), 'Organization')).toEqual([]);
  });

  it('博鳌瑞康国际医院, 上海嘉会国际医院: a private international hospital named without its place; 一家国际医院 no name', () => {
    expect(names(x('患者在博鳌瑞康国际医院接受了治疗。医院院长王振宇介绍了随访安排。'), 'Organization')).toEqual(['博鳌瑞康国际医院']);
    expect(names(x('该疗法已在嘉会国际医院开展。'), 'Organization')).toEqual(['嘉会国际医院']);
    expect(names(x('患者可前往一家国际医院就诊。'), 'Organization')).toEqual([]);
  });
});

describe('a body by a short form of its name, a house\'s post alone before a name (POSTS)', () => {

  it('試驗所行政總裁X, 细胞库主任Y: the one body of the page whose name ends in the short form; none when two do', () => {
    expect(members(x('位於沙田的香港細胞治療臨床試驗所昨日宣布招募受試者。試驗所行政總裁陳嘉明指出，首批受試者已完成篩選。'))).toEqual([['Chen Jiaming', '香港细胞治疗临床试验所']]);
    expect(members(x('北京协和医院与天津市第一中心医院签约。医院院长王振宇介绍，合作将于下月开始。'))).toEqual([]);
  });

  it('另一議員X after the house is named, 领衔代表：X on a people\'s congress record: a member of that house', () => {
    expect(members(x('立法會今日通過撥款。另一議員黃國恩則建議當局參考新加坡的做法。')).filter(([n]) => n === 'Huang Guoen')).toEqual([['Huang Guoen', 'Legislative Council of Hong Kong']]);
    expect(members(x('山东省十四届人大三次会议第1423号建议\n\n领衔代表：孙海鹰　附议代表：王建国\n\n届次：山东省十四届人大三次会议'))).toEqual(expect.arrayContaining([['Sun Haiying', "Shandong Provincial People's Congress"]]));
    // No house named on the page: no seat.
    expect(members(x('另一议员黄国恩则建议当局参考新加坡的做法。'))).toEqual([]);
  });
});

describe('texts listed after a publishing lead (EXTRACT, batch U)', () => {
  it('协会批准发布以下2项团体标准，现予公告。一、…《X》 二、…《Y》: each listed text is the association\'s; the basis texts are nobody\'s here', () => {
    const a = x('中国细胞治疗产业协会\n关于发布《间充质干细胞制备质量规范》等2项团体标准的公告\n各有关单位：\n　　根据《团体标准管理规定》，经协会标准工作委员会组织起草，协会批准发布以下2项团体标准，现予公告。\n　　一、T/CCTIA 011—2026《间充质干细胞制备质量规范》\n　　二、T/CCTIA 012—2026《细胞制剂冷链运输指南》\n　　以上标准自2026年8月1日起实施。\n中国细胞治疗产业协会\n2026年5月8日', '2026-05-09');
    const org = ids(a, 'Organization').find((id) => /xie-hui/.test(id));
    const issuedBy = (re: RegExp) => relsOf(a, 'ISSUED').filter((r) => r.to === a.entities.find((e) => e.label === 'Policy' && re.test(e.name))?.id).map((r) => r.from);
    expect(issuedBy(/制备质量规范$/)).toEqual([org]);
    expect(issuedBy(/冷链运输指南$/)).toEqual([org]);
    expect(issuedBy(/团体标准管理规定$/)).toEqual([]);
    // Lines that are not numbered after the lead are no list.
    const b = x('某某协会批准发布以下团体标准，现予公告。\n以上标准自2026年8月1日起实施，详见《细胞制剂冷链运输指南》。', '2026-05-09');
    expect(relsOf(b, 'ISSUED')).toHaveLength(0);
  });
});


describe('zones named in English by more head words, and a zone\'s units (ENTITIES, zones)', () => {
  it('"the Hangzhou Qiantang New Area", "Chengdu Tianfu International Bio-Town", "The Zhongyuan Medical Science City", "Zhengzhou Airport Economy Zone": zones', () => {
    expect(names(x('Its plant in the Hangzhou Qiantang New Area obtained a licence.'), 'Region')).toEqual(['Hangzhou Qiantang New Area']);
    expect(names(x('He proposed a platform in the Chengdu Tianfu International Bio-Town.'), 'Region')).toEqual(['Chengdu Tianfu International Bio-Town']);
    expect(names(x('The Zhongyuan Medical Science City will reserve land for cell therapy firms.'), 'Region')).toEqual(['Zhongyuan Medical Science City']);
    expect(names(x('The province supported Zhengzhou Airport Economy Zone to build a centre.'), 'Region')).toContain('Zhengzhou Airport Economy Zone');
    expect(names(x('The city has built a new area for biotech.'), 'Region')).toEqual([]);
  });

  it('"the Industrial Development Bureau of Jiangbei New Area", "The Optics Valley Biological City Construction Office": a unit of the zone acts', () => {
    const a = x('The Economic Development Bureau of the Zhengzhou Airport Economy Zone issued the Measures on Cell Therapy Enterprises on Monday.', '2026-03-02');
    expect(relsOf(a, 'ISSUED').map((r) => nameOf(a, r.from))).toEqual(['Economic Development Bureau of the Zhengzhou Airport Economy Zone']);
    expect(names(x('The Optics Valley Biological City Construction Office said it would help.'), 'Agency')).toEqual(['Optics Valley Biological City Construction Office']);
    // The zone's administrative committee stays its own.
    expect(ids(x('The Administrative Committee of the Zhengzhou Airport Economy Zone issued the plan.'), 'Agency')).toEqual(['agency:zone/zhengzhou-airport-economy/administrative-committee']);
  });
});

describe('a body written by a name the registry knows for it, where no mention was found there (POSTS)', () => {
  const ADMIN = 'Administrative Committee of Hainan Boao Lecheng International Medical Tourism Pilot Zone';

  it('乐城先行区管理局副局长X, "deputy director of the Administration of the … Zone": the zone\'s administration', () => {
    expect(members(x('海南博鳌乐城国际医疗旅游先行区管理局今天发布消息。乐城先行区管理局副局长张劲松表示，乐城将继续发挥优势。'))).toEqual([['Zhang Jinsong', ADMIN]]);
    expect(members(x('The Administration of the Boao Lecheng International Medical Tourism Pilot Zone issued rules. Liu Hong, deputy director of the Administration of the Boao Lecheng International Medical Tourism Pilot Zone, said the zone had grown.'))).toEqual([['Liu Hong', ADMIN]]);
  });

  it('a body named to say whose another is holds no seat: "member of the National Committee of the CPPCC"', () => {
    expect(members(x("Wang Guilin, member of the National Committee of the Chinese People's Political Consultative Conference, said it."))).toEqual([['Wang Guilin', "National Committee of the Chinese People's Political Consultative Conference"]]);
  });
});

describe('a text named by description before its decree number (EXTRACT, batch U)', () => {
  it('"… replace the implementing regulations promulgated in 2002 (State Council Decree No. 360)": the old text, the State Council\'s of 2002, replaced by the new one', () => {
    const a = x('On May 2, 2027, the State Council published the revised Regulations for the Implementation of the Vaccine Administration Law (the "New Regulations"). The New Regulations will take effect on July 1, 2027 and replace the implementing regulations promulgated in 2005 (State Council Decree No. 434), as amended in 2016.', '2027-05-10');
    const old = a.entities.find((e) => e.label === 'Policy' && /promulgated in 2005/.test(e.name));
    expect(old?.date).toBe('2005');
    expect(relsOf(a, 'ISSUED').filter((r) => r.to === old!.id).map((r) => r.from)).toEqual(['agency:cn/state-council']);
    const fresh = a.entities.find((e) => e.label === 'Policy' && /^(?:revised )?Regulations for the Implementation/.test(e.name));
    expect(relsOf(a, 'SUPERSEDES').map((r) => [r.from, r.to])).toEqual([[fresh!.id, old!.id]]);
    // Without its decree number a description names no text.
    expect(names(x('Firms still follow the implementing regulations promulgated in 2005.', '2027-05-10'), 'Policy')).toEqual([]);
  });
});

describe('a title put out for comment, said in a relative clause (EXTRACT, batch U)', () => {
  it('"the NMPA is expected to finalize the X, on which it solicited comments in March 2025": the NMPA issued X then', () => {
    const a = x('The National Medical Products Administration (NMPA) is expected to finalize the Measures for the Protection of Cell Therapy Trial Data (Trial), on which it solicited comments in April 2025.', '2026-11-24');
    const pol = a.entities.find((e) => e.label === 'Policy');
    expect(relsOf(a, 'ISSUED').filter((r) => r.to === pol!.id).map((r) => [r.from, r.date])).toEqual([['agency:cn/nmpa', '2025-04']]);
    // Experts who commented issue nothing.
    expect(relsOf(x('Firms await the Measures for the Protection of Cell Therapy Trial Data, on which experts commented in May.', '2026-11-24'), 'ISSUED')).toHaveLength(0);
  });
});

describe('batch V: licences on a portal and in a spun repost (EXTRACT)', () => {
  const lic = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'License');
  const issuedTo = (d: DocumentFacts, id: string) => relsOf(d, 'ISSUED').filter((r) => r.to === id).map((r) => r.from);

  it('"ISAF announced today (3 November) that it has approved the registration of X"; "The product, developed by Y Co., Ltd., was approved in the Mainland by the NMPA in September 2021"', () => {
    const a = x('The Pharmaceutical Administration Bureau (ISAF) announced today (5 May) that it has approved the registration of axicabtagene ciloleucel injection, a CAR-T therapy.\nThe product, developed by Fosun Kite Biotechnology Co., Ltd., was approved in the Mainland by the National Medical Products Administration (NMPA) in June 2021.', '2027-05-05');
    const byIssuer = (id: string) => lic(a).find((l) => issuedTo(a, l.id).includes(id));
    expect(byIssuer('agency:cn-mo/pharmaceutical-administration')).toMatchObject({ name: 'registration of axicabtagene ciloleucel injection', date: '2027-05-05' });
    expect(byIssuer('agency:cn/nmpa')).toMatchObject({ name: 'approval of axicabtagene ciloleucel injection', date: '2021-06' });
  });

  it('"had obtained breakthrough therapy designation from the CDE in 2023 and orphan drug designation from the U.S. FDA in 2020": two designations, each dated by its own part', () => {
    const a = x('The NMPA approved KX-12 injection on Monday. The drug had obtained breakthrough therapy designation from the Center for Drug Evaluation (CDE) in 2023 and orphan drug designation from the U.S. Food and Drug Administration in 2020.', '2026-03-04');
    const designations = lic(a).filter((l) => l.kind === 'designation').map((l) => [l.name, l.date, issuedTo(a, l.id)]);
    expect(designations).toEqual([
      ['breakthrough therapy designation of KX-12 injection', '2023', ['agency:cn/nmpa/cde']],
      ['orphan drug designation of KX-12 injection', '2020', ['agency:us/fda']],
    ]);
    // A body's unknown name before its bracketed abbreviation: the abbreviation names it.
    const b = x('The NMPA approved KX-12 injection. The drug had obtained breakthrough therapy designation from the Middle for Drug Analysis (CDE) in 2023.', '2026-03-04');
    expect(lic(b).filter((l) => l.kind === 'designation').flatMap((l) => issuedTo(b, l.id))).toEqual(['agency:cn/nmpa/cde']);
    // No product named on the page: no designation.
    expect(lic(x('Firms that received orphan drug designation from the FDA grew.', '2026-03-04'))).toHaveLength(0);
  });
});

describe('a standards notice: codes before titles, 其中 lists, a replacement by codes (EXTRACT, batch V)', () => {
  it('批准《X》等5项…地方标准，现予以发布。其中，CODE《X》、CODE《Y》…。CODE代替CODE《Z》。 then the signature', () => {
    const a = x('江苏省市场监督管理局关于批准发布《干细胞制剂质量检验规范》等5项江苏省地方标准的公告\n　　江苏省市场监督管理局批准《干细胞制剂质量检验规范》等5项江苏省地方标准，现予以发布。\n　　其中，DB32/T 5101—2027《干细胞制剂质量检验规范》、DB32/T 5102—2027《细胞制剂冷链运输规范》由江苏省卫生健康委员会提出并归口。DB32/T 5102—2027代替DB32/T 3300—2019《细胞制剂运输规范》。\n江苏省市场监督管理局\n2027年3月2日', '2027-03-04');
    const pol = (re: RegExp) => a.entities.find((e) => e.label === 'Policy' && re.test(e.name));
    const amr = 'agency:cn-js/market-regulation';
    for (const re of [/质量检验规范$/, /冷链运输规范$/]) {
      expect(pol(re)?.date).toBe('2027-03-02');
      expect(relsOf(a, 'ISSUED').filter((r) => r.to === pol(re)!.id).map((r) => r.from)).toEqual([amr]);
    }
    expect(pol(/^细胞制剂运输规范$/)?.date).toBe('2019');
    expect(relsOf(a, 'SUPERSEDES').map((r) => [r.from, r.to])).toEqual([[pol(/冷链运输规范$/)!.id, pol(/^细胞制剂运输规范$/)!.id]]);
    // A 其中 clause about texts no act was stated for gets no issuer.
    const b = x('其中，DB32/T 5101—2027《干细胞制剂质量检验规范》由江苏省卫生健康委员会提出并归口。', '2027-03-04');
    expect(relsOf(b, 'ISSUED')).toHaveLength(0);
  });
});

describe('an address\'s header and a kind of product registered (EXTRACT, batch V)', () => {
  it('"2027年施政報告 / 行政長官李家超　2027年10月8日": the address, issued by the speaker that day', () => {
    const a = x('2027年施政報告\n行政長官李家超　2027年10月8日\n目錄｜上一頁｜下一頁\n88. 政府會設立細胞治療中心。', '2027-10-08');
    const pol = a.entities.find((e) => e.label === 'Policy');
    expect(pol).toMatchObject({ name: '2027年施政报告', date: '2027-10-08' });
    const by = relsOf(a, 'ISSUED').filter((r) => r.to === pol!.id).map((r) => nameOf(a, r.from));
    expect(by).toHaveLength(1);
    expect(a.entities.find((e) => e.name === by[0])?.label).toBe('Person');
    // A reporter's byline under a headline issues nothing.
    const b = x('2027年施政報告要點\n記者陳大文　2027年10月8日\n政府會設立細胞治療中心。', '2027-10-08');
    expect(relsOf(b, 'ISSUED')).toHaveLength(0);
  });

  it('推動使用在港註冊的先進療法產品: a kind of product registered in Hong Kong is no licence; 在港註冊的X注射液 is', () => {
    expect(x('政府會推動在大灣區使用在港註冊的先進療法產品。', '2027-10-08').entities.filter((e) => e.label === 'License')).toHaveLength(0);
    expect(x('醫管局已引入去年經「1+」機制在港註冊的甲細胞注射液，供病人使用。', '2027-10-08').entities.filter((e) => e.label === 'License')).toHaveLength(1);
  });
});

describe('an approval dated where it is restated in reported speech (EXTRACT, batch V)', () => {
  it('"… after the NHC approved a pilot for X, the minister said on Wednesday. Y said the approval, granted on August 7, covered …": the licence is of August 7', () => {
    const a = x('Labs can now share samples after the National Health Commission approved a pilot for cross-border flows of cell samples, the minister said on Wednesday.\nThe secretary said the approval, granted on August 3, covered six universities.', '2026-08-12');
    const lic = a.entities.find((e) => e.label === 'License');
    expect(lic?.date).toBe('2026-08-03');
    // "granted to" names who got it, not when.
    const b = x('Labs can now share samples after the National Health Commission approved a pilot for cross-border flows of cell samples, the minister said on Wednesday.\nThe secretary said the approval, granted to six universities, starts on August 20.', '2026-08-12');
    expect(b.entities.find((e) => e.label === 'License')?.date).not.toBe('2026-08-20');
  });
});


describe('a Macao page\'s "Health Bureau", a spinner\'s names and years, a weekday in news (ENTITIES, batch V)', () => {
  it('"the Health Bureau" on a Macao page that mentions Hong Kong is Macao\'s; on a Hong Kong page Hong Kong\'s', () => {
    const a = x('Macao SAR Government Portal\nThe Pharmaceutical Administration Bureau of Macao said patients need not travel to Hong Kong. The Health Bureau will subsidise the therapy.');
    expect(ids(a, 'Agency')).toContain('agency:cn-mo/health-bureau');
    expect(ids(a, 'Agency')).not.toContain('agency:cn-hk/health-bureau');
    const b = x('The Hong Kong Government said the Health Bureau would study the scheme, as Macao has done.');
    expect(ids(b, 'Agency')).toContain('agency:cn-hk/health-bureau');
  });

  it('a spinner\'s "Middle for Drug Analysis", "U.S. Meals and Drug Administration", "Excessive-tech Zone", "Restricted", "Final 12 months"', () => {
    const a = x('The remedy received status in 2022 from the Middle for Drug Analysis (CDE), and in 2019 from the U.S. Meals and Drug Administration.', '2026-03-04');
    expect(ids(a, 'Agency')).toEqual(expect.arrayContaining(['agency:cn/nmpa/cde', 'agency:us/fda']));
    const b = x('Novacel, primarily based in Wuhan East Lake Excessive-tech Zone, opened a plant there. Final 12 months the Wuhan Municipal Folks\'s Authorities issued the "Measures to Assist the Cell Remedy Trade".', '2026-03-04');
    expect(ids(b, 'Region')).toContain('region:zone/east-lake');
    expect(b.entities.find((e) => e.label === 'Policy')?.date).toBe('2025');
    expect(names(x('a cell remedy made by Hubei Xinsheng Biotechnology Restricted, the agency stated.'), 'Organization')).toEqual(['Hubei Xinsheng Biotechnology Limited']);
  });

  it('"the company said on Monday": the Monday of the page\'s week; another date in the sentence wins', () => {
    expect(findDates('the company said on Monday.', 2026, '2026-03-04').map((d) => d.date)).toEqual(['2026-03-02']);
    expect(findDates('the company said on Wednesday.', 2026, '2026-03-04').map((d) => d.date)).toEqual(['2026-03-04']);
    expect(findDates('The firm said on Wednesday that the regulator granted approval on April 8.', 2026, '2026-04-10').map((d) => d.date)).toEqual(['2026-04-08']);
    expect(findDates('the company said on Monday.', 2026)).toEqual([]);
  });
});


describe('a known name then "and the" in a run, a centre named head first, a list after 有 (ENTITIES, batch V organisations)', () => {
  it('"including the University of Hong Kong and the Centre for Regenerative Medicine and Health": two institutions', () => {
    const a = x('The programme named five partners, including the University of Hong Kong and the Centre for Regenerative Medicine and Health, a unit founded by the Chinese Academy of Sciences.');
    expect(names(a, 'Organization').sort()).toEqual(['Centre for Regenerative Medicine and Health', 'Chinese Academy of Sciences', 'University of Hong Kong']);
    expect(names(x('The Laboratory for Stem Cell Biology opened in Shenzhen.'), 'Organization')).toEqual(['Laboratory for Stem Cell Biology']);
  });

  it('机构有A医院、B医院等4家: the list\'s names, not the noun before 有; 健康管理公司 no name', () => {
    const a = x('目前我省经备案的干细胞临床研究机构有南昌大学第一附属医院、江西省人民医院等4家。美容院、健康管理公司不具备资质。');
    expect(names(a, 'Organization').sort()).toEqual(['南昌大学第一附属医院', '江西省人民医院'].sort());
  });
});

describe('batch V posts: a head post sharing the body\'s last character, the Director of a body by its own name (POSTS)', () => {

  it('醫事司長X, 卫生福利部长X: the division or ministry whose head character the post shares', () => {
    expect(members(x('衛福部醫事司長劉越萍說明，法規已公布。'))).toEqual([['Liu Yueping', 'Department of Medical Affairs (MOHW, Taiwan)']]);
    expect(members(x('卫生福利部长邱泰源表示，将加速审查。'))).toEqual([['Qiu Taiyuan', 'Ministry of Health and Welfare (Taiwan)']]);
  });

  it('"The Director of ISAF, Choi Peng Cheong, said": a three-part name before its comma, the body named by the field itself; "Dr Karen Ho Wing-yan"', () => {
    const d = x("Macao's Pharmaceutical Administration Bureau (ISAF) registered the product. The Director of ISAF, Choi Peng Cheong, said the approval would help.");
    expect(names(d, 'Person')).toEqual(['Choi Peng Cheong']);
    expect(members(d)).toEqual([['Choi Peng Cheong', 'Pharmaceutical Administration Bureau of Macao']]);
    expect(names(x('"It is the difference," said Dr Karen Ho Wing-yan, chief operating officer of the Centre for Regenerative Medicine and Health.'), 'Person')).toEqual(['Karen Ho Wing-yan']);
  });
});

describe('an English post of a body named by its head noun alone (POSTS, batch V)', () => {

  it('", chief operating officer of the centre": the one centre of the page; none when two bodies have the noun', () => {
    expect(members(x('The Centre for Regenerative Medicine and Health joined the pilot. "It matters," said Dr Karen Ho Wing-yan, chief operating officer of the centre.'))).toEqual([['Karen Ho Wing-yan', 'Centre for Regenerative Medicine and Health']]);
    expect(members(x('Fudan University and Peking University signed a deal. "It matters," said Dr Karen Ho Wing-yan, a professor at the university.'))).toEqual([]);
  });
});

describe('a clause opening with a post and 为 says who holds it in the body the clause before named (POSTS)', () => {

  it('評審由研究基金局負責，主席為醫務衞生局局長盧寵茂: chair of the board and head of the bureau; 主持人为X is no post', () => {
    expect(members(x('評審由研究基金局負責，主席為醫務衞生局局長盧寵茂。'))).toEqual(expect.arrayContaining([['Lu Chongmao', 'Health Bureau of Hong Kong'], ['Lu Chongmao', 'Research Fund Board']]));
    expect(members(x('会议由国家药监局主办，主持人为王建国。'))).toEqual([]);
  });
});

describe('a reply\'s writer and addressee, in Chinese and in machine translation (EXTRACT, batch W)', () => {
  const issuedBy = (d: DocumentFacts, label: string) => d.relations.filter((r) => r.type === 'ISSUED' && d.entities.some((e) => e.id === r.to && e.label === label)).map((r) => [r.from, nameOf(d, r.to), r.date]);

  it('"Member X: / The "Y" you put forward has been received … In 2024, our bureau issued the Z to …": X proposed Y, the writer issued Z', () => {
    const a = x('Sichuan Provincial Medical Products Administration\nReply of Sichuan Provincial Medical Products Administration on Proposal No. 88 of the Third Session of the 13th CPPCC Sichuan Provincial Committee\nMember Luo Jianping:\nThe "Proposal on Building a Public Cord Blood Bank in Chengdu" you put forward has been received. The reply is as follows.\nIn 2024, our bureau issued the Drug Production License to Chengdu Tianfu Cell Technology Co., Ltd., the first in the province.\nOur bureau will formulate the "Sichuan Province Rules for Cell Therapy Inspections" next year.\nSichuan Provincial Medical Products Administration\nJuly 2, 2025');
    const proposed = relsOf(a, 'PROPOSED');
    expect(proposed.map((r) => [nameOf(a, r.from), nameOf(a, r.to)])).toEqual([['Luo Jianping', 'Proposal on Building a Public Cord Blood Bank in Chengdu']]);
    expect(relsOf(a, 'APPLIES_TO').filter((r) => r.from === proposed[0]!.to).map((r) => r.to)).toEqual(['region:CN-510100']);
    expect(issuedBy(a, 'License')).toEqual([['agency:cn-sc/medical-products', 'Drug Production License', '2024']]);
    // A text the writer only plans is not issued.
    expect(issuedBy(a, 'Policy').map((r) => r[1])).not.toContain('Sichuan Province Rules for Cell Therapy Inspections');
  });

  it('我局附条件批准首款X药品Y注射液上市: the writer (its signature) approved Y, named by its own name', () => {
    const a = x('关于政协第十四届全国委员会第三次会议第01234号提案答复的函\n李文华委员：\n您提出的《关于支持脐带血干细胞药物研发的提案》收悉。现答复如下：\n2024年6月，我局附条件批准首款脐带间充质干细胞治疗药品赛诺迈注射液上市。\n国家药监局\n2025年7月1日');
    expect(issuedBy(a, 'License')).toEqual([['agency:cn/nmpa', '赛诺迈注射液附条件批准上市', '2024-06']]);
    // No signature or headline naming the writer: no act known.
    expect(issuedBy(x('2024年6月，我局附条件批准首款脐带间充质干细胞治疗药品赛诺迈注射液上市。'), 'License')).toEqual([]);
  });
});

describe('CPPCC committees named with their term, before their place, and their proposal committees (ENTITIES, batch W/X)', () => {
  it('政协十三届全国委员会 is the National Committee, whose member the page names', () => {
    const d = x('在政协十三届全国委员会第二次会议上，全国政协委员李青提交了一件提案。');
    expect(ids(d, 'Agency')).toContain('agency:cn/cppcc/national-committee');
    expect(ids(d, 'Agency').some((id) => /shi-san-jie/.test(id))).toBe(false);
    expect(relsOf(d, 'MEMBER_OF').map((r) => r.to)).toEqual(['agency:cn/cppcc/national-committee']);
  });

  it('市政协提案委员会 is the city CPPCC committee\'s, not the national one\'s; 全国政协提案委员会 the national one\'s', () => {
    const d = x('在政协青岛市第十五届委员会第一次会议上，市政协委员赵岚提交提案。市政协提案委员会将审查立案。');
    const local = d.entities.find((e) => e.id === 'agency:cn-370200/cppcc-committee/proposal-committee');
    expect(local).toBeDefined();
    expect(relsOf(d, 'PART_OF').map((r) => [r.from, r.to])).toContainEqual(['agency:cn-370200/cppcc-committee/proposal-committee', 'agency:cn-370200/cppcc-committee']);
    expect(ids(d, 'Agency').some((id) => id.startsWith('agency:cn/cppcc/') && /ti-an|proposal/.test(id))).toBe(false);
    expect(ids(x('抄送：全国政协提案委员会。'), 'Agency')).toContain('agency:cn/cppcc/national-committee/proposal-committee');
  });

  it('"CPPCC Anhui Provincial Committee" (the CPPCC before the place, as machine translation writes it) and its Proposal Committee', () => {
    const d = x('Reply to Proposal No. 77 of the Second Session of the 13th CPPCC Anhui Provincial Committee. CC: Proposal Committee of the CPPCC Anhui Provincial Committee');
    expect(ids(d, 'Agency')).toEqual(expect.arrayContaining(['agency:cn-ah/cppcc-committee', 'agency:cn-ah/cppcc-committee/proposal-committee']));
    expect(ids(d, 'Agency')).not.toContain('agency:cn/cppcc');
    // A committee of the CPPCC named after the place ("… Committee of the CPPCC") is not this form.
    expect(ids(x('The Anhui Provincial Committee of the CPPCC met on Monday.'), 'Agency')).toEqual(['agency:cn-ah/cppcc-committee']);
  });
});

describe('news of a provincial licence: a trial consent for 该产品, a speaker who issued nothing (EXTRACT, batch W)', () => {
  const issued = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => [r.from, nameOf(d, r.to), r.date]);

  it('允许其生产XY-07注射液。该产品已于D获药品审评中心同意开展Ⅱ期临床试验: the CDE\'s consent for the product named before', () => {
    const a = x('9月3日，浙江省药品监督管理局向杭州某某细胞科技有限公司核发《药品生产许可证》，允许其委托生产XY-07注射液。据了解，该产品已于2025年6月获国家药监局药品审评中心同意开展Ⅱ期临床试验。', '2026-09-04');
    expect(issued(a)).toContainEqual(['agency:cn/nmpa/cde', 'XY-07注射液获批', '2025-06']);
  });

  it('管委会副主任X介绍，某区去年出台的《Y》: neither the speaker nor his body issued Y; 国家药监局表示，近日发布了《Y》: the speaker did', () => {
    const a = x('在昨日的推介会上，苏州工业园区管委会副主任张建国介绍，吴中区去年印发的《吴中区细胞治疗产业扶持办法》已兑现资金2000万元。', '2026-10-21');
    expect(relsOf(a, 'ISSUED')).toEqual([]);
    expect(issued(x('国家药监局表示，近日发布了《细胞治疗产品生产检查指南》。', '2026-10-21')).map((r) => r[0])).toEqual(['agency:cn/nmpa']);
  });
});

describe('an amendment put out as a draft, and the session a reply names (EXTRACT, batch W)', () => {
  it('食藥署公告的「X」修正草案 is a draft text of its own (X修正草案), not X', () => {
    const a = x('〔記者王小明／台北報導〕食藥署長回應，食藥署9月公告的「細胞治療製劑查驗登記準則」修正草案，將開放以國外數據作為佐證。', '2026-11-02');
    const drafts = a.entities.filter((e) => e.label === 'Policy');
    expect(drafts.map((e) => e.name)).toEqual(['细胞治疗制剂查验登记准则修正草案']);
    expect(relsOf(a, 'ISSUED').map((r) => r.from)).toEqual(['agency:cn-tw/tfda']);
  });

  it('关于政协十四届全国委员会第三次会议第N号提案答复的函 / X委员：/ 您提出的《Y》: Y of the third session, 2025', () => {
    const a = x('关于政协十四届全国委员会第三次会议第00456号提案答复的函\n李文华委员：\n您提出的《关于支持脐带血干细胞药物研发的提案》收悉。2024年6月，有关工作已经启动。\n国家药监局\n2025年7月1日');
    expect(relsOf(a, 'PROPOSED').map((r) => [nameOf(a, r.to), r.date])).toEqual([['关于支持脐带血干细胞药物研发的提案', '2025']]);
  });
});

describe('a consultancy\'s briefing on Hong Kong: a fees regulation the council approved, a memorandum named by description (EXTRACT, batch W)', () => {
  const issued = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => [r.from, nameOf(d, r.to), r.date]);

  it('"The Medical Devices (Fees) (Amendment) Regulation 2027, which the Legislative Council approved on 3 March, …"', () => {
    const a = x('From April the listing fee doubles under the Medical Devices (Fees) (Amendment) Regulation 2027, which the Legislative Council approved on 3 March.', '2027-04-01');
    expect(issued(a)).toEqual([['agency:cn-hk/legislative-council', 'Medical Devices (Fees) (Amendment) Regulation 2027', '2027-03-03']]);
  });

  it('"… because of the memorandum on X signed by A and B in D": one agreement of both signers, applying to neither side\'s territory', () => {
    const a = x('Inspections by either side now count in full because of the memorandum on mutual recognition of cell therapy inspections signed by the Health Bureau and the NMPA in May 2027.', '2027-06-01');
    expect(issued(a)).toEqual([
      ['agency:cn-hk/health-bureau', 'memorandum on mutual recognition of cell therapy inspections', '2027-05'],
      ['agency:cn/nmpa', 'memorandum on mutual recognition of cell therapy inspections', '2027-05'],
    ]);
    expect(relsOf(a, 'APPLIES_TO')).toEqual([]);
    // Said of an agreement named by its title, the description rule finds nothing more.
    expect(a.entities.filter((e) => e.label === 'Policy')).toHaveLength(1);
  });
});

describe('a city\'s measures machine-translated in Chinese word order (EXTRACT, batch X)', () => {
  it('"X Office on the issuance of Y notice" and \'"Y" … is now issued to you\': Y, in lower case, issued by the office; a province\'s quoted plan', () => {
    const a = x('Baotou Municipal People\'s Government Office on the issuance of Baotou City to accelerate the rare earth medical materials industry a number of measures notice\nTo the banner and district governments: the "Baotou City to accelerate the rare earth medical materials industry a number of measures", approved at an executive meeting of the municipal government, are now issued to you for implementation.\nThe measures serve the Inner Mongolia Autonomous Region "biological manufacturing innovation three-year action plan" and run until 2028.\nBaotou Municipal People\'s Government Office\nMarch 2, 2026');
    const measures = a.entities.find((e) => e.label === 'Policy' && /a number of measures$/.test(e.name));
    expect(measures?.name).toBe('Baotou City to accelerate the rare earth medical materials industry a number of measures');
    expect(relsOf(a, 'ISSUED').filter((r) => r.to === measures!.id).map((r) => r.from)).toEqual(['agency:cn-150200/general-office']);
    expect(relsOf(a, 'APPLIES_TO').filter((r) => r.to === 'region:CN-NM').map((r) => nameOf(a, r.from))).toEqual(['Inner Mongolia Autonomous Region "biological manufacturing innovation three-year action plan"']);
    // Quoted speech that ends with the same words is no title.
    expect(x('The mayor said "we will take a number of measures" on Monday.').entities.filter((e) => e.label === 'Policy')).toEqual([]);
  });
});

describe('Hong Kong court and enforcement news: courts, the laboratory, the defendant and her shop, a magistrate (ENTITIES, batch W h206)', () => {
  const court = x('一名診所東主今日於觀塘裁判法院承認三項控罪。被告李淑儀（47歲）為深水埗「卓悅美學中心」東主，經政府化驗所化驗的針劑含人類細胞。主任裁判官張偉成判刑時指出案情嚴重。');
  it('the magistrates\' court, the Government Laboratory (not the government) and the districts are named', () => {
    expect(ids(court, 'Agency')).toEqual(expect.arrayContaining(['agency:cn-hk/magistrates/kwun-tong', 'agency:cn-hk/government-laboratory']));
    expect(ids(court, 'Agency')).not.toContain('agency:cn-hk/government');
    expect(names(court, 'Region')).toContain('Sham Shui Po');
  });
  it('a name with the age after it is a person; the owner of the shop set in corner brackets; the magistrate of the page\'s court', () => {
    const byZh = (zh: string) => court.entities.find((e) => e.label === 'Person' && e.aliases.includes(zh))?.id;
    const shop = court.entities.find((e) => e.label === 'Organization' && e.name === '卓悦美学中心');
    expect(shop).toBeDefined();
    expect(relsOf(court, 'MEMBER_OF').map((r) => [r.from, r.to])).toEqual(expect.arrayContaining([[byZh('李淑儀'), shop!.id], [byZh('張偉成'), 'agency:cn-hk/magistrates/kwun-tong']]));
  });
  it('no age, no corner brackets, no court: no person from a bracket, no organisation from a quoted term, no court seat', () => {
    const d = x('該中心(30歲以下員工)表示，“社区细胞中心”是指一种设施。裁判官王明判刑。');
    expect(names(d, 'Person')).toEqual(['Wang Ming']);
    expect(names(d, 'Organization')).toEqual([]);
    expect(relsOf(d, 'MEMBER_OF')).toEqual([]);
  });
});

describe('Hong Kong\'s Consumer Council, a committee chair of it, an assistant professor, a verb that opens with a surname (ENTITIES, batch X h214)', () => {
  it('消委會 and the chair of its committee; 臨床助理教授 of a faculty; 向醫生查詢 names no one', () => {
    const d = x('對於網購療程，香港中文大學醫學院臨床助理教授蕭志強提醒，市民宜先向醫生查詢清楚；消委會研究及測試委員會主席鄭麗華則指出，今年已接獲十宗投訴。');
    expect(ids(d, 'Organization')).toContain('org:hk-consumer-council');
    const person = (zh: string) => d.entities.find((e) => e.label === 'Person' && e.aliases.includes(zh))?.id;
    expect(relsOf(d, 'MEMBER_OF').map((r) => [r.from, r.to])).toContainEqual([person('鄭麗華'), 'org:hk-consumer-council']);
    expect(person('蕭志強')).toBeDefined();
    expect(names(d, 'Person')).toHaveLength(2);
  });
});

describe('an IND cleared by "the CDE of the NMPA", first told as the company cleared (EXTRACT, batch X)', () => {
  it('"The regulator has cleared Hanlin Biotech Co. Ltd. to start a clinical trial …. On D, the CDE of the NMPA approved the IND application for HL-202": one licence, the CDE\'s, of HL-202', () => {
    const a = x('China\'s drug regulator has cleared Hanlin Biotech Co. Ltd. to start a clinical trial of its corneal cell sheets in dry-eye patients, a stock exchange filing showed on Tuesday.\nOn May 4, 2026, after a 30-day review, the Center for Drug Evaluation (CDE) of the NMPA approved the investigational new drug (IND) application for HL-202.', '2026-05-06');
    const lic = a.entities.filter((e) => e.label === 'License');
    expect(lic.map((l) => l.name)).toEqual(['approval of HL-202']);
    expect(relsOf(a, 'ISSUED').map((r) => [r.from, r.date])).toEqual([['agency:cn/nmpa/cde', '2026-05-04']]);
    // Told alone, the company's clearance is the regulator's act.
    expect(relsOf(x('Last week China\'s drug regulator cleared Hanlin Biotech Co. Ltd. to start a trial of its corneal cell sheets.', '2026-05-06'), 'ISSUED').map((r) => r.from)).toEqual(['agency:cn/nmpa']);
  });
});

describe('the page date of a byline with an abbreviated month, and of a Chinese letter signed at its end (ENTITIES, batches W/X)', () => {
  it('"By A | Oct. 19, 2026 | 3 min read" and 国家某局 / 2026年6月30日 / （此件公开发布） / 抄送：… date the page', () => {
    expect(publishedDate('Cell Weekly\nA headline about a trial\nBy Mei Lin | Oct. 19, 2026 | 3 min read\n\nThe company said on Monday that it had cleared a trial.')).toBe('2026-10-19');
    expect(publishedDate('关于某提案答复的函\n\n李明委员：\n　　您提出的提案收悉。现答复如下。\n　　感谢您的支持。\n国家药监局\n2026年6月30日\n（此件公开发布）\n抄送：全国政协提案委员会')).toBe('2026-06-30');
  });
  it('a date inside the last sentence, or a signature followed by more text, is not the page date', () => {
    expect(publishedDate('关于某事的通知\n　　各单位：现将有关事项通知如下。\n　　本通知自2026年6月30日起施行。')).toBeUndefined();
    const body = Array.from({ length: 12 }, (_, i) => `　　第${i + 1}条　各单位应当认真执行。`).join('\n');
    expect(publishedDate(`关于某事的通知\n${body}\n国家药监局\n2026年6月30日\n　　附：有关说明如下，请各单位认真执行。`)).toBeUndefined();
  });
});

describe('a revision and the edition it replaces, both named (EXTRACT, batch X)', () => {
  it('"On D, the NHC issued the revised X. It replaces the 2022 Rules, which the Ministry issued in April 2022": two texts, one replacing the other', () => {
    const a = x('On 2 June 2026, the NHC issued the revised Implementation Rules for the Regulations on Donor Registries. It replaces the 2022 Detailed Rules, which the Ministry of Science and Technology had issued in April 2022.', '2026-06-10');
    const byName = (n: string) => a.entities.find((e) => e.label === 'Policy' && e.name === n)!;
    const revised = byName('revised Implementation Rules for the Regulations on Donor Registries');
    const old = byName('2022 Detailed Rules');
    expect(relsOf(a, 'ISSUED').map((r) => [r.from, r.to, r.date])).toEqual([['agency:cn/nhc', revised.id, '2026-06-02'], ['agency:cn/most', old.id, '2022-04']]);
    expect(relsOf(a, 'SUPERSEDES').map((r) => [r.from, r.to])).toEqual([[revised.id, old.id]]);
  });
});

describe('a Taiwan hospital\'s plan approved, an amendment only studied (EXTRACT, batch X)', () => {
  it('某院申請以「X」治療Y的細胞治療技術施行計畫，已於本月D日獲衛生福利部核准: the plan\'s approval, by the ministry, that day', () => {
    const a = x('〔記者陳美玲／台中報導〕某某醫院申請以「自體骨髓間質幹細胞移植」治療脊髓損傷的細胞治療技術施行計畫，已於本月9日獲衛生福利部核准，院方今（20）日表示下月收治首名病人。', '2026-06-20');
    const lic = a.entities.filter((e) => e.label === 'License');
    expect(lic.map((l) => l.name)).toEqual(['「自體骨髓間質幹細胞移植」治療脊髓損傷的細胞治療技術施行計畫獲批']);
    expect(relsOf(a, 'ISSUED').map((r) => [r.from, r.date])).toEqual([['agency:cn-tw/mohw', '2026-06-09']]);
  });

  it('醫務衞生局表示，政府正研究修訂《X條例》: no one issued X', () => {
    const a = x('有議員關注網上宣傳問題，醫務衞生局昨日回覆時說，政府正研究修訂《醫療儀器條例》，暫未有時間表。', '2026-11-12');
    expect(relsOf(a, 'ISSUED')).toEqual([]);
  });
});

describe('a designation in lower case, and a text dated after its agents (EXTRACT, batches W and X)', () => {
  it('"the NMPA granted breakthrough therapy designation to a competing product developed in Beijing": a designation, applying nowhere', () => {
    const a = x('Analysts noted that in August the NMPA granted breakthrough therapy designation to a rival corneal cell product developed in Chengdu.', '2026-10-19');
    const lic = a.entities.filter((e) => e.label === 'License');
    expect(lic.map((l) => [l.name, l.kind])).toEqual([['breakthrough therapy designation of rival corneal cell product', 'designation']]);
    expect(relsOf(a, 'APPLIES_TO')).toEqual([]);
  });

  it('"…, issued by the NHC and the National Administration of X in April": dated April, not by the effective date earlier in the sentence', () => {
    const a = x('From July 1, 2026, every trial site must apply the Provisions on Ethical Review of Cell Therapy Research, issued by the NMPA and the NHC in March.', '2026-09-29');
    expect(relsOf(a, 'ISSUED').map((r) => [r.from, r.date])).toEqual([['agency:cn/nmpa', '2026-03'], ['agency:cn/nhc', '2026-03']]);
  });
});

describe('a reply in machine translation whose writer approves a trial (EXTRACT, batch W)', () => {
  it('"In March 2025, our bureau approved the clinical trial of X developed by Y": the writer\'s approval of X, not of its developer', () => {
    const a = x('Jiangsu Provincial Medical Products Administration\nReply of Jiangsu Provincial Medical Products Administration on Proposal No. 12\nMember Li Hua:\nThe "Proposal on Supporting Suzhou Cell Therapy Parks" you put forward has been received.\nIn March 2025, our bureau approved the clinical trial of XY-9 injection developed by Suzhou Kangda Co., Ltd.\nJiangsu Provincial Medical Products Administration\nMay 3, 2025');
    const lic = a.entities.filter((e) => e.label === 'License');
    expect(lic.map((l) => l.name)).toEqual(['approval of clinical trial of XY-9 injection']);
    expect(relsOf(a, 'ISSUED').filter((r) => r.to === lic[0]!.id).map((r) => [r.from, r.date])).toEqual([['agency:cn-js/medical-products', '2025-03']]);
  });
});

describe('batch Y: a provincial draft, a writer-first reply, a plan\'s years, an inspection (EXTRACT)', () => {
  const issued = (d: DocumentFacts) => relsOf(d, 'ISSUED').map((r) => [r.from, nameOf(d, r.to), r.date]);

  it('2026年2月，省局就《X（征求意见稿）》公开征求意见 on the bureau\'s own notice: the bureau put the draft out that month', () => {
    const a = x('吉林省药品监督管理局关于发布《吉林省细胞治疗产品检查要点》的通告\n2026年2月，省局就《吉林省细胞治疗产品检查要点（征求意见稿）》公开征求意见。现将修改后的《检查要点》予以发布。\n吉林省药品监督管理局\n2026年6月1日');
    expect(issued(a)).toContainEqual(['agency:cn-jl/medical-products', '吉林省细胞治疗产品检查要点(征求意见稿)', '2026-02']);
  });

  it('"X on the reply to the suggestion No. N of the second session …" (writer first): X issued the reply; the addressee\'s suggestion of the year it was signed', () => {
    const a = x('Hubei Provincial Health Commission on the reply to the suggestion No. 88 of the second session of the provincial people\'s congress\nRepresentative Wang Lei:\n  Your proposal on "about building a cell therapy platform in Wuhan", which we studied with the departments concerned, is answered as follows.\nHubei Provincial Health Commission\nJuly 1, 2026');
    expect(issued(a)).toEqual([['agency:cn-hb/health-commission', 'Hubei Provincial Health Commission on the reply to the suggestion No. 88 of the second session of the provincial people\'s congress', '2026-07-01']]);
    expect(relsOf(a, 'PROPOSED').map((r) => r.date?.slice(0, 4))).toEqual(['2026']);
  });

  it('关于印发X行动方案（2026—2028年）的通知: one plan named with its years, dated by the signature, not 2028', () => {
    const a = x('吉林省人民政府办公厅关于印发吉林省细胞产业发展行动方案（2026—2028年）的通知\n《吉林省细胞产业发展行动方案（2026—2028年）》已经省政府同意，现印发给你们。\n吉林省人民政府办公厅\n2026年5月8日');
    expect(a.entities.filter((e) => e.label === 'Policy').map((e) => [e.name, e.date])).toEqual([['吉林省细胞产业发展行动方案(2026-2028年)', '2026-05-08']]);
  });

  it('已通過食藥署「Y」（GTP）查核: the inspection is no issuing of Y', () => {
    const a = x('〔記者林小華／苗栗報導〕該中心已通過衛福部食品藥物管理署「人體細胞組織優良操作規範」（GTP）查核。', '2026-09-01');
    expect(relsOf(a, 'ISSUED')).toEqual([]);
  });
});

describe('a legislature passing a bill to amend a numbered law (EXTRACT, batch Y)', () => {
  it('"By N votes to none, the Legislative Assembly of Macao yesterday passed the government\'s bill to amend Law No. 3/2021 on X": the amendment, a text of its own, issued that day', () => {
    const a = x('By 29 votes to none, the Legislative Assembly of Macao yesterday passed the government\'s bill to amend Law No. 3/2021 on the supervision of clinical trials.', '2027-03-04');
    expect(relsOf(a, 'ISSUED').map((r) => [r.from, nameOf(a, r.to), r.date])).toEqual([['agency:cn-mo/legislative-assembly', 'Amendment to Law No. 3/2021 on the supervision of clinical trials', '2027-03-03']]);
    // A bill only tabled is not passed.
    expect(x('The government tabled a bill to amend Law No. 3/2021 on the supervision of clinical trials.', '2027-03-04').entities.filter((e) => e.label === 'Policy')).toEqual([]);
  });
});
