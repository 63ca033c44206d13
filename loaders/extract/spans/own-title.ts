// The document's own title, where a line states it: a headline that names its issuers ("A, B and C: Notice on X",
// 甲、乙关于X的通知) or a record page's title field (文件名称：…).
import { ruleById } from '../rules/index.ts';

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
const LABEL_HINT = /^\|?\s*(?:文件名称|文件标题|标\s*题|题\s*目|名\s*称)/u;

/** "A, B and C: Notice on X" / 甲、乙关于X的通知: a headline that names its issuers; else undefined. */
export function headlineIssue(s: string): HeadlineIssue | undefined {
  const lead = s.length - s.trimStart().length;
  // "Reply of X on Suggestion No. N …": the whole line is the title, X inside it its issuer.
  // ("X on the reply to the suggestion No. N …": the same, machine-translated in Chinese order.)
  const replyRule = HAN.test(s) ? undefined : ['issue.headline.reply.en', 'issue.headline.reply-mt.en'].find((id) => ruleById(id).pattern.test(s.trim()));
  const reply = replyRule ? ruleById(replyRule).pattern.exec(s.trim()) : null;
  if (reply?.groups) {
    const at = lead + reply[0].indexOf(reply.groups.issuers!);
    // A machine translation's lower-case head ("X's reply to Suggestion No. N") is the title's head word all the same.
    const title = reply.groups.title!.replace(/(['’]s?\s+)([ra])(?=eply\s|esponse\s|nswer\s)/, (_, a: string, c: string) => a + c.toUpperCase());
    return { start: lead, end: lead + title.length, title, issuersEnd: at + reply.groups.issuers!.length, rule: replyRule! };
  }
  const id = HAN.test(s) ? 'issue.headline.about.zh' : 'issue.headline.colon.en';
  const m = ruleById(id).pattern.exec(s.trim());
  if (!m?.groups) return undefined;
  const start = lead + m[0].length - m.groups.title!.length;
  return { start, end: start + m.groups.title!.length, title: m.groups.title!, issuersEnd: lead + m.groups.issuers!.length, rule: id };
}

/** A headline line that is only 关于…的答复: the document's own title (its issuers sign at the end). */
export function bareHeadline(s: string): { start: number; end: number; title: string; rule: string } | undefined {
  if (!s.startsWith('关于') && !s.startsWith('对')) return undefined;
  const r = ruleById('title.bare-headline.zh');
  const m = r.pattern.exec(s.trim());
  if (!m?.groups) return undefined;
  const start = s.indexOf(m.groups.title!);
  return { start, end: start + m.groups.title!.length, title: m.groups.title!, rule: r.id };
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
