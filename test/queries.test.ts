// The named questions (queries/*.cypher) against a small graph built by hand, each answer written out by hand.
// The graph is a made-up country, Testland, dated 1901–1906 so that no real document's facts can enter the
// year-bounded answers; the questions without a year bound are read for Testland's nodes only.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { formatTable } from '../cli/ask.ts';
import { parseTour, TOUR_FILE } from '../graph/browser/guide.ts';
import { ensureSchema } from '../graph/schema.ts';
import { ask, questions } from '../queries/index.ts';
import { createReader, type GraphReader, type Row } from '../queries/run.ts';
import { testConfig, testDriver } from './neo4j.ts';

let driver: Driver;
let reader: GraphReader;

const X0 = 'agency:cn/qt-drug-admin';
const X = 'agency:cn/qt-drug-admin/evaluation';
const Y = 'agency:cn/qt-health';
const BODY = 'agency:cn/qt-consultative';
// The drug administration's lineage: an office (to 1900), then a board (to March 1902), then X0.
const OFFICE = 'agency:cn/qt-drug-office';
const BOARD = 'agency:cn/qt-drug-board';

/** The stored evidence of the licence's one union, as graph/identity/merges.ts writes it. */
const QT_UNION = {
  a: 'doc:qt-en.txt#licence:qt-1',
  b: 'doc:qt-zh.txt#licence:qt-production',
  score: 1.3,
  features: [
    { name: 'same name', weight: 0.9 },
    { name: 'same day', weight: 0.4 },
  ],
};
// Nodes: [labels, id, properties]. Every node carries qtest: true (clean-up).
const NODES: [string, string, Record<string, unknown>][] = [
  ['Region', 'region:QT', { name: 'Testland', kind: 'country' }],
  ['Region', 'region:QT-A', { name: 'Alpha Province', kind: 'province' }],
  ['Region', 'region:QT-B', { name: 'Beta Province', kind: 'province' }],
  ['Region', 'region:QT-C', { name: 'Gamma Province', nameZh: '伽马省', kind: 'province' }],
  ['Region', 'region:QT-A01', { name: 'Alpha City', kind: 'city' }],
  // A grouping of provinces, not a division: the gazetteer does not say which places it covers.
  ['Region', 'region:QT-DELTA', { name: 'Alpha-Beta Delta', kind: 'economic_region' }],
  ['Region', 'region:QT-BELT', { name: 'Beta-Gamma Belt', kind: 'economic_region' }],
  ['Actor:Agency', X0, { name: 'QT Drug Administration', aliases: ['QTDA'], kind: 'regulator' }],
  ['Actor:Agency', X, { name: 'QT Evaluation Centre', aliases: ['QTEC'], kind: 'centre' }],
  ['Actor:Agency', OFFICE, { name: 'QT Drug Office', kind: 'regulator', validTo: '1900-06-01' }],
  ['Actor:Agency', BOARD, { name: 'QT Drug Board', kind: 'regulator', validFrom: '1900-06-01', validTo: '1902-03-01' }],
  ['Actor:Agency', Y, { name: 'QT Health Commission', kind: 'ministry' }],
  ['Actor:Agency', BODY, { name: 'QT Consultative Conference', aliases: ['QTCC'], kind: 'qt_body' }],
  ['Actor:Agency', `${BODY}/national`, { name: 'National Committee of the QTCC', kind: 'qt_committee' }],
  ['Actor:Agency', 'agency:cn-qta/qt-committee', { name: 'Alpha Committee of the QTCC', kind: 'qt_committee' }],
  ['Actor:Agency', 'agency:cn-qta/qt-committee/standing', { name: 'Standing Committee of the Alpha QTCC', kind: 'qt_standing' }],
  ['Actor:Agency', 'agency:cn-qta/qt-congress', { name: 'Alpha Congress', kind: 'qt_legislature' }],
  ['Actor:Organization', 'org:qt-cells', { name: 'QT Cells Ltd', kind: 'company' }],
  ['Actor:Person', 'person:qt-ada', { name: 'Ada Qt' }],
  ['Actor:Person', 'person:qt-bo', { name: 'Bo Qt' }],
  ['Actor:Person', 'person:qt-cy', { name: 'Cy Qt' }],
  ['Actor:Person', 'person:qt-di', { name: 'Di Qt' }],
  ['Actor:Person', 'person:qt-ed', { name: 'Ed Qt' }],
  ['Policy:Guideline', 'policy:qt-g1', { title: 'QT Guideline on cell therapy trials', issuedOn: '1903-03-01', status: 'final' }],
  ['Policy:Guideline', 'policy:qt-g2', { title: 'QT Guideline on stem cell quality (draft)', issuedOn: '1903-07-01', status: 'draft' }],
  ['Policy:Guideline', 'policy:qt-g0', { title: 'QT Guideline on donors', issuedOn: '1902-01-10', status: 'final' }],
  ['Policy:Regulation', 'policy:qt-r1', { title: 'QT Regulation on Beta clinics', issuedOn: '1902-05-01', status: 'final' }],
  ['Policy:Guideline', 'policy:qt-board-g', { title: 'QT Guideline on cell banks', issuedOn: '1901-11-01', status: 'final' }],
  ['Policy:Regulation', 'policy:qt-board-r', { title: 'QT Regulation on cell imports', issuedOn: '1902-02-01', status: 'final' }],
  ['Policy:Plan', 'policy:qt-p1', { title: 'QT Plan for regenerative medicine (draft)', issuedOn: '1901-01-01', status: 'draft' }],
  ['Policy:Plan', 'policy:qt-p2', { title: 'QT Plan for regenerative medicine', issuedOn: '1901-06-01', status: 'final' }],
  ['Policy:Plan', 'policy:qt-delta', { title: 'QT Delta biomedicine plan', issuedOn: '1902-09-01', status: 'final' }],
  ['Proposal', 'proposal:qt-1', { title: 'QT proposal on a cell therapy pilot zone', madeOn: '1904-03-05' }],
  ['Proposal', 'proposal:qt-3', { title: 'QT proposal for Beta stem cell banks', madeOn: '1904-03-06' }],
  ['Proposal', 'proposal:qt-4', { title: 'QT proposal on clinic licensing', madeOn: '1904-01-20' }],
  ['Proposal', 'proposal:qt-5', { title: 'QT proposal from the congress', madeOn: '1904-02-01' }],
  ['Proposal', 'proposal:qt-old', { title: 'QT proposal of 1903', madeOn: '1903-03-03' }],
  ['License', 'licence:qt-1', { title: 'QT licence for cell production', issuedOn: '1901-02-01', sameAs: [JSON.stringify(QT_UNION)] }],
  ['License', 'licence:qt-2', { title: 'QT licence for cell storage', issuedOn: '1905-08-01' }],
  // Two documents that name one licence, in two languages: the union identity/merges.ts records on the node.
  ['Document', 'doc:qt-en.txt', { title: 'QT licensing bulletin' }],
  ['Document', 'doc:qt-zh.txt', { title: 'QT 许可公告' }],
];

