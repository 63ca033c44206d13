// An organisation's English name read against its Chinese one: every English word is either a glossary word
// the Chinese name also has (hospital = 医院, stem cell = 干细胞) or the pinyin of characters in it (Dongfang =
// 东方). "Dongfang Hospital Stem Cell Base" spells 同济大学附属东方医院干细胞转化医学产业基地; it does not spell
// 同济大学附属东方医院 (no stem cell, no base there).
import { pinyin } from 'pinyin-pro';
import { toSimplified } from '../read/script.ts';
import { concepts } from './glossary.ts';
import { memo } from './memo.ts';

// Organisation words the policy-title glossary does not hold.
const ORG_WORDS: [RegExp, RegExp][] = [
  [/^(?:base|bases)$/, /基地/u],
  [/^(?:cent(?:er|re)s?)$/, /中心/u],
  [/^(?:university)$/, /大学/u],
  [/^(?:institute|academy)$/, /研究院|研究所|学院|科学院/u],
  [/^(?:bank)$/, /库|银行/u],
  [/^(?:park)$/, /园/u],
  [/^(?:group)$/, /集团/u],
  [/^(?:affiliated)$/, /附属/u],
  [/^(?:company|co|ltd|limited|inc|corporation|corp)$/, /公司/u],
  [/^(?:biotech|biotechnology|bio|biosciences?)$/, /生物/u],
  [/^(?:pharma|pharmaceuticals?)$/, /医药|药业|制药/u],
  [/^(?:school|college)$/, /学院|学校/u],
  [/^(?:medicine|medical)$/, /医学|医科/u],
];

const FILLER = new Set(['of', 'the', 'and', 'for', '&']);

// Ordinals of affiliated hospitals (附属第一医院 = First Affiliated Hospital, 北京大学第三医院 = Third Hospital).
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ordinalZh = (w: string): string | undefined => {
  const i = ORDINALS.indexOf(w);
  return i < 0 ? undefined : `第${'一二三四五六七八九十'[i]!}`;
};

