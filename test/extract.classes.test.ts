// The classes of text that unseen pages need (issue 9, item 4), each on two texts written for this test in
// different wordings: approvals, headlines and signature blocks, bodies in time, proposals, page dates, companies,
// zone lists, short names and decrees. Every fact says which rule made it.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractFile, extractText } from '../loaders/index.ts';
import { publishedDate } from '../loaders/extract/dates.ts';
import { detectLanguage } from '../loaders/read/script.ts';
import type { DocumentFacts, Relation } from '../loaders/types.ts';

const doc = (name: string, text: string, publishedOn?: string) => ({
  path: `/tmp/${name}`, name, sha256: '0', text, language: /\p{Script=Han}/u.test(text) ? ('zh-Hans' as const) : ('en' as const), title: name,
  ...(publishedOn ? { publishedOn } : {}),
});
const x = (name: string, text: string, publishedOn?: string): DocumentFacts => extractText(doc(name, text, publishedOn));
const of = (d: DocumentFacts, label: string) => d.entities.filter((e) => e.label === label);
const rels = (d: DocumentFacts, type: string, from?: string): Relation[] => d.relations.filter((r) => r.type === type && (!from || r.from === from));

describe('approvals are licences, one per act', () => {
  it('English, active and passive: the approving body issues a licence for the named product, dated', () => {
    const a = x('a.txt', 'SHANGHAI, May 4 (Xinhua) -- The National Medical Products Administration (NMPA) conditionally approved Zentacel, a stem cell product, on Monday. It is the country\'s first such product. Figures for 2023 were higher.');
    const la = of(a, 'License');
    expect(la).toHaveLength(1);
    expect(la[0]!.name).toBe('approval of Zentacel');
    expect(rels(a, 'ISSUED', 'agency:cn/nmpa').map((r) => r.to)).toEqual([la[0]!.id]);
    expect(rels(a, 'ISSUED')[0]!.rules).toContain('grant.approve.active.en');
    const b = x('b.txt', 'Norwood Bio said its gene therapy NW-17 was approved by the U.S. Food and Drug Administration on Friday.', '2024-03-11');
    const lb = of(b, 'License');
    expect(lb.map((l) => l.name)).toEqual(['approval of gene therapy NW-17']);
    expect(rels(b, 'ISSUED', 'agency:us/fda')[0]?.date).toBe('2024-03-08');
  });

  it('Chinese, active and passive; a sentence that names the certificate already states the act', () => {
    const a = x('a.txt', '2024年3月5日，国家药监局附条件批准甲乙生物科技有限公司申报的丙丁注射液上市。');
    expect(of(a, 'License').map((l) => [l.name, l.date])).toEqual([['丙丁注射液附条件批准上市', '2024-03-05']]);
    expect(rels(a, 'ISSUED', 'agency:cn/nmpa')).toHaveLength(1);
    const b = x('b.txt', '2019年8月，Velocel获欧洲药品管理局批准上市。该公司收到国家药品监督管理局颁发的《药品注册证书》，其上市申请获国家药监局批准。');
    const names = of(b, 'License').map((l) => l.name);
    expect(names).toHaveLength(2);
    expect(names).toContain('Velocel获批');
    const cert = of(b, 'License').find((l) => l.name === '药品注册证书')!;
    expect(rels(b, 'ISSUED', 'agency:cn/nmpa').map((r) => r.to)).toEqual([cert.id]);
  });
});

describe('headlines, record fields and signature blocks name who issued the document', () => {
  it('"A, B and C: Notice on X" and 甲、乙关于X的通知', () => {
    const a = x('a.txt', 'Ministry of Finance, Ministry of Education and National Health Commission: Notice on Improving Student Health Services\nRelease Date:3/14/2023\nThe three departments ask local bodies to act.');
    const pa = of(a, 'Policy')[0]!;
    expect(pa.date).toBe('2023-03-14');
    expect(rels(a, 'ISSUED').map((r) => r.from).sort()).toEqual(['agency:cn/moe', 'agency:cn/mof', 'agency:cn/nhc']);
    const b = x('b.txt', '江苏省卫生健康委员会、江苏省财政厅关于开展社区医院试点工作的通知\n【发布日期】2021.06.30\n各设区市：现就有关事项通知如下。');
    expect(of(b, 'Policy').map((p) => [p.name, p.date])).toEqual([['关于开展社区医院试点工作的通知', '2021-06-30']]);
    expect(rels(b, 'ISSUED')).toHaveLength(2);
  });

  it('文件名称 with bodies over a closing date, and 我中心 resolved by the signature', () => {
    const a = x('a.txt', '文件名称:关于做好罕见病用药保障工作的通知\n各省、自治区、直辖市卫生健康委：\n请认真贯彻执行。\n国家卫生健康委办公厅 国家医保局办公室\n2022年4月8日');
    const p = of(a, 'Policy')[0]!;
    expect(p.name).toBe('关于做好罕见病用药保障工作的通知');
    expect(rels(a, 'ISSUED').map((r) => [r.from, r.date])).toContainEqual(['agency:cn/nhc/general-office', '2022-04-08']);
    expect(rels(a, 'ISSUED')[0]!.rules).toContain('issue.signature-block.zh');
    const b = x('b.txt', '近日，我中心组织起草了《细胞治疗产品药学变更研究技术指导原则》，现公开征求意见。\n国家药品监督管理局\n药品审评中心\n2023年9月1日');
    expect(rels(b, 'ISSUED').map((r) => r.from)).toEqual(['agency:cn/nmpa/cde']);
  });
});

describe('bodies in time', () => {
  it('a name denotes the body that bore it at the statement date; 原X is X', () => {
    const a = x('a.txt', '2016年5月，国家卫生计生委印发《某某临床研究管理规定》。');
    expect(rels(a, 'ISSUED').map((r) => r.from)).toEqual(['agency:cn/nhfpc']);
    const b = x('b.txt', 'In 2024 the China Food and Drug Administration issued the Guidelines on Cell Product Labelling.');
    expect(rels(b, 'ISSUED').map((r) => r.from)).toEqual(['agency:cn/nmpa']);
    const c = x('c.txt', '2024年印发的新办法同时废止原国家食品药品监管总局办公厅印发的《某某检查要点》。', '2024-06-01');
    expect(of(c, 'Agency').map((e) => e.id)).toContain('agency:cn/cfda/general-office');
  });

  it('local health and family planning commissions and food and drug administrations are their own bodies', () => {
    const d = x('d.txt', '2017年，广东省卫生计生委与广东省食品药品监督管理局联合印发《广东省某某备案办法》。');
    expect(rels(d, 'ISSUED').map((r) => r.from).sort()).toEqual(['agency:cn-gd/food-drug-administration', 'agency:cn-gd/health-family-planning']);
  });
});

describe('proposals', () => {
  it('several per member, named after 提交的建议《…》 or 提出的“关于…”的建议, applying to the places in their titles', () => {
    const d = x('d.txt', '云南省人大代表张明华同志提交的建议《关于加快昆明市生物医药产业园建设》受到关注。张明华代表还提出的“关于完善我省罕见病用药保障”的建议已转交办理。', '2023-02-10');
    const ps = of(d, 'Proposal');
    expect(ps).toHaveLength(2);
    expect(rels(d, 'PROPOSED').map((r) => r.date)).toEqual(['2023-02', '2023-02']);
    const targets = rels(d, 'APPLIES_TO').map((r) => r.to);
    expect(targets).toContain('region:CN-530100');
    expect(targets).toContain('region:CN-YN');
  });
});

describe('companies named without a legal suffix', () => {
  it('by a company noun, by "a X company", and one company named in full and in short', () => {
    const d = x('d.txt', 'Hexa Therapeutics was founded in 2016 as a joint venture of Orrin, a Tallis Biologics company, and pharmaceutical firm Corvane Labs. Shanghai Meridian Pharmaceutical Group owns half of it, Meridian Pharma filings showed.');
    const names = of(d, 'Organization').map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Hexa Therapeutics', 'Tallis Biologics', 'Corvane Labs', 'Shanghai Meridian Pharmaceutical Group']));
    expect(names).not.toContain('Meridian Pharma');
    const zh = x('zh.txt', '星河生物科技(苏州)有限公司与上海远景医药(集团)股份有限公司签约。');
    expect(of(zh, 'Organization').map((o) => o.name)).toEqual(['星河生物科技(苏州)有限公司', '上海远景医药(集团)股份有限公司']);
  });
});

describe('zone lists, short names and decrees', () => {
  it('zones listed after "in" are where the sentence\'s text applies', () => {
    const d = x('d.txt', 'The Ministry of Commerce issued the Notice on Expanding Pilots in Services, allowing foreign firms to operate in the China (Tianjin) Pilot Free Trade Zone, China (Fujian) Pilot Free Trade Zone and Hainan Free Trade Port.');
    const zones = rels(d, 'APPLIES_TO').map((r) => r.to);
    expect(zones).toHaveLength(3);
    expect(zones).toEqual(expect.arrayContaining(['region:ftz/fujian', 'region:ftz/tianjin']));
  });

  it('以下简称 gives an alias, not another policy; a premier signing an order issues the text on the signing date', () => {
    const d = x('d.txt', '国务院总理王某某签署国务院令，正式公布《某某管理条例》（以下简称“《条例》”）。《条例》自2026年1月1日起施行。\n总理 王某某2025年6月30日');
    const policies = of(d, 'Policy');
    expect(policies).toHaveLength(1);
    expect(policies[0]!.aliases).toContain('条例');
    expect(rels(d, 'ISSUED', 'agency:cn/state-council')).toHaveLength(1);
  });
});

describe('lists that share a region, and programmes named without quotes', () => {
  it('a bare body type after a local body in a list is that region\'s body', () => {
    const a = x('a.txt', 'The Hunan Provincial Health Commission, Medical Products Administration, and Finance Department have jointly issued the Measures on Hospital Preparations.');
    expect(rels(a, 'ISSUED').map((r) => r.from).sort()).toEqual(['agency:cn-hn/finance', 'agency:cn-hn/health-commission', 'agency:cn-hn/medical-products']);
    const b = x('b.txt', 'The Sichuan Provincial Development and Reform Commission, Commerce Department and the Science and Technology Department jointly released the Plan for Biomedical Parks.');
    expect(rels(b, 'ISSUED')).toHaveLength(3);
  });

  it('中国/国家/省 programmes after a launch verb are policies of the body before it', () => {
    const a = x('a.txt', '2021年5月，国家卫生健康委启动了全国罕见病诊疗能力提升行动计划。');
    expect(of(a, 'Policy').map((p) => p.name)).toEqual(['全国罕见病诊疗能力提升行动计划']);
    const b = x('b.txt', '浙江省人民政府印发浙江省生物经济发展规划，提出到2025年的目标。');
    expect(rels(b, 'ISSUED').map((r) => r.from)).toEqual(['agency:cn-zj/government']);
  });
});

describe('batch X entity classes: Northeast Asia, facilities proposed to be built, a clinical department\'s head (ENTITIES)', () => {
  it('东北亚 is Northeast Asia, not China\'s Northeast; a 区域/国家 facility a member proposes to build is no organisation', () => {
    const d = x('ne.txt', '张华委员在提案中建议，由省里牵头建设国家级细胞制剂检验中心，同时筹建东北亚区域干细胞资源库，使沈阳成为辐射东北亚的细胞产业枢纽。');
    expect(of(d, 'Region').map((r) => r.id)).toContain('region:world/northeast-asia');
    expect(of(d, 'Region').map((r) => r.id)).not.toContain('region:zone/northeast-china');
    expect(of(d, 'Organization')).toEqual([]);
    // A place's own centre built there keeps its name.
    expect(of(x('sh.txt', '市科委支持在某医院建设上海细胞治疗临床研究中心。'), 'Organization').map((o) => o.name)).toEqual(['上海细胞治疗临床研究中心']);
  });

  it('骨科部主任X on a page that has named one hospital is of that hospital; with two hospitals named, of neither', () => {
    const one = x('one.txt', '台中某医学大学附设医院今日宣布新疗法。骨科部主任林志明指出，疗程约需六周。');
    const hospital = of(one, 'Organization').find((o) => /医院$/.test(o.name))!;
    const lin = of(one, 'Person')[0]!;
    expect(rels(one, 'MEMBER_OF', lin.id).map((r) => r.to)).toEqual([hospital.id]);
    const two = x('two.txt', '台北荣民总医院与台中某医学大学附设医院今日宣布合作。骨科部主任林志明指出，疗程约需六周。');
    expect(rels(two, 'MEMBER_OF')).toEqual([]);
  });
});

describe('"the Autonomous Region Health Commission" in machine translation (ENTITIES, batch X h217)', () => {
  it('is the health commission of the autonomous region in context; with none in context, no body', () => {
    const d = x('gx.txt', 'Ningxia Hui Autonomous Region will support hospitals. Institutions shall file at the Autonomous Region Health Commission.');
    expect(of(d, 'Agency').map((a) => a.id)).toContain('agency:cn-nx/health-commission');
    expect(of(x('sd.txt', 'Shandong Province will support hospitals. Institutions shall file at the Autonomous Region Health Commission.'), 'Agency').map((a) => a.id)).toEqual([]);
  });
});

describe('place names that are words or another place\'s park (ENTITIES, batch Y h223)', () => {
  it('合作备忘录 names no city (合作市 in full does); 竹南科学园区 is not Hong Kong\'s Science Park (香港科学园 is)', () => {
    const ids = (t: string) => x('p.txt', t).entities.map((e) => e.id);
    expect(ids('双方签署合作备忘录。')).toEqual([]);
    expect(ids('甘南州合作市举行会议。')).toContain('region:CN-623001');
    expect(ids('公司位于竹南科学园区。')).not.toContain('region:zone/hk-science-park');
    expect(ids('活动在香港科学园举行。')).toContain('region:zone/hk-science-park');
  });
});

describe('a compound surname after a post, a wire release\'s SOURCE line (ENTITIES, batch Y h223, h225)', () => {
  it('院长司徒明华 and 主任欧阳敏 are persons with their posts; "SOURCE Xinrui Biotherapeutics" is Xinrui Biotherapeutics', () => {
    const d = x('p.txt', '北京某研究院院长司徒明华指出，试验进展顺利。中心主任欧阳敏表示同意。');
    expect(of(d, 'Person').map((p) => p.name)).toEqual(['Situ Minghua', 'Ouyang Min']);
    const e = x('s.txt', 'The company will present data in June.\nSOURCE Xinrui Biotherapeutics');
    expect(of(e, 'Organization').map((o) => o.name)).toEqual(['Xinrui Biotherapeutics']);
  });
});

describe('"Member X:" opening a machine-translated reply to a provincial CPPCC proposal (ENTITIES, batch W h209)', () => {
  it('is a member of the CPPCC committee the page names; "Member X said" in prose is not this', () => {
    const d = x('r.txt', 'Reply on Proposal No. 31 of the Second Session of the 13th CPPCC Fujian Provincial Committee\nMember Lin Yuhua:\nThe "Proposal on Cell Therapy" you put forward has been received.');
    const lin = of(d, 'Person').find((p) => p.name === 'Lin Yuhua')!;
    expect(rels(d, 'MEMBER_OF', lin.id).map((r) => r.to)).toEqual(['agency:cn-fj/cppcc-committee']);
    const prose = x('q.txt', 'The company met the press. Member Lin Yuhua said the plan was sound.');
    expect(rels(prose, 'MEMBER_OF')).toEqual([]);
  });
});

describe('review findings 4–6 (FIXUP-B): a lead before a quoted MT title, honorifics with an age, county-city short forms', () => {
  it('a quoted MT title keeps a place named with its level before it, never an article or a body', () => {
    const title = (t: string) => of(x('m.txt', t), 'Policy').map((p) => p.name);
    expect(title('The "Hunan Province gene therapy industry innovation three-year action plan" was issued by the provincial government.'))
      .toEqual(['Hunan Province gene therapy industry innovation three-year action plan']);
    expect(title('In May 2026, the Tianjin Municipal Health Commission "stem cell clinical research three-year action plan" set targets.'))
      .toEqual(['stem cell clinical research three-year action plan']);
    expect(title('Hospitals will carry out the Ningxia Hui Autonomous Region "medical device industry quality improvement work plan" this year.'))
      .toEqual(['Ningxia Hui Autonomous Region "medical device industry quality improvement work plan"']);
  });

  it('a surname with an honorific or 某 before an age in brackets is no person; a full name is', () => {
    const persons = (t: string) => of(x('a.txt', t), 'Person').map((p) => p.name);
    expect(persons('原告赵先生（38岁）昨日提出上诉。')).toEqual([]);
    expect(persons('一名黄女士（61岁）向警方报案，另一男子张某某（27岁）被捕。')).toEqual([]);
    expect(persons('男子张国强（27岁）被捕。')).toEqual(['Zhang Guoqiang']);
  });

  it('安宁疗护 in a title or in prose names no place; 安宁市 in full does', () => {
    const regions = (t: string) => of(x('r.txt', t), 'Region').map((r) => r.id);
    expect(regions('省卫生健康委印发《关于扩大安宁疗护服务供给的实施意见》。')).not.toContain('region:CN-530181');
    expect(regions('病房为临终患者提供舒适和安宁。')).toEqual([]);
    expect(regions('云南省安宁市启动社区医院建设。')).toContain('region:CN-530181');
  });
});

describe('the writer naming itself in machine translation: one list for both languages (FIXUP-B, review finding 8)', () => {
  it('"our committee" (我委) approving a trial is the writing commission, as "our commission" is', () => {
    const reply = (self: string) => x('r.txt', `Shaanxi Provincial Health Commission\nReply of Shaanxi Provincial Health Commission on Proposal No. 40\nDeputy Zhao Min:\nWe have studied the proposal on regional cord blood services you made.\nLast April ${self} approved the clinical study of RK-7 injection developed by Xi'an Ruikang Co., Ltd.\nShaanxi Provincial Health Commission\nJune 9, 2026`);
    for (const self of ['our commission', 'our committee']) {
      const d = reply(self);
      const lic = of(d, 'License');
      expect(lic.map((l) => l.name)).toEqual(['approval of clinical study of RK-7 injection']);
      expect(rels(d, 'ISSUED').filter((r) => r.to === lic[0]!.id).map((r) => r.from)).toEqual(['agency:cn-sn/health-commission']);
    }
  });
});

