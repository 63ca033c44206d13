// Chinese script conversion (OpenCC): matching runs on Simplified text; original names stay as aliases.
import * as OpenCC from 'opencc-js';

// Taiwan and Hong Kong texts both convert; 'hk' also covers the variants common in mainland Traditional posts.
const t2s = OpenCC.Converter({ from: 'hk', to: 'cn' });
const s2t = OpenCC.Converter({ from: 'cn', to: 'hk' });

export const toSimplified = (s: string): string => t2s(s);
export const toTraditional = (s: string): string => s2t(s);

const HAN = /\p{Script=Han}/gu;

/** en when Han characters are rare; zh-Hant when converting to Simplified changes a noticeable share of them. */
export function detectLanguage(text: string): 'en' | 'zh-Hans' | 'zh-Hant' {
  const sample = text.slice(0, 20_000);
  const han = sample.match(HAN)?.length ?? 0;
  const latinWords = sample.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  if (han < 20 || han < latinWords) return 'en';
  const simplified = toSimplified(sample);
  let changed = 0;
  for (let i = 0; i < Math.min(sample.length, simplified.length); i++) if (sample[i] !== simplified[i]) changed++;
  return changed / han > 0.03 ? 'zh-Hant' : 'zh-Hans';
}
