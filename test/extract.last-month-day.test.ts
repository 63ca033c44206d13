// 上月27日 ("the 27th of last month") is a full date placed from the page's: the month before the page's, that day.
// Before, the day was lost (the lone-day form may not follow 月) and only the month survived. Our own strings.
import { describe, expect, it } from 'vitest';
import { findDates } from '../loaders/extract/dates.ts';

const on = (s: string, page: string) => findDates(s, Number(page.slice(0, 4)), page).map((d) => d.date);

describe('上月N日', () => {
  it.each([
    ['省药监局上月27日发布《细胞治疗产品生产检查要点》', '2026-12-08', '2026-11-27'],
    ['衛生福利部上個月5日核准該計畫', '2026-10-20', '2026-09-05'],
    ['该产品上月30日获批上市', '2027-01-04', '2026-12-30'],
  ])('%s (page %s)', (s, page, date) => expect(on(s, page)).toEqual([date]));

  it('上月 with no day gives no day', () => expect(on('国家药监局上月发布了新指南', '2026-12-08')).toEqual([]));
  it('本月N日 is unchanged', () => expect(on('本月3日发布', '2026-12-08')).toEqual(['2026-12-03']));
});
