// The date a story gives for the text it reports, in a sentence of its own (文件出台日期为D, "The document was released
// on D"): a repost's stamp or a 近日 read against it only approximates the day the text was put out.
import { ruleById } from '../rules/index.ts';
import { findDates } from '../dates.ts';
import { toSimplified } from '../../read/script.ts';
import type { PolicyFrame } from '../frames/types.ts';
import type { SentenceSpans } from '../spans/types.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const HAN = /\p{Script=Han}/u;
// The words every form of the rules needs, before the Simplified conversion.
const STATED_HINT = /日期|时间|時間|于|於|在|dated|date|on\s/i;

/** The issued text named last before the sentence (or in it) whose date the text does not state otherwise takes the
 *  stated day: undated, or dated only by the page (its stamp, 近日 read against it) or within the stated day. */
export function statedOwnDates(found: PolicyFrame[], spans: SentenceSpans[], published: string | undefined): void {
  const rules = [ruleById('date.stated-own.zh'), ruleById('date.stated-own.en')];
  if (!found.some((pf) => pf.issuers.length > 0)) return;
  for (const sp of spans) {
    if (!STATED_HINT.test(sp.s)) continue;
    // (Matched on the Simplified form: 該文件於D印發.)
    const s = HAN.test(sp.s) ? toSimplified(sp.s) : sp.s;
    const rule = rules.find((r) => r.pattern.test(s));
    const said = rule?.pattern.exec(s)?.groups;
    const date = findDates(said?.date ?? said?.date2 ?? said?.date3 ?? '').find((d) => !d.yearless && DAY.test(d.date))?.date;
    if (!rule || !date) continue;
    // (A text cited in between with a year of its own — 国家药监局2023年发布的《X》 — is not the one the sentence dates.)
    const open = (pf: PolicyFrame): boolean => !pf.date || pf.date === published || !!published?.startsWith(pf.date) || date.startsWith(pf.date);
    const target = [...found].reverse().find((pf) => pf.sentence.index <= sp.sen.index && pf.t.label === 'Policy' && pf.issuers.length > 0 && open(pf.aliasOf ?? pf));
    if (!target) continue;
    const head = target.aliasOf ?? target;
    for (const pf of found) {
      if ((pf === head || pf.aliasOf === head || pf.t.title === head.t.title) && open(pf)) {
        pf.date = date;
        pf.rules = [...(pf.rules ?? ['frame.issue']), rule.id];
      }
    }
  }
}
