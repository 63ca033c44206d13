// `policygraph serve`: the GraphQL API (and GraphiQL) on API_HOST:API_PORT until Ctrl-C.
import type { Config } from '../config.ts';
import { connect } from '../graph/driver.ts';
import { startServer } from '../api/server.ts';

export async function serve(config: Config): Promise<void> {
  const driver = await connect(config);
  let api;
  try {
    api = await startServer(driver, config);
  } catch (e) {
    await driver.close();
    throw e;
  }
  console.log(`GraphQL API: ${api.url}  (open it in a browser for GraphiQL with example queries)`);
  const stop = async (): Promise<void> => {
    await api.stop();
    await driver.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