describe('a national term dates its sessions from one table (FIXUP-B, review finding 10)', () => {
  it('a reply to a proposal of the 15th CPPCC\'s second session dates the proposal 2029, as the 14th\'s dates it 2024', () => {
    const year = (term: string) => of(x('p.txt', `关于政协${term}届全国委员会第二次会议第0315号提案答复的函\n周明委员：\n您提出的《关于完善干细胞临床研究备案管理的提案》收悉。经认真研究，现答复如下。\n国家卫生健康委\n2029年8月12日`), 'Proposal').map((p) => p.date);
    expect(year('十四')).toEqual(['2024']);
    expect(year('十五')).toEqual(['2029']);
  });
});

describe('batch Z classes of relations (EXTRACT, session 13: h228, h229, h231)', () => {
  it('给落户于某区的甲公司颁发《X》: the company placed by a clause still only receives the licence', () => {
    const d = x('lic.txt', '湖南日報 | 2026年05月14日\n省药监局表示，已给落户于湘江新区的星禾细胞科技有限公司颁发《药品生产许可证》，生产范围为细胞治疗产品。', '2026-05-14');
    const lic = of(d, 'License').find((l) => l.name.includes('药品生产许可证'))!;
    expect(rels(d, 'ISSUED').filter((r) => r.to === lic.id).map((r) => r.from)).toEqual(['agency:cn-hn/medical-products']);
  });

  it('a title that opens with a zone the page named applies to the zone, not to its city', () => {
    const d = x('zone.txt', '合肥高新区管委会去年印发的《合肥高新区支持合成生物产业发展若干政策》提出，设立专项基金。', '2026-04-02');
    const pol = of(d, 'Policy')[0]!;
    const targets = rels(d, 'APPLIES_TO', pol.id).map((r) => r.to);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatch(/^region:zone\//);
  });

  it('a reply headed 对…第N号提案的答复 is the page\'s text, issued by its signer; 我区 in the proposal is the region', () => {
    const d = x('nx.txt', '某某网站\n对自治区政协十二届五次会议第0233号提案的答复\n王芳委员：\n您提出的《关于加快我区细胞治疗产业布局的提案》收悉。现答复如下：我委将加强指导。\n广西壮族自治区卫生健康委员会\n2026年6月3日');
    const reply = of(d, 'Policy').find((p) => p.name.startsWith('对自治区政协'))!;
    expect(reply).toBeDefined();
    expect(rels(d, 'ISSUED').filter((r) => r.to === reply.id).map((r) => [r.from, r.date])).toEqual([['agency:cn-gx/health-commission', '2026-06-03']]);
    const prop = of(d, 'Proposal')[0]!;
    expect(rels(d, 'APPLIES_TO', prop.id).map((r) => r.to)).toEqual(['region:CN-GX']);
  });

  it('受某部委托，本中心承办「X」: the writer named in the site header runs the programme, put out on the page\'s day', () => {
    const d = extractText({ ...doc('tw.txt', ''), language: 'zh-Hant', text: '財團法人醫藥品查驗中心\n發布日期：115-09-10\n受衛生福利部委託，本中心自即日起承辦「2028年度細胞製程輔導計畫」，歡迎業者申請。' });
    const prog = of(d, 'Policy').find((p) => p.name.includes('细胞制程辅导计划') || p.name.includes('細胞製程輔導計畫'))!;
    expect(prog.date).toBe('2026-09-10');
    expect(rels(d, 'ISSUED').filter((r) => r.to === prog.id)).toHaveLength(1);
  });
});

describe('a bare 自治区 prefix is the autonomous region in context (ENTITIES, batch Z h229)', () => {
  it('自治区政协, 自治区财政厅, 自治区市场监督管理厅 on a Guangxi page; not the national CPPCC; an inner office is no body of its own', () => {
    const d = x('gx.txt', '广西壮族自治区卫生健康委员会\n关于自治区政协第12号提案的答复\n李四委员：经商自治区财政厅，并会同自治区市场监督管理厅查处违法广告。抄送：自治区政协提案委员会，自治区人民政府督查室');
    const ids = of(d, 'Agency').map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['agency:cn-gx/cppcc-committee', 'agency:cn-gx/cppcc-committee/proposal-committee', 'agency:cn-gx/finance', 'agency:cn-gx/market-regulation']));
    expect(ids).not.toContain('agency:cn/cppcc');
    expect(ids).not.toContain('agency:cn-gx/government');
    // With no autonomous region in context, 自治区 names no body.
    expect(of(x('hb.txt', '湖北省卫生健康委员会\n经商自治区财政厅，现答复如下。'), 'Agency').map((a) => a.id)).not.toContain('agency:cn-hb/finance');
  });

  it('a body acting with a 处-verb (处罚, 处理, 依法处置) is the body, not an inner 处 unit of it', () => {
    for (const text of ['违规机构由自治区市场监督管理厅处罚，并公开通报。', '对群众举报的线索，自治区市场监督管理厅依法处置。', '相关投诉转由自治区市场监督管理厅处理。']) {
      const d = x('gx2.txt', `广西壮族自治区卫生健康委员会\n${text}`);
      expect(of(d, 'Agency').map((a) => a.id)).toContain('agency:cn-gx/market-regulation');
    }
  });
});

describe('a judgment\'s bench and a district\'s bureaus (ENTITIES, batch AA h237)', () => {
  it('spaced names after 审判长 / 书记员 are persons of the court heading the judgment, not of the appeal court it names', () => {
    const d = x('j.txt', '江苏省苏州市吴中区人民法院\n刑事判决书\n如不服本判决，可向江苏省苏州市中级人民法院提出上诉。\n审　判　长　　赵　立　新\n人民陪审员　　钱　晓　红\n书　记　员　　孙　一　凡');
    const court = of(d, 'Agency').find((a) => a.id === 'agency:cn-320506/court')!;
    expect(court).toBeDefined();
    expect(of(d, 'Person').map((p) => p.aliases?.[0]).sort()).toEqual(['孙一凡', '赵立新', '钱晓红']);
    expect(new Set(rels(d, 'MEMBER_OF').map((r) => r.to))).toEqual(new Set([court.id]));
  });
  it('a district bureau; a city bureau\'s district branch (市公安局X区分局) is the branch, not the city bureau', () => {
    const ids = of(x('b.txt', '苏州市公安局吴中区分局民警与苏州市吴中区卫生健康局执法人员联合检查了三家门诊部。'), 'Agency').map((a) => a.id);
    expect(ids).toContain('agency:cn-320506/health-commission');
    expect(ids).toContain('agency:cn-320500/public-security/cn-320506');
    expect(ids).not.toContain('agency:cn-320500/public-security');
  });
});

describe('rules widened to their class (EXTRACT, session 13: last review\'s list, batch Z h227, h234)', () => {
  const issuedTo = (d: DocumentFacts, name: string) => { const p = d.entities.find((e) => e.name === name); return p ? rels(d, 'ISSUED').filter((r) => r.to === p.id).map((r) => r.from) : undefined; };

  it('a speaker citing 前年出台的《X》 of a place issues nothing', () => {
    const d = x('r1.txt', '管委会副主任张伟介绍，浦东新区前年出台的《浦东新区细胞治疗产业发展行动方案》已取得明显成效。', '2026-05-08');
    expect(issuedTo(d, '浦东新区细胞治疗产业发展行动方案')).toEqual([]);
  });

  it('a memorandum titled in capitals, concluded or signed between two bodies, is issued by both', () => {
    const d = x('r2.txt', 'The Memorandum of Understanding on Cell Therapy Cooperation signed between the Department of Health and the National Medical Products Administration in March covers inspections.', '2026-05-08');
    expect(issuedTo(d, 'Memorandum of Understanding on Cell Therapy Cooperation')?.sort()).toEqual(['agency:cn-hk/department-of-health', 'agency:cn/nmpa']);
  });

  it('"approved the IND application for X on May 4": an IND approval of X, dated, the date not in its name', () => {
    const d = x('r4.txt', 'The National Medical Products Administration approved the IND application for BX-204 on May 4, the company said.', '2026-05-08');
    expect(of(d, 'License').map((l) => [l.name, l.date])).toEqual([['IND approval of BX-204', '2026-05-04']]);
  });

  it('a legislature approving a government bill grants no licence', () => {
    const d = x('r5.txt', "The Legislative Assembly of Macao yesterday approved the government's bill to amend the law on pharmaceutical activities.", '2026-05-08');
    expect(of(d, 'License')).toEqual([]);
    // (A regulator approving an amendment to a product's label still grants it.)
    expect(of(x('r12.txt', 'The NMPA approved the amendment to the label of Carteyva on May 2.', '2026-05-08'), 'License')).toHaveLength(1);
    // Whatever the legislature's object is called: a proposal, amendments, a package.
    for (const [file, text] of [
      ['r13.txt', "On Tuesday the Legislative Council approved the administration's proposal to tighten the rules on cord-blood banks."],
      ['r14.txt', 'The Standing Committee of the Shenzhen Municipal People\'s Congress approved the amendments to the cell and gene industry regulation.'],
    ]) expect(of(x(file!, text!, '2026-05-08'), 'License')).toEqual([]);
  });

  it('"the new Regulations replace Y" after a clause of time still supersedes Y', () => {
    const d = x('r6.txt', 'The Regulations on Cell Therapy Clinics were issued by the Guangdong Provincial Health Commission in April 2026. Effective June 1, the new Regulations replace the Interim Measures for Cell Therapy Clinics issued in 2019.', '2026-05-08');
    expect(rels(d, 'SUPERSEDES')).toHaveLength(1);
  });

  it('"Jointly issued by A and B on D, the X …" and "Voting to pass the X, the C …" name the issuers', () => {
    const a = x('r7.txt', 'Jointly issued by the National Health Commission and the National Medical Products Administration on April 28, the Administrative Measures for Somatic Cell Clinical Research will take effect on July 1.', '2026-05-08');
    expect(issuedTo(a, 'Administrative Measures for Somatic Cell Clinical Research')?.sort()).toEqual(['agency:cn/nhc', 'agency:cn/nmpa']);
    const b = x('r8.txt', "Voting to pass the Shenzhen Regulations on Cell Industry Promotion, the Standing Committee of the Shenzhen Municipal People's Congress ended its session on April 29.", '2026-05-08');
    expect(issuedTo(b, 'Shenzhen Regulations on Cell Industry Promotion')).toHaveLength(1);
  });

  it('"We have received your proposal on "X"" under a member\'s salutation: the member proposed X', () => {
    const d = x('r9.txt', 'Reply of the Zhejiang Provincial Health Commission on Proposal No. 312\nMember Chen Hua:\nWe have received your proposal on "Accelerating the Clinical Translation of Stem Cell Therapies". The reply is as follows.\nZhejiang Provincial Health Commission\nJune 3, 2026');
    expect(of(d, 'Proposal').map((p) => p.name)).toEqual(['Accelerating the Clinical Translation of Stem Cell Therapies']);
    expect(rels(d, 'PROPOSED')).toHaveLength(1);
  });

  it('a technical-requirements text in 《》 is a policy; "X, the … product that the NMPA approved in D" is X\'s approval', () => {
    const a = x('r10.txt', '本指南是对2023年发布的《基因治疗产品长期随访技术要求（试行）》的补充。', '2026-05-08');
    expect(of(a, 'Policy').map((p) => p.name)).toContain('基因治疗产品长期随访技术要求(试行)');
    const b = x('r11.txt', 'Also added is tovacel injection, the first gene therapy for hemophilia B that the National Medical Products Administration approved in March 2025.', '2026-05-08');
    expect(of(b, 'License').map((l) => [l.name, l.date])).toEqual([['approval of tovacel', '2025-03']]);
  });
});

describe('batch AC classes of relations (EXTRACT, session 14: h251, h256–h258)', () => {
  const issuedTo = (d: DocumentFacts, name: string) => { const p = d.entities.find((e) => e.name === name); return p ? rels(d, 'ISSUED').filter((r) => r.to === p.id).map((r) => [r.from, r.date]) : undefined; };

  it('a standing committee\'s announcement: 《X》已由…常务委员会第N次会议于D通过，现予公布 issues X that day; 《Y》同时废止 in its last article is superseded', () => {
    const d = x('gs.txt', '甘肃省人民代表大会常务委员会公告\n《甘肃省促进细胞治疗产业发展条例》已由甘肃省第十四届人民代表大会常务委员会第十五次会议于2025年9月26日通过，现予公布，自2026年1月1日起施行。\n第四十条 本条例自2026年1月1日起施行。2017年6月1日甘肃省第十二届人民代表大会常务委员会第三十三次会议通过的《甘肃省生物医药产业促进办法》同时废止。');
    expect(issuedTo(d, '甘肃省促进细胞治疗产业发展条例')).toEqual([['agency:cn-gs/peoples-congress-standing-committee', '2025-09-26']]);
    const [regs, old] = ['甘肃省促进细胞治疗产业发展条例', '甘肃省生物医药产业促进办法'].map((n) => d.entities.find((e) => e.name === n)!.id);
    expect(rels(d, 'SUPERSEDES').map((r) => [r.from, r.to])).toEqual([[regs, old]]);
  });

  it('typical or guiding cases named by description are a text of the bodies that published them, in either voice', () => {
    const a = x('tc.txt', 'Six typical cases on fake stem cell clinics were published jointly by the Supreme People\'s Court and the Supreme People\'s Procuratorate on 3 March 2026.');
    expect(issuedTo(a, 'typical cases on fake stem cell clinics')).toEqual([['agency:cn/spc', '2026-03-03'], ['agency:cn/spp', '2026-03-03']]);
    const b = x('gc.txt', 'In April 2026 the Supreme People\'s Procuratorate and the Ministry of Public Security put out a second batch of guiding cases involving illegal blood collection.');
    expect(issuedTo(b, 'guiding cases involving illegal blood collection')?.map((r) => r[0])).toEqual(['agency:cn/spp', 'agency:cn/mps']);
    const z = x('tc-zh.txt', '2026年3月，最高人民法院、最高人民检察院联合发布惩治干细胞治疗诈骗犯罪典型案例。');
    expect(issuedTo(z, '惩治干细胞治疗诈骗犯罪典型案例')?.map((r) => r[0])).toEqual(['agency:cn/spc', 'agency:cn/spp']);
  });

  it('co-issuers named again by their number ("the two agencies", "both ministries", 上述两部门) issued the text their clause names', () => {
    const a = x('ab.txt', 'The NHC and the NMPA issued the Rules on Cell Banks in 2024. On 3 March 2025, the two agencies also issued the Notice on Cord Blood Banks.');
    expect(issuedTo(a, 'Notice on Cord Blood Banks')).toEqual([['agency:cn/nhc', '2025-03-03'], ['agency:cn/nmpa', '2025-03-03']]);
    const b = x('ac.txt', 'The Ministry of Commerce and the National Health Commission unveiled the Pilot Rules on Foreign Hospitals in 2025. Hospitals must also meet the Guidelines on Cell Preparation Rooms, published by both ministries in October 2024.');
    expect(issuedTo(b, 'Guidelines on Cell Preparation Rooms')).toEqual([['agency:cn/mofcom', '2024-10'], ['agency:cn/nhc', '2024-10']]);
    const z = x('tc-zh.txt', '国家卫生健康委、国家药监局于2024年印发《细胞库管理规范》。上述两部门此前还联合印发了《关于规范脐带血库的通知》。');
    expect(issuedTo(z, '关于规范脐带血库的通知')?.map((r) => r[0])).toEqual(['agency:cn/nhc', 'agency:cn/nmpa']);
    // (Bodies not named as a numbered group issue nothing: "the bodies" alone is no anaphor.)
    expect(issuedTo(x('tc2.txt', 'The NHC and the NMPA issued the Rules on Cell Banks in 2024. The update follows the Notice on Cord Blood Banks, which the bodies discussed in 2023.'), 'Notice on Cord Blood Banks')).toEqual([]);
  });

  it('a machine-translated reply with the writer first and the reply last is issued by the writer; "You put forward the "X" has been received" is the addressee\'s proposal', () => {
    const d = x('qh.txt', 'Qinghai Provincial Health Commission on the provincial CPPCC twelfth session second meeting No. 0042 proposal of the reply\n\nMember Ma Xiaolan:\n\nYou put forward the "on building a plateau cord blood bank proposal" has been received. The reply is as follows.\n\nQinghai Provincial Health Commission\nJune 2, 2026');
    expect(issuedTo(d, 'Qinghai Provincial Health Commission on the provincial CPPCC twelfth session second meeting No. 0042 proposal of the reply')).toEqual([['agency:cn-qh/health-commission', '2026-06-02']]);
    const prop = of(d, 'Proposal')[0]!;
    expect(prop.name).toBe('on building a plateau cord blood bank proposal');
    expect(rels(d, 'PROPOSED').map((r) => [r.from, r.to])).toEqual([['person:ma-xiaolan', prop.id]]);
  });

  it('"granted a conditional product licence to X" is a licence, dated by the weekday right before the verb; "The regulations, adopted by A in D along with the Y" are A\'s, and so is Y', () => {
    const d = x('tw.txt', 'The Taiwan Food and Drug Administration last Friday granted a conditional product licence to LM-2 for type 1 diabetes. Its maker said sales start in 2027.', '2026-05-07');
    expect(rels(d, 'ISSUED', 'agency:cn-tw/tfda').map((r) => r.date)).toEqual(['2026-05-01']);
    const r = x('sc.txt', 'Banks must follow the Regulations on Cord Blood Banks. The regulations, adopted by the State Council in May 2023 along with the Implementing Rules for Cord Blood Banks, set licensing terms.', '2026-05-07');
    expect(issuedTo(r, 'Regulations on Cord Blood Banks')).toEqual([['agency:cn/state-council', '2023-05']]);
    expect(issuedTo(r, 'Implementing Rules for Cord Blood Banks')).toEqual([['agency:cn/state-council', '2023-05']]);
  });
});

