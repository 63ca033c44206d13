// Reading documents: every supported format and encoding, the noise real pages carry, and clear errors.
// No Neo4j needed: these tests read files only.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../config.ts';
import { DocumentError, readDocument, SUPPORTED_EXTENSIONS, type SourceDocument } from '../loaders/read/index.ts';
import { BIG5_TEXT, buildFixtures, GB_TEXT } from './fixtures/read/make-fixtures.ts';

const SEEDS = path.join(ROOT, '..', 'shared', 'corpus', 'seeds');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'read');
const fixture = (name: string): string => path.join(FIXTURES, name);

const TMP = mkdtempSync(path.join(tmpdir(), 'policygraph-read-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
/** A file of that name in a fresh folder of its own. */
function tmpFile(name: string, content: string | Buffer): string {
  const file = path.join(mkdtempSync(path.join(TMP, 'f-')), name);
  writeFileSync(file, content);
  return file;
}

async function problemOf(file: string): Promise<DocumentError> {
  try {
    await readDocument(file);
  } catch (e) {
    if (e instanceof DocumentError) return e;
    throw e;
  }
  throw new Error(`${file} was read without error`);
}

const paragraphs = (doc: SourceDocument): string[] => doc.text.split('\n\n');
const GLOSS = /[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[）)]/;
const APP_SPAM = /(官方版|免费版|免費版).*(app下载|app下載|下载|下載)/i;

describe('seed documents', () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const docs = new Map<string, SourceDocument>();
  const seed = async (prefix: string): Promise<SourceDocument> => {
    const name = files.find((f) => f.startsWith(prefix));
    if (!name) throw new Error(`no seed ${prefix}`);
    let doc = docs.get(name);
    if (!doc) {
      doc = await readDocument(path.join(SEEDS, name));
      docs.set(name, doc);
    }
    return doc;
  };

  it('finds the seed documents', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(['000', '001', '002', '003', '004'])('seed %s comes out clean', async (prefix) => {
    const doc = await seed(prefix);
    const raw = readFileSync(doc.path);
    expect(doc.name).toBe(path.basename(doc.path));
    expect(path.isAbsolute(doc.path)).toBe(true);
    expect(doc.sha256).toBe(createHash('sha256').update(raw).digest('hex'));
    expect(doc.text).not.toMatch(/IMG_\d/);
    expect(doc.text).not.toMatch(/Return to List/i);
    expect(doc.text).not.toMatch(/^(Prve|Prev|Next):/m);
    expect(doc.text).not.toMatch(/上一篇|下一篇/);
    expect(doc.text).not.toMatch(/^Related News$/m);
    expect(doc.text).not.toMatch(APP_SPAM);
    expect(doc.text).not.toMatch(GLOSS);
    expect(doc.text).not.toMatch(/[\u200B-\u200D\uFEFF]/);
    expect(doc.text).not.toMatch(/^[•◆●]/m);
    expect(doc.text).not.toMatch(/\n{3,}/);
    for (const p of paragraphs(doc)) {
      expect(p.trim()).toBe(p);
      expect(p).not.toBe('');
      expect(p).not.toMatch(/ {2,}/);
    }
    // The title is the first paragraph and never noise.
    expect(paragraphs(doc)[0]!.startsWith(doc.title.replace(/…$/, ''))).toBe(true);
    expect(doc.title.length).toBeGreaterThan(5);
    expect(doc.title.length).toBeLessThanOrEqual(150);
  });

  it('000: English, the "Related News" trailer gone, no post date stated', async () => {
    const doc = await seed('000');
    expect(doc.language).toBe('en');
    expect(doc.publishedOn).toBeUndefined();
    expect(doc.title).toMatch(/^Huaxia stem cell industry/);
    expect(paragraphs(doc).at(-1)).toMatch(/^Stem cell technology is widely regarded/);
  });

  it('001: the release date, headline and image placeholders', async () => {
    const doc = await seed('001');
    expect(doc.language).toBe('en');
    expect(doc.publishedOn).toBe('2024-03-12');
    expect(doc.title).toMatch(/^Focus on 2024 National Two Sessions/);
    expect(doc.text).not.toMatch(/Release Date/);
    // Body text stays: the CPPCC member and the proposal are there.
    expect(doc.text).toMatch(/Ding Lieming/);
    expect(doc.text).toMatch(/CPPCC National Committee/);
  });

  it('002: the release date; ◆ decorations gone but the region headings kept', async () => {
    const doc = await seed('002');
    expect(doc.language).toBe('en');
    expect(doc.publishedOn).toBe('2024-03-29');
    expect(doc.title).toBe('2023 Stem cell policy at a glance');
    expect(doc.text).not.toMatch(/◆/);
    expect(paragraphs(doc)).toContain('Shanghai');
    expect(paragraphs(doc)).toContain('Jilin Province');
    // Timeline dates in the body are body text, not the post's date.
    expect(paragraphs(doc)).toContain('April 25th, 2023');
  });

  it('003: Traditional Chinese; spam header, masthead, contact block, glosses and pager removed', async () => {
    const doc = await seed('003');
    expect(doc.language).toBe('zh-Hant');
    // The pager's dates belong to other posts.
    expect(doc.publishedOn).toBeUndefined();
    expect(doc.title).toMatch(/干細胞/);
    expect(doc.title).toMatch(/現狀/);
    expect(doc.title).not.toMatch(/直播|資訊|地址/);
    expect(doc.text).not.toMatch(/直播|app/i);
    expect(doc.text).not.toMatch(/公司地址|聯系電話|聯繫電話|400-622/);
    // The headline repeated as image captions is kept once.
    expect(doc.text.split(doc.title).length - 1).toBe(1);
    // Glossed words read as words.
    expect(doc.text).toMatch(/醫學/);
    expect(doc.text).toMatch(/現狀/);
    expect(doc.text).not.toMatch(/醫\(/);
    // Mojibake "?" at line ends is gone; abbreviations in brackets stay.
    expect(doc.text).not.toMatch(/[\p{Script=Han}。，、；：]\?$/mu);
    expect(doc.text).toMatch(/\(FDA\)/);
    expect(doc.text).toMatch(/\(NMPA\)/);
    // Layout spaces between Han characters are gone.
    expect(doc.text).not.toMatch(/\p{Script=Han} \p{Script=Han}/u);
  });

  it('004: English without headline line, title is a shortened first sentence', async () => {
    const doc = await seed('004');
    expect(doc.language).toBe('en');
    expect(doc.publishedOn).toBeUndefined();
    expect(doc.title).toMatch(/^In August 2024, the Beijing/);
    expect(doc.title.length).toBeLessThanOrEqual(150);
    expect(paragraphs(doc)).toContain('3. Global opportunities and challenges');
  });
});

describe('a date alone under a long headline', () => {
  const LONG_EN = 'Three ministries said on Tuesday that clinics in a coastal free trade zone may start offering approved cell therapies to patients from abroad under a new set of market access measures meant to draw investment into the biomedical industry';
  const LONG_ZH = '多部门联合印发措施支持某自贸片区放宽生物医药市场准入，允许区内医疗机构按规定开展经批准的细胞治疗项目，并在审评审批、进口通关和人才引进等方面给予一系列便利，推动产业集聚发展和国际合作，同时加强全过程监管和风险防控工作，确保患者安全和数据合规使用，相关部门将定期评估实施效果并及时调整完善配套政策措施';

  it('is the post date, in English and in Chinese, and leaves the body', async () => {
    const en = await readDocument(tmpFile('lone-date-en.txt', `${LONG_EN}\n2025-06-03\nOn June 2, the ministries released the measures.\n`));
    expect(en.publishedOn).toBe('2025-06-03');
    expect(en.text).not.toMatch(/^2025-06-03$/m);
    const zh = await readDocument(tmpFile('lone-date-zh.txt', `${LONG_ZH}\n2023年11月20日\n11月18日，有关部门印发了上述措施。\n`));
    expect(zh.publishedOn).toBe('2023-11-20');
  });

  it('is not taken for a phone number, while a phone line is still dropped', async () => {
    const doc = await readDocument(tmpFile('lone-phone.txt', `${LONG_EN}\n010-6831 3344\nThe measures take effect next month.\n`));
    expect(doc.publishedOn).toBeUndefined();
    expect(doc.text).not.toMatch(/6831/);
  });
});

describe('encodings', () => {
  it('the committed binary fixtures are what make-fixtures.ts builds', () => {
    for (const [name, bytes] of Object.entries(buildFixtures())) {
      expect(readFileSync(fixture(name)).equals(bytes), name).toBe(true);
    }
  });

  it('reads GB18030 Simplified Chinese', async () => {
    const doc = await readDocument(fixture('policy-gb18030.txt'));
    expect(doc.language).toBe('zh-Hans');
    expect(doc.title).toBe(GB_TEXT.split('\n')[0]);
    expect(doc.publishedOn).toBe('2023-05-16');
    const body = GB_TEXT.split('\n').slice(3).filter((l) => l !== '');
    expect(paragraphs(doc).slice(1)).toEqual(body);
  });

  it('reads Big5 Traditional Chinese', async () => {
    const doc = await readDocument(fixture('notice-big5.txt'));
    expect(doc.language).toBe('zh-Hant');
    expect(doc.title).toBe(BIG5_TEXT.split('\n')[0]);
    expect(doc.publishedOn).toBe('2024-02-01');
    const body = BIG5_TEXT.split('\n').slice(3).filter((l) => l !== '');
    expect(paragraphs(doc).slice(1)).toEqual(body);
    // Chinese punctuation stays as written.
    expect(doc.text).toMatch(/「再生醫療製劑管理辦法」/);
  });

  it('reads UTF-16 with a byte-order mark, and UTF-8 with one', async () => {
    const utf16 = await readDocument(fixture('utf16-bom.txt'));
    const gb = await readDocument(fixture('policy-gb18030.txt'));
    expect(utf16.text).toBe(gb.text);
    const bom = await readDocument(tmpFile('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GB_TEXT)])));
    expect(bom.text).toBe(gb.text);
    expect(bom.title.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('reads UTF-16 without a byte-order mark', async () => {
    const text = 'Notice on cell therapy pilots\n\nThe commission designated three hospitals as pilot sites.';
    const le = await readDocument(tmpFile('le.txt', iconv.encode(text, 'utf-16le')));
    const be = await readDocument(tmpFile('be.txt', iconv.encode(text, 'utf-16be')));
    expect(le.text).toBe(text);
    expect(be.text).toBe(text);
  });

  it('a page that declares a legacy charset but is UTF-8 reads as UTF-8', async () => {
    const html = readFileSync(fixture('news-page.html'), 'utf8').replace('charset="utf-8"', 'charset="big5"');
    const doc = await readDocument(tmpFile('lying.html', html));
    expect(doc.title).toBe('某市发布细胞与基因治疗产业扶持政策');
  });

  it.each([
    ['gb18030', '关于印发干细胞制剂质量控制及临床前研究指导原则的通知'],
    ['gb18030', '国家药监局'],
    ['big5', '臺灣地區放寬自體幹細胞治療'],
    ['big5', '再生醫療製劑條例草案公告週知'],
  ])('tells %s from the other legacy encoding in a short text: %s', async (encoding, text) => {
    const doc = await readDocument(tmpFile(`short-${encoding}.txt`, iconv.encode(text, encoding)));
    expect(doc.text).toBe(text);
  });

  it('reads a GBK page whose <meta> declares its charset', async () => {
    const html = readFileSync(fixture('news-page.html'), 'utf8').replace('charset="utf-8"', 'charset="gbk"');
    const gbk = await readDocument(tmpFile('page.html', iconv.encode(html, 'gbk')));
    const utf8 = await readDocument(fixture('news-page.html'));
    expect(gbk.text).toBe(utf8.text);
    expect(gbk.title).toBe(utf8.title);
  });
});

describe('HTML', () => {
  it('keeps the article and drops the page chrome', async () => {
    const doc = await readDocument(fixture('news-page.html'));
    expect(doc.language).toBe('zh-Hans');
    expect(doc.title).toBe('某市发布细胞与基因治疗产业扶持政策');
    expect(doc.publishedOn).toBe('2024-01-15');
    expect(paragraphs(doc)).toEqual([
      '某市发布细胞与基因治疗产业扶持政策',
      '市科学技术局、市发展和改革委员会近日联合印发《关于促进细胞与基因治疗产业发展的若干措施》，共十二条。',
      '措施明确，对在本市开展临床试验的细胞治疗产品，按研发投入给予最高五百万元资助。',
      '措施自发布之日起施行，有效期三年。',
    ]);
  });

  it('a page of navigation only has no body text', async () => {
    const e = await problemOf(fixture('nav-only.html'));
    expect(e.message).toMatch(/nav-only\.html: HTML page has no body text/);
  });

  it('a page wrapped in one <form>, its article in a box whose class says "share", is still read', async () => {
    const html = `<html><head><meta charset="utf-8"><title>某区出台生物医药产业政策</title></head><body>
      <form id="form1" method="post"><input type="hidden" name="__VIEWSTATE" value="abc">
      <div class="topbar">首页 | 机构概况 | 政务公开</div>
      <div class="news-detail share-content">
        <h2>某区出台生物医药产业政策</h2>
        <p>区政府办公室近日印发生物医药产业扶持政策，对新建细胞治疗生产线的企业给予设备投资补贴。</p>
        <p>政策还明确，对获得药品注册证书的企业给予一次性奖励。</p>
      </div>
      <div class="footer">主办单位：某区人民政府办公室</div>
      </form></body></html>`;
    const doc = await readDocument(tmpFile('form.html', html));
    expect(doc.title).toBe('某区出台生物医药产业政策');
    expect(paragraphs(doc)).toEqual([
      '某区出台生物医药产业政策',
      '区政府办公室近日印发生物医药产业扶持政策，对新建细胞治疗生产线的企业给予设备投资补贴。',
      '政策还明确，对获得药品注册证书的企业给予一次性奖励。',
    ]);
  });

  it('text-level boilerplate inside plain paragraphs goes too', async () => {
    const html = `<html><head><title>Provincial Notice on Stem Cell Research Filing - Example Health Commission</title></head><body><div>
      <p>Provincial Notice on Stem Cell Research Filing</p>
      <p>Release Date: 2022-06-30</p>
      <p>The provincial health commission asks hospitals to complete the filing of stem cell research projects before the end of the year.</p>
      <p>Return to List</p>
      <p>Prev: Another notice about something else</p>
      <p>Next: A third notice</p>
      <p>Tel: 0531-1234567</p><p>Email: office@example.gov</p></div></body></html>`;
    const doc = await readDocument(tmpFile('notice.html', html));
    expect(doc.title).toBe('Provincial Notice on Stem Cell Research Filing');
    expect(doc.publishedOn).toBe('2022-06-30');
    expect(paragraphs(doc)).toEqual([
      'Provincial Notice on Stem Cell Research Filing',
      'The provincial health commission asks hospitals to complete the filing of stem cell research projects before the end of the year.',
    ]);
  });
});

describe('Markdown', () => {
  it('strips markup and joins soft-wrapped lines', async () => {
    const doc = await readDocument(fixture('briefing.md'));
    expect(doc.language).toBe('en');
    expect(doc.title).toBe('Briefing on the Draft Rules for Cell Therapy Clinical Research');
    expect(doc.publishedOn).toBe('2023-09-20');
    expect(doc.text).not.toMatch(/[*#`>]|\]\(|!\[|\|-/);
    expect(doc.text).not.toMatch(/not prose|Another story|Related News|press conference/);
    expect(paragraphs(doc)).toEqual([
      'Briefing on the Draft Rules for Cell Therapy Clinical Research',
      'The National Health Commission has published draft rules on clinical research with somatic cells and asks for comments within thirty days.',
      'What the draft changes',
      'Hospitals must register each study with the provincial health commission.',
      'Research ethics committees review the protocol before enrolment.',
      'Serious adverse events are reported within 24 hours.',
      'Comments may be sent by post or by e-mail.',
      'Body | Role',
      'National Health Commission | drafting',
      'Provincial health commissions | registration',
    ]);
  });
});

describe('PDF', () => {
  it('reads the text layer of all pages, without running heads and page numbers', async () => {
    const doc = await readDocument(fixture('measures.pdf'));
    expect(doc.language).toBe('en');
    expect(doc.title).toBe('Provincial Measures on Cell Therapy Pilot Zones');
    expect(doc.publishedOn).toBe('2023-11-02');
    expect(doc.text).not.toMatch(/Gazette|- \d -/);
    // Hard-wrapped lines become one paragraph; page 2 is read too.
    expect(doc.text).toMatch(/medical products administration jointly issued measures that designate two pilot zones for clinical/);
    expect(paragraphs(doc).at(-1)).toBe(
      'The measures take effect on the day of publication and remain in force for three years. City governments shall report on progress every half year.',
    );
  });

  it('reads Chinese text through the font’s ToUnicode map and rejoins wrapped lines without spaces', async () => {
    const doc = await readDocument(fixture('notice-zh.pdf'));
    expect(doc.language).toBe('zh-Hans');
    expect(doc.title).toBe('关于开展细胞治疗临床研究试点的通知');
    expect(doc.text).toMatch(/决定在部分医疗机构开展试点工作。/);
  });

  it('a PDF without a text layer is reported as probably scanned', async () => {
    const e = await problemOf(fixture('scanned.pdf'));
    expect(e.message).toBe(`${fixture('scanned.pdf')}: no extractable text — scanned PDF?`);
  });

  it('a .pdf that is not a PDF is reported', async () => {
    const e = await problemOf(tmpFile('fake.pdf', 'just some text\n'));
    expect(e.problem).toMatch(/not a PDF/);
  });
});

describe('noise in text', () => {
  it('a date line that also counts views: the line goes, its date is the post date', async () => {
    const doc = await readDocument(
      tmpFile('views.txt', '省卫健委转发细胞治疗监管通知\n发布时间：2025-06-03　　浏览次数：2041\n\n近日，省卫生健康委员会转发了关于加强细胞治疗临床研究监管的通知，要求各地认真落实。\n'),
    );
    expect(doc.publishedOn).toBe('2025-06-03');
    expect(doc.text).not.toMatch(/浏览次数|发布时间/);
    expect(doc.text).toMatch(/要求各地认真落实/);
  });

  it('pinyin glosses go, bracketed abbreviations and notes stay', async () => {
    const doc = await readDocument(fixture('glossed.txt'));
    expect(doc.language).toBe('zh-Hant');
    expect(doc.title).toBe('細胞治療監管新規解讀');
    expect(doc.text).not.toMatch(GLOSS);
    expect(doc.text).toMatch(/國家藥品監督管理局近日發布《細胞治療產品臨床試驗技術指導原則（試行）》，對現有監管框架/);
    expect(doc.text).toMatch(/推動創新產品上市，美國食品藥品監督管理局\(FDA\)也有類似要求\(2022年\)。/);
    expect(doc.text).not.toMatch(/IMG_|圖片|上一篇|園區/);
  });

  it('zero-width characters, full-width letters and digits, bullets, spaces, mojibake "?"', async () => {
    const text = [
      '细胞治疗\u200B政策 \u200D汇编',
      '',
      '• ＮＭＰＡ于２０２３年发布“细胞治疗产品”相关《指导原则》（试行）。?',
      '◆ 第二条   内容    如下：支持企业开展研究。',
      'Is this an English question?',
      '? 某 省 卫 生 健 康 委 员 会 印发通知。',
    ].join('\n');
    const doc = await readDocument(tmpFile('noise.txt', text));
    expect(paragraphs(doc)).toEqual([
      '细胞治疗政策汇编',
      'NMPA于2023年发布“细胞治疗产品”相关《指导原则》（试行）。',
      '第二条内容如下：支持企业开展研究。',
      'Is this an English question?',
      '某省卫生健康委员会印发通知。',
    ]);
  });

  it('site boilerplate in plain text: spam header, contact block, share bar, disclaimer, copyright', async () => {
    const text = [
      '某某视频官方版-某某视频免费版app下载-某某视频安卓版下载',
      '',
      '专注细胞治疗资讯',
      '  • 地址',
      '    某省某市某路8号',
      '  • 电话',
      '    010-87654321',
      '',
      '某省发布干细胞临床研究管理办法',
      '发布时间：2021-12-03 来源：省卫健委',
      '分享到：微信 微博',
      '',
      '某省卫生健康委员会日前印发《某省干细胞临床研究管理办法》，自2022年1月1日起施行。',
      '',
      '办法要求开展干细胞临床研究的医疗机构具备相应资质，并向省级主管部门备案。',
      '',
      '免责声明：本文仅供参考。',
      'Copyright © 2021 Example',
      '相关阅读',
      '某市细胞库建成',
    ].join('\n');
    const doc = await readDocument(tmpFile('site.txt', text));
    expect(doc.title).toBe('某省发布干细胞临床研究管理办法');
    expect(doc.publishedOn).toBe('2021-12-03');
    // The dateline's date is the post's; the body it names as the source stays as text (who published it).
    expect(paragraphs(doc)).toEqual([
      '某省发布干细胞临床研究管理办法',
      '来源：省卫健委',
      '某省卫生健康委员会日前印发《某省干细胞临床研究管理办法》，自2022年1月1日起施行。',
      '办法要求开展干细胞临床研究的医疗机构具备相应资质，并向省级主管部门备案。',
    ]);
  });

  it('a labelled dateline with its source: the date is the post\'s, the source a line of text; views and fonts are furniture', async () => {
    const doc = await readDocument(tmpFile('src.txt', 'City issues cell therapy measures\n\nRelease date: 2025-11-27 Source: Xiamen Municipal Development and Reform Commission Views: 312\n\nRecently, the city issued the measures to support the industry and its hospitals.'));
    expect(doc.publishedOn).toBe('2025-11-27');
    expect(paragraphs(doc)).toContain('Source: Xiamen Municipal Development and Reform Commission');
    expect(doc.text).not.toMatch(/Views|2025-11-27/);
  });

  it('a date line under the headline is the post date; "2024年7月8日" form too', async () => {
    const doc = await readDocument(tmpFile('dated.txt', '某市召开细胞产业推进会\n2024年7月8日\n\n会议听取了产业发展情况汇报，部署下一阶段工作，要求各部门加强协同。'));
    expect(doc.publishedOn).toBe('2024-07-08');
    expect(doc.text).not.toMatch(/2024年7月8日/);
  });

  it('a headline that starts with a date stays the headline', async () => {
    const doc = await readDocument(tmpFile('dated-title.txt', '2023年12月国务院常务会议研究生物医药产业发展\n\n会议指出，要完善审评审批制度，支持创新药物研发。'));
    expect(doc.title).toBe('2023年12月国务院常务会议研究生物医药产业发展');
    expect(doc.publishedOn).toBeUndefined();
  });

  it('a "Source:" line above the headline does not become the title; a long related-news list is cut', async () => {
    const related = Array.from({ length: 12 }, (_, i) => `Short related headline number ${i + 1}`);
    const text = [
      'Source: Example Daily',
      'City launches cell therapy innovation centre',
      '',
      'The city government opened a public innovation centre for cell therapy on Monday, offering shared laboratories and regulatory advice to start-ups.',
      '',
      'Officials said the centre will also host clinical research training for hospital staff.',
      '',
      'Related Articles',
      ...related,
    ].join('\n');
    const doc = await readDocument(tmpFile('related.txt', text));
    expect(doc.title).toBe('City launches cell therapy innovation centre');
    expect(paragraphs(doc)[0]).toBe(doc.title);
    expect(doc.text).toMatch(/Source: Example Daily/);
    expect(doc.text).not.toMatch(/Related|Short related headline/);
  });

  it('Chinese text of one paragraph a line stays one paragraph a line', async () => {
    const lines = [
      '第一条为规范细胞治疗产品临床研究，保障受试者权益，制定本办法。',
      '第二条本办法适用于本省行政区域内开展的细胞治疗临床研究活动。',
      '第三条省卫生健康委员会负责全省细胞治疗临床研究的监督管理。',
      '第四条医疗机构是细胞治疗临床研究的责任主体，应当建立管理制度。',
      '第五条开展临床研究前，应当通过学术委员会和伦理委员会审查。',
      '第六条本办法自发布之日起施行，有效期五年。',
    ];
    const doc = await readDocument(tmpFile('articles.txt', ['某省细胞治疗临床研究管理办法', ...lines].join('\n')));
    expect(paragraphs(doc)).toEqual(['某省细胞治疗临床研究管理办法', ...lines]);
  });

  it('hard-wrapped plain text is rejoined into paragraphs', async () => {
    const wrapped = [
      'Provincial guideline on cell therapy manufacturing',
      '',
      'The provincial medical products administration has issued a guideline',
      'on quality management for the manufacture of cell therapy products. It',
      'applies to companies holding a clinical trial approval and sets out the',
      'requirements for donor screening, process validation and release testing.',
      '',
      'The guideline enters into force on the first day of next month and',
      'replaces the earlier interim provisions issued three years ago by the',
      'same administration.',
    ].join('\n');
    const doc = await readDocument(tmpFile('wrapped.txt', wrapped));
    expect(paragraphs(doc)).toHaveLength(3);
    expect(paragraphs(doc)[1]).toMatch(/issued a guideline on quality management .* It applies to companies/);
  });

  it('an official head\'s title printed over two or three lines is one line; a body line with 关于 and punctuation is not joined', async () => {
    const head = ['某市卫生健康委员会 某市医疗保障局', '关于印发《某市细胞治疗临床研究', '支持办法（试行）》的通知', '', '各区卫生健康委：', '关于经费使用，', '另行通知。'].join('\n');
    const doc = await readDocument(tmpFile('head.txt', head));
    expect(doc.text.split('\n')).toContain('关于印发《某市细胞治疗临床研究支持办法（试行）》的通知');
    expect(doc.text).not.toContain('关于经费使用，另行通知');
    const three = ['某县人民政府办公室文件', '某政办〔2026〕5号', '', '关于开展“互联网+”', '细胞治疗违法广告', '专项清理工作的通知'].join('\n');
    expect((await readDocument(tmpFile('three.txt', three))).text.split('\n')).toContain('关于开展“互联网+”细胞治疗违法广告专项清理工作的通知');
  });

  it('the post\'s date from a US-style stamp under the headline (month first: its clock is 12-hour) and from a masthead\'s date field', async () => {
    const us = await readDocument(tmpFile('us.txt', 'Harbour Wire — Health\nCity approves new cell therapy centre\n07/09/2026 10:05 AM\n\nThe city council on Tuesday approved funding for a cell therapy centre at the university hospital, officials said.'));
    expect(us.publishedOn).toBe('2026-07-09');
    expect(us.text).not.toContain('10:05 AM');
    const mast = await readDocument(tmpFile('mast.txt', 'REGULATORY UPDATE | Healthcare Practice | 3 March 2027\n\nShenzhen amends its cell therapy rules\n\nThe city\'s standing committee passed the amendment last week.'));
    expect(mast.publishedOn).toBe('2027-03-03');
    expect(mast.text).toContain('REGULATORY UPDATE | Healthcare Practice');
  });

  // Class: a metadata bar that opens with its source and carries the post's date in a later field (Source: X Release
  // time: D Views: N; 来源：X发布时间：D), in any script and field order: the date is the post's, the source a line of text.
  it.each([
    ['Source: Hebei Provincial Health Commission Release time: 2026-03-02 10:15 Views: 2088 Font size: [Large Medium Small]', 'Source: Hebei Provincial Health Commission'],
    ['来源：某市卫生健康委员会　　发布时间：2026年3月2日　　浏览次数：1532　　字号：大 中 小', '来源：某市卫生健康委员会'],
    ['來源：衛生福利部醫事司　發布日期：2026-03-02　瀏覽次數：845', '來源：衛生福利部醫事司'],
    ['Author: Zhang Wei Source: Harbour Daily Updated: 2026-03-02 08:30', 'Source: Harbour Daily'],
    ['来源：某某日报发布时间：2026-03-02 字号：大中小', '来源：某某日报'],
  ])('a metadata bar: %s', async (bar, source) => {
    const doc = await readDocument(tmpFile('bar.txt', `City hospitals to pilot cell therapy research\n\n${bar}\n\nThe city will let two new hospitals run stem cell studies, officials said on Monday.`));
    expect(doc.publishedOn).toBe('2026-03-02');
    expect(paragraphs(doc)).toContain(source);
    expect(doc.text).not.toMatch(/2026-03-02|2026年3月2日|Views|浏览|瀏覽/);
  });
  it('a source line with no date field gives no post date and stays as written', async () => {
    const doc = await readDocument(tmpFile('nobar.txt', 'City hospitals to pilot cell therapy research\n\nSource: Harbour Daily\n\nThe city will let two new hospitals run stem cell studies.'));
    expect(doc.publishedOn).toBeUndefined();
    expect(paragraphs(doc)).toContain('Source: Harbour Daily');
  });

  // Class: a newspaper's masthead heading the page (paper | section | date), the date with its weekday before it or the
  // page it was printed on after it: the date is the post's, and the headline under it is the title.
  it.each([
    ['HARBOUR POST | City News | Thu, Mar 5, 2026 page 2', '2026-03-05'],
    ['South Bay Herald | Thursday, 5 March 2026 | A4', '2026-03-05'],
    ['聯合晚報 | 2026年3月5日 星期四 | A8版', '2026-03-05'],
    ['健康时报 | 2026-03-05 周四 | 第05版', '2026-03-05'],
  ])('a newspaper masthead: %s', async (mast, date) => {
    const doc = await readDocument(tmpFile('mast.txt', `${mast}\n\nHospitals report on cell therapy plans\n\nThe ministry yesterday released a review of the plans it approved since 2018.`));
    expect(doc.publishedOn).toBe(date);
    expect(doc.title).toBe('Hospitals report on cell therapy plans');
  });
  // Class (AK h322): a blog's byline under the headline — "Posted on D by admin | Category: …", "Published D at 10:15 am by
  // X", "Updated on D" — dates the page; the line is furniture.
  it.each([
    ['Posted on November 12, 2026 by admin | Category: Regulatory News | 3 Comments'],
    ['Published November 12, 2026 at 10:15 am by Editorial Team'],
    ['Updated on 12 November 2026'],
    ['Posted on 2026-11-12 | Health Policy'],
  ])('a blog byline: %s', async (byline) => {
    const doc = await readDocument(tmpFile('posted.txt', `Agency opens comments on cell therapy change rules\n${byline}\n\nThe agency has published a draft and asks for comments until next month.`));
    expect(doc.publishedOn).toBe('2026-11-12');
    expect(doc.text).not.toContain(byline);
  });
  it('a sentence that opens with "Posted on" and no date is text', async () => {
    const doc = await readDocument(tmpFile('posted-no.txt', 'Agency opens comments on cell therapy change rules\nPosted on the agency website, the draft asks for comments by November 12, 2026.\n\nThe agency will hold a hearing.'));
    expect(doc.publishedOn).toBeUndefined();
    expect(doc.text).toContain('Posted on the agency website');
  });
  it('a table of rows with dates is no masthead', async () => {
    const doc = await readDocument(tmpFile('rows.txt', 'Approved plans\n\nHospital A | 12 plans | Thu, Mar 5, 2026 page 2\nHospital B | 9 plans | Fri, Mar 6, 2026 page 3\n\nThe ministry listed the plans it approved.'));
    expect(doc.publishedOn).toBeUndefined();
  });

  it('printed page numbers of a PDF export go, and the sentence they cut is read on', async () => {
    const pages = ['某省药品监督管理局关于细胞治疗产品生产检查的通知', '', '一、检查范围覆盖全省持有药品生产许可证的细胞治疗', '— 2 —', '产品生产企业，检查结果向社会公开。', '二、各单位按时报送材料。', '第3页 共4页'].join('\n');
    const doc = await readDocument(tmpFile('pages.txt', pages));
    expect(doc.text).not.toMatch(/— 2 —|第3页/);
  });
});

describe('bad files', () => {
  it('file not found', async () => {
    const missing = path.join(TMP, 'no-such-file.txt');
    const e = await problemOf(missing);
    expect(e.file).toBe(missing);
    expect(e.message).toBe(`${missing}: file not found`);
  });

  it('empty file, and one of only whitespace', async () => {
    expect((await problemOf(tmpFile('empty.txt', ''))).problem).toBe('empty file');
    expect((await problemOf(tmpFile('blank.md', ' \n\t\n'))).problem).toMatch(/^empty file/);
  });

  it('a text of nothing but page boilerplate', async () => {
    const e = await problemOf(tmpFile('chrome.txt', 'Return to List\nTel: 010-12345678\n分享到：微信 微博\n'));
    expect(e.problem).toMatch(/no text besides page boilerplate/);
  });

  it('unsupported extension, naming the supported ones', async () => {
    const e = await problemOf(tmpFile('report.docx', 'PK\u0003\u0004 not really a docx'));
    expect(e.problem).toMatch(/unsupported file type "\.docx"/);
    for (const ext of SUPPORTED_EXTENSIONS) expect(e.problem).toContain(ext);
  });

  it('binary garbage with a text extension', async () => {
    // A fixed pseudo-random byte stream (xorshift), so the test is the same every run.
    let x = 0x9e3779b9;
    const bytes = Buffer.from(
      Buffer.alloc(4096).map(() => {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        return x & 0xff;
      }),
    );
    const e = await problemOf(tmpFile('garbage.txt', bytes));
    expect(e.problem).toMatch(/binary|undecodable/);
    // Without NUL bytes it is still not text.
    const noNul = Buffer.from(bytes.map((b) => (b === 0 ? 1 : b)));
    expect((await problemOf(tmpFile('garbage2.txt', noNul))).problem).toMatch(/undecodable|binary/);
  });

  it('a directory is not a document', async () => {
    const dir = path.join(TMP, 'folder.txt');
    mkdirSync(dir);
    expect((await problemOf(dir)).problem).toMatch(/directory/);
  });
});

describe('hostile and damaged inputs', () => {
  it('reads UTF-8 with a stray byte as UTF-8 and reports the replaced byte', async () => {
    const good = Buffer.from('深圳市卫生健康委员会关于细胞治疗的通知\n\n深圳市卫生健康委员会发布细胞治疗试点的通知，自2024年1月1日起施行。\n', 'utf8');
    // A byte lost inside a character (byte 60 is mid-character): that character and the stray byte are replaced.
    const file = tmpFile('stray.txt', Buffer.concat([good.subarray(0, 60), Buffer.from([0xc3]), good.subarray(60)]));
    const doc = await readDocument(file);
    expect(doc.title).toBe('深圳市卫生健康委员会关于细胞治疗的通知');
    expect(doc.text).toContain('自2024年1月1日起施行');
    expect(doc.warnings).toEqual(['read as UTF-8 with 2 invalid byte sequences replaced by U+FFFD']);
  });

  it('still reads GB18030 bytes as GB18030, not as damaged UTF-8', async () => {
    const file = tmpFile('gb.txt', iconv.encode('广东省药品监督管理局公告\n\n广东省药品监督管理局发布干细胞制剂质量管理的公告，请各单位遵照执行。\n', 'gb18030'));
    const doc = await readDocument(file);
    expect(doc.title).toBe('广东省药品监督管理局公告');
    expect(doc.warnings).toBeUndefined();
  });

  it('reads HTML nested 5,000 deep in seconds, cutting the tags below a depth with a note', async () => {
    const depth = 5000;
    const html =
      '<html><head><title>Deeply nested notice</title></head><body><h1>Deeply nested notice</h1>' +
      '<div class="box">'.repeat(depth) +
      '<p>The Hainan Provincial Health Commission issued the Measures for Stem Cell Clinical Research on 12 March 2024.</p>' +
      '</div>'.repeat(depth) +
      '<p>Contact the commission for details.</p></body></html>';
    const started = Date.now();
    const doc = await readDocument(tmpFile('deep.html', html));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(doc.title).toBe('Deeply nested notice');
    expect(doc.text).toContain('issued the Measures for Stem Cell Clinical Research on 12 March 2024.');
    expect(doc.warnings).toEqual([expect.stringMatching(/^HTML nested deeper than 500 elements: the tags below that depth were dropped/)]);
  });
});

describe('a page headed and signed by one body', () => {
  it('the body\'s name that heads the page and signs it over a date stays at the signature; a caption repeat goes', async () => {
    const text = '中国细胞治疗学会\n\n首页　学会概况　通知公告\n\n关于发布《细胞制备规范》的公告\n\n学会批准发布《细胞制备规范》，现予公告。\n\n中国细胞治疗学会\n\n2026年6月18日\n\n上一篇：关于举办论坛的通知\n\n版权所有：中国细胞治疗学会\n';
    const doc = await readDocument(tmpFile('signed.txt', text));
    expect(doc.text).toMatch(/现予公告。\n+中国细胞治疗学会(?:\n|$)/);
    const last = await readDocument(tmpFile('signed-last.txt', '中国细胞治疗学会\n\n关于发布《细胞制备规范》的公告\n\n学会批准发布《细胞制备规范》，现予公告。\n\n中国细胞治疗学会\n\n2026年6月18日\n'));
    // (The date under it stays too: it is the text's signing date, which the signature reader needs.)
    expect(last.text).toMatch(/现予公告。\n+中国细胞治疗学会\n+2026年6月18日$/);
    const caption = await readDocument(tmpFile('caption.txt', '细胞治疗新规发布\n\n细胞治疗新规发布\n\n新规今日起施行，医院须备案。\n'));
    expect(caption.text.split('细胞治疗新规发布').length - 1).toBe(1);
  });
});

describe('a spun page\'s related posts', () => {
  it('"Associated Posts:" (a spinner\'s "Related Posts") ends the text', async () => {
    const doc = await readDocument(tmpFile('spun.txt', 'Gene Remedy Accepted\n\nThe regulator accepted the gene remedy on Monday.\n\nAssociated Posts:\n\nHow To Commerce Biotech Shares Like A Professional\n'));
    expect(doc.text).toContain('The regulator accepted the gene remedy on Monday.');
    expect(doc.text).not.toMatch(/Commerce|Associated/);
  });
});
