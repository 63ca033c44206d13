// AppliesTo frames: where a text applies when its title names no place — zones listed after it (在A、B和C试点,
// "in the A …, B … and C Free Trade Port"), or the one foreign country its sentence is about.
import type { Knowledge } from '../gazetteer-source.ts';
import type { Mention } from '../mentions.ts';
import type { TitleMention } from '../policies.ts';
import { agencyRegion } from '../spans/regions.ts';

const HAN = /\p{Script=Han}/u;
const isZone = (m: Mention): boolean => m.found.label === 'Region' && /^region:(?:ftz|zone)\//.test(m.found.id);

/** Zones listed after 在 following a title in its sentence (在中国（北京）自由贸易试验区、…和海南自由贸易港). */
export function zonesAfter(s: string, t: TitleMention, mentions: Mention[]): string[] {
  if (!HAN.test(s.slice(t.end, t.end + 40))) {
    const listed = zoneList(s, t.end, mentions);
    return listed.length > 0 ? listed : placeAfterVerb(s, t, mentions);
  }
  const out: string[] = [];
  const zones = mentions.filter((m) => m.start >= t.end && isZone(m)).sort((a, b) => a.start - b.start);
  for (let at = s.indexOf('在', t.end); at >= 0 && out.length === 0; at = s.indexOf('在', at + 1)) {
    // (为落实《X》，决定在Y开展试点: the page's own decision, not X's place: document/passes.ts statedApplies.)
    if (s.slice(Math.max(0, at - 2), at) === '决定') continue;
    let pos = at + 1;
    for (const z of zones) {
      if (z.start < pos) continue;
      if (!/^(?:、|和|及|与|以及|，)?$/.test(s.slice(pos, z.start))) break;
      out.push(z.found.id);
      pos = z.end;
    }
  }
  return [...new Set(out)];
}

/** "X, which will be piloted in the Y Zone", "X applies to Z": the one place an apply or pilot verb after the title names. */
const APPLY_VERB_EN = /^[^.;]{0,80}?\b(?:appl(?:y|ies|ied)|(?:be|being|been|is|are|was|were)\s+(?:first\s+)?(?:piloted|trialled|trialed|tested|implemented|rolled\s+out)|pilots?|trials?)\s+(?:first\s+|only\s+|initially\s+)?(?:in|to|within|across|throughout)\s+(?:the\s+)?$/;
function placeAfterVerb(s: string, t: TitleMention, mentions: Mention[]): string[] {
  if (!/\b(?:appl|pilot|trial|tested|implemented|rolled)/.test(s.slice(t.end, t.end + 120))) return [];
  const place = mentions.filter((m) => m.start >= t.end && m.found.label === 'Region').sort((a, b) => a.start - b.start)
    .find((m) => APPLY_VERB_EN.test(s.slice(t.end, m.start)));
  return place ? [place.found.id] : [];
}

/** "… in the A Pilot Free Trade Zone, B … and C Free Trade Port": two or more zones listed after "in" (from `from`). */
export function zoneList(s: string, from: number, mentions: Mention[]): string[] {
  const zones = mentions.filter((m) => m.start >= from && isZone(m)).sort((a, b) => a.start - b.start);
  if (zones.length < 2) return [];
  for (const m of s.slice(from).matchAll(/\b(?:in|to|across)\s+(?:the\s+)?/g)) {
    let pos = from + m.index + m[0].length;
    const out: string[] = [];
    for (const z of zones) {
      if (z.start < pos) continue;
      if (!/^(?:,?\s*(?:and|or|as\s+well\s+as)\s+(?:the\s+)?|,\s*(?:the\s+)?)?$/.test(s.slice(pos, z.start))) break;
      out.push(z.found.id);
      pos = z.end;
    }
    if (out.length >= 2) return [...new Set(out)];
  }
  return [];
}

/** Foreign countries the sentence names (itself or through a body): where an issuer-less foreign text applies. */
export function foreignOf(s: string, t: TitleMention, mentions: Mention[], K: Knowledge): string[] {
  const foreign = new Set<string>();
  let nearest: string | undefined;
  for (const m of mentions) {
    const r = m.found.label === 'Region' ? (m.found.kind === 'country' ? m.found.id : undefined) : agencyRegion(m.found.id, K.byId);
    if (!r || r === 'region:CN' || !/^region:[A-Z]{2}$/.test(r)) continue;
    foreign.add(r);
    // "日本厚生劳动省依据《A》…，韩国国会通过《B》": the country named last before the title, in its clause.
    if (m.end <= t.start && !/[，；,;]/.test(s.slice(m.end, t.start).replace(/^[^，；,;]*$/, ''))) nearest = r;
  }
  return nearest && foreign.size > 1 ? [nearest] : [...foreign];
}
