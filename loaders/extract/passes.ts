// Document-level passes (pure functions over a document's lines): headlines that name their issuers, a record
// page's title field, the signature block that closes a notice, and the writer naming itself (我中心).
import { ruleById } from './rules/index.ts';

export interface HeadlineIssue {
  /** The title's span in the sentence. */
  start: number;
  end: number;
  title: string;
  /** Where the issuers are named (before the title). */
  issuersEnd: number;
  rule: string;
}

const HAN = /\p{Script=Han}/u;
const LABEL_HINT = /^(?:文件名称|文件标题|标题|题目|名称)/u;

/** "A, B and C: Notice on X" / 甲、乙关于X的通知: a headline that names its issuers; else undefined. */
export function headlineIssue(s: string): HeadlineIssue | undefined {
  const id = HAN.test(s) ? 'issue.headline.about.zh' : 'issue.headline.colon.en';
  const m = ruleById(id).pattern.exec(s.trim());
  if (!m?.groups) return undefined;
  const lead = s.length - s.trimStart().length;
  const start = lead + m[0].length - m.groups.title!.length;
  return { start, end: start + m.groups.title!.length, title: m.groups.title!, issuersEnd: lead + m.groups.issuers!.length, rule: id };
}

/** 文件名称：关于X的通知 — the document's own title, from a record page's field. */
export function labelledTitle(s: string): { start: number; end: number; title: string; rule: string } | undefined {
  if (!LABEL_HINT.test(s)) return undefined;
  const r = ruleById('title.labelled.zh');
  const m = r.pattern.exec(s);
  if (!m?.groups) return undefined;
  const start = m.index + m[0].indexOf(m.groups.title!);
  return { start, end: start + m.groups.title!.length, title: m.groups.title!, rule: r.id };
}

/** 我中心组织起草了…: the writer names itself before an issuing verb. */
export const selfIssued = (clause: string): boolean => ruleById('issue.self-reference.zh').pattern.test(clause);

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