describe('batch AD classes of relations (EXTRACT, session 14: h263–h265)', () => {
  const issuedTo = (d: DocumentFacts, name: string) => { const p = d.entities.find((e) => e.name === name); return p ? rels(d, 'ISSUED').filter((r) => r.to === p.id).map((r) => [r.from, r.date ?? null]) : undefined; };

  it('an MT head "A B about printing and distributing the "X" notice" over a two-body signature: both issued X that day; a body right before an MT title owns it', () => {
    const d = x('ls.txt', 'Lishui City Health Bureau Lishui City Medical Security Bureau about printing and distributing the "Lishui City cord blood bank management measures" notice\n\nEach county health bureau:\n\nThe measures are attached; please follow them.\n\nLishui City Health Bureau\nLishui City Medical Security Bureau\nMarch 3, 2026');
    expect(issuedTo(d, 'Lishui City cord blood bank management measures')).toEqual([['agency:cn-331100/health-commission', '2026-03-03'], ['agency:cn-331100/healthcare-security', '2026-03-03']]);
    // (Sibling: one body, 关于转发 as "regarding forwarding"; an owner before an MT title in another clause order.)
    const f = x('qz.txt', 'Quzhou City Health Bureau regarding forwarding the "Quzhou City stem cell clinic inspection work plan" notice');
    expect(issuedTo(f, 'Quzhou City stem cell clinic inspection work plan')?.map((r) => r[0])).toEqual(['agency:cn-330800/health-commission']);
    const o = x('gd.txt', 'The city acts in line with Guangdong Provincial Health Commission "about standardizing the cord blood bank inspection work notice" spirit.');
    expect(issuedTo(o, 'about standardizing the cord blood bank inspection work notice')).toEqual([['agency:cn-gd/health-commission', null]]);
  });

  it('a country after the regulator\'s name and short name is no gap before its verb', () => {
    const d = x('cv.txt', 'Corvia Cell said the Food and Drug Administration (FDA) of the United States has given full approval to CV-88, a cartilage product.', '2026-05-12');
    expect(of(d, 'License').map((l) => l.name)).toEqual(['approval of CV-88']);
    expect(rels(d, 'ISSUED', 'agency:us/fda')).toHaveLength(1);
    const c = x('cv2.txt', 'The National Medical Products Administration (NMPA) of China granted conditional approval to ZR-5, a gene therapy, last week.', '2026-05-12');
    expect(rels(c, 'ISSUED', 'agency:cn/nmpa')).toHaveLength(1);
  });

  it('"the 2019 Measures" after "the Hubei Measures for X (2019)" is that text, dated 2019, not by the day it ceases to have effect', () => {
    const d = x('hb.txt', 'Summary: the Hubei Measures for Promoting Cell Therapy Research (2019) go in March. Under the new rules, the 2019 Measures, which the Hubei Provincial People\'s Government adopted, cease to have effect on 1 March 2027.', '2026-11-02');
    expect(of(d, 'Policy').map((p) => [p.name, p.date])).toEqual([['Hubei Measures for Promoting Cell Therapy Research (2019)', '2019']]);
    expect(issuedTo(d, 'Hubei Measures for Promoting Cell Therapy Research (2019)')).toEqual([['agency:cn-hb/government', '2019']]);
  });

  it('"A passed the act in D, together with the Y": A passed Y too (the active sibling of "The act, passed by A …")', () => {
    const d = x('ly.txt', 'In July 2025 the Legislative Council passed the bill, together with the Pharmacy and Poisons (Amendment) Ordinance 2025.', '2026-05-12');
    expect(issuedTo(d, 'Pharmacy and Poisons (Amendment) Ordinance 2025')?.map((r) => r[0])).toEqual(['agency:cn-hk/legislative-council']);
  });
});

describe('batch AB leftovers of relations (EXTRACT, session 14: h248–h250)', () => {
  const issuedTo = (d: DocumentFacts, name: string) => { const p = d.entities.find((e) => e.name === name); return p ? rels(d, 'ISSUED').filter((r) => r.to === p.id).map((r) => [r.from, r.date ?? null]) : undefined; };

  it('"the 2025 NHC-NMPA joint notice on X" is a text of the hyphenated bodies, of that year, named by its description', () => {
    const d = x('jd.txt', 'Hospitals may now build cell labs under the 2025 NHC-NMPA joint notice on hospital cell preparation, which took effect in May. Biomanufacturers follow the 2023 MIIT-NDRC-MOFCOM action plan for biomanufacturing.', '2026-06-10');
    expect(issuedTo(d, 'joint notice on hospital cell preparation')).toEqual([['agency:cn/nhc', '2025'], ['agency:cn/nmpa', '2025']]);
    expect(issuedTo(d, 'action plan for biomanufacturing')?.map((r) => r[0])).toEqual(['agency:cn/miit', 'agency:cn/ndrc', 'agency:cn/mofcom']);
  });

  it('a body that "said in a notice dated D" issued the notice the next sentence titles ("The notice, entitled X, …")', () => {
    const d = x('sn.txt', 'The Hubei Provincial Health Commission has recorded 14 stem cell clinical research institutions, the commission said in a notice dated 9 June 2026. The notice, entitled Notice on the Third Batch of Filed Institutions in Hubei, lists them by city.', '2026-06-10');
    expect(issuedTo(d, 'Notice on the Third Batch of Filed Institutions in Hubei')).toEqual([['agency:cn-hb/health-commission', '2026-06-09']]);
  });

  it('an approval first stated undated ("has granted approval to X") takes the day its restatement gives ("approved the therapy on Monday")', () => {
    const d = x('ap.txt', "China's National Medical Products Administration has granted conditional approval to a CAR-T therapy for lupus, its maker said. The regulator approved the therapy on Monday, a notice on its website said.", '2026-06-10');
    expect(of(d, 'License').map((l) => l.date)).toEqual(['2026-06-08']);
  });
});

describe('an announcement amending named articles (EXTRACT, session 14: batch AB h247)', () => {
  it('附件：「X」第N條、附表M修正條文 is the amendment, issued by the page\'s body on its date; 本修正草案…預告 is its draft, which it replaces', () => {
    const d = extractText({ ...doc('am.txt', '衛生福利部 公告\n發文日期：中華民國115年3月9日\n發文字號：衛部醫字第1150000001號\n附件：「人體器官移植條例施行細則」第五條、附表一修正條文及總說明\n主旨：修正「人體器官移植條例施行細則」第五條、附表一，並自即日生效。\n公告事項：\n一、本修正草案前經本部於114年12月2日公告預告，各界意見已參酌。'), language: 'zh-Hant' as const });
    const byName = (n: string) => of(d, 'Policy').find((p) => p.name === n)!;
    const amendment = byName('人体器官移植条例施行细则第五条、附表一修正条文');
    const draft = byName('人体器官移植条例施行细则第五条、附表一修正草案');
    expect([amendment.date, draft.date]).toEqual(['2026-03-09', '2025-12-02']);
    expect(rels(d, 'ISSUED', 'agency:cn-tw/mohw').map((r) => r.to)).toEqual(expect.arrayContaining([amendment.id, draft.id]));
    expect(rels(d, 'SUPERSEDES').map((r) => [r.from, r.to])).toEqual([[amendment.id, draft.id]]);
  });
});

describe('batch AE classes of relations (EXTRACT, session 14: h269, h272)', () => {
  it('a regulation\'s note （《X》D某省人大常委会第N次会议通过） dates X and names the committee that passed it', () => {
    const d = x('gz.txt', '（《贵州省大健康产业促进条例》2019年3月28日贵州省第十三届人民代表大会常务委员会第九次会议通过）');
    expect(rels(d, 'ISSUED').map((r) => [r.from, r.date])).toEqual([['agency:cn-gz/peoples-congress-standing-committee', '2019-03-28']]);
    // (A date after a title with no meeting names no issuer.)
    expect(rels(x('gz2.txt', '《贵州省大健康产业促进条例》2019年印发后，各地积极落实。'), 'ISSUED')).toEqual([]);
  });

  it('"A and B signed a cooperation agreement on Tuesday allowing …" is an agreement both issued that day', () => {
    const d = x('ag.txt', 'The Department of Health of Hong Kong and the Health Bureau of Macao on Monday inked a memorandum of understanding on cord blood banking, officials said.', '2026-12-02');
    const mou = of(d, 'Policy').find((p) => p.name === 'memorandum of understanding on cord blood banking')!;
    expect(rels(d, 'ISSUED').filter((r) => r.to === mou.id).map((r) => [r.from, r.date])).toEqual([['agency:cn-hk/department-of-health', '2026-11-30'], ['agency:cn-mo/health-bureau', '2026-11-30']]);
  });
});

describe('dates of cited texts (EXTRACT, session 14: batch AC h253)', () => {
  it('a plan named with its years is dated by the first; a cited text with its number, in a sentence with no date, by the number\'s year', () => {
    const d = x('dt.txt', '某某市卫生健康委员会\n2026年5月6日\n为落实《江西省细胞治疗产业发展规划（2024—2026年）》，特制定本方案。\n前期印发的《某某市支持生物医药产业若干政策》（赣某政办发〔2021〕12号）与本方案不一致的，以本方案为准。');
    const date = (n: string) => of(d, 'Policy').find((p) => p.name.startsWith(n))?.date;
    expect(date('江西省细胞治疗产业发展规划')).toBe('2024');
    expect(date('某某市支持生物医药产业若干政策')).toBe('2021');
  });
});

describe('posts after a name and names as written (ENTITIES, batch AA h238–h242)', () => {
  it('a byline\'s second author with a post after a comma; a building in an address footer is no organisation', () => {
    const d = x('b.txt', 'Larchmont LLP\nBy Nora Lind, Partner and Yu Fang, Counsel | Larchmont LLP\nThe rules take effect in May.\nLarchmont LLP · Suite 1801, Pacific Trade Centre, Beijing · www.larchmont.example');
    expect(new Set(rels(d, 'MEMBER_OF').map((r) => `${r.from} ${r.to}`))).toEqual(new Set(['person:nora-lind org:larchmont-llp', 'person:yu-fang org:larchmont-llp']));
    expect(of(d, 'Organization').map((o) => o.name)).toEqual(['Larchmont LLP']);
  });
  it('", Chief Medical Officer," with no body is of the page\'s one company; an exchange\'s board is the exchange', () => {
    const d = x('c.txt', 'Shares of Norvia Biotherapeutics Holdings Limited trade on the Main Board of The Stock Exchange of Hong Kong Limited. The first patients will be dosed in 2027, Prof. Helen Sato, Chief Scientific Officer, noted.');
    expect(of(d, 'Organization').map((o) => o.id).sort()).toEqual(['org:hkex', 'org:norvia-biotherapeutics-holdings-limited']);
    expect(rels(d, 'MEMBER_OF', 'person:helen-sato').map((r) => r.to)).toEqual(['org:norvia-biotherapeutics-holdings-limited']);
  });
  it('a hospital department\'s 部门主管 is of the hospital; 本院委员 on a Legislative Yuan bill are its members; a name keeps its written form', () => {
    const h = x('h.txt', '威尔斯亲王医院儿科的部门主管何志明医生昨日表示，病房已准备就绪。');
    expect(rels(h, 'MEMBER_OF').map((r) => r.to)).toEqual(['org:prince-of-wales-hospital']);
    const b = x('ly.txt', '立法院第11届第3会期议案关系文书\n案由：本院委员周啟豪、林秀琴等21人，鉴于再生医疗发展迅速，爰拟具「某某法第五条条文修正草案」，是否有当？敬请公决。\n提案人：周啟豪　林秀琴');
    const ly = rels(b, 'MEMBER_OF').filter((r) => r.to === 'agency:cn-tw/legislative-yuan');
    expect(ly).toHaveLength(2);
    expect(of(b, 'Person').flatMap((p) => p.aliases ?? [])).toContain('周啟豪');
    // 本院委员 on a page that names no Legislative Yuan is no member of it.
    expect(rels(x('c.txt', '本院委员王启明、李素华等16人提出意见。'), 'MEMBER_OF')).toEqual([]);
  });
});

describe('machine-translated district notices (ENTITIES, batch AA h241)', () => {
  it('"the district health bureau" is no city\'s known Health Bureau; an imperative verb is no part of the name it governs; a Medical City is a zone', () => {
    const d = x('mt.txt', 'Qingbaijiang District issued the measures, relying on the Nanhu Medical City. Support Lakeside Hospital of Tongji University and other institutions to complete the filing. The district health bureau shall organise the review.');
    expect(of(d, 'Agency').map((a) => a.id)).not.toContain('agency:cn-hk/health-bureau');
    expect(of(d, 'Organization').map((o) => o.name)).toEqual(['Lakeside Hospital of Tongji University']);
    expect(of(d, 'Region').map((r) => r.name)).toContain('Nanhu Medical City');
    // Written as a name, the known body is still found.
    expect(of(x('hk.txt', 'The Health Bureau said the scheme will start in May.'), 'Agency').map((a) => a.id)).toContain('agency:cn-hk/health-bureau');
  });
});

describe('batch AA classes of relations (EXTRACT, session 13: h236, h237, h239–h242)', () => {
  it('a Legislative Yuan bill: 本院委员甲、乙等N人…特拟具「X草案」 is proposed by both', () => {
    const d = extractText({ ...doc('ly.txt', ''), language: 'zh-Hant', text: '立法院第11屆第3會期\n本院委員林佳蓉、高志明等16人有感於臍帶血庫收費爭議頻傳，特擬具「臍帶血保存業管理條例草案」，送請院會審議。' });
    const prop = of(d, 'Proposal')[0]!;
    expect(prop).toBeDefined();
    expect(rels(d, 'PROPOSED').filter((r) => r.to === prop.id)).toHaveLength(2);
  });

  it('"the 2023 interim measures … cease to apply when the Regulations take effect": the Regulations supersede the described text', () => {
    const d = x('rep.txt', 'On 2 June 2026 the Standing Committee of the Hubei Provincial People\'s Congress adopted the Hubei Province Regulations on Cell Therapy Clinics. The Hubei Provincial Health Commission issued the Interim Measures for Cell Therapy Clinics in Hubei Province in 2023. Under Article 50, the 2023 interim measures cease to apply when the Regulations take effect.', '2026-06-10');
    const regs = of(d, 'Policy').find((p) => p.name.startsWith('Hubei Province Regulations'))!;
    const old = of(d, 'Policy').find((p) => p.name.startsWith('Interim Measures'))!;
    expect(rels(d, 'SUPERSEDES').map((r) => [r.from, r.to])).toEqual([[regs.id, old.id]]);
  });

  it('"the CDE included XY-7 in its Breakthrough Therapy Designation list on D": a designation the CDE gave, dated', () => {
    const d = x('btd.txt', 'Separately, the Center for Drug Evaluation (CDE) included QT-315 in its Breakthrough Therapy Designation list on 12 August 2026.', '2026-08-20');
    expect(of(d, 'License').map((l) => [l.name, l.date])).toEqual([['Breakthrough Therapy designation of QT-315', '2026-08-12']]);
    expect(rels(d, 'ISSUED').map((r) => r.from)).toEqual(['agency:cn/nmpa/cde']);
  });

  it('a permit named as a reward\'s condition in MT order, or one a clinic lacked, is no licence; an edition year dates its title', () => {
    expect(of(x('mt.txt', 'Article 4 For the first time to obtain the Hubei Provincial Drug Administration issued "Drug Production License" of enterprises, give 1 million yuan reward.', '2026-04-01'), 'License')).toEqual([]);
    expect(of(x('lack.txt', '经查，该诊所未取得《医疗机构执业许可证》，擅自开展干细胞输注。', '2026-04-01'), 'License')).toEqual([]);
    expect(of(x('ed.txt', '省医保局印发《湖南省医疗服务价格项目规范（2021年版）》。'), 'Policy').map((p) => p.date)).toEqual(['2021']);
  });
});

describe('batch Z entity classes: short university names, the writer as a foundation, owners\' possessives, same-named places (ENTITIES, h230–h234)', () => {
  it('港大X研究中心 with a university\'s short name is a centre (its director a member); 沙田科学园 is the Science Park; 中大型 is no university', () => {
    const d = x('hk.txt', '细胞库设于沙田科学园内，由港大干细胞研究中心营运。港大干细胞研究中心主任陈美玲教授指出，团队正研发疗法。');
    const centre = of(d, 'Organization').find((o) => o.name === '港大干细胞研究中心')!;
    expect(centre).toBeDefined();
    expect(rels(d, 'MEMBER_OF').map((r) => r.to)).toEqual([centre.id]);
    expect(of(d, 'Region').map((r) => r.id)).toContain('region:zone/hk-science-park');
    expect(of(x('m.txt', '支持中大型企业研发中心建设。'), 'Organization')).toEqual([]);
  });
  it('本中心执行长X on a foundation\'s page is of the foundation in its header', () => {
    const d = x('tw.txt', '财团法人医药品查验中心\n最新消息\n本中心执行长王志明表示，今年共辅导20案。');
    expect(rels(d, 'MEMBER_OF').map((r) => r.to)).toEqual(['org:tw-cde']);
  });
  it('"Professor X of Y University\'s Z Center" is of the centre; "Jilin" on a Jilin Province page is the province', () => {
    const d = x('e.txt', '"Prices will fall," said Professor Li Ming of Fudan University\'s Center for Pharmacoeconomic Studies.');
    expect(rels(d, 'MEMBER_OF').map((r) => r.to)).toEqual(['org:center-for-pharmacoeconomic-studies']);
    const j = x('j.txt', 'Jilin Province released new measures on Monday. Jilin is home to many vaccine makers.');
    expect(of(j, 'Region').map((r) => r.id)).toEqual(['region:CN-JL']);
  });
});

describe('page dates in a paper\'s masthead and a bill\'s header; Macao names (ENTITIES, batches Z h228, AA h239, AB h243, h246)', () => {
  it('"X日报数字报 | date | 第A03版" and 议案关系文书（…41年9月起编号）…115年3月18日印发 date the page by their full date', () => {
    expect(publishedDate('江南日报数字报 | 2026年05月02日 | 第A05版：要闻\n某某公司获批\n本报讯 5月1日，公司宣布。')).toBe('2026-05-02');
    expect(publishedDate('立法院议案关系文书（中华民国41年9月起编号）中华民国115年4月2日印发\n\n案由：本院委员甲等提案。')).toBe('2026-04-02');
    // A table row of cells is still no page date.
    expect(publishedDate('名称 | 2026年05月02日 | 备注\n正文。')).toBeUndefined();
  });
  it('来自 ends the name before it (多宗来自澳门大学); Macao hospitals and 药物办公室 by their Chinese names', () => {
    const d = x('mo.txt', '其中两宗来自澳门大学的研究团队，另有镜湖医院和仁伯爵综合医院参与。');
    expect(of(d, 'Organization').map((o) => o.id).sort()).toEqual(['org:ao-men-da-xue', 'org:kiang-wu-hospital', 'org:macao-chcsj']);
    expect(of(x('hk.txt', '有关资料可于药物办公室网页查阅。'), 'Agency').map((a) => a.id)).toEqual(['agency:cn-hk/department-of-health/drug-office']);
  });
});

