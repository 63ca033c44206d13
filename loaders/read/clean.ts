// Text as scraped pages deliver it → clean paragraphs, a title and the post's date.
// Every rule is general page boilerplate (navigation, contact blocks, share bars, spam headers, glosses);
// all regexes are compiled once here, since cleaning runs for every document of a batch.
import { CONTACT_LABEL_EN, CONTACT_LABEL_ZH_WRITTEN, contactBlockZh, contactLineEn } from './contact-line.ts';
import { parseDateAt } from './dates.ts';
import { toSimplified } from './script.ts';

export interface CleanOptions {
  /** How lines of one block become paragraphs: web text has one paragraph a line ('never'); PDF lines wrap
   *  ('wrapped' joins lines that end short of punctuation at full width); plain text may or may not be
   *  hard-wrapped ('auto' decides); Markdown soft-wraps ('always' joins a block). */
  join: 'never' | 'auto' | 'wrapped' | 'always';
  /** A headline the format states itself (HTML <h1>/<title>, PDF metadata); else the first meaningful line. */
  title?: string;
}

export interface Cleaned {
  paragraphs: string[];
  title: string;
  publishedOn?: string;
}

// ---------------------------------------------------------------- characters

const HAN = '\\p{Script=Han}';
/** Chinese punctuation and full-width forms: spaces next to them are layout artifacts. */
const CJK_PUNCT = '\\u3001-\\u303F\\uFF01-\\uFF60“”‘’·…—';
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/g;
const NEWLINES = /\r\n?|[\u2028\u2029\u0085]/g;
/** Compatibility forms NFKC folds usefully (full-width letters/digits/symbols, odd spaces, ligatures). */
const COMPAT = /[\uFF01-\uFF5E\u3000\u00A0\u2000-\u200A\u202F\u205F\uFB00-\uFB06]/g;
/** Full-width punctuation that is simply Chinese punctuation: kept as written. */
const KEEP_FULL_WIDTH = new Set('！（），：；？［］｛｝～、'.split(''));
const compatCache = new Map<string, string>();
function foldCompat(ch: string): string {
  if (KEEP_FULL_WIDTH.has(ch)) return ch;
  let out = compatCache.get(ch);
  if (out === undefined) {
    out = ch.normalize('NFKC');
    compatCache.set(ch, out);
  }
  return out;
}

const TONE_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const HAS_TONE_VOWEL = new RegExp(`[${TONE_VOWELS}]`);
/** A tone-marked pinyin gloss right after a Han character (or a "?" that lost it): 醫(yī)學 → 醫學. */
const PINYIN_GLOSS = new RegExp(
  `([${HAN}?])[（(]\\s*(?=[a-zü${TONE_VOWELS} ]*[${TONE_VOWELS}])[a-zü${TONE_VOWELS}]{1,7}(?: [a-zü${TONE_VOWELS}]{1,7}){0,3}\\s*[）)]`,
  'gu',
);
/** Image placeholders left by scrapers: IMG_258, [图片], 【圖片】, [image]. */
const IMAGE_TOKEN = /\bIMG_\d+(?:\.(?:jpe?g|png|gif|webp|bmp))?\b|[[【](?:图片|圖片|图|圖|image|img|photo|picture|视频|視頻|video)[\]】]/gi;

// A scraped headline run into the salutation under it ("…办理情况的答复(复文分类:B)陈望青代表:您在…", "…的通知各省、
// 自治区…:"): the salutation starts a paragraph of its own, so the headline stays a line.
const GLUED_SALUTATION = /(?<=(?:答复|答覆|答復|通知|批复|批覆|意见|意見|决定|決定|函)(?:[(（][^()（）\n]{1,20}[)）])?)(?=[\p{Script=Han}]{2,4}(?:代表|委员|委員|同志|先生|女士)\s*[:：]|各(?:省|市|区|區|县|縣|有关|有關|相关|相關)[^:：\n]{0,80}[:：])/gu;

function normalizeChars(s: string): string {
  let out = s.replace(NEWLINES, '\n').normalize('NFC').replace(ZERO_WIDTH, '').replace(CONTROL, '').replace(COMPAT, foldCompat);
  out = out.replace(GLUED_SALUTATION, '\n\n');
  // Most texts have no tone marks at all: skip the gloss pass for them.
  if (HAS_TONE_VOWEL.test(out)) out = out.replace(PINYIN_GLOSS, '$1');
  return out.replace(IMAGE_TOKEN, '');
}

// ---------------------------------------------------------------- one line

const SPACES = /[ \t]+/g;
const HAS_HAN = new RegExp(`[${HAN}]`, 'u');
const CJK_SPACE = new RegExp(`([${HAN}${CJK_PUNCT}]) +(?=[${HAN}${CJK_PUNCT}])`, 'gu');
const HAN_CHAR = new RegExp(`^[${HAN}]`, 'u');
const LEADING_BULLET = /^(?:[•◆◇●○■□▪▫►▶▷➤➢★☆※・∙‣⁃◦❖✦✧·]+\s*|[?*+\-–](?:\s+|$))+/;
const GLYPHS = '◆◇●○■□▪▫★☆❖✦✧';
const TRAILING_GLYPH = new RegExp(`\\s*[${GLYPHS}]+$`);
/** "?" left where mojibake ate a character at the end of a Chinese line. */
const TRAILING_QUESTION = /\s*\?+$/;
const CJK_OR_PUNCT = new RegExp(`[${HAN}${CJK_PUNCT}]`, 'u');

