// Rules of the extraction engine on short texts written for these tests (no Neo4j involved).
import { describe, expect, it } from 'vitest';
import { extractText, resolveAcross } from '../loaders/index.ts';
import { toFormatJson } from '../loaders/facts-json.ts';
import type { DocumentFacts } from '../loaders/types.ts';

const doc = (name: string, text: string, publishedOn?: string) => ({
  path: `/tmp/${name}`, name, sha256: '0', text, language: /\p{Script=Han}/u.test(text) ? ('zh-Hans' as const) : ('en' as const), title: name,
  ...(publishedOn ? { publishedOn } : {}),
});
const labelled = (d: DocumentFacts, label: string) => d.entities.filter((e) => e.label === label);

describe('Chinese place names inside ordinary words', () => {
  it('a bare county-level name used as a word is not a place', () => {
    const d = extractText(doc('words.txt', '两家企业加强国际合作，占据了行业的半壁江山，成为地区界首屈一指的企业。'));
    expect(labelled(d, 'Region').map((e) => e.id)).toEqual([]);
  });

  it('the same names stand as places with their parent, a suffix, a body or word edges', () => {
    const d = extractText(doc('places.txt', '浙江衢州江山开展试点。甘肃合作市和江山、界首等地卫健委参加会议。'));
    const ids = labelled(d, 'Region').map((e) => e.id);
    expect(ids).toContain('region:CN-330881');
    expect(ids).toContain('region:CN-623001');
    expect(ids).toContain('region:CN-341282');
  });
});

describe('Chinese organisation boundaries', () => {
  it('a clause verb between two names splits them', () => {
    const d = extractText(doc('orgs.txt', '国家再生医学资源库落地复旦大学，华山医院建设上海再生医学临床研究中心。'));
    const names = labelled(d, 'Organization').map((e) => e.name);
    expect(names).toContain('复旦大学');
    expect(names).toContain('上海再生医学临床研究中心');
    expect(names.some((n) => /落地|建设/.test(n))).toBe(false);
  });

  it('a verb that also occurs inside names splits only before a place or national word', () => {
    const d = extractText(doc('bank.txt', '中国建设银行股份有限公司与该医院签署合作协议。'));
    expect(labelled(d, 'Organization').map((e) => e.name)).toContain('中国建设银行股份有限公司');
  });
});

