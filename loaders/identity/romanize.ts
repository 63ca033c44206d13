// How a Chinese personal name is spelled in English, in the four conventions the corpus meets: Mandarin pinyin
// (mainland), Hong Kong government Cantonese romanisation (Lo Chung-mau = 盧寵茂), Macao's (Ho Iat Seng = 賀一誠) and
// Wade-Giles as Taiwan writes it (Chen Shih-chung = 陳時中: no apostrophes or umlauts, given-name syllables
// hyphenated). Readings come from pinyin-pro and to-jyutping; the tables below only turn those readings into each
// convention's spelling.
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { toSimplified, toTraditional } from '../read/script.ts';
import { memo } from './memo.ts';

// to-jyutping costs ~0.3 s and ~60 MB when loaded: only a process that compares persons across scripts loads it.
let toJyutping: typeof import('to-jyutping') | undefined;
const jyutpingCandidates = (s: string): [string, string[]][] =>
  (toJyutping ??= createRequire(import.meta.url)('to-jyutping') as typeof import('to-jyutping')).getJyutpingCandidates(s);

export type System = 'pinyin' | 'cantonese' | 'wade-giles' | 'macau';
const SYSTEMS: readonly System[] = ['pinyin', 'cantonese', 'wade-giles', 'macau'];

// Jyutping → Hong Kong Government Cantonese Romanisation (the spelling of HK identity cards and government name
// lists, descended from Eitel's and Dyer Ball's 19th-century spellings): d/t → t, g/k → k, z/c → ch or ts, j → y,
// aa → a or ah (華 Wah), am/an → um/un too (岑 Shum, 振 Chun), o → or too (娥 Ngor), oeng → eung, eoi → ui,
// yun → uen, ou → o.
const HK_INITIAL: Record<string, string[]> = {
  b: ['p'], p: ['p'], m: ['m'], f: ['f'], d: ['t'], t: ['t'], n: ['n'], l: ['l'], g: ['k'], k: ['k'], ng: ['ng'], h: ['h'],
  gw: ['kw'], kw: ['kw'], w: ['w'], z: ['ch', 'ts'], c: ['ch', 'ts'], s: ['s', 'sh'], j: ['y'], '': [''],
};
const HK_FINAL: Record<string, string[]> = {
  aa: ['a', 'ah'], aai: ['ai'], aau: ['au'], aam: ['am'], aan: ['an'], aang: ['ang'], aap: ['ap'], aat: ['at'], aak: ['ak'],
  ai: ['ai'], au: ['au', 'ow'], am: ['am', 'um'], an: ['an', 'un'], ang: ['ang'], ap: ['ap'], at: ['at'], ak: ['ak'],
  e: ['e'], ei: ['ei', 'ee', 'i'], eu: ['eu'], em: ['em'], eng: ['eng'], ep: ['ep'], ek: ['ek'],
  i: ['i', 'ee'], iu: ['iu'], im: ['im'], in: ['in'], ing: ['ing'], ip: ['ip'], it: ['it'], ik: ['ik'],
  o: ['o', 'or'], oi: ['oi'], ou: ['o', 'ou'], on: ['on'], ong: ['ong'], ot: ['ot'], ok: ['ok'],
  u: ['u', 'oo'], ui: ['ui', 'ooi'], un: ['un', 'oon'], ung: ['ung'], ut: ['ut', 'oot'], uk: ['uk'],
  oe: ['oe'], oeng: ['eung'], oek: ['euk'], eoi: ['ui', 'eui'], eon: ['un', 'eun'], eot: ['ut', 'eut'],
  yu: ['u', 'ue'], yun: ['un', 'uen'], yut: ['ut', 'uet'],
};
// Sibilants before i are written sze / tsz (施 Sze, 子 Tsz).
const HK_SIBILANT_I: Record<string, string[]> = { s: ['sze', 'sz'], z: ['tsz', 'tze'], c: ['tsz', 'tze'] };

