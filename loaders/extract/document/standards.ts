// Standards notices (关于批准发布…等12项地方标准的公告): each standard is written with its code before its title. The code's
// year dates the title, a clause opened by 其中 lists texts of the act stated before, and a code stands for its standard
// after ("CODE代替CODE《Z》", succession.ts).
import type { PolicyFrame } from '../frames/types.ts';
import { ruleById } from '../rules/index.ts';

const normCode = (code: string): string => code.replace(/\s+/g, '').replace(/[—–-]/g, '-');

/** The code written right before a title (DB37/T 4813—2026《X》), normalised; undefined when none. */
export function codeBefore(s: string, start: number): { code: string; year: string } | undefined {
  const m = ruleById('standard.code-before-title').pattern.exec(s.slice(Math.max(0, start - 40), start));
  return m?.groups ? { code: normCode(m.groups.code!), year: m.groups.year! } : undefined;
}

/** Codes' years date their titles; titles of a 其中 clause take the issuers and date of the act stated for one of them. */
export function standardCodes(found: PolicyFrame[]): void {
  const among = ruleById('standard.among-them.zh').pattern;
  for (const pf of found) {
    if (pf.t.label !== 'Policy') continue;
    const c = codeBefore(pf.sentence.norm, pf.t.start);
    if (c) pf.t.year ??= c.year;
  }
  const bySentence = new Map<number, PolicyFrame[]>();
  for (const pf of found) if (pf.t.label === 'Policy' && among.test(pf.sentence.norm)) bySentence.set(pf.sentence.index, [...(bySentence.get(pf.sentence.index) ?? []), pf]);
  for (const [index, list] of bySentence) {
    const first = list[0]!.sentence.norm.search(/[。；]/);
    const clause = list.filter((pf) => first < 0 || pf.t.start < first);
    const stated = found.find((o) => o.sentence.index < index && o.issuers.length > 0 && clause.some((pf) => pf.t.title === o.t.title));
    if (!stated) continue;
    for (const pf of clause) {
      if (pf.issuers.length > 0) continue;
      pf.issuers = [...stated.issuers];
      pf.issued = true;
      if (stated.date) pf.date ??= stated.date;
      pf.rules = [...(pf.rules ?? ['frame.issue']), 'standard.among-them.zh'];
    }
  }
}
