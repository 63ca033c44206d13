// Every rule of the extractor, as data (rules/types.ts); `ruleById` is how stages take their patterns.
import { BODY_RULES } from './bodies.ts';
import { DOCUMENT_RULES } from './document.ts';
import { FRAME_RULES } from './frames.ts';
import { GRANT_RULES } from './grants.ts';
import { SPAN_RULES } from './spans.ts';
import { TITLE_RULES } from './titles.ts';
import type { Rule } from './types.ts';

export type { Rule, Stage, RuleLanguage } from './types.ts';

export const RULES: Rule[] = [...SPAN_RULES, ...BODY_RULES, ...TITLE_RULES, ...GRANT_RULES, ...FRAME_RULES, ...DOCUMENT_RULES];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

const GLOBAL = new Map<string, RegExp>();
/** The rule's pattern with the g flag, compiled once (for matchAll). */
export function globalPattern(id: string): RegExp {
  let re = GLOBAL.get(id);
  if (!re) {
    const p = ruleById(id).pattern;
    GLOBAL.set(id, (re = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`)));
  }
  return re;
}

export function ruleById(id: string): Rule {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}
