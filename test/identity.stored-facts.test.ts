// What a Document stores of its facts (graph/identity/stored-facts.ts) reads back as the facts extracted, in the
// form written now and in the forms earlier versions wrote; no Neo4j (plan.ts stores and reads the property).
// The dev pages as extracted (real data).
import fs from 'node:fs/promises';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../config.ts';
import { factsJson, packFacts, readFacts } from '../graph/identity/stored-facts.ts';
import { extractFile } from '../loaders/index.ts';
import type { DocumentFacts } from '../loaders/types.ts';

describe("a Document's stored facts", () => {
  let pages: DocumentFacts[] = [];
  beforeAll(async () => {
    const dir = path.join(ROOT, '..', 'shared', 'corpus', 'dev');
    const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.txt')).sort().slice(0, 6);
    pages = await Promise.all(names.map((n) => extractFile(path.join(dir, n))));
  }, 120_000);

  it('read back as extracted, named by the Document, with reference entities filled in from the gazetteer', async () => {
    for (const d of pages) {
      const back = readFacts(await packFacts(factsJson(d)), 'doc:moved.txt', '/new/place/moved.txt');
      expect(back).toEqual({ ...d, document: 'doc:moved.txt', path: '/new/place/moved.txt' });
    }
  });

  it('written with reference entities slimmed (ref: fields the gazetteer gives) read back whole', () => {
    const d = pages.find((p) => p.entities.some((e) => e.id.startsWith('agency:') && e.aliases.length && e.nameZh))!;
    const agency = d.entities.find((e) => e.id.startsWith('agency:') && e.aliases.length && e.nameZh)!;
    const { aliases: _a, nameZh: _z, ...rest } = agency;
    const slimmed = { ...d, document: '', path: '', entities: d.entities.map((e) => (e === agency ? { ...rest, ref: ['aliases', 'nameZh'] } : e)) };
    const back = readFacts(JSON.stringify(slimmed), d.document, d.path);
    expect(back.entities.find((e) => e.id === agency.id)).toEqual(agency);
  });

  it('written by earlier versions (the JSON itself, deflated bytes, deflated base64) read the same', () => {
    const d = pages[0]!;
    const whole = JSON.stringify({ ...d, document: '', path: '' });
    const bytes = deflateRawSync(whole);
    for (const old of [whole, new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length), bytes.toString('base64')]) {
      expect(readFacts(old, d.document, d.path)).toEqual(d);
    }
  });
  it('that cannot be read fail with an error naming the Document, not a path', async () => {
    const d = pages[0]!;
    const good = await packFacts(factsJson(d));
    const cut = good.slice(0, Math.floor(good.length / 2));
    for (const bad of [cut, '{"entities": [', 'not base64 at all!']) {
      expect(() => readFacts(bad, 'doc:broken.txt', '/srv/secret/broken.txt')).toThrow(/stored facts of document doc:broken\.txt cannot be read/);
      try { readFacts(bad, 'doc:broken.txt', '/srv/secret/broken.txt'); } catch (e) { expect(String(e)).not.toContain('/srv/secret'); }
    }
  });
});
