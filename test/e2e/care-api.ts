/**
 * A small API client for browser-test setup: signs in as a demo user (cookie + CSRF token) and
 * sends JSON requests, so a test can create programs, rooms and cohorts before it opens a page.
 */
import { DEMO_PASSWORD } from './support.ts';

export class ApiAgent {
  private cookies = new Map<string, string>();
  private csrf = '';

  constructor(private readonly base: string) {}

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', cookie: this.cookieHeader() };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    this.remember(response);
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  get = <T>(path: string) => this.request<T>('GET', path);
  post = <T>(path: string, body?: unknown) => this.request<T>('POST', path, body ?? {});
  put = <T>(path: string, body: unknown) => this.request<T>('PUT', path, body);

  /** Signs in with the demo password; afterwards writes carry the session's CSRF token. */
  async signIn(email: string): Promise<this> {
    const { csrfToken } = await this.get<{ csrfToken: string }>('/api/auth/csrf');
    this.csrf = csrfToken;
    const session = await this.post<{ csrfToken: string }>('/api/auth/sign-in', {
      email,
      password: DEMO_PASSWORD,
    });
    this.csrf = session.csrfToken;
    return this;
  }
}

/** Today's date in UTC, 'YYYY-MM-DD' (the demo organization's time zone is UTC). */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);
