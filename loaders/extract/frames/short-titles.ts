// A text named again by its year and kind ("the 2018 Measures", after "the Tianjin Measures for X (2018)"): the same text,
// not an earlier edition of its own, when the page titled one of that kind and year before.
import type { PolicyFrame } from './types.ts';

const YEAR_KIND = /^((?:19|20)\d{2})\s+(.+)$/;

/** The year a frame's text bears: in its title's bracket or as its date. */
const yearOf = (f: PolicyFrame): string | undefined => /[(（]((?:19|20)\d{2})(?:年版?)?[)）]/.exec(f.t.title)?.[1] ?? f.t.year ?? f.date?.slice(0, 4);

/** "the 2018 Measures" (title.year-edition.en) is an alias of the latest earlier title of its kind words and year. */
export function yearShortTitles(found: PolicyFrame[]): void {
  for (const pf of found) {
    const m = pf.t.rule === 'title.year-edition.en' && !pf.aliasOf ? YEAR_KIND.exec(pf.t.title) : null;
    if (!m) continue;
    const [, year, kind] = m;
    const words = new RegExp(`\\b${kind!.replace(/\s+/g, '\\s+')}\\b`, 'i');
    const full = found.filter((f) => f !== pf && f.t.label === 'Policy' && f.t.rule !== 'title.year-edition.en' && (f.sentence.index < pf.sentence.index || (f.sentence.index === pf.sentence.index && f.t.end <= pf.t.start)) && words.test(f.t.title) && yearOf(f) === year).pop();
    if (!full) continue;
    pf.aliasOf = full.aliasOf ?? full;
    // (Its year, written by the page in both names, dates it when nothing else does.)
    pf.aliasOf.date ??= year;
  }
}
