// A glossary of policy-title words in both languages, so an English title and a Chinese one can be compared:
// each title becomes the set of concepts it names (管理办法 → administration + measures; "Measures for the
// Administration of …" → the same). Places come from the gazetteer's regions.
import { gazetteer } from '../gazetteer/index.ts';
import { provinceShortZh } from '../gazetteer/gbt2260.ts';
import { toSimplified } from '../read/script.ts';
import { memo } from './memo.ts';

// concept: [Chinese terms], [English words or phrases, lower case]
const WORDS: [string, string[], string[]][] = [
  // Hong Kong's 條例 is an Ordinance in English, its 規例 a Regulation (features.ts keeps the two apart).
  ['regulation', ['条例', '规例'], ['regulation', 'regulations', 'ordinance', 'ordinances']],
  ['measures', ['办法', '措施'], ['measures', 'measure']],
  ['administration', ['管理'], ['administration', 'management', 'administrative', 'managing']],
  ['rules', ['规定', '细则', '规则'], ['rules', 'provisions', 'detailed rules']],
  ['law', ['法'], ['law', 'act']],
  ['guideline', ['指导原则', '指南', '指引', '规范'], ['guidelines', 'guideline', 'guidance', 'guiding principles', 'technical guidelines']],
  ['plan', ['方案', '计划', '规划', '纲要'], ['plan', 'programme', 'program']],
  ['opinion', ['意见'], ['opinions', 'opinion']],
  ['notice', ['通知'], ['notice', 'circular']],
  ['announcement', ['公告', '通告'], ['announcement']],
  ['trial', ['试行', '暂行'], ['trial', 'provisional', 'interim']],
  ['draft', ['征求意见稿', '草案', '送审稿'], ['draft', 'draft for comments', 'draft for comment', 'exposure draft']],
  ['stem-cell', ['干细胞'], ['stem cell', 'stem cells', 'stem-cell']],
  ['cell', ['细胞'], ['cell', 'cells', 'cellular']],
  ['gene', ['基因'], ['gene', 'genes', 'genetic']],
  ['therapy', ['治疗', '疗法'], ['therapy', 'therapies', 'treatment']],
  ['immune', ['免疫'], ['immune', 'immunotherapy', 'immunocyte']],
  ['product', ['产品', '制剂'], ['product', 'products', 'preparation', 'preparations', 'merchandise']],
  ['drug', ['药品', '药物'], ['drug', 'drugs', 'medicine', 'medicines', 'pharmaceutical']],
  ['biomedical', ['生物医学', '生物医药'], ['biomedical', 'biomedicine', 'biopharmaceutical', 'biopharmaceuticals', 'bio-pharmaceutical']],
  ['biotech', ['生物技术', '生物'], ['biotechnology', 'bio']],
  ['new', ['新'], ['new', 'newtech']],
  ['technology', ['技术', '科技'], ['technology', 'technologies', 'technical', 'technological']],
  ['clinical', ['临床'], ['clinical']],
  ['research', ['研究', '研发'], ['research', 'study', 'studies']],
  ['transformation', ['转化'], ['transformation', 'translation', 'translational', 'transfer']],
  ['application', ['应用', '运用'], ['application', 'applications', 'use']],
  ['industry', ['产业', '行业', '工业'], ['industry', 'industries', 'industrial']],
  ['promotion', ['促进', '推动', '推进'], ['promotion', 'promoting', 'promote']],
  ['development', ['发展'], ['development', 'developing', 'develop']],
  ['support', ['支持', '扶持'], ['support', 'supporting']],
  ['several', ['若干'], ['several']],
  ['implementation', ['实施'], ['implementation', 'implementing']],
  ['quality', ['质量'], ['quality']],
  ['control', ['控制', '管控'], ['control']],
  ['registration', ['注册'], ['registration']],
  ['review', ['审评', '审查', '审批'], ['review', 'evaluation', 'approval']],
  ['supervision', ['监管', '监督'], ['supervision', 'supervisory', 'regulatory', 'oversight']],
  ['pilot', ['试点', '先行区', '先行'], ['pilot', 'piloting', 'pilots', 'pilot programs', 'pilot program', 'pilot programmes']],
  ['expand', ['扩大', '扩展'], ['expand', 'expanding', 'expansion', 'expanded']],
  ['zone', ['区'], ['zone', 'area']],
  ['special-economic-zone', ['经济特区'], ['special economic zone']],
  ['free-trade', ['自由贸易', '自贸'], ['free trade']],
  ['port', ['港'], ['port']],
  ['medical', ['医疗', '医学'], ['medical', 'healthcare', 'health care', 'medical sector', 'healthcare sector']],
  ['health', ['卫生', '健康'], ['health']],
  ['tourism', ['旅游'], ['tourism']],
  ['international', ['国际'], ['international']],
  ['market-access', ['市场准入'], ['market access']],
  ['relax', ['放宽'], ['relaxing', 'relax', 'easing']],
  ['reform', ['改革'], ['reform']],
  ['opening', ['开放'], ['opening', 'opening-up', 'open', 'openness']],
  ['foreign', ['外商', '外资'], ['foreign', 'foreign-invested', 'foreign-funded']],
  ['hospital', ['医院'], ['hospital', 'hospitals']],
  ['filing', ['备案'], ['filing', 'record-filing', 'record']],
  ['project', ['项目'], ['project', 'projects']],
  ['institution', ['机构'], ['institution', 'institutions']],
  ['ethics', ['伦理'], ['ethics', 'ethical']],
  // Regenerative medicine is one concept (再生医疗: medicine is not a drug here).
  ['regenerative', ['再生', '再生医疗', '再生医学'], ['regenerative', 'regenerative medicine']],
  ['strengthen', ['加强'], ['strengthening', 'strengthen']],
  ['action', ['行动'], ['action']],
  ['innovation', ['创新'], ['innovation', 'innovative']],
  ['high-quality', ['高质量'], ['high-quality']],
  ['economy', ['经济'], ['economy', 'economic']],
  ['five-year-14', ['十四五'], ['14th five-year', '14th five year']],
  ['preclinical', ['临床前'], ['preclinical', 'pre-clinical', 'non-clinical']],
  ['trials', ['试验'], ['trials', 'trial of', 'trials of']],
  ['license', ['许可证', '许可'], ['licence', 'license', 'permit']],
  ['certificate', ['证书'], ['certificate']],
  ['production', ['生产'], ['production', 'manufacturing']],
  ['safety', ['安全性', '安全'], ['safety']],
  ['pharmacy', ['药剂业', '药剂'], ['pharmacy']],
  ['poison', ['毒药'], ['poisons', 'poison']],
  // An amending act (刑法修正案, "Pharmacy and Poisons (Amendment) Ordinance"); a bracketed （修訂） too, below.
  ['amendment', ['修正案'], ['amendment']],
  // Kinds of text with no normative kind word: a reply to a proposal is not the plan it mentions (both only
  // "medical, health" otherwise), a blueprint not a reply.
  ['proposal', ['提案', '建议', '议案'], ['proposal', 'proposals', 'suggestion', 'suggestions', 'motion']],
  ['reply', ['答复', '复函', '回复', '函'], ['reply', 'response', 'letter']],
  ['blueprint', ['蓝图'], ['blueprint']],
  ['primary-care', ['基层'], ['primary', 'grassroots']],
  // Hong Kong's yearly Policy Address (施政報告): which year's is told by the year its title states (titleYears).
  ['policy-address', ['施政报告'], ['policy address']],
  ['bioeconomy', ['生物经济'], ['bioeconomy', 'bio-economy', 'bioeconomic', 'bio-economic']],
  ['advertising', ['广告'], ['advertising', 'advertisement', 'advertisements']],
  ['advanced', ['先进'], ['advanced']],
  ['cooperation', ['合作'], ['cooperation', 'co-operation', 'collaboration']],
  ['memorandum', ['备忘录'], ['memorandum', 'memorandum of understanding']],
  // Good manufacturing practice: 药品生产质量管理规范 is drug + GMP, as "GMP for Drugs".
  ['gmp', ['生产质量管理规范'], ['good manufacturing practice', 'good manufacturing practices']],
  ['appendix', ['附录'], ['appendix', 'annex']],
];

