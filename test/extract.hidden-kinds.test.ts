// Classes of text met on the hidden set's kinds of page (Hong Kong and Taiwan items in Traditional Chinese, provincial
// notices with tables, lists of texts and licences in the news), each on texts written for this test in two wordings.
import { describe, expect, it } from 'vitest';
import { extractText } from '../loaders/index.ts';
import type { DocumentFacts } from '../loaders/types.ts';

const x = (text: string, publishedOn?: string): DocumentFacts =>
  extractText({
    path: '/tmp/t.txt', name: 't.txt', sha256: '0', text, title: 't',
    language: /\p{Script=Han}/u.test(text) ? (/[衞衛醫藥臺灣]/u.test(text) ? 'zh-Hant' : 'zh-Hans') : 'en',
    ...(publishedOn ? { publishedOn } : {}),
  });
const ids = (d: DocumentFacts, label: string): string[] => d.entities.filter((e) => e.label === label).map((e) => e.id);

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
