// The apposition after a name (", member of the X", ", NMPA deputy director,", 委员…): the posts it gives, of the agencies,
// head-word bodies and organisations it names.
import type { Relation } from '../../types.ts';
import { localBodyFor, type Mention } from '../mentions.ts';
import { pastNameTail, type PersonMention } from '../persons.ts';
import type { Registry } from '../registry.ts';
import { edge } from '../relations.ts';
import { ruleById } from '../rules/index.ts';
import type { Sentence } from '../sentences.ts';
import { writtenNames, type Span } from './shared.ts';
import type { Knowledge } from '../gazetteer-source.ts';
import { COMPANY_POST_EN, POST_EN_SOURCE } from '../../posts.ts';
import {
  APPOSITION_END, APPOSITION_OPENS_ZH, BODY_THEN_POST_EN, BRACKET_POST_EN, COMMA_ARTICLE_EN, COPULA_EN, HEAD_NOUN_EN, HEADS_EN, LOCAL_SEAT_EN, POST_EN,
  POST_OF_THE_NOUN_EN,
} from './en-patterns.ts';

/** The words right after a name and where they run in the sentence. */
interface Apposition { seg: string; start: number; end: number }

/** The posts the apposition after `p` gives (none when the name is not followed by one). */
export function appositionMemberships(p: PersonMention, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string, K: Knowledge, anaphors: Span[]): void {
  const ap = appositionAfter(sen.norm, p);
  if (!ap) return;
  appositionAgencyPosts(ap, sen, mentions, rels, pid);
  // "said X, deputy director of the commission": the post of the body the head word stands for.
  for (const a of anaphors) {
    const post = a.start >= ap.start && a.end <= ap.end ? appositionPost(sen.norm, ap, a.start, a.end) : undefined;
    if (post) edge(rels, 'MEMBER_OF', pid, a.id, sen.text, { role: post, rules: ['frame.membership.apposition.en'] });
  }
  localCppccMembership(ap, sen, mentions, reg, rels, pid, K);
  appositionHeadNounPost(ap, sen, reg, rels, pid);
  appositionOrgPosts(ap, sen, mentions, reg, rels, pid, K);
  appositionCompanyPost(ap, sen, reg, rels, pid);
}

// ", Chief Medical Officer, added": an apposition that is only a post.
const POST_ALONE_EN = new RegExp(`^\\s*,\\s*(${POST_EN_SOURCE})\\s*,`);

/** "Dr. X, Chief Medical Officer, added": a company's own post with no body named is of the page's one company. */
function appositionCompanyPost(ap: Apposition, sen: Sentence, reg: Registry, rels: Relation[], pid: string): void {
  const post = POST_ALONE_EN.exec(ap.seg)?.[1];
  if (!post || !COMPANY_POST_EN.test(post)) return;
  const companies = [...reg.entities.values()].filter((e) => e.label === 'Organization' && e.kind === 'company');
  if (companies.length === 1) edge(rels, 'MEMBER_OF', pid, companies[0]!.id, sen.text, { role: post.toLowerCase(), rules: ['frame.membership.apposition.en'] });
}

/** The apposition right after a name (", member of …", 委员…), up to a colon or the end of the sentence; none when the
 *  name is not followed by one. */
function appositionAfter(s: string, p: PersonMention): Apposition | undefined {
  const at = p.nameZh ? p.end : pastNameTail(s, p.end);
  const tail = s.slice(at);
  const stop = tail.search(APPOSITION_END);
  const seg = stop >= 0 ? tail.slice(0, stop) : tail;
  if (!/^\s*[,(]/.test(seg) && !APPOSITION_OPENS_ZH.test(seg) && !COPULA_EN.test(seg)) return undefined;
  return { seg, start: at, end: at + seg.length };
}

/** The post an apposition gives a person in the body written from `start` to `end`: before it ("director of the X", "who
 *  heads … at X") or right after it (", NMPA deputy director,"). */
function appositionPost(s: string, ap: Apposition, start: number, end: number): string | undefined {
  const before = s.slice(ap.start, start);
  const post = POST_EN.exec(before) ?? HEADS_EN.exec(before) ?? BRACKET_POST_EN.exec(before);
  if (post) return post[1]!.toLowerCase();
  if (!COMMA_ARTICLE_EN.test(before)) return undefined;
  return BODY_THEN_POST_EN.exec(s.slice(end, ap.end))?.[1]?.toLowerCase();
}

/** "Name, member of the X": the post of each agency named in the apposition (not one named as another's parent). */
function appositionAgencyPosts(ap: Apposition, sen: Sentence, mentions: Mention[], rels: Relation[], pid: string): void {
  const s = sen.norm;
  for (const m of mentions) {
    if (m.start < ap.start || m.end > ap.end) continue;
    if (m.found.label !== 'Agency') continue;
    if (mentions.some((o) => o.parent?.id === m.found.id && o.start <= m.start && o.end >= m.end && o !== m)) continue;
    const before = s.slice(ap.start, m.start);
    const post = appositionPost(s, ap, m.start, m.end);
    // "Name, Department of X, Y Commission,": the unit of the body the person works in.
    const unit = !post && /^\s*[,)]/.test(s.slice(m.end)) ? ruleById('frame.membership.apposition-unit.en').pattern.exec(before) : null;
    if (unit?.groups?.unit) edge(rels, 'MEMBER_OF', pid, m.found.id, sen.text, { role: unit.groups.unit, rules: ['frame.membership.apposition-unit.en'] });
    if (!post) continue;
    edge(rels, 'MEMBER_OF', pid, m.found.id, sen.text, { role: post, rules: ['frame.membership.apposition.en'] });
  }
}

