// `policygraph judge A B same|different|unsure`: an analyst's decision, recorded in the resolutions file and
// applied to the graph at once (the clusters holding either id are judged again).
import type { Config } from '../config.ts';
import { connect } from '../graph/driver.ts';
import { applyJudgement } from '../graph/identity/judge.ts';
import { resolutionsFile } from '../graph/identity/resolutions.ts';

export async function judge(config: Config, a: string, b: string, decision: string, opts: { who?: string; why?: string }): Promise<void> {
  if (decision !== 'same' && decision !== 'different' && decision !== 'unsure') {
    throw new Error(`decision "${decision}": expected same, different or unsure.`);
  }
  const driver = await connect(config);
  try {
    const res = await applyJudgement(driver, { a, b, decision, who: opts.who ?? process.env.USER ?? 'analyst', why: opts.why ?? '' }, config.NEO4J_DATABASE);
    console.log(`Recorded ${res.a} ${decision} ${res.b} in ${resolutionsFile().split('/').slice(-2).join('/')}; ${res.rewritten} document(s) rewritten.`);
  } finally {
    await driver.close();
  }
}
