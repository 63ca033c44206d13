// An analyst's judgement: recorded in the resolutions file, then the clusters holding either id re-judged
// in one transaction under the writers' lease (so no load interleaves).
import type { Driver } from 'neo4j-driver';
import { withLease } from '../lease.ts';
import { rejudge } from './apply.ts';
import { recordResolution } from './resolutions.ts';
import type { Resolution } from '../../loaders/identity/cluster.ts';

/** Local ids as given, or `doc:…#local` as `merges` prints them: judgements hold for the local ids. */
const localId = (ref: string): string => (ref.includes('#') ? ref.slice(ref.lastIndexOf('#') + 1) : ref);

export async function applyJudgement(driver: Driver, r: Resolution, database?: string): Promise<{ a: string; b: string; rewritten: number }> {
  const a = localId(r.a);
  const b = localId(r.b);
  if (a === b) throw new Error(`judge: "${a}" twice; name two different ids.`);
  recordResolution({ ...r, a, b, at: r.at ?? new Date().toISOString() });
  const rewritten = await withLease(driver, 'judge', { database }, async (lease) => {
    const session = driver.session({ database });
    try {
      return await session.executeWrite(async (tx) => {
        await lease.check(tx);
        return (await rejudge(tx, [a, b])).rewritten.length;
      });
    } finally {
      await session.close();
    }
  });
  return { a, b, rewritten };
}
