// Licence registers laid out as tables: a header row names the columns, each row below is one licence.
import { findDates } from '../dates.ts';
import { knowledge } from '../gazetteer-source.ts';
import type { PolicyFrame } from '../frames/types.ts';
import { idSlug, licenceId } from '../ids.ts';
import { ruleById } from '../rules/index.ts';
import { normalizeForMatch } from '../sentences.ts';
import type { SentenceSpans } from '../spans/types.ts';

const CELL_SPLIT = /\s*[|\t]\s*/;
const cellsOf = (sp: SentenceSpans): string[] => sp.sen.text.trim().split(CELL_SPLIT).map((c) => normalizeForMatch(c).trim());
const column = (cells: string[], re: RegExp): number => cells.findIndex((c) => re.test(c));

/** The rows after header `h`: lines with as many cells as the header. */
function rowsAfter(spans: SentenceSpans[], h: number, width: number): SentenceSpans[] {
  const out: SentenceSpans[] = [];
  for (const row of spans.slice(h + 1)) {
    if (cellsOf(row).length !== width) break;
    out.push(row);
  }
  return out;
}

const licenceFrame = (row: SentenceSpans, title: string, issuer: string, date: string | undefined, rule: string): PolicyFrame => ({
  t: { start: 0, end: Math.min(row.s.length, title.length), title, label: 'License', kind: 'approval', status: 'final' },
  id: 'pending', fixedId: licenceId(issuer, idSlug(title, 40)),
  sentence: row.sen, issuers: [issuer], issued: true, ...(date ? { date } : {}), rules: [rule], generic: false,
});

/**
 * 企业名称 | 许可证编号 | 发证日期 (a provincial register): a licence per row, named by its holder and the licence kind
 * the page names before the table (《药品生产许可证》), issued by the page's first body, dated by its 发证日期 cell.
 * Date | Regulator | Product (company) | Decision (an English tracker): a licence per row, issued by the row's regulator.
 */
export function licenceTables(found: PolicyFrame[], spans: SentenceSpans[], published: string | undefined): void {
  const zh = ruleById('grant.licence-table.zh');
  const en = ruleById('grant.licence-table.en');
  const decisions = ruleById('grant.decision-table.zh');
  resultNoticeTitle(found, spans);
  for (let h = 0; h < spans.length; h++) {
    const text = spans[h]!.sen.text;
    if (!text.includes('|') && !text.includes('\t')) continue;
    // (Matching folds tabs into spaces: a tab-separated header is read with its cells marked.)
    const header = normalizeForMatch(text.replace(/\t/g, ' | '));
    // (A decisions list names what each row permits and its number: known by that, before a register's holder and kind.)
    if (decisions.pattern.test(header)) decisionTable(found, spans, h, published, decisions.id);
    else if (zh.pattern.test(header)) zhRegister(found, spans, h, published, zh.id);
    else if (en.pattern.test(text)) enTracker(found, spans, h, en.id);
  }
}

/** A table's rows as whole lines: a row whose cell holds a 、/； list is split into sentences, one line still. */
function rowLinesAfter(spans: SentenceSpans[], h: number, width: number): SentenceSpans[][] {
  const out: SentenceSpans[][] = [];
  for (let i = h + 1; i < spans.length; ) {
    const line = spans[i]!.sen.line;
    const row: SentenceSpans[] = [];
    for (; i < spans.length && spans[i]!.sen.line === line; i++) row.push(spans[i]!);
    if (row.map((sp) => sp.sen.text).join('').trim().split(CELL_SPLIT).length !== width) break;
    out.push(row);
  }
  return out;
}

/** 本市…获卫生福利部核准之…计划 in the headline or the lead of the table: the body named approving what the rows list. */
function approverBefore(spans: SentenceSpans[], h: number): string | undefined {
  const lead = [...spans.slice(0, Math.min(h, 3)), ...spans.slice(Math.max(3, h - 3), h)];
  for (const sp of lead) {
    const a = sp.actors.find((x) => x.label === 'Agency' && !x.asParent && APPROVED_BY.test(sp.s.slice(x.end, x.end + 4)));
    if (a) return a.id;
  }
  return undefined;
}
const APPROVED_BY = /^(?:所|的)?(?:核准|批准|许可|审批通过)/u;

/** The body of the page (its site header, source line or headline; else who signs at its foot): a department acts for its
 *  ministry, which licenses. */
function pageBody(spans: SentenceSpans[], h: number): string | undefined {
  const K = knowledge();
  const body = (sps: SentenceSpans[]): string | undefined => sps.flatMap((sp) => sp.actors).find((a) => a.label === 'Agency' && !a.asParent)?.id;
  let id = body(spans.slice(0, Math.min(h, 8))) ?? body(spans.slice(-3));
  for (let k = 0; id && k < 3 && K.byId.get(id)?.kind === 'department'; k++) id = K.byId.get(id)?.partOf ?? id;
  return id;
}

