// Readable, deterministic id slugs: Latin text as words, Chinese as pinyin.
import { pinyin } from 'pinyin-pro';
import { toSimplified } from '../read/script.ts';
import { unitHeadsEn } from '../units.ts';

const HAN = /\p{Script=Han}/u;

/**
 * Lower-case dash slug of a name. A longer slug is cut at a dash and gets a hash of the whole, so names that
 * differ only after the cut ("… Industry of Guangxi" / "… of Yunnan") keep different ids.
 */
const slugCache = new Map<string, string>();

/** A licence's id: its issuer's id without the agency:/org: prefix, slashes as dashes, then the licence's slug. */
export const licenceId = (issuer: string, slug: string): string => `license:${issuer.replace(/^(?:agency|org):/, '').replace(/\//g, '-')}/${slug}`;

export function idSlug(s: string, max = 60): string {
  const key = `${max}|${s}`;
  const hit = slugCache.get(key);
  if (hit !== undefined) return hit;
  const out = makeSlug(s, max);
  if (slugCache.size > 50_000) slugCache.clear();
  slugCache.set(key, out);
  return out;
}

function makeSlug(s: string, max: number): string {
  let t = s;
  if (HAN.test(t)) {
    t = (pinyin(toSimplified(t), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }) as string[]).join(' ');
  }
  let slug = t
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > max) {
    const cut = slug.lastIndexOf('-', max);
    slug = `${slug.slice(0, cut > 20 ? cut : max)}-${shortHash(slug)}`;
  }
  return slug;
}

/** An English unit named with its parent ("Drug Registration Division" of the NMPA): one id wherever it is read, the
 *  unit's words without its head and function words under the parent's id. */
export const subUnitId = (parentId: string, words: string): string =>
  `${parentId}/${idSlug(words.replace(new RegExp(String.raw`\b(?:${unitHeadsEn('Department', 'Division', 'Bureau', 'Office')}|of|the|and)\b`, 'g'), ' ')) || idSlug(words)}`;

/** Short stable hash (FNV-1a) for disambiguating ids. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).slice(0, 6);
}
