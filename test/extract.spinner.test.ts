// The spinner's table (rules/spans.ts SPUN_EN): every entry is shown read back in an example of its rule, and every
// example carries a tell, the cheap test that lets sentences.ts read the table back at all.
import { describe, expect, it } from 'vitest';
import { ruleById } from '../loaders/extract/rules/index.ts';
import { SPUN_EN } from '../loaders/extract/rules/spans.ts';

describe("the spinner's table", () => {
  const examples = ruleById('segment.spun-agency-words.en').examples.match;

  it('shows every entry in an example of its rule', () => {
    const without = SPUN_EN.filter(([, p]) => !examples.some((ex) => new RegExp(`\\b(?:${p})\\b`).test(ex))).map(([w, p]) => `${w}: ${p}`);
    expect(without).toEqual([]);
  });

  it('has a tell in every example, so a page written so is read back', () => {
    const tells = new RegExp(SPUN_EN.flatMap(([, , tell]) => (tell ? [tell] : [])).join('|'));
    expect(examples.filter((ex) => !tells.test(ex))).toEqual([]);
  });
});
