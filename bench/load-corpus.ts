// The bench's synthetic corpus, built from the gazetteer: half English, half Chinese, 5–10 KB each, ~98 facts per
// document (issuers, policies, regions), the same corpus on every run (a fixed seed per document). Two kinds:
// 'fixed' draws every title from region × 6 topics, so a title is named ten times as often at 10k as at 1k;
// 'growing' draws from a window sliding over region × topic × subject (40k titles) and two years moving on every
// 500 documents, so new titles and dates appear as documents are added, as in real news, and each is named about
// as often at any size (issuers stay hubs).
import fs from 'node:fs/promises';
import path from 'node:path';
import type { GazetteerEntry } from '../loaders/gazetteer/types.ts';

/** Small deterministic PRNG (mulberry32): the same corpus on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// [title head, how the text refers back to it]
const TOPICS_EN = [
  ['Measures for the Administration of Stem Cell Clinical Research', 'The measures apply'],
  ['Implementation Plan for Promoting the Cell and Gene Therapy Industry', 'The plan applies'],
  ['Guidelines on Quality Control of Cell Therapy Products', 'The guidelines apply'],
  ['Notice on Strengthening the Supervision of Biomedical New Technologies', 'The notice applies'],
  ['Opinions on Supporting the Development of Regenerative Medicine', 'The opinions apply'],
  ['Several Measures to Support the Biomedicine Industry', 'The measures apply'],
] as const;
const TOPICS_ZH = ['干细胞临床研究管理办法', '促进细胞和基因治疗产业发展实施方案', '细胞治疗产品质量控制指导原则', '关于加强生物医学新技术监管的通知', '关于支持再生医学发展的意见', '支持生物医药产业发展的若干措施'];
const FILLER_EN = [
  'Cell therapy developers are expected to register clinical studies before enrolling patients.',
  'The document sets out requirements for donor screening, traceability and adverse event reporting.',
  'Hospitals taking part in the pilot must have an ethics committee and a qualified laboratory.',
  'Industry observers said the rules would shorten review times for innovative products.',
  'Companies in the sector welcomed the clearer path from research to market approval.',
  'The text also covers data protection for genetic information collected during trials.',
  'Local authorities are asked to report progress every six months.',
  'Investment in manufacturing capacity for viral vectors has grown in recent years.',
];
const FILLER_ZH = [
  '细胞治疗研发机构应当在招募受试者前完成临床研究备案。',
  '文件对供者筛查、可追溯性和不良事件报告提出了明确要求。',
  '参与试点的医疗机构应当设立伦理委员会并具备合格的实验室条件。',
  '业内人士表示，新规将缩短创新产品的审评时间。',
  '相关企业对从研究到上市审批的清晰路径表示欢迎。',
  '文件还涉及临床试验中采集的遗传信息的数据保护。',
  '各地主管部门应当每半年报告一次工作进展。',
  '近年来病毒载体生产能力方面的投资持续增长。',
];
// Subjects a growing corpus's titles are about (English, Chinese), and its title templates ('{S}': the subject).
const SUBJECTS = [
  ['Stem Cell', '干细胞'], ['Cell and Gene Therapy', '细胞和基因治疗'], ['CAR-T Cell Therapy', 'CAR-T细胞治疗'], ['Gene Editing', '基因编辑'],
  ['Organoid', '类器官'], ['Exosome', '外泌体'], ['NK Cell', 'NK细胞'], ['Tissue Engineering', '组织工程'], ['Regenerative Medicine', '再生医学'],
  ['Biomedicine', '生物医药'], ['Immune Cell', '免疫细胞'], ['Induced Pluripotent Stem Cell', '诱导多能干细胞'],
  ['Mesenchymal Stem Cell', '间充质干细胞'], ['Umbilical Cord Blood', '脐带血'], ['Gene Therapy', '基因治疗'], ['mRNA Vaccine', 'mRNA疫苗'],
  ['Xenotransplantation', '异种移植'], ['Synthetic Biology', '合成生物学'], ['Precision Medicine', '精准医学'], ['Cell Therapy', '细胞治疗'],
] as const;
const GROWING_EN = [
  ['Measures for the Administration of {S} Clinical Research', 'The measures apply'],
  ['Implementation Plan for Promoting the {S} Industry', 'The plan applies'],
  ['Guidelines on Quality Control of {S} Products', 'The guidelines apply'],
  ['Notice on Strengthening the Supervision of {S} Technologies', 'The notice applies'],
  ['Opinions on Supporting the Development of {S}', 'The opinions apply'],
  ['Several Measures to Support the {S} Industry', 'The measures apply'],
] as const;
const GROWING_ZH = ['{S}临床研究管理办法', '促进{S}产业发展实施方案', '{S}产品质量控制指导原则', '关于加强{S}技术监管的通知', '关于支持{S}发展的意见', '支持{S}产业发展的若干措施'];
/** A growing corpus's live titles: a window of this many, moving this many titles on per document. */
const WINDOW = 300;
const STEP = 3;

