// Pinyin English names of Chinese places (pinyin-pro), for generate-divisions.ts only: the gazetteer itself
// reads the generated table and never loads the pinyin dictionary.
import { pinyin } from 'pinyin-pro';
import { uniq } from './names.ts';

const VOWEL_START = /^[aeo]/;

/**
 * Hanyu Pinyin place-name spelling: syllables joined, first letter capitalised, apostrophe before a syllable
 * that starts with a, o or e (Xi'an, Lu'an). ü is written u by default (the form news uses: Lvliang/Luliang).
 */
const pinyinCache = new Map<string, string>();

export function pinyinName(zh: string, opts: { umlaut?: 'u' | 'v' | 'ü' } = {}): string {
  const key = `${opts.umlaut ?? 'u'}${zh}`;
  const hit = pinyinCache.get(key);
  if (hit !== undefined) return hit;
  const name = pinyinUncached(zh, opts.umlaut ?? 'u');
  pinyinCache.set(key, name);
  return name;
}

function pinyinUncached(zh: string, u: 'u' | 'v' | 'ü'): string {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array', v: false }) as string[];
  let out = '';
  for (const [i, raw] of syllables.entries()) {
    const syl = raw.toLowerCase().replace(/ü/g, u);
    if (i > 0 && VOWEL_START.test(syl)) out += "'";
    out += syl;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Variants news use for a pinyin name: Xi'an → Xian; Lüliang → Lvliang, Luliang. */
export function pinyinVariants(zh: string, english: string): string[] {
  const out = [english, english.replace(/'/g, '')];
  if (/[吕旅律绿女驴履缕虑滤闾榈铝屡]/.test(zh)) {
    out.push(pinyinName(zh, { umlaut: 'v' }), pinyinName(zh, { umlaut: 'ü' }));
  }
  return uniq(out);
}

