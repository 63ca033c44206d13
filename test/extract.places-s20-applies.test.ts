// M7: a national approval is not a measure for the city in its holder's name ("the NMPA approved Wuhan X Bio's CAR-T",
// 国家药监局批准成都某公司的…): no APPLIES_TO to the company's place. A licence valid in a place (a Hong Kong
// registration, a Lecheng pilot-zone approval) still applies there. Our own pages, read from files.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';

const extractPage = pageFiles('places-s20-applies-');

/** The page's licences, and the places its licences and policies apply to, by name. */
const licencePlaces = async (text: string): Promise<{ licences: string[]; places: string[] }> => {
  const d = await extractPage(text);
  const licences = d.entities.filter((e) => e.label === 'License');
  const places = d.relations.filter((r) => r.type === 'APPLIES_TO').map((r) => d.entities.find((e) => e.id === r.to)?.name ?? r.to);
  return { licences: licences.map((l) => l.name), places };
};

describe("a national approval does not apply to its holder's city", () => {
  it.each([
    ['en, active, possessive company', 'Regulator clears lupus therapy\n\nOctober 14, 2026\n\nThe National Medical Products Administration granted conditional approval to Wuhan Linde Biotech\'s CAR-T product LD-19 on Tuesday.\n', 'Wuhan'],
    ['en, passive, company Co., Ltd. as subject', 'Gene therapy approved\n\n2026-09-02\n\nShenzhen Tiantai Gene Co., Ltd. said its haemophilia gene therapy TT-02 was approved by the National Medical Products Administration on September 1.\n', 'Shenzhen'],
    ['zh-Hans, list item, company before product', '行业动态\n\n2026年9月30日\n\n1. 9月12日，国家药监局附条件批准成都华西细胞科技有限公司的CAR-T细胞注射液上市。\n', 'Chengdu'],
    ['zh-Hant, company received approval', '生技新聞\n\n2026年7月8日\n\n天津瑞康生物科技有限公司宣佈，其幹細胞注射液RK-01已獲國家藥監局批准上市。\n', 'Tianjin'],
    ['en, headline, city-based company', 'Xiamen Haixi Cell wins NMPA nod for knee cartilage therapy\n\n2026-06-19\n\nThe National Medical Products Administration approved Xiamen Haixi Cell\'s chondrocyte product HX-3 for knee cartilage defects.\n', 'Xiamen'],
    ['zh-Hans, short company name before 的, a roundup line', '第三季度审批汇总\n\n2026年10月2日\n\n8月20日，国家药品监督管理局附条件批准杭州启明医药的干细胞注射液上市，用于治疗膝骨关节炎。\n', 'Hangzhou'],
    ['zh-Hant, short company name before 的, passive', '藥政新聞\n\n2026年11月5日\n\n蘇州艾瑞生技的基因治療注射液日前獲國家藥品監督管理局批准上市。\n', 'Suzhou'],
    ['en, possessive after Co., Ltd.', 'Gene therapy cleared\n\n2026-12-01\n\nThe National Medical Products Administration approved Nanchang Ruixin Gene Technology Co., Ltd.\'s AAV product RX-08 for marketing on November 30.\n', 'Nanchang'],
  ])('%s', async (_label, text, city) => {
    const f = await licencePlaces(text);
    expect(f.licences.length).toBeGreaterThan(0);
    expect(f.places).not.toContain(city);
  });

  it.each([
    ['en, a Hong Kong registration applies to Hong Kong', 'Cell therapy registered\n\n2026-08-11\n\nThe Pharmacy and Poisons Board of Hong Kong registered the CAR-T product QL-11 of Guangzhou Qiling Bio in Hong Kong on August 10.\n', 'Hong Kong'],
    ['en, a city plan whose title runs on in capitalised words', 'City plan out\n\n2026-05-06\n\nThe Guangzhou Municipal People\'s Government issued the Guangzhou Cell Therapy Industry Action Plan (2026-2028) on May 5.\n', 'Guangzhou'],
    ['zh, a measure for the city\'s industry before 的', '政策发布\n\n2026年4月2日\n\n上海市人民政府印发《上海市促进细胞治疗产业发展的若干措施》。\n', 'Shanghai'],
    ['zh-Hant, a place before its industry and 的', '政策發布\n\n2026年4月2日\n\n廣州市人民政府印發《廣州生物醫藥的高質量發展行動方案》。\n', 'Guangzhou'],
  ])('still applies: %s', async (_label, text, place) => {
    expect((await licencePlaces(text)).places).toContain(place);
  });
});
