// Name handling shared by the gazetteer tables: lookup keys, script variants.
import { toSimplified, toTraditional } from '../read/script.ts';

const HAN = /\p{Script=Han}/u;
export const hasHan = (s: string): boolean => HAN.test(s);

// "of the People's Republic of China" and a leading 中华人民共和国 are tolerated: both sides drop them.
const PRC_SUFFIX = /\s+of\s+(?:the\s+)?(?:people'?s\s+republic\s+of\s+china|prc)$/;
const ZH_PRC_PREFIX = /^中华人民共和国(?=.)/;

const ASCII = /^[\x20-\x7e]*$/;

/**
 * The key a surface name is indexed and looked up by. English: case, spacing, punctuation and the word "the"
 * do not count (U.S. = US = u s); Chinese: either script, brackets and spacing do not count.
 */
export function nameKey(name: string, convert = true): string {
  // NFKC folds full-width letters and brackets; plain ASCII (most English names) has nothing to fold.
  let s = ASCII.test(name) ? name : name.normalize('NFKC');
  if (hasHan(s)) {
    s = (convert ? simplified(s) : s).replace(ZH_PRC_PREFIX, '');
    return s.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
  }
  s = s.toLowerCase().replace(/[’‘`´]/g, "'").replace(/&/g, ' and ').replace(/\s+/g, ' ').trim();
  if (s.includes('china') || s.includes('prc')) {
    const stripped = s.replace(PRC_SUFFIX, '');
    if (stripped.length > 0) s = stripped;
  }
  if (s.includes('the')) s = s.replace(/\bthe\b/g, ' ');
  return s.replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The keys a name is indexed and looked up by: the Simplified key, and for Chinese whose conversion changes
 * it the unconverted one too. OpenCC's phrase tables are not idempotent on proper names: 乾安县 (Simplified)
 * converts to 干安县 while 乾安縣 converts to 乾安县, so both keys are needed for both scripts to meet.
 */
export function nameKeys(name: string): string[] {
  const key = nameKey(name);
  if (!hasHan(name)) return [key];
  const raw = nameKey(name, false);
  return raw === key ? [key] : [key, raw];
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
const charSimplified = new Map<string, string>();

function simplifiedChar(ch: string): string {
  let s = charSimplified.get(ch);
  if (s === undefined) {
    s = toSimplified(ch);
    charSimplified.set(ch, s);
  }
  return s;
}

/** True when some character of s has a different Simplified form. */
export function hasTraditional(s: string): boolean {
  for (const ch of s) if (simplifiedChar(ch) !== ch) return true;
  return false;
}

/** Simplified form of a Chinese string (OpenCC), skipping the conversion when no character is Traditional. */
export function simplified(s: string): string {
  return hasTraditional(s) ? toSimplified(s) : s;
}

const tradCache = new Map<string, string>();
/** Traditional forms made here that convert back to their Simplified source character by character. */
const safeTwins = new Set<string>();

function convertsBack(t: string, s: string): boolean {
  if (s.length !== t.length) return false;
  for (let i = 0; i < t.length; i++) {
    const tc = t[i] ?? '';
    if (tc !== s[i] && simplifiedChar(tc) !== s[i]) return false;
  }
  return true;
}

/** Traditional form (OpenCC, memoised: the same division and body names recur in many composed names). */
export function traditional(s: string): string {
  let t = tradCache.get(s);
  if (t === undefined) {
    t = toTraditional(s);
    tradCache.set(s, t);
    if (t !== s && convertsBack(t, s)) safeTwins.add(t);
  }
  return t;
}

/**
 * True for a Traditional form made here from a Simplified name that converts back to it character by
 * character, so that both share a lookup key; the index skips these. Not for a name given as Simplified
 * (乾安县 keeps its 乾), nor for forms that do not convert back (浚县 → 濬縣 → 濬县).
 */
export const isTraditionalTwin = (t: string): boolean => safeTwins.has(t) && !tradCache.has(t);

/** Chinese names (given in Simplified) in both scripts, Simplified first. */
export function zhForms(...names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) out.push(n, traditional(n));
  return uniq(out);
}

/** A name made of parts (深圳市 + 南山区) in both scripts, converting the parts (memoised) rather than the whole. */
export function zhJoin(...parts: string[]): [string, string] {
  const simp = parts.join('');
  const trads = parts.map(traditional);
  const trad = trads.join('');
  if (trad !== simp && trads.every((t, i) => t === parts[i] || safeTwins.has(t))) safeTwins.add(trad);
  return [simp, trad];
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
