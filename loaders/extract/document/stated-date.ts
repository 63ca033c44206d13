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
const STATED_HINT = /日期|时间|時間|于|於|在|dated|released|issued|published|promulgated|signed|date is|date was/i;

/** The issued text named last before the sentence (or in it) takes the stated day, unless it holds a day of its own
 *  other than the page's. */
export function statedOwnDates(found: PolicyFrame[], spans: SentenceSpans[], published: string | undefined): void {
  const rules = [ruleById('date.stated-own.zh'), ruleById('date.stated-own.en')];
  if (!found.some((pf) => pf.issuers.length > 0)) return;
  for (const sp of spans) {
    if (!STATED_HINT.test(sp.s)) continue;
    // (Matched on the Simplified form: 該文件於D印發.)
    const s = HAN.test(sp.s) ? toSimplified(sp.s) : sp.s;
    const rule = rules.find((r) => r.pattern.test(s));
    const said = rule?.pattern.exec(s)?.groups;
    const date = findDates(said?.date ?? said?.date2 ?? '').find((d) => !d.yearless && DAY.test(d.date))?.date;
    if (!rule || !date) continue;
    const target = [...found].reverse().find((pf) => pf.sentence.index <= sp.sen.index && pf.t.label === 'Policy' && pf.issuers.length > 0);
    if (!target) continue;
    const head = target.aliasOf ?? target;
    for (const pf of found) {
      if ((pf === head || pf.aliasOf === head || pf.t.title === head.t.title) && (!pf.date || !DAY.test(pf.date) || pf.date === published)) {
        pf.date = date;
        pf.rules = [...(pf.rules ?? ['frame.issue']), rule.id];
      }
    }
  }
}
