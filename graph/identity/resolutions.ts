// The analysts' judgements (graph/resolutions.json): pairs of local ids that are the same thing, different
// things, or unsure, with who decided and why. Applied at every load, so a "different" blocks a merge for good.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ROOT } from '../../config.ts';
import type { Resolution } from '../../loaders/identity/cluster.ts';

const ResolutionSchema = z.object({
  a: z.string().min(1),
  b: z.string().min(1),
  decision: z.enum(['same', 'different', 'unsure']),
  who: z.string().min(1),
  why: z.string().default(''),
  at: z.string().optional(),
});
const FileSchema = z.object({ resolutions: z.array(ResolutionSchema) });

/** RESOLUTIONS_FILE overrides the project's file (tests, a team's shared copy). */
export const resolutionsFile = (): string => process.env.RESOLUTIONS_FILE || path.join(ROOT, 'graph', 'resolutions.json');

/** The judgements on file (none when there is no file). A malformed file stops the load with its name and problem. */
export function readResolutions(file = resolutionsFile()): Resolution[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`${path.basename(file)}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${path.basename(file)}: not valid JSON.`);
  }
  const parsed = FileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path.basename(file)}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}.`);
  }
  return parsed.data.resolutions;
}

/** Records one judgement; a later judgement on the same pair replaces the earlier one. */
export function recordResolution(r: Resolution, file = resolutionsFile()): Resolution[] {
  const same = (x: Resolution) => (x.a === r.a && x.b === r.b) || (x.a === r.b && x.b === r.a);
  const list = [...readResolutions(file).filter((x) => !same(x)), r];
  fs.writeFileSync(file, `${JSON.stringify({ resolutions: list }, null, 2)}\n`);
  return list;
}
