// The gazetteer's record shapes (re-exported by index.ts, the module's public face).

export type AgencyLevel = 'national' | 'provincial' | 'municipal' | 'district' | 'foreign';

export interface GazetteerEntry {
  /** Graph id: region:CN-GD, region:CN-440300, region:US, region:ftz/guangdong, agency:cn/nmpa/cde, agency:us/fda … */
  id: string;
  label: 'Agency' | 'Region' | 'Organization';
  /** Canonical English name. */
  name: string;
  /** Simplified Chinese name. */
  nameZh?: string;
  /** Abbreviations, variant English names, Chinese short forms (Simplified and Traditional). */
  aliases: string[];
  /** province, municipality, city, district, free_trade_zone, ministry, regulator, centre … */
  kind: string;
  /** Agencies only. */
  level?: AgencyLevel;
  /** Regions: ISO 3166-1 / 3166-2 for countries and provinces, GB/T 2260 below. */
  code?: string;
  /** PART_OF parent id (agency → parent agency; region → containing region). */
  partOf?: string;
  /** Agencies: the region id they govern. */
  jurisdiction?: string;
  /** Organisations whose name another place's body shares (Taiwan's CDE): their place, read only to tell which one a
   *  page means (extract/spans/regions.ts choose); no JURISDICTION of theirs. */
  home?: string;
  /** Names (among the aliases) the body goes by only on its own place's pages: Taiwan's bare "Food and Drug
   *  Administration" is the U.S. FDA's name elsewhere (extract/spans/regions.ts choose). */
  homeNames?: string[];
  /** Bodies in time (GRAPH-MODEL.md): the body bore this name from / until (ISO partial dates, inclusive). */
  validFrom?: string;
  validTo?: string;
  /** The body that took over its role when it was reorganised (a SUCCEEDED_BY edge). */
  succeededBy?: string;
}

/**
 * How a region takes part in composed body names (internal to the gazetteer, not stored in the graph).
 * cls decides the level and the words: Guangdong *Provincial*, Beijing *Municipal*, Nanshan District.
 */
export type RegionClass =
  | 'country'
  | 'province'
  | 'municipality'
  | 'autonomous_region'
  | 'sar'
  | 'taiwan'
  | 'city'
  | 'prefecture'
  | 'county_city'
  | 'district'
  | 'county'
  | 'zone';

export interface RegionMeta {
  id: string;
  cls: RegionClass;
  /** English name as it starts composed names: Guangdong, Beijing, Guangxi Zhuang Autonomous Region, Nanshan District. */
  enCompose: string;
  /** Shorter English names also seen in composed names: Guangxi, Nanshan. */
  enShort: string[];
  /** Full Chinese name: 广东省, 深圳市, 南山区. */
  zh?: string;
  /** Bare Chinese name used in composed short forms: 广东, 深圳 (not for districts: too ambiguous). */
  zhShort?: string;
}
