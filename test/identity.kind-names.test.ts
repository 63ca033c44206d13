// A text's short name that is only its kind word (以下简称《通知》, "the Notice") identifies nothing across pages:
// every body puts out notices. Facts written by hand; names and bodies are our own.
import { describe, expect, it } from 'vitest';
import { resolveAcross } from '../loaders/index.ts';
import { handFacts as doc } from './hand-facts.ts';

const policy = (id: string, name: string, aliases: string[], date = '2026-11') => ({ id, name, aliases, date, kind: 'notice' });
const issued = (from: string, to: string) => ({ from, to, date: '2026-11' });
const agency = (id: string, name: string) => ({ id, label: 'Agency' as const, name });

describe('kind-word short names', () => {
  it('two provinces\' notices of one month, each called 《通知》 on its page, stay two texts', () => {
    const a = doc('a.txt', [policy('policy:gs-1', '关于规范细胞治疗临床研究备案管理的通知', ['通知']), agency('agency:cn-gs/health-commission', '甘肃省卫生健康委员会')], [issued('agency:cn-gs/health-commission', 'policy:gs-1')]);
    const b = doc('b.txt', [policy('policy:qh-1', '关于加强细胞治疗临床研究监督检查的通知', ['通知']), agency('agency:cn-qh/health-commission', '青海省卫生健康委员会')], [issued('agency:cn-qh/health-commission', 'policy:qh-1')]);
    const [ra, rb] = resolveAcross([a, b]);
    expect(ra!.entities[0]!.id).not.toBe(rb!.entities[0]!.id);
  });

  it('a page naming a body\'s notice only as 通知 does not take that body\'s titled notice of the month', () => {
    const titled = doc('a.txt', [policy('policy:t', '关于开展干细胞制剂质量抽检工作的通知', ['通知']), agency('agency:cn/nhc/general-office', '国家卫生健康委办公厅')], [issued('agency:cn/nhc/general-office', 'policy:t')]);
    const bare = doc('b.txt', [policy('policy:b', '通知', []), agency('agency:cn/nhc/general-office', '国家卫生健康委办公厅')], [issued('agency:cn/nhc/general-office', 'policy:b')]);
    const [ra, rb] = resolveAcross([titled, bare]);
    expect(ra!.entities[0]!.id).not.toBe(rb!.entities[0]!.id);
  });

  it('one titled notice on two pages is still one text, whatever short name each gives it', () => {
    const title = '关于开展干细胞制剂质量抽检工作的通知';
    const a = doc('a.txt', [policy('policy:a', title, ['通知'])]);
    const b = doc('b.txt', [policy('policy:b', title, ['《通知》'])]);
    const [ra, rb] = resolveAcross([a, b]);
    expect(ra!.entities[0]!.id).toBe(rb!.entities[0]!.id);
  });

  it('two English pages\' own notices, each "the Notice", stay two texts', () => {
    const a = doc('a.txt', [policy('policy:e1', 'Notice on Regulating Cell Therapy Clinical Research Filings', ['Notice'])]);
    const b = doc('b.txt', [policy('policy:e2', 'Notice on Strengthening Inspections of Stem Cell Preparation Sites', ['Notice'])]);
    const [ra, rb] = resolveAcross([a, b]);
    expect(ra!.entities[0]!.id).not.toBe(rb!.entities[0]!.id);
  });
});
