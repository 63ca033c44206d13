// A body announcing a batch of approved plans (Taiwan's special regulations, 特管辦法) and listing them after 其中(包括) /
// 包括: each listed hospital's 「practice」 is a plan approved by that body. Our own pages, read from files.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';

const extractPage = pageFiles('licences-s20-plan-list-');
const MOHW = 'agency:cn-tw/mohw';

const licences = async (text: string) => {
  const d = await extractPage(text);
  const ls = d.entities.filter((e) => e.label === 'License');
  const issued = (re: RegExp) => d.relations.some((r) => r.type === 'ISSUED' && r.from === MOHW && ls.some((l) => l.id === r.to && re.test(l.name)));
  return { names: ls.map((l) => l.name), issued };
};

describe('plans listed after a batch of approvals: one licence each, issued by the announcing body', () => {
  it('three hospitals listed with 、 and 及 (zh-Hant, a dateline in the body)', async () => {
    const f = await licences('特管辦法第31批核准名單出爐\n\n2027-03-04\n\n衛福部昨（3）日公布第31批依特管辦法核准的細胞治療計畫，共5件，包括高雄長庚醫院的「自體骨髓間質幹細胞治療膝關節軟骨缺損」、彰化基督教醫院的「自體免疫細胞治療第四期肺癌」及花蓮慈濟醫院的「異體臍帶間質幹細胞治療缺血性腦中風」。\n');
    for (const re of [/膝關節軟骨缺損/, /第四期肺癌/, /缺血性腦中風/]) expect(f.issued(re)).toBe(true);
  });
  it('one hospital after 其中, no 的 before the practice', async () => {
    const f = await licences('衛福部核准新一批細胞治療計畫\n\n2027-05-12\n\n衛生福利部今日公布依特管辦法核准之細胞治療技術施行計畫共4件，其中亞東紀念醫院「自體脂肪幹細胞治療退化性關節炎」為新北市首件。\n');
    expect(f.issued(/退化性關節炎/)).toBe(true);
  });
  it('zh-Hans, a mainland report of a Taiwan batch', async () => {
    const f = await licences('台湾再添细胞治疗计划\n\n2027年6月8日\n\n台湾卫福部近日公布新一批依特管办法核准的细胞治疗计划，其中包括台北荣民总医院的「自体NK细胞治疗复发性淋巴瘤」。\n');
    expect(f.issued(/复发性淋巴瘤/)).toBe(true);
  });
  it('獲准以「X」 / 則獲准執行「Y」 after the batch: the same body', async () => {
    const f = await licences('細胞治療新計畫\n\n2027-07-01\n\n衛福部今日公布核准的細胞治療計畫共3件。其中三軍總醫院獲准以「自體CAR-T細胞治療急性淋巴性白血病」收治病人；臺中榮總則獲准執行「自體樹突細胞治療攝護腺癌」。\n');
    expect(f.issued(/急性淋巴性白血病/)).toBe(true);
    expect(f.issued(/攝護腺癌/)).toBe(true);
  });

  it('分別為 and a colon before the items', async () => {
    const f = await licences('特管計畫新核准\n\n2027-08-15\n\n衛福部今日公布本月依特管辦法核准的細胞治療計畫，共2件，分別為：新光醫院「自體免疫細胞治療第三期胃癌」及義大醫院「自體軟骨細胞治療膝關節軟骨缺損」。\n');
    expect(f.issued(/第三期胃癌/)).toBe(true);
    expect(f.issued(/膝關節軟骨缺損/)).toBe(true);
  });

  it.each([
    '計畫受理\n\n2027-04-01\n\n衛福部今日受理台大醫院申請的「自體CAR-T細胞治療多發性骨髓瘤」計畫，尚待審議小組審查。\n',
    '累計\n\n2027-04-02\n\n醫事司表示，自特管辦法修正以來，累計核准計畫已達190件，其中包括多項免疫細胞治療。\n',
    '退件\n\n2027-04-03\n\n衛福部公布第32批特管辦法審查結果，其中某醫院申請的「自體脂肪幹細胞治療」計畫遭退件。\n',
  ])('no licence: %s', async (text) => expect((await licences(text)).names).toEqual([]));
});
