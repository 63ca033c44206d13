// Body and zone span rules: sub-bodies and offices named with their parent, zones named by their head word.
import { MT_IMPERATIVE_EN } from './fragments.ts';
import type { Rule } from './types.ts';
import { unitHeadsEn } from '../../units.ts';

/** Head words of development and bonded zones ("Comprehensive Bonded Zone", "High-tech Industrial Development Zone"). */
const ZONE_HEAD_EN = '(?:Comprehensive\\s+Bonded\\s+Zone|Bonded\\s+Zone|Bonded\\s+Area|Bonded\\s+Port\\s+Area|Comprehensive\\s+Pilot\\s+Zone|Hi(?:gh)?-?[Tt]ech(?:nology)?\\s+(?:Industrial\\s+)?(?:Development\\s+)?Zone|Economic\\s+and\\s+Technological\\s+Development\\s+(?:Zone|Area)|Economic\\s+Development\\s+Zone|Development\\s+Zone|Industrial\\s+Park|New\\s+Area|(?:Airport\\s+)?Economy\\s+Zone|(?:International\\s+)?Bio-?[Tt]own|(?:Medical\\s+|Biological\\s+|Bio-?)?Science\\s+City|Biological\\s+City|Medical\\s+City|Bio-?[Cc]ity)';

/** Head words of zones named in Chinese (示范区, 新区, 高新技术产业开发区 …): the rule below and the mention pass's pre-check. */
export const ZONE_HEADS_ZH = ['示范区', '先行区', '先导区', '合作区', '新区', '开发区', '高新区', '科技城', '生物城', '医学城'];