// Pinyin → Wade-Giles (Wade 1867, Giles 1892) in the form Taiwan's passports and government lists use: aspiration
// apostrophes and ü dropped (邱 ch'iu → Chiu, 薛 hsüeh → Hsueh), ying also Ing (Tsai Ing-wen). Whole syllables whose
// final changes with the initial are listed; the rest go by initial + final.
const WG_INITIAL: Record<string, string> = {
  b: 'p', p: 'p', m: 'm', f: 'f', d: 't', t: 't', n: 'n', l: 'l', g: 'k', k: 'k', h: 'h', j: 'ch', q: 'ch', x: 'hs',
  zh: 'ch', ch: 'ch', sh: 'sh', r: 'j', z: 'ts', c: 'ts', s: 's', y: 'y', w: 'w', '': '',
};
const WG_SYLLABLE: Record<string, string[]> = {
  zhi: ['chih'], chi: ['chih'], shi: ['shih'], ri: ['jih'], zi: ['tzu'], ci: ['tzu'], si: ['ssu', 'szu'], er: ['erh'],
  yi: ['i', 'yi'], ying: ['ying', 'ing'], you: ['yu'], yan: ['yen'], ye: ['yeh'], ke: ['ko'], ge: ['ko'], he: ['ho'], gui: ['kuei'], kui: ['kuei'],
  duo: ['to'], tuo: ['to'], nuo: ['no'], luo: ['lo'], zuo: ['tso'], cuo: ['tso'], suo: ['so'], zhuo: ['cho'], chuo: ['cho'], ruo: ['jo'],
};
const WG_FINAL: [RegExp, string][] = [[/iong$/, 'iung'], [/ong$/, 'ung'], [/ian$/, 'ien'], [/ie$/, 'ieh'], [/(?:ve|ue)$/, 'ueh'], [/v/, 'u']];

// Surnames whose usual English spelling the rules above do not give (HK: 李 Lee, 周 Chow, 葉 Ip; Taiwan: 李 Lee),
// and compound surnames, which are read as one family name. Keys are Simplified.
const SURNAMES: Record<string, string[]> = {
  李: ['lee'], 周: ['chow'], 邹: ['chow'], 罗: ['law'], 叶: ['ip'], 胡: ['woo'], 潘: ['poon'], 顾: ['koo'], 施: ['sze'],
  卢: ['lo'], 陈: ['chan'], 黄: ['wong'], 林: ['lam'], 张: ['cheung'], 郑: ['cheng', 'cheang'], 梁: ['leung'], 吴: ['ng'], 伍: ['ng'],
  欧阳: ['auyeung', 'ouyang'], 司徒: ['szeto', 'situ'], 上官: ['sheungkoon', 'shangguan'], 诸葛: ['chukot', 'zhuge'],
  司马: ['szema', 'sima'], 东方: ['tungfong', 'dongfang'], 皇甫: ['wongpo', 'huangfu'], 张简: ['changchien'], 范姜: ['fanchiang'],
};

function cantonese(jyutping: string): string[] {
  const { ini = '', fin = '' } = /^(?<ini>gw|kw|ng|[bpmfdtnlgkhwzcsj]?)(?<fin>[a-z]*)$/.exec(jyutping)?.groups ?? {};
  if (!(ini in HK_INITIAL)) return [];
  if (!fin) return ini === 'ng' || ini === 'm' ? [ini] : []; // syllabic 吳 ng, 唔 m
  const finals = HK_FINAL[fin] ?? [];
  if (fin === 'i' && HK_SIBILANT_I[ini]) return [...HK_SIBILANT_I[ini]!, ...HK_INITIAL[ini]!.flatMap((i) => finals.map((f) => i + f))];
  // j + yu… is written yu, yue, yuen (余 Yu, 元 Yuen), not yyu.
  if (ini === 'j' && fin.startsWith('yu')) return finals.map((f) => `y${f}`);
  return HK_INITIAL[ini]!.flatMap((i) => finals.map((f) => i + f));
}

// Jyutping → the Cantonese romanisation of Macao's identity cards and government lists (Portuguese in origin): as
// Hong Kong's, but j → i (楊 Ieong, 一 Iat; dropped before i and yu: 葉 Ip, 余 U), w → v too (維 Vai), oeng → eong
// (張 Cheong, 祥 Cheong), ing → eng (炳 Peng, 榮 Weng), ei → ei alone (李 Lei), au → ao (劉 Lao, 周 Chao), iu → io
// (少 Sio), ung → ong (農 Nong), eoi → oi or ui (徐 Choi, 崔 Chui), eon → on or un (俊 Chon), final k → c too (澤 Chak,
// 特 Tac), yu → u.
const MO_INITIAL: Record<string, string[]> = { ...HK_INITIAL, gw: ['ku', 'kw'], kw: ['ku', 'kw'], w: ['v', 'w'], s: ['s', 'x'], j: ['i'] };
const MO_FINAL: Record<string, string[]> = {
  ...HK_FINAL, ei: ['ei'], i: ['i'], aau: ['ao', 'au'], au: ['ao', 'au'], ing: ['eng', 'ing'], ik: ['ec', 'ek', 'ik'], iu: ['io', 'iu'], ou: ['ou', 'o'],
  ung: ['ong', 'ung'], uk: ['oc', 'ok', 'uk'], oeng: ['eong'], oek: ['eoc', 'euk'], eoi: ['oi', 'ui'], eon: ['on', 'un', 'eon'],
  eot: ['ot', 'ut'], aak: ['ac', 'ak'], ak: ['ac', 'ak'], ek: ['ec', 'ek'], ok: ['oc', 'ok'], yu: ['u'], yun: ['un', 'iun'], yut: ['ut'],
};

