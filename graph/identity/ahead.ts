// Judging the next batch while this one's statements run. Judging is synchronous work on the loading process's
// main thread, which otherwise waits for Neo4j while Neo4j waits for the judging; judged ahead, the two overlap.
// A judgement made ahead is used only if nothing came between: the same in-process index (no rollback, no other
// writer: held.ts's token), the same documents and the same analysts' judgements. Anything else is dropped, and so
// is the index it was made with (it holds pairs judged for documents that were not written): read anew.
import type { Resolution } from '../../loaders/identity/cluster.ts';
import { profilesOf, type Profile } from '../../loaders/identity/profile.ts';
import type { DocumentFacts } from '../../loaders/types.ts';
import { versionOf, type HeldIndex } from './held.ts';
import { judgeBatch, type Judged } from './judging.ts';

/** A batch about to be written: its documents (id, facts under local ids and, for the pairs they store, their
 *  bytes' sha256 and extraction stamp) and the documents leaving with it. */
export interface Batch {
  docs: readonly { id: string; facts: DocumentFacts; sha256?: string; extractedWith?: string }[];
  gone: readonly string[];
}

/** A batch judged against the index: each document's profiles, and the ids of every profile judged. */
export interface Judgement extends Batch {
  index: HeldIndex;
  rules: string;
  profilesByDoc: Map<string, Profile[]>;
  judged: Judged;
}

/** Judges a batch (judging.ts): its profiles against their candidates, the groups they touch re-clustered. */
export function judgeDocs(index: HeldIndex, batch: Batch, resolutions: Resolution[]): Judgement {
  const profilesByDoc = new Map(batch.docs.map((d) => [d.id, profilesOf(d.id, d.facts)]));
  const leaving = new Set([...batch.docs.map((d) => d.id), ...batch.gone]);
  const versions = new Map(batch.docs.flatMap((d) => (d.sha256 !== undefined && d.extractedWith !== undefined ? [[d.id, versionOf(d.sha256, d.extractedWith)] as const] : [])));
  const judged = judgeBatch(index, [...profilesByDoc.values()].flat(), leaving, resolutions, versions);
  return { ...batch, index, rules: JSON.stringify(resolutions), profilesByDoc, judged };
}

const sameBatch = (a: Batch, b: Batch): boolean =>
  a.docs.length === b.docs.length &&
  a.docs.every((d, i) => d.id === b.docs[i]!.id && d.facts === b.docs[i]!.facts) &&
  a.gone.length === b.gone.length &&
  a.gone.every((g, i) => g === b.gone[i]);

/** One load's judging ahead (kept on the load's run state, graph/load.ts): at most one judgement pending, of the
 *  batch after the one being written. */
export class JudgeAhead {
  private pending: { judgement: Judgement | null; cancelled: boolean; free: ((j: Judgement) => void) | null } | null = null;

  /** Judges `next` once it is extracted and the main thread is free (this batch's statements running): call after
   *  this batch's plan is in the index (holdPlan). */
  start(index: HeldIndex, next: Promise<Batch | null>, resolutions: () => Resolution[]): void {
    const mine: NonNullable<JudgeAhead['pending']> = { judgement: null, cancelled: false, free: null };
    this.pending = mine;
    next.then(
      (batch) => {
        if (!batch?.docs.length) return;
        setImmediate(() => {
          if (mine.cancelled) return;
          try {
            mine.judgement = judgeDocs(index, batch, resolutions());
          } catch {
            index.discard();
          }
          // Judged after the batch before sent its last statement (its extraction came late): drafted now.
          if (mine.free) JudgeAhead.soon(mine, mine.free);
        });
      },
      () => undefined,
    );
  }

  /** Runs `work` on the judgement made ahead, if one is pending, once this thread is free: called as the batch before
   *  commits, when this thread would wait on Neo4j (plan.ts draftAhead). A failed `work` leaves it to the plan. */
  whenFree(work: (j: Judgement) => void): void {
    const mine = this.pending;
    if (!mine) return;
    // Not judged yet (the next batch still extracting): its judging runs `work` when done, if before the plan.
    if (mine.judgement) JudgeAhead.soon(mine, work);
    else mine.free = work;
  }

  private static soon(mine: NonNullable<JudgeAhead['pending']>, work: (j: Judgement) => void): void {
    setImmediate(() => {
      if (mine.cancelled || !mine.judgement) return;
      try {
        work(mine.judgement);
      } catch {
        // The plan makes it again, and meets the error there.
      }
    });
  }

  /** The judgement of exactly this batch made ahead, if any (its index is checked by the caller); whatever else was
   *  judged ahead is dropped with its index. Nothing is judged ahead after this until the next start. */
  take(batch: Batch, resolutions: Resolution[]): Judgement | null {
    const mine = this.pending;
    this.pending = null;
    if (!mine) return null;
    mine.cancelled = true;
    const j = mine.judgement;
    if (!j) return null;
    if (sameBatch(j, batch) && j.rules === JSON.stringify(resolutions)) return j;
    j.index.discard();
    return null;
  }
}
