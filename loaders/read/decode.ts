// Bytes → string: UTF-8 (with or without BOM), UTF-16 with BOM, and the legacy Chinese encodings
// (GB18030/GBK/GB2312, Big5) that chardet finds; between GB18030 and Big5 the decoding that yields
// common Han characters wins, since chardet is often unsure on short texts.
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** A problem with the bytes themselves; readDocument turns it into a DocumentError. */
export class DecodeProblem extends Error {}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF8_LENIENT = new TextDecoder('utf-8');

/** Share of a text's non-ASCII characters that may be bytes UTF-8 cannot read for it still to be read as UTF-8
 *  (a stray byte in a UTF-8 page), rather than as a legacy encoding (where UTF-8 would fail on most of them). */
const MAX_INVALID_UTF8 = 0.02;

/** The decoded text and the bytes that had to be replaced (U+FFFD) to read it. */
export interface Decoded {
  text: string;
  replaced: number;
}

/** Mostly valid UTF-8 with a few broken bytes: read as UTF-8, the broken bytes counted. Else undefined. */
function mostlyUtf8(bytes: Buffer): Decoded | undefined {
  const text = UTF8_LENIENT.decode(bytes);
  let valid = 0;
  let replaced = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0xfffd) replaced++;
    else if (cp > 0x7f) valid++;
  }
  // A file that is ASCII besides its odd bytes says nothing for UTF-8 (windows-1252 é, for one).
  // A broken byte inside a character costs up to three replacements: short texts get that much slack.
  if (valid === 0 || replaced > 3 + (valid + replaced) * MAX_INVALID_UTF8) return undefined;
  return { text, replaced };
}

/** Share of characters that no real text has (C0/C1 controls, U+FFFD) above which we give up. */
const MAX_JUNK = 0.02;
const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/g;

function junkShare(s: string): number {
  if (s.length === 0) return 0;
  const junk = s.match(JUNK)?.length ?? 0;
  return junk / s.length;
}

function ensureText(s: string, encoding: string): string {
  if (junkShare(s) > MAX_JUNK) {
    throw new DecodeProblem(`undecodable bytes: not text in ${encoding} or any supported encoding (binary file?)`);
  }
  return s;
}

/** ensureText, not counting the replacement characters the caller reports. */
function ensureMostlyText(s: string): string {
  ensureText(s.replace(/\uFFFD/g, ''), 'UTF-8');
  return s;
}

let commonHan: Set<number> | undefined;
/** The level-1 characters of GB2312 (3755) and Big5 (5401): the everyday Han of each script. */
function commonHanSet(): Set<number> {
  if (commonHan) return commonHan;
  const set = new Set<number>();
  const add = (encoding: string, leads: [number, number], trails: [number, number][]): void => {
    const bytes: number[] = [];
    for (let lead = leads[0]; lead <= leads[1]; lead++)
      for (const [from, to] of trails) for (let t = from; t <= to; t++) bytes.push(lead, t);
    for (const ch of iconv.decode(Buffer.from(bytes), encoding)) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0x3400 && cp <= 0x9fff) set.add(cp);
    }
  };
  add('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]]);
  add('big5', [0xa4, 0xc6], [[0x40, 0x7e], [0xa1, 0xfe]]);
  commonHan = set;
  return set;
}

const HAN = /\p{Script=Han}/u;

/** How much a decoding looks like real Chinese: common Han characters count, junk counts against. */
function chineseScore(s: string): number {
  const common = commonHanSet();
  let han = 0;
  let good = 0;
  let junk = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff)) junk++;
    else if (cp >= 0x3400 && HAN.test(ch)) {
      han++;
      if (common.has(cp)) good++;
    }
  }
  return han === 0 ? -junk : (good - 3 * junk) / han;
}

/** chardet's verdicts for double-byte CJK text; on Chinese bytes it often names the Korean or Japanese one. */
const CJK_MULTIBYTE = new Set(['GB18030', 'Big5', 'EUC-KR', 'EUC-JP', 'Shift_JIS', 'ISO-2022-CN']);
const CHARDET_NAME = { gb18030: 'GB18030', big5: 'Big5' } as const;
const GB_ALIASES = /^(?:gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|x-euc-cn|csgb2312|chinese|iso-ir-58)$/;
const BIG5_ALIASES = /^(?:big5|big5-hkscs|x-x-big5|cn-big5|csbig5|cp950)$/;

