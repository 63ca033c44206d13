// Posts of persons as MEMBER_OF: the body (or organisation) a post names and the role, in English appositions
// ("Name, member of X") and Chinese posts before a name (全国政协委员X, 总理李强). Along the data's path: a byline's
// firm, then the posts around the name in its language (zh.ts, en.ts), then the apposition after it (apposition.ts).
// Patterns are data in zh-patterns.ts and en-patterns.ts.
import type { Relation } from '../../types.ts';
import type { Mention } from '../mentions.ts';
import type { PersonMention } from '../persons.ts';
import type { Registry } from '../registry.ts';
import type { Sentence } from '../sentences.ts';
import { appositionMemberships } from './apposition.ts';
import { contactUnitMemberships } from '../document/contact-units.ts';
import { boardListEn, bylineMemberships, contactLineEn, headPostMemberships, postBeforeNameEn, postOfBodyBeforeNameEn, titleThenBodyEn } from './en.ts';
import type { Span } from './shared.ts';
import type { Knowledge } from '../gazetteer-source.ts';
import { zhMemberships } from './zh.ts';

/** `anaphors`: bodies the sentence names by a head word alone ("the commission"), resolved (spans/anaphora.ts). */
export function memberships(p: PersonMention, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string, K: Knowledge, anaphors: Span[] = []): void {
  if (p.byline) bylineMemberships(p, sen, mentions, reg, rels, pid);
  if (p.nameZh) zhMemberships(p, sen, mentions, reg, rels, pid, anaphors);
  else {
    headPostMemberships(p, sen, mentions, reg, rels, pid, K);
    postBeforeNameEn(p, sen, mentions, reg, rels, pid, K);
    titleThenBodyEn(p, sen, mentions, reg, rels, pid, K);
    postOfBodyBeforeNameEn(p, sen, mentions, rels, pid);
    if (!contactUnitMemberships(p, sen, mentions, reg, rels, pid)) contactLineEn(p, sen, mentions, reg, rels, pid);
    boardListEn(p, sen, reg, rels, pid);
  }
  appositionMemberships(p, sen, mentions, reg, rels, pid, K, anaphors);
}