/** Spaces between Chinese characters are layout artifacts ("不同 國家"); between Latin words they are not. */
function dropCjkSpaces(s: string): string {
  return s.replace(CJK_SPACE, (m: string, left: string, offset: number, all: string) =>
    HAN_CHAR.test(left) || HAN_CHAR.test(all.slice(offset + m.length, offset + m.length + 2)) ? left : m,
  );
}

function tidyLine(line: string, cjk: boolean): string {
  let s = line.replace(SPACES, ' ').trim();
  if (s === '') return s;
  s = s.replace(LEADING_BULLET, '');
  if (GLYPHS.includes(s.at(-1) ?? '')) s = s.replace(TRAILING_GLYPH, '');
  if (s.endsWith('?')) {
    const bare = s.replace(TRAILING_QUESTION, '');
    if (bare === '' || CJK_OR_PUNCT.test(bare.at(-1) ?? '')) s = bare;
  }
  return cjk && s.includes(' ') ? dropCjkSpaces(s) : s;
}

// ---------------------------------------------------------------- noise lines

const SPAM_WORD =
  /官方版|免费版|免費版|破解版|安卓版|苹果版|蘋果版|手机版|手機版|最新版|永久免费|永久免費|app\s*下[载載]|下载安装|下載安裝|免费下载|免費下載|在线观看|在線觀看/gi;

const CONTACT_CN =
  '(?:公司|单位|單位|本站|本网|本網|总部|總部|联系|聯系|聯繫|联络|聯絡)?(?:地址|电话|電話|传真|傳真|邮箱|郵箱|电子邮箱|電子郵箱|电子邮件|電子郵件|邮编|郵編|郵遞區號|手机|手機|热线|熱線|客服热线|客服熱線|服务热线|服務熱線|咨询热线|諮詢熱線|咨询电话|諮詢電話|联系方式|聯系方式|聯繫方式|联系人|聯系人|聯繫人|QQ|微信|网址|網址)';
const CONTACT_EN =
  '(?:Tel|Telephone|Phone|Mobile|Fax|E-?mail|Address|Add|Contact(?: us)?|Hotline|Website|Post ?code|Zip(?: code)?)';
const CONTACT_LABEL_ONLY = new RegExp(`^(?:${CONTACT_CN}|${CONTACT_EN})\\s*[:：]?$`, 'i');
const CONTACT_LABEL_VALUE = new RegExp(`^(?:${CONTACT_CN}|${CONTACT_EN})\\s*[:：]`, 'i');
const PHONE_ONLY = /^(?=(?:\D*\d){7})[+\d][\d\s\-–/()（）.,、]*(?:(?:转|轉|ext\.?)\s*\d+)?$/i;
const EMAIL_ONLY = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

const RETURN_LINK =
  /^(?:Return to (?:the )?List|Back to (?:the )?(?:List|Top|Home(?:page)?)|返回(?:列表|首页|首頁|顶部|頂部|上一页|上一頁|上级|上級|栏目|欄目)|回到(?:顶部|頂部)|Back)$/i;
