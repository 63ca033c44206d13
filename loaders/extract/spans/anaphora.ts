// 该局 / "the administration": a body named by its head word alone is the latest body of that kind named before it
// (in this sentence or the three before), so a clause about it has its issuer even across a sentence boundary.
import type { Registry } from '../registry.ts';
import { globalPattern } from '../rules/index.ts';
import type { Actor } from './types.ts';

const WINDOW = 3;
/** Which written heads (Chinese) or name words (English) a head word stands for. */
const ZH_HEADS: Record<string, RegExp> = { 委: /(?:委|委员会)$/, 委员会: /委员会$/, 局: /局$/, 厅: /厅$/, 部: /部$/, 署: /署$/, 办: /(?:办|办公厅|办公室)$/, 院: /院$/, 中心: /中心$/ };
const EN_WORD: Record<string, RegExp> = { centre: /\bCent(?:er|re)\b/, center: /\bCent(?:er|re)\b/ };

// A short name in brackets right after a body's name: （管理局）, （以下简称“药审中心”）.
// Initials too: "the Ocean Affairs Council (OAC)".
const SHORT_NAME_AFTER = /\s*\(\s*(?:以下简称|下称|简称)?\s*[“"]?(\p{Script=Han}{2,8}|[A-Z]{2,8})[”"]?\s*\)/uy;

interface Named { id: string; written: string; name: string; kind?: string; sentence: number }

export class BodyAnaphora {
  private named: Named[] = [];
  /** Short names the page defined for bodies right after their names. */
  private readonly shortNames = new Map<string, string>();
  /** The latest organisation of each head word (协会, 学会, 联盟) named on the page. */
  private readonly orgsByHead = new Map<string, string>();
  /** The page's first bodies (site header, headline): who 我委 / 本局 is. */
  private readonly first: Named[] = [];

  /** `sarGovernment`: the government of the SAR the page is about, if it is about one ("the Government"). */
  constructor(private readonly sarGovernment: () => string | undefined = () => undefined) {}

  /** Where the sentence writes a short name the page gave a body before (國科會 after 國家科學及技術委員會（國科會）). */
  shortNamesIn(s: string): Array<{ id: string; start: number; end: number }> {
    const out: Array<{ id: string; start: number; end: number }> = [];
    for (const [short, id] of this.shortNames) {
      for (let at = s.indexOf(short); at >= 0; at = s.indexOf(short, at + short.length)) if (standsAlone(s, at, short)) out.push({ id, start: at, end: at + short.length });
    }
    return out;
  }

  /** Actors for the sentence's anaphors; then notes the sentence's bodies as antecedents for those after it. */
  read(s: string, sentence: number, actors: Actor[], reg: Registry, known: (id: string) => boolean = () => false): Actor[] {
    const out: Actor[] = [...this.selves(s, actors, known), ...this.sarGovernments(s, actors)];
    out.push(...this.headWords(s, sentence, actors, reg));
    // 藥劑業及毒藥管理局（管理局）… 取得管理局批准: a short name the page gave a body stands for it in later sentences.
    for (const n of this.shortNamesIn(s)) if (![...actors, ...out].some((a) => n.start < a.end && n.end > a.start)) out.push({ ...n, label: 'Agency' });
    this.noteShortNames(s, actors);
    out.push(...this.ownHeads(s, [...actors, ...out], reg));
    for (const a of actors) {
      const n = this.toNamed(a, s, sentence, reg);
      if (n) this.named.push(n);
      // (A foundation in the site header writes 本中心 too: the page's first bodies may be organisations.)
      const own = n ?? (a.label === 'Organization' ? this.toNamed(a, s, sentence, reg, true) : undefined);
      if (own && sentence < 6 && this.first.length < 4) this.first.push(own);
    }
    if (this.named.length > 64) this.named = this.named.slice(-32);
    return out;
  }

  /** 我委, 本局, 我委办公厅: the page's own body (its first bodies), or its general office when the gazetteer knows one. */
  private selves(s: string, actors: Actor[], known: (id: string) => boolean): Actor[] {
    const out: Actor[] = [];
    for (const m of /[我本](?:[委局厅部署]|中心)/.test(s) ? s.matchAll(globalPattern('span.body.self')) : []) {
      const self = this.first.find(zhFits(m.groups!.head!));
      const office = self && m.groups!.office ? `${self.id}/general-office` : undefined;
      const id = office && known(office) ? office : m.groups!.office ? undefined : self?.id;
      if (id && !actors.some((a) => m.index < a.end && m.index + m[0].length > a.start)) out.push({ id, start: m.index, end: m.index + m[0].length, label: id.startsWith('org:') ? 'Organization' : 'Agency' });
    }
    return out;
  }