// Abbreviations English titles use for words the glossary has (ATPs = advanced therapy products).
const ABBREVIATIONS: Record<string, string[]> = {
  atp: ['advanced', 'therapy', 'products'], atps: ['advanced', 'therapy', 'products'], cgt: ['cell', 'and', 'gene', 'therapy'],
  gmp: ['good', 'manufacturing', 'practice'], mou: ['memorandum', 'of', 'understanding'],
};

// HK and Taiwan amending acts put 修訂/修正 alone in brackets: 《藥劑業及毒藥（修訂）條例》. A mainland revision note
// carries its year ((2019年修订)) and names the revised text itself, not an amending act.
const AMENDING = /[(（](?:修订|修正|修改)[)）]/u;

const TITLE_NUMBER = /第\s*(\d+)\s*号|\bNo\.?\s*(\d+)/giu;

interface Dict {
  zh: Map<string, string>;
  zhMax: number;
  en: Map<string, string>;
  enMax: number;
}

let dict: Dict | undefined;

function build(): Dict {
  const zh = new Map<string, string>();
  const en = new Map<string, string>();
  for (const [c, zs, es] of WORDS) {
    for (const z of zs) zh.set(z, c);
    for (const e of es) en.set(e, c);
  }
  // Places: a region's Chinese name with and without its unit word, and its English name without it.
  for (const r of gazetteer().entries) {
    if (r.label !== 'Region' || !r.nameZh || !r.name) continue;
    const c = `place:${r.id}`;
    const zhName = toSimplified(r.nameZh);
    // Without its unit word, as titles write it (广西壮族自治区 → 广西, 浦东新区 → 浦东).
    for (const z of [zhName, provinceShortZh(zhName), zhName.replace(/新区$/, '')]) if (z.length >= 2 && !zh.has(z)) zh.set(z, c);
    // In the words a title is read as (Ji'an is "ji an"), or a name with an apostrophe never matches.
    const e = wordsOf(r.name.replace(/\s+(?:province|city|municipality|autonomous region|special administrative region|new area)$/i, '')).join(' ');
    if (e.length >= 3 && !en.has(e)) en.set(e, c);
  }
  const max = (m: Map<string, string>, f: (k: string) => number) => Math.max(...[...m.keys()].map(f));
  return { zh, zhMax: max(zh, (k) => k.length), en, enMax: Math.min(5, max(en, (k) => k.split(' ').length)) };
}

