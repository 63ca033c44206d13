// S20-R2 (REVIEW): a count of products approved is none of them, in either script and voice; a licence revoked or
// cancelled (注销, 吊销, revoked) is granted to no one. One product approved, or a permit issued, stays a licence.
// Our own pages, read from files through the real reader.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';

const extractPage = pageFiles('licences-s20-counts-');

const licences = async (text: string) => {
  const d = await extractPage(text);
  const ls = d.entities.filter((e) => e.label === 'License');
  const issuers = d.relations.filter((r) => r.type === 'ISSUED' && ls.some((l) => l.id === r.to)).map((r) => r.from);
  return { names: ls.map((l) => l.name), issuers };
};

describe('counts of products approved: no licence', () => {
  it.each([
    '干细胞药物临床研究进展\n\n2027年1月5日\n\n截至2026年底，全国共有12个干细胞药物获得国家药监局批准开展临床试验，覆盖膝骨关节炎、移植物抗宿主病等适应症。\n',
    '基因治療產業觀察\n\n2027-02-14\n\n衛福部統計，截至去年底，已有三款基因治療產品獲衛福部核准上市，另有多項計畫仍在審查中。\n',
    'CAR-T市场回顾\n\n2027年3月2日\n\n国家药监局今年已批准5款CAR-T产品上市，较去年增加两款。\n',
    'Cell therapy market\n\n2027-03-09\n\nSo far eleven cell therapies have been approved by the National Medical Products Administration, analysts at a Shanghai brokerage said.\n',
    '行业数据\n\n2027年4月1日\n\n目前我国已有六款细胞治疗产品获国家药品监督管理局批准上市，适应症集中在血液肿瘤。\n',
  ])('%s', async (text) => expect((await licences(text)).names).toEqual([]));
});

describe('licences revoked or cancelled: no licence', () => {
  it.each([
    '行政许可注销公告\n\n2027年5月8日\n\n江西省药品监督管理局依法注销南昌赣源生物科技有限公司《药品生产许可证》，自公告之日起生效。\n',
    '行政处罚信息\n\n2027年6月3日\n\n因违法开展干细胞治疗，市卫生健康委吊销了某某口腔诊所的《医疗机构执业许可证》。\n',
    'Licence revoked\n\n2027-06-20\n\nThe Guangdong Provincial Medical Products Administration revoked the drug manufacturing licence of Foshan Kangyi Cell Co., Ltd. on 18 June.\n',
  ])('%s', async (text) => expect((await licences(text)).names).toEqual([]));
});

describe('one product approved, one permit issued: a licence (guards)', () => {
  it.each([
    ['新药获批\n\n2027年7月2日\n\n7月1日，合肥某某生物的“瑞康赛”注射液获得国家药监局附条件批准上市，用于治疗复发难治性多发性骨髓瘤。\n', 'agency:cn/nmpa'],
    ['许可证核发\n\n2027年7月9日\n\n浙江省药品监督管理局向宁波海曙细胞工程有限公司核发《药品生产许可证》，生产范围为细胞治疗产品。\n', 'agency:cn-zj/medical-products'],
    ['首款获批\n\n2027年8月1日\n\n我国首款用于膝骨关节炎的干细胞治疗药品“骨宁赛”注射液获国家药品监督管理局批准上市。\n', 'agency:cn/nmpa'],
  ])('%s', async (text, body) => {
    const f = await licences(text);
    expect(f.names.length).toBe(1);
    expect(f.issuers).toContain(body);
  });
});

// S20-R5 (REVIEW): 多种/几种 inside what one product treats (用于多种实体瘤的X) is no count; a count quantifies the
// subject's head (另有3款…的产品) or the holders (向4家企业核发).
describe('a count in a description is no count; a count of holders is', () => {
  it.each([
    ['临床试验获批\n\n2027年9月2日\n\n苏州澄湖生物针对多种血液肿瘤的通用型CAR-NK细胞注射液已于本月获国家药监局批准开展临床试验。\n', 'agency:cn/nmpa'],
    ['臨床試驗核准\n\n2027年9月3日\n\n台灣某某生技一款可治療多種罕見眼疾的基因治療注射液獲衛福部核准進行臨床試驗。\n', 'agency:cn-tw/mohw'],
    ['IND获批\n\n2027年9月4日\n\n广州某某医药用于几种难治性癫痫的干细胞注射液获得国家药品监督管理局批准开展临床试验。\n', 'agency:cn/nmpa'],
  ])('%s', async (text, body) => {
    const f = await licences(text);
    expect(f.names.length).toBe(1);
    expect(f.issuers).toContain(body);
  });

  it.each([
    '生产许可\n\n2027年9月5日\n\n今年以来，浙江省药品监督管理局已向4家细胞治疗企业核发《药品生产许可证》。\n',
    '临床试验\n\n2027年9月6日\n\n另有3款由国内企业研发的干细胞产品获国家药监局批准开展临床试验。\n',
    '生产许可统计\n\n2027年9月7日\n\n截至目前，全市已有十余家细胞治疗企业取得市药品监督管理局核发的《药品生产许可证》。\n',
    'Several approved\n\n2027-09-08\n\nSeveral CAR-NK therapies for multiple solid tumours have been approved by the National Medical Products Administration since 2024.\n',
  ])('no licence: %s', async (text) => expect((await licences(text)).names).toEqual([]));
});

// S20-R5 addendum (REVIEW): "multiple" inside a disease's name is no count; a count leads the subject.
describe('a count leads the subject (English)', () => {
  it.each([
    ['MS therapy cleared\n\n2027-10-02\n\nAn autologous stem cell therapy for multiple sclerosis was approved by the National Medical Products Administration on Friday.\n'],
    ['Myeloma\n\n2027-10-03\n\nA CAR-T therapy for several types of multiple myeloma relapse has been approved by the National Medical Products Administration.\n'],
  ])('one licence: %s', async (text) => expect((await licences(text)).names.length).toBe(1));
  it('To date, twelve gene therapies have been approved by …: none', async () =>
    expect((await licences('Tally\n\n2027-10-04\n\nTo date, twelve gene therapies have been approved by the National Medical Products Administration.\n')).names).toEqual([]));
});