describe('which policy replaces or implements which', () => {
  const links = (d: DocumentFacts, type: string) =>
    d.relations.filter((r) => r.type === type).map((r) => [d.entities.find((e) => e.id === r.from)?.name, d.entities.find((e) => e.id === r.to)?.name]);

  it('a final version replaces its draft (same title, later)', () => {
    const d = extractText(doc('final.txt', [
      'On March 2, 2022, the National Medical Products Administration released the Guidelines for Clinical Trials of Gene Therapy Products (Draft for Comment).',
      'On November 9, 2022, the National Medical Products Administration issued the Guidelines for Clinical Trials of Gene Therapy Products.',
    ].join(' ')));
    expect(links(d, 'SUPERSEDES')).toEqual([['Guidelines for Clinical Trials of Gene Therapy Products', 'Guidelines for Clinical Trials of Gene Therapy Products (Draft for Comment)']]);
  });

  it('stated replacements: 代替, "repeals", 同时废止 by the text being issued', () => {
    const zh = extractText(doc('zh.txt', '2021年5月，某省卫生健康委员会印发《某省细胞治疗技术管理办法》，《某省细胞治疗技术管理暂行规定》同时废止。'));
    expect(links(zh, 'SUPERSEDES')).toEqual([['某省细胞治疗技术管理办法', '某省细胞治疗技术管理暂行规定']]);
    const en = extractText(doc('en.txt', 'The new "Regulations on Human Organ Donation" repeal the "Provisions on Organ Transplant Management" issued in 2007.'));
    expect(links(en, 'SUPERSEDES')).toEqual([['Regulations on Human Organ Donation', 'Provisions on Organ Transplant Management']]);
  });

  it('implementing rules of a named law, and "to implement the X … issued the Y"', () => {
    const zh = extractText(doc('impl.txt', '会议审议了《生物安全法》及《生物安全法实施细则》。'));
    expect(links(zh, 'IMPLEMENTS')).toEqual([['生物安全法实施细则', '生物安全法']]);
    const en = extractText(doc('impl-en.txt', 'To implement the Opinions on Supporting Biomedical Innovation, the provincial government issued the "Action Plan for Biomedical Industry Clusters".'));
    expect(links(en, 'IMPLEMENTS')).toEqual([['Action Plan for Biomedical Industry Clusters', 'Opinions on Supporting Biomedical Innovation']]);
  });

  it('across a batch: the final in one document replaces the draft named in another; they stay two ids', () => {
    const a = extractText(doc('a.txt', 'On May 5, 2023, the National Health Commission published the "Measures for Ethical Review of Cell Therapy Research (Draft for Comment)".'));
    const b = extractText(doc('b.txt', 'On December 1, 2023, the National Health Commission published the "Measures for Ethical Review of Cell Therapy Research".'));
    const [ra, rb] = resolveAcross([a, b]);
    const draft = ra!.entities.find((e) => e.label === 'Policy')!;
    const final = rb!.entities.find((e) => e.label === 'Policy')!;
    expect(draft.id).not.toBe(final.id);
    expect(rb!.relations.some((r) => r.type === 'SUPERSEDES' && r.from === final.id && r.to === draft.id)).toBe(true);
    // The facts JSON of a document lists only links between its own entities.
    const json = toFormatJson([ra!, rb!]);
    expect(json.documents[1]!.relations.some((r) => r.type === 'SUPERSEDES')).toBe(false);
  });
});

describe('zones and persons', () => {
  it('a free-trade zone named by its province in brackets is the zone, not the province', () => {
    const d = extractText(doc('ftz.txt', '目前，(福建)自贸试验区已发文支持细胞治疗产业。'));
    expect(labelled(d, 'Region').map((e) => e.id)).toEqual(['region:ftz/fujian']);
  });

  it('a development zone that issues a policy acts through its administrative committee', () => {
    const d = extractText(doc('zone.txt', 'On May 6, 2024, the Suzhou Industrial Park issued the "Several Measures to Support the Synthetic Biology Industry".'));
    const p = labelled(d, 'Policy')[0]!;
    const issued = d.relations.find((r) => r.type === 'ISSUED' && r.to === p.id);
    const committee = d.entities.find((e) => e.id === issued?.from);
    expect(committee).toMatchObject({ label: 'Agency', kind: 'administrative_committee' });
    expect(committee!.name).toMatch(/Suzhou Industrial Park/);
  });

  it('a Western-order name with a title or a post is a person, with the post as MEMBER_OF', () => {
    const d = extractText(doc('west.txt', 'Professor Hiroshi Tanaka said the results were promising. Maria Lindqvist, chairwoman of the International Cell Therapy Alliance, welcomed the rules.'));
    const names = labelled(d, 'Person').map((e) => e.name).sort();
    expect(names).toEqual(['Hiroshi Tanaka', 'Maria Lindqvist']);
    const org = d.entities.find((e) => e.label === 'Organization' && /International Cell Therapy Alliance/.test(e.name));
    expect(d.relations.some((r) => r.type === 'MEMBER_OF' && r.from === 'person:maria-lindqvist' && r.to === org?.id)).toBe(true);
    // Capitalised phrases with a post but no person stay out.
    const none = extractText(doc('none.txt', 'The Stem Cell Research, director of operations said, is ongoing.'));
    expect(labelled(none, 'Person')).toEqual([]);
  });

  it('equally frequent spellings of one person: the headline or titled mention gives the canonical name', () => {
    const text = [
      'Member Zhou Lieming urges faster approval of cell therapies',
      'Zhou Liming, member of the CPPCC National Committee, submitted a proposal.',
      'The Zhou Leiming proposal recommends pilot zones.',
    ].join('\n');
    const d = extractText(doc('zhou.txt', text));
    const p = labelled(d, 'Person');
    expect(p).toHaveLength(1);
    expect(p[0]!.name).toBe('Zhou Lieming');
    expect(d.merges.find((m) => m.id === p[0]!.id)?.reason).toMatch(/Zhou Liming/);
  });
});

