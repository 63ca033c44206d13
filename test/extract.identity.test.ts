// Policy identity on texts written for these tests (no Neo4j involved): one policy one id, two policies two ids.
// The graph merges nodes by id, so two titles sharing an id is a wrong merge.
import { describe, expect, it } from 'vitest';
import { extractText, resolveAcross } from '../loaders/index.ts';
import { licenceKindKey } from '../loaders/extract/resolve.ts';
import type { DocumentFacts } from '../loaders/types.ts';

const doc = (name: string, text: string) => ({
  path: `/tmp/${name}`, name, sha256: '0', text, language: /\p{Script=Han}/u.test(text) ? ('zh-Hans' as const) : ('en' as const), title: name,
});
const policies = (d: DocumentFacts) => d.entities.filter((e) => e.label === 'Policy');
const idOf = (d: DocumentFacts, name: string): string | undefined => policies(d).find((e) => e.name === name)?.id;

describe('titles that differ only in their region', () => {
  const regions = ['Guangxi', 'Yunnan', 'Hainan', 'Guizhou'];
  const title = (r: string) => `Several Measures to Support the Cell Therapy Industry of ${r}`;

  it('undated mentions of long titles keep apart', () => {
    const d = extractText(doc('regions-undated.txt', `Cell therapy rules across the south\n\n${regions.map((r) => `The ${title(r)} applies to ${r}.`).join(' ')}\n`));
    const ids = regions.map((r) => idOf(d, title(r)));
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(regions.length);
  });

  it('each issued by its own provincial body on the same date, they keep apart', () => {
    const bodies: Record<string, string> = {
      Guangxi: 'Guangxi Zhuang Autonomous Region Health Commission', Yunnan: 'Yunnan Provincial Health Commission',
      Hainan: 'Hainan Provincial Health Commission', Guizhou: 'Guizhou Provincial Health Commission',
    };
    const text = regions.map((r) => `On June 9, 2024, the ${bodies[r]} issued the ${title(r)}. The ${title(r)} applies to ${r}.`).join(' ');
    const d = extractText(doc('regions-dated.txt', `Four provinces act on the same day\n\n${text}\n`));
    const ids = regions.map((r) => idOf(d, title(r)));
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(regions.length);
    // The sentence's verb is not part of the title.
    expect(policies(d).some((e) => /applies/.test(e.name))).toBe(false);
  });

  it('"… in Jilin Province" and "… in Hebei Province", quoted and undated, keep apart', () => {
    const head = 'Implementation Plan for Accelerating the Clinical Translation of Gene Therapy';
    const d = extractText(doc('provinces.txt', `Northern plans compared\n\nExperts compared the "${head} in Jilin Province" with the "${head} in Hebei Province".\n`));
    const a = idOf(d, `${head} in Jilin Province`);
    const b = idOf(d, `${head} in Hebei Province`);
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a).not.toBe(b);
  });
});

describe('two titles that share issuer, kind and month', () => {
  it('are two policies', () => {
    const one = 'Technical Guidelines for Pharmacology Studies of Gene Therapy Products';
    const two = 'Technical Guidelines for Clinical Trials of Immune Cell Therapy Products';
    const d = extractText(doc('two-guidelines.txt', `Two guidelines in one month\n\nOn May 12, 2022, the Center for Drug Evaluation issued the ${one}. On May 20, 2022, the Center for Drug Evaluation issued the ${two}.\n`));
    const a = idOf(d, one);
    const b = idOf(d, two);
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a).not.toBe(b);
    expect(d.relations.filter((r) => r.type === 'ISSUED' && r.from === 'agency:cn/nmpa/cde').map((r) => r.to).sort()).toEqual([a, b].sort());
  });
});

describe('one policy named in English in one document and in Chinese in another', () => {
  it('gets one id from issuer region, kind and month', () => {
    const en = extractText(doc('gx-en.txt', 'Guangxi backs cell therapy\n\nOn March 3, 2023, the Guangxi Zhuang Autonomous Region Health Commission issued the Several Measures to Support the Cell Therapy Industry of Guangxi.\n'));
    const zh = extractText(doc('gx-zh.txt', '广西支持细胞治疗产业\n2023年3月3日，广西壮族自治区卫生健康委员会印发《广西壮族自治区支持细胞治疗产业发展的若干措施》。\n'));
    const a = policies(en)[0]?.id;
    expect(a).toBeDefined();
    expect(policies(zh).map((e) => e.id)).toEqual([a]);
  });
});

