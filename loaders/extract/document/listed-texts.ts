// Texts listed after a publishing lead (协会批准发布以下3项团体标准，现予公告。 then 一、…《X》 二、…《Y》): each listed title is
// issued by the lead's subject, else by whoever issued the page's own text, on the lead's date or the own text's.
import type { PolicyFrame } from '../frames/types.ts';
import { ruleById } from '../rules/index.ts';
import type { SentenceSpans } from '../spans/types.ts';

const ITEM_MARK = /^\s*(?:(?:\d{1,2}|[一二三四五六七八九十])\s*[.、．)）]|[（(](?:\d{1,2}|[一二三四五六七八九十])[)）])/u;

export function listedTexts(found: PolicyFrame[], spans: SentenceSpans[]): void {
  const lead = ruleById('issue.list-lead.zh');
  const own = found.find((pf) => pf.docTitle && pf.issuers.length > 0) ?? found.find((pf) => pf.t.label === 'Policy' && pf.sentence.heading && pf.issuers.length > 0);
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i]!;
    const m = /以下|如下|下列/.test(sp.s) ? lead.pattern.exec(sp.s) : null;
    if (!m) continue;
    const clause = Math.max(sp.s.lastIndexOf('，', m.index), sp.s.lastIndexOf('。', m.index)) + 1;
    const subject = [...new Set(sp.actors.filter((a) => (a.label === 'Agency' || a.label === 'Organization') && !a.asParent && a.start >= clause && a.end <= m.index).map((a) => a.id))];
    const issuers = subject.length > 0 ? subject : own?.issuers ?? [];
    if (issuers.length === 0) continue;
    const date = sp.dates[0]?.date ?? own?.date;
    for (const item of itemLines(spans, i)) {
      for (const pf of found.filter((f) => f.sentence.index === item.sen.index && f.t.label === 'Policy' && f.issuers.length === 0)) {
        pf.issuers = [...issuers];
        pf.issued = true;
        if (date) pf.date ??= date;
        pf.rules = [...(pf.rules ?? ['frame.issue']), lead.id];
      }
    }
  }
}

/** The numbered lines right after the lead, while they are numbered. */
function itemLines(spans: SentenceSpans[], lead: number): SentenceSpans[] {
  const out: SentenceSpans[] = [];
  for (let j = lead + 1; j < spans.length && ITEM_MARK.test(spans[j]!.s); j++) out.push(spans[j]!);
  return out;
}
