// The resolver on its own (no Neo4j): evidence decides, not shared keys; order does not matter; analysts'
// judgements win. Facts written by hand for these cases.
import { describe, expect, it } from 'vitest';
import { cluster } from '../loaders/identity/cluster.ts';
import { compare, heldTogether } from '../loaders/identity/features.ts';
import { profilesOf } from '../loaders/identity/profile.ts';
import { resolveAcross } from '../loaders/index.ts';
import type { DocumentFacts, Entity } from '../loaders/types.ts';
import { handFacts } from './hand-facts.ts';

const doc = handFacts;

const idIn = (d: DocumentFacts, name: string) => d.entities.find((e) => e.name === name)?.id;

describe('cross-document resolution by evidence', () => {
  it('an English and a Chinese title of one regulation are one id; the merge names its features', () => {
    // Not Shenzhen's own regulation: the reference list (identity.reference.test.ts) would join that one.
    const en = doc('en.txt', [{ id: 'policy:cn-440400-regulation-2023-01', name: 'Regulation on the Promotion of Cell and Gene Industry in the Zhuhai Special Economic Zone', date: '2023-01-06' }]);
    const zh = doc('zh.txt', [{ id: 'policy:zhu-hai-tiao-li', name: '珠海经济特区细胞和基因产业促进条例' }]);
    const [a, b] = resolveAcross([en, zh]);
    expect(a!.entities[0]!.id).toBe(b!.entities[0]!.id);
    expect(b!.merges.map((m) => m.reason).join(' ')).toMatch(/title concepts agree across languages/);
  });

  it('Li Ming and Li Meng in two documents are two people', () => {
    const a = doc('a.txt', [{ id: 'person:li-ming', label: 'Person', name: 'Li Ming' }]);
    const b = doc('b.txt', [{ id: 'person:li-meng', label: 'Person', name: 'Li Meng' }]);
    const [ra, rb] = resolveAcross([a, b]);
    expect(ra!.entities[0]!.id).not.toBe(rb!.entities[0]!.id);
  });

  it('one name with two different Chinese names is two people', () => {
    const a = doc('a.txt', [{ id: 'person:wang-li', label: 'Person', name: 'Wang Li', nameZh: '王立' }]);
    const b = doc('b.txt', [{ id: 'person:wang-li', label: 'Person', name: 'Wang Li', nameZh: '王丽' }]);
    const [ra, rb] = resolveAcross([a, b]);
    expect(ra!.entities[0]!.id).not.toBe(rb!.entities[0]!.id);
  });

  it('two licences of one kind granted to different holders stay apart; to one holder they are one', () => {
    const lic = (d: string, holder: string) =>
      doc(d, [{ id: 'license:yao-pin-zhu-ce-zheng-shu', label: 'License', name: '药品注册证书' }, { id: holder, label: 'Organization', name: holder }], [
        { type: 'GRANTED_TO', from: 'license:yao-pin-zhu-ce-zheng-shu', to: holder },
      ]);
    const [a, b] = resolveAcross([lic('a.txt', 'org:alpha'), lic('b.txt', 'org:beta')]);
    expect(idIn(a!, '药品注册证书')).not.toBe(idIn(b!, '药品注册证书'));
    const [c, d] = resolveAcross([lic('c.txt', 'org:alpha'), lic('d.txt', 'org:alpha')]);
    expect(idIn(c!, '药品注册证书')).toBe(idIn(d!, '药品注册证书'));
  });

  it('a draft and its final text are two policies (SUPERSEDES), even with one title', () => {
    const title = 'Technical Guidelines for Clinical Trials of Immune Cell Therapy Products';
    const j = compare(
      profilesOf('doc:a', doc('a', [{ id: 'policy:x-draft', name: `${title} (Draft for Comment)`, status: 'draft' }]))[0]!,
      profilesOf('doc:b', doc('b', [{ id: 'policy:x', name: title, status: 'final' }]))[0]!,
    );
    expect(j.veto).toBe(true);
    expect(j.features.map((f) => f.name).join()).toMatch(/draft and a final/);
  });

  it('different document numbers or years keep one title apart; one number joins two titles', () => {
    const p = (d: string, e: Partial<Entity>) => profilesOf(`doc:${d}`, doc(d, [e]))[0]!;
    const title = 'Measures for the Administration of Stem Cell Clinical Research';
    expect(compare(p('a', { id: 'policy:a', name: title, docNumber: '国卫科教发〔2015〕48号' }), p('b', { id: 'policy:b', name: title, docNumber: '国卫科教发〔2016〕12号' })).veto).toBe(true);
    expect(compare(p('a', { id: 'policy:a', name: title, date: '2015-07' }), p('b', { id: 'policy:b', name: title, date: '2024-03' })).veto).toBe(true);
    const same = compare(p('a', { id: 'policy:a', name: '干细胞临床研究管理办法(试行)', docNumber: '国卫科教发〔2015〕48号' }), p('b', { id: 'policy:b', name: 'Stem cell rules', docNumber: '国卫科教发[2015]48号' }));
    expect(same.score).toBeGreaterThanOrEqual(0.8);
  });

  it("one title in two cities is two policies, a city's name with an apostrophe (Xi'an, Ji'an) included", () => {
    const p = (d: string, name: string) => profilesOf(`doc:${d}`, doc(d, [{ id: `policy:${d}`, name, date: '2023-10-05' }]))[0]!;
    const title = 'Notice on Strengthening the Supervision of Biomedical New Technologies in';
    expect(compare(p('a', `${title} Xi'an`), p('b', `${title} Ji'an`)).veto).toBe(true);
    expect(compare(p('a', `${title} Ji'an`), p('b', `${title} Dingxi`)).veto).toBe(true);
    expect(compare(p('a', `${title} Ji’an`), p('b', '吉安市关于加强生物医学新技术监管的通知')).veto).toBe(false);
    expect(compare(p('a', `${title} Xi'an`), p('b', `${title} Xi'an`)).score).toBeGreaterThanOrEqual(0.8);
  });

  it('the same local id on two different texts is two policies with two ids', () => {
    const a = doc('a.txt', [{ id: 'policy:cn-nhc-notice-2015-07', name: 'Notice on Cancelling the Approval of Class III Medical Technologies', date: '2015-07-03' }]);
    const b = doc('b.txt', [{ id: 'policy:cn-nhc-notice-2015-07', name: 'Notice on Strengthening the Management of Stem Cell Banks', date: '2015-07-15' }]);
    const [ra, rb] = resolveAcross([a, b]);
    expect(ra!.entities[0]!.id).not.toBe(rb!.entities[0]!.id);
  });

  it('a later text claiming the same id renames no node, whichever document name sorts first', () => {
    const cancel = doc('m.txt', [{ id: 'policy:cn-nhc-notice-2015-07', name: 'Notice on Cancelling the Approval of Class III Medical Technologies', date: '2015-07-03' }]);
    const banks = (name: string) => doc(name, [{ id: 'policy:cn-nhc-notice-2015-07', name: 'Notice on Strengthening the Management of Stem Cell Banks', date: '2015-07-15' }]);
    const banksZh = (name: string) => doc(name, [{ id: 'policy:cn-nhc-notice-2015-07', name: '关于加强干细胞库管理的通知', date: '2015-07-15' }]);
    const alone = resolveAcross([cancel])[0]!.entities[0]!.id;
    // A dated id (issuer, kind, month) names no text, so it carries its text's key from the start.
    expect(alone).toMatch(/^policy:cn-nhc-notice-2015-07-[0-9a-z]+$/);
    for (const later of [banks('a.txt'), banks('z.txt')]) {
      const [c, b] = resolveAcross([cancel, later]);
      expect(c!.entities[0]!.id).toBe(alone);
      expect(b!.entities[0]!.id).not.toBe(alone);
    }
    // The key is the text's, not a document's: the Chinese title alone gives the English one's id.
    expect(resolveAcross([banksZh('b.txt')])[0]!.entities[0]!.id).toBe(resolveAcross([banks('y.txt')])[0]!.entities[0]!.id);
    // Two people with one romanised name: the id goes by their names, not by which document sorts first.
    const person = (name: string, zh: string) => doc(name, [{ id: 'person:wang-fang', label: 'Person', name: 'Wang Fang', aliases: [zh] }]);
    const keeper = (x: string, y: string) => {
      const [p, q] = resolveAcross([person(x, '王芳'), person(y, '汪芳')]).map((d) => d.entities[0]!);
      expect(p!.id).not.toBe(q!.id);
      return [p!, q!].filter((e) => e.id === 'person:wang-fang').map((e) => e.aliases);
    };
    expect(keeper('a.txt', 'b.txt')).toHaveLength(1);
    expect(keeper('b.txt', 'a.txt')).toEqual(keeper('a.txt', 'b.txt'));
  });

  it('gives the same ids whatever the order of the documents', () => {
    const docs = [
      doc('1.txt', [{ id: 'policy:t1', name: '干细胞临床研究管理办法(试行)' }]),
      doc('2.txt', [{ id: 'policy:cn-nhc-measures-2015-07', name: 'Measures for the Administration of Stem Cell Clinical Research (Trial)', date: '2015-07-20' }]),
      doc('3.txt', [{ id: 'policy:guo-wei-ke-jiao-fa-2015-48-hao', name: '干细胞临床研究管理办法（试行）', docNumber: '国卫科教发〔2015〕48号' }]),
    ];
    const ids = (ds: DocumentFacts[]) => Object.fromEntries(ds.map((d) => [d.document, d.entities[0]!.id]));
    const forward = ids(resolveAcross(docs));
    expect(ids(resolveAcross([...docs].reverse()))).toEqual(forward);
    expect(ids(resolveAcross([docs[1]!, docs[2]!, docs[0]!]))).toEqual(forward);
    // One thing, and its id is the strongest key: the document number.
    expect(new Set(Object.values(forward))).toEqual(new Set(['policy:guo-wei-ke-jiao-fa-2015-48-hao']));
  });

  it("an analyst's 'different' blocks the merge, 'same' forces one", () => {
    const a = profilesOf('doc:a', doc('a', [{ id: 'policy:a', name: 'Opinions on Supporting Guangzhou Nansha in Relaxing Market Access' }]));
    const b = profilesOf('doc:b', doc('b', [{ id: 'policy:b', name: 'Opinions on Supporting Guangzhou Nansha in Relaxing Market Access' }]));
    const c = profilesOf('doc:c', doc('c', [{ id: 'policy:c', name: 'Nansha market access opinions' }]));
    const ps = [...a, ...b, ...c];
    expect(new Set(cluster(ps).ids.values()).size).toBe(2);
    const judged = (decision: 'same' | 'different') => new Set(cluster(ps, [{ a: 'policy:a', b: 'policy:b', decision, who: 't', why: '' }, { a: 'policy:c', b: 'policy:b', decision: 'same', who: 't', why: '' }]).ids.values());
    expect(judged('different').size).toBe(2);
    expect(judged('same').size).toBe(1);
  });
});