/** English words as titles are matched: lower case, no possessive 's, apostrophes and other marks between words. */
const wordsOf = (t: string): string[] => t.toLowerCase().replace(/[’']s\b/g, '').match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [];

/** The concepts a title names, longest match first, in either language (worked out once per title: callers must
 *  not change the set). */
export const concepts = memo(conceptsOf, 50_000);

function conceptsOf(title: string): Set<string> {
  dict ??= build();
  const out = new Set<string>();
  const t = toSimplified(title.normalize('NFKC'));
  // Chinese runs: greedy longest match.
  for (const run of t.match(/\p{Script=Han}+/gu) ?? []) {
    let i = 0;
    while (i < run.length) {
      let len = Math.min(dict.zhMax, run.length - i);
      for (; len > 0; len--) {
        const c = dict.zh.get(run.slice(i, i + len));
        if (c) {
          out.add(c);
          break;
        }
      }
      i += Math.max(len, 1);
    }
  }
  // English words: greedy longest phrase.
  // After 'clinical', a trial is a clinical trial (试验: trials), not a text on trial (试行).
  const words = wordsOf(t)
    .flatMap((w) => ABBREVIATIONS[w] ?? [w])
    .map((w, i, ws) => (w === 'trial' && ws[i - 1] === 'clinical' ? 'trials' : w));
  let i = 0;
  while (i < words.length) {
    let len = Math.min(dict.enMax, words.length - i);
    for (; len > 0; len--) {
      const c = dict.en.get(words.slice(i, i + len).join(' '));
      if (c) {
        out.add(c);
        break;
      }
    }
    i += Math.max(len, 1);
  }
  if (AMENDING.test(t)) out.add('amendment');
  // A number in the title (第214号提案的答复, "Reply to Proposal No. 2657") tells apart texts of one template.
  for (const m of t.matchAll(TITLE_NUMBER)) out.add(`no:${Number(m[1] ?? m[2])}`);
  return out;
}

// A year a title states (2025年施政报告, "2025 Policy Address", 2021—2025年): not a concept, since one document's
// title gives it and another's leaves it out, but two titles stating different years name different texts.
const TITLE_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** The years a title states, sorted (worked out once per title: callers must not change the list). */
export const titleYears = memo((title: string): string[] => [...new Set(title.normalize('NFKC').match(TITLE_YEAR) ?? [])].sort(), 50_000);

/** Dice overlap of two concept sets. */
export function conceptDice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return (2 * both) / (a.size + b.size);
}
