// Licence registers laid out as tables: a header row names the columns, each row below is one licence.
import { findDates } from '../dates.ts';
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
  for (let h = 0; h < spans.length; h++) {
    const text = spans[h]!.sen.text;
    if (!text.includes('|') && !text.includes('\t')) continue;
    if (zh.pattern.test(normalizeForMatch(text))) zhRegister(found, spans, h, published, zh.id);
    else if (en.pattern.test(text)) enTracker(found, spans, h, en.id);
  }
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
