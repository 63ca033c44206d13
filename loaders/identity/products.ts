// What a licence is for, as identity compares it: the products it names (codes, Chinese drug names, Latin
// product words, each with its pinyin so scripts can meet), the therapy class it belongs to, and the kind of
// licence (marketing, production, clinical trial). Read from the licence's names and the sentence that names it.
import { pinyin } from 'pinyin-pro';
import { toSimplified } from '../read/script.ts';
import { escapeRegExp } from '../regex.ts';

export interface LicenceTerms {
  /** Product keys: `code:PLEB001`, `zh:阿基仑赛`, `en:yescarta`; `py:` keys are the pinyin of `zh:` ones. */
  products: string[];
  /** Therapy classes named: car-t, stem-cell, msc, gene-therapy, tcr-t, til, nk, ipsc. */
  classes: string[];
  /** marketing | production | clinical-trial, where the name says which. */
  kind?: string;
}

// Class words in both languages (a mesenchymal stem cell is a stem cell too).
const CLASSES: [string, RegExp][] = [
  ['car-t', /\bCAR[-\s]?T\b|嵌合抗原受体/i],
  ['tcr-t', /\bTCR[-\s]?T\b/i],
  ['til', /\bTILs?\b|肿瘤浸润淋巴细胞/],
  ['nk', /\bNK[-\s]?cells?\b|NK细胞|自然杀伤细胞/i],
  ['msc', /\bMSCs?\b|mesenchymal|间充质/i],
  ['ipsc', /\biPSCs?\b|induced pluripotent|诱导多能/i],
  ['stem-cell', /stem[-\s]cells?|干细胞|\bMSCs?\b|mesenchymal|间充质|\biPSCs?\b/i],
  ['gene-therapy', /gene therap|基因治疗|\bAAV\b/i],
];

const KINDS: [string, RegExp][] = [
  ['production', /生产许可|manufactur\w* (?:licen[cs]e|permit|certificate)|production (?:licen[cs]e|permit)/i],
  ['clinical-trial', /临床试验(?:批准|许可|默示)|clinical trial (?:approval|application|licen[cs]e)|\bIND\b/i],
  ['marketing', /注册证书|上市|marketing (?:approval|authori[sz]ation)|registration certificate|approved for (?:sale|marketing)/i],
];