describe('a title named again in the same document', () => {
  it('"《X》适用于…" after "A印发《X》" is the same policy, not a second one', () => {
    const title = '黑龙江省促进免疫细胞治疗临床转化的实施方案';
    const d = extractText(doc('again-zh.txt', `黑龙江出台免疫细胞治疗方案\n2024年4月16日，黑龙江省卫生健康委员会印发《${title}》。《${title}》适用于黑龙江全省。业内人士认为，《${title}》将加快临床转化。\n`));
    const ps = policies(d);
    expect(ps.map((e) => e.name)).toEqual([title]);
    expect(ps[0]?.date).toBe('2024-04-16');
    const id = ps[0]?.id;
    expect(d.relations).toContainEqual(expect.objectContaining({ type: 'ISSUED', from: 'agency:cn-hl/health-commission', to: id }));
    expect(d.relations).toContainEqual(expect.objectContaining({ type: 'APPLIES_TO', from: id, to: 'region:CN-HL' }));
  });

  it('a headline naming the title before the dated sentence joins it too', () => {
    const title = 'Opinions on Supporting the Clinical Use of Mesenchymal Stem Cells in Shandong Province';
    const d = extractText(doc('again-en.txt', `"${title}" take shape\n\nOn October 8, 2024, the Shandong Provincial Health Commission issued the ${title}. Hospitals said the ${title} applies to tertiary hospitals first.\n`));
    const ps = policies(d);
    expect(ps.map((e) => e.name)).toEqual([title]);
    expect(ps[0]?.id).toMatch(/^policy:cn-sd-opinion-2024-10/);
  });
});

describe('a licence named by its kind', () => {
  it('keys on its kind in either language, not its last words', () => {
    expect(licenceKindKey('药品注册证书')).toBe(licenceKindKey('Drug Registration Certificate'));
    expect(licenceKindKey('药品生产许可证')).toBe(licenceKindKey('Drug Production License'));
    expect(licenceKindKey('Drug Production License')).toBe(licenceKindKey('production licence'));
    expect(licenceKindKey('药品生产许可证')).not.toBe(licenceKindKey('药品注册证书'));
    // Two products that end alike are two keys (the last two words were one).
    expect(licenceKindKey('approval of Acme Cell Therapy')).not.toBe(licenceKindKey('approval of Zenith Cell Therapy'));
  });

  it('a document granting a production licence and a registration certificate keeps two licences', () => {
    const d = extractText(doc('two-licences.txt', '两证齐发\n\n2024年5月8日，北京市药品监督管理局向甲乙生物科技有限公司核发《药品生产许可证》。同日，国家药品监督管理局向丙丁生物科技有限公司颁发《药品注册证书》。\n'));
    const ids = d.entities.filter((e) => e.label === 'License').map((e) => e.id);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('a draft named again by its bare title on its own page', () => {
  // A gazette notice puts 「X」草案 out for comment and then writes 「X」 for the same draft; another page, months later,
  // reports the final 「X」. The bare title must not make the draft's page claim the final text.
  const hant = (name: string, text: string) => ({ ...doc(name, text), language: 'zh-Hant' as const });
  const draftPage = hant('draft-page.txt', '衛生福利部 公告\n發文日期：中華民國114年3月12日\n主旨：預告訂定「細胞製劑儲存場所設置標準」草案。\n'
    + '依據：行政程序法第一百五十四條第一項。\n公告事項：\n一、訂定機關：衛生福利部。\n二、「細胞製劑儲存場所設置標準」草案如附件。\n'
    + '細胞製劑儲存場所設置標準草案總說明\n為確保細胞製劑之儲存品質，爰依本法第八條規定，訂定「細胞製劑儲存場所設置標準」，其要點如下：\n');
  const finalPage = hant('final-page.txt', '細胞治療產業新動態\n\n衛福部已於2025年9月發布「細胞製劑儲存場所設置標準」，業者須於一年內完成改善。\n');

  it('keeps the draft a draft, so the final text of another page stays a node of its own', () => {
    const [d, f] = resolveAcross([extractText(draftPage), extractText(finalPage)]);
    const draft = policies(d!).find((e) => e.status === 'draft');
    const final = policies(f!).find((e) => e.date === '2025-09');
    expect(draft?.id).toMatch(/-draft-/);
    expect(final).toBeDefined();
    expect(final!.id).not.toBe(draft!.id);
  });
});

describe('texts news names by their kind word alone (review s15 F10)', () => {
  // "according to a notice issued by the X on Monday": the kind word is the text's only name, so two stories of one
  // body in one month naming "a notice" are not the same text by that name; what else they share must decide.
  const page = (name: string, publishedOn: string, text: string) => ({ ...doc(name, text), publishedOn });
  const pairs: Array<[string, string, string]> = [
    ['notice', 'Hospitals must now report every cell infusion, according to a notice issued by the National Health Commission on Tuesday.', 'Clinics that sell unapproved stem cell shots face fines, under a notice released by the National Health Commission on Friday.'],
    ['guidelines', 'Companies must test each batch twice, according to guidelines published by the National Medical Products Administration on Monday.', 'Sponsors of gene therapy trials must follow patients for 15 years, under new guidelines released by the National Medical Products Administration on Thursday.'],
  ];
  it.each(pairs)('two stories\' "%s" of one body in one month keep two ids', (kind, one, two) => {
    const [a, b] = resolveAcross([extractText(page('a.txt', '2026-03-04', one)), extractText(page('b.txt', '2026-03-27', two))]);
    const [pa, pb] = [policies(a!).find((e) => e.name.toLowerCase().includes(kind)), policies(b!).find((e) => e.name.toLowerCase().includes(kind))];
    expect(pa && pb).toBeTruthy();
    expect(pa!.id).not.toBe(pb!.id);
  });
});
