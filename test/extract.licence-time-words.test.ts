// Between a product and its approval (获/获得…批准) a time word of the same day (当日, 同日, 当天) stands as any date does:
// the product before it is still the subject. Our own sentences.
import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';

const extractPage = pageFiles('licence-time-');

const licences = async (sentence: string) => {
  const d = await extractPage(`某公司产品获批\n\n2026-10-10\n\n${sentence}\n`);
  return d.entities.filter((e) => e.label === 'License').map((e) => e.name);
};

describe('a same-day time word before 获', () => {
  it.each([
    ['10月9日晚间，苏州某生物科技有限公司宣布，公司研发的人脐带间充质干细胞注射液“康立宁”（研发代号KL-301）已于当日获得国家药品监督管理局附条件批准上市。', '康立宁'],
    ['甲公司的KL-305注射液已于同日获得国家药品监督管理局批准上市。', 'KL-305'],
    ['乙公司的KL-306注射液当天获国家药监局批准上市。', 'KL-306'],
  ])('%s', async (s, product) => expect((await licences(s)).some((name) => name.includes(product))).toBe(true));

  it('a plan for the same day approves nothing', async () => expect(await licences('丙公司表示当日将向国家药监局提交KL-307注射液的上市申请。')).toEqual([]));
});