// Licences: one act is one issuer, one day, one product, one holder. Texts written for these tests.
describe('licences and their holders across languages', () => {
  const nmpa = 'agency:cn/nmpa';
  const licence = (d: string, e: Partial<Entity>, issuer = nmpa, holder?: Partial<Entity>) =>
    doc(d, [{ label: 'License', ...e }, ...(holder ? [{ label: 'Organization' as const, ...holder }] : [])], [
      { type: 'ISSUED', from: issuer, to: e.id! },
      ...(holder ? [{ type: 'GRANTED_TO' as const, from: e.id!, to: holder.id! }] : []),
    ]);
  const sameId = (a: DocumentFacts, b: DocumentFacts) => {
    const [ra, rb] = resolveAcross([a, b]);
    return ra!.entities[0]!.id === rb!.entities[0]!.id;
  };
  const en = (over: Partial<Entity> = {}, issuer = nmpa) =>
    licence('en.txt', { id: 'license:first-car-t', name: 'approval of the first CAR-T therapy', date: '2023-03-14', evidence: 'The regulator said on Tuesday it approved the first CAR-T therapy in the country.', ...over }, issuer);
  const zh = (over: Partial<Entity> = {}) =>
    licence('zh.txt', { id: 'license:yao-pin-zhu-ce-zheng-shu', name: '药品注册证书', date: '2023-03-14', evidence: '2023年3月14日，甲生物收到国家药监局颁发的《药品注册证书》，其CAR-T细胞治疗产品乙注射液获批上市。', ...over });

  it('one issuer approving one therapy class on one day is one licence, in English and in Chinese', () => {
    expect(sameId(en(), zh())).toBe(true);
  });

  it('another day, another issuer or another therapy class is another licence', () => {
    expect(sameId(en(), zh({ date: '2023-03-15' }))).toBe(false);
    expect(sameId(en({}, 'agency:us/fda'), zh())).toBe(false);
    expect(sameId(en(), zh({ evidence: '2023年3月14日，甲生物收到国家药监局颁发的《药品注册证书》，其间充质干细胞产品乙注射液获批上市。' }))).toBe(false);
  });

  it('one product code joins two names; two codes keep one name and day apart', () => {
    const a = (code: string, d: string) => licence(d, { id: `license:${d}`, name: 'Drug Registration Certificate', date: '2024-02', evidence: `The regulator granted a Drug Registration Certificate for ${code}.` });
    expect(sameId(a('XR-801', 'a.txt'), a('XR801', 'b.txt'))).toBe(true);
    expect(sameId(a('XR-801', 'a.txt'), a('QT-220', 'b.txt'))).toBe(false);
  });

  it("a Latin product name that spells a Chinese drug name's pinyin is that product", () => {
    const a = licence('a.txt', { id: 'license:ruixinsheng', name: 'approval of Ruixinsheng', date: '2024-05-06', evidence: 'Regulators approved Ruixinsheng on May 6.' });
    const b = licence('b.txt', { id: 'license:rui-xin-sheng', name: '瑞新生注射液附条件批准上市', date: '2024-05-06', evidence: '2024年5月6日，国家药监局附条件批准瑞新生注射液上市。' });
    const c = licence('c.txt', { id: 'license:an-kang-ning', name: '安康宁注射液附条件批准上市', date: '2024-05-06', evidence: '2024年5月6日，国家药监局附条件批准安康宁注射液上市。' });
    expect(sameId(a, b)).toBe(true);
    // Two Chinese drug names approved on one day by one regulator: two licences.
    expect(sameId(b, c)).toBe(false);
  });

  it('approved products of the reference list decide across names and scripts: one product joins, two keep apart', () => {
    const a = licence('a.txt', { id: 'license:xr', name: 'approval of hUC-MSC PLEB001', evidence: 'The regulator conditionally approved PLEB001, an MSC therapy, for graft-versus-host disease.' });
    const b = licence('b.txt', { id: 'license:ai-mi', name: '艾米迈托赛注射液附条件批准上市', date: '2025-01-02', evidence: '国家药监局附条件批准艾米迈托赛注射液上市。' });
    expect(sameId(a, b)).toBe(true);
    const trad = licence('t.txt', { id: 'license:ai-mi-t', name: '艾米邁托賽注射液附條件批准上市', date: '2025-01-02', evidence: '國家藥監局附條件批准艾米邁托賽注射液上市。' });
    expect(sameId(a, trad)).toBe(true);
    // Two CAR-T products approved by one regulator on one day: one issuer, one day, one class, but two products.
    const c = licence('c.txt', { id: 'license:a-ji', name: '药品注册证书', date: '2021-06-23', evidence: '甲公司收到国家药监局颁发的《药品注册证书》，其CAR-T细胞治疗产品阿基仑赛注射液获批上市。' });
    const d = licence('d.txt', { id: 'license:rui-ji', name: 'approval of Carteyva', date: '2021-06-23', evidence: 'The regulator approved Carteyva, a CAR-T therapy, on Wednesday.' });
    expect(sameId(c, d)).toBe(false);
    expect(sameId(c, licence('e.txt', { id: 'license:yes', name: 'approval of Yescarta', date: '2021-06-23', evidence: 'The regulator approved Yescarta, a CAR-T therapy, on Wednesday.' }))).toBe(true);
  });

  it('a production licence and a marketing approval of one holder on one day are two licences', () => {
    const holder = { id: 'org:jia', name: '甲生物科技有限公司' };
    const a = licence('a.txt', { id: 'license:sheng-chan', name: '药品生产许可证', date: '2024-01-08' }, 'agency:cn-bj/medical-products', holder);
    const b = licence('b.txt', { id: 'license:zhu-ce', name: '药品注册证书', date: '2024-01-08' }, 'agency:cn-bj/medical-products', holder);
    expect(sameId(a, b)).toBe(false);
  });

  describe('holders of one licence', () => {
    const evEn = 'The regulator conditionally approved Ruixinsheng, a CAR-T therapy, on May 6.';
    const evZh = '2024年5月6日，国家药监局附条件批准艾科生物科技(上海)有限公司申报的瑞新生注射液上市，该产品为CAR-T细胞治疗产品。';
    const a = (holder: string) => licence('a.txt', { id: 'license:ruixinsheng', name: 'approval of Ruixinsheng', date: '2024-05-06', evidence: evEn }, nmpa, { id: 'org:holder-en', name: holder });
    const b = (holder: string) => licence('b.txt', { id: 'license:rui-xin-sheng', name: '瑞新生注射液附条件批准上市', date: '2024-05-06', evidence: evZh }, nmpa, { id: 'org:holder-zh', name: holder });
    const holderIds = (x: DocumentFacts, y: DocumentFacts) => resolveAcross([x, y]).map((d) => d.entities.find((e) => e.label === 'Organization')!.id);

    it('named in two scripts, they are one company when the company words agree, and the merge says why', () => {
      const [ra, rb] = resolveAcross([a('Acme Bio'), b('艾科生物科技(上海)有限公司')]);
      expect(ra!.entities[0]!.id).toBe(rb!.entities[0]!.id);
      const [ha, hb] = [ra!.entities[1]!, rb!.entities[1]!];
      expect(ha.id).toBe(hb.id);
      expect(rb!.merges.map((m) => m.reason).join(' ')).toMatch(/holders of one licence/);
    });

    it('a pharmaceutical group and a biotech company holding one licence stay two companies', () => {
      const [x, y] = holderIds(a('Acme Pharmaceutical Group'), b('艾科生物科技(上海)有限公司'));
      expect(x).not.toBe(y);
      const p = (d: DocumentFacts) => profilesOf(`doc:${d.document}`, d).find((q) => q.label === 'Organization')!;
      expect(heldTogether(p(a('Acme Pharmaceutical Group')), p(b('艾科生物科技(上海)有限公司'))).map((f) => f.name)).toContain('different kinds of company');
      expect(heldTogether(p(a('Acme Bio')), p(b('艾科生物科技(北京)有限公司')))).toHaveLength(2);
    });

    it('two different English names holding one licence are two companies (a parent and its subsidiary), and two licences', () => {
      const c = licence('c.txt', { id: 'license:ruixinsheng-2', name: 'approval of Ruixinsheng', date: '2024-05-06', evidence: evEn }, nmpa, { id: 'org:other', name: 'Acme Holdings' });
      const [ra, rc] = resolveAcross([a('Acme Bio'), c]);
      expect(ra!.entities[1]!.id).not.toBe(rc!.entities[1]!.id);
      expect(ra!.entities[0]!.id).not.toBe(rc!.entities[0]!.id);
    });

    it('without a licence in common, an English and a Chinese company name are not compared', () => {
      const c = licence('c.txt', { id: 'license:an-kang-ning', name: '安康宁注射液附条件批准上市', date: '2024-05-06', evidence: '2024年5月6日，国家药监局附条件批准艾科生物科技(上海)有限公司申报的安康宁注射液上市。' }, nmpa, { id: 'org:holder-zh', name: '艾科生物科技(上海)有限公司' });
      const [x, y] = holderIds(a('Acme Bio'), c);
      expect(x).not.toBe(y);
    });
  });
});

