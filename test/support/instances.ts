/**
 * Support for tests that run several real Threshold servers on one database: each a child process
 * (bin/threshold.js serve: the compiled dist/ when current, else the sources through tsx), an HTTP
 * client that keeps cookies and the CSRF token like a browser (so one session can be used on every
 * server), and an SMTP server on loopback that keeps what it receives.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Instance {
  url: string;
  child: ChildProcess;
  /** Everything the server printed (for a failure's message). */
  output(): string;
  /** SIGKILL: no shutdown, no cleanup, connections cut. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts `threshold serve` on a free loopback port with `env` over the defaults here. */
export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/threshold.js'), 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /running at (http:\/\/[^\s]+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!.replace(/\/$/, ''));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    child,
    output: () => output,
    async kill9() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited(child);
    },
  };
}

/** A browser-like HTTP client: cookies and the CSRF token kept, sent to whichever server is asked. */
export class WebClient {
  private readonly cookies = new Map<string, string>();
  private csrf = '';

  async request(
    base: string,
    method: string,
    url: string,
    body?: unknown,
    // biome-ignore lint/suspicious/noExplicitAny: response bodies of many shapes, read by tests
  ): Promise<{ status: number; json: any }> {
    if (method !== 'GET' && !this.csrf) {
      const r = await this.request(base, 'GET', '/api/auth/csrf');
      this.csrf = r.json.csrfToken;
    }
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${base}${url}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(20_000),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: res.status, json };
  }
}

/** An SMTP server on loopback that keeps every message it accepts. */
export class Inbox {
  readonly mails: ParsedMail[] = [];
  private server: SMTPServer | null = null;
  private port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, done) => {
        simpleParser(stream)
          .then((mail) => {
            this.mails.push(mail);
            done();
          })
          .catch(done);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}/?ignoreTLS=true`;
  }
}

/** Polls `check` until it returns true, at most `ms`; then the last reason it gave is thrown. */
export async function until(what: string, ms: number, check: () => Promise<true | string>): Promise<void> {
  const end = Date.now() + ms;
  let last: true | string = 'not checked';
  while (Date.now() < end) {
    last = await check();
    if (last === true) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: not within ${ms / 1000} s (${last})`);
}
