/**
 * The CSRF token sent as `x-csrf-token` with every unsafe request. It comes from
 * `GET /api/auth/csrf` before sign-in and from every Session payload afterwards.
 */
let token: string | null = null;

export const getCsrfToken = (): string | null => token;

export function setCsrfToken(value: string | null): void {
  token = value;
}
