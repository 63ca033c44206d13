// Bodies in time (GRAPH-MODEL.md): a name denotes the body that bore it at the statement's date. An outdated
// name used after its body was reorganised denotes the successor that held the role then; "former X" / 原X is X.
import { gazetteer } from '../gazetteer/index.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';
import type { Mention } from './mentions.ts';
import { entryFound } from './mentions.ts';

const FORMER = /(?:原|前|former\s+|then\s+|then-)$/i;
// Ids of bodies that were reorganised (national forerunners and the local types of the 2018–19 reforms).
// Hong Kong's Food and Health Bureau (to 2022) and Taiwan's Department of Health (to 2013) too.
const OUTDATED = /^agency:cn\/(?:moh|npfpc|nhfpc|sfda|cfda)(?:\/|$)|^agency:cn-[^/]+\/(?:health-family-planning|food-drug-administration)$|^agency:cn-hk\/food-and-health-bureau$|^agency:cn-tw\/department-of-health(?:\/|$)/;

/** date is after the last month (or day) a body bore its name, at the precision both give. */
function after(date: string, validTo: string): boolean {
  return date.length >= validTo.length ? date.slice(0, validTo.length) > validTo : date > validTo.slice(0, date.length);
}

/** The body that held the role of `entry` at `date` (itself, or a successor down the SUCCEEDED_BY chain). */
export function bodyAt(entry: GazetteerEntry, date: string, byId: Map<string, GazetteerEntry>): GazetteerEntry {
  let e = entry;
  for (let k = 0; k < 5 && e.validTo && e.succeededBy && after(date, e.validTo); k++) {
    const next = byId.get(e.succeededBy) ?? gazetteer().byId(e.succeededBy);
    if (!next) break;
    e = next;
  }
  return e;
}

/** Mentions of reorganised bodies, read at the statement's date (the sentence's, else the page's). */
export function mentionsInTime(s: string, mentions: Mention[], dateOf: () => string | undefined, byId: Map<string, GazetteerEntry>): void {
  let date: string | undefined;
  for (const m of mentions) {
    // Only names that were outdated at some point need the statement's date.
    if (!OUTDATED.test(m.found.id) && !(m.parent && OUTDATED.test(m.parent.id))) continue;
    date ??= dateOf();
    if (!date) return;
    if (FORMER.test(s.slice(Math.max(0, m.start - 8), m.start))) continue;
    const e = byId.get(m.found.id) ?? (m.found.id.startsWith('agency:cn-') ? gazetteer().byId(m.found.id) : undefined);
    if (e?.validTo) {
      const now = bodyAt(e, date, byId);
      if (now !== e) m.found = entryFound(now);
    }
    const p = m.parent ? byId.get(m.parent.id) : undefined;
    if (p?.validTo) {
      const now = bodyAt(p, date, byId);
      if (now !== p) m.parent = entryFound(now);
    }
  }
}
