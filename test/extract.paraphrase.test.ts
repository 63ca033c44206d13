// The coverage matrix of the core relation statements (rows in test/paraphrase-matrix.ts): rows that pass are asserted;
// rows still failing are listed in GAPS there with the reason.
import { describe, expect, it } from 'vitest';
import { extractText } from '../loaders/index.ts';
import { CLASSES, GAPS, ROWS, doc, holds, siblingHolds } from './paraphrase-matrix.ts';

describe('coverage matrix: one relation said many ways', () => {
  it('every row that is not a known gap states its fact', () => {
    const failing = ROWS.filter((r) => !(r[0] in GAPS) && !holds(r)).map((r) => r[0]);
    expect(failing).toEqual([]);
  });
  it('no-match: a text that only names a title or asks for one states no issuer', () => {
    for (const text of [
      'Experts discussed the Guidelines for Clinical Trials of Cell Therapy Products at the NMPA forum.',
      '专家建议国家药监局尽快出台《细胞库检查要点》。',
      'The NHC was asked to draft the Rules on Cell Bank Audits.',
    ]) expect(extractText(doc(text)).relations.filter((r) => r.type === 'ISSUED'), text).toEqual([]);
  });
});

describe('classes fixed with siblings of other sources (session 15)', () => {
  for (const [name, rows] of Object.entries(CLASSES)) {
    it(name, () => {
      expect(rows.filter((r) => !siblingHolds(r)).map((r) => r[1])).toEqual([]);
    });
  }
});
