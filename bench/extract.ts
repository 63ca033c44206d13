// Extraction speed: a synthetic corpus of ~10 KB documents in English and Chinese, built from gazetteer names
// and sentence templates written here, run through extractText; prints docs/s and MB/s (one core).
import os from 'node:os';
import { gazetteer } from '../loaders/gazetteer/index.ts';
import { extractText } from '../loaders/extract/index.ts';
import { knowledge } from '../loaders/extract/gazetteer-source.ts';
import { splitSentences } from '../loaders/extract/sentences.ts';
import type { SourceDocument } from '../loaders/read/index.ts';

const DOCS = Number(process.env.BENCH_DOCS ?? 1200);
// Share of sentences that carry a policy fact. News posts like the seeds have about a third (the rest is prose);
// BENCH_FACT_SHARE=1 gives a worst case where every sentence names bodies and policies.
const FACT_SHARE = Number(process.env.BENCH_FACT_SHARE ?? 0.35);
const SIZE = 10_000;

// A small deterministic generator so runs are comparable.
let seed = 42;
const rnd = (n: number): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)]!;

const g = gazetteer();
const provinces = g.entries.filter((e) => e.kind === 'province' || e.kind === 'municipality');
const cities = g.entries.filter((e) => e.kind === 'city');
const national = g.entries.filter((e) => e.label === 'Agency' && e.level === 'national');
const TOPICS_EN = ['Stem Cell Clinical Research', 'Cell and Gene Therapy Products', 'Human Genetic Resources', 'Biomedical Industry Innovation', 'Immune Cell Therapy', 'Regenerative Medicine'];
const TOPICS_ZH = ['干细胞临床研究', '细胞和基因治疗产品', '人类遗传资源', '生物医药产业创新', '免疫细胞治疗', '再生医学'];
const HEADS_EN = ['Measures for the Administration of', 'Guidelines for', 'Implementation Plan for', 'Notice on', 'Opinions on Promoting'];
const HEADS_ZH = ['管理办法', '指导原则', '实施方案', '通知', '若干意见'];
const MONTHS = ['January', 'March', 'May', 'June', 'September', 'November'];

const PROSE_EN = [
  'Stem cells can differentiate into many cell types and are studied for the repair of damaged tissues and organs.',
  'Experts said that clinical translation still faces questions of quality control, ethics review and long-term follow-up.',
  'The industry chain covers cell collection, storage, preparation, testing and the clinical application of products.',
  'Several hospitals have completed the filing of clinical research projects, although many filed institutions have no active project yet.',
  'Investors expect the market for cell therapy products to grow quickly over the next decade as more products are approved.',
  'Patients with rare diseases and refractory conditions are expected to benefit first from these new treatment options.',
];
const PROSE_ZH = [
  '干细胞具有自我更新和多向分化的能力，在组织器官修复方面表现出独特优势。',
  '业内专家认为，临床转化仍面临质量控制、伦理审查和长期随访等问题。',
  '产业链涵盖细胞采集、储存、制备、检测以及产品的临床应用等环节。',
  '随着更多产品获批上市，细胞治疗市场有望在未来十年快速增长。',
  '罕见病和难治性疾病患者有望率先从这些新的治疗手段中获益。',
];

function enSentence(): string {
  if (rnd(1000) >= FACT_SHARE * 1000) return pick(PROSE_EN);
  const p = pick(provinces);
  const topic = pick(TOPICS_EN);
  switch (rnd(6)) {
    case 0: return `On ${pick(MONTHS)} ${1 + rnd(27)}, 2023, the ${p.name} Provincial Health Commission issued the ${pick(HEADS_EN)} ${topic} (Trial).`;
    case 1: return `The ${pick(national).name} and the ${pick(national).name} jointly released the ${pick(HEADS_EN)} ${topic} (Draft for Comment).`;
    case 2: return `Li Wenhua, member of the CPPCC National Committee, said that ${pick(cities).name} should build a pilot zone for ${topic.toLowerCase()}.`;
    case 3: return `The General Office of the ${p.name} Provincial People's Government issued a plan to support ${topic.toLowerCase()} in ${pick(cities).name}.`;
    case 4: return `Researchers at Huaxin Biotech Co., Ltd. and the ${p.name} Provincial People's Hospital reported progress in ${topic.toLowerCase()}.`;
    default: return `Industry observers expect more local rules on ${topic.toLowerCase()} in the coming years, according to several experts.`;
  }
}

