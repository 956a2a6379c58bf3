/** Signs in to a benchmark server as the web app does; returns the Cookie header for later requests. */

/** `name=value` of a Set-Cookie header the response carries. */
function cookie(res: Response, name: string): string {
  const header = res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  if (!header) throw new Error(`${res.url}: no ${name} cookie in the response`);
  return header.split(';')[0]!;
}

export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  if (!csrfRes.ok) throw new Error(`GET /api/auth/csrf: ${csrfRes.status}`);
  const csrf = cookie(csrfRes, 'threshold_csrf');
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrf },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`POST /api/auth/sign-in: ${res.status} ${await res.text()}`);
  return `${csrf}; ${cookie(res, 'threshold_session')}`;
}
