// Blocking keys stored with each Document (held.ts `blockKeys`, written with the seal by plan.ts storedProps): a
// fresh process of the same code (graph/stamp.ts) takes them instead of working them out; of another code, or with
// none stored (a graph loaded before), it works them out as before. Same judgements either way (no Neo4j).
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../config.ts';
import { HeldIndex, heldOf, storedKeys } from '../graph/identity/held.ts';
import { judgeBatch } from '../graph/identity/judging.ts';
import { blockingKeys, profileKey, profilesOf, type Profile } from '../loaders/identity/profile.ts';
import { extractFile } from '../loaders/index.ts';

const STAMP = 'this-code';

interface Row {
  id: string;
  identity: string;
  idMap: string;
  pairs: string | null;
  blockKeys?: string | null;
  sha256: string;
  extractedWith: string;
}
const record = (r: Row) => ({ get: (k: string): unknown => r[k as keyof Row] ?? null });

/** Dev pages as Documents store them (idMap: each profile its own node), with or without their keys. */
async function rows(withKeys: boolean, extractedWith = STAMP): Promise<Row[]> {
  const dir = path.join(ROOT, '..', 'shared', 'corpus', 'dev');
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.txt')).sort().slice(0, 12);
  return Promise.all(
    files.map(async (f) => {
      const profiles = profilesOf(f, { ...(await extractFile(path.join(dir, f))), document: f });
      return {
        id: f,
        identity: JSON.stringify(profiles.map(({ doc: _doc, ...p }) => p)),
        idMap: JSON.stringify(Object.fromEntries(profiles.map((p) => [p.localId, p.localId]))),
        pairs: null,
        blockKeys: withKeys ? storedKeys(profiles) : null,
        sha256: f,
        extractedWith,
      };
    }),
  );
}

/** What a retract of every third document judges, on an index read from these rows. */
function retractOn(rs: Row[]): string {
  const index = new HeldIndex('t');
  for (const r of rs) index.hold(...heldOf(record(r), STAMP));
  const j = judgeBatch(index, [], new Set(rs.filter((_, i) => i % 3 === 0).map((r) => r.id)), []);
  return JSON.stringify([[...j.ids].sort(), j.merges.map((m) => [m.id, m.a, m.b, m.score]).sort(), j.held.map(profileKey).sort(), [...j.oldNodes].sort()]);
}

describe('blocking keys stored with each Document', () => {
  it('are taken when the Document was written by this code, and are the keys this code works out', async () => {
    const rs = await rows(true);
    for (const r of rs) {
      const [held] = heldOf(record(r), STAMP);
      const again = (JSON.parse(r.identity) as Profile[]).map((p) => ({ ...p, doc: r.id }));
      expect(held.profiles.map(blockingKeys)).toEqual(again.map(blockingKeys));
    }
    // Taken, not worked out: keys stored otherwise are what the profile gives.
    const r = rs.find((x) => JSON.parse(x.identity).length > 0)!;
    const marked = { ...r, blockKeys: JSON.stringify((JSON.parse(r.identity) as unknown[]).map((_, i) => [`marked|${i}`])) };
    expect(blockingKeys(heldOf(record(marked), STAMP)[0].profiles[0]!)).toEqual(['marked|0']);
  });

  it('are worked out when another code wrote the Document, or none are stored', async () => {
    const [other] = await rows(true, 'older-code');
    const marked = { ...other!, blockKeys: JSON.stringify((JSON.parse(other!.identity) as unknown[]).map(() => ['marked'])) };
    expect(blockingKeys(heldOf(record(marked), STAMP)[0].profiles[0]!)).not.toEqual(['marked']);
    const [none] = await rows(false);
    const p = heldOf(record(none!), STAMP)[0].profiles[0]!;
    expect(blockingKeys(p)).toEqual(blockingKeys({ ...p }));
  });

  it('a retract judges the same on an index read with stored keys as on one that works them out', async () => {
    const [withKeys, without] = [await rows(true), await rows(false)];
    expect(retractOn(withKeys)).toEqual(retractOn(without));
    // A wrong stored key count (a Document whose keys do not line up with its profiles) is not taken.
    const short = withKeys.map((r) => ({ ...r, blockKeys: '[]' }));
    expect(retractOn(short)).toEqual(retractOn(without));
  });
});
