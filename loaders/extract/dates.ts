// Dates inside sentences at the precision the text gives; years filled in from the document when missing.
import { MONTH_EN } from './rules/fragments.ts';
import { ruleById } from './rules/index.ts';

export interface FoundDate {
  /** ISO partial date: 2023, 2023-04 or 2023-04-25. */
  date: string;
  index: number;
  length: number;
  /** The text gave no year; `date` took the document's year. */
  yearless: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ORD = '(?:st|nd|rd|th)?';

const CN_DIGITS = '〇○零一二三四五六七八九';
const CN_MONTH = '十[一二]?|[一二三四五六七八九]';
const CN_DAY = '三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]';
const CN_VALUE: Record<string, number> = { '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };
/** 二〇一九 → 2019 (digit by digit); 十一 → 11, 二十八 → 28 (tens and units). */
function cnNumber(s: string, digitwise = false): number {
  if (digitwise) return Number([...s].map((c) => CN_VALUE[c] ?? 0).join(''));
  const [tens, units] = s.includes('十') ? s.split('十') : ['', s];
  return (s.includes('十') ? (tens ? CN_VALUE[tens]! : 1) * 10 : 0) + (units ? CN_VALUE[units]! : 0);
}

/** 一百十三 → 113, 一百零五 → 105, 九十八 → 98: a Minguo year in numerals. */
function rocNumber(s: string): number {
  if (!s.startsWith('一百')) return cnNumber(s);
  const rest = s.slice(2).replace(/^零/, '');
  return 100 + (rest ? cnNumber(rest) : 0);
}

// One alternation, compiled once; named groups tell the forms apart.
const DATE_FORMS = [
  '(?<iy>(?:19|20)\\d{2})[-/.](?<im>\\d{1,2})[-/.](?<id>\\d{1,2})(?!\\d)',
  '(?<zy>(?:19|20)\\d{2})\\s*年\\s*(?:(?<zm>\\d{1,2})\\s*月\\s*(?:(?<zd>\\d{1,2})\\s*[日号])?)?',
  // Taiwan's Minguo (ROC) years: 民国113年, 本(113)年6月4日, 107年9月6日 (year + 1911; a bare 113年 needs a month).
  '(?<rp>民国|民國|本\\s*\\(\\s*)?(?<![\\d.])(?<ry>[4-9]\\d|1[0-4]\\d)(?:\\s*\\))?\\s*年\\s*(?:(?<rm>\\d{1,2})\\s*月\\s*(?:(?<rd>\\d{1,2})\\s*[日号])?)?',
  // A Taiwan form's ROC date with slashes or dots: 114/10/08, 115.12.01 (years 100–119 only: 2011–2030).
  '(?<![\\d/.])(?<sy>1[01]\\d)(?<ssep>[/.])(?<sm>[01]?\\d)\\k<ssep>(?<sd>[0-3]?\\d)(?![\\d/]|\\.\\d)',
  '(?<!\\d)(?<nm>\\d{1,2})\\s*月\\s*(?<nd>\\d{1,2})\\s*[日号]',
  `\\b${MONTH.replace('(', '(?<am>')}\\s+(?<ad>\\d{1,2})${ORD}(?:,?\\s+(?<ay>(?:19|20)\\d{2}))?(?!\\d)`,
  // (… "the 3rd of August 2026": an ordinal day may take "of" before its month.)
  `\\b(?<bd>\\d{1,2})(?:(?:st|nd|rd|th)\\s+of\\b|${ORD})\\s+${MONTH.replace('(', '(?<bm>')}(?:,?\\s+(?<by>(?:19|20)\\d{2}))?\\b`,
  `\\b${MONTH.replace('(', '(?<cm>')}(?:\\s+of)?,?\\s+(?<cy>(?:19|20)\\d{2})\\b`,
  // "in 2021", "since 2019"; not "by 2030", a target the text sets, when nothing happened.
  '\\b(?:in|since|during|of|from)\\s+(?<yy>(?:19|20)\\d{2})\\b(?![-–—]\\d)',
  // A month without a year ("in October"): the document's year.
  `\\b(?:in|since|by|during|until|from)\\s+${MONTH.replace('(', '(?<om>')}(?![a-z])(?![\\s,.]+\\d)`,
  // "last August": the latest such month before the page (the year before, without a page's month).
  `\\blast\\s+${MONTH.replace('(', '(?<lm>')}(?![a-z])(?![\\s,.]+\\d)(?!\\s+[A-Z])`,
  // Years counted from the document's: "last year", 去年.
  '\\b(?<rel>last|this|next)\\s+year\\b(?!\\s*[\'’]s)',
  // A month alone after a Chinese preposition (已於2月通過, 于3月印发): the page's year.
  '(?<![\\d月至到\\-－~～])(?<zmp>于|於|在|自|从|從)\\s*(?<zmo>1[0-2]|0?[1-9])\\s*(?:月份|月)(?![\\d一二三四五六七八九十]|\\s*\\d{1,2}\\s*[日号])',
  `(?<zrel>去年|今年|明年|本年)(?!度)(?:(?<zrm>\\d{1,2})\\s*月(?:\\s*(?<zrd>\\d{1,2})\\s*[日号])?|(?<zrmc>${CN_MONTH})\\s*月)?`,
];
const DATE_RE = new RegExp(DATE_FORMS.join('|'), 'gi');
const CN_FORMS = [
  // Dates in Chinese numerals (落款, Hong Kong releases): 二〇一九年十二月十一日, 二○二一年八月, 十一月六日.
  `(?<hy>(?:一九|二[〇○零])[${CN_DIGITS}]{2})\\s*年(?:\\s*(?<hm>${CN_MONTH})\\s*月(?:\\s*(?<hd>${CN_DAY})\\s*[日号])?)?`,
  `(?<![${CN_DIGITS}十])(?<hm2>${CN_MONTH})\\s*月\\s*(?<hd2>${CN_DAY})\\s*[日号]`,
  // Taiwan's official texts write the Minguo year in numerals too: 一百十三年六月十九日 (a month makes it a date).
  `(?<![${CN_DIGITS}十百])(?<hry>一百(?:零[一二三四五六七八九]|[一二三四]?十[一二三四五六七八九]?|[一二三四五六七八九])?|[四五六七八九]十[一二三四五六七八九]?)\\s*年\\s*(?<hrm>${CN_MONTH})\\s*月(?:\\s*(?<hrd>${CN_DAY})\\s*[日号])?`,
];
// Chinese-numeral dates are rare: their own pattern, run only where a numeral year or month-and-day is written.
const CN_DATE_RE = new RegExp(CN_FORMS.join('|'), 'gu');
const CN_DATE_HINT = /(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}\s*年|[一二三四五六七八九十]\s*月\s*[一二三四五六七八九十]|[十百零一二三四五六七八九]\s*年\s*[一二三四五六七八九十]{1,2}\s*月/u;
// With a page date, also a day alone: 13日发布 (news of the day before), 今(27)日公告 (Taiwan), 本月20日, 上月27日.
// …and a weekday of the page's week in news ("the company said on Monday"): the latest such day up to the page's.
const DATE_RE_PAGE = new RegExp([...DATE_FORMS, '上[个個]?月\\s*(?<ldd>[1-3]?\\d)\\s*[日号]', '(?<![\\d年月.])(?:今\\s*\\(\\s*|本月\\s*)?(?<dd>[1-3]?\\d)(?:\\s*\\))?\\s*日(?=[^\\d期前后内起止])', '\\bon\\s+(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?![,\\s]+(?:\\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))'].join('|'), 'gi');
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const HAS_DIGIT = /[0-9]/;
/** Minguo year 1 is 1912. */
const ROC_EPOCH = 1911;
const RELATIVE_HINT = /\byear\b|去年|今年|明年|本年|\b(?:in|since|by|during|until|from|last)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(y: number, m?: number, d?: number): string | undefined {
  if (m !== undefined && (m < 1 || m > 12)) return undefined;
  if (d !== undefined && (d < 1 || d > 31)) return undefined;
  if (m === undefined) return String(y);
  return d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
}

const monthOf = (s: string | undefined): number | undefined => (s ? MONTHS[s.slice(0, 3).toLowerCase()] : undefined);
const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

/**
 * Every date in `s`, in order. `year` fills dates written without one (July 8 → 2023-07-08); `page` (the page's
 * full date) places a day written alone (13日: this month's 13th, or last month's when after the page's day).
 */
export function findDates(s: string, year?: number, page?: string): FoundDate[] {
  const out: FoundDate[] = [];
  // Every form has a digit: most prose sentences need no scan at all.
  const cn = CN_DATE_HINT.test(s);
  if (!HAS_DIGIT.test(s) && !RELATIVE_HINT.test(s) && !cn) return out;
  let weekday: FoundDate | undefined;
  for (const m of dateMatches(s, page, cn)) {
    const g = m.groups ?? {};
    // The forms are tried in one order (each match has one form's groups): year written, month and day, relative.
    const r = readYearWritten(g, m[0]) ?? readMonthDay(g, year) ?? readRelative(g, m[0], year, page);
    if (!r?.date) continue;
    const lead = r.lead ?? 0;
    out.push({ date: r.date, index: m.index + lead, length: m[0].length - lead, yearless: r.yearless });
    if (g.wd) weekday = out[out.length - 1];
  }
  // A weekday dates the sentence only when it gives no other date ("said on Wednesday that … granted … on April 8").
  return weekday && out.length > 1 ? out.filter((d) => d !== weekday) : out;
}

type Groups = Record<string, string | undefined>;
/** What one match says: its date (none when it is not one), whether the year came from the document, and how many
 *  characters the match starts with before the date itself ("in " of "in October"). */
interface Reading { date?: string; yearless: boolean; lead?: number }

/** The matches of the date forms in order; Chinese-numeral ones only where `cn` says they may be. */
function dateMatches(s: string, page: string | undefined, cn: boolean): RegExpExecArray[] {
  const matches = [...s.matchAll(page ? DATE_RE_PAGE : DATE_RE)];
  if (cn) {
    // A form of either pattern inside a match of the other (本年六月 and 六月…) keeps the earlier, longer one.
    for (const m of s.matchAll(CN_DATE_RE)) if (!matches.some((o) => m.index < o.index + o[0].length && o.index < m.index + m[0].length)) matches.push(m);
    matches.sort((x, y) => x.index - y.index);
  }
  return matches;
}

/** Dates with their year written: 2023-04-25, 2023年4月, Minguo years (民国113年, 114/10/08), 二〇一九年十二月. */
function readYearWritten(g: Groups, text: string): Reading | undefined {
  if (g.iy) return { date: iso(Number(g.iy), num(g.im), num(g.id)), yearless: false };
  if (g.zy) return { date: iso(Number(g.zy), num(g.zm), num(g.zd)), yearless: false };
  if (g.ry) {
    // 113年 alone could be a count of years: only 民国/本(113)年 or a month after it make it a date.
    if (!g.rp && !g.rm) return { yearless: false };
    return { date: iso(Number(g.ry) + ROC_EPOCH, num(g.rm), num(g.rd)), yearless: false, lead: g.rp ? 0 : text.indexOf(g.ry) };
  }
  if (g.sy) return { date: iso(Number(g.sy) + ROC_EPOCH, num(g.sm), num(g.sd)), yearless: false };
  if (g.hy) return { date: iso(cnNumber(g.hy, true), g.hm ? cnNumber(g.hm) : undefined, g.hd ? cnNumber(g.hd) : undefined), yearless: false };
  if (g.hry) return { date: iso(rocNumber(g.hry) + ROC_EPOCH, cnNumber(g.hrm!), g.hrd ? cnNumber(g.hrd) : undefined), yearless: false };
  return undefined;
}

/** A month and day (十一月六日, 3月2日, July 8, 8 July), the document's year when none is written; a month and year. */
function readMonthDay(g: Groups, year: number | undefined): Reading | undefined {
  if (g.hm2) return { date: year ? iso(year, cnNumber(g.hm2), cnNumber(g.hd2!)) : undefined, yearless: true };
  if (g.nm) return { date: year ? iso(year, num(g.nm), num(g.nd)) : undefined, yearless: true };
  if (g.am) {
    const y = g.ay ? Number(g.ay) : year;
    return { date: y ? iso(y, monthOf(g.am), num(g.ad)) : undefined, yearless: !g.ay };
  }
  if (g.bm) {
    const y = g.by ? Number(g.by) : year;
    return { date: y ? iso(y, monthOf(g.bm), num(g.bd)) : undefined, yearless: !g.by };
  }
  if (g.cm) return { date: iso(Number(g.cy), monthOf(g.cm)), yearless: false };
  return undefined;
}

/** Dates placed from the document's: "in October", "last August", 13日 (the page's month), "last year", 去年3月; "in 2021". */
function readRelative(g: Groups, text: string, year: number | undefined, page: string | undefined): Reading | undefined {
  if (g.om) return { date: year ? iso(year, monthOf(g.om)) : undefined, yearless: true, lead: text.indexOf(g.om) };
  if (g.lm) {
    const mo = monthOf(g.lm)!;
    const pageMonth = page ? Number(page.slice(5, 7)) : undefined;
    return { date: year ? iso(pageMonth !== undefined && mo < pageMonth ? year : year - 1, mo) : undefined, yearless: true };
  }
  if (g.dd) return { date: page ? dayOfPage(Number(g.dd), page) : undefined, yearless: true };
  if (g.ldd) return { date: page ? dayOfLastMonth(Number(g.ldd), page) : undefined, yearless: true };
  if (g.wd) return { date: page ? weekdayOfPage(WEEKDAYS.indexOf(g.wd.toLowerCase()), page) : undefined, yearless: true, lead: text.indexOf(g.wd) };
  if (g.zmo) return { date: year ? iso(year, Number(g.zmo)) : undefined, yearless: true, lead: text.indexOf(g.zmo, g.zmp!.length) };
  if (g.rel || g.zrel) {
    const w = (g.rel ?? g.zrel)!.toLowerCase();
    return { date: year ? iso(year + (w === 'last' || w === '去年' ? -1 : w === 'next' || w === '明年' ? 1 : 0), g.zrmc ? cnNumber(g.zrmc) : num(g.zrm), g.zrd ? Number(g.zrd) : undefined) : undefined, yearless: true };
  }
  if (g.yy) return { date: g.yy, yearless: false, lead: text.indexOf(g.yy) };
  return undefined;
}

/** Day `day` of the page's month, or of the month before when the page's day is earlier (news of the 30th on the 2nd). */
function dayOfPage(day: number, page: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(page);
  if (!m || day < 1 || day > 31) return undefined;
  let y = Number(m[1]);
  let mo = Number(m[2]);
  if (day > Number(m[3])) [y, mo] = mo === 1 ? [y - 1, 12] : [y, mo - 1];
  return iso(y, mo, day);
}

/** Day `day` of the month before the page's (上月27日). */
function dayOfLastMonth(day: number, page: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(page);
  if (!m || day < 1 || day > 31) return undefined;
  const [y, mo] = Number(m[2]) === 1 ? [Number(m[1]) - 1, 12] : [Number(m[1]), Number(m[2]) - 1];
  return iso(y, mo, day);
}

/** The latest day of that weekday (0 = Sunday) on or before the page's date. */
function weekdayOfPage(weekday: number, page: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(page) || weekday < 0) return undefined;
  const d = new Date(`${page}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() - weekday + 7) % 7));
  return d.toISOString().slice(0, 10);
}

/** The date a heading line consists of (e.g. "March 23, 2023", "2023年3月23日"), else undefined. */
export function headingDate(line: string, year?: number): string | undefined {
  const t = line.trim();
  if (t.length > 40) return undefined;
  const ds = findDates(t, year);
  const d = ds[0];
  if (!d || ds.length > 1) return undefined;
  const rest = (t.slice(0, d.index) + t.slice(d.index + d.length)).replace(/[\s,，.。:：()（）◆•\-–—]/g, '');
  return rest === '' ? d.date : undefined;
}

/** A page date as labels give it: 2024-03-12, 2024年3月12日, 3/12/2024 (month first), 20240312. */
function pageDate(s: string): string | undefined {
  const compact = /^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/.exec(s);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const mdy = /^(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})/.exec(s);
  if (mdy) return iso(Number(mdy[3]), Number(mdy[1]), Number(mdy[2]));
  // 发布日期：113-12-27 (Taiwan government pages give the Minguo year).
  const roc = /^(1[0-4]\d|[4-9]\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(s);
  if (roc) return iso(Number(roc[1]) + ROC_EPOCH, Number(roc[2]), Number(roc[3]));
  return findDates(s)[0]?.date;
}

/** "SHANGHAI, March 3 (Xinhua) --": the dateline's day, in the year of the first date with a month on the page (not of
 *  any year the text names: "measures which run until 2028" date no page). */
function datelineDate(text: string): string | undefined {
  // The first lines with text (a page read from HTML may have a blank line between each).
  for (const line of text.slice(0, 1500).split('\n').filter((l) => l.trim()).slice(0, 12)) {
    const m = ruleById('date.page.dateline').pattern.exec(line.trim());
    if (!m?.groups) continue;
    // (No date with a month on the page: with a weekday said, the latest year it names — "listed in 2025" — to count from.)
    const year = m.groups.y ?? firstMonthDateYear(text.slice(0, 6000)) ?? (SAID_ON_WEEKDAY.test(text.slice(0, 2500)) ? latestYearNamed(text.slice(0, 6000)) : undefined);
    const date = year ? findDates(`${m.groups.md!} ${year}`)[0]?.date : undefined;
    return date && !m.groups.y ? onSaidWeekday(date, text.slice(0, 2500)) : date;
  }
  return undefined;
}

// "…, the company said on Friday" in a wire story's first lines: the dateline's own day of the week.
const SAID_ON_WEEKDAY = /\b(?:said|announced|told\s+\w+)\b[^.;]{0,80}?\bon\s+(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

const AHEAD_OF_YEAR = /\b(?:plans?|planned|will|expects?|aims?|intends?|targets?|hopes?|by|until|through|before)\b[^.;]{0,50}$/i;

/** The latest year the text names as a time ("in 2024", "since 2019"; not "by 2030"). */
function latestYearNamed(s: string): string | undefined {
  // (Not a year the story looks ahead to: "plans to file in the United States in 2028".)
  const years = findDates(s).filter((d) => !d.yearless && d.date.length === 4 && !AHEAD_OF_YEAR.test(s.slice(Math.max(0, d.index - 60), d.index))).map((d) => Number(d.date));
  return years.length > 0 ? String(Math.max(...years)) : undefined;
}

/** A yearless dateline's day in the first year, from the one a page's other date gave up to six after it, in which the
 *  weekday the story says it speaks on is the dateline's day or the day before (its other date may be background:
 *  "approved in January 2024"; a story filed in the morning reports what was said the day before). */
function onSaidWeekday(date: string, text: string): string {
  const wd = SAID_ON_WEEKDAY.exec(text)?.groups?.wd;
  if (!wd) return date;
  const want = WEEKDAYS.indexOf(wd.toLowerCase());
  for (let y = Number(date.slice(0, 4)); y <= Number(date.slice(0, 4)) + 6; y++) {
    const d = `${y}${date.slice(4)}`;
    const day = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (day === want || (day + 6) % 7 === want) return d;
  }
  return date;
}

// A byline's year may have its time glued on when the page was copied ("April 16, 20265:12 AM GMT+8").
const GLUED_TIME_YEAR = new RegExp(`\\b(?:${MONTH_EN})\\s+\\d{1,2},\\s*((?:19|20)\\d{2})(?=[0-2]?\\d:[0-5]\\d)`);
/** The year of the page's first date with its month (a year alone is no date of the page). */
function firstMonthDateYear(s: string): string | undefined {
  const full = findDates(s).find((d) => !d.yearless && /^\d{4}-\d{2}/.test(d.date));
  const glued = GLUED_TIME_YEAR.exec(s);
  if (glued && (!full || glued.index < full.index)) return glued[1];
  return full?.date.slice(0, 4);
}

/** A Chinese letter's signature at its end: the writer's name on a short line, the full date alone on the next
 *  (国家药监局 / 2026年6月30日), then at most the notes under it (（此件公开发布）, 抄送：…). */
function signatureDate(text: string): string | undefined {
  const lines = text.slice(-600).split('\n').map((l) => l.trim()).filter(Boolean).slice(-5);
  for (let i = lines.length - 1; i >= 1; i--) {
    const d = /^\d{4}年\d{1,2}月\d{1,2}日$/.test(lines[i]!) ? findDates(lines[i]!)[0] : undefined;
    if (d && !d.yearless && /^[\p{Script=Han}（）()]{2,30}$/u.test(lines[i - 1]!) && lines.slice(i + 1).every((l) => SIGNATURE_NOTE.test(l))) return d.date;
  }
  return undefined;
}
const SIGNATURE_NOTE = /^(?:[（(][^）)]{2,12}[）)]|抄送|联系人|附件)/u;

// A month's abbreviation with its dot (Oct., Sept.), spelled from MONTHS; May is a whole word ('in May.' ends a sentence).
const MONTH_ABBR_DOT = new RegExp(`\\b(${Object.keys(MONTHS).filter((k) => k !== 'may').map((k) => k[0]!.toUpperCase() + k.slice(1)).concat('Sept').join('|')})\\.(?=\\s)`, 'g');

/** "Release Date:2024-03-12", "发布时间：2024年3月12日", a dateline, near the top of a page; a press release's "Ends/" line. */
export function publishedDate(text: string): string | undefined {
  const labelled = ruleById('date.page.labelled').pattern.exec(text.slice(0, 3000));
  const fromLabel = labelled?.groups?.date ? pageDate(labelled.groups.date) : undefined;
  if (fromLabel) return fromLabel;
  const dateline = datelineDate(text);
  if (dateline) return dateline;
  const board = ruleById('date.page.board-signature').pattern.exec(text.slice(-200))?.groups?.date;
  if (board) return findDates(board)[0]?.date;
  const signed = signatureDate(text);
  if (signed) return signed;
  const stamp = ruleById('date.page.editor-stamp').pattern.exec(text.slice(-300))?.groups;
  if (stamp) return iso(Number(stamp.y) + ROC_EPOCH, Number(stamp.m), Number(stamp.d));
  // A Hong Kong Government press release ends "Ends/Friday, November 14, 2025" (完／2025年11月14日（星期五）), or 完 on a
  // line of its own with the date on the next.
  const ends = /^[ \t\u3000]*(?:Ends|完)[ \t\u3000]*(?:[/／][ \t\u3000]*|\n\s*)([^\n]{6,40})$/m.exec(text);
  const ended = ends ? findDates(ends[1]!).find((d) => !d.yearless && d.date.length === 10) : undefined;
  if (ended) return ended.date;
  const m = /(?:release date|published|publish date|date|发布日期|发布时间|發布日期|發布時間|日期|时间|時間)\s*[:：]\s*([^\n]{6,30})/i.exec(text.slice(0, 3000));
  if (m?.[1]) return pageDate(m[1].trim());
  // A dateline without a label near the top: "2024年10月17日　星岛日报", "March 5, 2024 | Xinhua", "新聞局  2025-09-26 17:05",
  // "By A and B | 14 October 2025 | 7 min read", "Issue 312 | 14 November 2025": a short line, not a sentence, whose full date comes early in it.
  for (const line of text.slice(0, 1200).split('\n').slice(0, 12)) {
    const t = line.trim();
    // A sentence (its own stop, or more than three lower-case words) is text, not a dateline.
    // (A month's abbreviation, "Oct. 19", ends no sentence.)
    if (t.length > 80 || /[。！？]/.test(t) || /[a-z0-9]\.\s/.test(t.replace(MONTH_ABBR_DOT, '$1')) || (t.match(/\b[a-z]{2,}\b/g)?.length ?? 0) > 3) continue;
    // (Its first full date: 立法院议案关系文书（中华民国41年9月起编号）中华民国115年3月18日印发 is dated by the second.)
    const d = findDates(t).find((x) => !x.yearless && /^\d{4}-\d{2}-\d{2}$/.test(x.date));
    if (!d) continue;
    if (d.index === 0 && t.length <= 40) return d.date;
    // A byline that opens with its date and cells after it ("20 October 2025 | Sector note | Rating: …").
    if (d.index === 0 && t.length <= 100 && /^\s*\|/.test(t.slice(d.length))) return d.date;
    // A table row (cell | cell | date) dates what its row records, not the page; a byline's cells do date it.
    // A newsletter's "Issue 312 | November 14, 2025 | By X" is a byline too.
    // A byline names its authors first ("By A and B | Apr 14, 2026 06:12 PM | Health & Science"): a longer line.
    const byline = /(?:^|\|\s*)(?:By|BY|作者|来源|來源|Source|Issue|Vol\.?)\b/.test(t);
    // A paper's masthead: "X日报数字报 | date | 第A03版：经济" (its cells: the paper, the day, the page).
    const masthead = /^[^|]{2,20}报[^|]{0,4}\|/.test(t) && /\|\s*第[A-Z]?\d{1,3}版/.test(t);
    if (d.index <= 40 && (byline || masthead ? t.length <= 100 : t.length <= 60 && !t.includes('|'))) return d.date;
  }
  return undefined;
}

/** Year of a partial date. */
export const yearOf = (d: string | undefined): number | undefined => (d ? Number(d.slice(0, 4)) : undefined);

/** March of the year a sentence's national sessions are held (今年全国两会 → the page's year; 去年 → the year before alone), else
 *  undefined; not on a page of January or February, before that year's sessions. */
export function nationalSessionsMonth(s: string, year: number | undefined, pageMonth?: string): string | undefined {
  const m = ruleById('date.national-sessions').pattern.exec(s);
  if (!m) return undefined;
  if (m.groups?.y) return `${m.groups.y}-03`;
  if (!year) return undefined;
  const last = /^(?:去年|last)/i.test(m.groups?.rel ?? '');
  if (!last && pageMonth && /-0[12]$/.test(pageMonth)) return undefined;
  // (去年全国两会 on a later page: the year alone, as the page tells it — a year's session, not its month.)
  return last ? String(year - 1) : `${year}-03`;
}