function decodeLegacy(bytes: Buffer): string {
  const matches = chardet.analyse(bytes);
  const best = matches[0];
  const mentionsChinese = matches.some((m) => CJK_MULTIBYTE.has(m.name) && m.confidence >= 10);
  // chardet names a CJK encoding, or is unsure of any: score both Chinese decodings.
  if (mentionsChinese || (best !== undefined && best.confidence < 50)) {
    const candidates = (['gb18030', 'big5'] as const).map((encoding) => {
      const text = iconv.decode(bytes, encoding);
      // chardet's own verdict breaks near-ties.
      const bonus = best?.name === CHARDET_NAME[encoding] ? 0.02 : 0;
      return { encoding, text, score: chineseScore(text) + bonus };
    });
    candidates.sort((a, b) => b.score - a.score);
    const top = candidates[0]!;
    if (top.score >= 0.5) return ensureText(top.text, top.encoding);
  }
  if (best && iconv.encodingExists(best.name) && !CJK_MULTIBYTE.has(best.name)) {
    return ensureText(iconv.decode(bytes, best.name), best.name);
  }
  throw new DecodeProblem('undecodable bytes: neither UTF-8, UTF-16, GB18030 nor Big5 (binary file?)');
}

/** UTF-16 without a byte-order mark: mostly ASCII text leaves every other byte NUL. */
function utf16WithoutBom(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** A legacy charset the file declares itself (HTML <meta charset>), if iconv knows it. */
function declaredDecoding(bytes: Buffer, declared: string): string | undefined {
  const name = declared.toLowerCase();
  if (/^utf-?8$/.test(name)) return undefined;
  const encoding = GB_ALIASES.test(name) ? 'gb18030' : BIG5_ALIASES.test(name) ? 'big5' : name;
  if (!iconv.encodingExists(encoding)) return undefined;
  const text = iconv.decode(bytes, encoding);
  // Pages misdeclare their charset often enough: a declaration that yields junk is ignored.
  return junkShare(text) <= MAX_JUNK ? text : undefined;
}

/** Decode a text file's bytes; throws DecodeProblem for binary or undecodable content.
 *  `declared` is the charset the file names itself, trusted unless the bytes are plainly UTF-8. */
export function decodeBytes(bytes: Buffer, declared?: string): string {
  return decodeReporting(bytes, declared).text;
}

/** decodeBytes, saying how many bytes were replaced because they were not valid in the encoding chosen. */
export function decodeReporting(bytes: Buffer, declared?: string): Decoded {
  const whole = (text: string): Decoded => ({ text, replaced: 0 });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return whole(ensureText(iconv.decode(bytes.subarray(3), 'utf-8'), 'UTF-8'));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return whole(ensureText(iconv.decode(bytes.subarray(2), 'utf-16le'), 'UTF-16LE'));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return whole(ensureText(iconv.decode(bytes.subarray(2), 'utf-16be'), 'UTF-16BE'));
  if (bytes.includes(0)) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) return whole(ensureText(iconv.decode(bytes, utf16), utf16.toUpperCase()));
    throw new DecodeProblem('binary content (NUL bytes), not a text file');
  }
  let utf8: string | undefined;
  try {
    utf8 = UTF8.decode(bytes);
  } catch {
    // Not UTF-8: a declared or detected legacy encoding follows.
  }
  if (utf8 !== undefined) return whole(ensureText(utf8, 'UTF-8'));
  // A page that declares UTF-8 (or none) and is UTF-8 but for a few bytes stays UTF-8: no mojibake in names.
  const stated = declared === undefined ? undefined : declaredDecoding(bytes, declared);
  if (stated !== undefined) return whole(stated);
  const mostly = mostlyUtf8(bytes);
  if (mostly !== undefined) return { text: ensureMostlyText(mostly.text), replaced: mostly.replaced };
  return whole(decodeLegacy(bytes));
}
