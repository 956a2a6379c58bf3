/**
 * No reply leaves before the writes committed ahead of it are durable. Services that write through
 * `transaction()` (src/server/context.ts) already waited for their commit's flush; this catches
 * every other write (a statement outside a transaction) and every read that may have seen a
 * commit whose flush is still running. When nothing is waiting to be flushed it costs nothing.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';

export function registerDurableReplies(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onSend', async (_request, _reply, payload) => {
    await ctx.db.sync();
    return payload;
  });
}
