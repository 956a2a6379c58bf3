import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWeb } from './static.ts';

/** A built web app as scripts/build-web.mjs leaves it: text files with .br and .gz copies beside them. */
function writeBuild(root: string): { script: string; html: string; portal: string } {
  const script = `console.log(${JSON.stringify('threshold '.repeat(400))});\n`;
  const html = `<!doctype html><html><head><script type="module" src="/assets/app-Ab12Cd34.js"></script></head><body>${'<div></div>'.repeat(200)}</body></html>`;
  const portal = html.replace('app-Ab12Cd34', 'portal-Ef56Gh78');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.mkdirSync(path.join(root, '.vite'), { recursive: true });
  fs.writeFileSync(path.join(root, '.vite/manifest.json'), '{}');
  fs.writeFileSync(path.join(root, 'assets/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  for (const [file, text] of [
    ['assets/app-Ab12Cd34.js', script],
    ['index.html', html],
    ['portal.html', portal],
  ] as const) {
    const full = path.join(root, file);
    fs.writeFileSync(full, text);
    fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(text));
    fs.writeFileSync(`${full}.gz`, zlib.gzipSync(text));
  }
  return { script, html, portal };
}

describe('the web app is served precompressed', () => {
  let root: string;
  let app: FastifyInstance;
  let files: { script: string; html: string; portal: string };

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-web-'));
    files = writeBuild(root);
    app = Fastify();
    await registerWeb(app, root);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('sends the brotli copy of a hashed asset to a browser that accepts it, cached for a year', async () => {
    const res = await get('/assets/app-Ab12Cd34.js', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(files.script);
  });

  it('sends the gzip copy when brotli is not accepted, and the plain file when nothing is', async () => {
    const gz = await get('/assets/app-Ab12Cd34.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(files.script);
    const plain = await get('/assets/app-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(files.script);
  });

  it('sends index.html compressed and uncached for a client-side route', async () => {
    const res = await get('/clients/123', 'br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(files.html);
  });

  it("sends the portal's own page (portal.html), uncached, for the addresses a client opens", async () => {
    for (const url of [
      '/p/Zq3-token_1',
      '/portal',
      '/portal/',
      '/portal/sign-in/abc?x=1',
      '/portal/anything',
    ]) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(zlib.brotliDecompressSync(res.rawPayload).toString(), url).toBe(files.portal);
    }
  });

  it('sends the staff app, not the portal, for addresses that only start like one', async () => {
    for (const url of ['/portals', '/p', '/programs/1', '/']) {
      const res = await get(url, 'gzip');
      expect(res.statusCode, url).toBe(200);
      expect(zlib.gunzipSync(res.rawPayload).toString(), url).toBe(files.html);
    }
  });

  it('caches only content-hashed asset names for a year', async () => {
    const logo = await get('/assets/logo.svg');
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['cache-control']).toBe('no-cache');
    const page = await get('/portal.html');
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it("does not serve the build's manifests", async () => {
    expect((await get('/.vite/manifest.json')).statusCode).not.toBe(200);
  });

  it('does not serve the compressed copies under their own names', async () => {
    for (const url of ['/assets/app-Ab12Cd34.js.br', '/assets/app-Ab12Cd34.js.gz', '/index.html.br'])
      expect((await get(url)).statusCode, url).toBe(404);
  });

  it('does not answer /metrics with the web app (the metrics route decides who may read it)', async () => {
    for (const url of ['/metrics', '/metrics/'])
      expect((await get(url, 'br')).headers['content-type'], url).toMatch(/^application\/problem\+json/);
  });

  it('answers a missing asset with a 404, whatever the accepted encodings', async () => {
    const res = await get('/assets/missing-00000000.js', 'br, gzip');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});
