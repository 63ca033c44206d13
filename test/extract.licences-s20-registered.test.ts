// A product registered where one body registers drugs (Hong Kong's Pharmacy and Poisons Board): the verb "registered"
// (active, passive, a participle after "the first … registered in"), and 批准X在港註冊 with a Latin or quoted name.
// Our own pages, read from files through the real reader.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';

const extractPage = pageFiles('licences-s20-registered-');
const PPB = 'agency:cn-hk/pharmacy-and-poisons-board';

const licences = async (text: string) => {
  const d = await extractPage(text);
  const ls = d.entities.filter((e) => e.label === 'License');
  const issuers = d.relations.filter((r) => r.type === 'ISSUED' && ls.some((l) => l.id === r.to)).map((r) => r.from);
  return { names: ls.map((l) => l.name), issuers };
};

describe('a product registered in Hong Kong: a licence of the Pharmacy and Poisons Board', () => {
  it.each([
    ['Gene therapy registered\n\n2027-04-13\n\nThe Pharmacy and Poisons Board has registered Kunlun Bio\'s gene therapy KL-55 for haemophilia A, the Department of Health said on Tuesday.\n', /KL-55/],
    ['Mainland CAR-T in Hong Kong\n\nHong Kong, 2 June 2027\n\nRenocel, a CAR-T therapy made by Wuhan Ruixin Bio, was registered in Hong Kong in May 2027 under the "1+" mechanism.\n', /Renocel/],
    ['Stem cell drug milestone\n\n2027-01-20\n\nIn 2026, Norcel became the first mainland stem cell drug registered in Hong Kong, its developer said.\n', /Norcel/],
    ['基因治療藥物在港註冊\n\n2027年3月4日\n\n藥劑業及毒藥管理局上月批准Zolgensma在港註冊，用於治療脊髓性肌肉萎縮症。\n', /Zolgensma/],
    ['细胞药物获准在港注册\n\n2027年5月6日\n\n香港药剂业及毒药管理局于3月批准“瑞宁赛”注射液在港注册。\n', /瑞宁赛/],
    ['Registration\n\n2027-05-02\n\nThe CAR-NK product QN-12 was registered by the Pharmacy and Poisons Board in April.\n', /QN-12/],
  ])('%s', async (text, name) => {
    const f = await licences(text);
    expect(f.names.some((n) => name.test(n))).toBe(true);
    expect(f.issuers).toContain(PPB);
  });

  it.each([
    'Plans\n\n2027-04-01\n\nKunlun Bio plans to have KL-55 registered in Hong Kong next year.\n',
    'Company profile\n\n2027-04-02\n\nKunlun Bio was registered in Hong Kong in 2019 as a limited company.\n',
    '申請註冊\n\n2027年4月3日\n\n該公司已向藥劑業及毒藥管理局申請在港註冊其基因治療產品。\n',
    'Count\n\n2027-04-04\n\nFive advanced therapy products have been registered in Hong Kong so far.\n',
    // S20-R9 (REVIEW): a trial, a patent, a trademark registered there is no product's registration.
    'Trial registry\n\n2027-04-05\n\nThe first-in-human study of the iPSC-derived islet product was registered in Hong Kong last month.\n',
    'Patents\n\n2027-04-06\n\nA patent on the company\'s lentiviral vector was registered in Macao in March, the filing shows.\n',
    'Brand\n\n2027-04-07\n\nThe trademark for its CAR-T therapy has been registered in Hong Kong.\n',
  ])('no licence: %s', async (text) => expect((await licences(text)).names).toEqual([]));
});
