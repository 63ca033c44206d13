// Bytes → string: UTF-8 (with or without BOM), UTF-16 with BOM, and the legacy Chinese encodings
// (GB18030/GBK/GB2312, Big5) that chardet finds; between GB18030 and Big5 the decoding that yields
// common Han characters wins, since chardet is often unsure on short texts.
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** A problem with the bytes themselves; readDocument turns it into a DocumentError. */
export class DecodeProblem extends Error {}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

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

const CHINESE = new Set(['GB18030', 'Big5', 'EUC-TW', 'GBK', 'GB2312', 'EUC-KR', 'EUC-JP', 'Shift_JIS', 'ISO-2022-CN']);

function decodeLegacy(bytes: Buffer): string {
  const matches = chardet.analyse(bytes);
  const best = matches[0];
  const mentionsChinese = matches.some((m) => CHINESE.has(m.name) && m.confidence >= 10);
  // Mostly high bytes and no Latin-1 verdict of confidence: a CJK double-byte text.
  if (mentionsChinese || (best !== undefined && best.confidence < 50)) {
    const candidates = ['gb18030', 'big5'].map((encoding) => {
      const text = iconv.decode(bytes, encoding);
      const bonus = best && best.name.toLowerCase().startsWith(encoding.slice(0, 2)) ? 0.02 : 0;
      return { encoding, text, score: chineseScore(text) + bonus };
    });
    candidates.sort((a, b) => b.score - a.score);
    const top = candidates[0]!;
    if (top.score >= 0.5) return ensureText(top.text, top.encoding);
  }
  if (best && iconv.encodingExists(best.name) && !CHINESE.has(best.name)) {
    return ensureText(iconv.decode(bytes, best.name), best.name);
  }
  throw new DecodeProblem('undecodable bytes: neither UTF-8, UTF-16, GB18030 nor Big5 (binary file?)');
}

/** Decode a text file's bytes; throws DecodeProblem for binary or undecodable content. */
export function decodeBytes(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return ensureText(iconv.decode(bytes.subarray(3), 'utf-8'), 'UTF-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return ensureText(iconv.decode(bytes.subarray(2), 'utf-16le'), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return ensureText(iconv.decode(bytes.subarray(2), 'utf-16be'), 'UTF-16BE');
  try {
    return ensureText(UTF8.decode(bytes), 'UTF-8');
  } catch (e) {
    if (e instanceof DecodeProblem) throw e;
  }
  if (bytes.includes(0)) {
    const guess = chardet.detect(bytes);
    if (guess === 'UTF-16LE' || guess === 'UTF-16BE') return ensureText(iconv.decode(bytes, guess), guess);
    throw new DecodeProblem('binary content (NUL bytes), not a text file');
  }
  return decodeLegacy(bytes);
}
