// Identity in a real Neo4j: one node per real thing whatever the load order, exact retract, display names by
// rule, and an analyst's judgement that splits a merge for good. Texts written for this test.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFingerprint } from '../graph/checksum.ts';
import { identityPhases } from '../graph/identity/apply.ts';
import { applyJudgement } from '../graph/identity/judge.ts';
import { listMerges } from '../graph/identity/merges.ts';
import { ensureReferenceData, loadPaths, retractDocuments } from '../graph/load.ts';
import { ensureSchema } from '../graph/schema.ts';
import { ROOT } from '../config.ts';
import { testConfig, testDriver } from './neo4j.ts';

const driver = testDriver();
let tmp = '';
const TEXTS: Record<string, string> = {
  // One policy in two languages; the Chinese text gives no date, so no key of the extractor joins them.
  'idn-en.txt':
    'Regulators publish stem cell research rules\n\nOn July 20, 2015, the National Health and Family Planning Commission and the China Food and Drug Administration jointly issued the Measures for the Administration of Stem Cell Clinical Research (Trial). The measures apply to China.\n',
  'idn-zh.txt': '干细胞临床研究规范解读\n\n国家卫生计生委印发的《干细胞临床研究管理办法（试行）》对开展干细胞临床研究的医疗机构提出了备案要求。\n',
  // Two different notices from one issuer in one month: the same issuer+kind+month, two texts.
  'idn-notice-a.txt':
    'A notice from the commission\n\nOn July 3, 2015, the National Health and Family Planning Commission issued the Notice on Cancelling the Approval of Class III Medical Technologies. The notice applies to China.\n',
  'idn-notice-b.txt':
    'The commission tightens stem cell banking\n\nOn July 15, 2015, the National Health and Family Planning Commission issued the Notice on Strengthening the Management of Stem Cell Banks. The notice applies to China.\n',
};
const ORDER = Object.keys(TEXTS);
const DOCS = ORDER.map((f) => `doc:${f}`);
const file = (name: string) => path.join(tmp, name);

async function loadOneByOne(names: string[]): Promise<void> {
  for (const n of names) {
    const s = await loadPaths(driver, [file(n)]);
    expect(s.failed).toEqual([]);
  }
}

async function policies(): Promise<{ id: string; name: string; titleZh: string | null; aliases: string[]; sources: string[] }[]> {
  const r = await driver.executeQuery(
    `MATCH (d:Document)-[:MENTIONS]->(p:Policy) WHERE d.id IN $docs
     RETURN DISTINCT p.id AS id, p.name AS name, p.titleZh AS titleZh, p.aliases AS aliases,
            COLLECT { MATCH (x:Document)-[:MENTIONS]->(p) RETURN x.id ORDER BY x.id } AS sources ORDER BY id`,
    { docs: DOCS },
  );
  return r.records.map((x) => ({ id: x.get('id'), name: x.get('name'), titleZh: x.get('titleZh'), aliases: x.get('aliases'), sources: x.get('sources') }));
}

const measures = async () => (await policies()).filter((p) => /Stem Cell Clinical Research|干细胞临床研究/.test(`${p.name} ${p.titleZh ?? ''}`));

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'idn-'));
  for (const [n, text] of Object.entries(TEXTS)) await fs.writeFile(file(n), text);
  process.env.RESOLUTIONS_FILE = file('resolutions.json');
  await ensureSchema(driver);
  await ensureReferenceData(driver);
  await retractDocuments(driver, DOCS);
});

afterAll(async () => {
  await retractDocuments(driver, DOCS);
  delete process.env.RESOLUTIONS_FILE;
  await fs.rm(tmp, { recursive: true, force: true });
  await driver.close();
});

