// Grant frames in one sentence: who approved which product (a licence per act), from the rules in rules/grants.ts.
import { gazetteer } from '../gazetteer/index.ts';
import { globalPattern, ruleById } from './rules/index.ts';
import { APPROVE_EN, APPROVE_WORDS_EN, COMPANY_TAIL_EN, COUNT_ZH, GIVE_EN, GRANT_WORDS_EN, HAVE_EN, PERMIT_VERB_ZH, PRODUCT_CODE_EN, wordsEn } from './rules/fragments.ts';

const PERMIT_VERB = new RegExp(PERMIT_VERB_ZH);
/** A Chinese sentence that may state a grant: an approving or a permit's verb. */
const GRANT_VERB_ZH = new RegExp(`批准|核准|默示许可|临床试验许可|(?:纳入|列入|认定为)(?=突破性|优先审评|附条件|特别审批)|同意(?:其|该产品)?开展|(?:查核|检查|核查|认证|审查|评审)[，,]\\s*(?:并)?(?:取得|获得|获颁|获发)|${PERMIT_VERB_ZH}`);

export interface GrantActor {
  id: string;
  start: number;
  end: number;
  label: string;
}

export interface Grant {
  /** Span of the product in the sentence (where the licence is named). */
  start: number;
  end: number;
  product: string;
  /** The licence's display name: "approval of X", X批准上市. */
  name: string;
  issuers: string[];
  /** Where the act's verb is (dates before it belong to it). */
  verbAt: number;
  /** The product is a description ("its first stem cell therapy"), not a name. */
  generic: boolean;
  /** The product is the one just named ("approved the IND on March 4"). */
  anaphoric?: boolean;
  /** An act on the product other than its approval (a designation: 纳入突破性治疗药物程序): a licence of its own. */
  act?: string;
  rule: string;
}

const HAN = /\p{Script=Han}/u;
// The passive pattern backtracks over the words before its verb: run it only where "was approved by" is.
const PASSIVE_HINT_EN = new RegExp(`\\b(?:was|were|been|is|are|got|gets|won)\\s+(?:\\w+ly\\s+)?(?:(?:${APPROVE_WORDS_EN})\\s+(?:for\\s+(?:registration|marketing|sale|import)\\s+)?(?:in\\s+(?:the\\s+)?[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)?\\s+)?by|converted|upgraded)\\b`, 'i');
/** A sentence that may state an English grant: an approving verb or noun, or a licence given or received. */
const GRANT_HINT_EN = new RegExp(`${APPROVE_WORDS_EN}|${GRANT_WORDS_EN}|clearance|approval|designation|(?:included|placed|admitted|enrolled|entered)\\s+(?:in|into|to)\\s+(?:the\\s+|its\\s+|a\\s+)?(?:breakthrough|priority|conditional|special|accelerated|fast)`, 'i');
// Between the approving body and its verb: "(NMPA)", "said on Wednesday it has", "announced today (3 November) that it",
// "通过优先审评审批程序".
// ("the National Medical Products Administration (NMPA) of China has granted": the country after the body's name.)
const SUBJECT_GAP_EN = /^\)?(?:\s*\([^)]{1,16}\))?(?:\s+(?:of|in)\s+(?:the\s+)?(?:China|the\s+PRC|PRC|Taiwan|Hong\s+Kong|Macao|Macau|the\s+(?:United\s+States|U\.S\.))\b)?(?:\s+(?:on\s+\w+day|today|yesterday|(?:this|last)\s+(?:week|\w+day)|on\s+[A-Z][a-z]+\s+\d{1,2}))?(?:\s+(?:said|announced|stated|confirmed)(?:\s+(?:on\s+\w+|today|yesterday))?(?:\s+\([^)]{1,20}\))?(?:\s+that)?\s+it)?\s*(?:has\s+|had\s+|have\s+)?(?:now\s+)?$/i;
/** When an act was done, in Chinese (今年6月, 去年底, 本月初, 昨日, Taiwan's 昨(3)日, 上周三): read between a body and its verb and between a
 *  product and 获. */
const TIME_WORD_ZH = String.raw`(?:(?:\d{4}年|今年|去年|上年|本年|前年)(?:\d{1,2}月(?:\d{1,2}日)?|初|底|[上下]半年)?|(?:本月|上月)(?:\d{1,2}日|初|底|[上中下]旬)?|\d{1,2}月(?:\d{1,2}日)?|近日|日前|此前|[昨今当同]日|[昨今前]\(\d{1,2}\)日|[昨今当]天|(?:上|本)?(?:周|星期)[一二三四五六日天]|[本上]周)`;
// Between a regulator and its verb: its short name, a unit of it that acts for it (辖下注册委员会), a statement it makes (今日宣布，, 4月1日发布消息称，), the law it acts
// under (依「X」, 依据「X」(简称Y)，).
// …and when it acted (昨日（20日）, 于3月2日).
const SUBJECT_GAP_ZH = new RegExp(String.raw`^\)?(?:\([^)]{1,30}\))?(?:(?:辖下|下属|属下)的?[\p{Script=Han}]{2,10}?(?:委员会|小组))?(?:(?:已经?|早|业)?(?:于|在)?${TIME_WORD_ZH}(?:\((?:\d{1,2}月)?\d{1,2}日\))?)?(?:[^，。；]{0,10}?(?:宣布|表示|指出|公布|通报|发布消息|发布公告|消息|公告|披露|透露)称?[，,：:])?(?:(?:依(?:据|照)?|根据|按照?)(?:[「《][^」》]{2,60}[」》](?:机制|办法)?(?:\([^)]{1,16}\))?[，,]?|[^，。；]{1,30}?))?(?:[^，。；]{0,16}(?:程序|规定|要求))?(?:已|正式|依法)?$`, 'u');
const BY_CHAIN_GAP = /^(?:\s*,\s*|\s*,?\s+and\s+|、|和|与)(?:the\s+)?$/;
// …led by a word that says how the count stands ("cleared record 11 therapies", "a total of 12", "another three").
const COUNT_EN = /^(?:(?:a\s+)?(?:record|total\s+of|further|another|combined|an\s+additional|additional)\s+)?(?:several|many|multiple|numerous|some|various|a\s+(?:number|series|range|record\s+number)\s+of|dozens\s+of|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|more\s+than)\b/i;
const LEAD_EN = /^(?:(?:the|its|their|his|her|a|an)\s+)/i;
/** "So far eleven cell therapies (have been approved)": a count leading the subject, past a time word before it ("multiple"
 *  inside a disease's name, "for multiple myeloma patients", is no count). */