// A product code: letters then digits (PLEB001, FKC876, CT-053), not a year, a standard, a marker or a virus.
const CODE = /\b([A-Z]{2,6})-?(\d{2,5}[A-Z]?)\b/g;
const NOT_CODE = /^(?:ISO|GB|GMP|GSP|GCP|CD|NO|IL|HLA|COVID|SARS|HIV|HPV|PD|EU|US|CN|NMPA|FDA|EMA|CDE|NHC|NPC|CPPCC)$/;
// Chinese drug names end in their dosage form: 阿基仑赛注射液, 某某胶囊; 商品名称：奕凯达 names a trade name.
const ZH_DRUG = /([\p{Script=Han}]{2,10}?)(?:细胞)?(?:注射液|注射剂|胶囊|冻干粉)/gu;
const ZH_TRADE = /商品名(?:称)?[:：为]?\s*([\p{Script=Han}]{2,6})/gu;
// Latin product words: a trade name marked ®/™, or a capitalised word after "approval of"/"approved".
const EN_MARKED = /\b([A-Z][a-z]{3,}[a-z0-9]*)\s*[®™]/g;
const EN_NAMED = /\b(?:approv\w*|authori[sz]\w*|licen[cs]\w*)\s+(?:of\s+|for\s+)?(?:the\s+)?(?:drug\s+|therapy\s+|product\s+)?([A-Z][a-z]{3,}[a-z0-9]*)\b(?!\s+[A-Z])/g;
// 某品牌获批 / Yescarta获美国FDA批准: a Latin name right before 获 in Chinese text.
const EN_BEFORE_ZH = /\b([A-Z][a-z]{3,}[a-z0-9]*)\s*[®™?]?\s*获/g;
const NOT_PRODUCT = new Set(['China', 'Chinese', 'Beijing', 'Shanghai', 'National', 'State', 'First', 'Conditional', 'Drug', 'Drugs', 'Cell', 'Gene', 'Stem', 'Marketing', 'Clinical', 'Registration', 'Production', 'Manufacturing', 'Priority', 'Breakthrough', 'Innovative', 'Phase', 'Medical', 'Health', 'Products', 'Product', 'Therapy', 'Therapies', 'Today', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
// Dosage forms and common words that end a drug-name match but are not the product.
const ZH_NOT_PRODUCT = /^(?:该|本|此|其|产品|药品|细胞|治疗|新型|首个|国内|自体|异体|人)+$/u;

// Cell and gene therapy products approved in China, each under the names texts use for it: INN in both
// languages, trade names, development codes (public NMPA approvals; reference data like the gazetteer).
const KNOWN: [string, string[]][] = [
  ['axicabtagene-ciloleucel', ['axicabtagene ciloleucel', 'axi-cel', 'Yescarta', 'Yikaida', 'FKC876', '阿基仑赛', '奕凯达']],
  ['relmacabtagene-autoleucel', ['relmacabtagene autoleucel', 'relma-cel', 'Carteyva', 'Beinuoda', 'JWCAR029', '瑞基奥仑赛', '倍诺达']],
  ['equecabtagene-autoleucel', ['equecabtagene autoleucel', 'eque-cel', 'Fucaso', 'CT103A', '伊基奥仑赛', '福可苏']],
  ['inaticabtagene-autoleucel', ['inaticabtagene autoleucel', 'CNCT19', '纳基奥仑赛', '源瑞达']],
  ['zevorcabtagene-autoleucel', ['zevorcabtagene autoleucel', 'zevor-cel', 'CT053', '泽沃基奥仑赛', '赛恺泽']],
  ['ciltacabtagene-autoleucel', ['ciltacabtagene autoleucel', 'cilta-cel', 'Carvykti', 'LCAR-B38M', '西达基奥仑赛', '卡卫荻']],
  ['amimestrocel', ['amimestrocel', 'Amymatosai', 'Ruibosheng', 'PLEB001', '艾米迈托赛', '睿铂生']],
];
// A country's first approved product of a class is one product (a superlative has one referent): "China's first
// CAR-T therapy" is axicabtagene ciloleucel (2021), 我国首款间充质干细胞治疗药品 amimestrocel (2025). Read from a
// licence's own names only: a sentence may name the first product beside another. "first … for X" is not it.
const COUNTRY_FIRST = String.raw`(?:我国|国内|中国|(?:the\s+)?(?:country|nation|china)['’]?s?\s+)(?:first|首款|首个|第一款|第一个)\s*`;
// Not a first for one disease, nor a first clinical trial of the class.
const NOT_THAT_FIRST = String.raw`(?!\s+(?:for|to|against|targeting)\b|\s*(?:clinical|trials?\b|IND\b|临床))`;
const PRODUCT_WORD = String.raw`\s*(?:治疗)?(?:药品|药物|新药|产品|疗法|drug|therapy|product|medicine|treatment)${NOT_THAT_FIRST}`;
const FIRSTS: [string, RegExp][] = [
  ['amimestrocel', new RegExp(String.raw`${COUNTRY_FIRST}(?:(?:间充质)?干细胞|(?:mesenchymal\s+)?stem[-\s]cells?|MSCs?)${PRODUCT_WORD}`, 'iu')],
  ['axicabtagene-ciloleucel', new RegExp(String.raw`${COUNTRY_FIRST}CAR[-\s]?T(?:\s*cells?|\s*细胞)?${PRODUCT_WORD}`, 'iu')],
];

let known: { id: string; re: RegExp }[] | undefined;
function knownProducts(text: string): string[] {
  known ??= KNOWN.map(([id, forms]) => ({ id, re: new RegExp(forms.map((f) => (/\p{Script=Han}/u.test(f) ? escapeRegExp(f) : `\\b${escapeRegExp(f)}\\b`)).join('|'), 'iu') }));
  return known.filter((k) => k.re.test(text)).map((k) => `known:${k.id}`);
}

const py = (zh: string): string => (pinyin(zh, { toneType: 'none', type: 'array', v: true }) as string[]).join('');

/** The licence terms of a licence's names and the sentence that names it. */
export function licenceTerms(names: string[], evidence: string | undefined): LicenceTerms {
  const texts = [...names, ...(evidence ? [evidence] : [])].map((t) => toSimplified(t.normalize('NFKC')));
  const products = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(CODE)) if (!NOT_CODE.test(m[1]!) && !/^(?:19|20)\d\d$/.test(m[2]!)) products.add(`code:${m[1]}${m[2]}`);
    for (const re of [ZH_DRUG, ZH_TRADE]) {
      for (const m of t.matchAll(re)) {
        const core = m[1]!.replace(/^.*(?:的|是|为|和|与|及|批准|准予|核发|获批|产品|药品|其)/u, '');
        if (core.length < 2 || ZH_NOT_PRODUCT.test(core)) continue;
        products.add(`zh:${core}`);
        products.add(`py:${py(core)}`);
      }
    }
    for (const re of [EN_MARKED, EN_NAMED, EN_BEFORE_ZH]) for (const m of t.matchAll(re)) if (!NOT_PRODUCT.has(m[1]!)) products.add(`en:${m[1]!.toLowerCase()}`);
  }
  const all = texts.join('\n');
  for (const k of knownProducts(all)) products.add(k);
  for (const [id, re] of FIRSTS) if (texts.slice(0, names.length).some((t) => re.test(t))) products.add(`known:${id}`);
  const classes = CLASSES.filter(([, re]) => re.test(all)).map(([c]) => c);
  const kind = KINDS.find(([, re]) => names.some((n) => re.test(toSimplified(n))))?.[0];
  return { products: [...products].sort(), classes, ...(kind ? { kind } : {}) };
}

