// Chinese post patterns, as data: a post between a body's name and the person's, a post alone, a seat after the name.
import { BENCH_POSTS_ZH, POST_ZH_SOURCE } from '../../posts.ts';
import { CPPCC_COMMITTEE, LEGISLATURES, PEOPLES_CONGRESS } from './shared.ts';

const BENCH_ZH = BENCH_POSTS_ZH.join('|');

// Chinese posts written between a body's name and the person's (全国政协委员、中国科学院院士周琪).
// A university's school or department may stand between it and the post (香港中文大学医学院教授): the seat is the university's.
// Company posts may come several together (创始人、董事会主席兼首席执行官X, 主席兼执行董事X): the last one stands before the name.
// A district's or county's head (浦东新区人民政府副区长X) and a hospital department's clinician (血液科主治医师X) too, and
// the chair of an organisation's committee (消委会研究及测试委员会主席X: of the organisation).
const postAfterBody = (units: string): RegExp => new RegExp(String.raw`^[」』”]?的?(?:(?:(?:联合)?创始人|董事会主席|董事长|主席|(?:非)?执行董事|总经理|首席[\p{Script=Han}]{2,4}官|副?总裁|党组书记|党委书记|党组成员)[、兼及和]){0,3}(?:[\p{Script=Han}]{0,8}?(?:${units}))?(${POST_ZH_SOURCE})`, 'u');
const BODY_UNITS_ZH = '医学院|学院|学系|系|研究部|部门|部|科|室|研究所|处|组|委员会';
export const ZH_POST_AFTER_BODY = postAfterBody(BODY_UNITS_ZH);
// An organisation's centre too (该院细胞治疗中心主任X); an agency's 中心 is a body of its own (药品审评中心).
export const ZH_POST_AFTER_ORG = postAfterBody(`${BODY_UNITS_ZH}|中心`);
export const ZH_ROLE: Readonly<Record<string, string>> = { 常务委员: 'standing committee member', 常委: 'standing committee member', 委员: 'member', 议员: 'member', 代表: 'deputy', 院士: 'academician', 总理: 'premier', 副总理: 'vice premier' };

// A post written after the name (X议员, X代表, a reply's salutation 孙立新委员：): the house of that post, when the
// sentence names one.
export const SEAT_AFTER_NAME_ZH: ReadonlyArray<readonly [RegExp, (id: string) => boolean, string]> = [
  [/^(?:议员|立法委员|立委)/, (id) => LEGISLATURES.has(id), 'legislator'],
  [/^代表(?![团处])/, (id) => PEOPLES_CONGRESS.test(id), 'deputy'],
  [/^委员(?![会长])/, (id) => CPPCC_COMMITTEE.test(id), 'member'],
];

// Posts that name their body (Taiwan's 立法委员 sit in the Legislative Yuan, Hong Kong's 立法会议员 in LegCo); 本院 is
// the body only where the page names it already (DEICTIC_POST_ZH).
// (Names listed after one post share it: 监察委员A、B提案.)
const LISTED_NAMES_ZH = '(?:[\\p{Script=Han}]{2,3}、){0,3}\\s*$';
export const POST_IMPLIES_BODY_ZH: ReadonlyArray<readonly [RegExp, string, string, string]> = [
  [new RegExp(`(?<!副)总理${LISTED_NAMES_ZH}`, 'u'), 'agency:cn/state-council', 'premier', 'frame.membership.premier.zh'],
  // (A bill's 本院委员A、B等18人: the house's own members, where the page names the Legislative Yuan.)
  [new RegExp(`(?:立法委员|立委|本院委员)${LISTED_NAMES_ZH}`, 'u'), 'agency:cn-tw/legislative-yuan', 'legislator', 'frame.membership.legislator.zh'],
  [new RegExp(`立法会议员${LISTED_NAMES_ZH}`, 'u'), 'agency:cn-hk/legislative-council', 'legislator', 'frame.membership.legislator.zh'],
  [new RegExp(`监察委员${LISTED_NAMES_ZH}`, 'u'), 'agency:cn-tw/control-yuan', 'member', 'frame.membership.control-yuan.zh'],
];

export const DEICTIC_POST_ZH = /^本院/;

// 卫生福利部长X, 行政院長X, 醫事司長X: a body whose last character is a head's (部 + 长 is 部长).
export const HEAD_CHAR_BODY_ZH = /[部局署厅院司处]$/;
export const HEAD_CHAR_POST_ZH = /^()长/;
// 市科委、中关村管委会副主任X: two bodies joined, one post after both.
export const BODIES_JOINED_ZH = /^(?:、|和|及)$/;
// 副院长(研究)X: a post's field in brackets.
export const POST_FIELD_BRACKET_ZH = /^\([\p{Script=Han}]{1,6}\)/u;
// Further posts in the chain up to the name (、教授X), joined by 暨 or 兼 too (副院长暨细胞治疗中心主任X).
export const MORE_POSTS_ZH = /^(?:[、暨兼][^，,。；]*)$/;
// 同为全国政协委员的X: a seat the person also holds.
export const ALSO_SEAT_ZH = /(?:同为|身为|作为|也是|亦为)\s*$/;
// 本局, 我委, 该院: a body's own or deictic name, not a name of it.
export const DEICTIC_NAME_ZH = /^[本我该]/;
// A body's division named between it and a post (食药署药品组组长X, 某局科教处处长Y): a seat too.
export const AGENCY_UNIT_ZH = /^[\p{Script=Han}]{2,6}(?:组|处|科)$/u;