// Organisations named in English and in Chinese: the English words are glossary words or pinyin of the Chinese.
describe('an English organisation name that spells a Chinese one', () => {
  const org = (d: string, id: string, name: string) => doc(d, [{ id, label: 'Organization', name }]);
  const sameOrg = (en: string, zh: string) => {
    const [a, b] = resolveAcross([org('en.txt', 'org:en', en), org('zh.txt', 'org:zh', zh)]);
    return a!.entities[0]!.id === b!.entities[0]!.id;
  };

  it('is one organisation: pinyin for the name, glossary for the rest, an affiliation prefix left out', () => {
    expect(sameOrg('Xinghe Hospital Stem Cell Centre', '江南大学附属星河医院干细胞中心')).toBe(true);
    expect(sameOrg('Chongqing Cell Therapy Group', '重庆细胞治疗集团有限公司')).toBe(true);
    // Traditional characters read as Simplified.
    expect(sameOrg('Chongqing Cell Therapy Group', '重慶細胞治療集團有限公司')).toBe(true);
    expect(sameOrg('Xinghe Hospital Stem Cell Centre', '江南大學附屬星河醫院幹細胞中心')).toBe(true);
    const [a, b] = resolveAcross([org('en.txt', 'org:en', 'Xinghe Hospital Stem Cell Centre'), org('zh.txt', 'org:zh', '江南大学附属星河医院干细胞中心')]);
    expect(b!.merges.map((m) => m.reason).join(' ') + a!.merges.map((m) => m.reason).join(' ')).toMatch(/English name spells the Chinese one \(xinghe\)/);
  });

  it('is not: a Chinese word the English leaves out, an English word the Chinese lacks, two words, or another city', () => {
    expect(sameOrg('Chongqing Stem Cell Hospital', '重庆和美医院干细胞中心')).toBe(false);
    expect(sameOrg('Xinghe Hospital Stem Cell Centre', '江南大学附属星河医院')).toBe(false);
    expect(sameOrg('Xinghe Hospital', '星河医院')).toBe(false);
    expect(sameOrg('Chongqing Cell Therapy Group', '成都细胞治疗集团有限公司')).toBe(false);
  });

  it('a university hospital: its ordinal, school of medicine and an old spelling of the university are read', () => {
    expect(sameOrg('First Affiliated Hospital of Jiangnan University School of Medicine', '江南大学医学院附属第一医院')).toBe(true);
    expect(sameOrg('Jiangnan University School of Medicine Second Affiliated Hospital', '江南大学医学院附属第二医院')).toBe(true);
    expect(sameOrg('Peking University Sixth Hospital', '北京大学第六医院')).toBe(true);
    expect(sameOrg('Third Affiliated Hospital of Soochow University', '苏州大学附属第三医院')).toBe(true);
  });

  it('a university hospital is not another ordinal, nor the university itself', () => {
    expect(sameOrg('First Affiliated Hospital of Jiangnan University', '江南大学医学院附属第二医院')).toBe(false);
    expect(sameOrg('Peking University Fifth Hospital', '北京大学第六医院')).toBe(false);
    expect(sameOrg('Jiangnan University School of Medicine', '江南大学医学院附属第一医院')).toBe(false);
  });
});