// Relationships: [from, type, to, properties].
const RELS: [string, string, string, Record<string, unknown>?][] = [
  ['region:QT-A', 'PART_OF', 'region:QT'],
  ['region:QT-B', 'PART_OF', 'region:QT'],
  ['region:QT-C', 'PART_OF', 'region:QT'],
  ['region:QT-DELTA', 'PART_OF', 'region:QT'],
  ['region:QT-BELT', 'PART_OF', 'region:QT'],
  ['region:QT-A01', 'PART_OF', 'region:QT-A'],
  [X, 'PART_OF', X0],
  [OFFICE, 'SUCCEEDED_BY', BOARD, { on: '1900-06-01' }],
  [BOARD, 'SUCCEEDED_BY', X0, { on: '1902-03-01' }],
  [BOARD, 'ISSUED', 'policy:qt-board-g', { on: '1901-11-01' }],
  [BOARD, 'ISSUED', 'policy:qt-board-r', { on: '1902-02-01' }],
  [`${BODY}/national`, 'PART_OF', BODY],
  ['agency:cn-qta/qt-committee/standing', 'PART_OF', 'agency:cn-qta/qt-committee'],
  [X, 'ISSUED', 'policy:qt-g1', { on: '1903-03-01' }],
  [Y, 'ISSUED', 'policy:qt-g1', { on: '1903-03-01' }],
  [X, 'ISSUED', 'policy:qt-g2', { on: '1903-07-01' }],
  [X, 'ISSUED', 'policy:qt-g0', { on: '1902-01-10' }],
  [X0, 'ISSUED', 'policy:qt-r1', { on: '1902-05-01' }],
  [Y, 'ISSUED', 'policy:qt-p1', { on: '1901-01-01' }],
  [Y, 'ISSUED', 'policy:qt-p2', { on: '1901-06-01' }],
  [Y, 'ISSUED', 'policy:qt-delta', { on: '1902-09-01' }],
  ['policy:qt-p2', 'SUPERSEDES', 'policy:qt-p1'],
  ['policy:qt-g1', 'APPLIES_TO', 'region:QT-A01'],
  ['policy:qt-g2', 'APPLIES_TO', 'region:QT'],
  ['policy:qt-r1', 'APPLIES_TO', 'region:QT-B'],
  ['policy:qt-delta', 'APPLIES_TO', 'region:QT-DELTA'],
  // Two members named in one article for one proposal, a member of a local committee, one of its standing
  // committee, one of a body outside the conference.
  ['person:qt-ada', 'MEMBER_OF', `${BODY}/national`, { role: 'member' }],
  ['person:qt-bo', 'MEMBER_OF', `${BODY}/national`, { role: 'member' }],
  ['person:qt-cy', 'MEMBER_OF', 'agency:cn-qta/qt-committee', { role: 'member' }],
  ['person:qt-di', 'MEMBER_OF', 'agency:cn-qta/qt-committee/standing', { role: 'member' }],
  ['person:qt-ed', 'MEMBER_OF', 'agency:cn-qta/qt-congress', { role: 'deputy' }],
  ['person:qt-ada', 'PROPOSED', 'proposal:qt-1', { on: '1904-03-05' }],
  ['person:qt-bo', 'PROPOSED', 'proposal:qt-1', { on: '1904-03-05' }],
  ['person:qt-ada', 'PROPOSED', 'proposal:qt-old', { on: '1903-03-03' }],
  ['person:qt-cy', 'PROPOSED', 'proposal:qt-3', { on: '1904-03-06' }],
  ['person:qt-di', 'PROPOSED', 'proposal:qt-4', { on: '1904-01-20' }],
  ['person:qt-ed', 'PROPOSED', 'proposal:qt-5', { on: '1904-02-01' }],
  ['proposal:qt-3', 'APPLIES_TO', 'region:QT-B'],
  ['proposal:qt-1', 'APPLIES_TO', 'region:QT-A01'],
  [X0, 'ISSUED', 'licence:qt-1', { on: '1901-02-01' }],
  ['licence:qt-1', 'GRANTED_TO', 'org:qt-cells'],
  ['licence:qt-1', 'APPLIES_TO', 'region:QT-A01'],
  [Y, 'ISSUED', 'licence:qt-2', { on: '1905-08-01' }],
  ['doc:qt-en.txt', 'MENTIONS', 'licence:qt-1', { name: 'QT licence for cell production' }],
  ['doc:qt-zh.txt', 'MENTIONS', 'licence:qt-1', { name: 'QT 细胞生产许可' }],
];

