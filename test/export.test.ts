// `policygraph export` against a real Neo4j: the facts JSON of the graph (what score.mjs judges), CSV, GraphML
// and JSON-LD of the same nodes and edges. Texts written for this test.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFacts, graphContent, toCsv, toGraphml, toJsonld } from '../graph/export.ts';
import { ensureReferenceData, loadPaths, retractDocuments } from '../graph/load.ts';
import { ensureSchema } from '../graph/schema.ts';
import { testDriver } from './neo4j.ts';

const driver = testDriver();
let tmp = '';
const TEXTS: Record<string, string> = {
  'exp-en.txt':
    'Regulators publish stem cell research rules\n\nOn July 20, 2015, the National Health and Family Planning Commission issued the Measures for the Administration of Stem Cell Clinical Research (Trial). The measures apply to China.\n',
  'exp-zh.txt': '干细胞临床研究规范解读\n\n国家卫生计生委印发的《干细胞临床研究管理办法（试行）》对开展干细胞临床研究的医疗机构提出了备案要求。\n',
  // The same measures, dated a day later by this report (the day it was made public): the graph keeps one node.
  'exp-zh-dated.txt': '干细胞临床研究管理办法公布\n\n2015年7月21日，国家卫生计生委公布《干细胞临床研究管理办法（试行）》。\n',
  'exp-city.txt':
    'Shanghai sets filing rules for cell therapy research\n\nOn March 3, 2024, the Shanghai Municipal Health Commission issued the Shanghai Measures for the Filing of Cell Therapy Clinical Research.\n',
};
const DOCS = Object.keys(TEXTS).map((f) => `doc:${f}`);

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'exp-'));
  for (const [n, t] of Object.entries(TEXTS)) await fs.writeFile(path.join(tmp, n), t);
  await ensureSchema(driver);
  await ensureReferenceData(driver);
  await retractDocuments(driver, DOCS);
  const s = await loadPaths(driver, [tmp]);
  expect(s.failed).toEqual([]);
});

afterAll(async () => {
  await retractDocuments(driver, DOCS);
  await fs.rm(tmp, { recursive: true, force: true });
  await driver.close();
});

describe('export', () => {
  it('facts: each document with the graph ids of what it names and the facts it supports', async () => {
    const { documents } = await exportFacts(driver);
    const en = documents.find((d) => d.document === 'exp-en.txt');
    const zh = documents.find((d) => d.document === 'exp-zh.txt');
    const policy = (d: typeof en) => d?.entities.find((e) => e.label === 'Policy');
    // One node for the policy both documents name: the same graph id in both, with its graph name and date.
    expect(policy(en)?.id).toBeDefined();
    expect(policy(zh)?.id).toBe(policy(en)?.id);
    expect(policy(zh)?.name).toBe('Measures for the Administration of Stem Cell Clinical Research (Trial)');
    expect(policy(zh)?.aliases).toContain('干细胞临床研究管理办法(试行)');
    expect(policy(en)?.date).toBe('2015-07-20');
    // Like its facts, a document's entity carries the date that document gave, not another document's.
    const dated = documents.find((d) => d.document === 'exp-zh-dated.txt');
    expect(policy(dated)?.id).toBe(policy(en)?.id);
    expect(policy(dated)?.date).toBe('2015-07-21');
    expect(en?.relations).toContainEqual({ type: 'ISSUED', from: 'agency:cn/nhfpc', to: policy(en)!.id, date: '2015-07-20' });
    // Each document lists only the facts whose sources include it.
    for (const d of [en, zh]) {
      for (const r of d?.relations ?? []) {
        const res = await driver.executeQuery(
          `MATCH (a {id: $from})-[x]->(b {id: $to}) WHERE type(x) = $type RETURN x.sources AS sources`,
          { from: r.from, to: r.to, type: r.type },
        );
        expect(res.records[0]?.get('sources')).toContain(`doc:${d?.document}`);
      }
    }
  });

  it('facts: an APPLIES_TO taken from the issuer alone stays in the graph and leaves the export, as `facts` leaves it', async () => {
    const { documents } = await exportFacts(driver);
    const zh = documents.find((d) => d.document === 'exp-zh.txt');
    const city = documents.find((d) => d.document === 'exp-city.txt');
    const policy = zh?.entities.find((e) => e.label === 'Policy');
    // The national commission's text applies to China only by the graph's inference: no document states it.
    for (const d of ['exp-en.txt', 'exp-zh.txt', 'exp-zh-dated.txt'].map((n) => documents.find((x) => x.document === n))) {
      expect(d?.relations.filter((r) => r.type === 'APPLIES_TO')).toEqual([]);
    }
    // A country named only by that edge leaves the document's entities; one its words name stays.
    expect(zh?.entities.map((e) => e.id)).not.toContain('region:CN');
    expect(documents.find((x) => x.document === 'exp-en.txt')?.entities.map((e) => e.id)).toContain('region:CN');
    // A place the text's title names is what the page states: kept.
    const measures = city?.entities.find((e) => e.label === 'Policy');
    expect(city?.relations).toContainEqual({ type: 'APPLIES_TO', from: measures!.id, to: 'region:CN-SH' });
    // The graph keeps the inferred edge, each document a source of it, for region questions.
    const res = await driver.executeQuery('MATCH (:Policy {id: $id})-[r:APPLIES_TO]->(:Region {id: $cn}) RETURN r.sources AS sources', { id: policy!.id, cn: 'region:CN' });
    expect(res.records[0]?.get('sources')).toEqual(expect.arrayContaining(['doc:exp-en.txt', 'doc:exp-zh.txt']));
  });

  it('csv, graphml and jsonld hold the same nodes and edges', async () => {
    const g = await graphContent(driver);
    const policy = g.nodes.find((n) => n.sources.includes('doc:exp-zh.txt') && n.label === 'Policy');
    expect(policy?.sources).toEqual(['doc:exp-en.txt', 'doc:exp-zh-dated.txt', 'doc:exp-zh.txt']);
    const csv = toCsv(g);
    expect(csv.nodes.split('\n')[0]).toBe('Id,Label,type,nameZh,aliases,kind,date,sources');
    expect(csv.nodes.trim().split('\n')).toHaveLength(g.nodes.length + 1);
    expect(csv.edges.trim().split('\n')).toHaveLength(g.edges.length + 1);
    expect(csv.nodes).toContain(`${policy!.id},Measures for the Administration of Stem Cell Clinical Research (Trial),Policy`);
    const xml = toGraphml(g);
    expect(xml).toContain(`<node id="${policy!.id}">`);
    expect(xml.match(/<edge /g)).toHaveLength(g.edges.length);
    const ld = toJsonld(g) as { '@graph': Record<string, unknown>[] };
    const issuer = ld['@graph'].find((o) => o['@id'] === 'agency:cn/nhfpc');
    expect(issuer?.ISSUED).toContainEqual({ '@id': policy!.id });
  });
});
