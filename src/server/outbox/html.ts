/**
 * The HTML part of an email, rendered when it is sent from the plain text the outbox stores, so
 * the outbox keeps one body (what staff read, and what erasure clears) and the two parts always say
 * the same thing. The text's blank lines make paragraphs and its line breaks stay; every character
 * of it is escaped (organization and client names are user data); only links to this server
 * (PUBLIC_URL) become anchors, so a URL typed into a name is never made clickable. Simple by
 * design: one column, system font, 16 px text, the language of the message on <html lang>.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

/** One line, escaped, with links to `linkBase` as anchors (trailing punctuation stays outside). */
function renderLine(line: string, linkBase: string): string {
  let out = '';
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;:!?)]+$/, '');
    const start = match.index;
    if (!url.startsWith(`${linkBase}/`)) continue;
    out += escapeHtml(line.slice(last, start));
    out += `<a href="${escapeHtml(url)}" style="color:#1c5fb8;word-break:break-all">${escapeHtml(url)}</a>`;
    last = start + url.length;
  }
  return out + escapeHtml(line.slice(last));
}

export interface HtmlOptions {
  /** BCP 47 language of the text, e.g. "en", "nl". */
  lang: string;
  subject: string;
  /** The server's public base URL: only links under it become anchors. */
  linkBase: string;
  /** Preview text: hidden at the top, where a mail list reads it beside the subject. */
  preview?: string | null | undefined;
}

export function renderHtml(text: string, opts: HtmlOptions): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(
      (p) =>
        `<p style="margin:0 0 16px">${p
          .split('\n')
          .map((line) => renderLine(line, opts.linkBase))
          .join('<br>\n')}</p>`,
    );
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(opts.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(opts.subject)}</title>`,
    '</head>',
    '<body style="margin:0;padding:24px 16px;background:#ffffff;color:#1a1a1a;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5">',
    ...(opts.preview
      ? [
          `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">${escapeHtml(opts.preview)}</div>`,
        ]
      : []),
    '<div role="article" style="max-width:600px;margin:0 auto">',
    ...paragraphs,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}