describe('titles with no normative kind word', () => {
  const pol = (d: string, id: string, name: string, date?: string) => doc(d, [{ id, name, ...(date ? { date } : {}) }]);
  const samePolicy = (x: string, y: string, date?: string) => {
    const [a, b] = resolveAcross([pol('a.txt', 'policy:a', x, date), pol('b.txt', 'policy:b', y, date)]);
    return a!.entities[0]!.id === b!.entities[0]!.id;
  };

  it('a reply to a numbered proposal is not a blueprint it shares words with, nor the reply to another number', () => {
    expect(samePolicy('家庭医疗健康蓝图', '关于十五届全国政协第一次会议第00321号(医疗卫生类12号)提案答复的函')).toBe(false);
    expect(samePolicy('关于市政协八届二次会议第57号提案的答复', '关于十五届全国人大二次会议第4410号建议的答复', '2027-05-10')).toBe(false);
  });

  it('one reply named alike on two pages is one text', () => {
    expect(samePolicy('关于市政协八届二次会议第57号提案的答复', '关于市政协八届二次会议第57号提案的答复', '2027-05-10')).toBe(true);
  });
});

// A company's own romanisation (not pinyin) in two reports of one approval. Names and texts invented for the test.
describe('a company named in its own romanisation in two reports of one licence', () => {
  const report = (d: string, lic: Partial<Entity>, company: string) =>
    doc(d, [{ label: 'License', ...lic }, { id: `org:${d}`, label: 'Organization', name: company }], [{ type: 'ISSUED', from: 'agency:cn/nmpa', to: lic.id! }]);
  const en = (company: string, date = '2023-03-14') =>
    report('en.txt', { id: 'license:first-car-t', name: 'approval of the first CAR-T therapy', date, evidence: 'The regulator said on Tuesday it approved the first CAR-T therapy in the country.' }, company);
  const zh = (company: string) =>
    report('zh.txt', { id: 'license:zheng-shu', name: '药品注册证书', date: '2023-03-14', evidence: '2023年3月14日，子公司收到国家药监局颁发的《药品注册证书》，其CAR-T细胞治疗产品乙注射液获批上市。' }, company);
  const sameCompany = (a: DocumentFacts, b: DocumentFacts) => {
    const [ra, rb] = resolveAcross([a, b]);
    return ra!.entities[1]!.id === rb!.entities[1]!.id;
  };

  it('is one company when the rest of the name is spelled and the brand has the syllables and initial of the Chinese', () => {
    expect(sameCompany(en('Hangzhou Hansoh Pharmaceutical Group'), zh('杭州豪森医药(集团)股份有限公司'))).toBe(true);
    expect(sameCompany(en('Hangzhou Hansoh Pharmaceutical Group'), zh('杭州豪森醫藥(集團)股份有限公司'))).toBe(true);
  });

  it('is not without one licence in both, with another initial, or with a second word unaccounted for', () => {
    expect(sameCompany(en('Hangzhou Hansoh Pharmaceutical Group', '2023-05-02'), zh('杭州豪森医药(集团)股份有限公司'))).toBe(false);
    expect(sameCompany(en('Hangzhou Kelon Pharmaceutical Group'), zh('杭州豪森医药(集团)股份有限公司'))).toBe(false);
    expect(sameCompany(en('Hangzhou Hansoh Pharmaceutical Group'), zh('杭州豪森医药产业发展有限公司'))).toBe(false);
    expect(sameCompany(en('Ningbo Hansoh Pharmaceutical Group'), zh('杭州豪森医药(集团)股份有限公司'))).toBe(false);
  });
});

