// Classes met on pages of kinds the dev set lacks (Hong Kong, Taiwan, Traditional reposts, English news), each
// rule shown on at least two short texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText } from '../loaders/index.ts';
import { findDates, publishedDate } from '../loaders/extract/dates.ts';
import { findOrganizations } from '../loaders/extract/organizations.ts';
import { cleanText } from '../loaders/read/clean.ts';
import { detectLanguage } from '../loaders/read/script.ts';
import type { DocumentFacts } from '../loaders/types.ts';

const text = (body: string, publishedOn?: string): DocumentFacts =>
  extractText({ path: '/tmp/u.txt', name: 'u.txt', sha256: '0', text: body, title: 'u', language: detectLanguage(body), ...(publishedOn ? { publishedOn } : {}) });
const rel = (d: DocumentFacts, type: string, from: string, to: string) => d.relations.find((r) => r.type === type && r.from === from && r.to === to);
const ofLabel = (d: DocumentFacts, label: string) => d.entities.filter((e) => e.label === label);

describe('Taiwan dates in Minguo years', () => {
  it('本(113)年, 107年9月6日 and 民國113年 are Gregorian dates; a count of years is not', () => {
    expect(findDates('立法院于本(113)年6月4日三读通过')[0]?.date).toBe('2024-06-04');
    expect(findDates('特管办法于107年9月6日修正发布')[0]?.date).toBe('2018-09-06');
    expect(findDates('民国113年')[0]?.date).toBe('2024');
    expect(findDates('该医院已有113年历史')).toEqual([]);
    expect(findDates('经过80年的发展')).toEqual([]);
  });

  it('a labelled page date in Minguo years is the page date; a Western one still reads as before', () => {
    expect(publishedDate('衛福部新聞稿\n發布日期：113-12-27\n發布單位：醫事司')).toBe('2024-12-27');
    expect(publishedDate('卫福部新闻稿\n发布日期：114-01-03')).toBe('2025-01-03');
    expect(publishedDate('新闻\n发布日期：2024-12-27')).toBe('2024-12-27');
  });

  it('a policy passed on a Minguo date carries it (Traditional text, normalised)', () => {
    const d = text('立法院於本（113）年6月4日三讀通過「再生醫療法」，衛生福利部表示將訂定子法。', '2024-06-05');
    const p = ofLabel(d, 'Policy').find((e) => e.name === '再生医疗法');
    expect(p?.date).toBe('2024-06-04');
    expect(rel(d, 'ISSUED', 'agency:cn-tw/legislative-yuan', p!.id)?.date).toBe('2024-06-04');
  });
});

describe('dates in Chinese numerals', () => {
  it('二○一九年十二月十一日, 二〇二四年六月十八日, 十一月六日 and 本年六月 are dates; a string of numerals is not', () => {
    expect(findDates('立法會於二○一九年十二月十一日通過')[0]?.date).toBe('2019-12-11');
    expect(findDates('国家卫生健康委办公厅 二〇二四年六月十八日')[0]?.date).toBe('2024-06-18');
    expect(findDates('以下是今日(十一月六日)在立法会会议上的提问', 2024)[0]?.date).toBe('2024-11-06');
    expect(findDates('已于本年六月向立法会提交', 2024)[0]?.date).toBe('2024-06');
    expect(findDates('一二三四年')).toEqual([]);
    expect(findDates('十年前')).toEqual([]);
  });
});

describe('a day written alone, read against the page date', () => {
  it('13日 is this month\'s 13th; a day after the page\'s is last month\'s; 今(27)日 is the page\'s own day', () => {
    expect(findDates('国家药品监督管理局13日发布消息', 2025, '2025-02-14')[0]?.date).toBe('2025-02-13');
    expect(findDates('市卫健委28日印发通知', 2025, '2025-03-02')[0]?.date).toBe('2025-02-28');
    expect(findDates('卫生福利部今(27)日公告', 2024, '2024-12-27')[0]?.date).toBe('2024-12-27');
    // Without a page date, or as a span of days, nothing is read.
    expect(findDates('国家药品监督管理局13日发布消息', 2025)).toEqual([]);
    expect(findDates('自公布之日起30日内完成', 2025, '2025-02-14')).toEqual([]);
  });
});

