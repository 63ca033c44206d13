// A machine-translated head in Chinese word order: the issuers, "on" (or "about", "regarding"), what the text does, its kind last ("Dongguan City
// Market Supervision Administration Dongguan City Health Bureau on carrying out … special rectification work notice",
// from 甲乙关于开展…的通知). The whole line is the page's own title; the signature block dates it and names who issued it.
import type { PolicyKind } from '../../kinds.ts';
import type { PolicyFrame } from '../frames/types.ts';
import type { SentenceSpans } from '../spans/types.ts';
import { ruleById } from '../rules/index.ts';

const KINDS: Record<string, PolicyKind> = { notice: 'notice', circular: 'notice', opinions: 'opinion', measures: 'measures', plan: 'plan', announcement: 'announcement', rules: 'rules' };

/** The head's frame, when the first lines hold such a head whose issuers part is only bodies' names. */
export function mtHeadTitle(found: PolicyFrame[], spans: SentenceSpans[]): void {
  for (const sp of spans.slice(0, 3)) {
    const line = sp.s.trim();
    // (A head over 120 characters is no "heading" to the splitter; it still ends without a stop.)
    const m = ruleById('title.mt-head.en').pattern.exec(line);
    if (!m?.groups || found.some((f) => f.sentence === sp.sen && f.t.label === 'Policy' && f.t.end - f.t.start > line.length / 2)) continue;
    const start = sp.s.indexOf(line);
    const issuersEnd = start + m.groups.issuers!.length;
    const bodies = sp.actors.filter((a) => a.label === 'Agency' && a.end <= issuersEnd);
    // (Every word before the word for 关于 — on, about, regarding — is a body's: nothing else may stand there.)
    const covered = bodies.reduce((n, b) => n + (b.end - b.start), 0);
    if (bodies.length === 0 || covered < m.groups.issuers!.replace(/\s+/g, ' ').length - 2 * bodies.length) continue;
    found.push({ t: { start, end: start + line.length, title: line, label: 'Policy', kind: KINDS[m.groups.kind!]!, status: 'final', rule: 'title.mt-head.en' }, id: 'pending', sentence: sp.sen, issuers: [], issued: false, docTitle: true, rules: ['title.mt-head.en'] });
    return;
  }
}
