// One document's facts written by hand for a test: entities default to Policy, relations to ISSUED.
import type { DocumentFacts, Entity, Relation } from '../loaders/types.ts';

export const handFacts = (name: string, entities: Partial<Entity>[], relations: Partial<Relation>[] = []): DocumentFacts => ({
  document: name,
  path: `/tmp/${name}`,
  title: name,
  language: 'en',
  sha256: '0',
  entities: entities.map((e) => ({ aliases: [], label: 'Policy', name: '', id: '', ...e }) as Entity),
  relations: relations.map((r) => ({ type: 'ISSUED', from: '', to: '', evidence: '', ...r }) as Relation),
  merges: [],
});