// Hong Kong and Taiwan law titles across scripts: 條例 is an Ordinance, 法 an Act; an amending act is its own text.
describe('ordinances, acts and amending acts across scripts', () => {
  // Both passed by one legislature: agreeing issuers are evidence too.
  const policy = (d: string, name: string, date?: string) =>
    doc(d, [{ id: `policy:${d}`, name, ...(date ? { date } : {}) }], [{ type: 'ISSUED', from: 'agency:cn-hk/legislative-council', to: `policy:${d}` }]);
  const same = (a: DocumentFacts, b: DocumentFacts) => {
    const [ra, rb] = resolveAcross([a, b]);
    return ra!.entities[0]!.id === rb!.entities[0]!.id;
  };

  it('an Ordinance and its 條例, an Act and its 法, are one text', () => {
    expect(same(policy('en', 'Pharmacy and Poisons Ordinance'), policy('zh', '藥劑業及毒藥條例'))).toBe(true);
    expect(same(policy('en', 'Act on the Safety of Regenerative Medicine'), policy('zh', '再生醫療等安全性確保法'))).toBe(true);
  });

  it('an amending ordinance is one text in both scripts, and not the ordinance it amends', () => {
    const amendment = policy('en', 'Pharmacy and Poisons (Amendment) Ordinance 2019', '2019-12-11');
    expect(same(amendment, policy('zh', '2019年藥劑業及毒藥（修訂）條例', '2019-12-11'))).toBe(true);
    expect(same(amendment, policy('zh', '藥劑業及毒藥條例'))).toBe(false);
    // Concepts agree but for the amendment, and one legislature passed both: without the rule that is a merge.
    const j = compare(profilesOf('doc:en', policy('en', 'Pharmacy and Poisons Ordinance'))[0]!, profilesOf('doc:zh', policy('zh', '2019年藥劑業及毒藥（修訂）條例', '2019-12-11'))[0]!);
    expect(j.veto).toBe(true);
    expect(j.features.map((f) => f.name)).toContain('an amending act and the act it amends');
    expect(j.features.filter((f) => f.weight > 0).reduce((x, f) => x + f.weight, 0)).toBeGreaterThanOrEqual(0.8);
  });

  it('an amending Ordinance and an amending Regulation of one year are two texts; a Regulation and its 規例 are one', () => {
    const ordinance = policy('en', 'Pharmacy and Poisons (Amendment) Ordinance 2021', '2021');
    const regulation = policy('en2', 'Pharmacy and Poisons (Amendment) Regulation 2021', '2021');
    expect(same(ordinance, regulation)).toBe(false);
    expect(same(regulation, policy('zh', '2021年藥劑業及毒藥（修訂）規例', '2021'))).toBe(true);
    expect(same(ordinance, policy('zh', '2021年藥劑業及毒藥（修訂）條例', '2021'))).toBe(true);
    expect(same(policy('zh', '藥劑業及毒藥條例'), policy('zh2', '藥劑業及毒藥規例'))).toBe(false);
    // A mainland 条例 is a 'Regulation' in English: no veto between the two.
    const mainland = compare(profilesOf('doc:en', policy('en', 'Regulations on the Administration of Stem Cell Clinical Research'))[0]!, profilesOf('doc:zh', policy('zh', '干细胞临床研究管理条例'))[0]!);
    expect(mainland.veto).toBe(false);
  });

  it("Japan's act on the safety of regenerative medicine is not Taiwan's Regenerative Medicine Act", () => {
    expect(same(policy('en', 'Act on the Safety of Regenerative Medicine'), policy('zh', '再生醫療法'))).toBe(false);
  });
});

