// M7 (S19 R20): a body named without its place ("the provincial drug regulator", 省药监局) takes the place named before it
// only when that is one place: after two provinces named together ("Jiangsu and Anhui", 江苏、浙江两省) it is neither's.
// Our own pages, read from files.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';

const extractPage = pageFiles('places-s20-context-body-');

const agencies = async (text: string): Promise<string[]> => (await extractPage(text)).entities.filter((e) => e.label === 'Agency').map((e) => e.id);

describe('a body named without its place after two places', () => {
  it.each([
    ['en, two provinces joined by "and", the body in the next sentence', 'Joint pilot\n\n2026-04-14\n\nHospitals in Jiangsu and Anhui may apply for the pilot. The provincial drug regulator will review the files within 30 days.\n', /^agency:cn-(?:js|ah)\/medical-products$/],
    ['en, two provinces in a list, the body in the same sentence', 'Regional plan\n\n2026-05-20\n\nShandong, Henan and Hebei will share data, and the provincial health commission will publish a list of hospitals.\n', /^agency:cn-(?:sd|ha|he)\/health-commission$/],
    ['zh-Hans, 两省 after two provinces', '区域合作\n\n2026年6月3日\n\n江苏、浙江两省将联合开展细胞治疗试点，省药监局负责审查申报材料。\n', /^agency:cn-(?:js|zj)\/medical-products$/],
    ['en, a city named after the two provinces (REVIEW S20-R12)', 'Health officials meet\n\n2026-10-21\n\nHealth officials of Shandong and Henan gathered in Jinan on Monday. The provincial health commission will publish the list of hospitals.\n', /health-commission$/],
  ])('%s', async (_label, text, none) => {
    expect((await agencies(text)).filter((id) => none.test(id))).toEqual([]);
  });

  it.each([
    ['en, one province before', 'Pilot opens\n\n2026-04-14\n\nHospitals in Jiangsu may apply for the pilot. The provincial drug regulator will review the files within 30 days.\n', 'agency:cn-js/medical-products'],
    ['zh-Hans, one province\'s body before', '通知发布\n\n2026年6月3日\n\n浙江省卫生健康委员会发布通知。省药监局负责审查申报材料。\n', 'agency:cn-zj/medical-products'],
    ['en, two cities of one province', 'City pilot\n\n2026-07-09\n\nHospitals in Suzhou and Wuxi, Jiangsu, may apply. The provincial drug regulator will review the files.\n', 'agency:cn-js/medical-products'],
  ])('still resolved: %s', async (_label, text, body) => {
    expect(await agencies(text)).toContain(body);
  });
});
