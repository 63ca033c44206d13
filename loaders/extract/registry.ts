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
  /** The rule that found this mention. */
  rule?: string;
}

/** Both scripts of a Chinese name (the graph and the scorer compare names literally). */
const scriptCache = new Map<string, string[]>();
export function scripts(name: string): string[] {
  if (!HAN.test(name)) return [name];
  let out = scriptCache.get(name);
  if (!out) {
    const simp = toSimplified(name);
    out = [...new Set([name, simp, toTraditional(simp)])];
    if (scriptCache.size > 50_000) scriptCache.clear();
    scriptCache.set(name, out);
  }
  return out;
}

/** A key for organisation ids that does not depend on script. */
export function orgKey(name: string): string {
  return HAN.test(name) ? scripts(name)[1] ?? name : name.replace(/^the\s+/i, '').replace(/,?\s*(?:Co\.,?\s*Ltd\.?|Inc\.?|LTD\.?)$/i, '');
}

/** The rule of a place read only inside a body's name (北京市药品监督管理局 names no place of its own). */
export const IN_BODY_NAME = 'span.region-in-body-name';

export class Registry {
  readonly entities = new Map<string, Entity>();
  /** Sentence index of first mention, for ordering and evidence. */
  readonly firstSeen = new Map<string, number>();
  /** Ids met so far only inside a body's name (IN_BODY_NAME). */
  private readonly insideOnly = new Set<string>();

  /** Met only inside a body's name: no entity of the page unless a fact needs it. */
  onlyInsideNames(id: string): boolean {
    return this.insideOnly.has(id);
  }

  add(f: Found, evidence: string, sentence: number, surface?: string, rule = f.rule): Entity {
    let e = this.entities.get(f.id);
    if (rule === IN_BODY_NAME && !e) this.insideOnly.add(f.id);
    else if (rule !== IN_BODY_NAME) this.insideOnly.delete(f.id);
    if (!e) {
      e = { id: f.id, label: f.label, name: f.name, aliases: [], evidence };
      if (f.nameZh) e.nameZh = f.nameZh;
      if (f.kind) e.kind = f.kind;
      if (f.level) e.level = f.level;
      if (f.code) e.code = f.code;
      this.entities.set(f.id, e);
      this.firstSeen.set(f.id, sentence);
      for (const n of f.aliases ?? []) this.alias(e, n);
      if (f.nameZh) this.alias(e, f.nameZh);
    } else if (!e.nameZh && f.nameZh) e.nameZh = f.nameZh;
    if (rule && !e.rules?.includes(rule)) (e.rules ??= []).push(rule);
    // Surfaces come from the Simplified matching text; callers add the original-script form themselves.
    if (surface) this.alias(e, surface);
    return e;
  }

  private readonly names = new Map<string, Set<string>>();

  seen(e: Entity, n: string): boolean {
    return this.names.get(e.id)?.has(n.trim()) ?? false;
  }

  alias(e: Entity, n: string): void {
    const t = n.trim();
    let set = this.names.get(e.id);
    if (!set) this.names.set(e.id, (set = new Set(e.aliases)));
    if (!t || t === e.name || set.has(t)) return;
    set.add(t);
    e.aliases.push(t);
  }
}
