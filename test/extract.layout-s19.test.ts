// Layout classes of session 19 (M3 contact blocks), each as a table of sibling pages written for this test: another
// body, place, name and layout of the same class, with no-match rows that must not fire.
import { describe, expect, it } from 'vitest';
import { extractText } from '../loaders/index.ts';
import { detectLanguage } from '../loaders/read/script.ts';
import type { DocumentFacts } from '../loaders/types.ts';

const x = (text: string, publishedOn?: string): DocumentFacts =>
  extractText({ path: '/tmp/t.txt', name: 't.txt', sha256: '0', text, language: detectLanguage(text), title: 't', ...(publishedOn ? { publishedOn } : {}) });
const nameOf = (d: DocumentFacts, id: string): string => {
  const e = d.entities.find((y) => y.id === id);
  return e && /\p{Script=Han}/u.test(e.name) ? e.name : (e?.aliases?.find((a) => /\p{Script=Han}/u.test(a)) ?? e?.name ?? id);
};
const personZh = (d: DocumentFacts, zh: string) => d.entities.find((e) => e.label === 'Person' && (e.nameZh === zh || e.aliases?.includes(zh) || e.name === zh));
/** The person's units and the bodies each is part of: "unit<body" or "body". */
const membership = (d: DocumentFacts, pid: string): string[] =>
  d.relations.filter((r) => r.type === 'MEMBER_OF' && r.from === pid).map((r) => {
    const parent = d.relations.find((p) => p.type === 'PART_OF' && p.from === r.to)?.to;
    // (A unit may be named with its body's words before it: 某市卫生健康委员会医政科.)
    return parent ? `${nameOf(d, r.to).replace(nameOf(d, parent), '')}<${nameOf(d, parent)}` : nameOf(d, r.to);
  });

const notice = (body: string, head: string, foot: string): string =>
  `${body}关于开展2027年度细胞治疗临床研究项目申报工作的通知\n\n各有关单位：\n\n${head}现将有关事项通知如下。\n\n一、申报条件\n申报单位须具备相应资质。\n\n${foot}\n\n${body}\n2026年12月10日`;

describe('M3: a contact block\'s persons by their place in it', () => {
  // Class: a name of four or more characters, or of parts joined by · (Mongolian, Uyghur, Tibetan names), stands where the
  // block puts a name — after the label or its unit, before a phone or the block's end — and is the contact, with the unit.
  // A heading alone on its line (五、联系方式) opens a block whose entries (unit, name, phone) are the lines under it; an
  // entry whose unit is written with another body's name is that body's (none when that body is not found: never the block's).
  const rows: Array<[string, string, string, string[]]> = [
    ['a minority name after a glued unit', notice('乌鲁木齐市卫生健康委员会', '为推进细胞治疗临床研究，', '联系人：市卫生健康委科教处  阿依古丽·买买提\n联系电话：0991-5551234'), '阿依古丽·买买提', ['科教处<乌鲁木齐市卫生健康委员会']],
    ['a four-character name alone under a unit line', notice('呼和浩特市科学技术局', '为支持细胞治疗研究，', '联系单位及电话：市科学技术局社会发展科，0471-5559876\n联系人：斯琴高娃'), '斯琴高娃', ['社会发展科<呼和浩特市科学技术局']],
    ['a Tibetan name on a heading\'s entry line', notice('拉萨市卫生健康委员会', '为规范细胞治疗技术应用，', '五、联系方式\n拉萨市卫生健康委员会 医政科　次仁卓玛　0891-6321234\n拉萨市市场监督管理局 药品科　王立新　0891-6325678'), '次仁卓玛', ['医政科<拉萨市卫生健康委员会']],
    ['a second entry of a heading\'s block, another body', notice('拉萨市卫生健康委员会', '为规范细胞治疗技术应用，', '五、联系方式\n拉萨市卫生健康委员会 医政科　次仁卓玛　0891-6321234\n拉萨市市场监督管理局 药品科　王立新　0891-6325678'), '王立新', ['药品科<拉萨市市场监督管理局']],
    ['a second entry whose unit is a hospital\'s', notice('赤峰市卫生健康委员会', '为做好干细胞临床研究备案，', '联系人：市卫生健康委科教科  那日苏\n赤峰学院附属医院科研处  刘建国  0476-8351234'), '刘建国', ['赤峰学院附属医院']],
    ['a second entry whose unit is a known hospital\'s', notice('呼和浩特市卫生健康委员会', '为做好干细胞临床研究备案，', '联系人：市卫生健康委科教科  乌兰图雅\n内蒙古医科大学附属医院科研处  刘建国  0471-3451234'), '刘建国', ['内蒙古医科大学附属医院']],
  ];
  it.each(rows)('%s', (_, text, zh, units) => {
    const d = x(text);
    const p = personZh(d, zh);
    expect(p, zh).toBeDefined();
    expect(membership(d, p!.id).sort()).toEqual(units);
  });

  // No-match: words in a name's place (a post, a pointer to an annex), a long name inside prose.
  const none: Array<[string, string, string]> = [
    ['a post in the name\'s place', notice('包头市卫生健康委员会', '为做好备案工作，', '联系人：项目负责人\n联系电话：0472-5551234'), '项目负责人'],
    ['a pointer to an annex', notice('包头市卫生健康委员会', '为做好备案工作，', '联系方式：详见附件通知\n\n附件：申报书'), '详见附件通知'],
    ['a four-character word before a phone in prose', notice('包头市卫生健康委员会', '为做好备案工作，', '请各单位于12月20日前报送材料，咨询热线 0472-5551234。'), '咨询热线'],
  ];
  it.each(none)('%s', (_, text, zh) => {
    const d = x(text);
    expect(personZh(d, zh)).toBeUndefined();
    expect(d.entities.filter((e) => e.label === 'Person').length).toBe(0);
  });
});

