// Which place a name means. The regions a document has named so far choose among same-named places, and a body
// named without its place ("the Municipal Health Commission") takes the nearest region named before it.
import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { Knowledge } from '../gazetteer-source.ts';
import type { LexMatch } from '../lexicon.ts';
import { bareZhNameStands } from '../mentions.ts';
import { toSimplified } from '../../read/script.ts';
import { COMPANY_TAIL_EN } from '../rules/fragments.ts';
import { COMPANY_SECTOR_ZH } from '../rules/spans.ts';

const SAR_OR_TAIWAN = /^region:CN-(?:HK|MO|TW)$/;
const SAR = /^region:CN-(?:HK|MO)$/;

/** The reading state of places: counts and order of the regions named so far in the document. */
export class RegionContext {
  /** How often each region has been named (a name inside a person's or organisation's name is taken back). */
  readonly counts = new Map<string, number>();
  private trail: GazetteerEntry[] = [];
  private sentence: { s: string; ms: LexMatch[] } | undefined;

  private pagePlaces: Set<string> | undefined;

  /** `page`: the document's whole text, read only when a name's places are left tied (see choose). */
  constructor(
    private readonly K: Knowledge,
    private readonly page: () => string = () => '',
  ) {}

  /** The sentence's names, matched once: kept for bodies named without their region. */
  match(s: string): LexMatch[] {
    this.sentence = { s, ms: this.K.lex.match(s) };
    this.together = coordinated(s, this.sentence.ms);
    return this.sentence.ms;
  }

  /** Regions of the current sentence named together with another of their kind ("Jiangsu and Anhui", 江苏、浙江). */
  private together = new Set<string>();
  /** Regions whose latest naming was together with another of their kind: no one place for a body named without one. */
  private readonly grouped = new Set<string>();

  /** Among same-named entries: the one inside a region the document names, else national, else a place. */
  readonly choose = (entries: GazetteerEntry[]): GazetteerEntry => {
    if (entries.length === 1) return entries[0]!;
    // "the Center for Drug Evaluation" in a Taiwan story: a name that Hong Kong's, Macao's or Taiwan's body shares with
    // another place's is that body's where the page is about its place.
    const placeOf = (e: GazetteerEntry): string | undefined => e.jurisdiction ?? e.home;
    const home = entries.some((e) => SAR_OR_TAIWAN.test(placeOf(e) ?? '')) ? this.pageHome() : undefined;
    const local = home ? entries.filter((e) => placeOf(e) === home) : [];
    if (local.length === 1) return local[0]!;
    // A name a body goes by only on its own place's pages (Taiwan's bare "Food and Drug Administration"): elsewhere the
    // other body of that name.
    const away = entries.filter((e) => !e.homeNames || placeOf(e) === home);
    if (away.length === 1 && away.length < entries.length) return away[0]!;
    let best = entries[0]!;
    let score = -1;
    const tied: GazetteerEntry[] = [];
    for (const e of entries) {
      let s = 0;
      // "Jilin" on a page about Jilin Province: the province named, not its same-named city inside it.
      const inTied = (id: string | null | undefined): boolean => !!id && entries.some((x) => x.id === id);
      if (e.partOf && this.counts.has(e.partOf) && !inTied(e.partOf)) s += 10;
      if (this.counts.has(e.id) && entries.some((x) => x.partOf === e.id)) s += 10;
      const parent = e.partOf ? this.K.byId.get(e.partOf) : undefined;
      if (parent?.partOf && this.counts.has(parent.partOf)) s += 5;
      if (e.label === 'Agency' && e.level === 'national') s += 2;
      if (e.kind === 'city' || e.kind === 'province' || e.kind === 'municipality' || e.kind === 'country') s += 1;
      if (s > score) {
        score = s;
        best = e;
        tied.length = 0;
      }
      if (s === score) tied.push(e);
    }
    return tied.length > 1 ? (this.placedBody(tied) ?? best) : best;
  };