// A proposal is one member's act. Titles written for the test.
describe('proposals of two members', () => {
  const proposal = (d: string, id: string, name: string, proposer: string) =>
    doc(d, [{ id, label: 'Proposal', name, date: '2025-03' }, { id: proposer, label: 'Person', name: proposer }], [{ type: 'PROPOSED', from: proposer, to: id }]);
  const en = (proposer: string) => proposal('en.txt', 'proposal:en', 'Proposal on speeding up the review of cell therapy products', proposer);
  const zh = (proposer: string) => proposal('zh.txt', 'proposal:zh', '关于加快细胞治疗产品审评的提案', proposer);

  it('are two proposals however alike their titles; one member reported in two languages is one', () => {
    const j = compare(profilesOf('doc:en', en('person:wang-fang'))[0]!, profilesOf('doc:zh', zh('person:zhao-lei'))[0]!);
    expect(j.features.filter((f) => f.weight > 0).reduce((x, f) => x + f.weight, 0)).toBeGreaterThanOrEqual(0.8);
    expect(j.veto).toBe(true);
    const [a, b] = resolveAcross([en('person:wang-fang'), zh('person:zhao-lei')]);
    expect(idIn(a!, 'Proposal on speeding up the review of cell therapy products')).not.toBe(idIn(b!, '关于加快细胞治疗产品审评的提案'));
    const [c, d] = resolveAcross([en('person:wang-fang'), zh('person:wang-fang')]);
    expect(idIn(c!, 'Proposal on speeding up the review of cell therapy products')).toBe(idIn(d!, '关于加快细胞治疗产品审评的提案'));
  });
});