  /** "the Government" (特区政府) on a page about a SAR: its government. */
  private sarGovernments(s: string, actors: Actor[]): Actor[] {
    const out: Actor[] = [];
    const sarRule = /Government/.test(s) ? 'span.body.sar-government.en' : s.includes('政府') ? 'span.body.sar-government.zh' : undefined;
    for (const m of sarRule ? s.matchAll(globalPattern(sarRule)) : []) {
      const id = actors.some((a) => m.index < a.end && m.index + m[0].length > a.start) ? undefined : this.sarGovernment();
      if (id) out.push({ id, start: m.index, end: m.index + m[0].length, label: 'Agency' });
    }
    return out;
  }

  /** 该局, "the administration": the latest body of that head word named before it (this sentence or the WINDOW before). */
  private headWords(s: string, sentence: number, actors: Actor[], reg: Registry): Actor[] {
    const out: Actor[] = [];
    if (!/该|\b[Tt]he\s+(?:adm|com|min|bur|cen|dep|cou|reg|boa|aut|Adm|Man)/.test(s)) return out;
    const here = (before: number): Named[] => [
      ...this.named.filter((n) => n.sentence >= sentence - WINDOW),
      ...actors.filter((a) => a.end <= before).map((a) => this.toNamed(a, s, sentence, reg)).filter((n): n is Named => n !== undefined),
    ];
    for (const m of s.matchAll(globalPattern('span.body.anaphor'))) {
      const start = m.index;
      const end = start + m[0].length;
      if (actors.some((a) => start < a.end && end > a.start)) continue;
      const fits = m.groups?.zh ? zhFits(m.groups.zh.slice(1)) : enFits(m.groups!.en!);
      // A zone's committee is named so once and referred to far down the page.
      const pool = m.groups?.en && /Committee/.test(m.groups.en) ? [...this.named, ...here(start)] : here(start);
      const antecedent = pool.filter(fits).pop();
      if (antecedent) out.push({ id: antecedent.id, start, end, label: 'Agency' });
    }
    return out;
  }

  /** A short name in brackets right after an agency's name (（管理局）, "(OAC)"): the page's name for it from here on. */
  private noteShortNames(s: string, actors: Actor[]): void {
    for (const a of s.includes('(') ? actors : []) {
      if (a.label !== 'Agency' || a.asParent) continue;
      SHORT_NAME_AFTER.lastIndex = a.end;
      const short = SHORT_NAME_AFTER.exec(s)?.[1];
      if (short && !this.shortNames.has(short)) this.shortNames.set(short, a.id);
    }
  }

  /**
   * 协会批准发布…, 本会: an association, society or alliance named by its head word alone is the one of that head the page
   * named (the latest); the organisations named so far are noted here.
   */
  private ownHeads(s: string, taken: Actor[], reg: Registry): Actor[] {
    const out: Actor[] = [];
    for (const m of ORG_HEAD_ALONE.test(s) ? s.matchAll(ORG_HEAD_ALONE_G) : []) {
      const start = m.index + m[0].length - m.groups!.word!.length;
      const end = m.index + m[0].length;
      const id = this.orgsByHead.get(m.groups!.head!);
      if (id && !taken.some((a) => start < a.end && end > a.start)) out.push({ id, start, end, label: 'Organization' });
    }
    for (const a of taken) {
      const head = a.label === 'Organization' ? ORG_HEAD_END.exec(reg.entities.get(a.id)?.nameZh ?? '')?.[0] : undefined;
      if (head) this.orgsByHead.set(head, a.id);
    }
    return out;
  }

  private toNamed(a: Actor, s: string, sentence: number, reg: Registry, organisation = false): Named | undefined {
    if (a.label !== (organisation ? 'Organization' : 'Agency') || a.asParent) return undefined;
    const e = reg.entities.get(a.id);
    return e ? { id: a.id, written: s.slice(a.start, a.end), name: `${e.name} ${e.nameZh ?? ''}`, ...(e.kind ? { kind: e.kind } : {}), sentence } : undefined;
  }
}

// A head word alone after a clause's edge, before a verb or a unit (协会批准发布, 经本会审议, 联盟秘书处): the page's one.
const ORG_HEAD_ALONE_G = /(?:^|[\s，,。；;：:、(由经和与及])(?<word>本?(?<head>协会|学会|联盟|商会|基金会))(?=\p{Script=Han})/gu;
const ORG_HEAD_ALONE = new RegExp(ORG_HEAD_ALONE_G.source, 'u');
const ORG_HEAD_END = /(?:协会|学会|联盟|商会|基金会)$/u;

/** Initials written as a word of their own (OAC, not OACS); a Chinese short name anywhere. */
const standsAlone = (s: string, at: number, short: string): boolean =>
  !/^[A-Z]/.test(short) || (!/[A-Za-z0-9]/.test(s.charAt(at - 1)) && !/[A-Za-z0-9]/.test(s.charAt(at + short.length)));

const zhFits = (head: string) => (n: Named): boolean => ZH_HEADS[head]!.test(n.written) || ZH_HEADS[head]!.test(n.name.trim());
const enFits = (word: string) => (n: Named): boolean =>
  word === 'regulator' ? n.kind === 'regulator' : (EN_WORD[word] ?? new RegExp(`\\b${word}\\b`, 'i')).test(n.name);
