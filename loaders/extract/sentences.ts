// Splitting a document into lines and sentences (English and Chinese), with light normalisation for matching.
import { toSimplified } from '../read/script.ts';
import { ruleById } from './rules/index.ts';
import { SPUN_EN, SPUN_ZH } from './rules/spans.ts';
import { joinSignerLines } from './segment/signer-lines.ts';

export interface Sentence {
  /** Index in document order. */
  index: number;
  /** The sentence as written (evidence). */
  text: string;
  /** Simplified, brackets folded, spaces between Han characters removed: what the rules match on. */
  norm: string;
  /** For each index of `norm`, the index of `text` it came from (original-script names for aliases). */
  map: number[];
  /** Index of the line (paragraph) the sentence belongs to. */
  line: number;
  /** True when the sentence is a whole short line without final punctuation (a heading or list label). */
  heading: boolean;
}

// Abbreviations whose dot does not end an English sentence.
const ABBREV = /(?:\b(?:Co|Ltd|Inc|Corp|No|Nos|Cap|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|vs|etc|e\.g|i\.e|approx|Dept|Art|Vol|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|[A-Z]))\.$/;
const EN_BREAK = /[.!?]["”’)]?\s+(?=["“(]?[A-Z0-9◆•])/g;
const ZH_BREAK = /[。！？；]["”’」』)）]?/g;

const HAN = '\\p{Script=Han}';
const HAN_SPACE = new RegExp(`(?<=[${HAN}，。、；：“”（）《》])[ \\t\\u3000]+(?=[${HAN}，。、；：“”（）《》])`, 'gu');
const HAN_SPACE_TEST = new RegExp(`(?<=[${HAN}，。、；：“”（）《》])[ \\t\\u3000]+(?=[${HAN}，。、；：“”（）《》])`, 'u');
const BRACKETS: Record<string, string> = { '（': '(', '）': ')', '【': '[', '】': ']', '〔': '[', '〕': ']', '［': '[', '］': ']', '–': '-', '—': '-', '－': '-' };
const BRACKET_RE = /[（）【】〔〕［］–—－]/g;

// Pinyin glosses that some sites print after characters (區(qū), 發(fā)): not part of the text's words.
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const RUBY_SRC = `(?<=${HAN})\\((?=[a-zü]*[${TONED}])[a-zü${TONED}]{1,7}\\)`;
const RUBY = new RegExp(RUBY_SRC, 'gu');
const RUBY_TEST = new RegExp(RUBY_SRC, 'u');
// A toned vowel anywhere: the cheap test before the gloss pattern's look-behind runs (most pages print no pinyin).
const TONED_ANY = new RegExp(`[${TONED}]`, 'u');

/** What rules match on: Simplified script, ASCII brackets and dashes, no layout spaces inside Chinese. */
export function normalizeForMatch(s: string): string {
  const simp = /\p{Script=Han}/u.test(s) ? toSimplified(s) : s;
  return simp.replace(BRACKET_RE, (c) => BRACKETS[c] ?? c).replace(HAN_SPACE, '').replace(RUBY, '').replace(/[ \t]+/g, ' ');
}

const SPUN = ruleById('segment.spun-agency-words.en').pattern;
// A cheap test for a spinner's tells (SPUN_EN's third field; "as well as", Growth, Procedures alone are plain English: read
// back only beside one).
const SPUN_TEST = new RegExp(SPUN_EN.flatMap(([, , tell]) => (tell ? [tell] : [])).join('|'));

/** An article spinner's words inside agency names, read back (segment.spun-agency-words.en), with a map to the input. */
function unspun(s: string): { text: string; map: number[] } | undefined {
  if (!SPUN_TEST.test(s)) return undefined;
  const map: number[] = [];
  let text = '';
  let from = 0;
  for (const m of s.matchAll(SPUN)) {
    const group = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
    if (!group) continue;
    const word = SPUN_EN[Number(group.slice(1))]![0];
    for (let i = from; i < m.index; i++) map.push(i);
    text += s.slice(from, m.index);
    // The first and last characters map to the written word's ends (originalSpan gives what the text wrote).
    const end = m.index + m[0].length - 1;
    for (let i = 0; i < word.length; i++) map.push(i === word.length - 1 ? end : m.index);
    text += word;
    from = m.index + m[0].length;
  }
  if (from === 0) return undefined;
  for (let i = from; i < s.length; i++) map.push(i);
  return { text: text + s.slice(from), map };
}

/** normalizeWithMap, after reading a spinner's words back (English only). */
const SPUN_ZH_RE = ruleById('segment.spun-agency-words.zh').pattern;
// The spinner's words with enough of their context to be rare in ordinary text (the full table runs only then).
const SPUN_ZH_HINT = /国度|立异|研讨|办理办法|近来|医治|开展若干|开展的若干|治疗工业|技能开发区/u;
/** 国度药监局 → 国家药监局, 科技立异局 → 科技创新局: a spinner's Chinese synonyms read back (same lengths). */
const unspunZh = (s: string): string => (SPUN_ZH_HINT.test(s) ? s.replace(SPUN_ZH_RE, (...a) => {
  const g = a[a.length - 1] as Record<string, string | undefined>;
  const i = Object.keys(g).findIndex((k) => g[k] !== undefined);
  return i >= 0 ? SPUN_ZH[Number(Object.keys(g)[i]!.slice(1))]![0] : a[0];
}) : s);

export function normalizeWithMap(s: string, convert = true): { norm: string; map: number[] } {
  const han = /\p{Script=Han}/u.test(s);
  const un = han ? undefined : unspun(s);
  // 国度药监局 → 国家药监局: the same length, so the map is unchanged.
  if (!un) return normalizeKeepingLength(han ? unspunZh(s) : s, convert);
  const inner = normalizeKeepingLength(un.text, convert);
  return { norm: inner.norm, map: inner.norm.split('').map((_, i) => un.map[inner.map.length ? inner.map[i]! : i]!) };
}

/** normalizeForMatch with an index map back to the input (OpenCC keeps lengths; spaces are dropped). */
function normalizeKeepingLength(s: string, convert = true): { norm: string; map: number[] } {
  const han = /\p{Script=Han}/u.test(s);
  // Plain Latin text without brackets to fold or runs of spaces: nothing to do (an empty map is the identity).
  if (!han && !/[（）【】〔〕［］–—－\t]|  /.test(s)) return { norm: s, map: [] };
  const simp0 = han && convert ? toSimplified(s) : s;
  // OpenCC keeps lengths; bracket folding too. Only dropped spaces need an index map.
  const simp = (simp0.length === s.length ? simp0 : s).replace(BRACKET_RE, (c) => BRACKETS[c] ?? c).replace(/\t/g, ' ');
  const ruby = han && TONED_ANY.test(simp) && RUBY_TEST.test(simp);
  if (!ruby && !HAN_SPACE_TEST.test(simp) && !simp.includes('  ')) return { norm: simp, map: [] };
  const keep = new Uint8Array(simp.length).fill(1);
  for (const m of simp.matchAll(HAN_SPACE)) for (let i = m.index; i < m.index + m[0].length; i++) keep[i] = 0;
  if (ruby) for (const m of simp.matchAll(RUBY)) for (let i = m.index; i < m.index + m[0].length; i++) keep[i] = 0;
  const parts: string[] = [];
  const map: number[] = [];
  let prevSpace = true;
  for (let i = 0; i < simp.length; i++) {
    if (!keep[i]) continue;
    const c = simp[i]!;
    if (c === ' ' && prevSpace) continue;
    prevSpace = c === ' ';
    parts.push(c);
    map.push(i);
  }
  return { norm: parts.join(''), map };
}

/** The original text behind norm[start, end). */
export function originalSpan(sen: Sentence, start: number, end: number): string {
  if (end <= start) return '';
  if (sen.map.length === 0) return sen.norm.length === sen.text.length ? sen.text.slice(start, end) : sen.norm.slice(start, end);
  const a = sen.map[start];
  const b = sen.map[end - 1];
  return a === undefined || b === undefined ? sen.norm.slice(start, end) : sen.text.slice(a, b + 1);
}

function splitLine(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  const cut = (end: number): void => {
    const piece = line.slice(start, end).trim();
    if (piece) out.push(piece);
    start = end;
  };
  // Chinese breaks first, then English ones inside each piece.
  const zhEnds: number[] = [];
  for (const m of line.matchAll(ZH_BREAK)) zhEnds.push(m.index + m[0].length);
  const enEnds: number[] = [];
  for (const m of line.matchAll(EN_BREAK)) {
    const dot = m.index + 1;
    if (line[m.index] === '.' && ABBREV.test(line.slice(Math.max(0, m.index - 6), dot))) continue;
    const quoteLen = /^[.!?]["”’)]?/.exec(m[0])?.[0].length ?? 1;
    enEnds.push(m.index + quoteLen);
  }
  for (const end of [...zhEnds, ...enEnds].sort((a, b) => a - b)) if (end > start) cut(end);
  cut(line.length);
  return out;
}

/** Lines → sentences. A line without final punctuation and under 120 characters is marked as a heading. */
export function splitSentences(text: string, language: 'en' | 'zh-Hans' | 'zh-Hant' = 'zh-Hant'): Sentence[] {
  // Simplified-script documents need no conversion (OpenCC is the costliest step of reading a sentence).
  const convert = language !== 'zh-Hans';
  const sentences: Sentence[] = [];
  const lines = joinSignerLines(joinBoardSignature(text.split(/\n+/)));
  let lineNo = 0;
  for (const raw of lines) {
    const line = raw.replace(/^[\s•·●▪■◇◆>*-]+(?=\S)/u, (m) => (m.includes('◆') ? '◆' : '')).trim();
    if (!line) continue;
    const pieces = splitLine(line);
    const isHeading = pieces.length === 1 && line.length < 120 && !/[.。!！?？;；:：,，]$/.test(line);
    for (const p of pieces) {
      const { norm, map } = normalizeWithMap(p, convert);
      sentences.push({ index: sentences.length, text: p, norm, map, line: lineNo, heading: isHeading });
    }
    lineNo++;
  }
  return sentences;
}

const BOARD_ORDER = ruleById('segment.board-signature').pattern;

/** 承董事會命 / company / post / name: the lines after the board's order, up to the name, as one line (segment.board-signature). */
function joinBoardSignature(lines: string[]): string[] {
  const at = lines.findIndex((l) => BOARD_ORDER.test(l.trim()));
  if (at < 0) return lines;
  const block: string[] = [];
  let next = at + 1;
  for (; next < lines.length && block.length < 3; next++) {
    const l = lines[next]!.trim();
    if (!l) continue;
    if (l.length > 60 || /[.。!！?？;；:：,，]$/.test(l)) break;
    block.push(l);
  }
  return block.length < 2 ? lines : [...lines.slice(0, at + 1), block.join(' '), ...lines.slice(next)];
}