/** Property values as Neo4j stores them: ISO dates as dates, aliases also as the indexed aliasText. */
function stored(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    out[k] = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? neo4j.types.Date.fromStandardDate(new Date(`${v}T12:00:00`)) : v;
  }
  if (Array.isArray(props.aliases)) out.aliasText = props.aliases.join(' | ');
  return out;
}

async function build(): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      // Labels and types come from the fixed tables above, never from input.
      for (const [labels, id, props] of NODES) {
        await tx.run(`CREATE (n:${labels} {id: $id, qtest: true, sources: []}) SET n += $props`, { id, props: stored(props) });
      }
      for (const [from, type, to, props = {}] of RELS) {
        await tx.run(
          `MATCH (a {id: $from, qtest: true}), (b {id: $to, qtest: true})
           CREATE (a)-[r:${type} {sources: [], evidence: []}]->(b) SET r += $props`,
          { from, to, props: stored(props) },
        );
      }
    });
  } finally {
    await session.close();
  }
}

async function clean(): Promise<void> {
  await driver.executeQuery('MATCH (n {qtest: true}) DETACH DELETE n');
}

beforeAll(async () => {
  driver = testDriver();
  const config = testConfig();
  reader = createReader(driver, { timeoutS: config.CYPHER_TIMEOUT_S, database: config.NEO4J_DATABASE });
  // The name search reads the full-text index a load creates: on a fresh database no load may have run before this file.
  await ensureSchema(driver);
  await clean();
  await build();
});