describe('one node per real thing, whatever the load order', () => {
  it('two load orders give the same graph; the English and Chinese titles are one policy, the two notices two', { timeout: 300_000 }, async () => {
    const before = await graphFingerprint(driver);
    await loadOneByOne(ORDER);
    const forward = await graphFingerprint(driver);
    const one = await measures();
    expect(one).toHaveLength(1);
    expect(one[0]?.name).toBe('Measures for the Administration of Stem Cell Clinical Research (Trial)');
    expect(one[0]?.titleZh).toBe('干细胞临床研究管理办法(试行)');
    expect(one[0]?.sources).toEqual(['doc:idn-en.txt', 'doc:idn-zh.txt']);
    const notices = (await policies()).filter((p) => /^Notice/.test(p.name));
    expect(notices.map((p) => p.name).sort()).toEqual([
      'Notice on Cancelling the Approval of Class III Medical Technologies',
      'Notice on Strengthening the Management of Stem Cell Banks',
    ]);
    expect(new Set(notices.map((p) => p.id)).size).toBe(2);

    await retractDocuments(driver, DOCS);
    expect(await graphFingerprint(driver)).toEqual(before);
    await loadOneByOne([...ORDER].reverse());
    expect(await graphFingerprint(driver)).toEqual(forward);
  });

  it('lists the merge with its evidence', async () => {
    const [m] = await measures();
    const merged = await listMerges(driver, m?.id);
    expect(merged).toHaveLength(1);
    const names = merged[0]?.merges[0]?.features.map((f) => f.name).join('; ') ?? '';
    // The 2015 stem-cell measures are a landmark text of the reference list (loaders/identity/reference.ts).
    expect(names).toMatch(/one entry of the reference list \(cn-stem-cell-clinical-research-measures\)/);
    expect(merged[0]?.merges[0]?.score).toBeGreaterThanOrEqual(0.8);
  });

  it('retracting the English document keeps one node with the Chinese names; reloading it restores the display name', async () => {
    const [m] = await measures();
    const withBoth = await graphFingerprint(driver);
    await retractDocuments(driver, ['doc:idn-en.txt']);
    const left = await measures();
    expect(left).toHaveLength(1);
    expect(left[0]?.name).toBe('干细胞临床研究管理办法(试行)');
    expect(left[0]?.aliases.some((a) => /[A-Za-z]/.test(a))).toBe(false);
    expect(left[0]?.sources).toEqual(['doc:idn-zh.txt']);

    await loadOneByOne(['idn-en.txt']);
    const back = await measures();
    expect(back.map((p) => [p.id, p.name])).toEqual([[m?.id, m?.name]]);
    expect(await graphFingerprint(driver)).toEqual(withBoth);
  });
});

describe("an analyst's judgement", () => {
  it('a recorded "different" splits the merged pair, and a reload keeps them apart', async () => {
    const [m] = await measures();
    const pair = (await listMerges(driver, m?.id))[0]?.merges[0];
    expect(pair).toBeDefined();
    const res = await applyJudgement(driver, { a: pair!.a, b: pair!.b, decision: 'different', who: 'test', why: 'checking the split' });
    expect(res.rewritten).toBeGreaterThan(0);
    const split = await measures();
    expect(split).toHaveLength(2);
    expect(split.map((p) => p.sources)).toEqual(expect.arrayContaining([['doc:idn-en.txt'], ['doc:idn-zh.txt']]));
    expect(await listMerges(driver, m?.id)).toEqual([]);
    const recorded = JSON.parse(await fs.readFile(file('resolutions.json'), 'utf8')) as { resolutions: { decision: string; who: string }[] };
    expect(recorded.resolutions).toEqual([expect.objectContaining({ decision: 'different', who: 'test' })]);

    // A changed document is extracted and written again: the judgement still holds.
    await fs.appendFile(file('idn-zh.txt'), '\n相关机构应当按要求完成备案。\n');
    await fs.appendFile(file('idn-en.txt'), '\nHospitals must register before starting.\n');
    const again = await loadPaths(driver, [file('idn-zh.txt'), file('idn-en.txt')]);
    expect(again).toMatchObject({ loaded: 2, failed: [] });
    expect(await measures()).toHaveLength(2);

    // And "same" joins them again.
    await applyJudgement(driver, { a: pair!.a, b: pair!.b, decision: 'same', who: 'test', why: 'changed my mind' });
    expect(await measures()).toHaveLength(1);
  });
});

