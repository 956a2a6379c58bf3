/**
 * The one fetch wrapper: same-origin cookies, JSON bodies, the CSRF header on unsafe methods, and
 * problem documents turned into ApiError. It tells listeners when the session is gone (401) or
 * when the organization requires two-factor first (403 two-factor-required).
 */
import { getCsrfToken, setCsrfToken } from './csrf.ts';
import { type ApiError, errorFromResponse, networkError } from './problem.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type Listener = (error: ApiError) => void;
const unauthorizedListeners = new Set<Listener>();
const twoFactorListeners = new Set<Listener>();

/** Called when any request answers 401 because the session is missing or expired. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** Called when a request answers 403 because the organization requires two-factor first. */
export function onTwoFactorRequired(listener: Listener): () => void {
  twoFactorListeners.add(listener);
  return () => twoFactorListeners.delete(listener);
}

async function send(method: Method, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const token = getCsrfToken() ?? (await refreshCsrfToken());
    headers['x-csrf-token'] = token;
  }
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw networkError();
  }
}

/** Fetches a fresh CSRF token (used before sign-in, or when the server rejected the one we had). */
export async function refreshCsrfToken(): Promise<string> {
  let response: Response;
  try {
    response = await fetch('/api/auth/csrf', {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw await errorFromResponse(response);
  const data = (await response.json()) as { csrfToken: string };
  setCsrfToken(data.csrfToken);
  return data.csrfToken;
}

function notify(error: ApiError): void {
  if (error.status === 401 && !error.is('invalid-credentials') && !error.is('totp-required')) {
    for (const listener of unauthorizedListeners) listener(error);
  }
  if (error.status === 403 && error.is('two-factor-required')) {
    for (const listener of twoFactorListeners) listener(error);
  }
}

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response = await send(method, path, body);
  if (method !== 'GET' && response.status === 403) {
    const error = await errorFromResponse(response.clone());
    if (error.is('csrf')) {
      // The token was stale (for instance the session changed in another tab): get a new one, once.
      setCsrfToken(null);
      response = await send(method, path, body);
    }
  }
  if (!response.ok) {
    const error = await errorFromResponse(response);
    notify(error);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export type QueryValue = string | number | boolean | null | undefined;

/** `withQuery('/api/clients', { q: 'ann', offset: 0 })` → `/api/clients?q=ann&offset=0`; skips empty values. */
export function withQuery(path: string, params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};
