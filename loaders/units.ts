// English head words of state bodies and of their units (Department, Bureau, Office …): one list, as loaders/posts.ts is
// for posts. Each rule takes the words it reads by name, so a word a rule needs is added here first (a word not in the
// list does not type-check).
export const UNIT_HEADS_EN = ['Department', 'Division', 'Section', 'Office', 'Bureau', 'Commission', 'Administration', 'Committee', 'Center', 'Centre', 'Institute', 'Secretariat', 'Unit', 'Team', 'Branch'] as const;
export type UnitHeadEn = (typeof UNIT_HEADS_EN)[number];

/** The regex source of some head words of the list: (?:A|B|…). */
export const unitHeadsEn = (...words: UnitHeadEn[]): string => `(?:${words.join('|')})`;
