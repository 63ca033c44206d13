// The graph's constraints and indexes, created idempotently (IF NOT EXISTS) on start.
import type { Driver } from 'neo4j-driver';
import { POLICY_KINDS } from '../loaders/kinds.ts';

export { POLICY_KINDS };
const NODE_LABELS = ['Document', 'Actor', 'Agency', 'Organization', 'Person', 'Region', 'Policy', ...POLICY_KINDS, 'Proposal', 'License'] as const;

export const FULLTEXT_INDEX = 'nameSearch';

function schemaStatements(): string[] {
  const unique = NODE_LABELS.map((l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`);
  return [
    ...unique,
    // (:Meta {id: 'reference'}) keeps the hash of the loaded reference data (graph/reference.ts).
    'CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (n:Meta) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX policy_issuedOn IF NOT EXISTS FOR (n:Policy) ON (n.issuedOn)',
    'CREATE INDEX policy_kind IF NOT EXISTS FOR (n:Policy) ON (n.kind)',
    'CREATE INDEX policy_status IF NOT EXISTS FOR (n:Policy) ON (n.status)',
    'CREATE INDEX policy_title IF NOT EXISTS FOR (n:Policy) ON (n.title)',
    'CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)',
    'CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name)',
    'CREATE INDEX region_kind IF NOT EXISTS FOR (n:Region) ON (n.kind)',
    'CREATE INDEX document_sha IF NOT EXISTS FOR (n:Document) ON (n.sha256)',
    // Which Document a file is (walk.ts originOf), whatever id it was given.
    'CREATE INDEX document_origin IF NOT EXISTS FOR (n:Document) ON (n.origin)',
    // CJK bigrams make Chinese names searchable; Latin text is tokenised and lower-cased as usual.
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Agency|Organization|Person|Region|Policy|Proposal|License) ` +
      "ON EACH [n.name, n.nameZh, n.title, n.titleZh, n.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
  ];
}

export async function ensureSchema(driver: Driver): Promise<void> {
  for (const statement of schemaStatements()) await driver.executeQuery(statement);
  await driver.executeQuery('CALL db.awaitIndexes(300)');
}

interface SchemaState {
  constraints: string[];
  indexes: { name: string; type: string; state: string }[];
  missing: string[];
}

export async function schemaState(driver: Driver): Promise<SchemaState> {
  const c = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
  const i = await driver.executeQuery("SHOW INDEXES YIELD name, type, state WHERE type <> 'LOOKUP' RETURN name, type, state ORDER BY name");
  const constraints = c.records.map((r) => r.get('name') as string);
  const indexes = i.records.map((r) => ({ name: r.get('name') as string, type: r.get('type') as string, state: r.get('state') as string }));
  const have = new Set([...constraints, ...indexes.map((x) => x.name)]);
  const missing = schemaStatements()
    .map((s) => /(?:CONSTRAINT|INDEX) (\w+) IF/.exec(s)?.[1] ?? '')
    .filter((n) => n && !have.has(n));
  return { constraints, indexes, missing };
}