/** The post of the one body of the page whose English name has the head noun the apposition names it by. */
function appositionHeadNounPost(ap: Apposition, sen: Sentence, reg: Registry, rels: Relation[], pid: string): void {
  const m = POST_OF_THE_NOUN_EN.exec(ap.seg);
  if (!m || !HEAD_NOUN_EN.test(m[2]!)) return;
  const word = new RegExp(`\\b${m[2]!.toLowerCase().replace(/^cent(?:re|er)$/, 'cent(?:re|er)')}\\b`, 'i');
  const bodies = [...reg.entities.values()].filter((e) => (e.label === 'Organization' || e.label === 'Agency') && word.test(e.name));
  if (bodies.length === 1) edge(rels, 'MEMBER_OF', pid, bodies[0]!.id, sen.text, { role: m[1]!.toLowerCase(), rules: ['frame.membership.apposition.en'] });
}

/** "CPPCC member of Shaanxi Province": the region's CPPCC committee (or people's congress). */
function localCppccMembership(ap: Apposition, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string, K: Knowledge): void {
  const cm = LOCAL_SEAT_EN.exec(ap.seg);
  if (!cm) return;
  const r = mentions.find((m) => m.found.label === 'Region' && m.start === ap.start + cm[0].length);
  const entry = r ? K.byId.get(r.found.id) : undefined;
  if (!entry) return;
  const slug = cm[1] === 'CPPCC' ? 'cppcc' : 'congress';
  const body = localBodyFor(entry, slug);
  if (!body) return;
  body.aliases = [`${cm[1]} of ${r!.found.name}`, `${r!.found.name} ${cm[1]}`];
  reg.add(body, sen.text, sen.index);
  edge(rels, 'MEMBER_OF', pid, body.id, sen.text, { role: 'member', rules: ['frame.membership.local-cppcc.en'] });
}

/** Organisations after "chairman of", "CEO of" in the apposition. */
function appositionOrgPosts(ap: Apposition, sen: Sentence, mentions: Mention[], reg: Registry, rels: Relation[], pid: string, K: Knowledge): void {
  const s = sen.norm;
  for (const [id, e] of reg.entities) {
    // An agency the sentence names by a name the mention finder did not take ("the Administration of the Boao Lecheng …
    // Zone"), by its English names.
    if (e.label === 'Agency' && !mentions.some((m) => m.found.id === id || m.parent?.id === id)) {
      for (const n of [e.name, ...e.aliases].filter((a) => a.length >= 8 && /^[A-Z]/.test(a))) {
        const i = s.indexOf(n, ap.start);
        const post = i >= 0 && i + n.length <= ap.end ? appositionPost(s, ap, i, i + n.length) : undefined;
        if (post) edge(rels, 'MEMBER_OF', pid, id, sen.text, { role: post, rules: ['frame.membership.apposition.en'] });
      }
      continue;
    }
    if (e.label !== 'Organization') continue;
    // Its name as written here: in full, without "Co., Ltd." ("chief executive officer of Kangyuan Biotherapeutics"),
    // or short ("CEO of Lumora").
    // (or by a Latin name it is known by: "a partner at law firm JunHe" for JunHe LLP).
    for (const n of [...writtenNames(e.name, K), ...e.aliases.filter((a) => /^[A-Z][A-Za-z]{3,}/.test(a))]) {
      const i = s.indexOf(n, ap.start);
      if (i < 0 || i + n.length > ap.end || n.length < 4) continue;
      const post = appositionPost(s, ap, i, i + n.length);
      if (post) edge(rels, 'MEMBER_OF', pid, id, sen.text, { role: post, rules: ['frame.membership.apposition.en'] });
    }
  }
}
