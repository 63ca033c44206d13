// The frames of a document as facts: person ids, policy and licence entities, ISSUED, APPLIES_TO, GRANTED_TO.
import type { Entity, Relation } from '../../types.ts';
import type { PolicyFrame } from '../frames/types.ts';
import type { Knowledge } from '../gazetteer-source.ts';
import { entryFound } from '../mentions.ts';
import { CONNECT_SCHEME } from '../policies.ts';
import { scripts, type Found, type Registry } from '../registry.ts';
import { edge, morePrecise } from '../relations.ts';
import { resolvePersons, type PersonId } from '../resolve.ts';
import { ruleById } from '../rules/index.ts';
import { originalSpan, type Sentence } from '../sentences.ts';
import { agencyRegion, titleRegions, within } from '../spans/regions.ts';
import type { PersonAt } from '../spans/types.ts';

const HAN = /\p{Script=Han}/u;

/** Variants of one name become one person id; each person is registered under it. */
export function registerPersons(persons: PersonAt[], reg: Registry): { personIds: PersonId[]; personOf: (actor: string) => string } {
  const personIds = resolvePersons(persons.map((x) => x.p));
  persons.forEach((x, i) => {
    const id = personIds[i]!;
    reg.add({ id: id.id, label: 'Person', name: id.name, rule: 'span.person', ...(x.p.nameZh ? { nameZh: x.p.nameZh } : {}) }, x.sentence.text, x.sentence.index, x.p.name);
    // 卢宠茂 / 盧寵茂: the name in both scripts.
    const pe = reg.entities.get(id.id);
    // (And as written: 張啟楷's 啟 is not the 啓 that converting back gives.)
    if (pe && x.p.nameZh) for (const n of [...scripts(x.p.nameZh), originalSpan(x.sentence, x.p.start, x.p.end)]) if (HAN.test(n)) reg.alias(pe, n);
  });
  const personOf = (actorId: string): string => {
    const m = /^person-mention:(\d+)$/.exec(actorId);
    return m ? personIds[Number(m[1])]!.id : actorId;
  };
  return { personIds, personOf };
}

/** Policies and licences as entities with ISSUED, APPLIES_TO and GRANTED_TO; returns the entities by id. */
export function emitPolicies(found: PolicyFrame[], reg: Registry, rels: Relation[], K: Knowledge, personOf: (actor: string) => string, sentences: Sentence[]): Map<string, Entity> {
  const policyEntities = new Map<string, Entity>();
  const datedByMention = new Set<string>();
  const zones = composedZones(reg, K);
  for (const pf of found) {
    const issuers = pf.implied ? [] : pf.issuers.map(personOf);
    const e = policyEntity(pf, reg, datedByMention);
    policyEntities.set(pf.id, e);
    for (const who of issuers) edge(rels, 'ISSUED', who, pf.id, pf.sentence.text, { rules: pf.rules ?? ['frame.issue'], ...(pf.actDate ?? pf.date ? { date: pf.actDate ?? pf.date } : {}) });
    const { targets, derived } = appliesTo(pf, issuers, K, reg.entities.has(GBA), zones);
    if (pf.t.label === 'License') licenceHolders(pf, reg, rels, sentences);
    for (const r of new Set(targets)) {
      const re = K.byId.get(r);
      if (!re && !reg.entities.has(r)) continue;
      const rule = derived.has(r) ? ISSUER_REGION : 'frame.applies-to';
      if (re) reg.add(entryFound(re), pf.sentence.text, pf.sentence.index, undefined, rule);
      edge(rels, 'APPLIES_TO', pf.id, r, pf.sentence.text, { rules: [rule] });
    }
  }
  // An issuing stated without its date elsewhere (the body restating a dated headline) is the policy's issuing.
  for (const r of rels) {
    if (r.type !== 'ISSUED' || r.date) continue;
    const d = policyEntities.get(r.to)?.date;
    if (d) r.date = d;
  }
  return policyEntities;
}

/** `datedByMention`: ids whose date so far came from a frame that names no issuer (a licence counted, 1家企业取得《X》): the
 *  date of the act that issued it wins over it. */
