// Co-issuers named again by their number: "the Rules on X, which the same two ministries released in 2024",
// "The two agencies also released the X", 上述三部门联合印发的《X》 — the bodies of the latest joint act before.
import { BODIES_NOUN_EN, BODIES_NOUN_ZH, ISSUE_VERB_ZH } from '../rules/fragments.ts';
import { ruleById } from '../rules/index.ts';
import type { SentenceSpans } from '../spans/types.ts';
import type { PolicyFrame } from './types.ts';

const NUMBER: Record<string, number> = { two: 2, both: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
// A cheap test before the patterns: the words of a numbered group of bodies.
const HINT = new RegExp(`\\b${BODIES_NOUN_EN}\\b|${BODIES_NOUN_ZH}`, 'i');

// 上述三部门联合印发的《X》: the verb right before the title, cut to test its subject.
const VERB_AT_END_ZH = new RegExp(`(?:${ISSUE_VERB_ZH})[了的]?$`, 'u');

// The number right before the bodies' noun.
const COUNTED = new RegExp(String.raw`\b(two|both|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+${BODIES_NOUN_EN}\b|([两二三四五六七八九十]|\d{1,2})个?${BODIES_NOUN_ZH}`, 'i');

/** How many bodies the words name: the number right before the bodies' noun (undefined: "the same bodies", 上述部门). */
function countOf(words: string): number | undefined {
  const m = COUNTED.exec(words);
  const w = (m?.[1] ?? m?.[2])?.toLowerCase();
  return w === undefined ? undefined : (NUMBER[w] ?? Number(w));
}

/** The issuers of the latest act before `pf` with at least two of them (`n` of them when the words say how many). */
function antecedent(found: PolicyFrame[], pf: PolicyFrame, n: number | undefined): string[] {
  const before = found.filter((f) => f !== pf && f.issuers.length >= 2 && (f.sentence.index < pf.sentence.index || (f.sentence.index === pf.sentence.index && f.t.end <= pf.t.start)));
  before.sort((a, b) => a.sentence.index - b.sentence.index || a.t.start - b.t.start);
  const fit = n === undefined ? before : before.filter((f) => new Set(f.issuers).size === n);
  return [...new Set(fit[fit.length - 1]?.issuers ?? [])];
}

/** Texts with no issuer whose clause names the co-issuers again by number take the issuers of the latest joint act. */
export function sameBodiesIssues(found: PolicyFrame[], spans: SentenceSpans[]): void {
  const bySentence = new Map(spans.map((sp) => [sp.sen.index, sp]));
  const zh = (sp: SentenceSpans): boolean => /\p{Script=Han}/u.test(sp.s);
  for (const pf of found) {
    const sp = bySentence.get(pf.sentence.index);
    if (!sp || pf.t.label !== 'Policy' || pf.issuers.length > 0 || !HINT.test(sp.s)) continue;
    const beforeRule = ruleById(zh(sp) ? 'issue.same-bodies-before.zh' : 'issue.same-bodies-before.en');
    const afterRule = ruleById(zh(sp) ? 'issue.same-bodies-after.zh' : 'issue.same-bodies-after.en');
    const lead = pf.t.verbAt !== undefined && pf.t.verbAt < pf.t.start ? beforeRule.pattern.exec(sp.s.slice(0, pf.t.verbAt)) : beforeRule.pattern.exec(sp.s.slice(0, pf.t.start).replace(/\s+$/, '').replace(VERB_AT_END_ZH, ''));
    const after = lead ? null : afterRule.pattern.exec(sp.s.slice(pf.t.end));
    const m = lead ?? after;
    if (!m) continue;
    const issuers = antecedent(found, pf, countOf(m[0]));
    if (issuers.length === 0) continue;
    pf.issuers = issuers;
    pf.issued = true;
    pf.rules = [lead ? beforeRule.id : afterRule.id];
    // "…, which the two ministries released in March 2024": the clause's own date.
    const end = pf.t.end + (after?.[0].length ?? 0);
    const own = after ? sp.dates.find((d) => d.index >= end && d.index - end <= 12) : undefined;
    if (own) pf.date = own.date;
  }
}
