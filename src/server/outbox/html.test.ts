import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtml } from './html.ts';

const base = 'https://threshold.example';
const opts = { lang: 'nl', subject: 'Een vragenlijst van <Kliniek>', linkBase: base };

describe('the HTML part of an email', () => {
  it('escapes every character of user data, in the text and the title', () => {
    const html = renderHtml('Beste <script>alert(1)</script> & "Zon",\n\nMet vriendelijke groet', opts);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Beste &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zon&quot;,');
    expect(html).toContain('<title>Een vragenlijst van &lt;Kliniek&gt;</title>');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('makes paragraphs of blank lines, keeps line breaks, and sets the language', () => {
    const html = renderHtml('Eén\ntwee\n\n\nDrie', opts);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('>Eén<br>\ntwee</p>');
    expect(html).toContain('>Drie</p>');
  });

  it('links only to this server, with trailing punctuation outside the link', () => {
    const html = renderHtml(
      `Open: ${base}/p/abc_DEF-123.\nElsewhere: https://evil.example/p/x and ${base}evil.example/x`,
      opts,
    );
    expect(html).toContain(`<a href="${base}/p/abc_DEF-123" `);
    expect(html).toContain('</a>.');
    expect(html).not.toContain('href="https://evil.example');
    expect(html).not.toContain(`href="${base}evil`);
  });
});

describe('the preview text', () => {
  it('is hidden at the top of the body, escaped', () => {
    const html = renderHtml('Body', { ...opts, preview: 'Morgen om 10:00 <b>' });
    expect(html).toMatch(/<body[^>]*>\n<div style="display:none[^"]*">Morgen om 10:00 &lt;b&gt;<\/div>/);
    expect(renderHtml('Body', opts)).not.toContain('display:none');
  });
});
