// "a draft revision of the Measures for …" names that draft, not the Measures in force: a text of its own (status
// draft), which identity keeps apart from the text it revises. Our own sentences.
import { describe, expect, it } from 'vitest';
import { resolveAcross } from '../loaders/index.ts';
import { pageFiles } from './page-files.ts';

const extractPage = pageFiles('draft-of-');

const page = async (body: string) => {
  return extractPage(`Regulatory roundup\n\n2026-11-30\n\n${body}\n`);
};
const TITLE = 'Administrative Measures for Clinical Research on Somatic Cell Therapy';
const statuses = (d: Awaited<ReturnType<typeof page>>) => d.entities.filter((e) => e.label === 'Policy' && e.name === TITLE).map((e) => e.status);

describe('a draft revision of a named text', () => {
  it.each([
    `On 3 November the commission published a draft revision of the ${TITLE}. Comments are due in a month.`,
    `The regulator released a draft amendment to the ${TITLE}, with comments due in December.`,
    `Last week officials circulated a revised draft of the ${TITLE}, hospitals said.`,
  ])('%s', async (s) => expect(statuses(await page(s))).toEqual(['draft']));

  it('the text in force, named alone, is no draft', async () =>
    expect(statuses(await page(`Hospitals must follow the ${TITLE} when they file projects.`))).toEqual(['final']));

  it('the draft and the text in force on two pages stay two texts', async () => {
    const [a, b] = resolveAcross([await page(`The commission published a draft revision of the ${TITLE}.`), await page(`Hospitals must follow the ${TITLE}.`)]);
    const id = (d: typeof a) => d!.entities.find((e) => e.name === TITLE)!.id;
    expect(id(a)).not.toBe(id(b));
  });
});
