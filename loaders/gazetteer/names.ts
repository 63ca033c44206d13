// Name handling shared by the gazetteer tables: lookup keys, script variants.
import { toSimplified, toTraditional } from '../read/script.ts';

const HAN = /\p{Script=Han}/u;
export const hasHan = (s: string): boolean => HAN.test(s);

// "of the People's Republic of China" and a leading 中华人民共和国 are tolerated: both sides drop them.
const PRC_SUFFIX = /\s+of\s+(?:the\s+)?(?:people'?s\s+republic\s+of\s+china|prc)$/;
const ZH_PRC_PREFIX = /^中华人民共和国(?=.)/;

/**
 * The key a surface name is indexed and looked up by. English: case, spacing, punctuation and the word "the"
 * do not count (U.S. = US = u s); Chinese: either script, brackets and spacing do not count.
 */
export function nameKey(name: string): string {
  let s = name.normalize('NFKC').trim();
  if (hasHan(s)) {
    s = simplified(s).replace(ZH_PRC_PREFIX, '');
    return s.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
  }
  s = s
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/\s+/g, ' ');
  const stripped = s.replace(PRC_SUFFIX, '');
  if (stripped.length > 0) s = stripped;
  s = s.replace(/\bthe\b/g, ' ');
  return s.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Distinct non-empty names, in first-seen order. */
export function uniq(names: Iterable<string | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    if (!n) continue;
    const t = n.trim();
    if (t.length === 0 || seen.has(t)) continue;
    seen.add(t);
    out.push(t);
  }
  return out;
}

// OpenCC converts whole phrases and costs microseconds a call; the gazetteer converts tens of thousands of
// names, most of them already Simplified, so a per-character test skips the conversion when nothing changes.
const charChanges = new Map<string, boolean>();

/** True when some character of s has a different Simplified form. */
export function hasTraditional(s: string): boolean {
  for (const ch of s) {
    let changes = charChanges.get(ch);
    if (changes === undefined) {
      changes = toSimplified(ch) !== ch;
      charChanges.set(ch, changes);
    }
    if (changes) return true;
  }
  return false;
}

/** Simplified form of a Chinese string (OpenCC), skipping the conversion when no character is Traditional. */
export function simplified(s: string): string {
  return hasTraditional(s) ? toSimplified(s) : s;
}

const tradCache = new Map<string, string>();

/** Traditional form (OpenCC, memoised: the same division and body names recur in many composed names). */
export function traditional(s: string): string {
  let t = tradCache.get(s);
  if (t === undefined) {
    t = toTraditional(s);
    tradCache.set(s, t);
  }
  return t;
}

/** Chinese names (given in Simplified) in both scripts, Simplified first. */
export function zhForms(...names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) out.push(n, traditional(n));
  return uniq(out);
}

/** A name made of parts (深圳市 + 南山区) in both scripts, converting the parts (memoised) rather than the whole. */
export function zhJoin(...parts: string[]): [string, string] {
  return [parts.join(''), parts.map(traditional).join('')];
}

/** A lower-case slug: "Guangdong" → guangdong, "Xi'an" → xian, "Qianhai & Shekou" → qianhai-shekou. */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