export const BODY_RULES: Rule[] = [
  {
    id: 'span.zone.park.zh',
    stage: 'span',
    language: 'zh',
    // A park named by its place (two or three characters, known or not) and its field before 园区 (新竹生醫園區, 南港生技園區,
    // 苏州生物医药园区), where a name can start: after a clause mark, a list's 、 or a preposition of place.
    pattern: /(?:^|(?<=[、，,；;：:\s“"「(（]|在|于|至|到|和|与|及|入驻|进驻|落户))(?<name>\p{Script=Han}{2,3}?(?:生技|生医|生物医学|生物医药|生物科技|科学|科技|软件|医药|生物)园区)/gu,
    action: 'Region{zone: the park} (a place inside its name is no mention)',
    examples: { match: ['经济部已在新竹生医园区、南港生技园区辅导3家业者', '入驻苏州生物医药园区的企业', '位于台南科学园区'], noMatch: ['工业园区', '在园区内', '科技园区建设', '产业园区'] },
  },
  {
    id: 'span.body.general-office.en',
    stage: 'span',
    language: 'en',
    // Before a composed government: "General Office of the" — the body is the government's general office.
    pattern: /(?:^|[^A-Za-z])General\s+Office\s+of\s+(?:the\s+)?$/i,
    action: "Agency{the government's general office} PART_OF the government",
    examples: { match: ['the General Office of the ', 'General Office of '], noMatch: ['the General Offices ', 'office of the '] },
  },
  {
    id: 'span.body.standing-committee.en',
    stage: 'span',
    language: 'en',
    // Before a composed congress: "Standing Committee of the (13th)" — the congress's standing committee.
    pattern: /(?:^|[^A-Za-z])Standing\s+Committee\s+of\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?$/i,
    action: "Agency{the congress's standing committee} PART_OF the congress",
    examples: { match: ['the Standing Committee of the ', 'Standing Committee of the 14th '], noMatch: ['a committee of the ', 'Standing Committees'] },
  },
  {
    id: 'span.body.sub-body-of.en',
    stage: 'span',
    language: 'en',
    // "Department of Science, Technology and Education of the" before a national agency: its sub-body. Also a unit whose
    // head word leads its name ("the Office of Clinical Trial Management of the", "Division of Medicinal Products of the");
    // not an Administration so led (a title's "Administration of Drug Registration of the …").
    pattern: new RegExp(String.raw`((?:(?:[A-Z][A-Za-z,'’-]*\s+(?:and\s+|of\s+|for\s+)?){0,6}${unitHeadsEn('Department', 'Division', 'Bureau', 'Office', 'Center', 'Centre', 'Institute', 'Secretariat', 'Commission', 'Administration')}|${unitHeadsEn('Department', 'Division', 'Bureau', 'Office', 'Center', 'Centre', 'Institute')}\s+(?:of|for)\s+(?:[A-Z][A-Za-z'’-]*,?\s+(?:and\s+)?){0,4}[A-Z][A-Za-z'’-]*)(?:\s*\([A-Z]{2,8}\))?)\s+(?:of|at)\s+(?:the\s+)?$`),
    action: 'Agency{department} PART_OF the agency named after it',
    examples: { match: ['the Medical Administration Bureau of the ', 'the Drug Evaluation Center (CDE) of ', 'to the Office of Clinical Trial Management of the ', 'the Division of Medicinal Products of ', 'director of the Division of Cell Therapy Evaluation at the '], noMatch: ['the people of the ', 'Bureau ', 'the Measures for the administration of the ', 'director of research at the '] },
  },
  {
    id: 'span.body.sub-body-possessive.en',
    stage: 'span',
    language: 'en',
    // Right after a national agency's name, its unit named with a possessive: "the NHSA's Department of Medical Services
    // Management", "the NHC's Medical Administration Bureau" (two words at least: "the NMPA's Office" names none).
    pattern: new RegExp(String.raw`^['’]s\s+((?:[A-Z][\w-]*\s+(?:and\s+)?){1,5}${unitHeadsEn('Department', 'Division', 'Bureau', 'Office', 'Center', 'Centre', 'Institute', 'Secretariat')}\b(?:\s+(?:of|for)\s+[A-Z][\w-]*(?:,?\s+(?:and\s+|of\s+|for\s+)?[A-Z][\w-]*){0,6})?|${unitHeadsEn('Department', 'Division', 'Bureau', 'Office', 'Center', 'Centre', 'Institute', 'Secretariat')}\s+(?:of|for)\s+[A-Z][\w-]*(?:,?\s+(?:and\s+|of\s+|for\s+)?[A-Z][\w-]*){0,6})`),
    action: 'Agency{department} PART_OF the agency named before it',
    examples: { match: ["'s Department of Medical Services Management said", "’s Medical Administration Bureau", "'s Center for Drug Evaluation"], noMatch: ["'s website", "'s Office said", "'s new department", "'s Department"] },
  },
  {
    id: 'span.body.congress-committee.zh',
    stage: 'span',
    language: 'zh',
    // Right after a local people's congress, its standing committee or a CPPCC committee: its working or special
    // committee (市人大常委会法制工作委员会, 省人大常委会法工委, 市政协提案委员会).
    pattern: /^(?:法工委|[^\s的了和与及、，,。等发印要求对在是将为以会]{2,10}?委员会)/,
    action: 'Agency{committee} PART_OF the body named before it',
    examples: { match: ['法制工作委员会副主任', '法工委主任', '教育科学文化卫生委员会'], noMatch: ['第二十六次会议', '主任会议', '和专家委员会'] },
  },
  {
    id: 'span.body.sub-body.zh',
    stage: 'span',
    language: 'zh',
    // Right after an agency's Chinese name: its department (司, 办公厅, 中心, 研究院, 检定院, the CDE's review 部: 临床一部,
    // 药学部; not any 部, as 传讯部 or 中部 are no units gold names; a Taiwan agency's 组 before its head's post is the
    // membership's: 藥品組組長) or a legislature's
    // committee (立法会卫生事务委员会, 立法院社会福利及卫生环境委员会: its name may join two fields with 及).
    pattern: /^((?!有关|相关|各|该|其他|(?:研究|完善|推动|推进|加强|建立|健全|开展|探索|支持|组织|指导|制定|修订|会同|联合|配合|协同|商请|督促|鼓励|做好|规范|牵头|依托|负责|辖下|核准)(?!中心|院))[^\s的了和与及、，,。等发印要求对在是将为以向经]{2,8}?(?:司|办公厅|中心|研究院|检定院|(?:临床|药学|药理毒理|统计|审评|合规|业务管理)[一二三四五六]?部)|筹备(?:办公室|办)|[^\s的了和与、，,。等发印要求对在是将为以]{2,12}?(?:事务)?委员会)/,
    action: 'Agency{department or committee} PART_OF the agency named before it',
    examples: { match: ['医政医管局司长', '药品审评中心发布', '科技教育司', '卫生事务委员会会议', '社会福利及卫生环境委员会完成审查', '筹备办公室正制订', '化药临床一部组织'], noMatch: ['的中心', '发布了指南', '和专家委员会', '会同有关部门', '有关司局负责人', '研究完善多中心试验的备案', '全部完成', '联合科技部', '辖下部门', '核准中部'] },
  },
  {
    id: 'span.body.abbreviated.zh',
    stage: 'span',
    language: 'zh',
    // A body or institution written in full with its abbreviation in brackets (國家科學及技術委員會（國科會）, 工業技術研究院
    // （工研院）): a proper name, known or not. The run before the bracket ends in a head word; where the name starts is
    // where the abbreviation's characters, in order, begin (code: bracketedBodies).
    pattern: /([^\s，,。；;、：:“”"「」《》()（）]{1,24}?(?:委员会|部|署|局|厅|处|办公室|院|中心|基金会?|协会|学会|公会|联合会|公司|集团|联盟|连线))\(\s*(?:以下简称|下称|简称)?\s*[“"「]?(\p{Script=Han}{2,6})[”"」]?\s*\)/gu,
    action: 'Agency or Organization{the name the abbreviation abbreviates}; the abbreviation stands for it after',
    examples: {
      match: ['国家科学及技术委员会(国科会)今日公布', '由工业技术研究院(工研院)牵头', '海洋事务委员会(下称海委会)'],
      noMatch: ['管理办法(试行)', '国家科学及技术委员会今日公布', '委员会(国科会)'],
    },
  },
  {
    id: 'span.body.abbreviated.en',
    stage: 'span',
    language: 'en',
    // A body written in full with its initials in brackets ("the National Science and Technology Council (NSTC)", "Research
    // Grants Council (RGC)"): a proper name, known or not; it starts where the initials begin (code: bracketedBodiesEn).
    pattern: /((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|on|the|&)\s+)*){1,8}(?:Council|Commission|Committee|Ministry|Administration|Authority|Bureau|Board|Office|Department|Agency|Yuan|Secretariat))\s*\(\s*([A-Z]{2,8})\s*\)/g,
    action: 'Agency{the name the initials abbreviate}; the initials stand for it after',
    examples: {
      match: ['the National Science and Technology Council (NSTC) said', 'Research Grants Council (RGC)', 'Ocean Affairs Council (OAC)'],
      noMatch: ['the council (NSTC)', 'National Science and Technology Council said'],
    },
  },
  {
    id: 'span.zone.head-word.zh',
    stage: 'span',
    language: 'zh',
    // Right after a known place: a zone the gazetteer does not know, named by its head word (长三角生态绿色一体化发展示范区).
    // Free-trade and bonded zones are the gazetteer's (a garbled 自贸试验区 is no new zone).
    pattern: new RegExp(`^(?:(?!开展|建设|设立|推进|推动|支持|打造|建立|申报|加快|成立|位于|落户|纳入|依托|试点)[^\\s，,。；;、：:的和与及在对将为以是从等“”"《》()（）]){0,14}?(?:${ZONE_HEADS_ZH.join('|')})`, 'u'),
    action: 'Region{zone: the place and what follows it} (the place inside is not a mention)',
    examples: { match: ['生态绿色一体化发展示范区开展试点', '国际医学城建设', '江东新区', '高新技术产业开发区（浑南区）', '经济技术开发区管委会'], noMatch: ['开展先行区试点', '的示范区', '和深圳的合作区', '白贸试验区', '在开发区落户'] },
  },
  {
    id: 'span.zone.head-word.en',
    stage: 'span',
    language: 'en',
    // Zones the gazetteer does not know, named in English by their head word ("Tianzhu Comprehensive Bonded Zone").
    pattern: new RegExp(`(?<![A-Za-z])(?<!\\b(?!(?:The|${MT_IMPERATIVE_EN})\\b)[A-Z][A-Za-z]*[\\s-])((?!(?:The|A|An|National|China|Chinese|Provincial|Municipal|This|Each|All|Other|New|${MT_IMPERATIVE_EN})\\b)[A-Z][a-z]+(?:[\\s-][A-Z][a-z]+){0,2}\\s+${ZONE_HEAD_EN})\\b`),
    action: 'Region{zone} (places inside its name are not mentions)',
    examples: { match: ['in Tianzhu Comprehensive Bonded Zone', 'the Suzhou Industrial Park', 'Daxing Economic Development Zone', 'the Hangzhou Qiantang New Area', 'the Chengdu Tianfu International Bio-Town', 'The Zhongyuan Medical Science City', 'relying on the Lanzhou Medical City', 'Support Wuxi High-tech Zone to build', 'Urge Jinhu Economic Development Zone to'], noMatch: ['the National Industrial Park', 'a bonded zone', 'the new area', 'Support Zone'] },
  },
  {
    id: 'span.zone-unit.en',
    stage: 'span',
    language: 'en',
    // Right before a zone's name: a unit of its administration named for its work ("the Industrial Development Bureau of",
    // "Economic Development Bureau of the"); its administrative committee is span.zone-administration's.
    pattern: new RegExp(String.raw`(?:^|\s)((?!(?:Administrative|Management|Administration|The|A|An)\s)(?:[A-Z][\w-]*\s+(?:and\s+)?){1,4}${unitHeadsEn('Bureau', 'Office', 'Department', 'Commission')})\s+of\s+(?:the\s+)?$`),
    action: "Agency{the zone's unit}",
    examples: { match: ['the Industrial Development Bureau of ', 'Economic Development Bureau of the ', 'Bio-industry Bureau of '], noMatch: ['the Administration Bureau of ', 'a bureau of the ', 'Management Committee of the '] },
  },
  {
    id: 'span.zone.bracketed-ftz.zh',
    stage: 'span',
    language: 'zh',
    // "(天津)自贸试验区": right after a bracketed province, the free-trade zone named without 中国.
    pattern: /^[)）]\s*(?:自由贸易试验区|自贸试验区|自由贸易区|自贸区)/,
    action: "Region{the province's pilot free trade zone}",
    examples: { match: [')自由贸易试验区', '）自贸区'], noMatch: [')人民政府', '自贸区'] },
  },
];