  /** A name its one body goes by only on its own place's pages ("the Legislative Assembly", Macao's), met on another
   *  place's page: no one's there. */
  readonly awayName = (entries: GazetteerEntry[], surface: string): boolean => {
    const e = entries.length === 1 ? entries[0]! : undefined;
    const home = e?.homeNames?.some((n) => n.toLowerCase() === surface.toLowerCase()) ? (e.jurisdiction ?? e.home) : undefined;
    return !!home && this.pageHome() !== home;
  };

  /** Bodies of one name in different places (卫生署: Hong Kong's, Taiwan's former): the one whose place the page names.
   *  Only where Hong Kong, Macao or Taiwan is one of the places: their bodies share names with each other's. */
  private placedBody(tied: GazetteerEntry[]): GazetteerEntry | undefined {
    const places = tied.map((e) => e.jurisdiction);
    if (places.some((p) => !p) || new Set(places).size < tied.length || !places.some((p) => SAR_OR_TAIWAN.test(p!))) return undefined;
    // Hong Kong's or Macao's (a Macao page that mentions Hong Kong): the one the page is about.
    const sar = places.every((p) => SAR.test(p!)) ? this.pageSar() : undefined;
    const ofSar = sar ? tied.filter((e) => e.jurisdiction === sar) : [];
    if (ofSar.length === 1) return ofSar[0];
    const named = tied.filter((e) => (this.counts.get(e.jurisdiction!) ?? 0) > 0);
    if (named.length === 1) return named[0];
    this.pagePlaces ??= this.placesOf(this.page());
    const onPage = tied.filter((e) => this.pagePlaces!.has(e.jurisdiction!));
    return onPage.length === 1 ? onPage[0] : undefined;
  }

  private sar: { id: string | undefined } | undefined;
  /** Hong Kong or Macao when the page names it (or its bodies) more often than the other: whose "the Government" it is. */
  pageSar(): string | undefined {
    if (!this.sar) {
      const n = { 'region:CN-HK': 0, 'region:CN-MO': 0 } as Record<string, number>;
      for (const m of this.K.lex.match(this.page())) {
        const e = m.entries.length === 1 ? m.entries[0]! : undefined;
        const place = e?.label === 'Region' ? e.id : e?.jurisdiction;
        if (place && place in n) n[place]!++;
      }
      const [hk, mo] = [n['region:CN-HK']!, n['region:CN-MO']!];
      this.sar = { id: hk > mo ? 'region:CN-HK' : mo > hk ? 'region:CN-MO' : undefined };
    }
    return this.sar.id;
  }

  private home: { id: string | undefined } | undefined;
  /** Hong Kong, Macao or Taiwan when the page names it (places and bodies of one place) more often than any other
   *  place, the mainland's together. */
  private pageHome(): string | undefined {
    if (!this.home) {
      const n = new Map<string, number>();
      for (const m of this.K.lex.match(this.page())) {
        const e = m.entries.length === 1 ? m.entries[0]! : undefined;
        const place = e?.label === 'Region' ? e.id : e?.jurisdiction;
        if (!place?.startsWith('region:CN')) continue;
        const key = /^region:CN-(?:HK|MO|TW)/.exec(place)?.[0] ?? 'mainland';
        n.set(key, (n.get(key) ?? 0) + 1);
      }
      const [top, second] = [...n].sort((a, b) => b[1] - a[1]);
      this.home = { id: top && top[0] !== 'mainland' && (!second || top[1] > second[1]) ? top[0] : undefined };
    }
    return this.home.id;
  }

  /** The places a text names: regions, and the jurisdiction of bodies that have one name only (医务卫生局 → Hong Kong). */
  private placesOf(text: string): Set<string> {
    const out = new Set<string>();
    for (const m of this.K.lex.match(text)) {
      if (m.entries.length !== 1) continue;
      const e = m.entries[0]!;
      const place = e.label === 'Region' ? e.id : e.jurisdiction;
      if (place) out.add(place);
    }
    return out;
  }

