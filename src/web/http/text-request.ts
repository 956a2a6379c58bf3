/**
 * POST requests whose answer is not JSON (a BibTeX file, an SVG image), and saving text as a file.
 * Same rules as http.ts: same-origin cookies, the CSRF header (one retry with a fresh token when
 * the server calls it stale) and failures as ApiError. A 401 is passed on through `api`, so the
 * session listeners hear about it as they do for every other request.
 */
import { getCsrfToken, setCsrfToken } from './csrf.ts';
import { api, refreshCsrfToken } from './http.ts';
import { errorFromResponse, networkError } from './problem.ts';

async function send(path: string, body: unknown, accept: string): Promise<Response> {
  const token = getCsrfToken() ?? (await refreshCsrfToken());
  try {
    return await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: `${accept}, application/problem+json`,
        'content-type': 'application/json',
        'x-csrf-token': token,
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw networkError();
  }
}

/** The body of a successful answer as text; `accept` names the media type asked for. */
export async function postForText(path: string, body: unknown, accept: string): Promise<string> {
  let response = await send(path, body, accept);
  if (response.status === 403) {
    const error = await errorFromResponse(response.clone());
    if (error.is('csrf')) {
      setCsrfToken(null);
      response = await send(path, body, accept);
    }
  }
  if (!response.ok) {
    const error = await errorFromResponse(response);
    // Lets http.ts tell the app the session is gone (it notifies on any 401 it sees).
    if (error.status === 401) void api.get('/api/session').catch(() => undefined);
    throw error;
  }
  return response.text();
}

/** Offers `text` as a download named `filename`. */
export function saveTextFile(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