function macau(jyutping: string): string[] {
  const { ini = '', fin = '' } = /^(?<ini>gw|kw|ng|[bpmfdtnlgkhwzcsj]?)(?<fin>[a-z]*)$/.exec(jyutping)?.groups ?? {};
  if (!(ini in MO_INITIAL)) return [];
  if (!fin) return ini === 'ng' || ini === 'm' ? [ini] : [];
  const finals = MO_FINAL[fin] ?? [];
  if (fin === 'i' && HK_SIBILANT_I[ini]) return [...HK_SIBILANT_I[ini]!, ...MO_INITIAL[ini]!.flatMap((i) => finals.map((f) => i + f))];
  // j before i or yu is not written (葉 jip Ip, 余 jyu U).
  if (ini === 'j' && /^(?:i|yu)/.test(fin)) return finals;
  return MO_INITIAL[ini]!.flatMap((i) => finals.map((f) => i + f));
}

function wadeGiles(py: string): string[] {
  const whole = WG_SYLLABLE[py];
  if (whole) return whole;
  const { ini = '', fin = '' } = /^(?<ini>zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]?)(?<fin>[a-z]*)$/.exec(py)?.groups ?? {};
  if (!fin) return [];
  let f = fin;
  for (const [re, to] of WG_FINAL) f = f.replace(re, to);
  return [WG_INITIAL[ini]! + f];
}

/** Every reading of one character in one system (polyphonic characters give several). */
const readings = memo((ch: string): Record<System, string[]> => {
  const py = new Set<string>();
  const jp = new Set<string>();
  for (const c of new Set([ch, toSimplified(ch), toTraditional(ch)])) {
    for (const p of pinyin(c, { multiple: true, type: 'array', toneType: 'none', v: true }) as string[]) py.add(p.toLowerCase());
    for (const [, cs] of jyutpingCandidates(c)) for (const j of cs) if (/^[a-z]+\d$/.test(j)) jp.add(j.slice(0, -1));
  }
  return {
    pinyin: [...py].map((p) => p.replace(/v/g, 'u')),
    cantonese: [...new Set([...jp].flatMap(cantonese))],
    'wade-giles': [...new Set([...py].flatMap(wadeGiles))],
    macau: [...new Set([...jp].flatMap(macau))],
  };
});

/** A Chinese personal name split into family name and given characters (compound surnames kept whole). */
export interface HanName {
  family: string;
  given: string[];
}

export function splitHanName(zh: string): HanName | undefined {
  const s = [...toSimplified(zh.normalize('NFKC')).replace(/[\s·・]/gu, '')];
  if (s.length < 2 || s.length > 4 || !s.every((c) => /\p{Script=Han}/u.test(c))) return undefined;
  const two = s.slice(0, 2).join('');
  // Four characters without a compound surname: a married woman's two family names (林鄭月娥, Lam Cheng Yuet-ngor).
  const k = (SURNAMES[two] && s.length >= 3) || s.length === 4 ? 2 : 1;
  return { family: s.slice(0, k).join(''), given: s.slice(k) };
}

/** The family name's spellings in one system, with the usual irregular ones. */
function familyForms(family: string, system: System): string[] {
  const chars = [...family];
  let forms = [''];
  for (const c of chars) forms = forms.flatMap((f) => readings(c)[system].map((r) => f + r));
  return [...new Set([...forms, ...(SURNAMES[family] ?? [])])];
}