/**
 * How two licences' products compare: one product, two products, or nothing comparable. Latin product words
 * only ever agree (a capitalised word after "approved" may be a company); codes and Chinese drug names also differ.
 */
export function productAgreement(a: string[], b: string[]): 'known' | 'same' | 'different' | 'unknown' {
  if (!a.length || !b.length) return 'unknown';
  const of = (xs: string[], form: string) => xs.filter((x) => x.startsWith(form)).map((x) => x.slice(form.length));
  // Products of the reference list decide across scripts and names.
  const [ka, kb] = [of(a, 'known:'), of(b, 'known:')];
  if (ka.length && kb.length) return ka.some((x) => kb.includes(x)) ? 'known' : 'different';
  const sb = new Set(b);
  if (a.some((x) => sb.has(x))) return 'same';
  // 艾米迈托赛 and 批准艾米迈托赛: one name with what the pattern caught before it.
  const [za, zb] = [of(a, 'zh:'), of(b, 'zh:')];
  if (za.some((x) => zb.some((y) => x.endsWith(y) || y.endsWith(x)))) return 'same';
  // A Latin word spelling a Chinese name's pinyin (Ruibosheng = 睿铂生).
  const [la, lb, pa, pb] = [of(a, 'en:'), of(b, 'en:'), of(a, 'py:'), of(b, 'py:')];
  const spells = (ws: string[], ps: string[]) => ws.some((w) => w.length >= 6 && ps.some((p) => p.endsWith(w)));
  if (spells(la, pb) || spells(lb, pa)) return 'same';
  if (of(a, 'code:').length && of(b, 'code:').length) return 'different';
  if (za.length && zb.length) return 'different';
  return 'unknown';
}
