// Reference data in a real Neo4j: the gazetteer's regions and agencies with their hierarchy, written once and
// kept current, so "what applies to Shenzhen, or to Guangdong or China which contain it" is one query.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFingerprint, type GraphFingerprint } from '../graph/checksum.ts';
import { ensureReferenceData, loadPaths, retractDocuments } from '../graph/load.ts';
import { referenceHash } from '../graph/reference.ts';
import { ensureSchema } from '../graph/schema.ts';
import { gazetteer } from '../loaders/gazetteer/index.ts';
import { testDriver } from './neo4j.ts';

const driver = testDriver();
const entries = gazetteer().entries;
let tmp = '';
let before: GraphFingerprint;

beforeAll(async () => {
  await ensureSchema(driver);
  await ensureReferenceData(driver);
  before = await graphFingerprint(driver);
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'policygraph-reference-test-'));
});

afterAll(async () => {
  await retractDocuments(driver, ['gt-ref-gd.txt', 'gt-ref-cn.txt']);
  await ensureReferenceData(driver);
  await fs.rm(tmp, { recursive: true, force: true });
  await driver.close();
});

describe('reference data', () => {
  it('is written once and skipped while the gazetteer is unchanged', async () => {
    const again = await ensureReferenceData(driver);
    expect(again.written).toBe(false);
    const meta = await driver.executeQuery("MATCH (m:Meta {id: 'reference'}) RETURN m.hash AS hash, m.entries AS n");
    expect(meta.records[0]?.get('hash')).toBe(referenceHash(entries));
    expect(meta.records[0]?.get('n')).toBe(entries.length);
    const stored = await driver.executeQuery('MATCH (n) WHERE n.reference = true RETURN count(n) AS n');
    expect(stored.records[0]?.get('n')).toBe(entries.length);
    expect(await graphFingerprint(driver)).toEqual(before);
  });

  it('holds the hierarchy of regions and bodies and the territory each body governs', async () => {
    const chain = await driver.executeQuery(
      `MATCH path = (:Region {id: 'region:CN-440300'})-[:PART_OF*]->(top:Region)
       WHERE NOT (top)-[:PART_OF]->()
       RETURN [n IN nodes(path) | n.id] AS ids, all(n IN nodes(path) WHERE n.reference) AS reference`,
    );
    expect(chain.records[0]?.get('ids')).toEqual(['region:CN-440300', 'region:CN-GD', 'region:CN']);
    expect(chain.records[0]?.get('reference')).toBe(true);

    const cde = await driver.executeQuery(
      `MATCH (c:Agency:Actor {id: 'agency:cn/nmpa/cde'})-[:PART_OF]->(p:Agency), (c)-[:JURISDICTION]->(r:Region)
       RETURN p.id AS parent, r.id AS region, c.level AS level, c.nameZh AS zh, 'CDE' IN c.aliases AS abbr`,
    );
    expect(cde.records[0]?.toObject()).toEqual({ parent: 'agency:cn/nmpa', region: 'region:CN', level: 'national', zh: '国家药品监督管理局药品审评中心', abbr: true });

    // Every partOf / jurisdiction of the gazetteer is a reference relationship, none more.
    const expected = entries.reduce((n, e) => n + (e.partOf ? 1 : 0) + (e.jurisdiction ? 1 : 0), 0);
    const links = await driver.executeQuery('MATCH ()-[r:PART_OF|JURISDICTION]->() WHERE r.reference = true RETURN count(r) AS n');
    expect(links.records[0]?.get('n')).toBe(expected);
  });

  it('answers "what applies to Shenzhen, or to the regions that contain it" in one query', async () => {
    await fs.writeFile(
      path.join(tmp, 'gt-ref-gd.txt'),
      'Guangdong issues cell therapy measures\n\nOn 12 March 2024, the Guangdong Provincial Health Commission issued the ' +
        'Measures for the Administration of Cell Therapy Clinical Research in Guangdong Province. The measures apply to Guangdong Province.\n',
    );
    await fs.writeFile(
      path.join(tmp, 'gt-ref-cn.txt'),
      'National regulator issues gene therapy guideline\n\nOn 3 June 2024, the National Medical Products Administration issued the ' +
        'Guidelines for Clinical Trials of Gene Therapy Products. The guidelines apply nationwide in China.\n',
    );
    const s = await loadPaths(driver, [tmp]);
    expect(s).toMatchObject({ loaded: 2, failed: [] });

    const applies = async (region: string) => {
      const r = await driver.executeQuery(
        `MATCH (:Region {id: $region})-[:PART_OF*0..]->(r:Region)<-[:APPLIES_TO]-(p:Policy)
         WHERE EXISTS { MATCH (d:Document)-[:MENTIONS]->(p) WHERE d.id STARTS WITH 'doc:gt-ref-' }
         RETURN r.id AS region, p.title AS title ORDER BY title`,
        { region },
      );
      return r.records.map((x) => [x.get('region'), x.get('title')]);
    };
    expect(await applies('region:CN-440300')).toEqual([
      ['region:CN', 'Guidelines for Clinical Trials of Gene Therapy Products'],
      ['region:CN-GD', 'Measures for the Administration of Cell Therapy Clinical Research in Guangdong Province'],
    ]);
    // Beijing is in China but not in Guangdong.
    expect(await applies('region:CN-BJ')).toEqual([['region:CN', 'Guidelines for Clinical Trials of Gene Therapy Products']]);

    // The documents name reference nodes: the nodes gain the documents' MENTIONS but keep the gazetteer's names.
    const gd = await driver.executeQuery(
      "MATCH (r:Region {id: 'region:CN-GD'}) RETURN COLLECT { MATCH (d:Document)-[:MENTIONS]->(r) RETURN d.id } AS sources, r.name AS name, r.reference AS ref",
    );
    expect(gd.records[0]?.toObject()).toEqual({ sources: ['doc:gt-ref-gd.txt'], name: 'Guangdong', ref: true });

    await retractDocuments(driver, ['gt-ref-gd.txt', 'gt-ref-cn.txt']);
    expect(await graphFingerprint(driver)).toEqual(before);
  });

  it('keeps bodies in time: validFrom/validTo as dates and SUCCEEDED_BY with the handover date', async () => {
    const body = (id: string, name: string, dates: Record<string, string>) => ({ id, label: 'Agency' as const, name, aliases: [], kind: 'ministry', ...dates });
    const old = body('agency:cn/gt-old-ministry', 'Old Test Ministry', { validFrom: '1998', validTo: '2013-03', succeededBy: 'agency:cn/gt-new-ministry' });
    const successor = body('agency:cn/gt-new-ministry', 'New Test Ministry', { validFrom: '2013-03-16' });
    expect((await ensureReferenceData(driver, { entries: [...entries, old, successor] })).written).toBe(true);
    const r = await driver.executeQuery(
      `MATCH (a:Agency {id: 'agency:cn/gt-old-ministry'})-[s:SUCCEEDED_BY]->(b:Agency)
       RETURN toString(a.validFrom) AS from, toString(a.validTo) AS to, toString(s.on) AS on, s.reference AS ref, b.id AS next, toString(b.validFrom) AS nextFrom`,
    );
    expect(r.records.map((x) => x.toObject())).toEqual([
      { from: '1998-01-01', to: '2013-03-01', on: '2013-03-01', ref: true, next: 'agency:cn/gt-new-ministry', nextFrom: '2013-03-16' },
    ]);
    expect((await ensureReferenceData(driver)).retired).toBe(2);
    expect(await graphFingerprint(driver)).toEqual(before);
  });

  it('follows a gazetteer change: new entries come in, dropped ones leave', async () => {
    const extra = {
      id: 'region:zone/gt-test-pilot-zone',
      label: 'Region' as const,
      name: 'Test Cell Therapy Pilot Zone',
      nameZh: '测试细胞治疗先行区',
      aliases: ['Pilot Zone'],
      kind: 'pilot_zone',
      partOf: 'region:CN-440300',
    };
    const changed = await ensureReferenceData(driver, { entries: [...entries, extra] });
    expect(changed.written).toBe(true);
    const zone = await driver.executeQuery(
      "MATCH (z:Region {id: 'region:zone/gt-test-pilot-zone'})-[r:PART_OF]->(c:Region) RETURN z.reference AS ref, c.id AS city, r.reference AS link",
    );
    expect(zone.records[0]?.toObject()).toEqual({ ref: true, city: 'region:CN-440300', link: true });

    const back = await ensureReferenceData(driver);
    expect(back.written).toBe(true);
    expect(back.retired).toBe(1);
    expect(await graphFingerprint(driver)).toEqual(before);
  });
});
