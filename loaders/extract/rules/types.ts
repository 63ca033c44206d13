// A rule as data: what it matches, what a match makes, and the examples that show it (the harness test runs them).

export type Stage = 'segment' | 'span' | 'frame' | 'document';
export type RuleLanguage = 'en' | 'zh';

export interface Rule {
  /** Stable name, carried by every fact the rule makes (`rules` in the facts JSON, `facts --explain`). */
  id: string;
  stage: Stage;
  language: RuleLanguage;
  pattern: RegExp;
  /** What a match makes, in words: "License{issuer, product, date}", "page date". */
  action: string;
  /** Written for the rule (not copied from a corpus page): at least two matches of different wording. */
  examples: { match: string[]; noMatch: string[] };
}
