// A text's closing signature written over two lines — the signer's post (with its body) on one, the name on the next,
// right over the date (藥劑業及毒藥管理局主席 / 梁德明 / 2026年11月20日; "Leung Tak-ming / Chairman, Pharmacy and Poisons
// Board / 20 November 2026") — read as one line, "post name", as a post is read before a name.
import { headingDate } from '../dates.ts';
import { POST_EN_SOURCE, POST_ZH_SOURCE } from '../../posts.ts';
import { toSimplified } from '../../read/script.ts';

const POST_LINE_ZH = new RegExp(`^[\\p{Script=Han}（）()]{0,30}?${POST_ZH_SOURCE}$`, 'u');
const NAME_LINE_ZH = /^\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,3}$/u;
// A body's line over the signer's "post name" line (国家药品监督管理局 / 局长　李利): its name ends in a body's head word.
const BODY_LINE_ZH = /^[\p{Script=Han}（）()]{2,30}(?:局|委员会|委|部|署|厅|中心|办公室|办公厅|院|会|所|处|司)$/u;
const POST_NAME_ZH = new RegExp(`^${POST_ZH_SOURCE}[\\s\u3000:：]*\\p{Script=Han}(?:[\\s\u3000]*\\p{Script=Han}){1,3}$`, 'u');
const POST_LINE_EN = new RegExp(`^(?:${POST_EN_SOURCE})\\b[\\w\\s,&'()-]{0,80}$`, 'u');
const NAME_LINE_EN = /^(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][a-z]+(?:[\s-][A-Z]?[a-z]+){1,3}(?:,\s*[A-Z]{2,4})?$/u;
// How far from the end a signature may stand (notes, 註釋 and page marks may follow it).
const TAIL = 16;

/** The lines with each closing post/name pair over a date joined; other lines as they were. */
export function joinSignerLines(lines: string[]): string[] {
  const at = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0).slice(-TAIL);
  for (let k = 0; k + 2 < at.length; k++) {
    const [a, b, c] = [lines[at[k]!]!.trim(), lines[at[k + 1]!]!.trim(), lines[at[k + 2]!]!.trim()];
    if (!isDay(c)) continue;
    const joined = signer(a, b);
    if (!joined) continue;
    return [...lines.slice(0, at[k]), joined, ...lines.slice(at[k + 1]! + 1)];
  }
  return lines;
}

/** "post name" from a post line and a name line, in either order; undefined when they are not. */
function signer(a: string, b: string): string | undefined {
  if (a.length > 40 || b.length > 40) return undefined;
  if (/\p{Script=Han}/u.test(a + b)) {
    const [sa, sb] = [toSimplified(a), toSimplified(b)];
    if (BODY_LINE_ZH.test(sa) && POST_NAME_ZH.test(sb)) return `${a}${b}`;
    if (POST_LINE_ZH.test(sa) && NAME_LINE_ZH.test(sb) && !POST_LINE_ZH.test(sb)) return `${a} ${b.replace(/[\s\u3000]+/gu, '')}`;
    if (POST_LINE_ZH.test(sb) && NAME_LINE_ZH.test(sa) && !POST_LINE_ZH.test(sa)) return `${b} ${a.replace(/[\s\u3000]+/gu, '')}`;
    return undefined;
  }
  if (NAME_LINE_EN.test(a) && POST_LINE_EN.test(b)) return `${a}, ${b}`;
  if (POST_LINE_EN.test(a) && NAME_LINE_EN.test(b)) return `${b}, ${a}`;
  return undefined;
}

const isDay = (line: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(headingDate(line) ?? '');