function policyEntity(pf: PolicyFrame, reg: Registry, datedByMention: Set<string>): Entity {
  const f: Found = { id: pf.id, label: pf.t.label, name: pf.t.title, kind: pf.t.kind, rule: pf.rules?.[0] ?? pf.t.rule ?? 'span.title' };
  if (HAN.test(pf.t.title)) f.nameZh = pf.t.title;
  const e = reg.add(f, pf.sentence.text, pf.sentence.index, pf.t.title);
  const orig = originalSpan(pf.sentence, pf.t.start, pf.t.end).replace(/^[《"“]|[》"”]$/g, '');
  // (A licence named by its act on a product — X获批, X在港注册 — is not named by the product alone: a page's other licence
  // of that product, its registration elsewhere, is.)
  if (HAN.test(orig) && (pf.t.label !== 'License' || scripts(orig).includes(pf.t.title) || scripts(pf.t.title).includes(orig))) reg.alias(e, orig);
  for (const n of pf.shortNames ?? []) reg.alias(e, n);
  if (pf.t.label === 'Policy') {
    // A draft's bare title met later on the page stays the draft's name: the id was made a draft's.
    if (e.status !== 'draft') e.status = pf.t.status;
    if (pf.t.docNumber) e.docNumber = pf.t.docNumber;
  }
  // (2027年度…计划 names the year a programme runs, not the year it was put out.)
  // (…规范（2019年版）, "… (2019 Edition)": the edition's year.)
  const titleYear = /^((?:19|20)\d{2})(?:年(?!度)|\s+[A-Z])/.exec(pf.t.title)?.[1] ?? /(?: of|[A-Za-z)]) ((?:19|20)\d{2})$/.exec(pf.t.title)?.[1] ?? /[（(]((?:19|20)\d{2})\s*(?:年版|[Ee]dition)[)）]/.exec(pf.t.title)?.[1] ?? pf.t.year;
  const actOverMention = pf.t.label === 'License' && pf.issuers.length > 0 && datedByMention.has(pf.id);
  if (pf.date && (!e.date || morePrecise(pf.date, e.date) || actOverMention)) {
    e.date = pf.date;
    if (pf.issuers.length === 0) datedByMention.add(pf.id);
    else datedByMention.delete(pf.id);
  }
  else if (!e.date && titleYear) e.date = titleYear;
  // 国卫科教发〔2015〕48号: a document number carries the year the text was issued.
  else if (!e.date && pf.t.docNumber) e.date = /(?:〔|\/)((?:19|20)\d{2})(?:〕|号)/.exec(pf.t.docNumber)?.[1];
  if (!e.date) delete e.date;
  return e;
}

const GBA = 'region:zone/greater-bay-area';

/** 关于…建议的答复, 对…提案的复函, "Reply of X on Suggestion No. 12", "X's reply to …". */
const REPLY_TITLE = /(?:答复|答覆|复函|復函)(?:的函)?$|\breply\s+(?:of|to|on)\b/iu;
/** A country (region:US) or a territory with its own drug register. */
const REGISTERING_TERRITORY = /^region:(?:[A-Z]{2}|CN-(?:HK|MO|TW))$/;

/** The rule of an APPLIES_TO the page does not state: the issuer's own region (a national body's text applies to China). */
export const ISSUER_REGION = 'frame.applies-to.issuer-region';

/** Where it applies: places named in its title, else zones listed for it, else a foreign text's country, else its issuers'
 *  territory (`derived`: those taken from the issuers alone, not from the page's words). */
function appliesTo(pf: PolicyFrame, issuers: string[], K: Knowledge, gbaNamed: boolean, zones: Zone[]): { targets: string[]; derived: Set<string> } {
  const none = new Set<string>();
  const stated = (xs: string[]): { targets: string[]; derived: Set<string> } => ({ targets: xs, derived: none });
  // A cross-border scheme's title names the sides it joins, not where it applies: the Greater Bay Area (its mainland
  // cities hold the designated institutions), when the page names the Area.
  if (CONNECT_SCHEME.test(pf.t.title)) return stated([...new Set([...(gbaNamed ? [GBA] : []), ...(pf.zones ?? []), ...(pf.stated ?? [])])]);
  // A designation (纳入突破性治疗药物程序) is a step of the regulator's review, not a permission that holds in a place.
  if (pf.t.kind === 'designation') return stated([]);
  // A decision listed in a table permits its row's holder a project: the list does not say where it holds.
  if (pf.rules?.includes('grant.decision-table.zh')) return stated([]);
  const targets = titleTargets(pf.t.title, K, zones);
  if (targets.length === 0 && pf.zones && pf.zones.length > 0) targets.push(...pf.zones);
  if (targets.length === 0 && issuers.length === 0 && pf.foreign?.length === 1) targets.push(pf.foreign[0]!);
  if (targets.length > 0) return stated([...targets, ...(pf.stated ?? [])]);
  // An agreement's signers say who the sides are, not where it applies (a SAR's bureau and a national regulator).
  if (pf.t.kind === 'agreement' && new Set(issuers.map((who) => agencyRegion(who, K.byId))).size > 1) return stated([...(pf.stated ?? [])]);
  // A reply answers a deputy's suggestion: it sets nothing for the issuer's territory.
  if (pf.t.label === 'Policy' && REPLY_TITLE.test(pf.t.title)) return stated([...(pf.stated ?? [])]);
  for (const who of issuers) {
    const r = agencyRegion(who, K.byId);
    // A licence holds where its issuer registers products (a country, Hong Kong, Macao, Taiwan); a province's or a
    // city's licence permits one holder's site, not its issuer's whole territory.
    if (r && pf.t.label === 'License' && !REGISTERING_TERRITORY.test(r)) continue;
    // A national body's text applies to China too: gold never requires it, but the graph's region questions
    // (policies-for-region, CONTAINING scopes) find a city's national texts through it.
    if (r) targets.push(r);
  }
  // Joint issuers of a city and of a zone inside it: the text is the city's.
  const kept = targets.filter((r) => !targets.some((o) => o !== r && within(r, o, K.byId)));
  return { targets: [...kept, ...(pf.stated ?? [])], derived: new Set(kept.filter((r) => !pf.stated?.includes(r))) };
}

