// The signature block that closes a notice: lines that are only bodies' names over its date.
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