function zhSentence(): string {
  if (rnd(1000) >= FACT_SHARE * 1000) return pick(PROSE_ZH);
  const p = pick(provinces);
  const topic = pick(TOPICS_ZH);
  switch (rnd(5)) {
    case 0: return `2023年${1 + rnd(12)}月${1 + rnd(27)}日，${p.nameZh ?? ''}卫生健康委员会印发《${p.nameZh ?? ''}${topic}${pick(HEADS_ZH)}（试行）》。`;
    case 1: return `${pick(national).nameZh ?? ''}、${pick(national).nameZh ?? ''}联合发布《关于${topic}的${pick(HEADS_ZH)}（征求意见稿）》。`;
    case 2: return `全国政协委员王建国建议在${pick(cities).nameZh ?? ''}设立${topic}先行区。`;
    case 3: return `${p.nameZh ?? ''}人民政府办公厅出台《${topic}产业发展${pick(HEADS_ZH)}》，支持企业开展临床研究。`;
    default: return `业内人士认为，${topic}领域的监管体系将进一步完善，相关产业有望加快发展。`;
  }
}

function makeDoc(i: number): SourceDocument {
  const zh = i % 2 === 1;
  const parts: string[] = [];
  let len = 0;
  while (len < (zh ? SIZE / 3 : SIZE)) {
    // Chinese characters are 3 bytes in UTF-8: a third of the characters makes ~10 KB.
    const para = Array.from({ length: 3 }, () => (zh ? zhSentence() : enSentence())).join(zh ? '' : ' ');
    parts.push(para);
    len += para.length + 2;
  }
  const text = parts.join('\n\n');
  return { path: `/bench/${i}.txt`, name: `${i}.txt`, sha256: String(i), text, language: zh ? 'zh-Hans' : 'en', title: `bench ${i}`, publishedOn: '2023-12-01' };
}

const t0 = performance.now();
knowledge();
const tBuild = performance.now() - t0;
const docs = Array.from({ length: DOCS }, (_, i) => makeDoc(i));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
// The ceiling in the same run: what any extraction does at least — segment the document and match the
// gazetteer's names in every sentence. Each document is read by both in turn, so a drifting machine slows both.
const lex = knowledge().lex;
const ceiling = (d: SourceDocument): number => splitSentences(d.text, d.language).reduce((n, sen) => n + lex.match(sen.norm).length, 0);
const cpuNow = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
// Warm up (JIT), then measure.
for (const d of docs.slice(0, 50)) extractText(d), ceiling(d);
const t1 = performance.now();
let facts = 0;
let names = 0;
let cpuSecs = 0;
let ceilingSecs = 0;
const perLang = { en: 0, zh: 0 };
for (const d of docs) {
  const c0 = cpuNow();
  names += ceiling(d);
  const c1 = cpuNow();
  const t = performance.now();
  const f = extractText(d);
  perLang[d.language === 'en' ? 'en' : 'zh'] += performance.now() - t;
  // CPU time of this process too: on a loaded machine wall time undercounts what one core does.
  cpuSecs += cpuNow() - c1;
  ceilingSecs += c1 - c0;
  facts += f.entities.length + f.relations.length;
}
const secs = (perLang.en + perLang.zh) / 1000;
const half = docs.length / 2;
console.log(`gazetteer + automata built in ${(tBuild / 1000).toFixed(2)} s (once per process)`);
console.log(`${docs.length} documents (half English, half Chinese), ${(bytes / 1e6).toFixed(1)} MB (avg ${(bytes / docs.length / 1000).toFixed(1)} KB), fact-sentence share ${FACT_SHARE}, ${(facts / docs.length).toFixed(0)} entities+relations per document`);
console.log(`  English ${(half / (perLang.en / 1000)).toFixed(0)} docs/s, Chinese ${(half / (perLang.zh / 1000)).toFixed(0)} docs/s`);
console.log(`extractText: ${(docs.length / secs).toFixed(0)} docs/s, ${(bytes / 1e6 / secs).toFixed(2)} MB/s (${secs.toFixed(2)} s wall, one core)`);
console.log(`  per CPU second: ${(docs.length / cpuSecs).toFixed(0)} docs/s (${cpuSecs.toFixed(2)} s CPU; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`);
console.log(`  ceiling (segment + name matching only, ${(names / docs.length).toFixed(0)} names per document): ${(docs.length / ceilingSecs).toFixed(0)} docs per CPU second; extractText at ${((100 * ceilingSecs) / cpuSecs).toFixed(0)} % of it`);
