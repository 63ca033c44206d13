// Span rules: names of organisations the head-word finder cannot see (companies named without a legal suffix).
import { COMPANY_NOUN_EN } from './fragments.ts';
import type { Rule } from './types.ts';

const NAME = "(?<name>(?:[A-Z][\\w'’.-]*|[A-Z]{2,})(?:\\s+(?:[A-Z][\\w'’.-]*|[A-Z]{2,})){0,3})";

export const SPAN_RULES: Rule[] = [
  {
    id: 'span.org.company-noun.en',
    stage: 'span',
    language: 'en',
    // "pharmaceutical firm Acme Bio", "U.S. drugmaker Zeta": a company noun right before a capitalised name.
    pattern: new RegExp(`\\b(?:[a-z-]+\\s+)?${COMPANY_NOUN_EN}\\s+${NAME}(?=[\\s,.;)]|$)`),
    action: 'Organization{name} (a company)',
    examples: { match: ['Shanghai-based pharmaceutical firm Norco Labs', 'the U.S. drugmaker Zeta Health'], noMatch: ['the company said on Monday', 'a firm commitment'] },
  },
  {
    id: 'span.org.a-name-company.en',
    stage: 'span',
    language: 'en',
    // "Juno, a Northwind Pharmaceuticals company": the owner named as "a X company".
    pattern: new RegExp(`\\ba\\s+${NAME}\\s+company\\b`),
    action: 'Organization{name} (the parent company)',
    examples: { match: ['Helix, a Norwood Biologics company, said', 'it became a Tern Group company'], noMatch: ['a new company', 'a biotech company'] },
  },
];