afterAll(async () => {
  await clean();
  await driver.close();
});

const rows = async (name: string, params: Record<string, unknown>): Promise<Row[]> => (await ask(reader, name, params)).rows;
const ours = (list: Row[], key: string): Row[] => list.filter((r) => String(r[key] ?? '').startsWith('QT '));

describe('named questions on a hand-built graph', () => {
  it('every question in queries/ is answered here', () => {
    expect([...questions().keys()].sort()).toEqual([
      'agencies-issuing-guidelines',
      'agency-family-output',
      'busiest-issuers',
      'co-issuers',
      'drafts-and-successors',
      'first-licences',
      'merge-evidence',
      'policies-for-region',
      'policy-kinds-by-year',
      'proposals-by-members',
      'regional-activity',
      'regions-without-policy',
    ]);
  });

  it('agencies-issuing-guidelines: every issuer of the agency’s guidelines of that year, co-issuers included', async () => {
    expect(await rows('agencies-issuing-guidelines', { agency: 'QTEC', year: 1903 })).toEqual([
      {
        agency: X,
        name: 'QT Evaluation Centre',
        guidelines: 2,
        issued: ['1903-03-01 QT Guideline on cell therapy trials', '1903-07-01 QT Guideline on stem cell quality (draft)'],
      },
      { agency: Y, name: 'QT Health Commission', guidelines: 1, issued: ['1903-03-01 QT Guideline on cell therapy trials'] },
    ]);
  });

  it('agencies-issuing-guidelines with includePredecessors: the guidelines of the body it was reorganised from', async () => {
    expect(await rows('agencies-issuing-guidelines', { agency: X0, year: 1901 })).toEqual([]);
    expect(await rows('agencies-issuing-guidelines', { agency: 'QTDA', year: 1901, includePredecessors: true })).toEqual([
      { agency: BOARD, name: 'QT Drug Board', guidelines: 1, issued: ['1901-11-01 QT Guideline on cell banks'] },
    ]);
  });

  it('agency-family-output: the body and each sub-body, what they issued', async () => {
    expect(await rows('agency-family-output', { agency: X0 })).toEqual([
      { body: X0, name: 'QT Drug Administration', depth: 0, policies: 1, latest: '1902-05-01', recent: ['QT Regulation on Beta clinics'] },
      {
        body: X,
        name: 'QT Evaluation Centre',
        depth: 1,
        policies: 3,
        latest: '1903-07-01',
        recent: ['QT Guideline on stem cell quality (draft)', 'QT Guideline on cell therapy trials', 'QT Guideline on donors'],
      },
    ]);
  });

  it('agency-family-output with includePredecessors: the bodies before it at depth 0 (those that issued something)', async () => {
    const answer = await rows('agency-family-output', { agency: X0, includePredecessors: true });
    expect(answer.map((r) => [r.body, r.depth, r.policies, r.latest])).toEqual([
      [BOARD, 0, 2, '1902-02-01'],
      [X0, 0, 1, '1902-05-01'],
      [X, 1, 3, '1903-07-01'],
    ]);
    expect(answer[0]?.recent).toEqual(['QT Regulation on cell imports', 'QT Guideline on cell banks']);
  });

  it('busiest-issuers: the top issuers of each year', async () => {
    expect(await rows('busiest-issuers', { from: 1901, to: 1906, top: 1 })).toEqual([
      { year: 1901, issuer: 'QT Health Commission', id: Y, policies: 2, through: [] },
      { year: 1902, issuer: 'QT Drug Administration', id: X0, policies: 1, through: [] },
      { year: 1903, issuer: 'QT Evaluation Centre', id: X, policies: 2, through: [] },
    ]);
    // The board's 1902 regulation counts for the administration that took over from it.
    expect(await rows('busiest-issuers', { from: 1901, to: 1906, top: 1, includePredecessors: true })).toEqual([
      { year: 1901, issuer: 'QT Health Commission', id: Y, policies: 2, through: [] },
      { year: 1902, issuer: 'QT Drug Administration', id: X0, policies: 2, through: ['QT Drug Board'] },
      { year: 1903, issuer: 'QT Evaluation Centre', id: X, policies: 2, through: [] },
    ]);
    const all1902 = await rows('busiest-issuers', { from: 1902, to: 1902, top: 10, includePredecessors: true });
    expect(all1902.map((r) => r.id)).not.toContain(BOARD);
  });

  it('co-issuers: who issued jointly with the agency', async () => {
    expect(await rows('co-issuers', { agency: 'QT Health Commission' })).toEqual([
      { coIssuer: X, name: 'QT Evaluation Centre', jointPolicies: 1, titles: ['QT Guideline on cell therapy trials'] },
    ]);
  });

  it('drafts-and-successors: drafts, and the texts that superseded them with the days between', async () => {
    const all = ours(await rows('drafts-and-successors', { since: 1901, onlySuperseded: false }), 'draft');
    expect(all).toEqual([
      {
        draft: 'QT Plan for regenerative medicine (draft)',
        status: 'draft',
        draftedOn: '1901-01-01',
        issuers: ['QT Health Commission'],
        supersededBy: 'QT Plan for regenerative medicine',
        supersededOn: '1901-06-01',
        days: 151,
      },
      {
        draft: 'QT Guideline on stem cell quality (draft)',
        status: 'draft',
        draftedOn: '1903-07-01',
        issuers: ['QT Evaluation Centre'],
        supersededBy: null,
        supersededOn: null,
        days: null,
      },
    ]);
    const superseded = ours(await rows('drafts-and-successors', { since: 1901, onlySuperseded: true }), 'draft');
    expect(superseded.map((r) => r.draft)).toEqual(['QT Plan for regenerative medicine (draft)']);
  });

  it('first-licences: the earliest licences with issuers, holders and regions', async () => {
    expect(await rows('first-licences', { limit: 2 })).toEqual([
      { licence: 'QT licence for cell production', issuedOn: '1901-02-01', issuers: ['QT Drug Administration'], holders: ['QT Cells Ltd'], regions: ['Alpha City'] },
      { licence: 'QT licence for cell storage', issuedOn: '1905-08-01', issuers: ['QT Health Commission'], holders: [], regions: [] },
    ]);
  });

  it('merge-evidence: each union with both documents’ names, the score, the weighted features, no judgement', async () => {
    expect(await rows('merge-evidence', { id: 'licence:qt-1' })).toEqual([
      {
        node: 'licence:qt-1',
        name: 'QT licence for cell production',
        a: 'doc:qt-en.txt#licence:qt-1',
        aName: 'QT licence for cell production',
        b: 'doc:qt-zh.txt#licence:qt-production',
        bName: 'QT 细胞生产许可',
        score: 1.3,
        features: ['same name +0.90', 'same day +0.40'],
        judgement: null,
      },
    ]);
    expect(await rows('merge-evidence', { id: 'licence:qt-2' })).toEqual([]);
    // By its title (any case) rather than its id: the same answer.
    expect(await rows('merge-evidence', { id: 'qt licence for CELL production' })).toEqual(await rows('merge-evidence', { id: 'licence:qt-1' }));
  });

  it('policies-for-region: what applies to a city directly or through the regions containing it', async () => {
    const answer = await rows('policies-for-region', { region: 'Alpha City', from: 1900 });
    expect(answer.map((r) => [r.title, r.appliesTo, r.issuers])).toEqual([
      ['QT Guideline on stem cell quality (draft)', ['Testland'], ['QT Evaluation Centre']],
      ['QT Guideline on cell therapy trials', ['Alpha City'], ['QT Evaluation Centre', 'QT Health Commission']],
    ]);
  });

  it('policy-kinds-by-year: policies per kind and year, drafts counted', async () => {
    expect(await rows('policy-kinds-by-year', { from: 1901, to: 1906 })).toEqual([
      { year: 1901, kind: 'Plan', policies: 2, drafts: 1 },
      { year: 1901, kind: 'Guideline', policies: 1, drafts: 0 },
      { year: 1902, kind: 'Regulation', policies: 2, drafts: 0 },
      { year: 1902, kind: 'Guideline', policies: 1, drafts: 0 },
      { year: 1902, kind: 'Plan', policies: 1, drafts: 0 },
      { year: 1903, kind: 'Guideline', policies: 2, drafts: 1 },
    ]);
  });

  it('proposals-by-members: every member named, local committees and their standing committees included', async () => {
    const answer = await rows('proposals-by-members', { body: 'QTCC', year: 1904 });
    expect(answer.map((r) => [r.member, r.proposal, r.madeOn, r.regions])).toEqual([
      ['Ada Qt', 'QT proposal on a cell therapy pilot zone', '1904-03-05', ['Alpha City']],
      ['Bo Qt', 'QT proposal on a cell therapy pilot zone', '1904-03-05', ['Alpha City']],
      ['Cy Qt', 'QT proposal for Beta stem cell banks', '1904-03-06', ['Beta Province']],
      ['Di Qt', 'QT proposal on clinic licensing', '1904-01-20', []],
    ]);
    // Asked about the national committee only, the local committees' members are not in the answer.
    const national = await rows('proposals-by-members', { body: `${BODY}/national`, year: 1904 });
    expect(national.map((r) => r.member)).toEqual(['Ada Qt', 'Bo Qt']);
  });

  it('regional-activity: divisions ranked by what targets them or a place inside them', async () => {
    expect(await rows('regional-activity', { parent: 'Testland', from: 1900 })).toEqual([
      { region: 'region:QT-A', name: 'Alpha Province', policies: 1, proposals: 1 },
      { region: 'region:QT-B', name: 'Beta Province', policies: 1, proposals: 1 },
    ]);
  });

  it('regions-without-policy: divisions with no policy, not even through a place inside; groupings are no divisions', async () => {
    expect(await rows('regions-without-policy', { parent: 'region:QT' })).toEqual([
      { region: 'region:QT-C', name: 'Gamma Province', nameZh: '伽马省', kind: 'province' },
    ]);
  });
});

