// Persons named in English by Hong Kong (Cantonese), Taiwan (Wade-Giles) or mainland (pinyin) romanisation and in
// characters by Chinese pages: the spelling is evidence, never enough alone; a given name spelled otherwise forbids
// the merge. Names and texts written for these tests.
import { describe, expect, it } from 'vitest';
import { compare, THRESHOLD } from '../loaders/identity/features.ts';
import { profilesOf } from '../loaders/identity/profile.ts';
import { romanAgreement } from '../loaders/identity/romanize.ts';
import { extractText, resolveAcross } from '../loaders/index.ts';
import type { DocumentFacts } from '../loaders/types.ts';
import { handFacts } from './hand-facts.ts';

describe('an English name read against a Chinese one', () => {
  it.each([
    ['Lo Chung-mau', '盧寵茂', 'cantonese'],
    ['Lo Chung-mau', '卢宠茂', 'cantonese'],
    ['Lam Ching-choi', '林正才', 'cantonese'],
    ['Sophia Chan Siu-chee', '陳肇始', 'cantonese'],
    ['Au-Yeung Ka-lai', '歐陽家麗', 'cantonese'],
    ['Leung Chun-ying', '梁振英', 'cantonese'],
    ['Carrie Lam Cheng Yuet-ngor', '林鄭月娥', 'cantonese'],
    ['Chen Shih-chung', '陳時中', 'wade-giles'],
    ['Hsueh Jui-yuan', '薛瑞元', 'wade-giles'],
    ['Chiu Tai-yuan', '邱泰源', 'wade-giles'],
    ['Tsai Ing-wen', '蔡英文', 'wade-giles'],
    ['Chung-mau Lo', '盧寵茂', 'cantonese'],
    ['LO Chung Mau', '盧寵茂', 'cantonese'],
    ['Lo Chungmau', '盧寵茂', 'cantonese'],
    ['Li Ming', '李明', 'pinyin'],
    ['WANG Xiaoming', '王晓明', 'pinyin'],
    // Macao's Cantonese romanisation (j → i, oeng → eong, ing → eng, au → ao).
    ['Ho Iat Seng', '賀一誠', 'macau'],
    ['Leong Vai Tac', '梁維特', 'macau'],
    ['Ao Ieong U', '歐陽瑜', 'macau'],
    ['Cheong Weng Chon', '張永春', 'macau'],
  ])('%s spells %s (%s)', (en, zh, system) => {
    expect(romanAgreement(en, zh)).toEqual({ system });
  });

  it.each([
    ['Chen Shih-kai', '陳時中'],
    ['Li Meng', '李明'],
    ['Lam Ching-wah', '林正才'],
    ['Lo Chung-man', '盧寵茂'],
    ['Ho Iat Kuan', '賀一誠'],
  ])('%s does not spell %s: a different given name', (en, zh) => {
    expect(romanAgreement(en, zh)).toBe('different given name');
  });

  it.each([
    ['Chan Siu-chee', '林正才'], // another family name: nothing said
    ['Sophia Chan', '陳肇始'], // a Western given name is not a Chinese one spelled otherwise
    ['Lo', '盧寵茂'],
  ])('%s against %s says nothing either way', (en, zh) => {
    expect(romanAgreement(en, zh)).toBeUndefined();
  });
});

const person = (d: string, id: string, name: string, body?: string, aliases: string[] = []) =>
  handFacts(d, [{ id, label: 'Person', name, aliases }], body ? [{ type: 'MEMBER_OF', from: id, to: body }] : []);
const MOHW = 'agency:tw/mohw';
const HEALTH_BUREAU = 'agency:cn-hk/health-bureau';