describe('Hong Kong and Taiwan bodies in time', () => {
  it('the Food and Health Bureau is its own body until June 2022; after that its name denotes the Health Bureau', () => {
    const before = text('In April 2018, the Food and Health Bureau launched a consultation on advanced therapy products.', '2024-03-20');
    expect(before.entities.some((e) => e.id === 'agency:cn-hk/food-and-health-bureau')).toBe(true);
    const after = text('In 2023, the Food and Health Bureau said the new centre would open.', '2024-03-20');
    expect(after.entities.some((e) => e.id === 'agency:cn-hk/health-bureau')).toBe(true);
    expect(after.entities.some((e) => e.id === 'agency:cn-hk/food-and-health-bureau')).toBe(false);
  });

  it("Taiwan's Department of Health (to July 2013) and the MOHW are distinct; 衛生署 in 2010 is the former", () => {
    const old = text('行政院衛生署於2010年公告人體細胞組織優良操作規範。', '2010-05-01');
    expect(old.entities.some((e) => e.id === 'agency:cn-tw/department-of-health')).toBe(true);
    const now = text('衛生福利部於2024年公告再生醫療相關規定。', '2024-05-01');
    expect(now.entities.some((e) => e.id === 'agency:cn-tw/mohw')).toBe(true);
  });
});

