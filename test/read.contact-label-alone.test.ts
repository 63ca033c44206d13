// A contact label alone on its line (联系人： / 聯繫人： / 联系方式：) with the entry on the next: the reader keeps the two
// as one contact entry, so its unit and person are read as on one line. Pages written here in our own words.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../loaders/index.ts';

let dir = '';
beforeAll(async () => { dir = await fs.mkdtemp(path.join(os.tmpdir(), 'label-alone-')); });
afterAll(async () => { await fs.rm(dir, { recursive: true, force: true }); });

const page = async (name: string, head: string, body: string, foot: string) => {
  const file = path.join(dir, name);
  await fs.writeFile(file, `${head}\n\n2026-10-15\n\n${body}\n\n${foot}\n`);
  return extractFile(file);
};
const persons = (d: Awaited<ReturnType<typeof page>>) => d.entities.filter((e) => e.label === 'Person').map((e) => e.nameZh ?? e.name);
const memberOf = (d: Awaited<ReturnType<typeof page>>) => d.relations.filter((r) => r.type === 'MEMBER_OF').length;

describe('a contact label alone on its line', () => {
  it('联系人： then unit, name and phone: the person and the unit', async () => {
    const d = await page('a.txt', '贵州省卫生健康委员会关于做好细胞治疗临床研究备案工作的通知', '各市（州）卫生健康局：\n现就有关事项通知如下。', '联系人：\n省卫生健康委医政医管处　龙海燕　0851-86833210\n\n贵州省卫生健康委员会\n2026年10月12日');
    expect(persons(d)).toContain('龙海燕');
    expect(memberOf(d)).toBeGreaterThan(0);
  });

  it('聯繫人： then the entry, on a Traditional page', async () => {
    const d = await page('b.txt', '臺南市政府衛生局辦理細胞治療技術施行計畫說明會', '本局將於本月舉辦說明會，請各醫院派員參加。', '聯繫人：\n衛生局醫事管理科　鄭雅婷　06-2679751\n\n臺南市政府衛生局');
    expect(persons(d).some((n) => /鄭雅婷|郑雅婷/.test(n))).toBe(true);
  });

  it('联系方式： then the entry', async () => {
    const d = await page('c.txt', '湖北省药品监督管理局关于开展细胞治疗产品生产质量检查的通知', '各有关企业：\n现将检查安排通知如下。', '联系方式：\n省药监局药品生产监管处　余志刚　027-87111234\n\n湖北省药品监督管理局\n2026年10月9日');
    expect(persons(d)).toContain('余志刚');
  });

  it('a second entry under the first, indented, with a long name: its own person', async () => {
    const d = await page('e.txt', '云南省药品监督管理局关于开展细胞治疗产品注册核查的通知', '各有关企业：\n现将有关事项通知如下。', '联系人：省药监局药品注册处　扎西顿珠　0871-65195321\n　　　　省卫生健康委科技教育处　阿依古丽·买买提　0871-67195123\n\n云南省药品监督管理局\n2026年10月9日');
    expect(persons(d)).toHaveLength(2);
  });

  it('a phone alone under the label names no one', async () => {
    const d = await page('d.txt', '贵州省卫生健康委员会关于做好细胞治疗临床研究备案工作的通知', '各市（州）卫生健康局：\n现就有关事项通知如下。', '联系人：\n0851-86833210\n\n贵州省卫生健康委员会\n2026年10月12日');
    expect(persons(d)).toEqual([]);
  });
});
