/** Runs the Threshold app in a benchmark's server child: listen on loopback, tell the parent the port. */
import type { Db } from '../../src/db/dialect.ts';
import { buildApp } from '../../src/server/app.ts';
import type { Config } from '../../src/server/config.ts';
import { announce } from './child.ts';

export async function serveApp(db: Db, config: Config, host: string): Promise<void> {
  const { app } = await buildApp({ db, config, logger: false, web: false });
  await app.listen({ host, port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  announce(address.port, async () => {
    await app.close();
    await db.close();
  });
}
