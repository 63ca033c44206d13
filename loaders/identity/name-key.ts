// A name's comparison key, in a module of its own so the reference list (reference.ts) and the profiles
// (profile.ts) can both use it without importing each other.
import { toSimplified } from '../read/script.ts';
import { memo } from './memo.ts';

const STATUS_NOTE = /\s*[(（](?:draft[^)）]*|trial[^)）]*|for\s+trial[^)）]*|provisional|interim|征求意见稿|试行|暂行|草案|送审稿)[)）]\s*$/i;

/** A name compared across spellings: no status note, case, punctuation, leading article or script variant. Worked
 *  out once per name: a name is compared with many others, and its key (Traditional → Simplified) is dear. */
export const nameKey = memo(keyOf, 100_000);

function keyOf(name: string): string {
  return toSimplified(name.normalize('NFKC').replace(STATUS_NOTE, '').replace(STATUS_NOTE, '').toLowerCase())
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
