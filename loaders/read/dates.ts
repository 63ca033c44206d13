// Dates as pages state them ("2024-03-12", "2024年7月8日", "March 12, 2024") → ISO partial dates.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH_NAME =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** One date at the start of a string, in any of the forms pages use. Groups are read by `parseDateAt`. */
const DATE_SOURCE =
  '(?:' +
  '(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?!\\d)' + // 2024-03-12, 2024/3/12, 2024.03.12
  '|(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号號])?' + // 2024年7月8日, 2024年7月
  `|${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})` + // March 12, 2024
  `|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})` + // 12 March 2024
  ')';

const DATE_AT_START = new RegExp('^' + DATE_SOURCE, 'i');

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(year: number, month?: number, day?: number): string | undefined {
  if (year < 1900 || year > 2100) return undefined;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The date that starts `s` (after leading spaces) as an ISO partial date, with the length it takes. */
export function parseDateAt(s: string): { date: string; length: number } | undefined {
  const lead = s.length - s.trimStart().length;
  const m = DATE_AT_START.exec(s.slice(lead));
  if (!m) return undefined;
  const g = (i: number): number | undefined => (m[i] === undefined ? undefined : Number(m[i]));
  let date: string | undefined;
  if (m[1]) date = iso(g(1)!, g(2), g(3));
  else if (m[4]) date = iso(g(4)!, g(5), g(6));
  else if (m[7]) date = iso(g(9)!, MONTHS[m[7].slice(0, 3).toLowerCase()], g(8));
  else if (m[10]) date = iso(g(12)!, MONTHS[m[11]!.slice(0, 3).toLowerCase()], g(10));
  return date ? { date, length: lead + m[0].length } : undefined;
}