const PREV_NEXT_EN = /^(?:Prve|Prev|Previous|Next)(?:\s+(?:article|post|page|news|item|one))?\s*(?:[:：>»]|$)/i;
const PREV_NEXT_CN = /^(?:上一篇|下一篇|上一条|下一条|上一條|下一條|上一则|下一则|上一則|下一則|上篇|下篇)(?=$|[\s:：?？>»<«])/;
const PREV_NEXT_CN_END = /(?:上一篇|下一篇|上一条|下一条|上一條|下一條)$/;
/** What may stand beside a pager marker when it carries no title of its own. */
const PAGER_REST = /^[\s:：?？>»<«\d年月日号號\-/.]*$/;
const RELATED_TRAILER = new RegExp(
  '^(?:(?:Related|Associated) (?:News|Articles?|Posts?|Reading|Stories|Links)|More (?:News|Articles)|Recommended(?: Reading| Articles)?|You may also like|' +
    '相关(?:新闻|阅读|文章|推荐|资讯|链接|报道)|相關(?:新聞|閱讀|文章|推薦|資訊|鏈接|連結|報導|報道)|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|' +
    '热门(?:文章|推荐|资讯|新闻)|熱門(?:文章|推薦|資訊|新聞)|猜你喜欢|猜你喜歡|最新(?:文章|资讯|資訊|新闻|新聞)|更多(?:新闻|资讯|新聞|資訊|文章))\\s*[:：>»]*$',
  'i',
);
const COPYRIGHT = /^(?:Copyright|版权所有|版權所有|©|\(c\) ?\d{4})|ICP[备備证證]|公网安备|公網安備|All Rights Reserved/i;
const DISCLAIMER = /^(?:免责声明|免責聲明|免责说明|免責說明|版权声明|版權聲明|Disclaimer)\s*[:：]/i;
const IMAGE_CREDIT = /^[（(]?(?:图片来源|圖片來源|图源|圖源|图片|圖片|Image (?:source|credit)|Photo(?: credit| source)?)\s*[:：]/i;
const SOCIAL_PROMPT =
  /^(?:点击|點擊)(?:上方|下方|蓝字|藍字).{0,12}(?:关注|關注)|(?:长按|長按|扫描|掃描|识别|識別|扫码|掃碼).{0,6}(?:二维码|二維碼|关注|關注)|^(?:关注|關注)我们|^Follow us/i;
const BREADCRUMB_LABEL = /^(?:当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置|所在位置|现在位置|Location|You are here|Current location)\s*[:：]/i;
const BREADCRUMB_SEPARATOR = /\s*(?:>|»|›|＞|→|\/)\s*/;
/** View counters (Chinese pages often fill the number in by script, so it may be missing). */
const VIEWS =
  /(?:浏览次数|瀏覽次數|浏览量|瀏覽量|阅读次数|閱讀次數|阅读量|閱讀量|点击数|點擊數|点击量|點擊量|访问量|訪問量)\s*[:：]|\b(?:Views?|Hits|Clicks|Visits)\s*[:：]\s*\d/i;
const SHARE_BAR = /^(?:分享(?:到|至)?|Share(?: this(?: article| page)?)?(?: on| to| via)?)\s*[:：]/i;
const TOOLBAR_SPLIT = /[\s【】[\]|｜/:：·,，]+/;
const TOOLBAR_WORDS = new Set(
  (
    '打印 打印本页 打印本頁 列印 关闭 關閉 关闭窗口 關閉窗口 关闭本页 關閉本頁 收藏 加入收藏 分享 分享到 返回 返回顶部 返回頂部 ' +
    '字号 字號 字体 字體 大 中 小 默认 默認 保存 纠错 糾錯 我要纠错 复制链接 複製鏈接 扫一扫 掃一掃 微信 微博 新浪微博 腾讯微博 ' +
    'qq qq空间 qq空間 豆瓣 返回列表 首页 首頁 联系我们 聯繫我們 聯系我們 关于我们 關於我們 网站地图 網站地圖 ' +
    'print close share save top email facebook twitter linkedin weibo wechat whatsapp x return back home about us contact sitemap'
  ).split(' '),
);

/** Labelled date of the post itself: "Release Date:2024-03-12", "发布日期：2024-03-12". */
const DATE_LABELS =
  'Release (?:Date|Time)|Time|Publish(?:ed)?(?: Date| Time| on| at)?|Posted(?: on| at)?|Date(?: of (?:release|publication|issue))?|Updated(?: on)?|' +
  '发布日期|发布时间|發佈日期|發布日期|發佈時間|發布時間|发表日期|发表时间|發表日期|發表時間|发文日期|發文日期|日期|时间|時間|' +
  '更新时间|更新日期|更新時間';
const DATE_LABEL = new RegExp(`^(?:${DATE_LABELS})\\s*[:：]\\s*`, 'i');
/** The same label anywhere in a metadata bar, after another field's value ("来源：X发布时间：D", "Source: X Release time: D"). */
const DATE_FIELD = new RegExp(`(?:^|(?<=[\\s|｜\\p{Script=Han}]))(?:${DATE_LABELS})\\s*[:：]\\s*`, 'giu');
/** The first labelled date of a metadata bar, wherever its field stands in the line. */
function fieldLabelledDate(text: string): string | undefined {
  for (const m of text.matchAll(DATE_FIELD)) {
    const d = parseDateAt(text.slice(m.index + m[0].length));
    if (d) return d.date;
  }
  return undefined;
}
/** Other fields of a post's metadata bar (they never carry body text). */
const META_FIELD = /^(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|Source|Author|Editor)\s*[:：]/i;
/** What may follow a bare date on a dateline: a time, a weekday, the source or author, a view count. */
const DATELINE_REST =
  /^\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:星期[一二三四五六日天]|周[一二三四五六日]|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?)?\s*(?:[|｜/·]\s*)?(?:(?:来源|來源|作者|编辑|編輯|Source|Author|Editor|浏览次数|瀏覽次數|阅读|閱讀|Views?)\s*[:：].*)?$/i;