describe('text clean-up and English organisation boundaries', () => {
  it('pinyin glosses printed after characters do not break names', () => {
    const d = extractText(doc('ruby.txt', '国家药(yào)品监督管理局发(fā)布通知，支持四川省细胞治疗产业发展。'));
    expect(d.entities.some((e) => e.id === 'agency:cn/nmpa')).toBe(true);
    expect(d.entities.some((e) => e.id === 'region:CN-SC')).toBe(true);
  });

  it('"X Hospital and the Y University" are two organisations', () => {
    const d = extractText(doc('two.txt', 'The study was run by the Riverside Children Hospital and the Lakeshore Medical University in 2023.'));
    expect(labelled(d, 'Organization').map((e) => e.name).sort()).toEqual(['Lakeshore Medical University', 'Riverside Children Hospital']);
  });
});

describe('one hospital, two names', () => {
  it('a hospital named by its city and by its university is one organisation, with the reason', () => {
    const d = extractText(doc('hosp.txt', '复旦大学附属华山医院牵头开展研究。上海市华山医院表示，将扩大试点。'));
    const hs = labelled(d, 'Organization').filter((e) => /华山医院$/.test(e.name));
    expect(hs).toHaveLength(1);
    expect(hs[0]!.aliases).toContain('上海市华山医院');
    expect(d.merges.some((m) => m.id === hs[0]!.id && /上海市华山医院/.test(m.reason))).toBe(true);
  });

  it('hospitals sharing only a generic name stay apart', () => {
    const d = extractText(doc('generic.txt', '苏州大学附属第一人民医院与上海市第一人民医院签约。'));
    expect(labelled(d, 'Organization').filter((e) => /第一人民医院$/.test(e.name))).toHaveLength(2);
  });
});

describe('parts and targets', () => {
  it('a known sub-body named with its parent in one name is stated to be part of it', () => {
    const en = extractText(doc('part.txt', 'The Science and Education Department of the National Health Commission released a notice on ethics training.'));
    expect(en.relations.some((r) => r.type === 'PART_OF' && r.from === 'agency:cn/nhc/science-technology-education' && r.to === 'agency:cn/nhc')).toBe(true);
    const zh = extractText(doc('part-zh.txt', '国家卫健委科教司召开伦理审查培训会。'));
    expect(zh.relations.some((r) => r.type === 'PART_OF' && r.from === 'agency:cn/nhc/science-technology-education' && r.to === 'agency:cn/nhc')).toBe(true);
    // Named alone, it states nothing about its parent.
    const alone = extractText(doc('alone.txt', '科教司召开伦理审查培训会。'));
    expect(alone.relations.some((r) => r.type === 'PART_OF')).toBe(false);
  });

  it('joint issuers of a city and of a zone inside it: the policy applies to the city', () => {
    const d = extractText(doc('joint.txt', 'On March 3, 2024, the Beijing Municipal Health Commission and the Zhongguancun Science Park Administrative Committee jointly issued the "Several Measures to Support Cell Therapy Innovation".'));
    const p = labelled(d, 'Policy')[0]!;
    expect(d.relations.filter((r) => r.type === 'APPLIES_TO' && r.from === p.id).map((r) => r.to)).toEqual(['region:CN-BJ']);
    expect(d.relations.filter((r) => r.type === 'ISSUED' && r.to === p.id)).toHaveLength(2);
  });
});