// Postal and university spellings older than pinyin that institutions keep (Peking University = 北京大学,
// Soochow University = 苏州大学, Sun Yat-sen University = 中山大学): read as the pinyin they stand for.
const LEGACY: Record<string, string> = {
  peking: 'beijing', soochow: 'suzhou', canton: 'guangzhou', tsinghua: 'qinghua', amoy: 'xiamen', nanking: 'nanjing',
  tientsin: 'tianjin', chekiang: 'zhejiang', yenching: 'yanjing', chungking: 'chongqing', hangchow: 'hangzhou',
};
const englishWords = (en: string): string[] =>
  (en.toLowerCase().replace(/['’]s\b/g, '').replace(/\bsun\s+yat[\s-]*sen\b/g, 'zhongshan').match(/[a-z0-9]+/g) ?? [])
    .filter((w) => !FILLER.has(w))
    .map((w) => LEGACY[w] ?? w);

const syllables = memo((zh: string): string[] => pinyin(zh, { toneType: 'none', type: 'array', v: true }) as string[]);

/** Pinyin of every run of 2 to 4 characters of a Chinese name (the distinctive part is among them). */
export const pinyinRuns = memo((zh: string): string[] => {
  const s = syllables(toSimplified(zh).replace(/[^\p{Script=Han}]/gu, ''));
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) for (let n = 2; n <= 4 && i + n <= s.length; n++) out.add(s.slice(i, i + n).join(''));
  return [...out];
});

/** How an English name reads against a Chinese one: words spelled in pinyin, and what neither side has. */
export interface Reading {
  pinyin: string[];
  words: number;
  /** English words the Chinese name does not have. */
  missingEn: string[];
  /** Runs of the Chinese name's distinctive words the English does not spell. */
  missingZh: string[];
}

export function readAcross(en: string, zhName: string): Reading {
  const zh = toSimplified(zhName.normalize('NFKC'));
  const words = englishWords(en);
  const zc = concepts(zh);
  const runs = new Set(pinyinRuns(zh));
  const spelled: string[] = [];
  const missingEn: string[] = [];
  for (let i = 0; i < words.length; i++) {
    // A two-word glossary phrase first (stem cell), then one word.
    const two = i + 1 < words.length ? [...concepts(`${words[i]} ${words[i + 1]}`)] : [];
    const alone = new Set([...concepts(words[i]!), ...(i + 1 < words.length ? concepts(words[i + 1]!) : [])]);
    if (two.length === 1 && zc.has(two[0]!) && !alone.has(two[0]!)) {
      i++;
      continue;
    }
    const w = words[i]!;
    const ordinal = ordinalZh(w);
    if (ordinal && zh.includes(ordinal)) continue;
    if (w.length >= 4 && runs.has(w)) spelled.push(w);
    else if (!([...concepts(w)].some((x) => zc.has(x)) || ORG_WORDS.some(([e, z]) => e.test(w) && z.test(zh)))) missingEn.push(w);
  }
  // The Chinese name's own distinctive words must be in the English one too (协和 is not in "Beijing Stem Cell
  // Hospital"), except the parent institution an affiliated body's name opens with (同济大学附属…).
  const en2 = new Set(words.flatMap((w) => {
    const ordinal = ordinalZh(w);
    return ordinal ? [w, syllables(ordinal).join('')] : [w];
  }));
  const missingZh = distinctive(zh.replace(/^.*附属/u, '')).flatMap((seg) => uncovered(seg, en2));
  return { pinyin: spelled, words: words.length, missingEn, missingZh };
}

/** The English name's words all spelled by the Chinese name and the other way round, or undefined. */
export function spelledBy(en: string, zh: string): { pinyin: string[]; words: number } | undefined {
  const r = readAcross(en, zh);
  return r.words >= 2 && !r.missingEn.length && !r.missingZh.length ? { pinyin: r.pinyin, words: r.words } : undefined;
}

/**
 * Everything spelled but one English word and one Chinese run, which could be the company's own romanisation of
 * its name (Fosun = 复星): as many syllables, the same initial. Weak alone; cluster.ts asks for context too.
 */
export function spelledButBrand(en: string, zh: string): { brand: string; zh: string } | undefined {
  const r = readAcross(en, zh);
  if (r.words < 3 || r.missingEn.length !== 1 || r.missingZh.length !== 1) return undefined;
  const [w, run] = [r.missingEn[0]!, r.missingZh[0]!];
  const syl = syllables(run);
  const vowelGroups = w.match(/[aeiouy]+/g)?.length ?? 0;
  if (w.length < 4 || run.length < 2 || run.length > 3 || vowelGroups !== run.length || syl[0]![0] !== w[0]) return undefined;
  return { brand: w, zh: run };
}

/** The runs of a Chinese name no English word spells (北京协和 against "beijing": 协和). */
function uncovered(seg: string, words: Set<string>): string[] {
  const s = syllables(seg);
  const chars = [...seg];
  const out: string[] = [];
  let miss = '';
  for (let i = 0; i < s.length; ) {
    let n = Math.min(4, s.length - i);
    while (n > 0 && !words.has(s.slice(i, i + n).join(''))) n--;
    if (n === 0) {
      miss += chars[i];
      i++;
      continue;
    }
    if (miss) out.push(miss);
    miss = '';
    i += n;
  }
  if (miss) out.push(miss);
  return out;
}

// Words nearly every Chinese organisation name has: no use for finding the English name that spells it.
const GENERIC_ZH = /股份有限公司|有限责任公司|有限公司|集团|股份|公司|生物|科技|技术|医药|药业|制药|医院|大学|附属|研究院|研究所|研究|中心|基地|产业|医学|干细胞|细胞|治疗|转化|工程|国际|中国|国家/gu;

/** Blocking keys: pinyin of a Chinese name's distinctive runs, and the English words that may be pinyin. */
export function spellingKeys(name: string): string[] {
  if (/\p{Script=Han}/u.test(name)) return [...new Set(distinctive(name).flatMap(pinyinRuns).filter((r) => r.length >= 4))];
  const words = englishWords(name).filter((w) => /^[a-z]+$/.test(w) && !ordinalZh(w));
  return words.filter((w) => w.length >= 4 && !ORG_WORDS.some(([e]) => e.test(w)) && ![...concepts(w)].some((c) => !c.startsWith('place:')));
}

/** A Chinese name's runs left when its generic words are taken out: 同济大学附属东方医院 → 同济, 东方. */
function distinctive(zh: string): string[] {
  return toSimplified(zh).replace(GENERIC_ZH, '|').split(/[^\p{Script=Han}]+/u).filter((p) => p.length >= 2);
}