describe('batch AB classes of relations (EXTRACT, session 13: h248, h249)', () => {
  it('"replaces the 2021 version, which the two ministries issued in May 2021": the earlier edition is a text of those bodies, superseded', () => {
    const d = x('ed.txt', 'The Ministry of Commerce and the National Development and Reform Commission jointly released the Catalogue of Priority Industries for Biomedicine (2025 Version) on 3 March 2025. The 2025 Catalogue supersedes the 2021 version, which the two ministries issued in May 2021.', '2025-03-10');
    const old = of(d, 'Policy').find((p) => p.name.includes('(2021 Version)'))!;
    expect(old?.date).toBe('2021-05');
    expect(rels(d, 'ISSUED').filter((r) => r.to === old.id).map((r) => r.from).sort()).toEqual(['agency:cn/mofcom', 'agency:cn/ndrc']);
    expect(rels(d, 'SUPERSEDES').map((r) => r.to)).toEqual([old.id]);
  });

  it('"brought out in 2023 by A together with B and C": all three issued it; "the notice, titled Notice on X, says" names a title', () => {
    const a = x('bo.txt', 'Institutions follow the Measures for Clinical Research Ethics Review, brought out in 2023 by the National Health Commission together with the Ministry of Education and the Ministry of Science and Technology.', '2026-08-05');
    expect(rels(a, 'ISSUED').map((r) => r.from).sort()).toEqual(['agency:cn/moe', 'agency:cn/most', 'agency:cn/nhc']);
    const b = x('ti.txt', 'Shanghai health officials posted a list last week. The list, titled Notice on Publishing the Third Batch of Filed Ethics Committees in Shanghai, says that 19 committees passed.', '2026-08-05');
    expect(of(b, 'Policy').map((p) => p.name)).toContain('Notice on Publishing the Third Batch of Filed Ethics Committees in Shanghai');
  });
});

describe('names of zones, laboratories and bodies as written on official and wire pages (ENTITIES, batch AC)', () => {
  it('an article number and its verb lead into no organisation; a development zone after its city is one region', () => {
    const a = x('a.txt', '第十二条之一 支持浙江大学医学院附属第二医院建设细胞制备中心。第4条 鼓励某某大学附属医院开展研究。');
    expect(of(a, 'Organization').map((o) => o.name)).toEqual(['浙江大学医学院附属第二医院', '某某大学附属医院']);
    const b = x('b.txt', '成都高新技术产业开发区、天府新区应当建设产业园。');
    expect(of(b, 'Region').map((r) => r.name)).toContain('成都高新技术产业开发区');
    expect(of(b, 'Region').map((r) => r.id)).not.toContain('region:CN-510100');
  });

  it('"the autonomous region CPPCC", "the Provincial CPPCC": the committee of the region in context, not the national one', () => {
    const a = x('a.txt', 'Guangxi Zhuang Autonomous Region. The department answered the autonomous region CPPCC on its proposal.');
    expect(of(a, 'Agency').map((e) => e.id)).toEqual(['agency:cn-gx/cppcc-committee']);
    const b = x('b.txt', 'Hunan Province. The Provincial CPPCC member Tan Yue spoke on cell therapy.');
    expect(rels(b, 'MEMBER_OF').map((r) => r.to)).toEqual(['agency:cn-hn/cppcc-committee']);
  });

  it('"State Key Laboratory of X" is named whole; a pastoral region\'s department of agriculture and animal husbandry is its body', () => {
    const a = x('a.txt', 'The university built the State Key Laboratory of Marine Drug Discovery with the Tibet Autonomous Region Department of Agriculture and Animal Husbandry.');
    expect(of(a, 'Organization').map((o) => o.name)).toEqual(['State Key Laboratory of Marine Drug Discovery']);
    expect(of(a, 'Agency').map((e) => e.id)).toEqual(['agency:cn-xz/agriculture-animal-husbandry']);
    expect(of(x('b.txt', '西藏自治区农牧厅参与建设。'), 'Agency').map((e) => e.id)).toEqual(['agency:cn-xz/agriculture-animal-husbandry']);
  });

  it('a name Taiwan\'s body shares with the mainland\'s is Taiwan\'s on a Taiwan story; CNA; "developed by Tainan-based X Co."', () => {
    const a = x('a.txt', "Taiwan's health ministry will ask the Center for Drug Evaluation to assess the implant, which was developed by Tainan-based Lotus Cellworks Co. in 2024. Coverage is for the National Health Insurance Administration to decide, the Central News Agency reported.");
    expect(of(a, 'Organization').map((o) => o.id)).toEqual(['org:tw-cde', 'org:lotus-cellworks-co', 'org:cna']);
    expect(of(a, 'Agency').map((e) => e.id)).toContain('agency:cn-tw/nhia');
    const b = x('b.txt', 'The NMPA said the Center for Drug Evaluation would review the file; the National Healthcare Security Administration will price it.');
    expect(of(b, 'Agency').map((e) => e.id)).toEqual(['agency:cn/nmpa', 'agency:cn/nmpa/cde', 'agency:cn/nhsa']);
    expect(of(b, 'Organization')).toEqual([]);
  });

  it('a gazette named after a body (行政院公報) is no mention of the body', () => {
    const a = x('a.txt', '本案刊登于行政院公报，由卫生福利部公告。');
    expect(of(a, 'Agency').map((e) => e.id)).toEqual(['agency:cn-tw/mohw']);
    expect(of(x('b.txt', '行政院会今天通过草案。'), 'Agency').map((e) => e.id)).toEqual(['agency:cn-tw/authorities']);
  });
});

describe('lists of licensing decisions laid out as tables, under a 公示 headline (LAYOUT, batch AC h252)', () => {
  it('a licence per row, known by its decision number, issued by the ministry whose department signs; the 公示 is the department\'s', () => {
    const a = x('a.txt', '2026年第二批境外生产药品临床试验审批结果公示\n批准日期 | 药品名称 | 申请人 | 批准文号\n2026-03-02 | 甲乙注射液 | 某某生物科技有限公司 | 国药监临审〔2026〕101号\n2026-03-09 | 丙丁细胞注射液 | 某某医药有限公司；某某大学 | 国药监临审〔2026〕117号\n依据有关规定，上述品种准予开展临床试验。\n国家药品监督管理局药品注册管理司\n2026年3月12日');
    expect(of(a, 'License').map((l) => [l.name, l.date, l.aliases?.includes(l.name === '国药监临审[2026]101号' ? '甲乙注射液' : '丙丁细胞注射液')])).toEqual([['国药监临审[2026]101号', '2026-03-02', true], ['国药监临审[2026]117号', '2026-03-09', true]]);
    expect(rels(a, 'ISSUED', 'agency:cn/nmpa').map((r) => r.rules)).toEqual([['grant.decision-table.zh'], ['grant.decision-table.zh']]);
    const notice = of(a, 'Policy').find((p) => p.name === '2026年第二批境外生产药品临床试验审批结果公示')!;
    expect(rels(a, 'ISSUED', 'agency:cn/nmpa/drug-registration').map((r) => [r.to, r.date])).toEqual([[notice.id, '2026-03-12']]);
    const b = x('b.txt', '国家卫生健康委员会\n经审核，下列科研项目的申请符合规定，决定予以许可。\n项目名称\t申请单位\t许可决定书编号\t决定日期\n某细胞治疗多中心临床研究\t某某大学附属医院\t国卫审〔2026〕88号\t2026年5月6日');
    expect(of(b, 'License').map((l) => [l.name, l.date])).toEqual([['国卫审[2026]88号', '2026-05-06']]);
    expect(rels(b, 'ISSUED', 'agency:cn/nhc')).toHaveLength(1);
  });

  it('Traditional: the lead names who approved the rows (獲衛生福利部核准), not the city bureau that publishes the list; ROC dates', () => {
    const a = extractText({ ...doc('tw.txt', ''), language: 'zh-Hant', text: '臺南市政府衛生局　新聞稿\n本市兩家醫院之細胞治療計畫獲衛生福利部核准\n本局今日公布最新獲衛生福利部核准之計畫如下。\n醫院 | 細胞治療項目 | 核准文號 | 核准日期\n甲醫院 | 自體軟骨細胞移植 | 衛部醫字第1150000001號 | 115年2月3日\n乙醫院 | 自體免疫細胞治療 | 衛部醫字第1150000002號 | 115年4月5日' });
    expect(of(a, 'License').map((l) => [l.date, l.aliases])).toEqual([['2026-02-03', ['衛部醫字第1150000001號', '自體軟骨細胞移植']], ['2026-04-05', ['衛部醫字第1150000002號', '自體免疫細胞治療']]]);
    expect(rels(a, 'ISSUED').map((r) => r.from)).toEqual(['agency:cn-tw/mohw', 'agency:cn-tw/mohw']);
    // (A row permits its hospital a project: the list does not say where it holds.)
    expect(rels(a, 'APPLIES_TO')).toEqual([]);
  });

  it('a table of funded projects (no decision number) is no licence list', () => {
    const a = x('a.txt', '国家卫生健康委员会\n2026年度某专项立项结果公示\n序号 | 项目名称 | 承担单位 | 资助金额\n1 | 某细胞治疗研究 | 某某大学 | 50万元');
    expect(of(a, 'License')).toEqual([]);
  });
});

describe('contact lines, bylines with offices and specialists name persons and where they work (ENTITIES, batches AC/AD)', () => {
  it('联系人/联络人：unit [post] name [post] → the person, the unit (of the page\'s body, or the gazetteer\'s) and MEMBER_OF', () => {
    const a = x('a.txt', '浙江省卫生健康委员会关于开展专项检查的通知\n各市卫生健康委：现将有关事项通知如下。\n（联系人：医政医管处　王海涛，电话：0571-1234567）');
    const unit = of(a, 'Agency').find((e) => e.name === '医政医管处')!;
    expect(unit.id).toBe('agency:cn-zj/health-commission/yi-zheng-yi-guan-chu');
    expect(rels(a, 'PART_OF', unit.id).map((r) => r.to)).toEqual(['agency:cn-zj/health-commission']);
    expect(rels(a, 'MEMBER_OF').map((r) => [r.from, r.to])).toEqual([['person:wang-haitao', unit.id]]);
    const b = x('b.txt', '卫生福利部公告\n本案联络人：医事司钱美玲科长电话：(02)1234-5678');
    expect(rels(b, 'MEMBER_OF').map((r) => [r.from, r.to, r.role])).toEqual([['person:qian-meiling', 'agency:cn-tw/mohw/medical-affairs', '科长']]);
    expect(rels(x('c.txt', '浙江省卫生健康委员会\n联系人：张明，刘晓红'), 'MEMBER_OF')).toEqual([]);
  });

  it('"Investor Contact: Name, Post" is of the page\'s company; a notice\'s "contact person: Comrade X" of its body; no name, no person', () => {
    const a = x('a.txt', 'Acme Cellworks Co., Ltd. announced that its therapy met the primary endpoint.\nInvestor Contact: Ann Lee, Vice President, Investor Relations, ir@acme.example\nMedia Contact: press@acme.example');
    expect(of(a, 'Person').map((p) => p.name)).toEqual(['Ann Lee']);
    expect(rels(a, 'MEMBER_OF').map((r) => [r.to, r.role])).toEqual([[of(a, 'Organization')[0]!.id, 'vice president']]);
    const b = x('b.txt', 'Shaoxing Municipal Health Commission notice on clinic inspections.\nThe county offices report by June. Medical section contact person: Comrade Li Ming, telephone 0575-1234567.');
    expect(rels(b, 'MEMBER_OF').map((r) => [r.from, r.to])).toEqual([['person:li-ming', 'agency:cn-330600/health-commission']]);
  });

  it('a byline "Name, Post, Office | Name, Post, Office" over the firm\'s line; "Name, a rheumatologist at X Hospital who …"', () => {
    const a = x('a.txt', 'Authors: Nora Lind, Partner, Shanghai | Wang Jie, Senior Associate, Beijing\nHollis Crane LLP\nThe new rules take effect in May.');
    expect(of(a, 'Person').map((p) => p.name).sort()).toEqual(['Nora Lind', 'Wang Jie']);
    expect(rels(a, 'MEMBER_OF').map((r) => r.to)).toEqual(['org:hollis-crane-llp', 'org:hollis-crane-llp']);
    const b = x('b.txt', 'Li Na, a rheumatologist at Renji Hospital who ran the trial, said the results were strong.');
    expect(rels(b, 'MEMBER_OF').map((r) => [r.from, r.to])).toEqual([['person:li-na', of(b, 'Organization')[0]!.id]]);
  });
});

describe('attendance lists and bracketed abbreviations (ENTITIES, batch AC h254)', () => {
  it('a line that is a name and its courtesy title (after a label, before honours or a bracketed seat) is a person; a panel of LegCo is its body', () => {
    const d = x('a.txt', '卫生事务委员会\n会议纪要\n出席委员：周大文议员(主席)\n　　　　　狄小梅议员, SBS, JP\n出席公职人员：\n卫生署\n梁美华医生, JP\n何美玲女士');
    expect(of(d, 'Person').map((p) => p.aliases?.[0]).sort()).toEqual(['何美玲', '周大文', '梁美华', '狄小梅']);
    expect(of(d, 'Agency').map((a) => a.id)).toContain('agency:cn-hk/legislative-council/panel-on-health-services');
    // (A name in running text keeps needing its context: a title word alone, or a verb after it, is no such line.)
    expect(of(x('b.txt', '各位议员关注轮候时间。'), 'Person')).toEqual([]);
  });

  it('an abbreviation in brackets after an institution\'s name: its kind is its head word\'s (one list with the organisation finder)', () => {
    const d = x('a.txt', '新北市中医师公会(新北中医会)与南方医科大学附属医院(南医附院)合作。');
    expect(of(d, 'Organization').map((o) => [o.name, o.kind]).sort()).toEqual([['南方医科大学附属医院', 'hospital'], ['新北市中医师公会', 'association']]);
  });
});

describe('MT English zone and bureau names as written (ENTITIES, batches AC h256, AD h264)', () => {
  it('"X Y Development Zone" is a zone; "Z City Market Supervision Administration Bureau" keeps the page\'s form of the body', () => {
    const a = x('a.txt', 'The plan funds firms in the Baotou Xitan Development Zone this year.');
    expect(of(a, 'Region').map((r) => r.name)).toContain('Baotou Xitan Development Zone');
    const b = x('b.txt', 'Jinhua City Market Supervision Administration Bureau issued the notice on clinic checks.');
    const amr = of(b, 'Agency').find((e) => e.id === 'agency:cn-330700/market-regulation')!;
    expect([amr.name, ...(amr.aliases ?? [])]).toContain('Jinhua City Market Supervision Administration Bureau');
  });
});

describe('minutes\' attendance lists (LAYOUT, batch AC h254)', () => {
  it('members present or absent belong to the committee the minutes head; officers to the body line above them; the clerk\'s field ends the list', () => {
    const d = extractText({ ...doc('m.txt', ''), language: 'zh-Hant', text: '立法會\n衞生事務委員會\n會議紀要\n出席委員：張大文議員（主席）\n王美玲議員, JP\n缺席委員：李國強議員, BBS\n出席公職人員：\n衞生署\n署長\n林志明醫生, JP\n醫院管理局\n行政總裁\n高曉東醫生\n列席秘書：總議會秘書(2)1 陳小芬女士\n一、會議紀錄\n會議紀錄獲確認通過。' });
    const byName = new Map(of(d, 'Person').flatMap((p) => (p.aliases ?? []).map((a) => [a, p.id] as const)));
    const bodyOf = (name: string): string[] => rels(d, 'MEMBER_OF', byName.get(name) ?? name).filter((r) => r.rules?.includes('member.attendance-label')).map((r) => r.to);
    for (const m of ['張大文', '王美玲', '李國強']) expect(bodyOf(m)).toEqual(['agency:cn-hk/legislative-council/panel-on-health-services']);
    expect(bodyOf('林志明')).toEqual(['agency:cn-hk/department-of-health']);
    expect(bodyOf('高曉東')).toEqual(['agency:cn-hk/hospital-authority']);
    expect(bodyOf('陳小芬')).toEqual([]);
  });
  it('English minutes: an officer\'s line holds the name and the post ("Dr X, Assistant Director of Health"), under the body\'s line', () => {
    const d = x('e.txt', 'Subcommittee on Elderly Care Services\nMinutes of the third meeting\nMembers present:\nHon Fung Siu-wah (Deputy Chairman)\nIr Hon Lau Chi-keung, SBS, JP\nPublic officers attending:\nHospital Authority\nDr Ng Yuk-ling, Cluster Chief Executive (Kowloon West)\nDepartment of Health\nMr Kwan Ho-yin, Principal Assistant Secretary for Primary Healthcare\nClerk in attendance:\nMiss Yau Pui-man, Chief Council Secretary (2)5\nI. Confirmation of minutes');
    const byName = new Map(of(d, 'Person').map((p) => [p.name, p.id] as const));
    const bodyOf = (name: string): string[] => rels(d, 'MEMBER_OF', byName.get(name) ?? name).filter((r) => r.rules?.includes('member.attendance-label')).map((r) => r.to);
    expect(bodyOf('Ng Yuk-ling')).toEqual(['agency:cn-hk/hospital-authority']);
    expect(bodyOf('Kwan Ho-yin')).toEqual(['agency:cn-hk/department-of-health']);
    expect(bodyOf('Yau Pui-man')).toEqual([]);
  });
});

