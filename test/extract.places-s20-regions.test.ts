// M7: a place named only inside a body's name ("the Jiangsu Provincial Medical Products Administration", 北京市药品监督
//管理局) is not a Region the page names; a place also named on its own, or one a fact points to, still is. Our own pages,
// read from files through the real reader.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';

const extractPage = pageFiles('places-s20-regions-');

const regions = async (text: string): Promise<string[]> => (await extractPage(text)).entities.filter((e) => e.label === 'Region').map((e) => e.name);

describe('a place only inside a body name is no region of the page', () => {
  it.each([
    ['en, licence from a provincial MPA', 'Kestrel Bio opens plant\n\nDecember 2, 2026\n\nKestrel Bio said its cell therapy plant received a drug production licence from the Zhejiang Provincial Medical Products Administration last month.\n', 'Zhejiang'],
    ['en, body written after the place word order "Health Commission of X Province"', 'Filing list updated\n\n2026-09-14\n\nThe Health Commission of Anhui Province added two hospitals to its list of stem cell clinical research institutions on Monday.\n', 'Anhui'],
    ['zh-Hans, a bureau issuing a certificate', '企业动态\n\n2026年10月9日\n\n近日，泓远细胞科技有限公司取得湖北省药品监督管理局核发的药品生产许可证。\n', 'Hubei'],
    ['zh-Hant, a health bureau in a news line', '醫院新聞\n\n2026年8月3日\n\n記者從福建省衞生健康委員會獲悉，兩家醫院完成幹細胞臨床研究備案。\n', 'Fujian'],
    ['en, a headline names the body', 'Sichuan Provincial Health Commission names new cell therapy experts\n\n2026-07-21\n\nThe panel of 15 experts will review applications from hospitals.\n', 'Sichuan'],
  ])('%s', async (_label, text, place) => {
    expect(await regions(text)).not.toContain(place);
  });

  it.each([
    ['en, the place named on its own too', 'Kestrel Bio opens plant\n\nDecember 2, 2026\n\nKestrel Bio opened a plant in Zhejiang. It received a drug production licence from the Zhejiang Provincial Medical Products Administration.\n', 'Zhejiang'],
    ['zh, the place named on its own too', '企业动态\n\n2026年10月9日\n\n泓远细胞科技有限公司位于湖北，近日取得湖北省药品监督管理局核发的药品生产许可证。\n', 'Hubei'],
    ['en, a measure of the province applies to it', 'Province issues measures\n\n2026-05-06\n\nThe Hunan Provincial People\'s Government issued the Several Measures to Support the Cell Therapy Industry in Hunan Province on May 5.\n', 'Hunan'],
  ])('still a region: %s', async (_label, text, place) => {
    expect(await regions(text)).toContain(place);
  });
});
