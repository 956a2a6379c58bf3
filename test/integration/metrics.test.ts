/**
 * GET /metrics: the Prometheus text format, counters that move with requests and scheduler runs,
 * labels that carry route patterns (never a token or a client's data from the URL), and the
 * endpoint refused off this machine unless the scraper sends METRICS_TOKEN.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledWork } from '../../src/server/scheduler.ts';
import { DATABASES } from '../support/databases.ts';
import { startTestServer, type TestServer } from '../support/harness.ts';

const TOKEN = 'metrics-token-0123456789abcdef0123456789abcdef';
const REMOTE = '203.0.113.7';

/** One line of the text exposition format: a HELP or TYPE comment, or `name{labels} value`. */
const LINE =
  /^(# HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*|# TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (counter|gauge|histogram|summary|untyped)|[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\\n]|\\.)*",?)*\})? (-?[0-9.e+-]+|NaN|[+-]Inf))$/;

/** The samples of a scrape: `name{labels}` → value. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}

/** Every label value of a scrape. */
const labelValues = (text: string) => [...text.matchAll(/="((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);

describe.each(DATABASES)('/metrics on $name', (database) => {
  let server: TestServer;
  let withToken: TestServer;

  beforeAll(async () => {
    server = await startTestServer(database);
    withToken = await startTestServer(database, { metricsToken: TOKEN });
  });
  afterAll(async () => {
    await server?.close();
    await withToken?.close();
  });

  const scrape = async (s = server) => {
    const res = await s.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    return res.body;
  };

  it('answers a scraper on this machine in the Prometheus text format', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const lines = res.body.split('\n').filter(Boolean);
    for (const line of lines) expect(line, line).toMatch(LINE);
    for (const name of [
      'threshold_http_requests_total',
      'threshold_http_request_duration_seconds',
      'threshold_scheduler_job_runs_total',
      'threshold_scheduler_job_failures_total',
      'threshold_scheduler_job_duration_seconds',
      'threshold_db_connections',
      'threshold_outbox_messages',
    ])
      expect(res.body).toContain(`# TYPE ${name} `);
  });

  it('counts requests by route pattern and status, and their latency', async () => {
    const key = 'threshold_http_requests_total{method="GET",route="/api/health",status="200"}';
    const before = samples(await scrape()).get(key) ?? 0;
    for (let i = 0; i < 3; i++) await server.app.inject({ method: 'GET', url: '/api/health' });
    const after = samples(await scrape());
    expect(after.get(key)).toBe(before + 3);
    expect(
      after.get('threshold_http_request_duration_seconds_count{method="GET",route="/api/health"}'),
    ).toBeGreaterThanOrEqual(3);
  });

  it('labels by route pattern: no token, id or search text from the URL reaches a label', async () => {
    const portalToken = `tok${randomUUID().replaceAll('-', '')}`;
    const clientId = randomUUID();
    await server.app.inject({ method: 'GET', url: `/api/portal/invitations/${portalToken}` });
    await server.app.inject({ method: 'GET', url: `/api/clients/${clientId}?q=Zwanenburg` });
    await server.app.inject({ method: 'GET', url: `/no/such/${portalToken}` });
    const body = await scrape();
    expect(body).toContain('route="/api/portal/invitations/:token"');
    expect(body).toContain('route="/api/clients/:id"');
    expect(body).toContain('route="unmatched"');
    for (const secret of [portalToken, clientId, 'Zwanenburg']) expect(body).not.toContain(secret);
    for (const value of labelValues(body)) expect(value).not.toMatch(/[?]|[0-9a-f]{32}/);
  });

  it('times and counts each scheduler job, and reads the database and outbox at scrape time', async () => {
    await runScheduledWork(server.ctx, null);
    const s = samples(await scrape());
    for (const job of ['open-invitations', 'send-invitations', 'expire-invitations', 'derive-outcomes']) {
      expect(s.get(`threshold_scheduler_job_runs_total{job="${job}"}`), job).toBeGreaterThanOrEqual(1);
      expect(
        s.get(`threshold_scheduler_job_duration_seconds_count{job="${job}"}`),
        job,
      ).toBeGreaterThanOrEqual(1);
    }
    expect(s.get('threshold_outbox_messages{status="queued"}')).toBe(0);
    expect(s.get('threshold_outbox_messages{status="failed"}')).toBe(0);
    if (database.name === 'postgres') {
      expect(s.get('threshold_db_connections{state="total"}')).toBeGreaterThanOrEqual(1);
      expect(s.has('threshold_db_connections{state="waiting"}')).toBe(true);
    } else expect(s.get('threshold_db_connections{state="open"}')).toBe(1);
  });

  it('counts a failed job run and lets the failure through', async () => {
    const { timeJob } = await import('../../src/server/metrics/metrics.ts');
    await expect(
      timeJob(server.ctx, 'test-failing', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const s = samples(await scrape());
    expect(s.get('threshold_scheduler_job_failures_total{job="test-failing"}')).toBe(1);
  });

  it('is not found from another machine when no METRICS_TOKEN is set', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/metrics', remoteAddress: REMOTE });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).not.toContain('threshold_');
  });

  it('needs the bearer token from another machine when METRICS_TOKEN is set', async () => {
    const get = (authorization?: string) =>
      withToken.app.inject({
        method: 'GET',
        url: '/metrics',
        remoteAddress: REMOTE,
        headers: authorization ? { authorization } : {},
      });
    for (const auth of [undefined, 'Bearer wrong', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const res = await get(auth);
      expect(res.statusCode, String(auth)).toBe(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const ok = await get(`Bearer ${TOKEN}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('threshold_http_requests_total');
    expect(ok.body).not.toContain(TOKEN);
    // A loopback scraper needs no token.
    expect((await withToken.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);
  });
});