/** Editor credits and tag lists: page furniture wherever they stand. */
const EDITOR = /^[（(【[]?(?:责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核|审校|審校|Editor|Edited by)\s*[:：]/i;
const TAGS = /^(?:Tags?|标签|標籤|关键词|關鍵詞|关键字|關鍵字|Keywords?)\s*[:：]/i;

function isToolbar(line: string): boolean {
  const tokens = line.split(TOOLBAR_SPLIT).filter((t) => t !== '');
  return tokens.length > 0 && tokens.length <= 14 && tokens.every((t) => TOOLBAR_WORDS.has(t.toLowerCase()));
}

/** "首页 > 新闻中心 > 通知公告": short steps joined by arrows. */
function isBreadcrumb(line: string): boolean {
  if (BREADCRUMB_LABEL.test(line)) return true;
  const steps = line.split(BREADCRUMB_SEPARATOR);
  return steps.length >= 3 && /[>»›＞→]/.test(line) && steps.every((s) => s.length > 0 && s.length <= 16);
}

function isSpam(line: string): boolean {
  if (line.length > 150) return false;
  const hits = line.match(SPAM_WORD);
  return hits !== null && hits.length >= 2;
}

// 联系人：张三，李四 names people (the notice's staff), not furniture: kept when no number or address follows, or when
// the name follows its unit (联系人：某某处　张三　0931-…: the unit and the person are facts).
const LETTER_HEAD = /^[\p{Script=Han}]{2,24}\s*(?:函|令|書函|书函|公告|開會通知單|开会通知单)$/u;
// A contact line's label, and the head words of the unit it names (one list each for the three patterns below).
const CONTACT_LABEL_ZH = '(?:联系人|聯系人|聯繫人|联络人|聯絡人|经办人|經辦人)';
const UNIT_HEAD_ZH = '(?:司|处|處|科|室|组|組|部|中心|办公室|辦公室)';
const CONTACT_PERSONS = new RegExp(
  `^${CONTACT_LABEL_ZH}\\s*[:：]\\s*(?:[\\p{Script=Han}]{2,4}(?:\\s*[,，、]\\s*[\\p{Script=Han}]{2,4}){0,5}\\s*$|[\\p{Script=Han}]{1,14}?${UNIT_HEAD_ZH}\\s*[\\p{Script=Han}]{2,6})`,
  'u',
);

// A contact block goes on under its label (联系人：省卫健委医政处　张三　电话 / 　　　　省药监局注册处　李四　电话): a line of only
// a unit, a name and a phone number right under a contact line with a unit is one more contact, and reads with the label.
const CONTACT_UNIT_LABEL = new RegExp(
  `^(${CONTACT_LABEL_ZH}\\s*[:：])\\s*[\\p{Script=Han}]{1,20}?${UNIT_HEAD_ZH}\\s*[\\p{Script=Han}]{2,4}(?![\\p{Script=Han}])`,
  'u',
);
const CONTACT_MORE = new RegExp(
  `^[\\p{Script=Han}]{2,20}?${UNIT_HEAD_ZH}\\s*[\\p{Script=Han}]{2,6}(?:·[\\p{Script=Han}]{2,6})?(?:\\s*(?:电话|電話)?\\s*[:：]?\\s*[\\d(（][\\d\\s()（）\\-－—]{6,})?$`,
  'u',
);

function isContact(line: string): boolean {
  if (line.length > 160) return false;
  // ("Contact: <unit>, Comrade <name>, <phone>" names a unit and its person, as 联系人：<unit> <name> does.)
  if (CONTACT_PERSONS.test(line) || contactLineEn(line) || contactUnitPerson(line) || CONTACT_NAME_POST_EN.test(line)) return false;
  if (line.length > 120) return false;
  // 2024-01-10 has a phone number's digits and dashes, but it is a date.
  const phone = PHONE_ONLY.test(line) && parseDateAt(line)?.length !== line.trim().length;
  return CONTACT_LABEL_VALUE.test(line) || phone || EMAIL_ONLY.test(line);
}

// "Contact: Ann Lee, Director, Policy Research, X Ltd (London)": a named person and a post (a firm's brief signs so) is a
// fact as a unit's contact is, not a phone line.
const CONTACT_NAME_POST_EN = /^(?:[A-Z][a-z]+\s+)?[Cc]ontacts?\s*:\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,2}\s*,\s*[A-Za-z][a-z]+(?:\s+(?:of|for|and|[A-Za-z][a-z]+)){0,4}\s*,/;
// 联系方式：某处，张三，电话 / 聯絡人：某司　甲；某組　乙: a unit and its person under any contact label are facts too.
const CONTACT_LABEL_ZH_AT = new RegExp(`^[（(]?${CONTACT_LABEL_ZH_WRITTEN}`, 'u');
const contactUnitPerson = (line: string): boolean => CONTACT_LABEL_ZH_AT.test(line) && contactBlockZh(toSimplified(line)).some((e) => e.unit);

function isPager(line: string): boolean {
  return line.length <= 160 && (PREV_NEXT_EN.test(line) || PREV_NEXT_CN.test(line) || PREV_NEXT_CN_END.test(line));
}

/** A pager line that is only the marker (its title sits on the neighbouring line). */
function isBarePager(line: string): boolean {
  const m = /上一篇|下一篇|上一条|下一条|上一條|下一條|Prve|Prev|Previous|Next/i.exec(line);
  if (!m) return false;
  return PAGER_REST.test(line.slice(0, m.index) + line.slice(m.index + m[0].length));
}

const SENTENCE_END = /[。！？!?.;；…:：]["”’」』)）]*$/u;
/** A printed page's number on a line of its own (PDF and its text exports): -3-, — 1 —, 第2页 共5页, Page 2 of 5, 2/5. (The
 *  PDF reader also takes a bare number at a page's edge.) */
export const PAGE_NUMBER = /^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*[页頁](?:\s*[/／,，]?\s*共\s*\d{1,4}\s*[页頁])?|(?:Page\s*)?\d{1,4}\s*(?:\/|of)\s*\d{1,4}|Page\s+\d{1,4})$/i;

/** Lines that are noise wherever they stand. */
function isNoise(line: string): boolean {
  if (line.length <= 200 && (COPYRIGHT.test(line) || DISCLAIMER.test(line))) return true;
  if (line.length > 120) return false;
  return (
    (line.length <= 24 && PAGE_NUMBER.test(line)) ||
    isSpam(line) ||
    RETURN_LINK.test(line) ||
    isToolbar(line) ||
    (line.length <= 60 && SHARE_BAR.test(line)) ||
    (line.length <= 40 && EDITOR.test(line)) ||
    (line.length <= 80 && TAGS.test(line)) ||
    (line.length <= 100 && isBreadcrumb(line)) ||
    IMAGE_CREDIT.test(line) ||
    SOCIAL_PROMPT.test(line) ||
    (line.length <= 80 && VIEWS.test(line))
  );
}

// ---------------------------------------------------------------- paragraphs

// (A contact line is an item of its own: a wrapped text's joiner must not run two contacts into one paragraph.)
const NEW_ITEM = new RegExp(
  `^(?:[（(]?[一二三四五六七八九十百\\d]{1,3}[）)、.．]|第[一二三四五六七八九十百\\d]+[章节節条條款部分]|[A-Z][.)]\\s|#|${CONTACT_LABEL_ZH}\\s*[:：]|${CONTACT_LABEL_ZH_WRITTEN}|${CONTACT_LABEL_EN.source})`,
);
const CJK_CHAR = new RegExp(`[${HAN}${CJK_PUNCT}]`, 'u');

function joinTwo(a: string, b: string): string {
  if (/[A-Za-z]-$/.test(a) && /^[a-z]/.test(b)) return a.slice(0, -1) + b;
  const last = a.at(-1) ?? '';
  const first = b[0] ?? '';
  return CJK_CHAR.test(last) || CJK_CHAR.test(first) ? a + b : `${a} ${b}`;
}

/** A row of a table written as text (cells split by | or tabs): a line of its own, never a wrapped one. */
const TABLE_ROW = /[^|\t]\s*[|\t]\s*[^|\t]+[|\t]\s*[^|\t\s]/u;

/** The width of a full line of a hard-wrapped text (90th percentile of line lengths). */
function wrapWidth(lines: readonly string[]): number {
  const lengths = lines.filter((l) => l.length >= 10).map((l) => l.length).sort((x, y) => x - y);
  if (lengths.length === 0) return 0;
  return lengths[Math.floor(lengths.length * 0.9)] ?? lengths.at(-1) ?? 0;
}

/** Plain text that is hard-wrapped at a fixed width (mails, exports) rather than one paragraph a line:
 *  many lines of nearly the same width, most of them breaking off mid-sentence. */
function looksHardWrapped(all: readonly string[]): boolean {
  const lines = all.filter((l) => !TABLE_ROW.test(l));
  const width = wrapWidth(lines);
  if (width === 0 || width > 110) return false;
  const long = lines.filter((l) => l.length >= 10);
  const full = long.filter((l) => l.length >= width * 0.75);
  const open = full.filter((l) => !SENTENCE_END.test(l)).length;
  return long.length >= 5 && full.length / long.length >= 0.4 && open / full.length >= 0.5;
}

function toParagraphs(blocks: readonly string[][], join: CleanOptions['join']): string[] {
  const all = blocks.flat();
  const mode = join === 'auto' ? (looksHardWrapped(all) ? 'wrapped' : 'never') : join;
  const width = wrapWidth(all);
  const out: string[] = [];
  for (const block of blocks) {
    if (mode === 'never') {
      out.push(...block);
      continue;
    }
    let current = '';
    let previous = '';
    for (const line of block) {
      const wrapped =
        current !== '' &&
        !NEW_ITEM.test(line) &&
        !TABLE_ROW.test(line) &&
        !TABLE_ROW.test(previous) &&
        (mode === 'always' || (previous.length >= width * 0.7 && !SENTENCE_END.test(previous)));
      if (wrapped) current = joinTwo(current, line);
      else {
        if (current !== '') out.push(current);
        current = line;
      }
      previous = line;
    }
    if (current !== '') out.push(current);
  }
  return out;
}

// ---------------------------------------------------------------- the document

const MAX_TITLE = 150;

function shortTitle(line: string): string {
  if (line.length <= MAX_TITLE) return line;
  const sentence = /^.{10,}?[。！？]|^.{20,}?[.!?](?=\s)/u.exec(line)?.[0];
  if (sentence && sentence.length <= MAX_TITLE) return sentence;
  const cut = line.slice(0, 120);
  const space = cut.lastIndexOf(' ');
  return (space > 60 ? cut.slice(0, space) : cut) + '…';
}

interface Line {
  text: string;
  /** Index of the block (run of lines between blank lines) it belongs to. */
  block: number;
}

export function cleanText(raw: string, options: CleanOptions): Cleaned {
  const normalized = normalizeChars(raw);
  const cjk = HAS_HAN.test(normalized);
  const tidied = tidyAndDropNoise(normalized.split('\n'), cjk);
  const body = joinHeadTitle(dropTrailer(dropMasthead(spacedTableCells(tidied.lines), tidied.mastheadEnd)));
  const header = takeDateline(body);
  const publishedOn = header.publishedOn ?? tidied.metaDate;
  const { lines, title } = placeTitle(header.lines, options.title, cjk);
  return { paragraphs: toParagraphs(toBlocks(lines), options.join), title, publishedOn };
}

interface Tidied {
  lines: Line[];
  /** Where a contact block at the top ends the site's masthead (-1: none). */
  mastheadEnd: number;
  /** A date found on a metadata line dropped as noise, the post's when no better one is stated. */
  metaDate?: string;
}

/** Pass 1: tidy every line and drop the lines that are noise wherever they stand. */
function tidyAndDropNoise(rawLines: readonly string[], cjk: boolean): Tidied {
  const lines: Line[] = [];
  let block = 0;
  let skipValue = false;
  let valueOf = '';
  let mastheadEnd = -1;
  let metaDate: string | undefined;
  for (const rawLine of rawLines) {
    const text = tidyLine(rawLine, cjk);
    if (text === '') {
      if (rawLine.trim() === '') {
        block++;
        skipValue = false; // a contact label's value sits on the very next line
      }
      continue;
    }
    if (CONTACT_LABEL_ONLY.test(text)) {
      skipValue = true; // its value follows on the next line
      valueOf = text;
      if (atMasthead(lines)) mastheadEnd = lines.length;
      continue;
    }
    if (skipValue) {
      skipValue = false;
      // 联系人： alone, then 省卫健委科教处　张三　电话 under it: one contact entry, read as if on one line.
      const entry = `${valueOf.replace(/[:：]?$/, '：')}${text}`;
      if (contactUnitPerson(entry)) {
        lines.push({ text: entry, block });
        continue;
      }
      if (text.length <= 80) continue;
    }
    // One more contact under the contact line above (same block): it takes that line's label.
    const above = lines.at(-1);
    const label = above?.block === block && CONTACT_MORE.test(text) ? CONTACT_UNIT_LABEL.exec(above.text)?.[1] : undefined;
    if (label) {
      lines.push({ text: `${label}${text}`, block });
      continue;
    }
    if (isContact(text)) {
      if (atMasthead(lines)) mastheadEnd = lines.length;
      continue;
    }
    if (isNoise(text)) {
      // "发布时间：2024-05-20　浏览次数：1286" is furniture, but its date is the post's.
      if (VIEWS.test(text)) {
        metaDate ??= fieldLabelledDate(text);
        if (META_FIELD.test(text)) keepSource({ text, block }, lines);
      }
      continue;
    }
    lines.push({ text, block });
  }
  return { lines, mastheadEnd, metaDate };
}

// A contact block at the top ends the site's masthead (logo line, slogan): the article starts after it. An official
// letter's sender line above its contact block (衛生福利部　函) is the document's, not the site's.
function dropMasthead(lines: Line[], mastheadEnd: number): Line[] {
  return mastheadEnd > 0 ? [...lines.slice(0, mastheadEnd).filter((l) => LETTER_HEAD.test(l.text)), ...lines.slice(mastheadEnd)] : lines;
}

const cellCount = (l: Line | undefined): number => (l ? l.text.split('|').filter((c) => c.trim() !== '').length : 0);

/** Pass 1b: a table's rows written with bare bars (1｜某某生物科技有限公司｜济南市｜符合要求, full-width bars made ASCII) are
 *  written as the Markdown rows the readers know (| 1 | 某某生物科技有限公司 | 济南市 | 符合要求 |): a row is a line of three
 *  or more cells next to a line of as many. */
function spacedTableCells(lines: Line[]): Line[] {
  return lines.map((l, i) => {
    const n = cellCount(l);
    if (n < 3 || !/[^\s|]\||\|[^\s|]/.test(l.text) || (cellCount(lines[i - 1]) !== n && cellCount(lines[i + 1]) !== n)) return l;
    return { ...l, text: `| ${l.text.split('|').map((c) => c.trim()).filter((c) => c !== '').join(' | ')} |` };
  });
}

/** Pass 2: the trailer (pager, related-news list) runs from its first marker to the end, when the marker
 *  comes after most of the text or only headlines follow it; a marker earlier on is only that line. */
function dropTrailer(lines: Line[]): Line[] {
  let kept = lines;
  const total = kept.reduce((n, l) => n + l.text.length, 0);
  let before = 0;
  for (let i = 0; i < kept.length; i++) {
    const text = kept[i]!.text;
    before += text.length;
    const pager = isPager(text);
    if (!pager && !RELATED_TRAILER.test(text) && !RETURN_LINK.test(text)) continue;
    const afterMostText = before - text.length >= total * 0.5;
    // A list of short lines (headlines) after the marker is the related-news list, however long.
    const onlyHeadlinesFollow = kept.slice(i + 1).every((l) => l.text.length <= 80);
    if (!afterMostText && !onlyHeadlinesFollow) {
      before -= text.length;
      kept = kept.filter((_, j) => j !== i);
      i--;
      continue;
    }
    let end = i;
    // "干细胞疗法……\n? 上一篇 2024年7月8日": a bare marker's title is the line before it.
    const above = kept[i - 1]?.text;
    if (pager && isBarePager(text) && above !== undefined && above.length <= 80 && !SENTENCE_END.test(above)) end--;
    return kept.slice(0, end);
  }
  return kept;
}

// An official document's head prints its title over two or three short lines (关于印发《X / Y》的通知, 关于开展…“治疗” / 专项整治
// 行动的通知): one title. It opens with 关于 (its issuers may stand before it) and ends with the kind word.
const HEAD_TITLE_START = /^[^。！？；：:，,]{0,40}?(?:关于|關於)[^。！？；：:，,]*$/u;
const HEAD_TITLE_PART = /^[^。！？；：:，,]{1,40}$/u;
const HEAD_TITLE_END = /(?:通知|公告|通告|决定|決定|意见|意見|批复|批覆|答复|答覆|函|报告|報告|请示|請示|通报|通報|办法|辦法|规定|規定|方案|细则|細則|指引|规划|規劃|计划|計劃|条例|條例|措施)(?:[（(][^（）()]{1,20}[）)])?$/u;
const unbalanced = (s: string): boolean => (s.split('《').length !== s.split('》').length) || (s.split('“').length !== s.split('”').length);

// An English head title broken where its phrase is open (a PDF's "Technical Guideline for Pharmaceutical Research / of
// Allogeneic Cell Therapy Products (Trial)", "Administrative Measures for the Clinical Research of / Somatic Cell Therapy"):
// the break falls after a connective or before one, inside a capitalised title with no sentence's stop.
const EN_TITLE_LINE = /^(?:[A-Z(][\w'’(),&-]*|of|for|on|and|in|to|the|a|an|with|under|from|by)(?:\s+(?:[A-Z(][\w'’(),&-]*|of|for|on|and|in|to|the|a|an|with|under|from|by))*$/u;
const EN_OPEN_END = /\s(?:of|for|on|and|in|to|the|with|under|from|by)$/u;
const EN_OPEN_START = /^(?:of|for|on|and|in|to|with|under|from|by)\s/u;

/** The English title's lines (first twelve, one block) joined where the phrase runs on. */
function joinHeadTitleEn(lines: Line[]): Line[] {
  for (let i = 0; i + 1 < Math.min(lines.length, 12); i++) {
    const first = lines[i]!;
    if (first.text.length > 100 || !EN_TITLE_LINE.test(first.text) || first.text.split(/\s+/).length < 3) continue;
    let text = first.text;
    let j = i + 1;
    for (; j < Math.min(lines.length, i + 3); j++) {
      const part = lines[j]!;
      const open = EN_OPEN_END.test(text) || EN_OPEN_START.test(part.text);
      if (part.block !== first.block || !open || part.text.length > 100 || !EN_TITLE_LINE.test(part.text)) break;
      text = joinTwo(text, part.text);
    }
    if (j > i + 1) return [...lines.slice(0, i), { ...first, text }, ...lines.slice(j)];
  }
  return lines;
}

/** Pass 2b: a head title broken over lines (among the first twelve) joined into one line. */
function joinHeadTitle(lines: Line[]): Line[] {
  if (lines.slice(0, 12).some((l) => EN_OPEN_START.test(l.text) || EN_OPEN_END.test(l.text))) lines = joinHeadTitleEn(lines);
  for (let i = 0; i < Math.min(lines.length, 12); i++) {
    const first = lines[i]!;
    if (first.text.length > 40 || !HEAD_TITLE_START.test(first.text) || (HEAD_TITLE_END.test(first.text) && !unbalanced(first.text))) continue;
    let text = first.text;
    for (let j = i + 1; j <= i + 2 && j < lines.length; j++) {
      const part = lines[j]!;
      if (part.block !== first.block || !HEAD_TITLE_PART.test(part.text)) break;
      text = joinTwo(text, part.text);
      if (HEAD_TITLE_END.test(part.text) && !unbalanced(text)) return [...lines.slice(0, i), { ...first, text }, ...lines.slice(j + 1)];
    }
  }
  return lines;
}

/** Pass 3: the post's date and other metadata fields in the header (before the body's first long line). */
function takeDateline(kept: readonly Line[]): { lines: Line[]; publishedOn?: string } {
  let publishedOn: string | undefined;
  const headerEnd = Math.min(kept.length, 8, firstLongLine(kept));
  const header: Line[] = [];
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i]!;
    // A short notice is all "header" by length; its date under the signature (the page's last lines, after the body's
    // sentences) is the text's signing date: it stays in the text, where the signature reader finds it.
    // (On a page all header it still dates the post, as before.)
    if (signingDateLine(kept, i)) {
      if (i < headerEnd) publishedOn ??= parseDateAt(line.text)?.date;
      header.push(line);
      continue;
    }
    // A day alone on a line just under a long headline is still the post's date (news pages put it there).
    const lone = i >= headerEnd && i < 3 && publishedOn === undefined ? parseDateAt(line.text) : undefined;
    if (lone && lone.date.length === 10 && DATELINE_REST.test(line.text.slice(lone.length))) {
      publishedOn = lone.date;
      continue;
    }
    if (i >= headerEnd) {
      header.push(line);
      continue;
    }
    const labelled = DATE_LABEL.exec(line.text);
    if (labelled && line.text.length <= 150) {
      const date = parseDateAt(line.text.slice(labelled[0].length));
      if (date) {
        publishedOn ??= date.date;
        keepSource(line, header);
        continue;
      }
    }
    const bare = parseDateAt(line.text);
    if (bare && publishedOn === undefined && DATELINE_REST.test(line.text.slice(bare.length))) {
      publishedOn = bare.date;
      keepSource(line, header);
      continue;
    }
    // A US-style stamp (12/03/2026 04:52 PM: its 12-hour clock says month first) is the post's date and nothing else.
    const us = publishedOn === undefined ? US_STAMP.exec(line.text) : null;
    const usDate = us ? isoDay(Number(us[3]), Number(us[1]), Number(us[2])) : undefined;
    if (usDate) {
      publishedOn = usDate;
      continue;
    }
    // A blog's byline: "Posted on November 12, 2026 by admin | Category: News".
    const posted = publishedOn === undefined && i <= 2 ? POSTED.exec(line.text) : null;
    const postedDate = posted ? parseDateAt(line.text.slice(posted[0].length)) : undefined;
    if (postedDate && POSTED_REST.test(line.text.slice(posted![0].length + postedDate.length))) {
      publishedOn = postedDate.date;
      continue;
    }
    // A masthead's fields (CLIENT ALERT | Life Sciences | 14 November 2026) heading the page, no table under it: a field
    // that is only a full date is the post's.
    if (publishedOn === undefined && i <= 1 && /[|｜]/.test(line.text) && !/[|｜]/.test(kept[i + 1]?.text ?? '')) publishedOn = fieldDate(line.text);
    // A metadata bar that opens with its source ("Source: X Release time: D Views: N", 来源：X　发布时间：D): its date is the
    // post's, its source is text; the rest is furniture.
    const barDate = META_FIELD.test(line.text) ? fieldLabelledDate(line.text) : undefined;
    if (barDate || (META_FIELD.test(line.text) && VIEWS.test(line.text))) {
      publishedOn ??= barDate;
      keepSource(line, header);
      continue;
    }
    header.push(line);
  }
  return { lines: header, publishedOn };
}