describe('posts that name their body', () => {
  it("'the Secretary for X, Professor Y' heads the X Bureau of that time", () => {
    const hb = text('The Secretary for Health, Professor Lo Chung-mau, said the centre would be set up in stages.', '2024-03-20');
    expect(rel(hb, 'MEMBER_OF', 'person:lo-chung-mau', 'agency:cn-hk/health-bureau')).toBeDefined();
    const fhb = text('A written reply by the Secretary for Food and Health, Professor Sophia Chan, was given today.', '2021-06-02');
    expect(rel(fhb, 'MEMBER_OF', 'person:sophia-chan', 'agency:cn-hk/food-and-health-bureau')).toBeDefined();
  });

  it('a romanised name after a head post is a person ("Minister of Health and Welfare Hsueh Jui-yuan"); an outdated body gets no seat', () => {
    const tw = text("Taiwan's Legislative Yuan passed the act on Tuesday, Minister of Health and Welfare Hsueh Jui-yuan said.", '2024-06-05');
    expect(ofLabel(tw, 'Person').map((p) => p.name)).toEqual(['Hsueh Jui-yuan']);
    const hk = text('Secretary for Food and Health Sophia Chan spoke at the forum.', '2021-06-02');
    expect(rel(hk, 'MEMBER_OF', 'person:sophia-chan', 'agency:cn-hk/food-and-health-bureau')).toBeDefined();
    const old = text('The Minister of Health Ma Xiaowei attended the meeting.', '2024-03-05');
    expect(ofLabel(old, 'Person').map((p) => p.name)).toEqual(['Ma Xiaowei']);
    expect(old.relations.some((r) => r.type === 'MEMBER_OF' && r.to === 'agency:cn/moh')).toBe(false);
  });

  it("'the Hon X' asking in the Legislative Council is a member of it; without the Council named, no seat", () => {
    const a = text('Following is a question by the Hon Tang Ka-piu and a written reply in the Legislative Council today.', '2024-03-20');
    expect(rel(a, 'MEMBER_OF', 'person:tang-ka-piu', 'agency:cn-hk/legislative-council')).toBeDefined();
    const b = text('A motion moved by the Hon Chan Hoi-yan on drug approvals was passed by the Legislative Council on Wednesday.', '2024-03-21');
    expect(rel(b, 'MEMBER_OF', 'person:chan-hoi-yan', 'agency:cn-hk/legislative-council')).toBeDefined();
    const c = text('Professor Lo Chung-mau visited the hospital on Monday.', '2024-03-21');
    expect(c.relations.some((r) => r.type === 'MEMBER_OF')).toBe(false);
  });

  it('立法委员X sits in the Legislative Yuan and 立法会议员X in LegCo', () => {
    const tw = text('立法委員林靜儀等人提案修正「醫療法」部分條文，要求醫院公開細胞治療成效。', '2024-12-27');
    expect(rel(tw, 'MEMBER_OF', 'person:lin-jingyi', 'agency:cn-tw/legislative-yuan')).toBeDefined();
    const hk = text('立法會議員陳凱欣表示，政府應加快成立藥物監管中心。', '2024-03-20');
    const p = ofLabel(hk, 'Person')[0];
    expect(p && rel(hk, 'MEMBER_OF', p.id, 'agency:cn-hk/legislative-council')).toBeDefined();
  });

  it('X議員 / X立委 in a sentence naming a legislature is its member; 局長X教授 heads the bureau', () => {
    const hk = text('以下是今日在立法會會議上陳凱欣議員的提問和醫務衞生局局長盧寵茂教授的書面答覆：', '2024-11-06');
    expect(rel(hk, 'MEMBER_OF', 'person:chen-kaixin', 'agency:cn-hk/legislative-council')).toBeDefined();
    expect(rel(hk, 'MEMBER_OF', 'person:lu-chongmao', 'agency:cn-hk/health-bureau')).toBeDefined();
    const tw = text('立法院今日三讀通過修正案，提案的林某某立委表示將持續關注。', '2024-11-06');
    expect(rel(tw, 'MEMBER_OF', 'person:lin-moumou', 'agency:cn-tw/legislative-yuan')).toBeDefined();
  });

  it('Hong Kong and Taiwan hospitals named without a place are organisations of the gazetteer, in either script or language', () => {
    const zh = text('醫院管理局轄下的瑪麗醫院和威爾斯親王醫院參與試驗。', '2024-11-06');
    expect(zh.entities.filter((e) => e.label === 'Organization').map((e) => e.id).sort()).toEqual(['org:prince-of-wales-hospital', 'org:queen-mary-hospital']);
    const en = text('Trials run at Taipei Veterans General Hospital and at Queen Mary Hospital.', '2024-11-06');
    expect(en.entities.filter((e) => e.label === 'Organization').map((e) => e.id).sort()).toEqual(['org:queen-mary-hospital', 'org:tvgh']);
  });

  it("a department written with its parent's abbreviation: 'the NHC's Department of Medical Administration'", () => {
    const d = text("Wang Hui, deputy director of the NHC's Department of Medical Administration, said the campaign would last six months.", '2024-07-08');
    expect(rel(d, 'MEMBER_OF', 'person:wang-hui', 'agency:cn/nhc/medical-administration')).toBeDefined();
    const e = text('The NMPA Department of Drug Registration released the list on Friday.', '2024-07-08');
    expect(e.entities.some((x) => x.id === 'agency:cn/nmpa/drug-registration')).toBe(true);
  });
});

