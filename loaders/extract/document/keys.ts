// Title keys for coreference inside a document: script- and punctuation-free, computed once per title.
import { titleKey as keyOfTitle } from '../resolve.ts';

const HAN = /\p{Script=Han}/u;

// Title keys convert script (OpenCC), and a document asks for the same title's key many times.
const titleKeys = new Map<string, string>();
export function titleKey(title: string): string {
  let k = titleKeys.get(title);
  if (k === undefined) {
    if (titleKeys.size > 20_000) titleKeys.clear();
    titleKeys.set(title, (k = keyOfTitle(title)));
  }
  return k;
}

/** A short form of a title: its characters (or words) appear in order in the full title. */
export function shortFormOf(short: string, full: string): boolean {
  if (short.length >= full.length) return false;
  if (HAN.test(short)) {
    const a = titleKey(short);
    const b = titleKey(full);
    let j = 0;
    for (const ch of b) if (ch === a[j]) j++;
    return j === a.length && a.length >= 3;
  }
  const words = (t: string) => t.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2);
  const fw = new Set(words(full));
  const sw = words(short);
  return sw.length >= 2 && sw.every((w) => fw.has(w));
}