describe('contact lines with civil-service grades; ordinal dates with "of" (ENTITIES, review finding 9, batch AB h249)', () => {
  it('联系人：unit grade name: a grade of the civil service is the post; "the 21st of June 2026" is a day', () => {
    const a = x('a.txt', '浙江省卫生健康委员会关于开展检查的通知\n各地：请抓好落实。\n联系人：医政医管处 四级调研员 王小明，电话：0571-1234567');
    expect(rels(a, 'MEMBER_OF').map((r) => [r.to, r.role])).toEqual([['agency:cn-zj/health-commission/yi-zheng-yi-guan-chu', '四级调研员']]);
    const b = x('b.txt', 'On the 21st of June 2026, the Shanghai Municipal Health Commission issued the Notice on Filing Cell Therapy Projects.');
    expect(of(b, 'Policy').map((p) => p.date)).toEqual(['2026-06-21']);
  });
});

describe('English minutes lines; a post word alone on a line (ENTITIES, review findings 11, 12)', () => {
  it('"Dr Hon X" is X; "Ms X, Deputy Secretary for Health" is a person; 全科医生 on its own line is no one', () => {
    const d = x('a.txt', 'Panel on Health Services\nMinutes of the special meeting\nMembers present:\nHon Wong Kin-fai (Chairman)\nDr Hon Yip Mei-lan, JP\nPublic officers attending:\nHealth Bureau\nMs Tam Wing-sze, Deputy Secretary for Health');
    expect(of(d, 'Person').map((p) => p.name).sort()).toEqual(['Tam Wing-sze', 'Wong Kin-fai', 'Yip Mei-lan']);
    expect(of(x('b.txt', '社区诊所招聘\n全科医生\n何美玲女士'), 'Person').map((p) => p.aliases?.[0])).toEqual(['何美玲']);
  });
});

describe('MT imperative verbs before names (ENTITIES, batch AE h273)', () => {
  it('"Support X High-tech Zone to build", "Encourage the First Affiliated Hospital of Y to": the verb is no part of the zone or the hospital', () => {
    const d = x('a.txt', 'Article 4 Support Wuxi High-tech Zone to build a cell bank. Encourage the First Affiliated Hospital of Soochow University to lead trials.');
    expect(of(d, 'Region').map((r) => r.name)).toContain('Wuxi High-tech Zone');
    expect(of(d, 'Organization').map((o) => o.name)).toEqual(['First Affiliated Hospital of Soochow University']);
  });
});

describe('a post before the name in English (ENTITIES, session 15: batch AE h272, h274; persons matrix)', () => {
  // Class: "<Post> of (the) <Body> <Name>" with no comma, in every voice and place in the sentence.
  it.each([
    ['Director of the Beijing Municipal Health Commission Wang Jun said the hospitals would share records.', 'Wang Jun', 'agency:cn-bj/health-commission'],
    ['Deputy Director of the Guangdong Provincial Health Commission Zhou Lin told a briefing that beds would be added.', 'Zhou Lin', 'agency:cn-gd/health-commission'],
    ['The plan was announced by President of Ruijin Hospital Ning Guang on Friday.', 'Ning Guang', 'org:ruijin-hospital'],
    ['"The rules are clear," said Vice Minister of the National Health Commission Li Bin.', 'Li Bin', 'agency:cn/nhc'],
    ['Commissioner of the National Medical Products Administration Li Li attended the meeting.', 'Li Li', 'agency:cn/nmpa'],
  ])('"Post of the Body Name": %s', (text, person, body) => {
    const d = x('a.txt', text);
    const p = of(d, 'Person').find((e) => e.name === person)!;
    expect(rels(d, 'MEMBER_OF', p.id).map((r) => r.to)).toEqual([body]);
  });
  // Class: a lawyer named with the firm after "of"/"with"/"from", the firm's city as "X-based" before it.
  it.each([
    ['Lawyer Sun Qiang of Beijing-based Hanwei Law Firm said the ruling sets a precedent.', 'Sun Qiang', 'Hanwei Law Firm'],
    ['Tang Yiwen, a lawyer with Shanghai-based Jinmao Partners, said the court was right.', 'Tang Yiwen', 'Jinmao Partners'],
    ['The sentence was fair, said lawyer Sun Qiang of Hanwei Law Firm.', 'Sun Qiang', 'Hanwei Law Firm'],
    ['Attorney Chen Hao from Shenzhen-based Guohao Law Firm told the paper the appeal would fail.', 'Chen Hao', 'Guohao Law Firm'],
    ['Shanghai-based lawyer Tang Yiwen of Jinmao Partners said the clinic had no licence.', 'Tang Yiwen', 'Jinmao Partners'],
    ['The deal is lawful, according to lawyer Zhou Min of Guangzhou-based Yuecheng Law Firm.', 'Zhou Min', 'Yuecheng Law Firm'],
  ])('a lawyer and the firm: %s', (text, person, firm) => {
    const d = x('a.txt', text);
    const p = of(d, 'Person').find((e) => e.name === person)!;
    expect(of(d, 'Organization').map((o) => o.name)).toEqual([firm]);
    expect(rels(d, 'MEMBER_OF', p.id).map((r) => d.entities.find((e) => e.id === r.to)?.name)).toEqual([firm]);
  });
  // Class: the body's possessive, then the post (with deputy/vice), then the name, with or without commas; a city's
  // AMR / MPA written short after the city.
  it.each([
    ["Inspectors visited 30 clinics. The Ningbo AMR's director, Xu Lanfang, said cases had been opened.", 'Xu Lanfang', 'agency:cn-330200/market-regulation'],
    ["The NMPA's deputy commissioner Xu Jinghe said reviews would be faster.", 'Xu Jinghe', 'agency:cn/nmpa'],
    ["Fudan University's president, Jin Li, said the centre would open.", 'Jin Li', 'org:fudan-university'],
    ['Guangdong MPA director Wang Hua said the pilot would expand.', 'Wang Hua', 'agency:cn-gd/medical-products'],
  ])('the body\'s post, then the name: %s', (text, person, body) => {
    const d = x('a.txt', text);
    const p = of(d, 'Person').find((e) => e.name === person)!;
    expect(rels(d, 'MEMBER_OF', p.id).map((r) => r.to)).toEqual([body]);
  });
  it('AMR / MPA after a place is the administration only as it acts (review F9): antimicrobial resistance is no body', () => {
    const none = ['The Shanghai AMR surveillance network reported that resistance rose.', 'Guangdong AMR data show resistance falling.'];
    expect(none.flatMap((t) => of(x('a.txt', t), 'Agency'))).toEqual([]);
    expect(of(x('b.txt', 'The Shanghai MPA approved the trial.'), 'Agency').map((e) => e.id)).toEqual(['agency:cn-sh/medical-products']);
  });
  it('no post, no person: "A report of the X Commission Wang Jun cited", "Lawyers of X-based Y said"; "Strategic Partners" is no firm', () => {
    expect(of(x('c.txt', 'The company works with Strategic Partners on funding.'), 'Organization')).toEqual([]);
    expect(of(x('a.txt', 'A report of the Beijing Municipal Health Commission Wang Jun cited was published.'), 'Person')).toEqual([]);
    const b = x('b.txt', 'Lawyers of Beijing-based Hanwei Law Firm said the ruling sets a precedent.');
    expect([of(b, 'Person'), of(b, 'Organization').map((o) => o.name)]).toEqual([[], ['Hanwei Law Firm']]);
  });
});

describe('a contact line: unit, name, phone (ENTITIES, session 15: batches AD h266, AE h267, AG h284)', () => {
  // Class: 联系人：<unit> <post>? <name> <phone>, read from a file (the reader kept no such line before: it took it for
  // the site's contact furniture), in Simplified and Traditional, with spaces, a comma or brackets before the phone.
  const page = (title: string, contact: string): string =>
    `${title}\n\n各有关单位：\n\n为规范细胞治疗临床研究和转化应用管理，保障受试者权益，现就有关事项通知如下。\n\n一、请各单位按照要求开展自查，并于规定时间内报送自查报告。\n\n二、请各单位明确专人负责，确保工作落实到位。\n\n${contact}\n\n2026年10月16日\n`;
  const fromFile = async (text: string): Promise<DocumentFacts> => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contact-'));
    const f = path.join(dir, 'notice.txt');
    fs.writeFileSync(f, text);
    return extractFile(f);
  };
  it.each([
    ['甘肃省药品监督管理局关于开展试点工作的通知', '联系人：省局药品生产监督管理处　马晓东　0931-1234567', 'Ma Xiaodong', '省局药品生产监督管理处'],
    ['广西壮族自治区卫生健康委员会关于公布备案机构的通知', '联系人：科技教育处 韦立新，电话：0771-2800000', 'Wei Lixin', '科技教育处'],
    ['衛生福利部關於再生醫療查核之公告', '聯絡人：醫事司 科長 黃聖文　電話：(02)8590-6000', 'Huang Shengwen', 'Department of Medical Affairs (MOHW, Taiwan)'],
    ['海关总署关于加强生物材料检疫的公告', '联系人：卫生检疫司　刘晓峰（电话：010-12345678）', 'Liu Xiaofeng', '卫生检疫司'],
  ])('%s / %s', async (title, contact, person, unit) => {
    const d = await fromFile(page(title, contact));
    const p = of(d, 'Person').find((e) => e.name === person)!;
    expect(rels(d, 'MEMBER_OF', p.id).map((r) => d.entities.find((e) => e.id === r.to)?.name)).toEqual([unit]);
  });
  it('a unit and a phone with no name, or a surname with 工, is no person', async () => {
    const a = await fromFile(page('浙江省卫生健康委员会关于开展检查的通知', '联系人：医政处，电话：0571-1234567'));
    const b = await fromFile(page('湖北省药品监督管理局关于开展检查的通知', '联系人：张工　电话：027-1234567'));
    expect([...of(a, 'Person'), ...of(b, 'Person')]).toEqual([]);
  });
});

describe('local CPPCC committees named with their term, democratic parties\' local committees (ENTITIES, session 15: batch AF h276, LAYOUT\'s request)', () => {
  // Class: 政协/中国人民政治协商会议 + place + (第N届) + 委员会 is the place's CPPCC committee, never the national CPPCC.
  it.each([
    ['政协厦门市第十四届委员会第五次会议\n提案\n案由：关于支持细胞治疗的提案', 'agency:cn-350200/cppcc-committee'],
    ['政协杭州市委员会办公厅印发了工作要点。', 'agency:cn-330100/cppcc-committee'],
    ['中国人民政治协商会议广东省第十三届委员会第二次会议于昨日闭幕。', 'agency:cn-gd/cppcc-committee'],
    ['政协深圳市南山区委员会召开常委会议。', 'agency:cn-440305/cppcc-committee'],
  ])('%s', (text, id) => {
    const ids = of(x('a.txt', text), 'Agency').map((e) => e.id);
    expect(ids).not.toContain('agency:cn/cppcc');
    expect(ids).toContain(id);
  });
  it('the national committee with its term stays national', () => {
    expect(of(x('a.txt', '政协第十四届全国委员会第二次会议在北京开幕。'), 'Agency').map((e) => e.id)).toEqual(['agency:cn/cppcc/national-committee']);
  });
  // Class: a democratic party (full or short name) + place + 委员会/委: that party's committee of the place.
  it.each([
    ['提案人：民建厦门市委员会', 'agency:cn-350200/cndca-committee', 'Xiamen Municipal Committee of the China National Democratic Construction Association'],
    ['农工党广东省委员会提交了集体提案。', 'agency:cn-gd/ngd-committee', "Guangdong Provincial Committee of the Chinese Peasants' and Workers' Democratic Party"],
    ['九三学社上海市委在会上发言。', 'agency:cn-sh/jiusan-committee', 'Shanghai Municipal Committee of the Jiusan Society'],
    ['民进苏州市委员会提出建议。', 'agency:cn-320500/cape-committee', 'Suzhou Municipal Committee of the China Association for Promoting Democracy'],
    ['The Xiamen Municipal Committee of the China National Democratic Construction Association submitted it.', 'agency:cn-350200/cndca-committee', 'Xiamen Municipal Committee of the China National Democratic Construction Association'],
  ])('%s', (text, id, name) => {
    expect(of(x('a.txt', text), 'Agency').map((e) => [e.id, e.name])).toContainEqual([id, name]);
  });
  it('no party committee: 民建 alone, 市委 of the CPC, 委托', () => {
    const ids = of(x('a.txt', '民建会员积极参与。厦门市委书记出席。民盟厦门市委托律师处理。'), 'Agency').map((e) => e.id);
    expect(ids.filter((i) => /-committee$/.test(i) && !/cpc|party/.test(i))).toEqual([]);
  });
});

describe('Chinese posts after the name: brackets of several posts, appointments, the body before the name (ENTITIES, session 15: AF h276, persons matrix)', () => {
  const memberOf = (text: string, person: string): string[] => {
    const d = x('a.txt', text);
    const p = of(d, 'Person').find((e) => e.aliases.includes(person) || e.nameZh === person);
    return p ? rels(d, 'MEMBER_OF', p.id).map((r) => r.to).sort() : ['no person'];
  };
  // Class: Y（post, post…）/ Y教授（body post）: each post in the bracket, a courtesy title allowed before it.
  it.each([
    ['联系人：林晓燕（区政协委员，福建医科大学附属协和医院血液科主任医师）', '林晓燕', ['org:fu-jian-yi-ke-da-xue-fu-shu-xie-he-yi-yuan']],
    ['陈明教授（南京鼓楼医院血液科主任）介绍了病例。', '陈明', ['org:nan-jing-gu-lou-yi-yuan']],
    ['张华（北京大学人民医院血液科主任、北京大学血液病研究所所长）作了报告。', '张华', ['org:bei-jing-da-xue-ren-min-yi-yuan', 'org:bei-jing-da-xue-xue-ye-bing-yan-jiu-suo']],
  ])('%s', (text, person, bodies) => {
    expect(memberOf(text, person)).toEqual(expect.arrayContaining(bodies));
  });
  // Class: 任命/选举 Y 为 <body><post>, Y 为 <body><post>: the appointed post.
  it.each([
    ['市政府决定，任命王军为北京市药品监督管理局局长。', '王军', ['agency:cn-bj/medical-products']],
    ['会议选举李华为上海市卫生健康委员会主任。', '李华', ['agency:cn-sh/health-commission']],
    ['王军为北京市药品监督管理局局长，分管审评工作。', '王军', ['agency:cn-bj/medical-products']],
  ])('%s', (text, person, bodies) => {
    expect(memberOf(text, person)).toEqual(bodies);
  });
  // Class: <body><name><post>: the post right after the name, its body right before.
  it.each([
    ['北京协和医院张抒扬院长表示，医院将开设病房。', '张抒扬', ['org:pumch']],
    ['国家药监局徐景和副局长指出，审评将提速。', '徐景和', ['agency:cn/nmpa']],
    ['上海市卫生健康委员会李明主任介绍了情况。', '李明', ['agency:cn-sh/health-commission']],
  ])('%s', (text, person, bodies) => {
    expect(memberOf(text, person)).toEqual(bodies);
  });
  it('no person or no post: a body thanking a named head, 对于有代表, 党组书记, 首席助理秘书长（卫生）, 中华为', () => {
    expect(memberOf('北京协和医院感谢张抒扬院长的支持。', '张抒扬')).toEqual([]);
    const none = ['对于有代表提出的建议，我们认真研究。', '省药监局党组书记、局长谢湘勇出席。', '首席助理秘书长（卫生）出席会议。', '中华为本地药企提供支持。'];
    expect(none.flatMap((t) => of(x('a.txt', t), 'Person').map((p) => p.nameZh ?? p.aliases[0])).filter((n) => n !== '谢湘勇')).toEqual([]);
  });
});

describe('a contacts block of "Name, Post, City" lines (ENTITIES, session 15: batch AG h288, AD h263)', () => {
  // Class: lines of only a name, a post of the one list and an office city, under a contacts heading, the firm named
  // above or below the block: each person is of the page's firm.
  const firmOf = (text: string): string[][] => {
    const d = x('a.txt', text);
    return rels(d, 'MEMBER_OF').map((r) => [d.entities.find((e) => e.id === r.from)!.name, d.entities.find((e) => e.id === r.to)!.name]);
  };
  it.each([
    ['Client alert\nThe new rules take effect on 1 March.\nContacts\nHelen Ma, Partner, Beijing\nDaniel Okoro, Counsel, Hong Kong\nKestrel Lowe LLP', [['Helen Ma', 'Kestrel Lowe LLP'], ['Daniel Okoro', 'Kestrel Lowe LLP']]],
    ['Ruiheng Partners LLP\nClient Alert\nThe measures apply from June.\nKey contacts\nMaria Lopez, Senior Associate\nTom Hale, Partner, Shanghai', [['Maria Lopez', 'Ruiheng Partners LLP'], ['Tom Hale', 'Ruiheng Partners LLP']]],
    ['Meridian Advisory Co., Ltd.\nRegulatory briefing\nThe catalogue widens market access.\nWang Lei, Managing Director, Shanghai', [['Wang Lei', 'Meridian Advisory Co., Ltd.']]],
  ])('%s', (text, pairs) => {
    expect(firmOf(text)).toEqual(pairs);
  });
  it('a sentence with a name and a post is no contact line', () => {
    expect(firmOf('Kestrel Lowe LLP\nTom Hale, Partner, said the firm would appeal.')).toEqual([]);
  });
});

describe('a byline after its date field; a firm named "X & Partners" (ENTITIES, session 15: batch AH h297)', () => {
  // Class: "<date> | Authors: A (Post) and B (Post), Firm, Office" / "<date> | By A, Post, Firm": the authors are of the firm.
  it.each([
    ['17 September 2026 | Authors: Grace Lin (Partner) and Tobias Weber (Associate), Harrow Lee & Partners, Shanghai Office', ['Grace Lin', 'Tobias Weber'], 'Harrow Lee & Partners'],
    ['March 3, 2026 | By Tom Hale, Partner, Ruiheng Partners LLP', ['Tom Hale'], 'Ruiheng Partners LLP'],
    ['By Anna Berg and Li Wei | May 4, 2026 | Lark & Partners', ['Anna Berg', 'Li Wei'], 'Lark & Partners'],
  ])('%s', (text, persons, firm) => {
    const d = x('a.txt', text);
    const of2 = rels(d, 'MEMBER_OF').map((r) => [d.entities.find((e) => e.id === r.from)!.name, d.entities.find((e) => e.id === r.to)!.name]);
    expect(of2.sort()).toEqual(persons.map((p) => [p, firm]).sort());
  });
  it('a date field before a sentence opening with "By" is no byline', () => {
    expect(of(x('a.txt', 'May 4, 2026 | By March 2027, the city will open three centres.'), 'Person')).toEqual([]);
  });
});

