// A news dateline opening the first sentence ("BEIJING, May 20 (Xinhua) --", "SHANGHAI, May 20, 2026 /PRNewswire/ --"):
// its day is the page's date, not a time of what the sentence says ("… issued the notice on Monday").
import { ruleById } from '../rules/index.ts';

const HINT = /^[A-Z][A-Z .'-]{2,30},/;
// A time the sentence gives after the dateline besides a date: a weekday, yesterday, last week.
const OWN_TIME = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+(?:week|month)|earlier\s+this\s+(?:week|month))\b/i;

/** The sentence's dates less a leading dateline's day when the sentence gives its own time after it ("on Monday",
 *  "last week", a date): with none, the dateline's day is the time of what it reports ("… has issued X"). */
export function withoutDatelineDay<D extends { index: number }>(s: string, dates: D[]): D[] {
  const end = datelineEnd(s);
  if (end === 0 || !(dates.some((d) => d.index >= end) || OWN_TIME.test(s.slice(end)))) return dates;
  return dates.filter((d) => d.index >= end);
}

/** Where a leading dateline ends in the sentence (0 when it opens with none). */
function datelineEnd(s: string): number {
  if (!HINT.test(s)) return 0;
  const m = ruleById('date.page.dateline').pattern.exec(s);
  return m ? m[0].length : 0;
}
