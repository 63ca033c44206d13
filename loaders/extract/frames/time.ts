// When a frame happened: the sentence's own date, "the same day", the date heading above, or — for recent news
// ("近日", "on Friday", "last month", "has issued") — about when the page was published.
import { ruleById } from '../rules/index.ts';
import type { FoundDate } from '../dates.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "on Friday", "said Monday", "released Tuesday" in a news report: the last such day on or before the page's date (2023-11-06 → 2023-11-03). */
export function weekdayBefore(s: string, published: string): string | undefined {
  // ("published Thursday by …": a participle's bare weekday too.)
  const m = /\b(?:on|last|said|says|[a-z]{3,}ed)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i.exec(s);
  if (!m || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return undefined;
  const d = new Date(`${published}T00:00:00Z`);
  const want = WEEKDAYS.indexOf(m[1]!.toLowerCase());
  const back = (d.getUTCDay() - want + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

/** "last month", 上月: the month before the page's. */
export function lastMonth(s: string, published: string): string | undefined {
  if (!/\blast\s+month\b|上月|上个月/i.test(s) || !/^\d{4}-\d{2}/.test(published)) return undefined;
  const y = Number(published.slice(0, 4));
  const m = Number(published.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** 今天 / "today", 昨天 / "yesterday": the page's day, or the day before it (when the page gives a day). */
export function dayOfPage(s: string, published: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) return undefined;
  const g = ruleById('date.today').pattern.exec(s)?.groups;
  if (!g) return undefined;
  if (g.today || g.todayEn) return published;
  const d = new Date(`${published}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A sentence that reports recent news: its act happened about when the page was published. */
export const isRecent = (s: string): boolean => ruleById('date.recent-news').pattern.test(s);

/** The date of recent news without a date of its own: a weekday, today or yesterday, last month, else the page's month. */
export function recentDate(s: string, published: string | undefined): string | undefined {
  if (!published) return undefined;
  return weekdayBefore(s, published) ?? dayOfPage(s, published) ?? lastMonth(s, published) ?? (isRecent(s) ? published.slice(0, 7) : undefined);
}

/** Sentence dates in reading order: 同日 / "the same day" is the day last named before (a year alone names no day). */
export class SentenceTimes {
  private prev: string | undefined;
  /** The first full date the text gives: the year of a record without a page date (a proposal's handling sheet). */
  firstDate: string | undefined;

  next(s: string, dates: FoundDate[], heading: string | undefined): string | undefined {
    const date = dates[0]?.date ?? (ruleById('date.same-day').pattern.test(s) ? this.prev : undefined) ?? heading;
    const day = dates.find((d) => d.date.length === 10);
    if (day) this.prev = day.date;
    this.firstDate ??= dates.find((d) => !d.yearless)?.date;
    return date;
  }
}