describe('a 解读 page\'s interpreter, reviewer or writer with the unit (ENTITIES, session 15: batch AH h291, LAYOUT\'s request)', () => {
  // Class: 解读人/审核人/撰稿人：<unit> <name>: as a contact line, the person of the unit of the page's body.
  it.each([
    ['青岛市卫生健康委员会关于细胞治疗管理办法的政策解读\n一、起草背景。为规范管理，制定本办法。\n解读人：医政医管处　王立新', '王立新', '医政医管处'],
    ['江苏省药品监督管理局关于药品注册管理的解读\n为加强注册管理，现解读如下。\n审核人：药品注册处 刘洋', '刘洋', '药品注册处'],
  ])('%s', (text, person, unit) => {
    const d = x('a.txt', text);
    const p = of(d, 'Person').find((e) => e.aliases.includes(person))!;
    expect(rels(d, 'MEMBER_OF', p.id).map((r) => d.entities.find((e) => e.id === r.to)?.name)).toEqual([unit]);
  });
  it('a body alone after the label is no person', () => {
    expect(of(x('a.txt', '广州市卫生健康委员会关于细胞治疗的政策解读\n为推动产业发展，现解读如下。\n解读人：广州市卫生健康委员会'), 'Person')).toEqual([]);
  });
});

describe('contacts listed with their posts in brackets (ENTITIES, session 15: review F15, the AG h288 / AH h297 firm class)', () => {
  // Class: "Contacts: A (Post, City); B (Post)" / "… A (Post) and B (Post, City)": each person of the page's firm.
  it.each([
    ['Ruiheng Partners LLP\nKey contacts: Chen Yu (Partner, Beijing); David Ross (Senior Associate, Hong Kong)', [['Chen Yu', 'Ruiheng Partners LLP'], ['David Ross', 'Ruiheng Partners LLP']]],
    ['Meridian Advisory Co., Ltd.\nContacts: Wang Lei (Managing Director) and Anna Berg (Senior Manager, Shanghai)', [['Anna Berg', 'Meridian Advisory Co., Ltd.'], ['Wang Lei', 'Meridian Advisory Co., Ltd.']]],
  ])('%s', (text, pairs) => {
    const d = x('a.txt', text);
    expect(rels(d, 'MEMBER_OF').map((r) => [d.entities.find((e) => e.id === r.from)!.name, d.entities.find((e) => e.id === r.to)!.name]).sort()).toEqual(pairs);
  });
  it('no firm on the page, no membership; a bracket without a post is no contact', () => {
    expect(rels(x('a.txt', 'Contacts: Chen Yu (Partner, Beijing)'), 'MEMBER_OF')).toEqual([]);
    expect(of(x('b.txt', 'Ruiheng Partners LLP\nContacts: Chen Yu (Beijing)'), 'Person')).toEqual([]);
  });
});

describe('a Hong Kong name of an English given name and a hyphenated Chinese one after a head post (ENTITIES, session 15: persons matrix)', () => {
  // Class: "Director of Health Ronald Lam Man-kin", "Secretary for Health Lo Chung-mau": the whole name, the body its post heads.
  it.each([
    ['Director of Health Ronald Lam Man-kin said the department had received 30 applications.', 'Ronald Lam Man-kin', 'agency:cn-hk/department-of-health'],
    ['Director of Health Dr Ronald Lam Man-kin, said the rules apply.', 'Ronald Lam Man-kin', 'agency:cn-hk/department-of-health'],
    ['Secretary for Health Lo Chung-mau and Director of Health Ronald Lam Man-kin attended.', 'Ronald Lam Man-kin', 'agency:cn-hk/department-of-health'],
  ])('%s', (text, person, body) => {
    const d = x('a.txt', text);
    const p = of(d, 'Person').find((e) => e.name === person)!;
    expect(rels(d, 'MEMBER_OF', p.id).map((r) => r.to)).toEqual([body]);
  });
});

// ENTITIES, session 16 (batch AI h302-h306 and their classes). The page's script as the reader detects it (Traditional
// arrives converted); a person is found by any name it goes by.
const xs = (text: string): DocumentFacts => extractText({ ...doc('a.txt', text), language: detectLanguage(text) });
const personCalled = (d: DocumentFacts, name: string) => of(d, 'Person').find((e) => [e.name, e.nameZh, ...e.aliases].includes(name));
const memberOf = (d: DocumentFacts, person: string): string[] => {
  const p = personCalled(d, person);
  return p ? rels(d, 'MEMBER_OF', p.id).map((r) => d.entities.find((e) => e.id === r.to)?.name ?? r.to) : [];
};

describe('a sentence adverb is no part of the name it opens a clause before (ENTITIES, session 16: AI h306)', () => {
  // Class: "Meanwhile X Hospital will …", "However Y Co., Ltd. said": the adverb is cut, the organisation kept.
  it.each([
    ['Meanwhile Qingdao Municipal Hospital will open a ward for the trial.', 'Qingdao Municipal Hospital'],
    ['However Nanjing Drum Tower Hospital declined to comment on the case.', 'Nanjing Drum Tower Hospital'],
    ['Separately Hengrui Pharmaceuticals Co., Ltd. said it had filed an application.', 'Hengrui Pharmaceuticals Co., Ltd.'],
    ['Additionally Zhejiang University will host the shared database.', 'Zhejiang University'],
  ])('%s', (text, org) => {
    expect(of(xs(text), 'Organization').map((e) => e.name)).toEqual([org]);
  });
  it('an adverb before "the hospital" names no organisation', () => {
    expect(of(xs('Meanwhile the hospital said it would comply.'), 'Organization')).toEqual([]);
  });
});

describe('a clinic is an organisation by its head word, 诊所 / 門診部 / Clinic (ENTITIES, session 16: AI h303)', () => {
  // Class: a clinic's name, quoted or led by its place, in Traditional, Simplified or English.
  it.each([
    ['這家位於板橋區的「晴光皮膚科診所」遭衛生局裁罰。', '晴光皮肤科诊所'],
    ['深圳市南山区美研医疗美容诊所因违规开展干细胞回输被罚款。', '深圳市南山区美研医疗美容诊所'],
    ['Regen Aesthetic Clinic in Kowloon was fined HK$50,000 for the injections.', 'Regen Aesthetic Clinic'],
    ['廣州市越秀區康寧門診部被責令停止執業。', '广州市越秀区康宁门诊部'],
  ])('%s', (text, org) => {
    expect(of(xs(text), 'Organization').map((e) => e.name)).toEqual([org]);
  });
  it('a kind of clinic (its place and kind alone, 私人, 医美) names none', () => {
    for (const text of ['宣稱回春　桃園診所違規施打遭罰50萬', '部分產品以「韓國醫美診所同款」作招徠。', '该诊所已被责令停业，一家私人诊所也被查处。']) {
      expect(of(xs(text), 'Organization')).toEqual([]);
    }
  });
});

describe('a machine translation\'s "Comrade X" is a person (ENTITIES, session 16: AI h305)', () => {
  // Class: X同志 rendered "Comrade X", before a verb, after "According to", with a broken verb after it.
  it.each([
    ['Comrade Zhang Hongmei introduced that the pilot covers five hospitals.', 'Zhang Hongmei'],
    ['According to Comrade Li Wenjun, the plan will be carried out in two stages.', 'Li Wenjun'],
    ['The head of the bureau\'s medical section, Comrade Gao Yanan introduction, the program follows the rules.', 'Gao Yanan'],
  ])('%s', (text, person) => {
    const d = xs(text);
    expect(of(d, 'Person').map((e) => e.name)).toEqual([person]);
    expect(of(d, 'Region')).toEqual([]);
  });
  it('"Comrades from the bureau" names nobody', () => {
    expect(of(xs('Comrades from the bureau attended the meeting.'), 'Person')).toEqual([]);
  });
});

describe('an agency named without its place after the page named it in full, with a post and a name (ENTITIES, session 16: AI h303)', () => {
  // Class: 桃园市政府卫生局 … 卫生局长X / 卫生局医事管理科科长Y: the page's agency (and its unit), in any script and level.
  it.each([
    ['臺中市政府衛生局今天表示將加強稽查。衛生局長曾文德呼籲民眾勿輕信廣告。', '曾文德', ['Taichung Municipal Health Commission']],
    ['新北市政府衛生局昨日公布結果。衛生局副局長林雅惠說，業者已被裁罰。', '林雅惠', ['New Taipei Municipal Health Commission']],
    ['高雄市政府衛生局今日公布。衛生局食品衛生科科長李明宏表示，產品已下架。', '李明宏', ['Kaohsiung Municipal Health Commission', '食品卫生科']],
    ['浙江省药品监督管理局发布公告。药品监督管理局药品注册处处长张华介绍，审评将提速。', '张华', ['Zhejiang Provincial Medical Products Administration', '药品注册处']],
  ])('%s', (text, person, bodies) => {
    expect(memberOf(xs(text), person).sort()).toEqual([...bodies].sort());
  });
  it('another level\'s body (省卫生局) or two cities\' bureaus: no seat in the page\'s', () => {
    expect(memberOf(xs('台中市政府卫生局今日公布。省卫生局长王大明表示，将配合调查。'), '王大明')).toEqual([]);
    expect(memberOf(xs('台北市政府卫生局与新北市政府卫生局联合稽查。卫生局长王大明表示，将加强管理。'), '王大明')).toEqual([]);
  });
});

describe('a unit of the body the page named, then a post and a name, in English (ENTITIES, session 16: AI h304)', () => {
  // Class: "Department of Medical Affairs Director-General X", "Its Department of Y Director Z": an agency's unit is an
  // agency PART_OF it; a hospital's department stands for the hospital.
  it.each([
    ['The Ministry of Health and Welfare said on Monday it would review the rules. Department of Nursing and Health Care Director-General Huang Shu-fen said at a briefing that nurses would be trained first.', 'Huang Shu-fen', 'Department of Nursing and Health Care', 'Ministry of Health and Welfare (Taiwan)'],
    ['The National Health Commission held a briefing. Its Department of Science and Education Director Wang Jun said the plan was ready.', 'Wang Jun', 'Department of Science and Education', 'National Health Commission'],
    ['The Shanghai Municipal Health Commission said on Monday that the Department of Medical Administration director Zhou Lin would lead the team.', 'Zhou Lin', 'Department of Medical Administration', 'Shanghai Municipal Health Commission'],
  ])('%s', (text, person, unit, parent) => {
    const d = xs(text);
    expect(memberOf(d, person)).toEqual([unit]);
    const u = of(d, 'Agency').find((e) => e.name === unit)!;
    expect(rels(d, 'PART_OF', u.id).map((r) => d.entities.find((e) => e.id === r.to)?.name)).toEqual([parent]);
  });
  it('a hospital\'s department: the hospital; no body on the page: no seat', () => {
    expect(memberOf(xs('Shenzhen People\'s Hospital joined the pilot. Its Department of Hematology Director Li Ming said 20 patients were enrolled.'), 'Li Ming')).toEqual(['Shenzhen People\'s Hospital']);
    const d = xs('Department of Nursing and Health Care Director-General Huang Shu-fen said at a briefing that nurses would be trained first.');
    expect(memberOf(d, 'Huang Shu-fen')).toEqual([]);
    expect(of(d, 'Agency')).toEqual([]);
  });
});

describe('"the city\'s" or "the province\'s" body is the one of the place in context, and its head (ENTITIES, session 16: AI h306)', () => {
  // Class: 市科技局 in English news: "The city's science and technology bureau chief, X, said".
  it.each([
    ['Yantai issued 16 measures on Monday. The city\'s science and technology bureau chief, Liu Haitao, said the package covers research.', 'Yantai Municipal Science and Technology Bureau', 'Liu Haitao'],
    ['Hangzhou unveiled the plan on Friday. The city\'s health commission director, Wang Jun, said 12 hospitals would take part.', 'Hangzhou Municipal Health Commission', 'Wang Jun'],
    ['Guangdong released its measures. The province\'s medical products administration chief, Zhao Lei, said inspections would double.', 'Guangdong Provincial Medical Products Administration', 'Zhao Lei'],
  ])('%s', (text, body, person) => {
    const d = xs(text);
    expect(of(d, 'Agency').map((e) => e.name)).toContain(body);
    expect(memberOf(d, person)).toEqual([body]);
  });
  it('no city in context: no body', () => {
    expect(of(xs('Guangdong released its measures. The city\'s health commission said it would comply.'), 'Agency')).toEqual([]);
  });
});

describe('a post and its body in brackets after a name; "chief X officer of" after a Western name (ENTITIES, session 16: persons matrix)', () => {
  // Class: "Name (post, Body)", "Name, chief medical officer at Company": the person and the seat.
  it.each([
    ['Huang Min (director, Sichuan Provincial Health Commission) presented the plan.', 'Huang Min', 'Sichuan Provincial Health Commission'],
    ['Li Na (deputy director, Zhejiang Provincial Drug Administration) answered questions.', 'Li Na', 'Zhejiang Provincial Medical Products Administration'],
    ['The panel included Chen Bo (professor, Fudan University) and others.', 'Chen Bo', 'Fudan University'],
    ['John Carter, chief executive officer of Norwood Therapeutics Inc., said enrolment was complete.', 'John Carter', 'Norwood Therapeutics Inc.'],
    ['Maria Lopez, chief medical officer at Veltris Bio, said the data were strong.', 'Maria Lopez', 'Veltris Bio'],
    ['Peter Hall, the chief scientific officer of Arden Therapeutics, told investors the trial had ended.', 'Peter Hall', 'Arden Therapeutics'],
  ])('%s', (text, person, body) => {
    expect(memberOf(xs(text), person)).toEqual([body]);
  });
  it('a year in brackets, a post with no name, a post inside a title: no person', () => {
    for (const text of ['Wang Lei (2019) argued the opposite.', 'Chief Executive Officer of Norwood Therapeutics said the trial had ended.', 'Dr. Raymond Hu, Chief Medical Officer, added that dosing starts soon. Chief Scientific Officer Anna Berg agreed.']) {
      expect(of(xs(text), 'Person').map((e) => e.name).filter((n) => /Lei|Officer|Medical|Scientific/.test(n))).toEqual([]);
    }
  });
});

describe('a teacher in a faculty\'s department, a clinician in a hospital\'s unit: the faculty or hospital too (ENTITIES, session 16: AI h302, AJ h311)', () => {
  // Class: 港大李嘉誠醫學院X學系臨床教授Y, X醫院細胞治療中心主任Y, 医院血液科主任: the institution the unit is of is a seat as well.
  it.each([
    ['香港大學李嘉誠醫學院內科學系臨床助理教授王思敏醫生指出，療程需時三個月。', '王思敏', 'Li Ka Shing Faculty of Medicine, The University of Hong Kong'],
    ['據南京鼓樓醫院幹細胞中心主任陳立群介紹，該中心今年完成二十例治療。', '陳立群', '南京鼓楼医院'],
    ['臺北榮民總醫院癌症研究中心主任何建民昨天指出，療程費用將逐步下降。', '何建民', 'Taipei Veterans General Hospital'],
    ['南京市第一医院干细胞研究所所长周立群介绍，项目已获备案。', '周立群', '南京市第一医院'],
  ])('%s', (text, person, body) => {
    const d = xs(text);
    expect(memberOf(d, person)).toContain(body);
    expect(memberOf(d, person)).toHaveLength(2);
  });
  it('the university inside a faculty is no seat; two posts in two bodies keep their own', () => {
    expect(memberOf(xs('香港大學李嘉誠醫學院內科學系臨床助理教授王思敏醫生指出，療程需時三個月。'), '王思敏')).not.toContain('University of Hong Kong');
    expect(memberOf(xs('北京大学医学部药理学系主任、北京大学干细胞研究中心主任李华教授表示，研究已进入临床。'), '李华').sort()).toEqual(['北京大学医学部药理学系', '北京大学干细胞研究中心']);
  });
});

describe('a wire dateline\'s year is the year of the page\'s first date with a month, not any year it names (ENTITIES, session 16: review F-dateline)', () => {
  // Class: "CITY, Month Day (Agency) --" with no year: a later "until 2028" or "the 2025 act" is no year of the page.
  it.each([
    ['SHANGHAI, March 3 (Xinhua) -- The city issued measures which run until 2028.\nPosted March 3, 2026', '2026-03-03'],
    ['BEIJING, May 20 (Reuters) - The rules, in force until 2030, were published on May 19, 2026.', '2026-05-20'],
    ['By Anna Lee\nApril 16, 20265:12 AM GMT+8\nHONG KONG, April 16 (Reuters) - The 2027 target stays.', '2026-04-16'],
    ['GUANGZHOU, June 2 (Reuters) - The province, which set a 2030 goal, filed 40 projects by March 2026.', '2026-06-02'],
  ])('%s', (text, date) => {
    expect(publishedDate(text)).toBe(date);
  });
  it('a dateline with only bare years on the page has no year', () => {
    expect(publishedDate('TAIPEI, Oct. 3 (CNA) -- The ministry said the 2025 act covers 12 techniques through 2029.')).toBeUndefined();
  });
});