describe('romanised names in resolution', () => {
  const judged = (a: DocumentFacts, b: DocumentFacts) => compare(profilesOf(`doc:${a.document}`, a)[0]!, profilesOf(`doc:${b.document}`, b)[0]!);

  it('a spelling alone stays under the threshold; with the same body it joins', () => {
    const zh = person('zh', 'person:chen-shizhong', 'Chen Shizhong', MOHW, ['陳時中', '陈时中']);
    const alone = judged(person('en', 'person:chen-shih-chung', 'Chen Shih-chung'), zh);
    expect(alone.veto).toBe(false);
    expect(alone.score).toBeLessThan(THRESHOLD);
    const withBody = judged(person('en', 'person:chen-shih-chung', 'Chen Shih-chung', MOHW), zh);
    expect(withBody.score).toBeGreaterThanOrEqual(THRESHOLD);
    expect(withBody.features.map((f) => f.name).join()).toMatch(/romanises the Chinese one \(wade-giles/);
  });

  it('different given names forbid the merge even in one body', () => {
    const zh = person('zh', 'person:chen-shizhong', 'Chen Shizhong', MOHW, ['陳時中']);
    const j = judged(person('en', 'person:chen-shih-kai', 'Chen Shih-kai', MOHW), zh);
    expect(j.veto).toBe(true);
    expect(j.features.map((f) => f.name).join()).toMatch(/different given names, romanised/);
    expect(judged(person('en', 'person:li-meng', 'Li Meng', MOHW), person('zh', 'person:li-ming', 'Li Ming', MOHW, ['李明'])).veto).toBe(true);
  });

  it('resolves across documents: one body joins, different bodies keep two people', () => {
    const hk = person('hk.txt', 'person:lam-ching-choi', 'Lam Ching-choi', HEALTH_BUREAU);
    const zh = person('zh.txt', 'person:lin-zhengcai', 'Lin Zhengcai', HEALTH_BUREAU, ['林正才']);
    const other = person('other.txt', 'person:lin-zhengcai', 'Lin Zhengcai', 'agency:cn/nhc', ['林正才']);
    const [a, b] = resolveAcross([hk, zh]);
    expect(a!.entities[0]!.id).toBe(b!.entities[0]!.id);
    const [c, d] = resolveAcross([hk, other]);
    expect(c!.entities[0]!.id).not.toBe(d!.entities[0]!.id);
  });

  it('a mainland name in pinyin still meets its characters by name (Li Ming = 李明), Li Meng does not', () => {
    // One body as the second piece of evidence: a name alone is not enough (identity.resolve.test.ts, 陳怡安).
    const zh = person('zh.txt', 'person:li-ming', 'Li Ming', 'agency:cn/nhc', ['李明']);
    const [a, b] = resolveAcross([person('a.txt', 'person:li-ming', 'Li Ming', 'agency:cn/nhc'), zh]);
    expect(a!.entities[0]!.id).toBe(b!.entities[0]!.id);
    const [c, d] = resolveAcross([person('c.txt', 'person:li-meng', 'Li Meng', 'agency:cn/nhc'), zh]);
    expect(c!.entities[0]!.id).not.toBe(d!.entities[0]!.id);
  });
});

const page = (name: string, text: string, language: 'en' | 'zh-Hant') => extractText({ path: `/tmp/${name}`, name, sha256: '0', text, language, title: name });

describe('extracted pages: a Hong Kong official in English and in Traditional Chinese', () => {
  const en = page('en.txt', 'Health chief visits cell therapy lab\n\nThe Secretary for Health, Professor Lo Chung-mau, visited a cell therapy laboratory at the Hong Kong Science Park on Tuesday (May 7, 2024).\n', 'en');
  const zh = page('zh.txt', '醫務衞生局局長參觀細胞治療實驗室\n\n醫務衞生局局長盧寵茂教授今日（五月七日）參觀香港科學園的細胞治療實驗室。\n', 'zh-Hant');
  const personId = (d: DocumentFacts) => d.entities.find((e) => e.label === 'Person')?.id;

  it('are one person, and the merge says why', () => {
    const [a, b] = resolveAcross([en, zh]);
    expect(personId(a!)).toBeDefined();
    expect(personId(a!)).toBe(personId(b!));
    expect(b!.merges.find((m) => m.id === personId(b!))?.reason).toMatch(/romanises the Chinese one \(cantonese: Lo Chung-mau = .*\), same body/);
  });
});

describe('extracted pages: a Taiwan minister in Wade-Giles and in characters', () => {
  const zh = page('tw.txt', '衛福部長談再生醫療\n\n衛生福利部部長薛瑞元今日在立法院答詢時表示，再生醫療製劑條例施行細則將於下月公告。\n', 'zh-Hant');
  const en = page('twen.txt', "Taiwan minister on regenerative medicine rules\n\nTaiwan's Minister of Health and Welfare Hsueh Jui-yuan told legislators on Tuesday that detailed rules for regenerative medicine products would be announced next month.\n", 'en');
  const personId = (d: DocumentFacts) => d.entities.find((e) => e.label === 'Person')?.id;

  it('are one person, by the spelling and the ministry both name', () => {
    const [a, b] = resolveAcross([zh, en]);
    expect(personId(a!)).toBeDefined();
    expect(personId(a!)).toBe(personId(b!));
    expect(a!.merges.find((m) => m.id === personId(a!))?.reason).toMatch(/wade-giles: Hsueh Jui-yuan = 薛瑞元\), same body/);
  });
});
