// When a body acted, written between it and its approving verb (今年6月, 去年底, 早於今年初, 已于本月初): the body still
// approves. Our own pages, read from files through the real reader.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';

const extractPage = pageFiles('licences-s20-time-gap-');

const licences = async (text: string) => {
  const d = await extractPage(text);
  const ls = d.entities.filter((e) => e.label === 'License');
  const issuers = d.relations.filter((r) => r.type === 'ISSUED' && ls.some((l) => l.id === r.to)).map((r) => r.from);
  return { names: ls.map((l) => l.name), issuers };
};

describe('a time between the body and its verb', () => {
  it.each([
    ['细胞药物获批\n\n2027年8月3日\n\n国家药监局今年6月批准“安宁赛”注射液上市，用于治疗类风湿关节炎。\n', 'agency:cn/nmpa', /安宁赛/],
    ['特管辦法新核准\n\n2027年2月1日\n\n衛福部去年底核准彰濱秀傳醫院執行自體脂肪幹細胞治療慢性傷口。\n', 'agency:cn-tw/mohw', /自體脂肪幹細胞治療/],
    ['基因治療藥物在港註冊\n\n2027年9月9日\n\n香港藥劑業及毒藥管理局早於今年初批准「Roctavian」在港註冊。\n', 'agency:cn-hk/pharmacy-and-poisons-board', /Roctavian/],
    ['新药上市\n\n2027年10月20日\n\n国家药品监督管理局已于本月初附条件批准“康悦赛”注射液上市。\n', 'agency:cn/nmpa', /康悦赛/],
  ])('%s', async (text, body, name) => {
    const f = await licences(text);
    expect(f.names.some((n) => name.test(n))).toBe(true);
    expect(f.issuers).toContain(body);
  });

  it.each([
    '展望\n\n2027年1月3日\n\n国家药监局今年将批准更多细胞治疗产品上市。\n',
    '受理\n\n2027年6月30日\n\n国家药监局今年6月受理了“安宁赛”注射液的上市申请。\n',
    '回顾\n\n2027年1月8日\n\n国家药监局去年共批准5款CAR-T产品上市。\n',
  ])('no licence: %s', async (text) => expect((await licences(text)).names).toEqual([]));
});
