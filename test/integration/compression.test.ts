/**
 * API responses are compressed for clients that accept it (brotli preferred, then gzip), over 1 kB,
 * and decompress to exactly what an uncompressed request gets; small ones are sent as they are.
 */
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_STUDIES } from '../../src/domain/evidence/library/index.ts';
import { DATABASES } from '../support/databases.ts';
import { startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';

describe.each(DATABASES)('response compression on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Compression Clinic');
  });
  afterAll(async () => server?.close());

  it('sends JSON as brotli to a client that accepts it, decompressing to the same JSON', async () => {
    const agent = await server.as(org.users.clinician);
    const plain = await agent.request({ method: 'GET', url: '/api/studies' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await agent.request({
      method: 'GET',
      url: '/api/studies',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(JSON.parse(zlib.brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
  });

  it('sends gzip when brotli is not accepted, and FHIR JSON compressed too', async () => {
    const agent = await server.as(org.users.clinician);
    const plain = await agent.request({ method: 'GET', url: '/fhir/R4/Questionnaire' });
    expect(plain.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const gz = await agent.request({
      method: 'GET',
      url: '/fhir/R4/Questionnaire',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(gz.rawPayload).toString())).toEqual(plain.json());
  });

  it('compresses a citation export (RIS) and leaves small responses alone', async () => {
    const agent = await server.as(org.users.clinician);
    const ris = await agent.request({
      method: 'POST',
      url: '/api/studies/export',
      payload: { ids: BUILTIN_STUDIES.map((s) => s.id), format: 'ris' },
      headers: { 'accept-encoding': 'br' },
    });
    expect(ris.statusCode).toBe(200);
    expect(ris.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(ris.rawPayload).toString()).toMatch(/^TY {2}- /m);
    const small = await server.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'accept-encoding': 'br' },
    });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json()).toMatchObject({ status: 'ok' });
  });
});