describe('proposals and motions in news', () => {
  it("'submitted a motion calling for X' after a lead clause is a proposal dated by that clause's month", () => {
    const d = text("At the national legislative session in March, Zhang Xiaoling, a deputy to the National People's Congress, submitted a motion calling for a dedicated law on regenerative medicine.", '2024-07-09');
    const p = ofLabel(d, 'Proposal')[0];
    expect(p?.date).toBe('2024-03');
    expect(rel(d, 'PROPOSED', 'person:zhang-xiaoling', p!.id)?.date).toBe('2024-03');
    const e = text('Gao Feng, a member of the CPPCC National Committee, tabled a proposal calling for tax relief for cell therapy makers.', '2025-03-06');
    expect(ofLabel(e, 'Proposal')).toHaveLength(1);
  });

  it("'Another deputy, X, proposed Y' right after a dated proposal shares its date and targets the zone it names", () => {
    const d = text("At the session in March, Zhang Xiaoling, a deputy to the National People's Congress, submitted a motion calling for a law on regenerative medicine. Another deputy, Liu Qiang, proposed setting up a stem cell bank in the Hengqin Guangdong-Macao Intensive Cooperation Zone.", '2024-07-09');
    const liu = ofLabel(d, 'Proposal').find((p) => /Hengqin/.test(p.name));
    expect(liu?.date).toBe('2024-03');
    expect(rel(d, 'APPLIES_TO', liu!.id, 'region:zone/hengqin')).toBeDefined();
    expect(d.entities.some((e) => e.id === 'region:CN-GD' || e.id === 'region:CN-MO')).toBe(false);
  });

  it('立法委员X等人提案修正「Y」部分条文 is a proposal of the legislator; 去年两会 dates it the year before the page', () => {
    const tw = text('立法委員林靜儀等人提案修正「醫療法」部分條文，要求醫院公開細胞治療成效。', '2024-12-27');
    const p = ofLabel(tw, 'Proposal')[0];
    expect(p?.name).toMatch(/^修正「?医疗法」?部分条文/);
    expect(rel(tw, 'PROPOSED', 'person:lin-jingyi', p!.id)).toBeDefined();
    const tw2 = text('立法委員王正旭等3人提案制定「再生醫療發展條例」，案經付委審查。', '2023-05-10');
    expect(ofLabel(tw2, 'Proposal')).toHaveLength(1);
    const zh = text('全國人大代表、中山大學附屬第一醫院院長肖海鵬在去年全國兩會期間建議，將符合條件的細胞治療產品納入國家醫保談判範圍。', '2025-02-14');
    expect(ofLabel(zh, 'Proposal')[0]?.date).toBe('2024');
  });
});

describe('organisations and licences', () => {
  it('names led by their head word, and a list split at "and the", not inside "Science and Technology"', () => {
    const names = findOrganizations('together with the University of Hong Kong, the Chinese University of Hong Kong and the Hong Kong Science and Technology Parks Corporation, will join.', []).map((o) => o.name);
    expect(names).toEqual(['University of Hong Kong', 'Chinese University of Hong Kong', 'Hong Kong Science and Technology Parks Corporation']);
    const more = findOrganizations('Experts from the Academy of Military Medical Sciences and the University of Science and Technology of China attended.', []).map((o) => o.name);
    expect(more).toEqual(['Academy of Military Medical Sciences', 'University of Science and Technology of China']);
  });

  it('核发/颁发 a named permit to a holder is a licence of the issuing body, dated by its clause', () => {
    const tw = text('食藥署已於12月20日核發首張再生醫療製劑有附款許可予台成細胞生技股份有限公司。', '2024-12-27');
    const lic = ofLabel(tw, 'License')[0];
    expect(lic?.date).toBe('2024-12-20');
    expect(rel(tw, 'ISSUED', 'agency:cn-tw/tfda', lic!.id)?.date).toBe('2024-12-20');
    expect(ofLabel(tw, 'Organization').map((o) => o.name)).toEqual(['台成细胞生技股份有限公司']);
    const bj = text('北京市药监局于11月28日向某某生物科技有限公司颁发药品生产许可证，这是本市首张细胞治疗产品生产许可证。', '2024-11-29');
    const l2 = ofLabel(bj, 'License')[0];
    expect(rel(bj, 'ISSUED', 'agency:cn-bj/medical-products', l2!.id)?.date).toBe('2024-11-28');
  });

  it("'approved the registration of five products' counts approvals; it is not one licence", () => {
    const d = text('As at end-February 2024, the Pharmacy and Poisons Board had approved the registration of five advanced therapy products.', '2024-03-20');
    expect(ofLabel(d, 'License')).toHaveLength(0);
    const e = text('The NMPA has approved marketing applications for 12 cell therapies since 2021.', '2024-03-20');
    expect(ofLabel(e, 'License')).toHaveLength(0);
  });

  it('a 联系人 line that only names people is text (its persons are extracted); one with a number is furniture', () => {
    const body = '为规范细胞治疗产品的临床研究，我中心组织起草了某某技术指导原则（征求意见稿），现向社会公开征求意见，请于发布之日起一个月内将意见和建议反馈至以下联系人的电子邮箱。';
    const kept = cleanText(`关于公开征求某某技术指导原则意见的通知\n\n${body}\n\n联系人：高建明，王洪亮\n\n联系电话：010-12345678\n\n国家药品监督管理局药品审评中心`, { join: 'never' });
    expect(kept.paragraphs.some((p) => p.includes('高建明'))).toBe(true);
    expect(kept.paragraphs.some((p) => p.includes('010-12345678'))).toBe(false);
    const d = text('请将意见发送至以下联系人。\n\n联系人：高建明，王洪亮', '2024-03-20');
    expect(ofLabel(d, 'Person').map((p) => p.name).sort()).toEqual(['Gao Jianming', 'Wang Hongliang']);
  });
});