/**
 * 项目名称 | 申请单位 | 合作方 | 许可决定书编号 | 决定日期 (a ministry's licensing decisions): a licence per row, known by its
 * decision's number (what it permits an alias), issued by the page's body, dated by its date cell, else the page's.
 */
function decisionTable(found: PolicyFrame[], spans: SentenceSpans[], h: number, published: string | undefined, rule: string): void {
  const cells = cellsOf(spans[h]!);
  const subject = column(cells, /^(?:(?:项目|产品|药品|品种|课题)名称|.{0,8}(?:技术|治疗)项目)$/u);
  const numberCol = column(cells, /(?:编号|文号|字号|批件号)$/u);
  const dateCol = column(cells, /日期$/u);
  const issuer = approverBefore(spans, h) ?? pageBody(spans, h);
  if (!issuer || numberCol < 0) return;
  for (const row of rowLinesAfter(spans, h, cells.length)) {
    const raw = row.map((sp) => sp.sen.text).join('').trim().split(CELL_SPLIT);
    const r = raw.map((c) => normalizeForMatch(c).trim());
    const number = r[numberCol]?.trim();
    if (!number || number.length < 4) continue;
    const date = (dateCol >= 0 ? findDates(r[dateCol]!)[0]?.date : undefined) ?? published;
    // The frame stands on the number's own cell (its name as the row wrote it).
    const at = row.find((sp) => sp.s.includes(number)) ?? row[0]!;
    const start = Math.max(0, at.s.indexOf(number));
    const what = raw[subject]?.trim();
    found.push({
      t: { start, end: start + number.length, title: number, label: 'License', kind: 'approval', status: 'final' },
      id: 'pending', fixedId: licenceId(issuer, idSlug(number, 40)), sentence: at.sen, issuers: [issuer], issued: true,
      ...(date ? { date } : {}), rules: [rule], generic: false, ...(what && what.length >= 4 ? { shortNames: [what] } : {}),
    });
  }
}

/** 2026年10月某某审批决定公示 heading the page: its own text, issued by whoever signs it (signatureIssues, after this). */
export function resultNoticeTitle(found: PolicyFrame[], spans: SentenceSpans[]): void {
  const rule = ruleById('title.result-notice.zh');
  const head = spans.slice(0, 4).find((sp) => sp.sen.heading && sp.s.endsWith('公示'));
  const m = head ? rule.pattern.exec(head.s.trim()) : null;
  if (!head || !m?.groups?.title || found.some((pf) => pf.docTitle)) return;
  const start = head.s.indexOf(m.groups.title);
  found.push({
    t: { start, end: start + m.groups.title.length, title: m.groups.title, label: 'Policy', kind: 'announcement', status: 'final', rule: rule.id },
    id: 'pending', sentence: head.sen, issuers: [], issued: false, docTitle: true, rules: [rule.id],
  });
}

function zhRegister(found: PolicyFrame[], spans: SentenceSpans[], h: number, published: string | undefined, rule: string): void {
  const cells = cellsOf(spans[h]!);
  const holder = column(cells, /^(?:企业名称|申请人|持有人|单位名称)$/u);
  const dateCol = column(cells, /^(?:发证日期|核发日期|批准日期)$/u);
  // The body of the page (its site header or headline) issues what its register lists.
  const issuer = spans.slice(0, Math.min(h, 8)).flatMap((sp) => sp.actors).find((a) => a.label === 'Agency' && !a.asParent)?.id;
  if (!issuer) return;
  const kind = spans.slice(Math.max(0, h - 3), h).flatMap((sp) => sp.titles).filter((t) => t.label === 'License').pop()?.title ?? '许可证';
  for (const row of rowsAfter(spans, h, cells.length)) {
    const r = cellsOf(row);
    if (!r[holder]) break;
    const date = (dateCol >= 0 ? findDates(r[dateCol]!)[0]?.date : undefined) ?? published;
    found.push(licenceFrame(row, `${r[holder]}${kind}`, issuer, date, rule));
  }
}

function enTracker(found: PolicyFrame[], spans: SentenceSpans[], h: number, rule: string): void {
  const cells = cellsOf(spans[h]!);
  const dateCol = column(cells, /^Date$/i);
  const regulator = column(cells, /^(?:Regulator|Agency|Authority)$/i);
  const product = column(cells, /^Product/i);
  const decision = column(cells, /^(?:Decision|Approval|Type|Status)$/i);
  for (const row of rowsAfter(spans, h, cells.length)) {
    const r = cellsOf(row);
    const at = row.s.indexOf(r[regulator]!);
    const issuer = row.actors.find((a) => a.label === 'Agency' && !a.asParent && a.start >= at && a.end <= at + r[regulator]!.length)?.id;
    const what = r[product]?.replace(/\s*\([^)]*\)\s*$/, '');
    if (!issuer || !what) continue;
    const act = decision >= 0 && r[decision] ? r[decision]!.split(/[,;]/)[0]!.trim().replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()) : 'approval';
    found.push(licenceFrame(row, `${act} of ${what}`, issuer, findDates(r[dateCol]!)[0]?.date, rule));
  }
}