  /** Nearest region named earlier in sentence `s`, else the last one (not a country) named in the document. */
  /** The region in context before `before`: the last one named (of the given kinds, when a level word asks for them). */
  contextOf(s: string): (before: number, kinds?: readonly string[]) => GazetteerEntry | undefined {
    // "Jiangsu and Anhui … the provincial drug regulator": two places named together leave the body neither's.
    // (Asked at a level first, "the provincial …", and left to no one so: no place of another level after it either.)
    let blocked = -1;
    const one = (r: GazetteerEntry | undefined, before: number): GazetteerEntry | undefined => {
      if (!r || !this.grouped.has(r.id)) return r;
      blocked = before;
      return undefined;
    };
    return (before, kinds) => {
      const last = this.lastRegionBefore(s, before);
      if (last && this.together.has(last.id) && (!kinds || kinds.includes(last.kind))) {
        blocked = before;
        return undefined;
      }
      if (!kinds) return blocked === before ? undefined : last ?? one(this.trail.findLast((r) => r.kind !== 'country'), before);
      return last && kinds.includes(last.kind) ? last : one(this.trail.findLast((r) => kinds.includes(r.kind)), before);
    };
  }

  named(id: string): void {
    if (this.together.has(id)) this.grouped.add(id);
    else this.grouped.delete(id);
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    const entry = this.K.byId.get(id);
    if (entry) this.trail.push(entry);
  }

  /** A region named only inside another name: one mention fewer; how many are left. Named nowhere else, it is no
   *  place in context ("Zhongshan Hospital … the municipal health commission" is not Zhongshan's). */
  unnamed(id: string): number {
    const n = (this.counts.get(id) ?? 1) - 1;
    this.counts.set(id, n);
    if (n <= 0) this.trail = this.trail.filter((r) => r.id !== id);
    return n;
  }

  readonly startsWithPlace = (name: string): boolean => startsWithPlace(this.K, name);

  private lastRegionBefore(text: string, pos: number): GazetteerEntry | undefined {
    if (this.sentence?.s !== text) this.sentence = { s: text, ms: this.K.lex.match(text) };
    const ms = this.sentence.ms.filter((m) => m.end <= pos && m.entries.some((e) => e.label === 'Region'));
    const last = ms[ms.length - 1];
    return last ? this.choose(last.entries.filter((e) => e.label === 'Region')) : undefined;
  }
}

const JOINED = /^\s*(?:[,，、]\s*(?:and\s+|or\s+)?|and\s+|or\s+|和|与|及|以及)\s*$/;

/** Regions of one kind written side by side in a list ("Jiangsu and Anhui", "Shandong, Henan and Hebei", 江苏、浙江). */
function coordinated(s: string, ms: LexMatch[]): Set<string> {
  const out = new Set<string>();
  const regions = ms.flatMap((m) => {
    const e = m.entries.find((x) => x.label === 'Region');
    return e ? [{ e, start: m.start, end: m.end }] : [];
  });
  for (let i = 0; i + 1 < regions.length; i++) {
    const [a, b] = [regions[i]!, regions[i + 1]!];
    const gap = s.slice(a.end, b.start);
    if (a.e.id === b.e.id || a.e.kind !== b.e.kind || !JOINED.test(gap)) continue;
    out.add(a.e.id);
    out.add(b.e.id);
  }
  return out;
}

/** A name that opens with a place's name ("Shanghai …", "上海…"). */
export function startsWithPlace(K: Knowledge, name: string): boolean {
  return K.lex.matchShort(name.slice(0, 12)).some((m) => m.start === 0 && m.entries.some((e) => e.label === 'Region'));
}

export const regionKey = (id: string): string => id.replace(/^region:/, '').toLowerCase();

/** Region a lies inside region b (following PART_OF up the gazetteer). */
export function within(a: string, b: string, byId: Map<string, GazetteerEntry>): boolean {
  let cur = byId.get(a)?.partOf;
  for (let i = 0; cur && i < 8; i++) {
    if (cur === b) return true;
    cur = byId.get(cur)?.partOf;
  }
  return false;
}

