// Issuing (M4, session 19): classes of text written for this test in our own words, with near misses.
import { describe, expect, it } from 'vitest';
import { extractText } from '../loaders/index.ts';
import { detectLanguage } from '../loaders/read/script.ts';

const issued = (text: string): string[] => {
  const d = extractText({ path: '/tmp/i.txt', name: 'i.txt', sha256: '0', text, language: detectLanguage(text), title: 'i.txt', publishedOn: '2026-12-01' });
  return d.relations.filter((r) => r.type === 'ISSUED' && r.to.startsWith('policy:')).map((r) => r.from);
};

// 在修订《X》时 / 在制定《X》的过程中: the time of an act under way or to come issues nothing; an act done still does.
const DURING: [string, string[]][] = [
  ['近日，湖南省卫生健康委在答复中表示，将会同湖南省药监局研究完善备案管理，在修订《湖南省干细胞临床研究管理细则》时统筹考虑代表意见。', []],
  ['国家药监局表示，在制定《细胞治疗产品生产质量管理指南》的过程中已广泛听取企业意见。', []],
  ['國家衛生健康委表示，會在修改《醫療技術臨床應用管理辦法》期間徵求各方意見。', []],
  ['国家药监局于2024年5月修订了《药品注册管理办法》。', ['agency:cn/nmpa']],
  ['湖南省卫生健康委在今年3月印发的《湖南省细胞治疗技术临床应用管理办法》中明确了备案要求。', ['agency:cn-hn/health-commission']],
  ['江苏省药监局在修订《江苏省药品生产监督管理办法》后，于6月正式印发实施。', ['agency:cn-js/medical-products']],
];

describe('M4 issuing: an act under way (在修订《X》时) issues nothing', () => {
  it.each(DURING)('%s', (s, who) => expect(issued(s)).toEqual(who));
});

// "drafted by A and issued by B": B issued it; drafted alone still issues, and "issued by B and drafted by A" keeps B.
const DRAFTED_THEN_ISSUED: [string, string[]][] = [
  ["The Shanghai Measures on Supporting Cell Therapy Industry, drafted by the Shanghai Municipal Health Commission and issued by the Shanghai Municipal People's Government, take effect on 1 March.", ['agency:cn-sh/government']],
  ["The Zhejiang Plan for Cell Therapy Clinical Research (2026-2028), formulated by the Zhejiang Provincial Health Commission and released in May by the General Office of the Zhejiang Provincial People's Government, sets targets.", ['agency:cn-zj/general-office']],
  ['The Guidelines for Stem Cell Banks were drafted by the National Health Commission and the National Medical Products Administration.', ['agency:cn/nhc', 'agency:cn/nmpa']],
  ["The Hubei Measures for Gene Therapy, issued by the Hubei Provincial People's Government and drafted by the Hubei Provincial Health Commission, take effect in June.", ['agency:cn-hb/government']],
];
describe('M4 issuing: drafted by one body, issued by another', () => {
  it.each(DRAFTED_THEN_ISSUED)('%s', (s, who) => expect(issued(s)).toEqual(who));
});
