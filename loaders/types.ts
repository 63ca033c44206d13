// What the loaders hand to the graph: one DocumentFacts per document, plain typed data.
// Ids are graph ids (GRAPH-MODEL.md); `evidence` is the sentence that states a thing.

export type EntityLabel = 'Agency' | 'Organization' | 'Person' | 'Region' | 'Policy' | 'Proposal' | 'License';

export type RelationType =
  | 'ISSUED'
  | 'PROPOSED'
  | 'APPLIES_TO'
  | 'SUPERSEDES'
  | 'IMPLEMENTS'
  | 'MEMBER_OF'
  | 'PART_OF'
  | 'JURISDICTION'
  | 'GRANTED_TO';

export type Language = 'en' | 'zh-Hans' | 'zh-Hant';

/** ISO 8601 at the precision the text gives: 2023, 2023-04 or 2023-04-25. */
export type PartialDate = string;

export interface Entity {
  id: string;
  label: EntityLabel;
  /** Canonical display name (English where known). For policies, the title. */
  name: string;
  /** Chinese name (Simplified) where known. */
  nameZh?: string;
  /** Other names met in the text or known in general: abbreviations, other script, variants. */
  aliases: string[];
  /** Free sub-type in lower case: guideline, province, regulator, company… */
  kind?: string;
  /** Agencies: national, provincial, municipal, district, foreign. */
  level?: string;
  /** Regions: ISO 3166 (countries, provinces) or GB/T 2260 code. */
  code?: string;
  /** Policies, proposals, licences: when issued or made. */
  date?: PartialDate;
  /** Policies: draft, trial or final. */
  status?: 'draft' | 'trial' | 'final';
  /** Policies: official document number, e.g. 国卫办科教发〔2015〕46号. */
  docNumber?: string;
  /** Proposals: where it was made, e.g. "CPPCC National Committee, 2024 session". */
  venue?: string;
  /** The sentence of this document that names it first. */
  evidence?: string;
  /** Ids of the extraction rules that found it (`facts --explain`). */
  rules?: string[];
}

export interface Relation {
  type: RelationType;
  from: string;
  to: string;
  date?: PartialDate;
  /** MEMBER_OF: the seat or post. */
  role?: string;
  /** The sentence of this document that states the fact. */
  evidence: string;
  /** Ids of the extraction rules that stated it. */
  rules?: string[];
}

/** Why two names became one id: the explainable half of entity resolution. */
export interface Merge {
  id: string;
  name: string;
  reason: string;
}

export interface DocumentFacts {
  /** Base name of the source file. */
  document: string;
  path: string;
  title: string;
  publishedOn?: PartialDate;
  language: Language;
  sha256: string;
  entities: Entity[];
  relations: Relation[];
  /** What was read but not cleanly (bytes replaced, a page cut at a depth): the load reports it. */
  warnings?: string[];
  merges: Merge[];
}