/** A full date alone on one of the page's last four lines, after a line that ends a sentence below the title. */
function signingDateLine(lines: readonly Line[], i: number): boolean {
  const text = lines[i]!.text;
  const d = parseDateAt(text);
  if (i < 2 || i < lines.length - 4 || !(DATE_ONLY.test(text) || (d?.date.length === 10 && d.length === text.trim().length))) return false;
  return lines.slice(1, i).some((l) => SENTENCE_END.test(l.text) && !META_FIELD.test(l.text) && !DATE_LABEL.test(l.text));
}

const POSTED = /^(?:Posted|Published|Updated)(?:\s+(?:on|at))?\s+/i;
const POSTED_REST = /^\s*(?:(?:at\s+)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?\s*(?:by\s+[^|｜]{1,40})?\s*(?:[|｜].*)?$/i;
const US_STAMP = /^(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2}),?\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AaPp]\.?[Mm]\.?$/;
const isoDay = (y: number, m: number, d: number): string | undefined => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;
};
// A newspaper's date field may open with the weekday and end with the page it was printed on (Sat, Oct 31, 2026 page 3;
// 2026年10月31日 星期六 A08版).
const FIELD_WEEKDAY = /^\s*(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?|星期[一二三四五六日天]|周[一二三四五六日])\s*/i;
const FIELD_PAGE = /\s*(?:[|｜/·]\s*)?(?:Page\s+[A-Z]?\d{1,3}|P\.?\s*[A-Z]?\d{1,3}|第?\s*[A-Z]?\d{1,3}\s*(?:版面|版)|[A-Z]\d{1,2})\s*$/i;
function fieldDate(line: string): string | undefined {
  for (const cell of line.split(/[|｜]/)) {
    const field = cell.replace(FIELD_WEEKDAY, '');
    const d = parseDateAt(field);
    if (d && d.date.length === 10 && DATELINE_REST.test(field.slice(d.length).replace(FIELD_PAGE, ''))) return d.date;
  }
  return undefined;
}

