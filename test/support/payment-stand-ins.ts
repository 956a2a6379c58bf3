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

interface Answer {
  status: number;
  body: unknown;
  /** Sent as is (a checkout page) instead of as JSON. */
  html?: string;
  location?: string;
}
type Handler = (req: http.IncomingMessage, body: string) => Answer | Promise<Answer>;

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
    const out = await handle(req, body);
    if (out.location) res.writeHead(out.status, { location: out.location });
    else
      res.writeHead(out.status, {
        'content-type': out.html !== undefined ? 'text/html; charset=utf-8' : type,
      });
    res.end(out.location ? '' : (out.html ?? JSON.stringify(out.body)));
  });
  return new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

/** The provider's hosted checkout, reduced to one button: paying marks the payment paid. */
const checkoutPage = (
  title: string,
  amount: string,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${title}</title></head><body><main><h1>${title}</h1><p>Amount: ${amount}</p>
<form method="post"><button type="submit">Pay</button></form></main></body></html>`;

/** Delivers a webhook as the provider does (used by the checkout page; a failed delivery is kept). */
async function deliver(url: string, init: RequestInit, failures: string[]) {
  try {
    const res = await fetch(url, init);
    if (!res.ok) failures.push(`${url}: ${res.status}`);
  } catch (error) {
    failures.push(`${url}: ${(error as Error).message}`);
  }
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

/**
 * `webhook`: where the checkout page delivers `checkout.session.completed`, signed with `secret`
 * (a browser test's running server); without it the page only marks the session paid.
 */
export async function startStripeStandIn(secretKey: string, webhook?: { url: string; secret: string }) {
  const sessions = new Map<string, StripeSession>();
  const signer = new Stripe(secretKey);
  const refunds: Array<{ id: string; payment_intent: string; amount: number }> = [];
  const idempotent = new Map<string, unknown>();
  const log: string[] = [];
  const failures: string[] = [];
  const server = http.createServer();
  let base = '';
  const error = (status: number, message: string, code?: string) => ({
    status,
    body: { error: { type: 'invalid_request_error', message, ...(code ? { code } : {}) } },
  });
  const port = await serve(
    server,
    'application/json',
    async (req, raw) => {
      const page = /^\/c\/pay\/(cs_test_\w+)$/.exec(req.url ?? '');
      const s = page ? sessions.get(page[1]!) : undefined;
      if (page && !s) return error(404, 'No such checkout.session', 'resource_missing');
      if (s && req.method === 'GET') {
        return {
          status: 200,
          body: null,
          html: checkoutPage('Stripe Checkout (stand-in)', `${s.amount_total} ${s.currency}`),
        };
      }
      if (s && req.method === 'POST') {
        Object.assign(s, { status: 'complete', payment_status: 'paid', payment_intent: id('pi_') });
        if (webhook) {
          const payload = JSON.stringify({
            id: id('evt_'),
            object: 'event',
            type: 'checkout.session.completed',
            data: { object: s },
          });
          const signature = signer.webhooks.generateTestHeaderString({ payload, secret: webhook.secret });
          const headers = { 'content-type': 'application/json', 'stripe-signature': signature };
          await deliver(webhook.url, { method: 'POST', headers, body: payload }, failures);
        }
        return { status: 303, body: null, location: s.success_url };
      }
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
  return {
    url: base,
    log,
    /** Webhook deliveries from the checkout page that did not get a 2xx. */
    failures,
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
  const failures: string[] = [];
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
    async (req, raw) => {
      const page = /^\/checkout\/select-method\/(tr_\w+)$/.exec(req.url ?? '');
      const pay = page ? payments.get(page[1]!) : undefined;
      if (page && !pay) return problem(404, 'Not Found', 'The payment does not exist');
      if (pay && req.method === 'GET') {
        return {
          status: 200,
          body: null,
          html: checkoutPage('Mollie checkout (stand-in)', `${pay.amount.value} ${pay.amount.currency}`),
        };
      }
      if (pay && req.method === 'POST') {
        pay.status = 'paid';
        if (pay.webhookUrl) {
          const headers = { 'content-type': 'application/x-www-form-urlencoded' };
          await deliver(pay.webhookUrl, { method: 'POST', headers, body: `id=${pay.id}` }, failures);
        }
        return { status: 303, body: null, location: pay.redirectUrl };
      }
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
    /** Webhook deliveries from the checkout page that did not get a 2xx. */
    failures,
    payments,
    refunds,
    setStatus(paymentId: string, status: string) {
      payments.get(paymentId)!.status = status;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
