// The signature block that closes a notice: lines that are only bodies' names over its date, or the signer's line
// (the body's post and the name: 藥劑業及毒藥管理局主席 梁德明, 'Leung Tak-ming, Chairman, Pharmacy and Poisons Board').
import { POST_EN_SOURCE, POST_ZH_SOURCE } from '../../posts.ts';
import type { SentenceSpans } from '../spans/types.ts';
const HAN = /\p{Script=Han}/u;

export interface Signature {
  issuers: string[];
  date: string;
  /** Index of the date line. */
  index: number;
}

/**
 * The signature block: lines that are only bodies' names right over a full date line. The last such block
 * closes the notice. A body under the one named on the line above (国家药监局 / 药品审评中心) signs alone.
 */
export function signatureBlock(bodyLines: Map<number, string[]>, dateLines: Array<{ index: number; date: string }>, partOf: (id: string) => string | undefined): Signature | undefined {
  for (const d of [...dateLines].reverse()) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) continue;
    const ids: string[] = [];
    for (let i = d.index - 1; i >= d.index - 3 && bodyLines.has(i); i--) ids.unshift(...bodyLines.get(i)!);
    if (ids.length === 0) continue;
    const issuers = [...new Set(ids)].filter((id) => !ids.some((o) => o !== id && ancestorOf(id, o, partOf)));
    return { issuers, date: d.date, index: d.index };
  }
  return undefined;
}

function ancestorOf(a: string, b: string, partOf: (id: string) => string | undefined): boolean {
  let cur = partOf(b);
  for (let k = 0; cur && k < 5; k++, cur = partOf(cur)) if (cur === a) return true;
  return false;
}

/** A line made only of the bodies named in it (spaces and 、 between): a signature line. */
export function onlyBodies(s: string, spans: Array<{ start: number; end: number }>): boolean {
  if (!HAN.test(s) || spans.length === 0 || s.length > 80) return false;
  const keep = [...s];
  for (const sp of spans) for (let i = sp.start; i < sp.end; i++) keep[i] = '';
  // A body's own office written after its name (国家医保局办公室) still names that body.
  return keep.join('').replace(/[\s、()（）]/gu, '').replace(/办公室|办公厅|综合司|秘书处/gu, '') === '';
}

// What a signer's line holds besides its bodies: the post and the name (a person found or a name's shape).
const SIGNER_REST_ZH = new RegExp(`^[\\s,，、]*${POST_ZH_SOURCE}[\\s,，、:：]*\\p{Script=Han}{2,4}[\\s,，]*$`, 'u');
const SIGNER_REST_EN = new RegExp(`^\\s*(?:(?:Dr|Prof|Mr|Ms|Mrs)\\.?\\s+)?[A-Z][a-z]+(?:[\\s-][A-Z]?[a-z]+){1,3}\\s*,\\s*(?:${POST_EN_SOURCE})(?:\\s*,|\\s+of)?(?:\\s+the)?[\\s,]*$`, 'u');

/** Signature lines over a date: the bodies' lines, and a signer's line right over the date (its body signs). */
export function withSignerLines(bodyLines: Map<number, string[]>, spans: SentenceSpans[], dateLines: Array<{ index: number }>): Map<number, string[]> {
  const out = new Map(bodyLines);
  const byIndex = new Map(spans.map((sp) => [sp.sen.index, sp]));
  for (const d of dateLines) {
    const sp = byIndex.get(d.index - 1);
    if (!sp || out.has(sp.sen.index) || !sp.sen.heading) continue;
    const bodies = sp.actors.filter((a) => a.label === 'Agency' && !a.asParent);
    if (bodies.length === 0) continue;
    const keep = [...sp.s];
    for (const b of bodies) for (let i = b.start; i < b.end; i++) keep[i] = '';
    const rest = keep.join('');
    if (SIGNER_REST_ZH.test(rest) || SIGNER_REST_EN.test(rest)) out.set(sp.sen.index, [...new Set(bodies.map((b) => b.id))]);
  }
  return out;
}