describe('M3: a contact line\'s unit of another body', () => {
  // Class: on a notice's foot, a second contact whose unit is another body's — "Technical support unit: <institute>, Contact
  // person: <name>" (the unit's own label first) or a press or investor contact of a company's release (媒体联系人：品牌传播部
  // X) — is a member of that body, never of a unit of the regulator or the notice's body. Not found: no unit at all.
  const rows: Array<[string, string, string, string[]]> = [
    ['a technical support unit before its contact', 'Ningbo Municipal Health Commission Notice on the Filing of Stem Cell Clinical Research\n\nContact person: Medical Administration Division, Ningbo Municipal Health Commission, Zhao Lei, Tel: 0574-87654321\nTechnical support unit: Ningbo University Cell Therapy Research Institute, Contact person: Chen Jing', 'Chen Jing', ['Ningbo University Cell Therapy Research Institute']],
    ['the first contact of the same line stays the notice\'s', 'Ningbo Municipal Health Commission Notice on the Filing of Stem Cell Clinical Research\n\nContact person: Medical Administration Division, Ningbo Municipal Health Commission, Zhao Lei, Tel: 0574-87654321\nTechnical support unit: Ningbo University Cell Therapy Research Institute, Contact person: Chen Jing', 'Zhao Lei', ['Medical Administration Division of the Ningbo Municipal Health Commission<宁波市卫生健康委员会']],
    ['a company\'s media contact', '某某生物宣布CAR-T产品获国家药监局批准上市\n\n2026年11月20日，上海某某生物科技股份有限公司宣布，国家药品监督管理局已批准其CAR-T细胞注射液上市。\n\n媒体联系人：品牌传播部 王芳\n电话：021-55551234', '王芳', ['上海某某生物科技股份有限公司']],
    ['a company\'s investor contact', '关于自愿披露干细胞产品获得临床试验批准的公告\n\n杭州某某医药股份有限公司近日收到国家药品监督管理局核准签发的《药物临床试验批准通知书》。\n\n投资者联系人：证券事务部 李强', '李强', ['杭州某某医药股份有限公司']],
    ['a company\'s media contact in traditional script', '某某生技宣布細胞治療產品獲衛福部核准\n\n台北某某生技股份有限公司今日宣布，衛生福利部已核准其細胞治療產品。\n\n媒體聯絡人：企業傳訊部 陳美玲', '陳美玲', ['台北某某生技股份有限公司']],
  ];
  it.each(rows)('%s', (_, text, who, units) => {
    const d = x(text);
    const p = personZh(d, who);
    expect(p, who).toBeDefined();
    expect(membership(d, p!.id).map((u) => u.replace(/^<|<$/, '')).sort()).toEqual(units);
  });

  // No-match: an institute the page does not know is no unit of the notice's body; a government notice's own contact keeps
  // its unit of the body.
  it('an unknown institute gives its contact no unit of the notice\'s body', () => {
    const d = x('Ningbo Municipal Health Commission Notice on the Filing of Stem Cell Clinical Research\n\nTechnical support unit: Qlorvian Cell Research Institute, Contact person: Chen Jing');
    const p = personZh(d, 'Chen Jing');
    expect(p).toBeDefined();
    expect(membership(d, p!.id).filter((u) => u.includes('Health Commission'))).toEqual([]);
  });
  it('a government notice\'s contact keeps its unit of the body', () => {
    const d = x('宁波市卫生健康委员会关于开展干细胞临床研究备案工作的通知\n\n各有关单位：请按要求报送材料。\n\n联系人：医政处 张伟，电话：0574-87654321\n\n宁波市卫生健康委员会\n2026年12月1日');
    const p = personZh(d, '张伟');
    expect(p).toBeDefined();
    expect(membership(d, p!.id)).toEqual(['医政处<宁波市卫生健康委员会']);
  });
});