/** English name → lower-case words, a hyphenated given name one word (Chung-mau → chungmau); apostrophes and diacritics dropped. */
export const words = (en: string): string[] =>
  en.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’‘`]/g, '').replace(/([a-z])-(?=[a-z])/g, '$1').match(/[a-z]+/g) ?? [];

/** Can `s` be spelled by the given characters, one reading each, in one system? */
function spells(s: string, given: string[], system: System): boolean {
  if (!given.length) return s === '';
  const options = readings(given[0]!)[system];
  return options.some((r) => s.startsWith(r) && spells(s.slice(r.length), given.slice(1), system));
}

/** The ways an English name's words divide into family and given name: family first, family last, or after a Western first name. */
function splits(t: string[]): { family: string; given: string }[] {
  const out: { family: string; given: string }[] = [];
  for (let k = 1; k < t.length && k <= 2; k++) {
    out.push({ family: t.slice(0, k).join(''), given: t.slice(k).join('') });
    out.push({ family: t.slice(t.length - k).join(''), given: t.slice(0, t.length - k).join('') });
  }
  for (let k = 1; k <= 2 && k + 2 <= t.length; k++) out.push({ family: t.slice(1, 1 + k).join(''), given: t.slice(1 + k).join('') });
  return out;
}

export type Agreement = { system: System } | 'different given name' | undefined;

/**
 * An English name read against a Chinese one: the system in which it spells it (family and given name, one
 * system for the given name), 'different given name' when the family name is spelled but the given name is a
 * Chinese given name of as many syllables that none of the readings give (Li Meng against 李明), else undefined.
 */
export function romanAgreement(en: string, zh: string): Agreement {
  const name = splitHanName(zh);
  const t = words(en);
  if (!name || t.length < 2) return undefined;
  let differs = false;
  for (const { family, given } of splits(t)) {
    for (const system of SYSTEMS) {
      if (!familyForms(name.family, system).includes(family)) continue;
      if (spells(given, name.given, system)) return { system };
      if (syllableCounts(given).has(name.given.length)) differs = true;
    }
  }
  return differs ? 'different given name' : undefined;
}

// Every syllable any of the three systems can spell, to tell a romanised Chinese given name from a Western one.
let inventory: Set<string> | undefined;
function syllables(): Set<string> {
  if (inventory) return inventory;
  inventory = new Set<string>();
  const jpFinals = Object.keys(HK_FINAL);
  for (const i of Object.keys(HK_INITIAL)) for (const f of ['', ...jpFinals]) for (const s of [...cantonese(i + f), ...macau(i + f)]) inventory.add(s);
  const pyInitials = Object.keys(WG_INITIAL);
  const pyFinals = ['a', 'ai', 'an', 'ang', 'ao', 'e', 'ei', 'en', 'eng', 'er', 'i', 'ia', 'ian', 'iang', 'iao', 'ie', 'in', 'ing', 'iong', 'iu', 'o', 'ong', 'ou', 'u', 'ua', 'uai', 'uan', 'uang', 'ue', 'ui', 'un', 'uo', 'v', 've'];
  for (const i of pyInitials) for (const f of pyFinals) for (const s of [(i + f).replace(/v/g, 'u'), ...wadeGiles(i + f)]) inventory.add(s);
  inventory.delete('');
  return inventory;
}

/** How many syllables a given-name string can be read as (each syllable one the systems spell). */
const syllableCounts = memo((s: string): Set<number> => {
  const inv = syllables();
  const out = new Set<number>();
  const walk = (rest: string, n: number) => {
    if (!rest) return void out.add(n);
    if (n >= 3) return;
    for (let k = 1; k <= Math.min(6, rest.length); k++) if (inv.has(rest.slice(0, k))) walk(rest.slice(k), n + 1);
  };
  walk(s, 0);
  return out;
});

// Blocking keys: family spelling + the consonant skeleton of the given name (ch/ts/zh/j/q → c, sh/hs/x → s …), so
// the many vowel spellings of one name in one system collapse to a few keys that its English form also makes.
const CLASS: [RegExp, string][] = [[/^(?:ch|ts|tz|zh|z|c|q|j)/, 'c'], [/^(?:sh|hs|ss|sz|s|x)/, 's'], [/^(?:kw|gw|k|g)/, 'k'], [/^(?:ng)/, 'g'], [/^[pb]/, 'p'], [/^[td]/, 't'], [/^[lnmfhwyr]/, '$&'], [/^/, '0']];
const skeleton = (syllable: string): string => {
  for (const [re, c] of CLASS) {
    const m = re.exec(syllable);
    if (m) return c === '$&' ? m[0] : c;
  }
  return '0';
};

/** Keys of a Chinese name (every system) or an English one (every split): they meet when one may spell the other. */
export const romanKeys = memo((name: string): string[] => {
  const keys = new Set<string>();
  const zh = splitHanName(name);
  if (zh) {
    for (const system of SYSTEMS) {
      let given = [''];
      for (const c of zh.given) given = [...new Set(given.flatMap((g) => readings(c)[system].map((r) => g + skeleton(r))))];
      for (const f of familyForms(zh.family, system)) for (const g of given) keys.add(`${f}|${g}`);
    }
    return [...keys];
  }
  const t = words(name);
  if (t.length < 2 || /\p{Script=Han}/u.test(name)) return [];
  for (const { family, given } of splits(t)) for (const sk of givenSkeletons(given)) keys.add(`${family}|${sk}`);
  return [...keys];
});

/** Skeletons of a given-name string for every way it divides into up to three syllables. */
function givenSkeletons(s: string): string[] {
  const inv = syllables();
  const out = new Set<string>();
  const walk = (rest: string, acc: string) => {
    if (!rest) return void out.add(acc);
    if (acc.length >= 3) return;
    for (let k = 1; k <= Math.min(6, rest.length); k++) if (inv.has(rest.slice(0, k))) walk(rest.slice(k), acc + skeleton(rest.slice(0, k)));
  };
  walk(s, '');
  return [...out];
}
