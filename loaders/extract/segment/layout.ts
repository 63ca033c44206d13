// The segment stage's document layout: lines that are only a date (a dateline heading, the date under a
// signature) and a signer's dated line (总理 李强 2025年9月28日). Pure: sentences in, layout out.
import { findDates, headingDate } from '../dates.ts';
import { ruleById } from '../rules/index.ts';
import type { Sentence } from '../sentences.ts';

export interface DatedLine {
  index: number;
  date: string;
}

export interface Layout {
  /** Sentences with text to read (lines that are only a date are layout, not text). */
  text: Sentence[];
  /** Lines that are only a date. */
  dateLines: DatedLine[];
  /** A signer's line with its date: the date a decree promulgates its text. */
  signingDates: DatedLine[];
  /** The date heading in force at each sentence (by sentence index). */
  dateHeading: Map<number, string>;
  /** The last date line or signing date: a notice's signing date (落款) when it closes the text. */
  lastDateLine?: string;
}

const ROC_ERA = /^\s*中[华華](?=民[国國])/u;

export function layoutOf(sentences: Sentence[], year: number | undefined): Layout {
  const out: Layout = { text: [], dateLines: [], signingDates: [], dateHeading: new Map() };
  let heading: string | undefined;
  let prev: Sentence | undefined;
  for (const sen of sentences) {
    const field = prev ? recordFieldDate(prev.norm, sen.norm, year) : undefined;
    if (field) out.lastDateLine = field;
    prev = sen;
    if (sen.heading) {
      // (Taiwan's signature date names the era in full: 中華民國115年11月20日.)
      const hd = headingDate(sen.norm.replace(ROC_ERA, ''), year);
      if (hd) {
        heading = out.lastDateLine = hd;
        out.dateLines.push({ index: sen.index, date: hd });
        continue;
      }
      // The signer's name is still read as text.
      const signed = ruleById('date.signer-line.zh').pattern.exec(sen.norm);
      const sd = signed?.groups?.date ? findDates(signed.groups.date, year)[0]?.date : undefined;
      if (sd) {
        out.lastDateLine = sd;
        out.signingDates.push({ index: sen.index, date: sd });
      }
    }
    if (heading) out.dateHeading.set(sen.index, heading);
    out.text.push(sen);
  }
  return out;
}

/** A record table's date field: the cell of `row` under the header cell 答复日期 / 发文日期 of `header` (the line above). */
function recordFieldDate(header: string, row: string, year: number | undefined): string | undefined {
  if (!header.includes('|') || !row.includes('|')) return undefined;
  const col = header.split('|').findIndex((c) => ruleById('date.record-field.zh').pattern.test(c));
  const cell = col >= 0 ? row.split('|')[col] : undefined;
  return cell ? findDates(cell, year)[0]?.date : undefined;
}