describe('dev classes taken up (each on texts written here)', () => {
  it('a headline run into its salutation is split there, in a reply and in a notice', () => {
    const reply = cleanText('某省卫生健康委员会关于某省人大某次会议代表建议第123号办理情况的答复(复文分类:A)张某某代表:您提出的关于建设细胞库的建议收悉，现答复如下：我委高度重视，已会同有关部门开展调研。', { join: 'auto' });
    expect(reply.title).toMatch(/的答复\(复文分类:A\)$/);
    expect(reply.paragraphs[1]).toMatch(/^张某某代表:/);
    const notice = cleanText('某市卫生健康委员会关于开展细胞治疗临床研究备案工作的通知各区卫生健康委、各有关医疗机构：为规范细胞治疗临床研究，现就备案工作通知如下，请认真贯彻执行。', { join: 'auto' });
    expect(notice.paragraphs[1]).toMatch(/^各区卫生健康委/);
  });

  it('我省 in a suggestion with no seat named is the province the document is about', () => {
    const d = text('海南省卫生健康委员会关于代表建议办理情况的答复\n\n人大代表陈某某建议，加快组建我省综合细胞库和细胞制备中心。', '2019-07-11');
    const p = ofLabel(d, 'Proposal')[0];
    expect(p && rel(d, 'APPLIES_TO', p.id, 'region:CN-HI')).toBeDefined();
    const e = text('浙江省卫生健康委员会召开座谈会。\n\n政协委员张某某建议，在我省建设国家级干细胞资源库，服务全省医疗机构。', '2024-01-25');
    const q = ofLabel(e, 'Proposal')[0];
    expect(q && rel(e, 'APPLIES_TO', q.id, 'region:CN-ZJ')).toBeDefined();
  });

  it('a proposal a later page recalls from a numbered session takes no date from the page; sessions news keeps its month', () => {
    const recalled = text('海口细胞产业园开园。\n\n该项目得益于省人大代表陈某某同志在海南省六届人大会议上提交的建议《关于加快组建我省综合细胞库的建议》。', '2021-05-26');
    expect(ofLabel(recalled, 'Proposal')[0]?.date).toBeUndefined();
    const recalled2 = text('全国政协委员李某某在十三届全国政协会议上提交了《关于支持干细胞临床研究转化的提案》。', '2023-08-02');
    expect(ofLabel(recalled2, 'Proposal')[0]?.date).toBeUndefined();
    const news = text('全国政协委员李某某今年两会提交了《关于支持干细胞临床研究转化的提案》。', '2024-03-06');
    expect(ofLabel(news, 'Proposal')[0]?.date).toMatch(/^2024/);
  });

  it('listed companies by their stock names in market news, not the relations between them', () => {
    expect(findOrganizations('甲乙健康在互动平台表示，公司参股企业丙丁生物是某省细胞库的运营方。', []).map((o) => o.name)).toEqual(['甲乙健康', '丙丁生物']);
    expect(findOrganizations('戊己医药旗下博某医院开展细胞治疗。', []).map((o) => o.name)).toContain('戊己医药');
    expect(findOrganizations('公司在互动平台表示，该公司旗下子公司已完成备案。', [])).toEqual([]);
  });
});

