// Prints how the heldout-like pages' misses differ from the committed lists (test/fixtures/heldout-like/known-misses.json),
// for review before a fix's commit; never run by the tests.
//   node --import tsx test/known-misses.ts [BATCH…]            the differences (+ new miss, - listed but found now)
//   node --import tsx test/known-misses.ts [BATCH…] --write    and rewrite those batches' lists (whys kept)
//   node --import tsx test/known-misses.ts --add X 211 218     a new batch's entry (pages h211–h218), written
//   … --merges                                                and rewrite the wrong merges over all pages too
// A list is written from what the tree extracts: it refuses to write while files under loaders/ differ from HEAD
// (others' hunks would enter your list) unless --tree-ok says every such change is yours; else run it in a clean copy
// (git archive HEAD | tar -x, then git apply your own patch).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { extractFile, resolveAcross } from '../loaders/index.ts';
import { batchMisses, HELDOUT_DIR, keepWhys, KNOWN_MISSES_FILE, mergesWithin, missDifference, readKnownMisses, scoreHeldout, type Batch } from './heldout-batches.ts';

const pageName = (n: number): string => `h${String(n).padStart(2, '0')}`;

/** Files under loaders/ that differ from HEAD ('' in a copy outside git, which is the clean way). */
function changedLoaders(): string {
  try {
    return execFileSync('git', ['status', '--porcelain', '--', 'loaders'], { cwd: path.join(HELDOUT_DIR, '..', '..', '..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

async function main(argv: string[]): Promise<void> {
  const write = argv.includes('--write');
  const add = argv.indexOf('--add');
  const added: Batch | undefined = add >= 0 ? { batch: argv[add + 1]!, pages: [Number(argv[add + 2]), Number(argv[add + 3])], documents: {} } : undefined;
  if (added && !(added.pages[0] > 0 && added.pages[1] >= added.pages[0])) throw new Error('usage: --add NAME FIRST LAST (page numbers)');
  const names = argv.filter((a, i) => !a.startsWith('--') && (add < 0 || i < add || i > add + 3));
  const dirty = changedLoaders();
  if ((write || added) && dirty && !argv.includes('--tree-ok')) throw new Error(`files under loaders/ differ from HEAD:\n${dirty}\nwrite lists from HEAD + your own hunks (a clean copy), or pass --tree-ok if all of these are yours`);
  const known = await readKnownMisses();
  if (added && known.batches.some((b) => b.batch === added.batch)) throw new Error(`batch ${added.batch} is listed already`);
  const batches = [...known.batches, ...(added ? [added] : [])];
  const chosen = added ? [added] : names.length ? batches.filter((b) => names.includes(b.batch)) : batches;
  if (names.length && chosen.length !== names.length) throw new Error(`unknown batch among ${names.join(', ')}`);

  const files = (await fs.readdir(HELDOUT_DIR)).filter((f) => f.endsWith('.txt')).sort();
  const report = await scoreHeldout(resolveAcross(await Promise.all(files.map((f) => extractFile(path.join(HELDOUT_DIR, f))))));
  for (const b of chosen) {
    const fresh = batchMisses(report, b.batch, b.pages);
    const diff = missDifference(b, fresh);
    console.log(`batch ${b.batch} (${pageName(b.pages[0])}–${pageName(b.pages[1])}): ${diff.length ? `${diff.length} differences` : 'as listed'}`);
    for (const l of diff) console.log(`  ${l}`);
    if (write || added) batches[batches.indexOf(b)] = keepWhys(fresh, b);
  }
  const merges = mergesWithin(report, () => true);
  const mergeDiff = missDifference({ documents: {}, wrongMerges: known.allPages.wrongMerges }, { documents: {}, wrongMerges: merges });
  console.log(`wrong merges over all pages: ${mergeDiff.length ? `${mergeDiff.length} differences` : 'as listed'}`);
  for (const l of mergeDiff) console.log(`  ${l}`);
  if (!write && !added) return;
  // The wrong merges over all pages change only when asked (--merges): a batch's rewrite accepts no new merge elsewhere.
  const fresh = argv.includes('--merges') ? merges : known.allPages.wrongMerges.map((x) => (typeof x === 'string' ? x : x.fact));
  const allPages = keepWhys({ batch: 'all', pages: [1, 1], wrongMerges: fresh, documents: {} }, { batch: 'all', pages: [1, 1], wrongMerges: known.allPages.wrongMerges, documents: {} });
  const json = JSON.stringify({ about: known.about, batches, allPages: { wrongMerges: allPages.wrongMerges ?? [] } }, null, 2);
  await fs.writeFile(KNOWN_MISSES_FILE, `${json.replace(/"pages": \[\s+(\d+),\s+(\d+)\s+\]/g, '"pages": [$1, $2]')}\n`);
  console.log(`written: ${path.relative(process.cwd(), KNOWN_MISSES_FILE)}`);
}

await main(process.argv.slice(2));
