// M6: a body's unit named with the body's possessive or right after the body's name ("the Zhejiang MPA's Drug
// Registration Division", "the commission's Department of …", 衛福部醫事司, 广东省药监局药品生产监管处) is an Agency PART_OF
// that body. Our own pages, read from files through the real reader.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';

const extractPage = pageFiles('places-s20-units-');

/** The names (with aliases) of the units the page makes PART_OF `parent`. */
const unitsOf = async (text: string, parent: string): Promise<string[]> => {
  const d = await extractPage(text);
  return d.relations.filter((r) => r.type === 'PART_OF' && r.to === parent).flatMap((r) => {
    const e = d.entities.find((x) => x.id === r.from);
    return e ? [e.name, ...(e.aliases ?? [])] : [];
  });
};

describe("a body's unit named with the body", () => {
  it.each([
    ['en, provincial MPA short form, possessive', 'Inspection plan\n\n2026-03-09\n\nThe Zhejiang MPA\'s Drug Registration Division will review the applications, the notice said.\n', 'agency:cn-zj/medical-products', /Drug Registration Division/],
    ['zh-Hans, a division right after the provincial MPA, its head speaking', '政策解读\n\n2026年5月8日\n\n广东省药监局药品生产监管处负责人介绍，试点将于年内启动。\n', 'agency:cn-gd/medical-products', /药品生产监管处/],
    ['zh-Hant, a division right after a Taiwan ministry, its director general', '醫療新聞\n\n2026年6月2日\n\n衛福部照護司司長表示，新制將於明年上路。\n', 'agency:cn-tw/mohw', /照護司/],
    ['en, a national body\'s office after "of the"', 'Comment period\n\n2026-02-11\n\nComments should be sent to the Office of Clinical Trial Management of the Center for Drug Evaluation by March 1.\n', 'agency:cn/nmpa/cde', /Clinical Trial Management/],
  ])('%s', async (_label, text, parent, unit) => {
    expect((await unitsOf(text, parent)).some((n) => unit.test(n))).toBe(true);
  });

  // REVIEW on d5d21db: the CDE's 部 and a unit written "at the" its body. (A Taiwan agency's 組 is left to the membership
  // rules, which make it a member's unit with its post: 藥品組組長.)
  it.each([
    ['zh-Hans, a department (部) after the CDE\'s full name', '审评动态\n\n2026年6月2日\n\n国家药品监督管理局药品审评中心化药临床一部组织召开专家咨询会。\n', 'agency:cn/nmpa/cde', /化药临床一部/],
    ['en, a division "at the" its body', 'Review news\n\n2026-08-19\n\n"We expect more filings," said Zhou Ning, director of the Division of Cell Therapy Evaluation at the Center for Drug Evaluation.\n', 'agency:cn/nmpa/cde', /Division of Cell Therapy Evaluation/],
  ])('%s', async (_label, text, parent, unit) => {
    expect((await unitsOf(text, parent)).some((n) => unit.test(n))).toBe(true);
  });

  // Not yet: the body named by its head word with a possessive (the unit is read before anaphora resolves "the commission").
  it.fails('en, "the commission\'s" after the NHC was named', async () => {
    const text = 'Hospital rules\n\nMarch 3, 2026\n\nThe National Health Commission published the rules on Monday. The commission\'s Department of Medical Emergency Response drafted them.\n';
    expect((await unitsOf(text, 'agency:cn/nhc')).some((n) => /Medical Emergency Response/.test(n))).toBe(true);
  });

  it.each([
    ['a company\'s department', 'Company news\n\n2026-03-09\n\nThe Zhejiang MPA approved the plant. Hangzhou Tianmu Bio\'s Department of Clinical Research will lead the trial.\n', 'agency:cn-zj/medical-products'],
    ['related offices, no name', '政策解读\n\n2026年5月8日\n\n广东省药监局相关处室负责人介绍，试点将于年内启动。\n', 'agency:cn-gd/medical-products'],
    ['the body\'s new department, no name', 'Inspection plan\n\n2026-03-09\n\nThe Zhejiang MPA\'s new department will review the applications.\n', 'agency:cn-zj/medical-products'],
    ['全部 after the NMPA', '审评动态\n\n2026年6月2日\n\n国家药品监督管理局全部完成了年度审评任务。\n', 'agency:cn/nmpa'],
    ['a post "at the" a body, no unit', 'Review news\n\n2026-08-19\n\n"We expect more filings," said Zhou Ning, director of research at the Center for Drug Evaluation.\n', 'agency:cn/nmpa/cde'],
  ])('no unit: %s', async (_label, text, parent) => {
    expect(await unitsOf(text, parent)).toEqual([]);
  });
});
