// DocumentFacts → the facts JSON of ../shared/eval/FORMAT.md (what `policygraph facts` prints).
import { ISSUER_REGION } from './extract/document/emit.ts';
import type { DocumentFacts } from './types.ts';

export interface FormatEntity {
  id: string;
  label: string;
  name: string;
  aliases?: string[];
  kind?: string;
  date?: string;
  /** Ids of the extraction rules that found it (not scored). */
  rules?: string[];
}
export interface FormatRelation {
  type: string;
  from: string;
  to: string;
  date?: string;
  rules?: string[];
}
export interface FormatDocument {
  document: string;
  entities: FormatEntity[];
  relations: FormatRelation[];
}

const SCORED = new Set(['ISSUED', 'PROPOSED', 'APPLIES_TO', 'SUPERSEDES', 'MEMBER_OF', 'PART_OF']);

// A national body's text applying to the whole country is the graph's inference (its region questions reach a city's
// national texts through it), not what the page states: the facts leave the edge out, and a country named only by it.
// The graph keeps both, marked with this basis (graph/rows.ts), so its export leaves out the same.
export const DERIVED_BASIS = 'issuer-region';
export const derivedOnly = (rules: string[] | undefined, to: string): boolean =>
  !!rules?.length && rules.every((r) => r === ISSUER_REGION) && DERIVED_LEFT_OUT.test(to);
const DERIVED_LEFT_OUT = /^region:CN(?:-TW)?$/;

export function toFormatJson(docs: DocumentFacts[]): { documents: FormatDocument[] } {
  return {
    documents: docs.map((d) => {
      const entities = d.entities.filter((e) => !derivedOnly(e.rules, e.id));
      const ids = new Set(entities.map((e) => e.id));
      return {
        document: d.document,
        entities: entities.map((e) => {
          const out: FormatEntity = { id: e.id, label: e.label, name: e.name };
          const aliases = [...new Set([...(e.nameZh && e.nameZh !== e.name ? [e.nameZh] : []), ...e.aliases])].filter((a) => a !== e.name);
          if (aliases.length) out.aliases = aliases;
          if (e.kind) out.kind = e.kind;
          if (e.date) out.date = e.date;
          if (e.rules?.length) out.rules = e.rules;
          return out;
        }),
        // A document's facts are about its own entities; links into other documents' entities stay in the graph.
        relations: d.relations
          .filter((r) => SCORED.has(r.type) && ids.has(r.from) && ids.has(r.to) && !derivedOnly(r.rules, r.to))
          .map((r) => {
            const out: FormatRelation = { type: r.type, from: r.from, to: r.to };
            if (r.date) out.date = r.date;
            if (r.rules?.length) out.rules = r.rules;
            return out;
          }),
      };
    }),
  };
}
