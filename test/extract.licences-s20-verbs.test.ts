// One list of English grant verbs (rules/fragments.ts GIVE_EN, RECEIVE_EN): a verb of the list is read by every grant
// rule, in every order. Our own sentences, each a short page read from a file.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';

const extractPage = pageFiles('licences-s20-verbs-');

const facts = async (text: string) => {
  const d = await extractPage(text);
  const licences = d.entities.filter((e) => e.label === 'License');
  const issuers = d.relations.filter((r) => r.type === 'ISSUED' && licences.some((l) => l.id === r.to)).map((r) => r.from);
  return { licences: licences.map((l) => l.name), issuers };
};

describe('a grant verb of the one list, in each rule that reads grants', () => {
  it.each([
    ['Regulator clears cell therapy\n\nBeijing, 3 March 2027\n\nThe National Medical Products Administration awarded conditional approval to QL-207, an allogeneic CAR-NK product developed by Qilin Cell, on 2 March.\n', 'agency:cn/nmpa'],
    ['Designation news\n\n2027-04-11\n\nThe Center for Drug Evaluation has awarded breakthrough therapy designation to HR-88, a stem cell therapy for knee cartilage defects.\n', 'agency:cn/nmpa/cde'],
    ['Plant licensed\n\n2027-05-20\n\nKunming Youhe Cell Engineering Co., Ltd. earned a drug manufacturing licence from the Yunnan Provincial Medical Products Administration in May.\n', 'agency:cn-yn/medical-products'],
    ['Gene therapy approved\n\n2027-06-02\n\nThe haemophilia gene therapy LV-33 earned NMPA approval for adults with severe disease, its developer said on Monday.\n', 'agency:cn/nmpa'],
  ])('%s', async (text, body) => {
    const f = await facts(text);
    expect(f.licences.length).toBe(1);
    expect(f.issuers).toContain(body);
  });

  it.each([
    'Staff honoured\n\n2027-03-03\n\nThe National Medical Products Administration awarded a prize to its best reviewer of the year.\n',
    'Results\n\n2027-03-04\n\nNorthlake Cell Co., Ltd. earned revenue of 30 million yuan from a contract with a hospital in Shanghai.\n',
    'Filing\n\n2027-03-05\n\nThe company has submitted its application to the National Medical Products Administration and expects to be awarded approval next year.\n',
  ])('no licence: %s', async (text) => expect((await facts(text)).licences).toEqual([]));
});
