/**
 * Loopback stand-ins for the payment providers, answering as each provider's documented API does,
 * so the official clients (`stripe`, `@mollie/api-client`) run unchanged against them with no
 * network. Stripe: form-encoded requests under /v1, JSON objects, Idempotency-Key honoured.
 * Mollie: JSON under /v2 answered as application/hal+json with `_links`, over HTTPS (the client
 * insists on an https agent), with a certificate made for 127.0.0.1 at start.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Stripe from 'stripe';

type Handler = (req: http.IncomingMessage, body: string) => { status: number; body: unknown };

const id = (prefix: string) => `${prefix}${randomBytes(8).toString('hex')}`;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let b = '';
    req.on('data', (c) => {
      b += c;
    });
    req.on('end', () => resolve(b));
  });
}

function serve(server: http.Server | https.Server, type: string, handle: Handler, log: string[]) {
  server.on('request', async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const body = await readBody(req);
    log.push(`${req.method} ${req.url}`);
    const out = handle(req, body);
    res.writeHead(out.status, { 'content-type': type });
    res.end(JSON.stringify(out.body));
  });
  return new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

export interface StripeSession {
  id: string;
  object: 'checkout.session';
  amount_total: number;
  currency: string;
  status: 'open' | 'complete' | 'expired';
  payment_status: 'paid' | 'unpaid';
  payment_intent: string | null;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  mode: 'payment';
  livemode: false;
  url: string | null;
  success_url: string;
  created: number;
}

export async function startStripeStandIn(secretKey: string) {
  const sessions = new Map<string, StripeSession>();
  const refunds: Array<{ id: string; payment_intent: string; amount: number }> = [];
  const idempotent = new Map<string, unknown>();
  const log: string[] = [];
  const server = http.createServer();
  let base = '';
  const error = (status: number, message: string, code?: string) => ({
    status,
    body: { error: { type: 'invalid_request_error', message, ...(code ? { code } : {}) } },
  });
  const port = await serve(
    server,
    'application/json',
    (req, raw) => {
      if (req.headers.authorization !== `Bearer ${secretKey}`) {
        return {
          status: 401,
          body: { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } },
        };
      }
      const key = req.headers['idempotency-key'];
      const cacheKey = typeof key === 'string' ? `${req.url} ${key}` : null;
      if (cacheKey && idempotent.has(cacheKey)) return { status: 200, body: idempotent.get(cacheKey) };
      const form = new URLSearchParams(raw);
      const url = req.url ?? '';
      let out: { status: number; body: unknown };
      if (req.method === 'POST' && url === '/v1/checkout/sessions') {
        const metadata: Record<string, string> = {};
        for (const [k, v] of form) {
          const m = /^metadata\[(\w+)\]$/.exec(k);
          if (m) metadata[m[1]!] = v;
        }
        const amount = Number(form.get('line_items[0][price_data][unit_amount]'));
        if (!Number.isInteger(amount) || amount < 1) return error(400, 'Invalid integer: unit_amount');
        const s: StripeSession = {
          id: id('cs_test_'),
          object: 'checkout.session',
          amount_total: amount,
          currency: form.get('line_items[0][price_data][currency]') ?? 'eur',
          status: 'open',
          payment_status: 'unpaid',
          payment_intent: null,
          client_reference_id: form.get('client_reference_id'),
          metadata,
          mode: 'payment',
          livemode: false,
          url: null,
          success_url: form.get('success_url') ?? '',
          created: Math.floor(Date.now() / 1000),
        };
        s.url = `${base}/c/pay/${s.id}`;
        sessions.set(s.id, s);
        out = { status: 200, body: s };
      } else if (req.method === 'GET' && url.startsWith('/v1/checkout/sessions/')) {
        const s = sessions.get(url.slice('/v1/checkout/sessions/'.length).split('?')[0]!);
        out = s ? { status: 200, body: s } : error(404, 'No such checkout.session', 'resource_missing');
      } else if (req.method === 'POST' && url === '/v1/refunds') {
        const intent = form.get('payment_intent') ?? '';
        const s = [...sessions.values()].find((x) => x.payment_intent === intent);
        if (!s) return error(404, `No such payment_intent: '${intent}'`, 'resource_missing');
        const amount = Number(form.get('amount') ?? s.amount_total);
        const r = {
          id: id('re_'),
          object: 'refund',
          amount,
          currency: s.currency,
          payment_intent: intent,
          status: 'succeeded',
        };
        refunds.push(r);
        out = { status: 200, body: r };
      } else out = error(404, `Unrecognized request URL (${req.method}: ${url})`);
      if (cacheKey && out.status === 200) idempotent.set(cacheKey, out.body);
      return out;
    },
    log,
  );
  base = `http://127.0.0.1:${port}`;
  const signer = new Stripe(secretKey);
  return {
    url: base,
    log,
    sessions,
    refunds,
    /** The client paid on Stripe's page. */
    pay(sessionId: string) {
      const s = sessions.get(sessionId)!;
      Object.assign(s, { status: 'complete', payment_status: 'paid', payment_intent: id('pi_') });
      return s;
    },
    expire(sessionId: string) {
      const s = sessions.get(sessionId)!;
      s.status = 'expired';
      return s;
    },
    /** A webhook delivery as Stripe sends it, signed with `secret` (Stripe-Signature). */
    event(type: string, session: StripeSession, secret: string, eventId = id('evt_')) {
      const payload = JSON.stringify({
        id: eventId,
        object: 'event',
        type,
        api_version: '2025-01-27',
        created: Math.floor(Date.now() / 1000),
        livemode: false,
        data: { object: { ...session } },
      });
      return { payload, signature: signer.webhooks.generateTestHeaderString({ payload, secret }) };
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** A self-signed certificate for 127.0.0.1, made with openssl. */
function loopbackCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'mollie-stand-in-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(path.join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface MolliePayment {
  resource: 'payment';
  id: string;
  mode: 'test';
  createdAt: string;
  amount: { value: string; currency: string };
  description: string;
  method: string | null;
  metadata: unknown;
  status: string;
  profileId: string;
  sequenceType: 'oneoff';
  redirectUrl: string;
  webhookUrl: string;
  _links: Record<string, { href: string; type: string }>;
}