describe('a notice and a news post of the usual kind', () => {
  it('Chinese notice: implements what it cites, replaces its draft, not the cited text', () => {
    const d = extractText(doc('notice.txt', [
      '为贯彻落实《国务院办公厅关于全面加强药品监管能力建设的实施意见》，省局组织制定了《某省细胞治疗产品生产质量管理指南（试行）》，现予印发。',
      '本指南自2024年7月1日起施行，《某省细胞治疗产品生产质量管理指南（征求意见稿）》同时废止。',
    ].join('\n')));
    const id = (re: RegExp) => d.entities.find((e) => e.label === 'Policy' && re.test(e.name))!.id;
    const guide = id(/指南\(试行\)$/);
    const draft = id(/征求意见稿/);
    const cited = id(/实施意见$/);
    expect(d.relations.filter((r) => r.type === 'SUPERSEDES').map((r) => [r.from, r.to])).toEqual([[guide, draft]]);
    expect(d.relations.filter((r) => r.type === 'IMPLEMENTS').map((r) => [r.from, r.to])).toEqual([[guide, cited]]);
  });

  it('English post: an unquoted title ends before "issued by", whose issuers (even "former") are found; "The rules … implement" links to the text issued', () => {
    const d = extractText(doc('post.txt', [
      'On March 28, 2024, the Hainan Provincial Health Commission issued the Implementation Rules for Stem Cell Clinical Research in Hainan (Trial).',
      'The rules were drafted to implement the Measures for the Administration of Stem Cell Clinical Research (Trial) issued by the former National Health and Family Planning Commission in 2015.',
      'Shenzhen-based Qianyuan Biotech Co., Ltd. welcomed the rules.',
    ].join(' ')));
    const measures = d.entities.find((e) => e.label === 'Policy' && /^Measures for the Administration/.test(e.name))!;
    expect(measures.name).toBe('Measures for the Administration of Stem Cell Clinical Research (Trial)');
    // "the former NHFPC … in 2015": the body that bore the name then (bodies in time), not today's NHC.
    expect(d.relations.some((r) => r.type === 'ISSUED' && r.from === 'agency:cn/nhfpc' && r.to === measures.id)).toBe(true);
    const rules = d.entities.find((e) => e.label === 'Policy' && /^Implementation Rules/.test(e.name))!;
    expect(d.relations.some((r) => r.type === 'IMPLEMENTS' && r.from === rules.id && r.to === measures.id)).toBe(true);
    expect(labelled(d, 'Organization').map((e) => e.name)).toContain('Qianyuan Biotech Co., Ltd.');
  });
});

describe('more Chinese and English forms', () => {
  it('Chinese posts before a name are MEMBER_OF the bodies they name', () => {
    const d = extractText(doc('posts.txt', '全国政协委员、北京大学教授王立新表示，要加快细胞治疗立法。全国人大代表陈思远建议设立先行区。'));
    const wang = d.entities.find((e) => e.label === 'Person' && e.nameZh === '王立新')!;
    const chen = d.entities.find((e) => e.label === 'Person' && e.nameZh === '陈思远')!;
    expect(d.relations.find((r) => r.type === 'MEMBER_OF' && r.from === wang.id && r.to === 'agency:cn/cppcc/national-committee')?.role).toBe('member');
    expect(d.relations.some((r) => r.type === 'MEMBER_OF' && r.from === wang.id && /org:/.test(r.to))).toBe(true);
    expect(d.relations.find((r) => r.type === 'MEMBER_OF' && r.from === chen.id && r.to === 'agency:cn/npc')?.role).toBe('deputy');
    expect(d.relations.some((r) => r.type === 'MEMBER_OF' && r.from === chen.id && r.to === 'agency:cn/cppcc/national-committee')).toBe(false);
  });

  it('a standing committee named with its term number issues the regulation it passed', () => {
    const d = extractText(doc('term.txt', '2024年11月8日，四川省第十四届人民代表大会常务委员会第十五次会议审议通过《四川省细胞治疗产业促进条例》。'));
    const p = labelled(d, 'Policy')[0]!;
    expect(d.relations.find((r) => r.type === 'ISSUED' && r.to === p.id)).toMatchObject({ from: 'agency:cn-sc/peoples-congress-standing-committee', date: '2024-11-08' });
  });

  it('"revised the X" issues the revised X; a titled Korean name is a person; 若干政策 is a policy', () => {
    const en = extractText(doc('rev.txt', 'In 2024, the National Health Commission revised the Measures for the Ethical Review of Biomedical Research. Dr. Park Min-jun welcomed the change.'));
    const p = labelled(en, 'Policy')[0]!;
    expect(en.relations.some((r) => r.type === 'ISSUED' && r.from === 'agency:cn/nhc' && r.to === p.id)).toBe(true);
    expect(labelled(en, 'Person').map((e) => e.name)).toEqual(['Park Min-jun']);
    const zh = extractText(doc('pol.txt', '国家卫生健康委员会印发《关于支持细胞治疗产业发展的若干政策》。'));
    expect(labelled(zh, 'Policy')[0]).toMatchObject({ kind: 'measures' });
  });
});

