// Layout classes of session 15, each as a table of sibling inputs written for this test (another voice, order, script
// or layout of the same fact) and a no-match: the document layer must read the class, not one page.
import { describe, expect, it } from 'vitest';
import { extractText } from '../loaders/index.ts';
import { detectLanguage } from '../loaders/read/script.ts';
import type { DocumentFacts } from '../loaders/types.ts';

const x = (text: string, publishedOn?: string): DocumentFacts =>
  extractText({ path: '/tmp/t.txt', name: 't.txt', sha256: '0', text, language: detectLanguage(text), title: 't', ...(publishedOn ? { publishedOn } : {}) });
const policy = (d: DocumentFacts, name: string) => d.entities.find((e) => e.label === 'Policy' && (e.name === name || e.aliases?.includes(name)));
const issuedDates = (d: DocumentFacts, id: string | undefined) => d.relations.filter((r) => r.type === 'ISSUED' && r.to === id).map((r) => r.date);

describe('the page\'s own dates', () => {
  // Class: a story states in a sentence of its own when the text it reports was put out (文件出台日期为D, 该文件于D印发,
  // "The document was released on D") → that day dates the text and its ISSUED, over 近日 read against a repost's stamp.
  const siblings: Array<[string, string, string | undefined, string]> = [
    ['近日，国家卫生健康委员会联合科技部印发了《关于规范干细胞临床研究的若干意见》。\n\n要点一：《意见》明确，研究机构须备案。文件出台日期为2026年8月14日。\n\n要点二：加强监管。', '关于规范干细胞临床研究的若干意见', '2026-09-02', '2026-08-14'],
    ['國家衛生健康委員會日前會同國家藥監局發布《細胞治療產品臨床研究管理辦法》。\n\n《辦法》共六章。該文件於2026年8月14日印發。', '細胞治療產品臨床研究管理辦法', undefined, '2026-08-14'],
    ['衛生福利部日前公告《再生醫療製劑查驗登記須知》。\n\n該須知的發布日期為2026年8月14日。', '再生醫療製劑查驗登記須知', undefined, '2026-08-14'],
    ['近期，国家药监局发布《细胞治疗产品生产质量管理指南》。据了解，该指南的发布日期是2026年8月14日，自发布之日起施行。', '细胞治疗产品生产质量管理指南', undefined, '2026-08-14'],
    ['Recently, the National Health Commission and the Ministry of Science and Technology issued the Opinions on Regulating Stem Cell Clinical Research.\n\nThe Opinions require every institution to register its projects. The document was released on August 14, 2026.', 'Opinions on Regulating Stem Cell Clinical Research', '2026-09-02', '2026-08-14'],
    // No-match: a day in a later sentence that is not the text's.
    ['近日，国家卫生健康委员会印发了《关于加强细胞治疗监管的通知》。\n\n通知要求各地加强监管。记者从会上获悉，相关培训于2026年8月14日举行。', '关于加强细胞治疗监管的通知', undefined, 'none'],
  ];
  it.each(siblings)('%s', (text, title, published, date) => {
    const d = x(text, published);
    const p = policy(d, title);
    expect(p, title).toBeDefined();
    expect(p!.date ?? 'none').toBe(date);
    const issued = issuedDates(d, p!.id);
    expect(issued.length).toBeGreaterThan(0);
    for (const got of issued) expect(got ?? 'none').toBe(date);
  });
});