describe('policygraph ask: the table', () => {
  it('prints every row and every item of a list in full, wrapping long titles inside their column', () => {
    const titles = Array.from({ length: 5 }, (_, i) => `QT Guideline number ${i + 1} on the clinical research of stem cell products and their quality control`);
    const table = formatTable(['agency', 'issued'], [
      { agency: X, issued: titles },
      { agency: Y, issued: ['干细胞临床研究管理办法（试行）与体细胞治疗临床研究和转化应用管理办法（试行）的实施细则'] },
    ], 40);
    const lines = table.split('\n');
    // Each item starts with a bullet; its continuation lines are indented under it.
    for (const t of titles) expect(table.replace(/\n\s+(?!•)/g, ' ')).toContain(`• ${t}`);
    expect(table).toContain(Y);
    expect(table.replace(/\n\s+/g, '')).toContain('干细胞临床研究管理办法（试行）与体细胞治疗临床研究和转化应用管理办法（试行）的实施细则');
    const widest = Math.max(...lines.map((l) => [...l].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0)));
    expect(widest).toBeLessThanOrEqual(X.length + 2 + 40);
  });
});

describe('the Neo4j Browser tour (graph/browser/queries.cypher)', () => {
  it('has titled steps whose queries all run, the first drawing issuers, policies and regions', async () => {
    const steps = parseTour(fs.readFileSync(TOUR_FILE, 'utf8'));
    expect(steps.length).toBeGreaterThanOrEqual(10);
    for (const s of steps) {
      expect(s.title.length, s.cypher).toBeGreaterThan(3);
      expect(s.cypher, s.title).not.toMatch(/\$\w+|:param/); // values written in: one click runs it
      await expect(reader.read(s.cypher), s.title).resolves.toBeDefined();
    }
    const first = await reader.read(steps[0]?.cypher ?? '');
    const ours = first.filter((r) => (r.p as { properties: { id: string } }).properties.id === 'policy:qt-g1');
    expect(ours.map((r) => (r.r as { properties: { id: string } } | null)?.properties.id)).toEqual(['region:QT-A01', 'region:QT-A01']);
  });
});