const countedEn = (p: string): boolean => {
  const q = p.replace(/^(?:(?:so\s+far|to\s+date|in\s+total|altogether|overall|now|already|currently|since\s+\d{4}|by\s+(?:\d{4}|now))\s*,?\s*)+/i, '');
  const m = COUNT_EN.exec(q);
  // (…and what it counts is plural: "eleven cell therapies"; "multiple myeloma developed by X", "multiple sclerosis" are none.)
  return !!m && q.slice(m[0].length).trim().split(/\s+/).slice(0, 4).some((w) => /^[A-Za-z-]+(?:ies|[^siu']s)$/.test(w));
};
// "… approval from the NMPA (…) for X, making it …": the product after "for", to its use or the clause's end.
const PRODUCT_AFTER_FOR_EN = /^\)?(?:\s*\([^)]{1,30}\))?\s+for\s+(?!(?:the\s+)?(?:treatment|use|marketing|patients)\b)(?<product>[^,;.()]{2,90}?)(?=\s+(?:to\s+treat|for\s+(?:the\s+)?(?:treatment|treating|use|patients|adults?|children)|in\s+(?:patients|adults?|children))\b|\s*[,;(]|\.(?!\w)|$)/i;
// "approved the registration of five products", "approved applications for 12 therapies": acts counted.
const ACT_OF_EN = /^(?:the\s+)?(?:registration|marketing(?:\s+application)?|listing|import)\s+of\s+(?:the\s+)?(?=\S)/i;
const COUNTED_ACT_EN = /^(?:the\s+)?(?:registrations?|(?:marketing\s+)?applications?|marketing)\s+(?:of|for)\s+/i;
const GENERIC_EN = /^(?:(?:the|its|their|a|an)\s+)?(?:(?:first|second|third|new|novel|latest|\w+'s\s+first)\s+)|^(?:the|its|their|a|an)\s+(?:[a-z-]+\s+){0,4}(?:therapy|therapies|drug|drugs|product|products|treatment|vaccine|medicine)$/i;
// "approved the IND on March 4", "approved the application": the act on the product just named.
const ANAPHORIC_ACT_EN = /^the\s+(?:IND|application|clearance|approval)\b/i;
// (also the owner named by its kind: "the company's Investigational New Drug (IND) application for X")
const OWNER_POSSESSIVE_EN = /^(?:the\s+)?(?:(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*|company|firm|group|biotech|drugmaker|developer)['’]s\s+(?=[A-Z0-9])/;
// A product's code right before its verb (… injection HX-MSC01 has received).
// (A brand in quotes names the product as a code does: 'The CAR-T therapy "Kangsaida" received approval from X'.)
const SUBJECT_CODE_EN = new RegExp(String.raw`(?:\b(${PRODUCT_CODE_EN})|["“]([A-Z][\w-]{2,30})["”])\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+)?$`);
const CUT_EN = /^.*\b(?:said|says|that|its|their|the|a|an|which|and|announced|on\s+\w+day)\s+/i;
// A Taiwan hospital's 「X」(施行)计画 (a cell therapy plan approved under the special regulations or the act) is one too, its
// use written between (以「X」治疗退化性膝关节炎的细胞治疗技术施行计画).
// A brand name in quotes (「諾健生」, “瑞安达”, with a head word after it or not) names the product whatever describes it before.
const PRODUCT_ZH = /([「“][^「」“”，。]{2,20}[」”](?:[\p{Script=Han}A-Za-z0-9-]{0,8}?(?:注射液|胶囊|片|疫苗|制剂|产品|疗法|细胞))?|[A-Za-z][\w\-®™?]*(?:\s+[A-Za-z][\w\-®™?]*){0,3}|[\p{Script=Han}A-Za-z0-9\-]{2,24}?(?:注射液|胶囊|片|疫苗|制剂|产品|疗法|细胞|试剂盒)|「[^「」]{2,60}」(?:[^，。；「」]{0,30}?(?:施行|执行))?(?:计画|计划))[?®™]?$/u;
// What stands between a product and 获 that is not its name: its application (的新药上市申请), who made it (由X研发).
const APPLICATION_TAIL_ZH = /(?:的(?:新药|药品)?(?:上市|注册|临床试验)?(?:许可)?申请|由[^，。；]{2,20}?(?:研发|研制|开发|生产))$/u;

// 持有X批准的药品注册证明 (a condition, no product), 核准签发的…《…》 (a title's words): no product's name.
const NOT_A_PRODUCT_ZH = /^的|^签发|[《》]/u;
// A product described, not named (a headline's 靶向GPRC5D的CAR-T细胞治疗产品, 首个干细胞疗法): the named one is that act.
const DESCRIBED_PRODUCT_ZH = /^(?:首个|首款|一款|一种|我国首个)|的[^的]{0,20}(?:产品|疗法|药物|药品|新药)$/u;
// …or right after its description: 首个间充质干细胞治疗药品X注射液 (the name closes the product's words).
const NAMED_AFTER_DESCRIPTION_ZH = /^(?:我国)?(?:首个|首款)[^，。；]{0,24}?(?:药品|产品|药物|疗法|新药)(?<name>[\p{Script=Han}A-Za-z0-9\-]{2,24}?(?:注射液|胶囊|片|疫苗|制剂))$/u;
// …named in the clause after it: 批准一款…产品在港注册，产品为(内地药企研发的)X注射液.
const NAMED_AFTER_ZH = /^[，,]\s*(?:该|此)?(?:产品|药品|药物)(?:为|是|名为)(?:[^，。；]{0,20}的)?(?<name>[\p{Script=Han}A-Za-z0-9\-]{2,24}?(?:注射液|胶囊|片|疫苗|制剂|疗法|细胞))(?=[，。；(]|$)/u;
// 该产品已于D获X批准: the product the page named last in an approval.
const ANAPHOR_PRODUCT_ZH = /(?:该|此|这款|这一|本)(?:产品|药品|药物|疗法)$/u;
// 已核准…临床试验计画共58件: approvals counted, not one act.
const COUNTED_AFTER_ZH = /^[^，。；]{0,12}?(?:共|合计|累计)\s*\d+\s*[件项个张款]/u;
const PERMIT_COUNT_ZH = /^(?:\d+|[两二三四五六七八九十百多数几]+)[张个批项件份]/u;
// 乙注射液已于今年3月获…批准: when the product was approved stands between it and 获.
const TIME_TAIL_ZH = new RegExp(String.raw`(?:已经?|正式|于|在){0,3}${TIME_WORD_ZH}(?:已经?|正式|先后)?$`, 'u');
// The law an approval is given under, before 获 (去年已依特管办法获卫福部核准).
const ACTS_UNDER_ZH = /(?:依(?:据|照)?|根据|按照)[「《]?[^，。；「」《》]{2,30}[」》]?$/u;
// A product named after the approving verb (…，成为首个CAR-T产品注册持有人), and words that say the act has not happened.
const PRODUCT_AFTER_ZH = /([A-Za-z0-9][\w\-]*[\p{Script=Han}]{0,8}?(?:注射液|细胞治疗产品|产品|疗法))/u;
const NOT_YET_ZH = /受理|有望|拟|计划|将于|预计|尚未|未获/u;
// …or in the verb's own clause: 经X批准在乐城先行区作为临床急需药品使用, 经X批准作为…在…使用.
const USE_APPROVED_ZH = /^(?:[，,]\s*(?:该|此|这款|这一)(?:产品|药品|药物|注射液)作为(?<as>[^，。；]{2,20}?)获准在(?<place>[^，。；]{2,40}?)|在(?<place2>[^，。；]{2,30}?)作为(?<as2>[^，。；]{2,20}?)|[，,]?\s*(?:其|该产品)?作为(?<as3>[^，。；]{2,20}?)在(?<place3>[^，。；]{2,30}?))(?:使用|应用)/u;
// 院方申请以X的细胞治疗技术(施行)计画，已获卫福部核准: a hospital's plan to use a practice (Taiwan's special regulations), the
// clause's subject.
const PLAN_SUBJECT_ZH = /以(?<practice>[^，。；以]{2,40}?)的?(?:细胞治疗)?技术(?:施行|执行)?(?:计画|计划)?$/u;
// 批准日期为2025年12月5日: the approval's own date, written after it.
const APPROVAL_DATE_FIELD_ZH = /^[^。；]{0,80}?批准日期(?:为|是|：|:)\s*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})/u;
const PRACTICE_AFTER_ZH = /^(?:由[^，。；]{2,30}?)?(?:执行|施行|开展)([\p{Script=Han}]{2,30}?(?:治疗技术|治疗|技术))(?![\p{Script=Han}]{0,2}(?:产品|药品))/u;
// A product named in quotes as the sentence's subject (名为「X」, 这款名为"X"的药物), not a scheme or project in quotes.
const QUOTED_PRODUCT_ZH = /(?:名为|名称为|商品名为?|即)\s*[「“"]([^」”"]{2,16})[」”"](?!\s*(?:计划|机制|项目|方案|政策|行动))/u;
const MARKETED_IN_ZH = /^在(内地|大陆|国内|境内|美国|欧盟|日本|香港|澳门|台湾)上市/u;
// 其自主研发的CAR-T产品乙注射液: the product's owner and category before its name.
const OWNER_LEAD_ZH = /^(?:[^的]{0,16}的)?(?:[A-Za-z-]{0,8}(?:细胞治疗|细胞|基因治疗)?产品)?(?=[A-Za-z0-9\p{Script=Han}-]{3,}$)/u;

const FIRST_GAP = /^(?:the\s+|[A-Z][\w.]*['’]s\s+|美国|欧洲|欧盟|日本)?$/i;

function chainAt(s: string, actors: GrantActor[], from: number): GrantActor[] {
  const out: GrantActor[] = [];
  let pos = from;
  for (const a of actors) {
    if (a.start < pos || a.label === 'Region') continue;
    // A place named before the first body says whose it is (获中国国家药监局批准, "by Singapore's HSA"): not a gap.
    const gap = s.slice(pos, a.start);
    const ok = out.length === 0 ? FIRST_GAP.test(gap) || FIRST_GAP.test(withoutPlaces(s, actors, pos, a.start)) : BY_CHAIN_GAP.test(gap);
    if (!ok) break;
    out.push(a);
    pos = a.end;
  }
  return out;
}

/** The text from `from` to `to` with the places named in it taken out (中国国家药监局 → 国家药监局). */
function withoutPlaces(s: string, actors: GrantActor[], from: number, to: number): string {
  let out = '';
  let pos = from;
  for (const r of actors) {
    if (r.label !== 'Region' || r.start < pos || r.end > to) continue;
    out += s.slice(pos, r.start);
    pos = r.end;
  }
  return out + s.slice(pos, to);
}

function subjectBefore(s: string, actors: GrantActor[], verbAt: number, gap: RegExp): string[] {
  const before = actors.filter((a) => a.end <= verbAt && a.label === 'Agency');
  const last = before[before.length - 1];
  if (!last || !gap.test(s.slice(last.end, verbAt))) return [];
  // "the Center for Drug Evaluation (CDE) of China's NMPA has granted": a body named to say whose the one before is
  // does not act (a name and its short name in brackets are one body).
  const units = before.reduce<GrantActor[]>((out, a) => {
    const prev = out[out.length - 1];
    if (prev && prev.id === a.id && /^\s*\(\s*$/.test(s.slice(prev.end, a.start))) out[out.length - 1] = { ...prev, end: a.end };
    else out.push(a);
    return out;
  }, []);
  const sub = units[units.length - 2];
  return sub && sub.id !== last.id && SUB_OF_EN.test(s.slice(sub.end, units[units.length - 1]!.start)) ? [sub.id] : [last.id];
}
// ("the drug evaluation centre (CDE) of the NMPA approved": the centre, a body under the agency named after it, acts.)
const SUB_OF_EN = /^\s*\)?\s*(?:of|under)\s+(?:the\s+)?(?:China['’]s\s+)?$/;

// A body's name the gazetteer does not know, its abbreviation in brackets after it ("the Middle for Drug Analysis (CDE)", a
// spinner's words for the Center for Drug Evaluation): the abbreviation names the body.
const NAME_BEFORE_ABBR_EN = /^(?:[A-Z][\w'’.-]*\s+(?:(?:for|of|and|on)\s+)?){1,6}\(/;

/** The chain at `from`, else the one the bracketed abbreviation after an unknown name starts. */
function chainOrAbbr(s: string, actors: GrantActor[], from: number): GrantActor[] {
  const chain = chainAt(s, actors, from);
  const named = chain.length === 0 ? NAME_BEFORE_ABBR_EN.exec(s.slice(from)) : null;
  return named ? chainAt(s, actors, from + named[0].length) : chain;
}

/** The approving bodies in the chain that starts at `from` ("by the NMPA and the CDE"). */
function agenciesAt(s: string, actors: GrantActor[], from: number): string[] {
  return chainAt(s, actors, from).filter((a) => a.label === 'Agency').map((a) => a.id);
}

/** One rule's finds per English voice, in the order they have always been listed (later passes look at that order). */
function englishGrants(s: string, actors: GrantActor[], lastProduct: string | undefined): Grant[] {
  return [...activeGrantsEn(s, actors), ...passiveGrantsEn(s, actors, lastProduct), ...byAgentGrantsEn(s, actors), ...approvalToGrantsEn(s, actors), ...approvalFromGrantsEn(s, actors), ...receivedFromGrantsEn(s, actors), ...licenceToGrantsEn(s, actors), ...wonApprovalsEn(s, actors), ...possessiveGrantsEn(s, actors), ...includedGrantsEn(s, actors, lastProduct), ...includedActiveEn(s, actors), ...relativeAgentGrantsEn(s, actors), ...designationsFromEn(s, actors, lastProduct), ...participleGrantsEn(s, actors, lastProduct)];
}

// After the body of a relative clause: its approving verb ("which the NMPA conditionally approved on Jan. 2").
const RELATIVE_APPROVED_EN = new RegExp(`^\\)?(?:\\s*\\([^)]{1,16}\\))?\\s+${HAVE_EN}${APPROVE_EN}\\b`, 'i');

/** "X had obtained breakthrough therapy designation from the CDE in 2023 and orphan drug designation from the FDA in 2020":
 *  a designation per body, of the subject's code or the page's last product, each dated up to the next "and". */
function designationsFromEn(s: string, actors: GrantActor[], lastProduct: string | undefined): Grant[] {
  const out: Grant[] = [];
  const rule = ruleById('grant.designation-from.en');
  for (const m of /designation|status/i.test(s) ? s.matchAll(globalPattern(rule.id)) : []) {
    const chain = chainOrAbbr(s, actors, m.index + m[0].length).filter((a) => a.label === 'Agency');
    const code = SUBJECT_CODE_EN.exec(s.slice(Math.max(0, m.index - 40), m.index))?.[1];
    const product = code ?? lastProduct;
    if (chain.length === 0 || !product) continue;
    const end = chain[chain.length - 1]!.end;
    const act = m.groups!.act!.replace(/\s+/g, ' ').replace(/remedy/i, 'therapy').replace(/\s+status$/i, ' designation');
    const start = m.index + m[0].indexOf(m.groups!.act!);
    const verbAt = clauseEndEn(s, end, true);
    out.push({ start, end: start + m.groups!.act!.length, product, name: `${act} of ${product}`, issuers: [...new Set(chain.map((a) => a.id))], verbAt, generic: false, act, rule: rule.id });
  }
  return out;
}

/** "X from Y, which the NMPA conditionally approved on D" ("X, the … product that the NMPA approved"): the body after
 *  "which" / "that" approved the antecedent. */
function relativeAgentGrantsEn(s: string, actors: GrantActor[]): Grant[] {
  const out: Grant[] = [];
  const rule = ruleById('grant.relative-agent.en');
  for (const a of /\b(?:which|that)\b/.test(s) ? actors : []) {
    if (a.label !== 'Agency') continue;
    const v = RELATIVE_APPROVED_EN.exec(s.slice(a.end));
    const before = v ? s.slice(Math.max(0, a.start - 140), a.start) : '';
    const m = v ? rule.pattern.exec(before) : null;
    if (!v || !m?.groups?.product) continue;
    const start = a.start - before.length + m.index;
    const product = m.groups.product;
    out.push({ start, end: start + product.length, product, name: `approval of ${product}`, issuers: [a.id], verbAt: clauseEndEn(s, a.end + v[0].length), generic: false, rule: rule.id });
  }
  return out;
}

const PRONOUN_EN = /^(?:it|this|the\s+(?:therapy|drug|product|injection|treatment))$/i;
// A clause's end after `from`: dates up to it belong to the act (with `orAnd`, an "and" ends it too: "… in 2023 and orphan
// drug designation from the FDA in 2020").
const CLAUSE_END_EN = /[,;]|\.(?!\w)/;
const CLAUSE_OR_AND_END_EN = /\s+and\s+|[,;]|\.(?!\w)/;
const clauseEndEn = (s: string, from: number, orAnd = false): number => from + ((orAnd ? CLAUSE_OR_AND_END_EN : CLAUSE_END_EN).exec(s.slice(from))?.index ?? s.length - from);

/** "It had been included in the breakthrough therapy procedure by the CDE in 2023": a designation by the bodies after
 *  "by"; a pronoun subject is the page's last product. */
function includedGrantsEn(s: string, actors: GrantActor[], lastProduct: string | undefined): Grant[] {
  const out: Grant[] = [];
  const rule = ruleById('grant.included-in-procedure.en');
  for (const m of /\b(?:included|accepted|placed|admitted|enrolled|entered)\b/i.test(s) ? s.matchAll(globalPattern(rule.id)) : []) {
    const issuers = agenciesAt(s, actors, m.index + m[0].length);
    const raw = m.groups!.product!.replace(CUT_EN, '').trim();
    if (issuers.length === 0 || !raw) continue;
    const pronoun = PRONOUN_EN.test(raw);
    if (pronoun && !lastProduct) continue;
    const product = pronoun ? lastProduct! : raw;
    // The licence's span is its act's words (the product's own name is its approval's).
    const start = m.index + m[0].indexOf(m.groups!.act!, m[0].indexOf(m.groups!.product!) + m.groups!.product!.length);
    const act = m.groups!.act!.replace(/\s+(?:procedure|pathway|program(?:me)?|process|list|channel)$/i, '').replace(/\s+designation$/i, '');
    out.push({ start, end: start + m.groups!.act!.length, product, name: `${act} designation of ${product}`, issuers, verbAt: clauseEndEn(s, m.index + m[0].length), generic: false, act: `${act} designation`, rule: rule.id });
  }
  return out;
}

/** "the CDE included XY-7 in its Breakthrough Therapy Designation list": the body before the verb gave the designation. */
function includedActiveEn(s: string, actors: GrantActor[]): Grant[] {
  const out: Grant[] = [];
  const rule = ruleById('grant.included-active.en');
  for (const m of /\b(?:included|placed|admitted|accepted|listed)\b/i.test(s) ? s.matchAll(globalPattern(rule.id)) : []) {
    const issuers = subjectBefore(s, actors, m.index, SUBJECT_GAP_EN);
    const product = m.groups!.product!;
    if (issuers.length === 0) continue;
    const start = m.index + m[0].lastIndexOf(m.groups!.act!);
    const act = m.groups!.act!.replace(/\s+(?:procedure|pathway|program(?:me)?|process|list|channel)$/i, '').replace(/\s+designation$/i, '');
    out.push({ start, end: start + m.groups!.act!.length, product, name: `${act} designation of ${product}`, issuers, verbAt: clauseEndEn(s, m.index + m[0].length), generic: false, act: `${act} designation`, rule: rule.id });
  }
  return out;
}

/** "the NMPA's clearance of the ABT-107 IND application": the body right before the possessive approved the product. */
function possessiveGrantsEn(s: string, actors: GrantActor[]): Grant[] {
  const out: Grant[] = [];
  const rule = ruleById('grant.possessive-nominal.en');
  for (const m of /['’]s\s+(?:approval|clearance|authori)/.test(s) ? s.matchAll(globalPattern(rule.id)) : []) {
    const body = actors.find((a) => a.label === 'Agency' && a.end === m.index);
    const product = m.groups!.product!;
    if (!body) continue;
    const start = m.index + m[0].lastIndexOf(product);
    out.push({ start, end: start + product.length, product, name: `${m.groups!.act!} of ${product}`, issuers: [body.id], verbAt: m.index, generic: false, rule: rule.id });
  }
  return out;
}

/** "The NMPA has approved X": the body just before the verb approves the product after it. */
function activeGrantsEn(s: string, actors: GrantActor[]): Grant[] {
  const out: Grant[] = [];
  const active = ruleById('grant.approve.active.en');
  for (const m of s.matchAll(globalPattern(active.id))) {
    const issuers = subjectBefore(s, actors, m.index, SUBJECT_GAP_EN);
    const raw = m.groups?.product ?? '';
    // "has approved several gene therapies since 2017": a count of approvals, not one act.
    if (issuers.length === 0 || !raw.trim() || COUNT_EN.test(raw.trim().replace(COUNTED_ACT_EN, ''))) continue;
    // "passed and approved the government's bill to amend …": a legislature's vote on a text, no product's licence.
    if (LEGISLATIVE_TEXT_EN.test(raw.trim()) || issuers.every(isLegislature)) continue;
    // "approved Belief BioMed's BBM-H901": the owner before 's is the holder (emit.ts), not the product's name.
    const owned = OWNER_POSSESSIVE_EN.exec(raw)?.[0].length ?? 0;
    // "approved the registration of X": the act's noun is no part of the product's name.
    // "approved the IND application for its XY-12": the product the application is for, not the application.
    const applied = IND_NOUN_EN.test(raw.slice(owned).replace(LEAD_EN, '').trim()) ? APPLICATION_FOR_EN.exec(s.slice(m.index + m[0].length))?.groups?.product : undefined;
    // "approved the IND application for BX-204": the product the application is for; the act is its IND approval.
    const app = applied ? undefined : APPLICATION_OF_EN.exec(raw.slice(owned).replace(LEAD_EN, '').trim())?.groups;
    const product = applied ?? app?.product ?? raw.slice(owned).replace(LEAD_EN, '').replace(ACT_OF_EN, '').replace(/\s+in\s+the\s+country$/i, '').trim();
    const start = m.index + m[0].length - raw.length + owned;
    const anaphoric = ANAPHORIC_ACT_EN.test(raw.trim());
    // ("The board registered X": a registration.)
    const noun = app ? (/IND|investigational/i.test(app.act!) ? 'IND approval' : 'approval') : /^(?:the\s+)?registration\s+of\b/i.test(raw.slice(owned).replace(LEAD_EN, '')) || /registered\s*$/i.test(s.slice(m.index, start)) ? 'registration' : 'approval';
    // "has cleared <Name> Pharma Ltd. to start a clinical trial of its …": the company is who may act, its product
    // only described — the act a later sentence restates by the product's name.
    const holder = COMPANY_CLEARED_EN.test(s.slice(start, start + raw.length + 40));
    out.push({ start, end: start + raw.length, product, name: `${noun} of ${product}`, issuers, verbAt: m.index, generic: !applied && (holder || GENERIC_EN.test(raw.trim())), ...(anaphoric ? { anaphoric } : {}), rule: active.id });
  }
  return out;
}
/** A legislature or its standing committee: what it approves is a text it votes on, never a product's licence. */
function isLegislature(id: string): boolean {
  const e = gazetteer().byId(id);
  if (e?.kind === 'legislature') return true;
  return e?.kind === 'standing_committee' && !!e.partOf && gazetteer().byId(e.partOf)?.kind === 'legislature';
}
const IND_NOUN_EN = /^(?:investigational\s+new\s+drug|IND|clinical\s+trial|new\s+drug)$/i;
// (Only a legislature's texts: "approved the amendment to the label of X" is a regulator's act on a product.)
const LEGISLATIVE_TEXT_EN = /^(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:bill|motion|budget|ordinance|draft\s+(?:law|regulations?))s?\b/i;
const APPLICATION_OF_EN = /^(?<act>(?:investigational\s+new\s+drug\s+(?:\(IND\)\s+)?|IND\s+|clinical\s+trial\s+|BLA\s+|NDA\s+)application)\s+(?:for|of)\s+(?:its\s+|the\s+)?(?<product>[A-Z0-9].*)$/i;
const APPLICATION_FOR_EN = /^\s*(?:\((?:IND|CTA)\)\s*)?applications?\s+(?:for|of)\s+(?:its\s+|the\s+)?(?<product>[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3})/;
const COMPANY_CLEARED_EN = new RegExp(`^[A-Z][\\w&.'’-]*(?:\\s+[A-Z][\\w&.'’-]*){0,5}\\s+${COMPANY_TAIL_EN}(?:\\s+${COMPANY_TAIL_EN})?\\s+to\\s+(?:begin|start|launch|conduct|carry\\s+out|initiate)\\b`);

/** "X was approved by the NMPA": the product before the verb, the bodies after "by". */
function passiveGrantsEn(s: string, actors: GrantActor[], lastProduct: string | undefined): Grant[] {
  const out: Grant[] = [];
  const passive = ruleById('grant.approve.passive.en');
  for (const m of PASSIVE_HINT_EN.test(s) ? s.matchAll(globalPattern(passive.id)) : []) {
    const issuers = agenciesAt(s, actors, m.index + m[0].length);
    const raw = m.groups?.product ?? '';
    const product = raw.replace(CUT_EN, '').trim();
    // "the IND application for X, a …, has been approved by": grant.application-approved.en's. "Enterprises whose products
    // are approved by X will receive …": a condition, no approval.
    const condition = /\bwhose\s+(?:[\w-]+\s+){0,6}[\w-]+$/i.test(s.slice(Math.max(0, m.index - 60), m.index + raw.length));
    if (issuers.length === 0 || !product || /^application\b/i.test(product) || condition || countedEn(product) || countedEn(raw.trim())) continue;
    const start = m.index + raw.length - product.length;
    const generic = /^(?:therapy|drug|product|treatment|vaccine|it|this|which)$/i.test(product) || GENERIC_EN.test(raw.slice(raw.length - product.length - 12));
    // "The product, developed by X, was approved in the Mainland by the NMPA": the product the page named last.
    const named = generic && lastProduct && /^(?:the\s+)?(?:product|drug|therapy|injection)$/i.test(raw.replace(CUT_EN, '').trim()) ? lastProduct : undefined;
    out.push({ start, end: start + product.length, product: named ?? product, name: `approval of ${named ?? product}`, issuers: [...new Set(issuers)], verbAt: m.index + raw.length, generic: generic && !named, rule: passive.id });
  }
  return out;
}

/** "The IND application for X has been approved by", "the approval of X by": the act as written, the bodies after "by". */
function byAgentGrantsEn(s: string, actors: GrantActor[]): Grant[] {
  const out: Grant[] = [];
  for (const id of ['grant.application-approved.en', 'grant.nominal-by.en']) {
    for (const m of /\bby\b/.test(s) ? s.matchAll(globalPattern(id)) : []) {
      const issuers = agenciesAt(s, actors, m.index + m[0].length);
      const product = m.groups!.product!;
      if (issuers.length === 0) continue;
      const start = m.index + m[0].indexOf(product, m[0].indexOf(m.groups!.act!) + m.groups!.act!.length);
      const act = /IND|Investigational/i.test(m[0]) ? 'IND approval' : 'approval';
      const name = id === 'grant.nominal-by.en' ? `${m.groups!.act!} of ${product}` : `${act} of ${product}`;
      out.push({ start, end: start + product.length, product, name, issuers: [...new Set(issuers)], verbAt: m.index + m[0].length, generic: false, rule: id });
    }
  }
  return out;
}

// The product code of a sentence whose approval names only the application ("an IND cleared by the FDA for BX-17").
const SENTENCE_CODE_EN = new RegExp(String.raw`\b${PRODUCT_CODE_EN}`);

const CONDITION_BEFORE_EN = /\b(?:[a-z]+s|those|all|(?:any|each|every)(?:\s+[a-z]+){0,2})\s+(?:that|which|who)\s+(?:has\s+|have\s+|had\s+)?(?:already\s+|newly\s+|first\s+)?$/i;
const FOR_CODE_EN = new RegExp(String.raw`^[^,;.]{0,60}?\bfor\s+(${PRODUCT_CODE_EN})`);

// A code that files a project, a grant or a document ("Project SH-2026-07", "Grant No. GX-2026-3", a year inside the code)
// names no product.
const FILED_UNDER_EN = /\b(?:Project|Grant|Programme|Program|Fund|Document|File|Contract|No\.?)\s+$/;
const YEAR_IN_CODE = /-(?:19|20)\d\d(?:-|$)/;

/** "an IND cleared by the U.S. FDA in August 2026", "Velocel, approved by the EMA, …": a reduced relative, the bodies after
 *  "by" approved the product before (or the application's: the sentence's code, else the page's last product). */
function participleGrantsEn(s: string, actors: GrantActor[], lastProduct: string | undefined): Grant[] {
  const out: Grant[] = [];
  const rule = ruleById('grant.participle-by.en');
  for (const m of /\bby\b/.test(s) ? s.matchAll(globalPattern(rule.id)) : []) {
    const issuers = agenciesAt(s, actors, m.index + m[0].length);
    const act = m.groups!.act ?? m.groups!.act1;
    const named = m.groups!.product;
    if (named && (FILED_UNDER_EN.test(s.slice(0, m.index + m[0].indexOf(named))) || YEAR_IN_CODE.test(named))) continue;
    const product = named ?? SENTENCE_CODE_EN.exec(s.slice(m.index + m[0].length))?.[0] ?? SENTENCE_CODE_EN.exec(s)?.[0] ?? lastProduct;
    if (issuers.length === 0 || !product) continue;
    // (The act is a new one even when its product is the page's last: its span is the act's noun, not a restatement.)
    const at = named ? m.index + m[0].indexOf(named) : s.indexOf(product);
    const start = at >= 0 ? at : m.index + m[0].indexOf(act!);
    const end = at >= 0 ? start + product.length : start + act!.length;
    const name = `${act && /IND|application/i.test(act) && !/marketing/i.test(act) ? 'IND approval' : 'approval'} of ${product}`;
    out.push({ start, end, product, name, issuers: [...new Set(issuers)], verbAt: m.index + m[0].length, generic: false, rule: rule.id });
  }
  return out;
}

const GIVE_WORD_EN = new RegExp(`\\b(?:${wordsEn(GIVE_EN)})\\b`, 'i');

/** "The NMPA granted approval to X": the body before the verb, the product after "to". */
function approvalToGrantsEn(s: string, actors: GrantActor[]): Grant[] {
  const out: Grant[] = [];
  const to = ruleById('grant.approval-to.en');
  for (const m of GIVE_WORD_EN.test(s) ? s.matchAll(globalPattern(to.id)) : []) {
    const issuers = subjectBefore(s, actors, m.index, SUBJECT_GAP_EN);
    const raw = m.groups?.product ?? '';
    if (issuers.length === 0 || !raw.trim()) continue;
    // "granted a certificate of registration to X Limited for its CAR-T product": the company holds it; the product it is for
    // is only described.
    const rawAt = m.index + m[0].length - raw.length;
    const who = raw.split(/\s+for\s+(?:its|their)\s/)[0]!;
    // (A company the words after "to" open with holds it, whatever follows its name: "X Limited to manufacture …"; not
    // "X's QY-201" or "X Therapeutics' JL-01", its product.)
    const company = actors.find((a) => a.label === 'Organization' && a.start === rawAt + raw.length - raw.trimStart().length && !/^['’](?:s\b)?/.test(s.slice(a.end)));
    const holder = COMPANY_NAMED_EN.test(who.trim()) || !!company;
    // (What it is for is read after the company's whole name: "Co., Ltd." holds the punctuation the product stops at.)
    const owned = holder ? OWNED_PRODUCT_EN.exec(s.slice(Math.max(rawAt + who.length, company?.end ?? 0)))?.groups?.product : undefined;
    if (holder && !owned) continue;
    const product = owned ?? raw.replace(LEAD_EN, '').trim();
    const start = owned ? s.indexOf(owned, rawAt + who.length) : rawAt;
    // ("granted breakthrough therapy designation to X", in any case: a designation, a step of the review, not an approval.)
    const act = /designation/i.test(m.groups!.noun!) ? m.groups!.noun!.replace(/\s+/g, ' ') : undefined;
    const noun = /registration/i.test(m.groups!.noun!) ? 'registration' : act ?? 'approval';
    out.push({ start, end: start + (owned ?? raw).length, product, name: `${noun} of ${product}`, issuers, verbAt: m.index, generic: !!owned || GENERIC_EN.test(raw.trim()), ...(act ? { act } : {}), rule: to.id });
  }
  return out;
}

// A company named as who receives the act ("to Kowloon Biologics Limited"), and the product it is for ("(Hong Kong) Limited for
// its gene therapy").
const COMPANY_NAMED_EN = new RegExp(`^(?:the\\s+)?[A-Z][\\w&.'’-]*(?:\\s+[A-Z(][\\w&.'’()-]*){0,5}\\s+${COMPANY_TAIL_EN}$`);
const OWNED_PRODUCT_EN = /^[^,;.]{0,60}?\bfor\s+(?:its|their)\s+(?<product>[^,;.]{2,60}?)(?=\s+(?:for|to|in|on)\b|\s*[,;(]|\.(?!\w)|$)/;

/** "… received approval from X for Y": the product after "for", else the subject's code when "for" names a use. */
function approvalFromGrantsEn(s: string, actors: GrantActor[]): Grant[] {
  const out: Grant[] = [];
  const approvalFrom = ruleById('grant.approval-from.en');
  for (const m of /\bfrom\b/.test(s) ? s.matchAll(globalPattern(approvalFrom.id)) : []) {
    const chain = chainAt(s, actors, m.index + m[0].length).filter((a) => a.label === 'Agency');
    const p = chain.length > 0 ? PRODUCT_AFTER_FOR_EN.exec(s.slice(chain[chain.length - 1]!.end)) : null;
    // "its … injection HX-MSC01 has received approval from X for steroid-refractory GvHD": the subject's code names the
    // product when "for" names a use (lower case), not a product.
    const code = SUBJECT_CODE_EN.exec(s.slice(Math.max(0, m.index - 40), m.index));
    const useAfter = !!p?.groups?.product && !/^(?:the\s+)?[A-Z0-9]/.test(p.groups.product);
    if (chain.length > 0 && code && (!p?.groups?.product || useAfter)) {
      const name = (code[1] ?? code[2])!;
      const start = Math.max(0, m.index - 40) + code.index + code[0].indexOf(name);
      out.push({ start, end: start + name.length, product: name, name: `approval of ${name}`, issuers: [...new Set(chain.map((a) => a.id))], verbAt: m.index, generic: false, rule: approvalFrom.id });
      continue;
    }
    if (!p?.groups?.product) {
      const g = chain.length > 0 ? unnamedFromGrantEn(s, m.index, chain[chain.length - 1]!.end) : undefined;
      if (g) out.push({ ...g, issuers: [...new Set(chain.map((a) => a.id))], rule: approvalFrom.id });
      continue;
    }
    const raw = p.groups.product;
    const product = raw.replace(LEAD_EN, '').trim();
    const start = chain[chain.length - 1]!.end + p[0].length - raw.length;
    out.push({ start, end: start + raw.length, product, name: `approval of ${product}`, issuers: [...new Set(chain.map((a) => a.id))], verbAt: m.index, generic: GENERIC_EN.test(raw.trim()), rule: approvalFrom.id });
  }
  return out;
}

/** An approval from a body with no product after "for": what it lets the holder do ("… from the FDA to start a Phase 1
 *  trial"), else the antecedent of its relative clause ("JX-301 in lupus, which won clearance from the NMPA last
 *  September"); dated within its own clause. */
function unnamedFromGrantEn(s: string, verbAt: number, chainEnd: number): Omit<Grant, 'issuers' | 'rule'> | undefined {
  const clauseEnd = clauseEndEn(s, chainEnd);
  const purpose = ruleById('grant.from-purpose.en').pattern.exec(s.slice(chainEnd));
  if (purpose?.groups?.act) {
    const act = purpose.groups.act;
    const start = chainEnd + purpose[0].length - act.length;
    return { start, end: start + act.length, product: act, name: `approval to ${act}`, verbAt: Math.max(clauseEnd, start), generic: false };
  }
  const before = s.slice(Math.max(0, verbAt - 90), verbAt);
  const rel = ruleById('grant.relative-subject.en').pattern.exec(before);
  if (!rel?.groups?.product) return undefined;
  const start = verbAt - before.length + rel.index;
  const product = rel.groups.product;
  return { start, end: start + product.length, product, name: `approval of ${product}`, verbAt: clauseEnd, generic: false };
}

// After "approval": "for its CAR-T therapy AB-12", "for the gene therapy Zentacel" — a product's code or capitalised name.
const FOR_NAMED_PRODUCT_EN = new RegExp(String.raw`^\s+for\s+(?:its|their|the|a|an)\s+(?:[a-zA-Z-]+\s+){0,4}?(?<name>${PRODUCT_CODE_EN}|[A-Z][a-z]{3,}(?:cel|vec|gene|mab))\b`);
/** "Casgevy won U.S. FDA approval": the product before the verb, the regulator before "approval". */
function wonApprovalsEn(s: string, actors: GrantActor[]): Grant[] {
  const m = /approval/.test(s) ? ruleById('grant.won-approval.en').pattern.exec(s) : null;
  const subject = m?.groups?.product;
  const agent = m?.groups?.agent;
  if (!m || !subject || !agent) return [];
  // "Acme said it has obtained NMPA approval for its CAR-T therapy AB-12": a pronoun's (the maker's) product after "for".
  const named = FOR_NAMED_PRODUCT_EN.exec(s.slice(m.index + m[0].length));
  const pronoun = /^(?:The|This|It|it|They|they|We|Its|Their|He|She)$/.test(subject);
  if (pronoun && !named?.groups?.name) return [];
  const product = pronoun ? named!.groups!.name! : subject;
  const at = m.index + m[0].indexOf(agent, subject.length);
  const issuers = actors.filter((a) => a.label === 'Agency' && a.start >= at && a.end <= at + agent.length).map((a) => a.id);
  if (issuers.length === 0) return [];
  const start = pronoun ? m.index + m[0].length + named!.index + named![0].length - product.length : m.index + m[0].indexOf(product);
  return [{ start, end: start + product.length, product, name: `approval of ${product}`, issuers: [...new Set(issuers)], verbAt: start + product.length, generic: false, rule: 'grant.won-approval.en' }];
}

/** "X received a licence from Y": the licence itself is what is granted. */
function receivedFromGrantsEn(s: string, actors: GrantActor[]): Grant[] {
  const out: Grant[] = [];
  const from = ruleById('grant.received-from.en');
  for (const m of /\b(?:from|issued\s+by)\b/.test(s) ? s.matchAll(globalPattern(from.id)) : []) {
    const chain = chainAt(s, actors, m.index + m[0].length).filter((a) => a.label === 'Agency');
    const licence = m.groups?.licence ?? '';
    // "for drugs that have obtained / any drug that has obtained the certificate issued by X": a reward's condition names a
    // kind, granted to no one.
    if (chain.length === 0 || CONDITION_BEFORE_EN.test(s.slice(0, m.index))) continue;
    const start = m.index + m[0].indexOf(licence);
    // An approval notice names its product after the bodies ("… issued by the NMPA for KB-NK05"): one notice per product.
    const code = /approval/i.test(licence) ? FOR_CODE_EN.exec(s.slice(chain[chain.length - 1]!.end))?.[1] : undefined;
    const name = code ? `${licence} for ${code}` : licence;
    out.push({ start, end: start + licence.length, product: code ?? licence, name, issuers: [...new Set(chain.map((a) => a.id))], verbAt: m.index, generic: false, rule: from.id });
  }
  return out;
}

/** "The X MPA issued a drug manufacturing licence to Y Co., Ltd.": the body before the verb, a company right after "to". */
function licenceToGrantsEn(s: string, actors: GrantActor[]): Grant[] {
  const out: Grant[] = [];
  const to = ruleById('grant.licence-to.en');
  for (const m of /\bto\b/.test(s) ? s.matchAll(globalPattern(to.id)) : []) {
    const issuers = subjectBefore(s, actors, m.index, SUBJECT_GAP_EN);
    const holderAt = m.index + m[0].length;
    const holder = actors.some((a) => a.label === 'Organization' && Math.abs(a.start - holderAt) <= 4);
    const licence = m.groups?.licence ?? '';
    if (issuers.length === 0 || !holder) continue;
    const start = m.index + m[0].indexOf(licence);
    out.push({ start, end: start + licence.length, product: licence, name: licence, issuers, verbAt: m.index, generic: false, rule: to.id });
  }
  return out;
}

/** One rule's finds per Chinese voice, in the order they have always been listed (later passes look at that order). */
function chineseGrants(s: string, actors: GrantActor[], lastProduct: string | undefined): Grant[] {
  return [...practiceGrantsZh(s, actors), ...activeGrantsZh(s, actors), ...permitGrantsZh(s, actors), ...permitReceivedGrantsZh(s, actors), ...passiveGrantsZh(s, actors, lastProduct), ...institutionGrants(s, actors), ...planListGrantsZh(s, actors), ...inspectionCertificatesZh(s, actors), ...includedGrantsZh(s, actors, lastProduct), ...relativeGrantsZh(s, actors)];
}

/** 该产品于2023年被药审中心纳入突破性治疗药物程序: a designation by the body after 被/获; 该产品 is the page's last product. */
function includedGrantsZh(s: string, actors: GrantActor[], lastProduct: string | undefined): Grant[] {
  const out: Grant[] = [];
  const rule = ruleById('grant.included-in-procedure.zh');
  for (const m of /纳入|列入|认定为/.test(s) ? s.matchAll(globalPattern(rule.id)) : []) {
    const issuers = agenciesAt(s, actors, m.index + m[0].indexOf(m.groups!.agent!));
    if (issuers.length === 0) continue;
    const bare = passiveSubjectZh(s, m.index);
    const anaphor = ANAPHOR_PRODUCT_ZH.test(bare) || bare === '';
    const p = anaphor ? undefined : PRODUCT_ZH.exec(bare);
    const product = p ? p[1]!.replace(/[?®™]+$/, '').replace(OWNER_LEAD_ZH, '') : anaphor ? lastProduct : undefined;
    if (!product) continue;
    // The licence's span is its act's words (the product's own name is its approval's).
    const at = m.index + m[0].length - m.groups!.act!.length;
    out.push({ start: at, end: at + m.groups!.act!.length, product, name: `${product}纳入${m.groups!.act!}`, issuers, verbAt: m.index, generic: false, act: m.groups!.act!, rule: rule.id });
  }
  return out;
}

/** 通过乙署「X」（GTP）查核，取得Y证明: a certificate the inspecting bodies issued. */
function inspectionCertificatesZh(s: string, actors: GrantActor[]): Grant[] {
  const out: Grant[] = [];
  const rule = ruleById('grant.inspection-certificate.zh');
  for (const m of /查核|检查|核查|认证|审查|评审/.test(s) ? s.matchAll(globalPattern(rule.id)) : []) {
    const issuers = agenciesAt(s, actors, m.index + m[0].indexOf(m.groups!.agent!));
    const permit = m.groups!.permit!;
    if (issuers.length === 0) continue;
    const at = m.index + m[0].length - permit.length;
    out.push({ start: at, end: at + permit.length, product: permit, name: permit, issuers, verbAt: m.index, generic: false, rule: rule.id });
  }
  return out;
}

/** 甲核准乙医院执行「X」: the plan of a practice the body before the verb approved (Taiwan's special-regulation plans). */
function practiceGrantsZh(s: string, actors: GrantActor[]): Grant[] {
  const rule = ruleById('grant.approve-practice.zh');
  const m = /核准/.test(s) ? rule.pattern.exec(s) : null;
  const practice = m?.groups?.practice ?? m?.groups?.bare;
  // (经/获 X 核准 is the passive rule's.)
  if (!m || !practice || /(?:获得?|经)[^，。；,]{0,80}$/u.test(s.slice(0, m.index))) return [];
  const issuers = subjectBefore(s, actors, m.index, SUBJECT_GAP_ZH);
  if (issuers.length === 0) return [];
  const at = m.index + m[0].length - practice.length - (m.groups!.practice ? 1 : 0);
  return [{ start: at, end: at + practice.length, product: practice, name: practice, issuers, verbAt: m.index, generic: false, rule: rule.id }];
}

/** X批准Y上市: the body before the verb approves the product after it. */
function activeGrantsZh(s: string, actors: GrantActor[]): Grant[] {
  const out: Grant[] = [];
  const active = ruleById('grant.approve.active.zh');
  for (const m of s.matchAll(globalPattern(active.id))) {
    // 获/经 X 批准 is the passive rule's.
    if (/(?:获得?|经)[^，。；,]{0,40}$/u.test(s.slice(0, m.index))) continue;
    const issuers = subjectBefore(s, actors, m.index, SUBJECT_GAP_ZH);
    if (issuers.length === 0) continue;
    const mid = (m.groups?.mid ?? '').replace(/\([^)]*\)/g, '');
    const product = (mid.includes('申报的') ? mid.slice(mid.lastIndexOf('申报的') + 3) : mid).replace(/^(?:其|该)/, '').trim();
    // (甲药企的CAR-T细胞治疗产品「乙注射液」(在港)注册: the name in quotes at the end is the product's.)
    const quoted = QUOTED_LAST_ZH.exec(product)?.groups;
    if (quoted) {
      const at = s.indexOf(quoted.name!, m.index);
      const name = /注册$/.test(m[0]) ? `${quoted.name}${quoted.place ?? ''}注册` : `${quoted.name}${/^(?:附条件|有条件)?/.exec(m[0])![0]}批准上市`;
      out.push({ start: at, end: at + quoted.name!.length, product: quoted.name!, name, issuers, verbAt: m.index, generic: false, rule: active.id });
      continue;
    }
    // (已批准5款CAR-T产品上市: a count of products is none of them.)
    if ([...product].length < 2 || NOT_A_PRODUCT_ZH.test(product) || COUNTED_AFTER_ZH.test(s.slice(m.index + m[0].length)) || COUNTED_ZH.test(product)) continue;
    out.push(activeGrantZh(s, m, product, issuers, active.id));
  }
  return out;
}

const QUOTED_LAST_ZH = /的[^「」]{0,20}「(?<name>[^「」]{2,20})」(?<place>在[\p{Script=Han}]{1,3})?$/u;

/** The grant of one active match; 批准一款…产品在港注册，产品为X: the product named after its description, registered
 *  where the clause says. */
function activeGrantZh(s: string, m: RegExpExecArray, product: string, issuers: string[], rule: string): Grant {
  const verb = /^(?:附条件|有条件)?/.exec(m[0])![0];
  const described = NAMED_AFTER_DESCRIPTION_ZH.exec(product)?.groups?.name;
  if (described) {
    const at = s.indexOf(described, m.index);
    return { start: at, end: at + described.length, product: described, name: `${described}${verb}批准上市`, issuers, verbAt: m.index, generic: false, rule };
  }
  const named = DESCRIBED_PRODUCT_ZH.test(product) ? NAMED_AFTER_ZH.exec(s.slice(m.index + m[0].length)) : null;
  if (named?.groups?.name) {
    const place = /在[\p{Script=Han}]{1,3}$/u.exec(product)?.[0] ?? '';
    const at = s.indexOf(named.groups.name, m.index + m[0].length);
    return { start: at, end: at + named.groups.name.length, product: named.groups.name, name: `${named.groups.name}${place}${/注册$/.test(m[0]) ? '注册' : `${verb}批准上市`}`, issuers, verbAt: m.index, generic: false, rule };
  }
  const at = s.indexOf(product, m.index);
  // (批准X在港注册: a registration, named as one.)
  const act = /注册$/.test(m[0]) ? '注册' : `${verb}批准上市`;
  return { start: at >= 0 ? at : m.index, end: (at >= 0 ? at : m.index) + product.length, product, name: `${product}${act}`, issuers, verbAt: m.index, generic: DESCRIBED_PRODUCT_ZH.test(product), rule };
}

/** 国家药监局于3月批准上市的甲注射液, 获卫生署批准注册的「乙」: the body before the verb (or after 获/经) approved the product after 的. */
function relativeGrantsZh(s: string, actors: GrantActor[]): Grant[] {
  const out: Grant[] = [];
  const rule = ruleById('grant.approved-relative.zh');
  for (const m of /的/.test(s) ? s.matchAll(globalPattern(rule.id)) : []) {
    const agent = /(?:获得?|经)([^，。；,获经]{2,40}?)(?:[(（][^)）]{1,30}[)）])?$/u.exec(s.slice(0, m.index));
    const issuers = agent ? agenciesAt(s, actors, agent.index + agent[0].indexOf(agent[1]!)) : subjectBefore(s, actors, m.index, SUBJECT_GAP_ZH);
    const raw = m.groups!.product!;
    if (issuers.length === 0 || GENERIC_PRODUCT_ZH.test(raw)) continue;
    const product = raw.replace(/^「|」$/g, '');
    const at = m.index + m[0].length - raw.length + (raw.startsWith('「') ? 1 : 0);
    const registered = /注册的/.test(m[0]);
    out.push({ start: at, end: at + product.length, product, name: `${product}${registered ? '注册' : '获批'}`, issuers, verbAt: m.index, generic: false, rule: rule.id });
  }
  return out;
}

/** X核发Y许可: a permit issued by the body before the verb. */
function permitGrantsZh(s: string, actors: GrantActor[]): Grant[] {
  const out: Grant[] = [];
  const permit = ruleById('grant.issue-permit.zh');
  for (const m of PERMIT_VERB.test(s) ? s.matchAll(globalPattern(permit.id)) : []) {
    // The verb's subject, past a holder named before it (向甲公司颁发) and a date (已于12月20日核发).
    const verbAt = m.index;
    const lead = /(?:向[^，。；]{2,40}?|[已于]{0,2}(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|[已于]{0,2}(?:今年|去年|本年|近日|日前)(?:初|底|\d{1,2}月)?|已)*$/u.exec(s.slice(0, verbAt))!;
    const issuers = subjectBefore(s, actors, verbAt - lead[0].length, SUBJECT_GAP_ZH);
    const product = m.groups!.permit!;
    // 已核发2张有附款许可: a count of permits, not one act.
    // (已向5家企业核发: a count of holders, no one licence.)
    if (issuers.length === 0 || [...product].length < 3 || PERMIT_COUNT_ZH.test(product) || COUNTED_HOLDERS_ZH.test(lead[0])) continue;
    const at = m.index + m[0].length - product.length;
    out.push({ start: at, end: at + product.length, product, name: product, issuers, verbAt, generic: false, rule: permit.id });
  }
  return out;
}

/** 获X颁发的Y许可: a permit received, issued by the bodies named after 获. */
function permitReceivedGrantsZh(s: string, actors: GrantActor[]): Grant[] {
  const out: Grant[] = [];
  const received = ruleById('grant.permit-received.zh');
  for (const m of /获/.test(s) ? s.matchAll(globalPattern(received.id)) : []) {
    const issuers = agenciesAt(s, actors, m.index + m[0].indexOf(m.groups!.agent!));
    const product = m.groups!.permit!;
    if (issuers.length === 0 || [...product].length < 3) continue;
    const at = m.index + m[0].length - product.length;
    out.push({ start: at, end: at + product.length, product, name: product, issuers, verbAt: m.index, generic: false, rule: received.id });
  }
  return out;
}

/** Y获X批准: the bodies after 获 approve the product the clause before names (or 该产品, the page's last one). */
function passiveGrantsZh(s: string, actors: GrantActor[], lastProduct: string | undefined): Grant[] {
  const out: Grant[] = [];
  const passive = ruleById('grant.approve.passive.zh');
  for (const m of s.matchAll(globalPattern(passive.id))) {
    const issuers = agenciesAt(s, actors, m.index + m[0].indexOf(m.groups?.agent ?? ''));
    if (issuers.length === 0) continue;
    const bare = passiveSubjectZh(s, m.index);
    // 该产品已于D获X批准: the product the page named last in an approval.
    const anaphor = lastProduct ? ANAPHOR_PRODUCT_ZH.exec(bare) : null;
    if (anaphor && lastProduct) {
      const at = s.lastIndexOf(anaphor[0], m.index);
      out.push({ start: at, end: at + anaphor[0].length, product: lastProduct, name: `${lastProduct}获批`, issuers, verbAt: m.index, generic: false, rule: passive.id });
      continue;
    }
    // 经海南省药监局批准，该产品作为临床急需进口药品获准在乐城先行区使用，批准日期为D: a use approved where, named by it.
    const use = USE_APPROVED_ZH.exec(s.slice(m.index + m[0].length));
    if (use?.groups) {
      const as = (use.groups.as ?? use.groups.as2 ?? use.groups.as3)!;
      const place = (use.groups.place ?? use.groups.place2 ?? use.groups.place3)!;
      const at = m.index + m[0].length + use[0].indexOf(as);
      const field = APPROVAL_DATE_FIELD_ZH.exec(s.slice(at));
      out.push({ start: at, end: at + as.length, product: as, name: `${as}在${place}使用批准`, issuers, verbAt: field ? at + field.index + field[0].length : m.index, generic: false, rule: passive.id });
      continue;
    }
    // 乙中心取得管理局批准，成为首个CAR-T产品注册持有人: no product before, the one the sentence names after the verb.
    // 取得卫福部核准执行自体脂肪干细胞治疗: the practice approved to be carried out is what the licence is for.
    // 獲批產品名為「X」（…），由甲研發，已獲Y批准: the sentence's subject, a quoted name before the verb, when no clause names it.
    const plan = PRODUCT_ZH.test(bare) ? undefined : PLAN_SUBJECT_ZH.exec(bare)?.groups?.practice;
    if (plan) {
      const at = s.lastIndexOf(plan, m.index);
      out.push({ start: at, end: at + plan.length, product: plan, name: `${plan}细胞治疗技术计画核准`, issuers, verbAt: m.index, generic: false, rule: passive.id });
      continue;
    }
    const quoted = QUOTED_PRODUCT_ZH.exec(s.slice(0, m.index));
    const p = PRACTICE_AFTER_ZH.exec(s.slice(m.index + m[0].length)) ?? PRODUCT_ZH.exec(bare) ?? (NOT_YET_ZH.test(s) ? null : PRODUCT_AFTER_ZH.exec(s.slice(m.index + m[0].length)) ?? quoted);
    if (!p) continue;
    const product = p[1]!.replace(/[?®™]+$/, '').replace(OWNER_LEAD_ZH, '');
    // (我国已有9款…产品获得X批准上市: a count of products is none of them.)
    if (COUNTED_ZH.test(p[1]!)) continue;
    const at = s.lastIndexOf(product, m.index);
    // (批准在内地上市: where it may be marketed names the act, beside a registration elsewhere on the page.)
    const where = p === quoted ? MARKETED_IN_ZH.exec(s.slice(m.index + m[0].length))?.[1] : undefined;
    out.push({ start: at, end: at + product.length, product, name: where ? `${product}${where}上市批准` : `${product}获批`, issuers, verbAt: m.index, generic: false, rule: passive.id });
  }
  return out;
}

/** The passive verb's subject: the clause before it, bare of asides, its time, 已 and its application's words. */
// A count quantifies the subject's head: at its start (我国已有9款…, 另有3款由…研发的…产品) or with no 的 after it (…共5款CAR-T
// 产品); 多种 inside what one product treats (用于多种实体瘤的X) is none, nor an ordinal (第二款).
const COUNT_LEAD_ZH = String.raw`^(?:我国|国内|全国|本港|香港|澳门|台湾|目前|截至目前|迄今|今年|去年|此前)?`;
const COUNTED_ZH = new RegExp(String.raw`${COUNT_LEAD_ZH}(?:已有|共有|另有|又有|累计|共)|${COUNT_LEAD_ZH}${COUNT_ZH}|${COUNT_ZH}(?![^的]*的)`, 'u');
/** 向5家企业核发: holders counted. */
const COUNTED_HOLDERS_ZH = new RegExp(`向${COUNT_ZH}`, 'u');
const PRODUCT_CODE_ZH = /(?:研发代号|代号|项目代号)[:：]?\s*([A-Za-z][A-Za-z0-9-]{1,15})[）)]?\s*$/u;
/** The CDE, whose silence within the review window is an implied trial licence (默示许可) by law. */
const CDE = 'agency:cn/nmpa/cde';

/** 甲注射液获得临床试验默示许可 with no body named: the CDE's implied licence for the subject. */
function impliedTrialGrantsZh(s: string): Grant[] {
  const out: Grant[] = [];
  const rule = ruleById('grant.implied-trial.zh');
  for (const m of s.includes('默示许可') ? s.matchAll(globalPattern(rule.id)) : []) {
    // The product's code where it stands right before the verb (“X注射液”（研发代号AB-01）获得…): the name the trade uses;
    // else the subject named.
    const code = PRODUCT_CODE_ZH.exec(s.slice(Math.max(0, m.index - 24), m.index))?.[1];
    const named = code ?? PRODUCT_ZH.exec(passiveSubjectZh(s, m.index))?.[1]!.replace(OWNER_LEAD_ZH, '');
    // (A count of products, 已有30款…产品, is none of them.)
    if (!named || COUNTED_ZH.test(named) || GENERIC_PRODUCT_ZH.test(named)) continue;
    const product = named.replace(/^[“「]|[”」]$/g, '');
    const at = s.lastIndexOf(product, m.index);
    out.push({ start: at, end: at + product.length, product, name: `${product}临床试验默示许可`, issuers: [CDE], verbAt: m.index, generic: false, rule: rule.id });
  }
  return out;
}

function passiveSubjectZh(s: string, verbAt: number): string {
  let clause = clauseBefore(s, verbAt);
  // 甲产品，(并)已(于8月29日)(依特管办法)获X批准: a clause that opens with 已获 has the product of the clause before as its subject.
  if (/^\s*(?:并|均|也|现)?(?:已经?|正式|先后)?$/u.test(clause.replace(ACTS_UNDER_ZH, '').replace(TIME_TAIL_ZH, '')) && /[，,]$/.test(s.slice(0, verbAt - clause.length))) clause = clauseBefore(s, verbAt - clause.length - 1);
  // (此前已于D: a time word before the date is the time's too.)
  const bare = clause.replace(/\([^()]*\)/g, '').trim().replace(TIME_TAIL_ZH, '').replace(/(?:已经?|均已|也已|正式)$/u, '');
  return bare.replace(TIME_TAIL_ZH, '').replace(APPLICATION_TAIL_ZH, '');
}

/** 批准甲医院、乙中心等3家医疗机构开展X: one approval of X, issued by the body before the verb, else by the one opening the
 *  clause before (省卫生健康委会同…组织专家评审，于2月9日批准). */
function institutionGrants(s: string, actors: GrantActor[]): Grant[] {
  const rule = ruleById('grant.approve.institutions.zh');
  const m = /家/.test(s) ? rule.pattern.exec(s) : null;
  if (!m?.groups?.practice) return [];
  const verbAt = m.index + (m.groups.date?.length ?? 0);
  let issuers = subjectBefore(s, actors, m.index, SUBJECT_GAP_ZH);
  const clause = clauseBefore(s, m.index);
  if (issuers.length === 0 && clause.trim() === '' && /[，,]$/.test(s.slice(0, m.index))) {
    const prevStart = m.index - 1 - clauseBefore(s, m.index - 1).length;
    const lead = actors.find((a) => a.label === 'Agency' && a.start === prevStart);
    issuers = lead ? [lead.id] : [];
  }
  if (issuers.length === 0) return [];
  const product = m.groups.practice.trim();
  const at = m.index + m[0].length - m.groups.practice.length;
  return [{ start: at, end: at + product.length, product, name: `${product}批准`, issuers, verbAt, generic: false, rule: rule.id }];
}

/** The clause that ends at `at`: from the last comma, stop or semicolon before it outside brackets (商品名：X，研发代号：Y). */
function clauseBefore(s: string, at: number): string {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = s[i]!;
    if (c === ')' || c === '）') depth++;
    else if (c === '(' || c === '（') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === '，' || c === ',' || c === '。' || c === '；')) return s.slice(i + 1, at);
  }
  return s.slice(0, at);
}

/** The approvals a sentence states, each with the rule that found it; `lastProduct` is the one the page named last (该产品). */
export function findGrants(s: string, actors: GrantActor[], lastProduct?: string): Grant[] {
  // 经「1+」机制在港注册的X: a registration where only one body registers, named by its place (no body in the sentence).
  // (获得临床试验默示许可: an implied trial licence is the CDE's, named or not.)
  const placed = [...(/注册/.test(s) ? [...registeredInPlaceZh(s), ...approvedInPlaceZh(s)] : []), ...impliedTrialGrantsZh(s), ...(/\bregistered\s+(?:for\s+\w+\s+)?in\s+(?:Hong|Maca)/.test(s) ? registeredInPlaceEn(s, actors) : [])];
  // A grant needs an approving body in the sentence.
  if (!actors.some((a) => a.label === 'Agency')) return placed;
  if (HAN.test(s)) return GRANT_VERB_ZH.test(s) ? [...chineseGrants(s, actors, lastProduct), ...placed] : placed;
  return GRANT_HINT_EN.test(s) ? englishGrants(s, actors, lastProduct) : [];
}

const GENERIC_PRODUCT_ZH = /^(?:先进疗法|细胞(?:及|和)?基因治疗|细胞治疗|基因治疗|创新|生物|相关|该类|此类|同类|其他)?(?:产品|药品|药物|制剂|疗法)$/u;
/** Where a product is registered by the one body that registers drugs there (在港注册: Hong Kong's board). */
const REGISTRAR_OF_PLACE: Record<string, string> = { 港: 'agency:cn-hk/pharmacy-and-poisons-board', 香港: 'agency:cn-hk/pharmacy-and-poisons-board', 'Hong Kong': 'agency:cn-hk/pharmacy-and-poisons-board', 澳: 'agency:cn-mo/pharmaceutical-administration', 澳门: 'agency:cn-mo/pharmaceutical-administration', Macao: 'agency:cn-mo/pharmaceutical-administration', Macau: 'agency:cn-mo/pharmaceutical-administration' };

/** 一款…产品已按「1+」机制获批在港注册: the clause's subject registered there by its registrar (described, not named — a
 *  headline's 血友病B基因治疗 — it is generic: the page's named registration by that body is the act). */
function approvedInPlaceZh(s: string): Grant[] {
  const rule = ruleById('grant.approved-in-place.zh');
  const m = rule.pattern.exec(s);
  const registrar = m ? REGISTRAR_OF_PLACE[m.groups!.place!] : undefined;
  const product = m ? passiveSubjectZh(s, m.index).replace(/(?:已经?|并|也|均)+$/u, '').trim() : '';
  // (共有三款…产品获准在港注册: a count of products is none of them.)
  if (!m || !registrar || [...product].length < 2 || NOT_YET_ZH.test(clauseBefore(s, m.index)) || GENERIC_PRODUCT_ZH.test(product) || COUNTED_ZH.test(product)) return [];
  const at = s.lastIndexOf(product, m.index);
  const place = m.groups!.place!;
  return [{ start: at, end: at + product.length, product, name: `${product}在${place === '香港' ? '港' : place}注册`, issuers: [registrar], verbAt: m.index, generic: DESCRIBED_PRODUCT_ZH.test(product) || !PRODUCT_ZH.test(product), rule: rule.id }];
}

// An item of a batch of approved plans: a hospital (past a foundation's or a legal person's name before it), 的, its
// 「practice」; or, in the sentence after the batch, the hospital 获准以/执行「practice」.
const PLAN_ITEM_ZH = /(?:^|[、，,；;：:及和]|以及|其中(?:包括|包含|有)?)(?<holder>[^、，,；;及和「」。]{2,60}?(?:医院|医学中心|中心|诊所|总|附医))(?:的|之|(?:则|也|亦|另)?获准(?:以|执行|施行|开展))?「(?<practice>[^「」]{4,40})」/gu;
const HOLDER_LEAD_ZH = /^.*(?:基金会|法人)/u;
/** 其中(包括) / 包括 / 分别为: where a batch's items begin. */
const ITEMS_FROM_ZH = /其中(?:包括|包含|有)?|包括|包含|分别(?:为|是)[：:]?/u;

/** 卫福部公布…核准的细胞治疗计画: the bodies that announce a batch of approved plans (its items in it or the sentence after). */
export function planBatchZh(s: string, actors: GrantActor[]): string[] {
  const m = /核准/.test(s) ? ruleById('grant.plan-list.zh').pattern.exec(s) : null;
  return m ? subjectBefore(s, actors, m.index, SUBJECT_GAP_ZH) : [];
}

/** The batch's items from `from` on (after 其中/包括), each a plan approved by `issuers`. */
export function planItemsZh(s: string, from: number, issuers: string[]): Grant[] {
  const out: Grant[] = [];
  for (const it of issuers.length > 0 ? s.slice(from).matchAll(PLAN_ITEM_ZH) : []) {
    const holder = it.groups!.holder!.replace(HOLDER_LEAD_ZH, '').replace(/^(?:其中(?:包括|包含|有)?)/u, '').trim();
    const practice = it.groups!.practice!;
    const at = from + it.index + it[0].lastIndexOf(practice);
    out.push({ start: at, end: at + practice.length, product: practice, name: `${holder}${practice}计画核准`, issuers, verbAt: from + it.index, generic: false, rule: 'grant.plan-list.zh' });
  }
  return out;
}

/** 卫福部公布…核准的细胞治疗计画…，其中包括甲医院的「X」、乙医院的「Y」: each listed plan, approved by the body that announces. */
function planListGrantsZh(s: string, actors: GrantActor[]): Grant[] {
  const m = /核准/.test(s) ? ruleById('grant.plan-list.zh').pattern.exec(s) : null;
  const items = m ? ITEMS_FROM_ZH.exec(s.slice(m.index + m[0].length)) : null;
  if (!m || !items) return [];
  return planItemsZh(s, m.index + m[0].length + items.index + items[0].length, planBatchZh(s, actors));
}

/** 乙医院也于同月获准以X治疗Y: a practice approved "too", by `issuers` (the page's last approval's body). */
export function alsoApprovedZh(s: string, issuers: string[]): Grant[] {
  const rule = ruleById('grant.also-approved.zh');
  const m = issuers.length > 0 && /获准/.test(s) ? rule.pattern.exec(s) : null;
  const practice = m?.groups?.practice;
  if (!m || !practice || NOT_YET_ZH.test(clauseBefore(s, m.index))) return [];
  const at = m.index + m[0].length - practice.length;
  return [{ start: at, end: at + practice.length, product: practice, name: `${practice}获准`, issuers, verbAt: m.index, generic: false, rule: rule.id }];
}

/** 去年经「1+」机制在港注册的伊基奥仑赛注射液: the product's registration in that place, by its registrar. */
function registeredInPlaceZh(s: string): Grant[] {
  const rule = ruleById('grant.registered-in-place.zh');
  const out: Grant[] = [];
  for (const m of s.matchAll(globalPattern(rule.id))) {
    const { place, product } = m.groups!;
    const registrar = REGISTRAR_OF_PLACE[place!];
    // 使用在港注册的先进疗法产品: a kind of product, not one registered.
    if (!registrar || !product || GENERIC_PRODUCT_ZH.test(product)) continue;
    const at = m.index + m[0].length - product.length;
    out.push({ start: at, end: at + product.length, product, name: `${product}在${place === '香港' ? '港' : place}注册`, issuers: [registrar], verbAt: m.index, generic: false, rule: rule.id });
  }
  return out;
}

// The head of a subject registered that is no product: a trial, a patent, a trademark, a company, a clinic.
const NOT_A_PRODUCT_HEAD_EN = /\b(?:trials?|stud(?:y|ies)|patents?|trademarks?|companies|company|firms?|clinics?|subsidiar(?:y|ies)|entit(?:y|ies)|offices?|branch(?:es)?|funds?|charit(?:y|ies)|domains?)\b(?:\s+(?:of|for|on)\b|\s*$)/i;

/** "X was registered in Hong Kong in May", "X became the first … registered in Macao": the subject's registration by the
 *  place's registrar; a company registered there (its name, "as a limited company") or a count of products is none. */
function registeredInPlaceEn(s: string, actors: GrantActor[]): Grant[] {
  const rule = ruleById('grant.registered-in-place.en');
  const out: Grant[] = [];
  for (const m of s.matchAll(globalPattern(rule.id))) {
    const raw = m.groups!.product!;
    const product = raw.replace(CUT_EN, '').trim();
    const at = m.index + raw.length - product.length;
    const registrar = REGISTRAR_OF_PLACE[m.groups!.place!.replace(/\s+/g, ' ')];
    const company = actors.some((a) => a.label === 'Organization' && a.start < at + product.length && a.end > at) || new RegExp(`\\b${COMPANY_TAIL_EN}$`).test(product);
    // ("The trial of the CAR-NK product", "A patent for the vector": what was registered is not a product.)
    if (NOT_A_PRODUCT_HEAD_EN.test(s.slice(Math.max(0, m.index - 40), m.index + raw.length))) continue;
    if (!registrar || !product || company || countedEn(product) || /^(?:it|this|which|they|the\s+\w+)$/i.test(product)) continue;
    out.push({ start: at, end: at + product.length, product, name: `registration of ${product} in ${m.groups!.place!.replace(/\s+/g, ' ')}`, issuers: [registrar], verbAt: m.index + m[0].length, generic: GENERIC_EN.test(product), rule: rule.id });
  }
  return out;
}