// The source a dateline names ("Release date: 2025-11-27 Source: Xiamen Municipal Development and Reform Commission"):
// the body that published the post, text the extractor reads; the date and view counts around it are furniture.
const SOURCE_FIELD = new RegExp(
  `(?:^|\\s)(来源|來源|Source)\\s*[:：]\\s*([^|｜]*?)(?=\\s+(?:作者|编辑|編輯|Author|Editor|浏览次数|瀏覽次數|阅读|閱讀|Views?|字号|字號|Font)\\b|\\s*(?:${DATE_LABELS})\\s*[:：]|\\s*[|｜]|$)`,
  'iu',
);
function keepSource(line: Line, header: Line[]): void {
  const m = SOURCE_FIELD.exec(line.text);
  const source = m?.[2]?.trim();
  if (!m || !source || source.length < 2 || source.length > 60) return;
  // A Chinese label as the page writes it (来源, 來源); "Source" over a Chinese name reads as 来源.
  const han = /[\u4e00-\u9fff]/.test(source);
  const label = /^source$/i.test(m[1]!) ? (han ? '来源：' : 'Source: ') : `${m[1]}：`;
  header.push({ ...line, text: label + source });
}

const DATE_ONLY = /^\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|[〇○零一二]{1,2}[〇○零一二三四五六七八九]{2,3}\s*年[一二三四五六七八九十]{1,2}\s*月[一二三四五六七八九十]{1,3}\s*日)\s*$/u;