describe('M5: a licence is any approval word whose object is a named product, any verb form (EXTRACT, session 17: AL h326, h329)', () => {
  // Class: a place before the body (獲中國國家藥監局批准), a reduced relative ("an IND cleared by the FDA", "X, approved by
  // the EMA, …"), a relative clause before the product (…批准上市的X注射液, 獲…批准註冊的「X」): the body issues a licence of X.
  it.each([
    ['本集團研發的KX-9（一種異體CAR-NK細胞注射液）已於2026年10月5日獲中國國家藥品監督管理局批准上市。', 'agency:cn/nmpa', 'KX-9'],
    ['Aurora Cell said the CDE has cleared the IND application for BX-17, whose US site opened under an IND cleared by the U.S. Food and Drug Administration in March 2026.', 'agency:us/fda', 'BX-17'],
    ['Velocel, approved by the European Medicines Agency in 2024, is now under review in Japan.', 'agency:eu/ema', 'Velocel'],
    ["The trial will run under QX-12's IND application, cleared by the Center for Drug Evaluation last May.", 'agency:cn/nmpa/cde', 'QX-12'],
    ['Patients will enrol in the Canadian arm of ZT-44 under a clinical trial application authorised by Health Canada in June 2026.', 'agency:ca/health-canada', 'ZT-44'],
    ['国家药监局于2025年3月批准上市的KX-9注射液已在12家医院使用。', 'agency:cn/nmpa', 'KX-9注射液'],
    ['該公司去年獲衞生署批准註冊的「康安寧」將於下月在港上市。', 'agency:cn-hk/department-of-health', '康安寧'], // (the page's script)
  ])('%s', (text, issuer, product) => {
    const d = xs(text);
    const issued = rels(d, 'ISSUED', issuer).map((r) => d.entities.find((e) => e.id === r.to)!);
    expect(issued.filter((e) => e.label === 'License' && e.name.includes(product))).toHaveLength(1);
  });
  it('a kind of product, a plan, a product with no name: no licence', () => {
    for (const text of ['It is the first CAR-T therapy approved by the FDA for lupus.', "The city's budget plan, cleared by the council in May 2026, adds funds for clinics.", 'Project SZ-2026-11, approved by the Shenzhen Municipal Health Commission in June, pays for two cell banks.', 'Grant No. KJ-88, approved by the Ministry of Science and Technology last year, ends in 2027.', '衞生署去年批准註冊的先進療法共有三款。', '立法會財務委員會昨日批准的「健康灣區」計劃將於明年推行。']) {
      expect(of(xs(text), 'License')).toEqual([]);
    }
  });
});

describe('M5: an approval notice received is a licence, in either English order; a quoted product is the subject of 已获…批准 (EXTRACT, session 17: AM h336, h334)', () => {
  // Class: "received the Notice of Approval for Drug Clinical Trial issued by X for CODE", "obtained a Notice of … Approval
  // from X", "the … Approval Notice issued by X"; 名为「X」…，已获Y批准在内地上市 (the product named as the sentence's subject).
  it.each([
    ['Last week Hexin Bio obtained a Notice of Approval for Drug Clinical Trial issued by the National Medical Products Administration for HX-21, its CAR-NK candidate.', 'agency:cn/nmpa', 'Notice of Approval for Drug Clinical Trial'],
    ['On 3 May 2026 the Company obtained a Notice of Drug Clinical Trial Approval from the NMPA for LX-22.', 'agency:cn/nmpa', 'LX-22'],
    ['The company said it had received the Drug Clinical Trial Approval Notice issued by the NMPA for QT-5.', 'agency:cn/nmpa', 'QT-5'],
    ['該療法名為「康瑞寧」（通用名：某某基奧侖賽注射液），為深圳一家藥企研發，早於2024年已獲國家藥品監督管理局批准於內地上市。', 'agency:cn/nmpa', '康瑞寧'],
    ['这款名为“康立宁”的干细胞药物由甲公司研发，今年3月获国家药监局附条件批准上市。', 'agency:cn/nmpa', '康立宁'],
  ])('%s', (text, issuer, product) => {
    const d = xs(text);
    const issued = rels(d, 'ISSUED', issuer).map((r) => d.entities.find((e) => e.id === r.to)!);
    expect(issued.filter((e) => e.label === 'License' && e.name.includes(product))).toHaveLength(1);
  });
  it('a notice approving cities, a reward for any certified drug, a quoted project: no licence', () => {
    for (const text of ['The NMPA issued the Notice of Approval of Pilot Cities for Cell Therapy Clinical Research on Monday.', 'A reward of 3 million yuan goes to any drug that has obtained a registration certificate issued by the NMPA this year.', '「智慧醫院」項目由丙公司承建，去年獲醫管局批准立項。']) {
      expect(of(xs(text), 'License')).toEqual([]);
    }
  });
});

describe('M4: 《X》由Y于<part of a month or year>印发 — a vague time between the agent and its verb (EXTRACT, session 17: AL h325)', () => {
  // Class: the passive 由 voice with 于11月下旬 / 于今年三季度 / 于2025年底 / 於今年上半年 after the body.
  it.each([
    ['《温州市细胞治疗临床研究管理办法》由温州市卫生健康委员会于11月下旬印发。', '温州市细胞治疗临床研究管理办法'],
    ['《安徽省细胞治疗产业发展实施方案》由安徽省卫生健康委员会于今年三季度印发，自印发之日起施行。', '安徽省细胞治疗产业发展实施方案'],
    ['《湖州市支持干细胞产业发展若干措施》已由湖州市人民政府办公室于2025年底正式发布。', '湖州市支持干细胞产业发展若干措施'],
    ['《臺中市再生醫療產業推動計畫》由臺中市政府衛生局於今年上半年公布。', '台中市再生医疗产业推动计划'],
  ])('%s', (text, title) => {
    const d = xs(text);
    const p = of(d, 'Policy').find((e) => e.name === title);
    expect(rels(d, 'ISSUED').filter((r) => r.to === p?.id)).toHaveLength(1);
  });
  it('a body named to interpret the text did not issue it', () => {
    expect(rels(xs('《温州市细胞治疗临床研究管理办法》由温州市卫生健康委员会于11月下旬负责解释。'), 'ISSUED')).toEqual([]);
  });
});

describe('R6: a negated or future issuing verb issues nothing, in either language (EXTRACT, session 17: review s16 R6)', () => {
  // Class: 尚未出台《X》, 仍未公布「X」, "never issued the X", "has not yet issued the X", 未来将出台《X》: no ISSUED.
  it.each([
    '国家卫生健康委员会目前尚未出台《干细胞临床研究收费管理办法》，各地暂按现行规定执行。',
    '衛生福利部至今仍未公布《再生醫療製劑管理條例施行細則》。',
    'The Guangdong Provincial Health Commission never issued the Measures on Stem Cell Clinics that were circulated online, it said on Monday.',
    'The National Health Commission has not yet issued the Rules for Cell Therapy Pricing.',
    '国家卫生健康委员会未来将出台《干细胞临床研究收费管理办法》。',
    // A clause of its own that only says it will (session 18, REVIEW R4): the body of the clause before plans the act.
    '国家卫生健康委在答复中表示，将于明年上半年印发《细胞治疗临床研究机构备案细则》。',
    '衛生福利部回應指出，下一步擬公布「細胞治療技術收費標準」。',
    '国家药监局有关负责人介绍，近期将出台《细胞制剂委托生产试点方案》，目前正在征求意见。',
  ])('%s', (text) => {
    expect(rels(xs(text), 'ISSUED')).toEqual([]);
  });
  it('a done act in a clause after the speaker is still issued', () => {
    for (const text of ['国家卫生健康委在答复中表示，已于今年3月印发《细胞治疗临床研究机构备案细则》。', '国家药监局有关负责人介绍，该局日前出台《细胞制剂委托生产试点方案》。']) {
      expect(rels(xs(text), 'ISSUED')).toHaveLength(1);
    }
  });
  it('an act done, with a negation elsewhere in the sentence, is still issued', () => {
    for (const text of ['国家卫生健康委员会于10月出台《干细胞临床研究收费管理办法》，未经备案的机构不得开展。', 'The National Health Commission on Monday issued the Rules for Cell Therapy Pricing, which hospitals not yet registered must follow.']) {
      expect(rels(xs(text), 'ISSUED').map((r) => r.from)).toEqual(['agency:cn/nhc']);
    }
  });
});

describe('a verb, a time word or a kind noun glued before a name is no part of it (ENTITIES, session 17: M1, AL h327, AM h334, h335)', () => {
  // Class: 核准X醫院, 取得X公司, 藥企X有限公司, 企业X有限公司, 日前核准…: the word before the name is cut, the organisation kept.
  it.each([
    ['衛生福利部日前核准嘉義陽明醫院執行自體免疫細胞治療計畫。', '嘉义阳明医院'],
    ['由總部位於蘇州的藥企康諾生物製藥有限公司研發。', '康诺生物制药有限公司'],
    ['省药监局向本市企业康达生物科技有限公司核发了许可证。', '康达生物科技有限公司'],
    ['该院日前取得华东医药股份有限公司的授权。', '华东医药股份有限公司'],
    ['Its rival, the U.S.-based Kite Pharma, won FDA approval for a similar therapy in 2023.', 'Kite Pharma'],
  ])('%s', (text, org) => {
    expect(of(xs(text), 'Organization').map((e) => e.name)).toEqual([org]);
  });
  it('a kind of company after the verb (取得生技醫藥公司審定) names none', () => {
    expect(of(xs('申請業者須為依條例取得生技醫藥公司審定者。'), 'Organization')).toEqual([]);
  });
});

describe('a unit named right after a local body, the body named without its place (ENTITIES, session 17: M6, AL h330, AM h333)', () => {
  // Class: 省药监局药品生产监管处, 省药品监督管理局第三检查分局, 市卫健委医政科: the unit PART_OF the body of the page's province or city.
  it.each([
    ['湖南省药品监督管理局\n企业可向省药监局药品生产监管处反馈意见。', '药品生产监管处', 'agency:cn-hn/'],
    ['浙江省药品监督管理局通告\n上述企业的整改情况，由省药品监督管理局第二检查分局负责跟踪核查。', '第二检查分局', 'agency:cn-zj/'],
    ['宜昌市卫生健康委员会召开会议。\n会议由市卫健委医政医管科主持。', '医政医管科', 'agency:cn-420500/'],
  ])('%s', (text, unit, parentPrefix) => {
    const d = xs(text);
    const u = of(d, 'Agency').find((e) => e.name === unit);
    expect(u).toBeDefined();
    expect(rels(d, 'PART_OF', u!.id).map((r) => r.to).some((id) => id.startsWith(parentPrefix))).toBe(true);
  });
  it('the province\'s body after 纳入 / 得到: the body of the province in context', () => {
    for (const text of ['湖北日报讯 这是湖北省内第二个出台政策的城市。\n两家医院将争取纳入省卫生健康委推荐名单。', '湖北日报讯 这是湖北省内第二个出台政策的城市。\n项目已得到省卫生健康委支持。']) {
      expect(of(xs(text), 'Agency').map((e) => e.id)).toContain('agency:cn-hb/health-commission');
    }
  });
  it('查处, 处理 after the body are verbs, no unit', () => {
    const d = xs('湖南省药品监督管理局\n省药监局依法查处了违法行为，并由省药监局处理投诉。');
    expect(of(d, 'Agency').map((e) => e.name).filter((n) => /处$/.test(n))).toEqual([]);
  });
});

describe('a park named by its place and field before 园区 is a region (ENTITIES, session 17: M7, AL h327)', () => {
  // Class: 新竹生醫園區, 南港生技園區, 苏州生物医药园区, 台南科学园区 — known place or not, after 在/入驻/、.
  it.each([
    ['經濟部已在新竹生醫園區、南港生技園區輔導業者設立細胞製備場所。', ['新竹生医园区', '南港生技园区']],
    ['该公司已入驻苏州生物医药园区，并在台南科学园区设立研发中心。', ['苏州生物医药园区', '台南科学园区']],
    ['項目將落戶竹北生醫園區。', ['竹北生医园区']],
  ])('%s', (text, parks) => {
    expect(of(xs(text), 'Region').map((e) => e.name).filter((n) => /园区$/.test(n))).toEqual(parks);
  });
  it('a kind of park alone (工业园区, 在园区内) names none', () => {
    expect(of(xs('工业园区和科技园区建设将加快，在园区内设立服务站。'), 'Region')).toEqual([]);
  });
});

describe('M4: a body that explains, studies or carries out a text someone issued did not issue it (EXTRACT, session 17: AL h325)', () => {
  // Class: X召开新闻发布会，解读近日出台的《Y》; 学习贯彻日前印发的《Y》; 介紹近期公布的「Y」: the clause's own act is on a text
  // whose issuer the relative clause does not name.
  it.each([
    '12月3日，成都市政府新闻办召开新闻发布会，解读近日出台的《成都市细胞治疗产业发展若干措施》。',
    '市卫健委昨日召开座谈会，学习贯彻日前印发的《关于加快细胞治疗发展的若干措施》。',
    '臺北市政府衛生局昨日召開記者會，介紹近期公布的「臺北市再生醫療管理自治條例」。',
  ])('%s', (text) => {
    expect(rels(xs(text), 'ISSUED')).toEqual([]);
  });
  it('a body before the relative verb, or a body that issued it, still issues', () => {
    expect(rels(xs('宜昌市政府近日出台了《宜昌市支持细胞治疗产业发展十条措施》。'), 'ISSUED')).toHaveLength(1);
    expect(rels(xs('12月3日，成都市人民政府近日印发的《成都市细胞治疗产业发展若干措施》明确了支持方向。'), 'ISSUED')).toHaveLength(1);
  });
});

describe('M4: a text named again by its kind word and issuers, with no text of that kind before, is named by the phrase (lead, session 17: AN h346, AO h347)', () => {
  // Class: "The 12 measures, released jointly by A and B, …", "The pilot program, unveiled on Oct 30 by A, …", "These
  // three-year plans, issued by A, …": the lead described the text without naming it; the aside after the kind word names
  // its issuers. With a titled text of that kind before, the aside is about it (one policy, not two).
  const lead = 'Ningbo backs cell therapy makers\n\nNINGBO, Nov. 3 -- Ningbo has rolled out support for companies developing cell therapies, officials said on Monday.\n\n';
  it.each([
    ['The 12 measures, released jointly by the Ningbo Municipal Health Commission and the Ningbo Municipal Bureau of Science and Technology, offer grants of up to 3 million yuan.', '12 measures', ['agency:cn-330200/health-commission', 'agency:cn-330200/science-technology']],
    ['The pilot program, unveiled on Oct 30 by the Zhejiang Provincial Health Commission, covers immune cell products.', 'pilot program', ['agency:cn-zj/health-commission']],
    ['The three-year plan, which was issued by the Ningbo Municipal People\'s Government, sets a target of 50 trials.', 'three-year plan', ['agency:cn-330200/government']],
  ])('%s', (sentence, name, issuers) => {
    const d = extractText({ ...doc('n.txt', `${lead}${sentence}`), language: 'en' });
    const p = of(d, 'Policy').find((e) => e.name === name);
    expect(p, of(d, 'Policy').map((e) => e.name).join(' | ')).toBeDefined();
    expect(rels(d, 'ISSUED').filter((r) => r.to === p!.id).map((r) => r.from).sort()).toEqual([...issuers].sort());
  });
  it('a titled text of that kind named before stays the one policy; a kind word that is no text names none', () => {
    const titled = extractText({ ...doc('t.txt', 'Shenzhen issues cell therapy rules\n\nThe Shenzhen Municipal Health Commission issued the Measures for the Filing of Cell Therapy Clinical Research on Monday.\n\nThe measures, jointly issued by the Shenzhen Municipal Health Commission and the Shenzhen Administration for Market Regulation, take effect on Dec 1.'), language: 'en' });
    expect(of(titled, 'Policy').map((e) => e.name)).toEqual(['Measures for the Filing of Cell Therapy Clinical Research']);
    const none = extractText({ ...doc('h.txt', 'Clinic fined\n\nA clinic in Wuhan was fined 200,000 yuan.\n\nThe pilot hospitals, chosen by the Wuhan Municipal Health Commission, will be inspected next month.'), language: 'en' });
    expect(of(none, 'Policy')).toEqual([]);
  });
});

describe('M7: Taiwan\'s counties name hospitals and health bureaus; "Public Health Bureau" is a county\'s or city\'s (ENTITIES, session 18: AO h351, AK h319)', () => {
  // Class: a county (花蓮縣, 彰化縣 …) or its short name opens a hospital's name (花蓮慈濟醫院, 彰化基督教醫院) and names the
  // county's health bureau (花蓮縣衛生局, "Hualien County Public Health Bureau"); a bureau's head after it is its member.
  const hant = (text: string): DocumentFacts => extractText({ ...doc('tw.txt', text), language: 'zh-Hant' });
  it.each([
    ['彰化縣衛生局局長葉文昌今天表示，縣內將加強稽查醫美診所。', 'agency:cn-tw-cha/health-commission', 'person:ye-wenchang'],
    ['屏東縣衛生局昨日公布稽查結果，屏東基督教醫院院長陳明義說明改善措施。', 'org:ping-dong-ji-du-jiao-yi-yuan', 'person:chen-mingyi'],
    ['宜蘭陳氏醫院與嘉義長庚紀念醫院共同執行細胞治療計畫，宜蘭陳氏醫院院長林志遠表示樂見其成。', 'org:yi-lan-chen-shi-yi-yuan', 'person:lin-zhiyuan'],
  ])('%s', (text, body, person) => {
    const d = hant(text);
    expect(d.entities.map((e) => e.id)).toContain(body);
    expect(rels(d, 'MEMBER_OF', person).map((r) => r.to)).toContain(body);
  });
  it('in English: "X County Public Health Bureau" is the county\'s, with its director; "X City Public Health Bureau" the city\'s', () => {
    const a = x('a.txt', 'Chu Chia-hsiang, director of the Hualien County Public Health Bureau, said the county welcomed the approval.');
    expect(rels(a, 'MEMBER_OF', 'person:chu-chia-hsiang').map((r) => r.to)).toEqual(['agency:cn-tw-hua/health-commission']);
    expect(of(x('b.txt', 'The Taichung City Public Health Bureau fined two clinics on Monday.'), 'Agency').map((e) => e.id)).toEqual(['agency:cn-tw-txg/health-commission']);
  });
  it('no hospital from a county alone; a county seat is a region (竹北)', () => {
    const d = hant('花蓮縣一名醫師表示，縣內病人期待新療法；竹北市一家生技公司也提出申請。');
    expect(of(d, 'Organization')).toEqual([]);
    expect(of(d, 'Region').map((e) => e.name)).toEqual(expect.arrayContaining(['Hualien', 'Zhubei']));
  });
});

