// The rule harness: every extraction rule is data with examples; each rule matches its own positive examples and
// none of its negative ones, ids are unique, and every rule shows at least two differently worded matches.
import { describe, expect, it } from 'vitest';
import { RULES } from '../loaders/extract/rules/index.ts';
import { KIND_LED_HEADS_EN } from '../loaders/extract/rules/fragments.ts';
import { enKind } from '../loaders/extract/policies.ts';

const fresh = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace('g', ''));

describe('extraction rules as data', () => {
  it('have unique ids and a stage, language and action each', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(?:\.[a-z0-9-]+)+$/);
      expect(['segment', 'span', 'frame', 'document']).toContain(r.stage);
      expect(['en', 'zh']).toContain(r.language);
      expect(r.action.length).toBeGreaterThan(5);
    }
  });

  for (const r of RULES) {
    it(`${r.id} matches its examples and no counter-example`, () => {
      expect(r.examples.match.length, 'two or more positive examples').toBeGreaterThanOrEqual(2);
      expect(new Set(r.examples.match).size).toBe(r.examples.match.length);
      const re = fresh(r.pattern);
      for (const ex of r.examples.match) expect(re.test(ex), `should match: ${ex}`).toBe(true);
      for (const ex of r.examples.noMatch) expect(re.test(ex), `should not match: ${ex}`).toBe(false);
    });
  }
});

describe('one list of English kind words (review F-EX4)', () => {
  it('every head that leads a title kind first has its kind in policies.ts EN_HEADS', () => {
    expect(KIND_LED_HEADS_EN.filter((h) => enKind(`${h} on Cell Banks`) === undefined)).toEqual([]);
  });
});
