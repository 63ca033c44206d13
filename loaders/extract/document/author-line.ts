// An address's page names its speaker and day on the line under its title (2026年施政報告 / 行政長官李家超　2026年9月16日): that
// person issued the text, that day.
import type { PolicyFrame } from '../frames/types.ts';
import { ruleById } from '../rules/index.ts';
import type { SentenceSpans } from '../spans/types.ts';

export function authorLines(found: PolicyFrame[], spans: SentenceSpans[]): void {
  const line = ruleById('issue.author-line');
  for (const pf of found) {
    if (pf.t.label !== 'Policy' || pf.issuers.length > 0 || !pf.sentence.heading) continue;
    const next = spans.find((sp) => sp.sen.index === pf.sentence.index + 1);
    const persons = next?.sen.heading ? next.actors.filter((a) => a.label === 'Person') : [];
    const date = next?.dates.find((d) => d.date.length === 10)?.date;
    if (persons.length !== 1 || !date || !line.pattern.test(next!.s.slice(0, persons[0]!.start))) continue;
    pf.issuers = [persons[0]!.id];
    pf.issued = true;
    pf.date ??= date;
    pf.rules = [...(pf.rules ?? ['frame.issue']), line.id];
  }
}