describe('persons: a name alone is not enough', () => {
  // Two Taiwan officials named 陳怡安: a deputy director of the MOHW's Department of Medical Affairs on a 2024 page,
  // and a section chief of Taipei's health department on a 2026 page whose body the extractor may miss.
  const official = (d: string, publishedOn: string, body?: string) => ({
    ...doc(d, [{ id: 'person:chen-yian', label: 'Person', name: 'Chen Yian', nameZh: '陳怡安' }], body ? [{ type: 'MEMBER_OF', from: 'person:chen-yian', to: body }] : []),
    publishedOn,
  });
  const MEDICAL_AFFAIRS = 'agency:cn-tw/mohw/medical-affairs';
  const judged = (a: DocumentFacts, b: DocumentFacts) => compare(profilesOf(`doc:${a.document}`, a)[0]!, profilesOf(`doc:${b.document}`, b)[0]!);
  const oneId = (a: DocumentFacts, b: DocumentFacts) => {
    const [x, y] = resolveAcross([a, b]);
    return x!.entities[0]!.id === y!.entities[0]!.id;
  };

  it('one name on pages two years apart, nothing else shared, is two people; the evidence says why', () => {
    const [a, b] = [official('ltn.txt', '2024-03-12', MEDICAL_AFFAIRS), official('ettoday.txt', '2026-02-17')];
    expect(oneId(a, b)).toBe(false);
    expect(judged(a, b).features.map((f) => f.name).join()).toMatch(/nothing in common but the name/);
  });

  it('one name joins with one body, a body and its part, or pages within a year', () => {
    expect(oneId(official('a.txt', '2022-01-05', MEDICAL_AFFAIRS), official('b.txt', '2026-02-17', MEDICAL_AFFAIRS))).toBe(true);
    expect(oneId(official('a.txt', '2022-01-05', MEDICAL_AFFAIRS), official('b.txt', '2026-02-17', 'agency:cn-tw/mohw'))).toBe(true);
    expect(judged(official('a.txt', '2022-01-05', MEDICAL_AFFAIRS), official('b.txt', '2026-02-17', 'agency:cn-tw/mohw')).features.map((f) => f.name)).toContain('a body and its part');
    expect(oneId(official('a.txt', '2025-07-03'), official('b.txt', '2026-04-02', MEDICAL_AFFAIRS))).toBe(true);
    expect(oneId(official('a.txt', '2025-02'), official('b.txt', '2026-04-02'))).toBe(false);
  });

  it('bodies of different levels or places keep two people apart, even in one month', () => {
    const [a, b] = [official('a.txt', '2025-05-02', 'agency:cn/nhc'), official('b.txt', '2025-05-20', 'agency:cn-gd/health-commission')];
    expect(judged(a, b).features.map((f) => f.name)).toContain('bodies of different levels or places');
    expect(oneId(a, b)).toBe(false);
    // Two bodies of one level and place (a legislator who became a minister) do not conflict.
    expect(oneId(official('a.txt', '2025-05-02', 'agency:cn-tw/legislative-yuan'), official('b.txt', '2025-09-20', 'agency:cn-tw/mohw'))).toBe(true);
  });

  it('profiles stored before the page date was kept are judged as before', () => {
    const [p, q] = [official('ltn.txt', '2024-03-12', MEDICAL_AFFAIRS), official('ettoday.txt', '2026-02-17')].map((d) => profilesOf(`doc:${d.document}`, d)[0]!);
    delete q!.seen;
    expect(compare(p!, q!).score).toBeGreaterThanOrEqual(0.8);
  });
});
