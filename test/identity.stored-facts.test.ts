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

  it('leave out what the gazetteer gives a reference entity alike, and keep what differs', () => {
    const d = pages.find((p) => p.entities.some((e) => e.id.startsWith('agency:') && e.aliases.length))!;
    const stored = JSON.parse(factsJson(d)) as { entities: Record<string, unknown>[] };
    const agency = stored.entities.find((e) => String(e.id).startsWith('agency:') && e.ref)!;
    expect(agency.ref).toContain('aliases');
    expect(agency.aliases).toBeUndefined();
    expect(agency.name).toBeTruthy();
    expect(factsJson(d).length).toBeLessThan(JSON.stringify(d).length * 0.9);
    // An alias list of its own (not the gazetteer's) is stored as it is.
    const own = { ...d, entities: d.entities.map((e) => (e === d.entities.find((x) => x.id === agency.id) ? { ...e, aliases: ['an alias of this page'] } : e)) };
    const back = readFacts(factsJson(own), d.document, d.path);
    expect(back.entities.find((e) => e.id === agency.id)!.aliases).toEqual(['an alias of this page']);
  });

  it('written by earlier versions (the JSON itself, deflated bytes, deflated base64) read the same', () => {
    const d = pages[0]!;
    const whole = JSON.stringify({ ...d, document: '', path: '' });
    const bytes = deflateRawSync(whole);
    for (const old of [whole, new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length), bytes.toString('base64')]) {
      expect(readFacts(old, d.document, d.path)).toEqual(d);
    }
  });
});
