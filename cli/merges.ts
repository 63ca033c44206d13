// `policygraph merges [--id X] [--json]`: the nodes several documents' entities were merged into, with the
// evidence of each union (features and score).
import type { Config } from '../config.ts';
import { connect } from '../graph/driver.ts';
import { listMerges } from '../graph/identity/merges.ts';

export async function merges(config: Config, opts: { id?: string; json?: boolean }): Promise<void> {
  const driver = await connect(config);
  try {
    const nodes = await listMerges(driver, opts.id, config.NEO4J_DATABASE);
    if (opts.json) {
      console.log(JSON.stringify(nodes, null, 2));
      return;
    }
    if (!nodes.length) console.log(opts.id ? `No merges for ${opts.id}.` : 'No merges.');
    for (const n of nodes) {
      console.log(`${n.id} (${n.label}) "${n.name}"`);
      for (const m of n.merges) {
        console.log(`  ${m.a}  =  ${m.b}   score ${m.score}`);
        console.log(`      ${m.features.map((f) => `${f.name} ${f.weight >= 0 ? '+' : ''}${Math.round(f.weight * 100) / 100}`).join('; ')}`);
      }
    }
  } finally {
    await driver.close();
  }
}
