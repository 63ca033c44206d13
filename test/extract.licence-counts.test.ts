// A count of products (共有三款…, 已有四個…, 30款…) registered or approved is none of them: no licence. One product
// described (一款…, 本港首款…) still is. Our own sentences.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';

const extractPage = pageFiles('licence-counts-');

const licences = async (sentence: string) => {
  return (await extractPage(`先進療法產品註冊\n\n2026-11-05\n\n${sentence}\n`)).entities.filter((e) => e.label === 'License').map((e) => e.name);
};

describe('counts of products', () => {
  it.each([
    '衞生署表示，截至上月底，本港共有五款細胞治療產品獲准在港註冊。',
    '醫務衞生局指出，至今已有兩個基因治療產品在港註冊。',
    '截至9月底，国内已有12款干细胞类产品获得临床试验默示许可。',
  ])('no licence: %s', async (s) => expect(await licences(s)).toEqual([]));

  it('one product described is still one licence', async () =>
    expect((await licences('本港首款治療地中海貧血的基因療法「乙Y」已獲准在港註冊。')).length).toBe(1));
});
