// The entities of one document as they are found: one record per id, names gathered as aliases.
import type { Entity, EntityLabel } from '../types.ts';
import { toSimplified, toTraditional } from '../read/script.ts';

const HAN = /\p{Script=Han}/u;

export interface Found {
  id: string;
  label: EntityLabel;
  name: string;
  nameZh?: string;
  aliases?: string[];
  kind?: string;
  level?: string;
  code?: string;
}

/** Both scripts of a Chinese name (the graph and the scorer compare names literally). */
export function scripts(name: string): string[] {
  if (!HAN.test(name)) return [name];
  const simp = toSimplified(name);
  return [...new Set([name, simp, toTraditional(simp)])];
}

export class Registry {
  readonly entities = new Map<string, Entity>();
  /** Sentence index of first mention, for ordering and evidence. */
  readonly firstSeen = new Map<string, number>();

  add(f: Found, evidence: string, sentence: number, surface?: string): Entity {
    let e = this.entities.get(f.id);
    if (!e) {
      e = { id: f.id, label: f.label, name: f.name, aliases: [], evidence };
      if (f.nameZh) e.nameZh = f.nameZh;
      if (f.kind) e.kind = f.kind;
      if (f.level) e.level = f.level;
      if (f.code) e.code = f.code;
      this.entities.set(f.id, e);
      this.firstSeen.set(f.id, sentence);
    } else if (!e.nameZh && f.nameZh) e.nameZh = f.nameZh;
    const names = [...(f.aliases ?? []), ...(f.nameZh ? scripts(f.nameZh) : []), ...(surface ? scripts(surface) : [])];
    for (const n of names) this.alias(e, n);
    return e;
  }

  alias(e: Entity, n: string): void {
    const t = n.trim();
    if (!t || t === e.name || e.aliases.includes(t)) return;
    e.aliases.push(t);
  }
}
