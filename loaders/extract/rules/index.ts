// Every rule of the extractor, as data (rules/types.ts); `ruleById` is how stages take their patterns.
import { DOCUMENT_RULES } from './document.ts';
import { GRANT_RULES } from './grants.ts';
import { SPAN_RULES } from './spans.ts';
import type { Rule } from './types.ts';

export type { Rule, Stage, RuleLanguage } from './types.ts';

export const RULES: Rule[] = [...SPAN_RULES, ...GRANT_RULES, ...DOCUMENT_RULES];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}