export type CorpusKind = 'fixed' | 'growing';

/** One statement's title: [English title, its back-reference, Chinese title], and the place it applies to. */
type Titled = { en: string; back: string; zh: string; place: GazetteerEntry };

/** The fixed corpus's title: a topic in a place. */
function fixedTitle(t: number, place: GazetteerEntry): Titled {
  const [en, back] = TOPICS_EN[t]!;
  return { en, back, zh: `${place.nameZh}${TOPICS_ZH[t]}`, place };
}

/** The growing corpus's title: the x-th of region × topic × subject, in an order that mixes all three. */
function growingTitle(x: number, p: Pools): Titled {
  const n = p.regions.length * GROWING_EN.length * SUBJECTS.length;
  const k = (x * 7919) % n;
  const place = p.regions[k % p.regions.length]!;
  const rest = Math.floor(k / p.regions.length);
  const [en, back] = GROWING_EN[rest % GROWING_EN.length]!;
  const [sEn, sZh] = SUBJECTS[Math.floor(rest / GROWING_EN.length)]!;
  return { en: en.replace('{S}', sEn), back, zh: `${place.nameZh}${GROWING_ZH[rest % GROWING_ZH.length]!.replace('{S}', sZh)}`, place };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface Pools {
  agencies: GazetteerEntry[];
  regions: GazetteerEntry[];
}

export function pools(entries: readonly GazetteerEntry[]): Pools {
  const agencies = entries.filter((e) => e.label === 'Agency' && e.nameZh && (e.level === 'national' || e.level === 'provincial' || e.level === 'municipal'));
  const regions = entries.filter((e) => e.label === 'Region' && e.nameZh && ['province', 'municipality', 'city', 'autonomous_region'].includes(e.kind));
  if (!agencies.length || !regions.length) throw new Error('the gazetteer has no agencies or regions with Chinese names to build a corpus from');
  return { agencies, regions };
}

function documentText(i: number, p: Pools, kind: CorpusKind): string {
  const r = rng(i * 7919 + 17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const zh = i % 2 === 1;
  const target = 5000 + Math.floor(r() * 5000);
  const parts: string[] = [];
  let size = 0;
  const add = (s: string) => {
    parts.push(s);
    size += Buffer.byteLength(s) + 1;
  };
  const region = pick(p.regions);
  const topic = Math.floor(r() * TOPICS_EN.length);
  // The first line's title: a growing corpus's comes from its window too.
  const head = kind === 'growing' ? growingTitle(i * STEP, p) : null;
  if (zh) add(head ? `${head.place.nameZh}发布${head.zh.slice(head.place.nameZh?.length ?? 0)}\n` : `${region.nameZh}发布${TOPICS_ZH[topic]}\n`);
  else add(head ? `${head.place.name} publishes ${head.en}\n` : `${region.name} publishes ${TOPICS_EN[topic]?.[0]}\n`);
  while (size < target) {
    const agency = pick(p.agencies);
    const chosen = r() < 0.5 ? region : pick(p.regions);
    const t = Math.floor(r() * TOPICS_EN.length);
    // Drawn for the growing corpus only, so the fixed one stays what it was.
    const { en, back, zh: title, place } = kind === 'growing' ? growingTitle(i * STEP + Math.floor(r() * WINDOW), p) : fixedTitle(t, chosen);
    // A growing corpus's years move on with it (two live at a time, a new one every 500 documents): dated ids
    // (issuer, kind and month) come and go as its titles do.
    const y = kind === 'growing' ? 2015 + Math.floor(i / 500) + Math.floor(r() * 2) : 2015 + Math.floor(r() * 10);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    if (zh) {
      add(`${y}年${m}月${d}日，${agency.nameZh}印发《${title}》。`);
      for (let k = 0; k < 3; k++) add(pick(FILLER_ZH));
    } else {
      add(`On ${MONTHS[m - 1]} ${d}, ${y}, the ${agency.name} issued the ${en} in ${place.name}.`);
      add(`${back} to ${place.name}.`);
      for (let k = 0; k < 3; k++) add(pick(FILLER_EN));
    }
    if (r() < 0.3) add('\n');
  }
  return parts.join(zh ? '' : ' ') + '\n';
}

export async function writeCorpus(dir: string, size: number, tag: string, p: Pools, kind: CorpusKind = 'fixed'): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (let i = 0; i < size; i += 200) {
    await Promise.all(
      Array.from({ length: Math.min(200, size - i) }, (_, k) =>
        fs.writeFile(path.join(dir, `${tag}-${String(i + k).padStart(5, '0')}.txt`), documentText(i + k, p, kind)),
      ),
    );
  }
}