describe('boundaries in mixed news text', () => {
  it('a verb between capitalised words does not glue a person and a place into an organisation', () => {
    const d = extractText(doc('verb.txt', 'Governor Wang Weimin of Fujian Province inspected Xiamen Laboratory on Monday.'));
    expect(labelled(d, 'Organization').map((e) => e.name)).toEqual(['Xiamen Laboratory']);
    expect(labelled(d, 'Person').map((e) => e.name)).toEqual(['Wang Weimin']);
  });

  it('a government written before its own bureau: the bureau issues; 条例草案 is a draft regulation; 框架 is a policy', () => {
    const d = extractText(doc('hk.txt', '2024年6月28日，香港特别行政区政府医务卫生局公布《细胞疗法规管框架》。医务卫生局表示，将推出《细胞疗法产品条例草案》。行政长官李家超表示支持。'));
    const frame = labelled(d, 'Policy').find((e) => /框架$/.test(e.name))!;
    expect(d.relations.filter((r) => r.type === 'ISSUED' && r.to === frame.id).map((r) => r.from)).toEqual(['agency:cn-hk/health-bureau']);
    expect(labelled(d, 'Policy').find((e) => /条例草案$/.test(e.name))).toMatchObject({ kind: 'regulation', status: 'draft' });
    expect(labelled(d, 'Person').map((e) => e.nameZh)).toContain('李家超');
  });
});

describe('English names in running prose', () => {
  it('an unquoted title ends before a modal verb; a role before a name is not part of an organisation', () => {
    const d = extractText(doc('modal.txt', 'The Plan for the Development of the Bioeconomy will be reviewed. Chief Executive Officer Michael Chen of Harbor Cell Research Center said demand is growing.'));
    expect(labelled(d, 'Policy').map((e) => e.name)).toEqual(['Plan for the Development of the Bioeconomy']);
    expect(labelled(d, 'Organization').map((e) => e.name)).toEqual(['Harbor Cell Research Center']);
    expect(labelled(d, 'Person').map((e) => e.name)).toEqual(['Michael Chen']);
  });

  it('the last two items of a list "A, B and C" are two organisations', () => {
    const d = extractText(doc('list.txt', 'The Lakeside Laboratory, the Northern Institutes of Cell Biology and Health and Hillview University Hospital signed a memorandum.'));
    expect(labelled(d, 'Organization').map((e) => e.name).sort()).toEqual(['Hillview University Hospital', 'Lakeside Laboratory', 'Northern Institutes of Cell Biology and Health']);
  });
});

describe('prefecture cities and joined Chinese names', () => {
  it('a bare city name inside a word is not the city; listed or after a place verb it is', () => {
    const d = extractText(doc('city.txt', '患者安康出院。支持南京、苏州等地发展，推动泰州建设产业园。'));
    const ids = labelled(d, 'Region').map((e) => e.id);
    expect(ids).not.toContain('region:CN-610900');
    expect(ids).toEqual(expect.arrayContaining(['region:CN-320100', 'region:CN-320500', 'region:CN-321200']));
  });

  it('two organisations joined by 与 stay two; 促进会 is an association', () => {
    const d = extractText(doc('join.txt', '中国细胞治疗促进会与浙江大学联合成立研究中心。'));
    expect(labelled(d, 'Organization').map((e) => e.name).sort()).toEqual(['中国细胞治疗促进会', '浙江大学']);
  });
});