describe('S5: a bare "Food and Drug Administration" is Taiwan\'s on a Taiwan page, the U.S. one on a page that never names Taiwan (ENTITIES, session 18: review s17 S5)', () => {
  // Class: a name that Taiwan's (Hong Kong's, Macao's) body shares with another place's body: the page's place chooses.
  it.each([
    'TAIPEI, Nov. 4 (CNA) -- Taiwan will let hospitals apply for the new review, Lin Pei-yu (林佩妤), deputy director-general of the Food and Drug Administration, said on Wednesday.',
    'The Food and Drug Administration yesterday said that six hospitals in Taichung and Kaohsiung had passed its inspection of cell preparation sites, adding that the Ministry of Health and Welfare would publish the list.',
    'Taiwan\'s health ministry has asked the Food and Drug Administration to draft review points for regenerative medicine products, officials in Taipei said.',
  ])('Taiwan: %s', (text) => {
    const ids = of(x('tw.txt', text), 'Agency').map((e) => e.id);
    expect(ids).toContain('agency:cn-tw/tfda');
    expect(ids).not.toContain('agency:us/fda');
  });
  it.each([
    'WASHINGTON (Reuters) - The Food and Drug Administration on Friday approved a gene therapy for sickle cell disease.',
    'Shanghai-based Corvel Bio said the Food and Drug Administration had cleared its IND application for a CAR-T therapy.',
  ])('elsewhere: %s', (text) => {
    const ids = of(x('us.txt', text), 'Agency').map((e) => e.id);
    expect(ids).toContain('agency:us/fda');
    expect(ids).not.toContain('agency:cn-tw/tfda');
  });
});

describe('M1: an association named head first ("Society of …", "Alliance for …") is one name, not its first words (ENTITIES, session 18: AN h339)', () => {
  it.each([
    ['Professor Wong Ka-ming, president of the Asian Society of Regenerative Medicine, said the rules were overdue.', 'Asian Society of Regenerative Medicine'],
    ['The Chinese Association of Cell Biology released a group standard for mesenchymal stem cells on Monday.', 'Chinese Association of Cell Biology'],
    ['The plan drew praise from the Alliance for Regenerative Medicine in a statement.', 'Alliance for Regenerative Medicine'],
    ['The Guangdong Federation of Biomedical Industries hosted the forum in Foshan.', 'Guangdong Federation of Biomedical Industries'],
  ])('%s', (text, name) => {
    expect(of(x('a.txt', text), 'Organization').map((e) => e.name)).toEqual([name]);
  });
  it('a lower-case society or a foundation named by its possessive alone: none', () => {
    expect(of(x('a.txt', 'The society for its part said nothing about the plans.'), 'Organization')).toEqual([]);
  });
});

describe('M2/M6: a unit of a local body named before "of" it (lower case too) is an agency PART_OF it; "an official with" it is its member (ENTITIES, session 18: AO h347, h352)', () => {
  const lead = 'GUIYANG -- Guizhou will open a cell therapy filing window next spring. ';
  it.each([
    [`${lead}The window stays open for a year, Qin Haoran, an official with the medical administration division of the provincial health commission, told reporters.`, 'agency:cn-gz/health-commission/medical-administration', 'person:qin-haoran'],
    ['Hunan will widen its filing rules. "Hospitals must report every batch," said Zhou Min, deputy head of the science and education division of the provincial health commission.', 'agency:cn-hn/health-commission/science-education', 'person:zhou-min'],
    ['Comments may be sent to the Drug Registration Division of the Sichuan Provincial Medical Products Administration, said Luo Jun, a senior official at the Drug Registration Division of the Sichuan Provincial Medical Products Administration.', 'agency:cn-sc/medical-products/drug-registration', 'person:luo-jun'],
  ])('%s', (text, unit, person) => {
    const d = x('u.txt', text);
    const parent = unit.replace(/\/[^/]+$/, '');
    expect(rels(d, 'PART_OF', unit).map((r) => r.to)).toEqual([parent]);
    expect(rels(d, 'MEMBER_OF', person).map((r) => r.to)).toContain(unit);
  });
  it('"the head of the department of …" or a general office: no unit of that kind', () => {
    const d = x('n.txt', `${lead}The head of the department of the provincial health commission said so.`);
    expect(d.entities.filter((e) => e.label === 'Agency' && e.id.split('/').length > 2)).toEqual([]);
  });
});

describe('M2: a body\'s post and the person in commas, in any order: possessive, "of", after the name (ENTITIES, session 18)', () => {
  it.each([
    ['Corvanta Therapeutics\' chief executive, Helen Marsh, said the company would file in 2027.', 'person:helen-marsh', 'org:corvanta-therapeutics'],
    ['Helen Marsh, Corvanta Therapeutics\' chief executive, said the company would file in 2027.', 'person:helen-marsh', 'org:corvanta-therapeutics'],
    ['The chief executive of Corvanta Therapeutics, Helen Marsh, said the company would file in 2027.', 'person:helen-marsh', 'org:corvanta-therapeutics'],
    ['The director of the Shenzhen Municipal Health Commission, Li Wei, said the rules take effect in March.', 'person:li-wei', 'agency:cn-440300/health-commission'],
    ['"Approval times should halve," said Dr. Owen Pritchard, a senior expert at Millbrook Regulatory Consulting.', 'person:owen-pritchard', 'org:millbrook-regulatory-consulting'],
  ])('%s', (text, person, body) => {
    expect(rels(x('p.txt', text), 'MEMBER_OF', person).map((r) => r.to)).toEqual([body]);
  });
  it('a place\'s official with no body, a company named after the post in another clause: no membership', () => {
    expect(rels(x('n.txt', 'Chen Yu, an official in the province, said the plan was welcome.'), 'MEMBER_OF')).toEqual([]);
    expect(rels(x('n.txt', 'The chief executive said on Monday, Helen Marsh recalled, that Corvanta Therapeutics would file.'), 'MEMBER_OF')).toEqual([]);
  });
});

describe('M4: a text named by its kind words after an active issuing verb — a count, a set, up to two words of its own, a description or a relative clause — is issued by the verb\'s subject (EXTRACT, session 18: AN h339, h344, AO h354)', () => {
  // Class: "A and B jointly issued a work plan that …", "X has released a notification on …", "X rolled out 12 measures
  // to …", "X issued a set of guidelines for …", "A and B released for public comment the draft Measures for …", and a
  // place as subject whose text the next sentence's aside gives issuers ("Y has issued a set of measures … The 15
  // measures, released jointly by A and B, …"). Gold and readers call such a text by these words.
  it.each([
    ['The Hubei Provincial Health Commission and the Hubei Provincial Medical Products Administration jointly issued a work plan that designates three Wuhan hospitals for cell therapy trials.', 'work plan', ['agency:cn-hb/health-commission', 'agency:cn-hb/medical-products']],
    ['In a step expected to reshape hospitals, the National Health Commission (NHC) has actually released a notification on further regulating stem cell clinical research in medical institutions, according to a statement on its website.', 'notification on further regulating stem cell clinical research in medical institutions', ['agency:cn/nhc']],
    ['The Chengdu Municipal Health Commission on Tuesday rolled out 12 measures to support gene therapy companies in the city.', '12 measures', ['agency:cn-510100/health-commission']],
    ['The Shanghai Municipal Medical Products Administration has issued a set of guidelines for the storage of cell therapy products, the agency said.', 'set of guidelines for the storage of cell therapy products', ['agency:cn-sh/medical-products']],
    ['On 3 March 2026, the NMPA and the NHC released for public comment the draft Measures for the Management of Cell Therapy Clinical Trials.', 'Measures for the Management of Cell Therapy Clinical Trials (Draft)', ['agency:cn/nhc', 'agency:cn/nmpa']],
    ['Wuxi has issued a set of measures to draw stem cell companies, officials said on Monday.\n\nThe 10 measures, released jointly by the Wuxi Municipal Health Commission and the Wuxi Municipal Bureau of Science and Technology, offer rent subsidies.', 'set of measures to draw stem cell companies', ['agency:cn-320200/health-commission', 'agency:cn-320200/science-technology']],
    // What the text does right after its kind word; whose it is after "from"; a relative clause without its pronoun.
    ['The National Health Commission on Thursday released a guideline laying out how hospitals should store donor cells.', 'guideline', ['agency:cn/nhc']],
    ['Hospitals must now follow a 2025 notice from the National Medical Products Administration that tightened labelling rules for cell products.', '2025 notice from the National Medical Products Administration', ['agency:cn/nmpa']],
    ['Clinics must register under a notice the Jiangsu Provincial Health Commission issued on Friday.', 'notice', ['agency:cn-js/health-commission']],
  ])('%s', (text, name, issuers) => {
    const d = extractText({ ...doc('k.txt', `Cell therapy news\n\n${text}`), language: 'en' });
    const p = of(d, 'Policy').find((e) => e.name === name);
    expect(p, of(d, 'Policy').map((e) => e.name).join(' | ')).toBeDefined();
    expect(rels(d, 'ISSUED').filter((r) => r.to === p!.id).map((r) => r.from).sort()).toEqual([...issuers].sort());
  });
  it('a list\'s lead, a demonstrative, a warning about texts name none; a kind word named again by its title is that one text', () => {
    const lead = extractText({ ...doc('l.txt', 'CDE news\n\nThe Center for Drug Evaluation has released several technical guidelines for gene therapy products, including the Guidelines for Nonclinical Studies of Gene Therapy Products (Trial).'), language: 'en' });
    expect(of(lead, 'Policy').map((e) => e.name)).toEqual(['Guidelines for Nonclinical Studies of Gene Therapy Products (Trial)']);
    const self = extractText({ ...doc('s.txt', 'Guideline\n\nThe Center for Drug Evaluation formulated this guideline on the basis of the Vaccine Administration Law.'), language: 'en' });
    expect(of(self, 'Policy').map((e) => e.name).filter((n) => /this guideline/i.test(n))).toEqual([]);
    const warn = extractText({ ...doc('w.txt', 'Warning\n\nThe Shanghai Municipal Health Commission issued a warning about measures for beauty clinics.'), language: 'en' });
    expect(of(warn, 'Policy')).toEqual([]);
    const again = extractText({ ...doc('a.txt', 'Clinics inspected\n\nBEIJING, June 9 -- The National Health Commission and the National Medical Products Administration jointly issued a circular on Monday ordering checks of cell therapy clinics.\n\nThe Circular on Inspecting Cell Therapy Clinics asks provinces to report by October.'), language: 'en' });
    expect(of(again, 'Policy').map((e) => e.name)).toEqual(['Circular on Inspecting Cell Therapy Clinics']);
    expect(rels(again, 'ISSUED').map((r) => r.from).sort()).toEqual(['agency:cn/nhc', 'agency:cn/nmpa']);
  });
});

describe('M4: 印发通知，要求… / 联合印发一份工作方案 / 公布一套…措施 — a text named by its kind word after the issuing verb, in Chinese (EXTRACT, session 18)', () => {
  // Class: the Chinese news lead that names no title: the kind word (a measure word or a count and a few words of its
  // own before it) after 印发/发布/出台/公布, the clause going on to say what it does; the bodies before the verb issued it.
  it.each([
    ['国家卫生健康委近日印发通知，要求各地进一步规范干细胞临床研究备案工作。', 'zh-Hans', ['agency:cn/nhc']],
    ['广东省药品监督管理局、广东省卫生健康委员会近日联合印发一份工作方案，明确中山市人民医院为首家指定医疗机构。', 'zh-Hans', ['agency:cn-gd/health-commission', 'agency:cn-gd/medical-products']],
    ['据了解，湖北省卫生健康委员会于11月20日发布了一项通知，要求医疗机构开展自查。', 'zh-Hans', ['agency:cn-hb/health-commission']],
    ['衛生福利部日前公布一套細胞治療管理措施，要求診所於三十日內完成登錄。', 'zh-Hant', ['agency:cn-tw/mohw']],
  ] as const)('%s', (text, language, issuers) => {
    const d = extractText({ ...doc('z.txt', text), language });
    expect(of(d, 'Policy'), JSON.stringify(d.entities.map((e) => e.name))).toHaveLength(1);
    expect(rels(d, 'ISSUED').map((r) => r.from).sort()).toEqual([...issuers].sort());
  });
  it('a text someone is asked to make, a quoted title, an announcement: no second text', () => {
    expect(of(x('a.txt', '2023年1月，湖南自贸试验区工作办公室发文要求长沙片区尽快制定出台试点方案。'), 'Policy')).toEqual([]);
    expect(of(x('b.txt', '省卫生健康委近日印发《关于开展细胞治疗试点工作的通知》，要求各地认真执行。'), 'Policy').map((e) => e.name)).toEqual(['关于开展细胞治疗试点工作的通知']);
    // (Review X1: 近日印发的通知要求… is the verb's relative clause; 的 opens no name.)
    expect(of(x('c.txt', '吉林省药品监督管理局近日印发的通知要求各地开展检查。'), 'Policy').map((e) => e.name).filter((n) => /^[的了]/.test(n))).toEqual([]);
  });
});

describe('M1: a place word and a kind noun glued before a company (內地藥企X) are no part of it; a verb opens no unit of a body (ENTITIES, session 18: AP h358, h362)', () => {
  it.each([
    ['衞生署宣布，產品由內地藥企瑞泰基因科技有限公司研發。', '瑞泰基因科技有限公司'],
    ['该产品由境外药企诺华制药有限公司研发。', '诺华制药有限公司'],
    ['計畫由本土企業長聖國際生技股份有限公司執行。', '长圣国际生技股份有限公司'],
  ])('%s', (text, org) => {
    expect(of(xs(text), 'Organization').map((e) => e.name)).toEqual([org]);
  });
  it('会同国家药监局研究完善多中心…: no unit of the NMPA; 国家药监局药品审评中心 still is one', () => {
    const d = xs('国家卫生健康委在答复中表示，将会同国家药监局研究完善多中心干细胞临床研究的备案管理，并推动建立区域中心。');
    expect(d.entities.filter((e) => e.label === 'Agency').map((e) => e.id).sort()).toEqual(['agency:cn/nhc', 'agency:cn/nmpa']);
    expect(rels(xs('国家药监局药品审评中心发布了征求意见稿。'), 'PART_OF').map((r) => r.from)).toEqual(['agency:cn/nmpa/cde']);
  });
});

describe('M2: "said X, a partner at Y" — any post of the one list, with words before it and a kind of firm after "at" (ENTITIES, session 18: AP h355)', () => {
  it.each([
    ['"The checklist is clear now," said Maria Lopez, a partner at regulatory consultancy Harbor Pharma Advisory in Beijing.', 'person:maria-lopez', 'org:harbor-pharma-advisory'],
    ['"Smaller players will struggle," said Tom Becker, a healthcare analyst at Morgan Stanley in Hong Kong.', 'person:tom-becker', 'org:morgan-stanley'],
    ['Anna Schmidt, an associate director at consulting firm Brightline Partners, said the timeline was tight.', 'person:anna-schmidt', 'org:brightline-partners'],
    ['"It is a milestone," Peter Walsh, senior vice president at Oakridge Biologics, told reporters.', 'person:peter-walsh', 'org:oakridge-biologics'],
  ])('%s', (text, person, org) => {
    expect(rels(x('w.txt', text), 'MEMBER_OF', person).map((r) => r.to)).toEqual([org]);
  });
  it('a name with no post after it is no person', () => {
    expect(of(x('w.txt', '"Prices will fall," said Maria Lopez, adding that the rules were clear.'), 'Person')).toEqual([]);
  });
  // Advisers and consultants are quoted as often as analysts (session 18: the one post list, loaders/posts.ts).
  it.each([
    ['"Approval times should halve," said Owen Pritchard, a senior adviser at Millbrook Regulatory Consulting.', 'person:owen-pritchard', 'org:millbrook-regulatory-consulting'],
    ['Ruth Okoye, a consultant with Brightwater Life Sciences Advisory, said hospitals would need new filing staff.', 'person:ruth-okoye', 'org:brightwater-life-sciences-advisory'],
    ['"It is a clear signal," said Daniel Chu, an advisor at Kestrel Biotech Partners in Singapore.', 'person:daniel-chu', 'org:kestrel-biotech-partners'],
  ])('%s', (text, person, org) => {
    expect(rels(x('w.txt', text), 'MEMBER_OF', person).map((r) => r.to)).toEqual([org]);
  });
  it('an adviser with no name names no person', () => {
    expect(of(x('w.txt', 'The company hired an adviser last year and said the plan was on track.'), 'Person')).toEqual([]);
  });
});

describe('M7: Taiwan\'s and Hong Kong\'s hospitals by full and short name, with the posts of their staff (ENTITIES, session 18: AP h358, h359, AI h295)', () => {
  const hant = (text: string): DocumentFacts => extractText({ ...doc('tw.txt', text), language: 'zh-Hant' });
  it.each([
    ['臺中榮總院長陳適安昨天在記者會上表示，這項計畫適用於晚期肝癌病人。', 'person:chen-shian', 'org:tcvgh'],
    ['彰基今天宣布，細胞治療計畫獲衛福部核准，彰基院長陳穆寬表示樂見。', 'person:chen-mukuan', 'org:changhua-christian-hospital'],
    ['醫院管理局表示，廣華醫院血液科顧問醫生伍志榮指出，患者過去須每星期注射。', 'person:wu-zhirong', 'org:kwong-wah-hospital'],
  ])('%s', (text, person, org) => {
    expect(rels(hant(text), 'MEMBER_OF', person).map((r) => r.to)).toEqual([org]);
  });
  it('English names: the branch named by its city is not the group\'s flagship', () => {
    const ids = of(x('e.txt', 'Kaohsiung Chang Gung Memorial Hospital and Tri-Service General Hospital were among the first to apply.'), 'Organization').map((e) => e.id);
    expect(ids.sort()).toEqual(['org:kaohsiung-chang-gung-memorial-hospital', 'org:tsgh']);
  });
  // REVIEW s18 E2: a short form that sits inside common words (评选中荣获, 崇高荣誉, 三总体要求) or a bare acronym names no hospital.
  it.each([
    ['该院团队在全省科技评选中荣获一等奖，赢得崇高荣誉。', 'zh-Hans'],
    ['會議提出三總體要求，並在年度評選中榮獲佳績。', 'zh-Hant'],
    ['The CCH protocol was sent back to the committee for a second reading.', 'en'],
  ] as const)('no hospital in common words: %s', (text, language) => {
    expect(of(extractText({ ...doc('n.txt', text), language }), 'Organization')).toEqual([]);
  });
});