export async function startMollieStandIn(apiKey: string) {
  const payments = new Map<string, MolliePayment>();
  const refunds: Array<{ id: string; paymentId: string; amount: { value: string; currency: string } }> = [];
  const log: string[] = [];
  const server = https.createServer(loopbackCertificate());
  let base = '';
  const problem = (status: number, title: string, detail: string) => ({
    status,
    body: {
      status,
      title,
      detail,
      _links: {
        documentation: { href: 'https://docs.mollie.com/overview/handling-errors', type: 'text/html' },
      },
    },
  });
  const port = await serve(
    server,
    'application/hal+json',
    (req, raw) => {
      if (req.headers.authorization !== `Bearer ${apiKey}`) {
        return problem(401, 'Unauthorized Request', 'Missing authentication, or failed to authenticate');
      }
      const url = (req.url ?? '').split('?')[0]!;
      if (req.method === 'POST' && url === '/v2/payments') {
        const b = JSON.parse(raw) as Partial<MolliePayment>;
        if (!b.amount?.value || !b.redirectUrl)
          return problem(422, 'Unprocessable Entity', 'The amount is required');
        const p: MolliePayment = {
          resource: 'payment',
          id: id('tr_'),
          mode: 'test',
          createdAt: new Date().toISOString(),
          amount: b.amount,
          description: b.description ?? '',
          method: null,
          metadata: b.metadata ?? null,
          status: 'open',
          profileId: 'pfl_standin',
          sequenceType: 'oneoff',
          redirectUrl: b.redirectUrl,
          webhookUrl: b.webhookUrl ?? '',
          _links: {},
        };
        p._links = {
          self: { href: `${base}/v2/payments/${p.id}`, type: 'application/hal+json' },
          checkout: { href: `${base}/checkout/select-method/${p.id}`, type: 'text/html' },
        };
        payments.set(p.id, p);
        return { status: 201, body: p };
      }
      const refund = /^\/v2\/payments\/(tr_\w+)\/refunds$/.exec(url);
      if (req.method === 'POST' && refund) {
        const p = payments.get(refund[1]!);
        if (!p) return problem(404, 'Not Found', `No payment exists with token ${refund[1]}.`);
        const b = JSON.parse(raw) as { amount: { value: string; currency: string } };
        const r = {
          resource: 'refund',
          id: id('re_'),
          amount: b.amount,
          status: 'pending',
          createdAt: new Date().toISOString(),
          description: '',
          paymentId: p.id,
          _links: { self: { href: `${base}/v2/payments/${p.id}/refunds`, type: 'application/hal+json' } },
        };
        refunds.push(r);
        return { status: 201, body: r };
      }
      const get = /^\/v2\/payments\/(tr_\w+)$/.exec(url);
      if (req.method === 'GET' && get) {
        const p = payments.get(get[1]!);
        return p
          ? { status: 200, body: p }
          : problem(404, 'Not Found', `No payment exists with token ${get[1]}.`);
      }
      return problem(404, 'Not Found', 'The resource does not exist');
    },
    log,
  );
  base = `https://127.0.0.1:${port}`;
  return {
    url: `${base}/v2/`,
    log,
    payments,
    refunds,
    setStatus(paymentId: string, status: string) {
      payments.get(paymentId)!.status = status;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