// 评审由研究基金局负责，主席为医务卫生局局长卢宠茂: a clause that opens with a post and 为/是.
export const POST_IS_ZH = new RegExp(String.raw`^(${POST_ZH_SOURCE})(?:为|是)`, 'u');
// 张伟（国家药监局副局长）, 张伟，国家药监局副局长，, 张伟担任北京大学第三医院院长: the segment right after the name;
// news gives an age first (被告陈明（45岁）为X中心东主).
// (A courtesy title may stand between the name and its bracket: 陈明教授（某医院血液科主任）.)
export const SEGMENT_AFTER_NAME_ZH = /^(?:教授|副教授|博士|医生|先生|女士|院士|研究员)?(?:\(\d{1,3}岁\))?(?:\(|，|,|担任|出任|兼任|任|为|是)([^()，,。；;]{2,40}?)(?=\)|，|,|。|；|;|$)/u;
// 某医院张三院长表示: a post right after the name (the body right before it).
export const POST_RIGHT_AFTER_NAME_ZH = new RegExp(`^(${POST_ZH_SOURCE})`, 'u');
// 黄某（市政协委员，某医院血液科主任医师）: each further post in the same bracket, after a comma or 、.
export const NEXT_SEGMENT_IN_BRACKET_ZH = /^[，,、]([^()，,、。；;]{2,40}?)(?=\)|，|,|、)/u;

// 院长X, 局长X, 董事长X alone in a clause, and the head word of the body each heads (校长: a university's).
export const HEAD_POST_ALONE_ZH = new RegExp(String.raw`^(院|局|署|厅|校|所|会)长$|^(理事|董事)长$|^(?:署理)?(?:主任)?(?:裁判|法)官$|^(?:${BENCH_ZH})$`);
// A hospital's clinical department (骨科部, 血液科, 心内科): what a clinician's post names before it.
export const CLINICAL_UNIT_ZH = /^[\p{Script=Han}]{1,4}(?:科|科部)$/u;
// A mainland judgment's bench and clerk, who sign at its end.
export const BENCH_POST_ZH = new RegExp(`^(?:${BENCH_ZH})$`);
// A magistrate or judge alone in the clause (署理主任裁判官X判刑时指出; a judgment's 审判长 X, 书记员 Y): of the court the
// page names (its one court; a judgment's bench, of the court heading it).
export const COURT_POST_ZH = new RegExp(`官$|${BENCH_POST_ZH.source}`);
export const SCHOOL_NAME_ZH = /(?:大学|学院)$/;
export const BOARD_NAME_ZH = /(?:会|公司|集团)$/;
// 上市公司接待人员姓名：董事会秘书 周静；财务总监 孙立军: a company officer's post alone, in a listed company's own record.
export const COMPANY_OFFICER_ZH = /(?:^|[：:；;]\s*)(?<post>董事会秘书|证券事务代表|财务总监|首席财务官|副?总经理|董事长)\s*$/u;
export const LISTED_COMPANY_FIELD = /上市公司|本公司|公司(?:接待|参会)人员/u;
// A company's full legal name (南京驯鹿生物技术股份有限公司).
export const LEGAL_COMPANY_NAME_ZH = /(?:股份有限公司|有限公司)$/u;
// 台中市长X, 某县副县长X: a place's head, after the place's name.
export const PLACE_HEAD_ZH = /^(?:(?:市|县|区)?长|副(?:市|县|区)长)$/;
// 公司董事长吴立新, 医院院长王振宇, 試驗所行政總裁林德明: a body's short form (kind noun, tail of its name), then a post.
export const SHORT_BODY_POST_ZH = new RegExp(String.raw`^(?<noun>[\p{Script=Han}]{2,6}?)(?<post>${POST_ZH_SOURCE})$`, 'u');
// 另一議員X, 领衔代表：X, 委员X: a house's post alone before the name.
export const SEAT_BEFORE_NAME_ZH = /^(?:另一位?|另外一位|该|其他|(?:领衔|附议))?(议员|代表|委员)[:：]?$/u;

// A listed company's board footer (于本公告日期，董事会包括执行董事A博士及B女士；非执行董事C先生；以及独立非执行董事D、E及F):
// the sentence that says who the board is, and each name's post — the one opening its list, before the names listed.
export const BOARD_IS_ZH = /董事会(?:成员)?(?:包括|由|成员为|组成如下)/u;
export const BOARD_LIST_POST_ZH = /(?:^|包括|由|以及|及|和|[；;，,：:])\s*(?<post>(?:独立)?(?:非)?执行董事|董事会主席|董事|主席)(?:\p{Script=Han}{2,3}?(?:先生|女士|博士|教授|医生)?(?:、|以及|及|和|与))*$/u;
const LISTED_NAME_ZH = String.raw`\p{Script=Han}{2,3}?(?:先生|女士|博士|教授|医生)?`;
export const DIRECTORS_ONLY_ZH = new RegExp(String.raw`^\s*(?:以及|及|和)?\s*(?:独立)?(?:非)?执行董事${LISTED_NAME_ZH}(?:(?:、|以及|及|和|与)${LISTED_NAME_ZH})*\s*[；;。]?\s*$`, 'u');
