// Minutes list who attended, a name a line, under labels: 出席委員：/ Members present: — the committee's members — and
// 出席公職人員：/ Public officers attending: — a body's line, then its officers' posts and names under it.
import { ruleById } from '../rules/index.ts';
import type { Sentence } from '../sentences.ts';
import type { SentenceSpans } from '../spans/types.ts';
import type { Relation } from '../../types.ts';
import { edge } from '../relations.ts';

interface Block {
  members: boolean;
  /** The label line and the lines of the list under it. */
  lines: SentenceSpans[];
}

// A list ends at a numbered agenda item (II. 發展…, 一、…) or a line too long to be a name, a post or a body (an English
// line holds a name and its post: "Dr Chan Wai-kit, Assistant Director of Health").
const short = (s: string): boolean => s.length <= (/\p{Script=Han}/u.test(s) ? 40 : 90);
const ITEM = /^(?:[IVX]+\.|\d+\.|[一二三四五六七八九十]+、)/;
const FIELD = /^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z ]{1,15}[:：]/u;

/** The attendance lists of the page: each label line and the short heading lines under it. */
function blocks(spans: SentenceSpans[]): Block[] {
  const label = ruleById('member.attendance-label');
  const out: Block[] = [];
  let cur: Block | undefined;
  for (const sp of spans) {
    // (The label may stand alone, its colon ending the line: 出席公職人員：)
    const m = short(sp.s.trim()) ? label.pattern.exec(sp.s.trim()) : null;
    if (m) {
      cur = m.groups?.members || m.groups?.membersEn ? { members: true, lines: [sp] } : m.groups?.officers || m.groups?.officersEn ? { members: false, lines: [sp] } : undefined;
      if (cur) out.push(cur);
      continue;
    }
    // (Another field — 列席秘書：, 地點： — ends the list.)
    if (cur && sp.sen.heading && short(sp.s.trim()) && !ITEM.test(sp.s.trim()) && !FIELD.test(sp.s.trim())) cur.lines.push(sp);
    else cur = undefined;
  }
  return out;
}

/** The committee the minutes are of: a head line that is only a body's name (衞生事務委員會 over 特別會議紀要), the one
 *  nearest the list; not a body named in a field (地點：立法會綜合大樓). */
function committeeOf(spans: SentenceSpans[], first: SentenceSpans): string | undefined {
  const head = spans.filter((sp) => sp.sen.index < first.sen.index && sp.sen.index < 12);
  const named = head.filter((sp) => sp.sen.heading).map((sp) => {
    const bodies = sp.actors.filter((a) => a.label === 'Agency' && !a.asParent);
    const rest = bodies.reduce((t, a) => t.slice(0, a.start) + ' '.repeat(a.end - a.start) + t.slice(a.end), sp.s);
    return bodies.length === 1 && /^[\s\p{P}]*$/u.test(rest) ? bodies[0]!.id : undefined;
  });
  return named.filter((id) => id !== undefined).pop();
}

/** MEMBER_OF for the persons of attendance lists: members of the committee; officers of the body whose line heads them. */
export function attendanceMembers(spans: SentenceSpans[], persons: Array<{ id: string; sentence: Sentence }>, rels: Relation[]): void {
  const found = blocks(spans);
  if (found.length === 0) return;
  const committee = committeeOf(spans, found[0]!.lines[0]!);
  for (const b of found) {
    let body = b.members ? committee : undefined;
    for (const sp of b.lines) {
      if (!b.members) body = sp.actors.filter((a) => a.label === 'Agency' && !a.asParent).pop()?.id ?? body;
      if (!body) continue;
      for (const x of persons) if (x.sentence.index === sp.sen.index) edge(rels, 'MEMBER_OF', x.id, body, sp.sen.text, { rules: ['member.attendance-label'] });
    }
  }
}