const agencyRegions = new WeakMap<Map<string, GazetteerEntry>, Map<string, string | undefined>>();
/** Region an agency id belongs to: agency:cn-bj/… → region:CN-BJ; national → region:CN (once per id). */
export function agencyRegion(agencyId: string, byId: Map<string, GazetteerEntry>): string | undefined {
  let known = agencyRegions.get(byId);
  if (!known) agencyRegions.set(byId, (known = new Map()));
  if (known.has(agencyId)) return known.get(agencyId);
  const r = regionOfAgency(agencyId, byId);
  if (known.size > 50_000) known.clear();
  known.set(agencyId, r);
  return r;
}

function regionOfAgency(agencyId: string, byId: Map<string, GazetteerEntry>): string | undefined {
  const e = byId.get(agencyId);
  if (e?.jurisdiction) return e.jurisdiction;
  const m = /^agency:([^/]+(?:\/[^/]+)?)\//.exec(agencyId);
  if (!m) return undefined;
  const seg = m[1]!;
  const candidates = [seg.split('/')[0]!, seg];
  for (const c of candidates.reverse()) {
    const rid = c.startsWith('ftz') || c.startsWith('zone') ? `region:${c}` : `region:${c.toUpperCase()}`;
    if (byId.has(rid)) return rid;
  }
  if (seg.startsWith('cn/') || seg === 'cn') return 'region:CN';
  return undefined;
}

const ORIGIN_AFTER_PLACE = /^\.?-(?:made|based|developed|listed|headquartered|manufactured|produced|sourced)\b/;
// A company named from its city ("Wuhan Linde Biotech's CAR-T", "QL-11 of Guangzhou Qiling Bio", 重庆精准生物的CAR-T): the
// place says where the company is, not where an approval of its product applies. English: up to three capitalised words
// and a company word closing the name (then a possessive or no further capitalised word); Chinese: a short name closed by
// a sector word, then 的 (a sector word right after the place is the place's industry: 上海生物医药的…).
// (A name cut at its legal form's first word, "… Gene Technology Co", still ends there.)
const COMPANY_AFTER_PLACE_EN = new RegExp(String.raw`^(?:[\s-]+[A-Z][\w-]*){0,4}?\s+(?:${COMPANY_TAIL_EN}|Co\.?|Company)(?:['’]|(?![\w-]|\.?\s+[A-Z]))`);
const COMPANY_AFTER_PLACE_ZH = new RegExp(`^(?!${COMPANY_SECTOR_ZH})\\p{Script=Han}{1,4}?${COMPANY_SECTOR_ZH}的`, 'u');

/** Regions (not China itself) named inside a title: where the text applies. */
export function titleRegions(title: string, K: Knowledge): string[] {
  const out: string[] = [];
  // 关于转发《Y》的通知: the places of the text forwarded are not the forwarding notice's.
  // 深圳某某有限公司药品生产许可证: a company's name says where the company is, not where the text applies.
  const t = title.replace(/《[^《》]*》|\p{Script=Han}+?(?:有限责任公司|有限責任公司|有限公司)/gu, (q) => '　'.repeat(q.length));
  const ms = K.lex.matchShort(t);
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    // "a U.S.-made product": where the product comes from.
    if (ORIGIN_AFTER_PLACE.test(t.slice(m.end))) continue;
    if (COMPANY_AFTER_PLACE_EN.test(t.slice(m.end, m.end + 80)) || COMPANY_AFTER_PLACE_ZH.test(toSimplified(t.slice(m.end, m.end + 12)))) continue;
    // A minor place's bare two characters are a word as often (安宁疗护, 合作备忘录): as in prose, only set apart.
    if (m.end - m.start <= 2 && !bareZhNameStands(t, m, ms[k - 1], ms[k + 1])) continue;
    const e = m.entries.find((x) => x.label === 'Region');
    if (e && e.id !== 'region:CN') out.push(e.id);
  }
  return out;
}