/** Title: what the format states, else the first line; its repeats (image captions) are dropped, not a signature's. */
function placeTitle(kept: Line[], stated: string | undefined, cjk: boolean): { lines: Line[]; title: string } {
  const statedTitle = stated === undefined ? '' : tidyLine(normalizeChars(stated).replace(/\s+/g, ' '), cjk);
  if (statedTitle !== '') {
    // The headline leads the text, as in a scraped page (a page may show it after a dateline or a kicker).
    const at = kept.slice(0, 5).findIndex((l) => l.text === statedTitle);
    if (at > 0) kept.unshift(...kept.splice(at, 1));
    else if (at < 0) kept.unshift({ text: statedTitle, block: -1 });
  } else {
    // "Source: …" above the headline is not the headline, nor a masthead's fields (TAIPEI TIMES | Taiwan News | date).
    const at = kept.slice(0, 5).findIndex((l) => !META_FIELD.test(l.text) && !(/[|｜]/.test(l.text) && fieldDate(l.text)));
    if (at > 0) kept.unshift(...kept.splice(at, 1));
  }
  const full = kept[0]?.text ?? '';
  // A body's name heading the page and signing it, over a date or last (中国医药生物技术协会 … 2026年6月18日), is kept there.
  const signs = (i: number): boolean => DATE_ONLY.test(kept[i + 1]?.text ?? '') || (i > 1 && i >= kept.length - 3);
  return { lines: kept.filter((l, i) => i === 0 || l.text !== full || signs(i)), title: shortTitle(full) };
}

/** Lines back into their blocks (runs of lines that stood between blank lines). */
function toBlocks(lines: readonly Line[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  let lastBlock: number | undefined;
  for (const l of lines) {
    if (l.block !== lastBlock) {
      current = [];
      blocks.push(current);
    }
    current.push(l.text);
    lastBlock = l.block;
  }
  return blocks;
}

/** Still in a site's masthead: only a few short lines (logo text, slogan) so far. */
function atMasthead(lines: readonly Line[]): boolean {
  return lines.length <= 3 && lines.every((l) => l.text.length <= 60);
}

function firstLongLine(lines: readonly Line[]): number {
  const i = lines.findIndex((l) => l.text.length > 150);
  return i < 0 ? lines.length : i;
}
