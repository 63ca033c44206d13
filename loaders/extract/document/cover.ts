// A text's cover (a PDF guideline, a translation, a report): its title on the first lines, then the issuing bodies'
// line and the month or day it came out (Technical Guideline for … / Center for Drug Evaluation, National Medical
// Products Administration / August 2026; 某某技术指导原则 / 国家药品监督管理局药品审评中心 / 2026年8月): those bodies issued
// the title, then.
import type { PolicyFrame } from '../frames/types.ts';
import type { SentenceSpans } from '../spans/types.ts';
import type { DatedLine } from '../segment/layout.ts';
import { zhKind } from '../policies.ts';
import { ruleById } from '../rules/index.ts';
import { PROMULGATE_VERB_ZH } from '../rules/fragments.ts';

const COVER_LINES = 8;
// A Chinese cover's title: a line of its own, no quotes or clause marks, led to its kind word (…技术指导原则（试行）).
const ZH_COVER_TITLE = /^(?!.*(?:关于|关於))[^，。；：:《》“”"、]{4,60}$/u;
// …and not a news headline over the site's name and a date (市卫健委印发X办法, 一图读懂X, 我市出台X政策): a headline
// tells of a text (an issuing verb, a 解读 word, 我市) where a cover only names it.
const ZH_HEADLINE = new RegExp(`${PROMULGATE_VERB_ZH}|下发|推出|解读|读懂|图解|答记者问|问答|一图|[我本][市省区县]`, 'u');

/** The cover's title frame, issued by the bodies' line under it and dated by the date on or after that line. */
export function coverIssues(found: PolicyFrame[], spans: SentenceSpans[], dateLines: DatedLine[], published: string | undefined, partOf: (id: string) => string | undefined): void {
  const head = spans.slice(0, COVER_LINES);
  for (let at = 0; at < head.length; at++) {
    const sp = head[at]!;
    if (!sp.sen.heading) continue;
    const line = sp.s.trim();
    // The whole line is the title: a frame found on it, or a Chinese cover title no rule reads without its issuer.
    const pf = found.find((f) => f.sentence === sp.sen && f.t.label === 'Policy' && f.t.end - f.t.start >= line.length - 12);
    if (pf && pf.issuers.length > 0) return;
    const issue = issuedUnder(head, at, dateLines, partOf, published);
    if (!issue) continue;
    // (A line with a text named inside it — 关于印发《X》的通知 — is a headline other passes read.)
    const frame = pf ?? (found.some((f) => f.sentence === sp.sen) ? undefined : zhCoverFrame(sp));
    if (!frame) continue;
    frame.issuers = issue.ids;
    frame.issued = true;
    frame.date ??= issue.date;
    frame.rules = [...(frame.rules ?? []), 'issue.cover'];
    if (!pf) found.push(frame);
    return;
  }
}

/** The bodies' line one or two lines under the title, with the date on it or on the next lines. */
// (The reader takes a date line under the head as the page's date, published.)
function issuedUnder(head: SentenceSpans[], at: number, dateLines: DatedLine[], partOf: (id: string) => string | undefined, published: string | undefined): { ids: string[]; date: string } | undefined {
  for (let i = at + 1; i <= at + 2 && i < head.length; i++) {
    const body = bodiesOf(head[i]!, partOf);
    if (!body) continue;
    const index = head[i]!.sen.index;
    const date = body.date ?? dateLines.find((d) => d.index > index && d.index <= index + 3)?.date ?? head.slice(i + 1, i + 4).find((x) => x.dates.length === 1 && x.s.trim().length <= 30)?.dates[0]?.date ?? published;
    return date ? { ids: body.ids, date } : undefined;
  }
  return undefined;
}

function zhCoverFrame(sp: SentenceSpans): PolicyFrame | undefined {
  const title = sp.s.trim();
  const headline = ZH_HEADLINE.test(title) || sp.actors.some((a) => a.label === 'Agency' || a.label === 'Organization');
  const kind = /\p{Script=Han}/u.test(title) && ZH_COVER_TITLE.test(title) && !headline ? zhKind(title) : undefined;
  if (!kind) return undefined;
  const start = sp.s.indexOf(title);
  const status = /征求意见稿|草案|送审稿/u.test(title) ? 'draft' : /试行|暂行/u.test(title) ? 'trial' : 'final';
  return { t: { start, end: start + title.length, title, label: 'Policy', kind, status, rule: 'issue.cover' }, id: 'pending', sentence: sp.sen, issuers: [], issued: false, docTitle: true };
}

/** A line of bodies only, perhaps with its date after them: the bodies (a sub-body over its parent signs alone). */
function bodiesOf(sp: SentenceSpans, partOf: (id: string) => string | undefined): { ids: string[]; date?: string } | undefined {
  if (!sp.sen.heading) return undefined;
  const bodies = sp.actors.filter((a) => a.label === 'Agency');
  if (bodies.length === 0) return undefined;
  const keep = [...sp.s];
  for (const b of bodies) for (let i = b.start; i < b.end; i++) keep[i] = '';
  const d = sp.dates.length === 1 ? sp.dates[0]! : undefined;
  if (d) for (let i = d.index; i < d.index + d.length; i++) keep[i] = '';
  if (!ruleById('issue.cover').pattern.test(keep.join(''))) return undefined;
  const ids = [...new Set(bodies.map((b) => b.id))];
  // (A sub-body written with its parent, "Center for Drug Evaluation, National Medical Products Administration", signs alone.)
  const under = (id: string, of: string): boolean => { for (let p = partOf(id), k = 0; p && k < 5; p = partOf(p), k++) if (p === of) return true; return false; };
  return { ids: ids.filter((id) => !ids.some((o) => o !== id && under(o, id))), ...(d && !d.yearless ? { date: d.date } : {}) };
}
