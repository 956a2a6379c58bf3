// The yardstick for bench/startup: a bare Fastify app with one JSON route, started the way the
// Threshold server is (plain Node, listen on 127.0.0.1, one "running at" line when listening).
import Fastify from 'fastify';

const app = Fastify();
app.get('/api/health', async () => ({ status: 'ok' }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
const address = app.server.address();
console.log(`running at http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
const stop = () => app.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