// Licences: a news report and a company's announcement of one approval, in two languages, are one licence node
// whatever the order; another product approved the same day stays another node. Texts written for this test.
describe('one licence per act across languages', () => {
  const LICENCE_TEXTS: Record<string, string> = {
    'idl-en.txt': "Regulator clears a CAR-T therapy\n\nOn March 14, 2023, China's National Medical Products Administration (NMPA) approved the first CAR-T cell therapy for a rare lymphoma, the agency said.\n",
    'idl-zh.txt': '甲乙医药关于子公司产品获批上市的公告\n\n2023年3月14日，本公司控股子公司丙丁生物科技有限公司收到国家药品监督管理局颁发的《药品注册证书》，其CAR-T细胞治疗产品戊己注射液的上市注册申请获国家药监局批准。\n',
    'idl-other.txt': '新药动态\n\n2023年3月14日，国家药监局批准庚辛生物科技有限公司申报的瑞基奥仑赛注射液上市。\n',
  };
  const names = Object.keys(LICENCE_TEXTS);
  const docs = names.map((n) => `doc:${n}`);
  const licences = async () =>
    (
      await driver.executeQuery(
        `MATCH (d:Document)-[:MENTIONS]->(l:License) WHERE d.id IN $docs
         RETURN l.id AS id, collect(DISTINCT d.id) AS docs ORDER BY id`,
        { docs },
      )
    ).records.map((r) => (r.get('docs') as string[]).sort());

  beforeAll(async () => {
    for (const [n, text] of Object.entries(LICENCE_TEXTS)) await fs.writeFile(file(n), text);
    await retractDocuments(driver, docs);
  });
  afterAll(async () => retractDocuments(driver, docs));

  it('the English report and the Chinese certificate are one node, the other product another, in both load orders', { timeout: 300_000 }, async () => {
    const before = await graphFingerprint(driver);
    await loadOneByOne(names);
    const expected = [['doc:idl-en.txt', 'doc:idl-zh.txt'], ['doc:idl-other.txt']];
    expect(await licences()).toEqual(expect.arrayContaining(expected));
    expect(await licences()).toHaveLength(2);
    const forward = await graphFingerprint(driver);
    await retractDocuments(driver, docs);
    expect(await graphFingerprint(driver)).toEqual(before);
    await loadOneByOne([...names].reverse());
    expect(await graphFingerprint(driver)).toEqual(forward);
    const [merged] = (await listMerges(driver)).filter((m) => m.merges.some((x) => x.a.startsWith('doc:idl-')));
    expect(merged?.merges[0]?.features.map((f) => f.name)).toContain('one issuer, one day, one therapy class');
  });
});

describe('retract and reload on real pages', () => {
  const dir = path.join(ROOT, '..', 'shared', 'corpus', 'dev');
  let files: string[] = [];
  const ids = () => files.map((f) => `doc:${f}`);

  beforeAll(async () => {
    files = (await fs.readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
    await retractDocuments(driver, ids());
  });
  afterAll(async () => retractDocuments(driver, ids()));

  // The picked pages name things other pages name too (the 818 regulations, the first approvals): their nodes were
  // merged and renamed, and each Document's `supports` followed the new ids.
  it('retracting pages whose nodes were merged across documents, then loading them back, leaves the same graph', { timeout: 300_000 }, async () => {
    await loadPaths(driver, files.slice(0, 12).map((f) => path.join(dir, f)));
    await loadPaths(driver, files.slice(12).map((f) => path.join(dir, f)));
    const loaded = await graphFingerprint(driver);
    const picked = files.filter((f) => /^(e0[3-9]|z0[4-8])/.test(f));
    expect(picked.length).toBeGreaterThan(8);
    await retractDocuments(driver, picked.map((f) => `doc:${f}`));
    await loadPaths(driver, picked.map((f) => path.join(dir, f)));
    expect(await graphFingerprint(driver)).toEqual(loaded);
  });

  // A retract reads the held index before its first write (graph/load.ts readHeld); this process's index is stale
  // once another process wrote, and the read must see that (the graph's token) and read the graph anew.
  it('a retract after another process loaded the same pages gives the graph of the pages left', { timeout: 300_000 }, async () => {
    const config = testConfig();
    const cli = (args: string[]) =>
      promisify(execFile)(process.execPath, [path.join(ROOT, 'bin', 'policygraph.js'), ...args], {
        env: { ...process.env, NEO4J_URI: config.NEO4J_URI, NEO4J_USER: config.NEO4J_USER, NEO4J_PASSWORD: config.NEO4J_PASSWORD },
      });
    const picked = files.filter((f) => /^(e0[3-9]|z0[4-8])/.test(f));
    await loadPaths(driver, files.map((f) => path.join(dir, f)));
    await retractDocuments(driver, picked.map((f) => `doc:${f}`));
    const left = await graphFingerprint(driver);
    await cli(['load', ...picked.map((f) => path.join(dir, f))]);
    expect((await retractDocuments(driver, picked.map((f) => `doc:${f}`))).retracted).toHaveLength(picked.length);
    expect(await graphFingerprint(driver)).toEqual(left);
  });

  // Each batch is judged while the one before is written (identity/ahead.ts), and re-judges clusters whose evidence
  // hangs off other clusters (organisations holding one licence): batches of three give the graph of one batch.
  it('small batches, each judged while the one before is written, give the graph of one batch', { timeout: 300_000 }, async () => {
    await retractDocuments(driver, ids());
    const before = identityPhases.batchesJudgedAhead;
    await loadPaths(driver, [dir]);
    expect(identityPhases.batchesJudgedAhead).toBe(before);
    const once = await graphFingerprint(driver);
    await retractDocuments(driver, ids());
    await loadPaths(driver, [dir], { batchSize: 3 });
    expect(identityPhases.batchesJudgedAhead - before).toBeGreaterThan(4);
    expect(await graphFingerprint(driver)).toEqual(once);
  });
});
