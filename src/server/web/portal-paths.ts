/**
 * Which addresses belong to the client portal's own entry (portal.html): the server's fallback
 * (static.ts) and the development server (vite.config.ts) both send it for these.
 */
export const PORTAL_HTML = 'portal.html';

/**
 * The addresses a client opens: a questionnaire link (/p/<token>), the portal (/portal…), an
 * organization's public retreats and application form (/apply/…) and an offer's link (/offer/…).
 */
export function isPortalPath(p: string): boolean {
  return (
    p.startsWith('/p/') ||
    p === '/portal' ||
    p.startsWith('/portal/') ||
    p.startsWith('/apply/') ||
    p.startsWith('/offer/') ||
    p.startsWith('/checkin/')
  );
}