/** The places a title names, less those that only say where the next one is (海南自由贸易港博鳌乐城…先行区条例, "… Pilot Zone
 *  of Hainan Free Trade Port"): a place written right before another, or after "of" following it, locates it — the text is
 *  the inner place's. */
function titleTargets(title: string, K: Knowledge, zones: Zone[]): string[] {
  const targets = inZone(title, K, zones) ?? titleRegions(title, K);
  if (targets.length < 2) return targets;
  const places = K.lex.matchShort(title).flatMap((m) => m.entries.filter((e) => e.label === 'Region').slice(0, 1).map((e) => ({ id: e.id, start: m.start, end: m.end })));
  const locators = new Set<string>();
  for (let i = 0; i + 1 < places.length; i++) {
    const gap = title.slice(places[i]!.end, places[i + 1]!.start);
    if (/^\s*$/.test(gap)) locators.add(places[i]!.id);
    else if (/^\s+of\s+(?:the\s+)?$/i.test(gap)) locators.add(places[i + 1]!.id);
  }
  const kept = targets.filter((r) => !locators.has(r));
  return kept.length > 0 ? kept : targets;
}

/** A zone the page named that the gazetteer does not know (无锡高新区, composed from its city and kind). */
interface Zone { id: string; names: string[] }

function composedZones(reg: Registry, K: Knowledge): Zone[] {
  const out: Zone[] = [];
  for (const e of reg.entities.values()) {
    if (e.label !== 'Region' || !e.id.startsWith('region:zone/') || K.byId.has(e.id)) continue;
    out.push({ id: e.id, names: [e.name, ...(e.aliases ?? [])].filter((n) => n.length >= 4) });
  }
  return out;
}

/** 《无锡高新区…三年行动计划》: a title that opens with a zone the page named applies to the zone, not to the city whose
 *  name the zone's begins with. */
function inZone(title: string, K: Knowledge, zones: Zone[]): string[] | undefined {
  const z = zones.find((x) => x.names.some((n) => title.startsWith(n)));
  if (!z) return undefined;
  const len = Math.max(...z.names.filter((n) => title.startsWith(n)).map((n) => n.length));
  return [z.id, ...titleRegions(title.slice(len), K)];
}

/** Holder of a licence: the organisation it went to ("granted to X", 向X核发), its applicant or receiver
 *  (X申报的…, X收到…), or the owner of the approved product in any sentence approving it ("X's <product>"). */
function licenceHolders(pf: PolicyFrame, reg: Registry, rels: Relation[], sentences: Sentence[]): void {
  const sn = pf.sentence.norm;
  // The product's first word names it (the approval's span may run on into its use: "X-7 for knee pain").
  const product = /^approval of (\S{3,})/.exec(pf.t.title)?.[1];
  const approving = product ? sentences.filter((x) => x.norm.includes(product) && /\bapprov/i.test(x.norm)) : [];
  for (const [oid, oe] of reg.entities) {
    if (oe.label !== 'Organization') continue;
    const name = oe.nameZh ?? oe.name;
    const at = sn.indexOf(name);
    const lead = at < 0 ? '' : sn.slice(Math.max(0, at - 12), at);
    const after = at < 0 ? '' : sn.slice(at + name.length);
    const rule =
      at >= 0 && (/(?:向|为|给|授予)$/.test(lead) || /\b(?:to|holder|granted\s+to|issued\s+to)\s+(?:the\s+)?$/i.test(lead))
        ? 'frame.granted_to'
        : at >= 0 && ruleById('grant.holder-after.zh').pattern.test(after)
          ? 'grant.holder-after.zh'
          : product && approving.some((x) => ownsProduct(x.norm, oe.name, product))
            ? 'grant.holder-possessive.en'
            : undefined;
    if (rule) edge(rels, 'GRANTED_TO', pf.id, oid, pf.sentence.text, { rules: [rule] });
  }
}

/** "X's <product>" in the sentence. */
function ownsProduct(s: string, org: string, product: string): boolean {
  for (let at = s.indexOf(org); at >= 0; at = s.indexOf(org, at + 1)) {
    const m = ruleById('grant.holder-possessive.en').pattern.exec(s.slice(at + org.length));
    if (m && s.startsWith(product, at + org.length + m[0].length)) return true;
  }
  return false;
}