describe('zones named by their head word', () => {
  it('an unknown bonded zone is a region; the place inside its name is not a mention of its own', () => {
    const d = extractText(doc('bonded.txt', 'A rare-disease drug pilot will be set up in the Meishan Comprehensive Bonded Zone of Ningbo.'));
    const zone = labelled(d, 'Region').find((e) => e.name === 'Meishan Comprehensive Bonded Zone');
    expect(zone?.id).toBe('region:zone/meishan-comprehensive-bonded');
    expect(labelled(d, 'Region').some((e) => e.name === 'Meishan')).toBe(false);
    const none = extractText(doc('generic.txt', 'The National Comprehensive Bonded Zone policy applies to all zones.'));
    expect(labelled(none, 'Region')).toEqual([]);
  });
});

describe('soliciting comments issues the draft', () => {
  it('"A就《X（征求意见稿）》公开征求意见" gives A ISSUED the draft, dated', () => {
    const d = extractText(doc('solicit.txt', '2022年8月3日，云南省药品监督管理局就《云南省细胞治疗产品生产质量管理办法（征求意见稿）》向社会公开征求意见。'));
    const policy = labelled(d, 'Policy')[0];
    expect(policy?.status).toBe('draft');
    expect(d.relations).toContainEqual(
      expect.objectContaining({ type: 'ISSUED', from: 'agency:cn-yn/medical-products', to: policy?.id, date: '2022-08-03' }),
    );
  });

  it('a title merely mentioned next to 就 without a request for comments is not issued', () => {
    const d = extractText(doc('mention.txt', '专家就《云南省细胞治疗产品生产质量管理办法》的实施效果进行了讨论。'));
    expect(d.relations.filter((r) => r.type === 'ISSUED')).toEqual([]);
  });
});

describe('the facts are what a page states; the graph also keeps what it infers', () => {
  // A national regulator's guideline applies to the whole country: the graph links it to China so that a city's
  // region question finds it (queries' CONTAINING scopes), but the page never says so — the facts JSON leaves it out.
  const national = doc('nat.txt', '国家药监局药审中心发布《细胞治疗产品药学变更研究技术指导原则》\n\n11月10日，国家药品监督管理局药品审评中心发布了《细胞治疗产品药学变更研究技术指导原则》，自发布之日起施行。');
  const taiwan = doc('tw.txt', 'Health ministry issues cell therapy rules\n\nThe Ministry of Health and Welfare on Monday issued the Regulations on Cell Preparation Facilities, effective January 1.');

  it('the extraction keeps the country a national text applies to (the graph\'s input)', () => {
    for (const [d, country] of [[national, 'region:CN'], [taiwan, 'region:CN-TW']] as const) {
      const facts = extractText(d);
      expect(facts.relations.some((r) => r.type === 'APPLIES_TO' && r.to === country), d.name).toBe(true);
    }
  });

  it('the facts JSON holds neither that edge nor a country the page names only through it', () => {
    for (const [d, country] of [[national, 'region:CN'], [taiwan, 'region:CN-TW']] as const) {
      const [out] = toFormatJson([extractText(d)]).documents;
      expect(out!.relations.filter((r) => r.to === country), d.name).toEqual([]);
      expect(out!.entities.map((e) => e.id), d.name).not.toContain(country);
      expect(out!.relations.some((r) => r.type === 'ISSUED'), d.name).toBe(true);
    }
  });

  it('a place the title names stays a fact', () => {
    const [out] = toFormatJson([extractText(doc('sh.txt', '上海市卫生健康委员会印发《上海市干细胞临床研究管理实施细则》\n\n上海市卫生健康委员会近日印发《上海市干细胞临床研究管理实施细则》。'))]).documents;
    expect(out!.relations.some((r) => r.type === 'APPLIES_TO' && r.to === 'region:CN-SH')).toBe(true);
  });
});
