// M7: a place a title writes only to locate the next one (《海南自由贸易港博鳌乐城…先行区…办法》: the Free Trade Port says
// where the pilot zone is; "… Pilot Zone of Hainan Free Trade Port") is no Region of the page unless the page names it
// elsewhere; and a newspaper named from its place (海南日报, 江西晚报) names no place. Our own pages, read from files.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';

const extractPage = pageFiles('places-s20-title-places-');

const regions = async (text: string): Promise<string[]> => (await extractPage(text)).entities.filter((e) => e.label === 'Region').map((e) => e.id);

describe('a place named only to locate another, or a newspaper\'s place', () => {
  it.each([
    ['zh-Hans, a pilot zone located by the Free Trade Port in a title', '乐城动态\n\n2026年9月18日\n\n乐城先行区管理局表示，《海南自由贸易港博鳌乐城国际医疗旅游先行区临床急需进口药品管理办法》将于明年一月实施。\n', 'region:ftz/hainan'],
    ['zh-Hant, the same in Traditional script, the title opening the sentence', '樂城新聞\n\n2026年9月18日\n\n《海南自由貿易港博鰲樂城國際醫療旅遊先行區醫療技術管理規定》自今日起施行，先行區內醫院須重新備案。\n', 'region:ftz/hainan'],
    ['zh-Hans, a newspaper\'s reporter line', '医院动态\n\n2026年3月4日\n\n江西日报记者王敏 通讯员李华\n\n南昌大学第一附属医院干细胞临床研究项目完成备案。\n', 'region:CN-JX'],
    ['zh-Hans, a news site as source', '医疗动态\n\n2026年6月1日\n\n来源：广西新闻网\n\n南宁市第一人民医院开展CAR-T细胞治疗。\n', 'region:CN-GX'],
  ])('%s', async (_label, text, place) => {
    expect(await regions(text)).not.toContain(place);
  });

  it.each([
    ['a title about the Free Trade Port itself', '政策发布\n\n2026年9月18日\n\n海南省人民政府印发《海南自由贸易港促进细胞治疗产业发展若干措施》。\n', 'region:ftz/hainan'],
    ['the locating place also named on its own', '乐城动态\n\n2026年9月18日\n\n海南自由贸易港建设进入新阶段。《海南自由贸易港博鳌乐城国际医疗旅游先行区临床急需进口药品管理办法》将于明年实施。\n', 'region:ftz/hainan'],
    ['a province named before 日报 as a place in a sentence', '江西新闻\n\n2026年3月4日\n\n江西日前出台细胞治疗产业扶持政策。\n', 'region:CN-JX'],
  ])('still a region: %s', async (_label, text, place) => {
    expect(await regions(text)).toContain(place);
  });
});
