import { describe, expect, it } from 'vitest';
import { loadConfig, metricsToken, parseTrustProxy } from './config.ts';

describe('TRUST_PROXY', () => {
  it('is off unless set', () => {
    for (const v of [undefined, '', '0', 'false']) expect(parseTrustProxy(v)).toBe(false);
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it('takes proxy addresses (1: one proxy on this machine), never "everyone"', () => {
    expect(parseTrustProxy('1')).toEqual(['loopback']);
    expect(parseTrustProxy('127.0.0.1, 10.0.0.0/8,::1,fd00::/8,loopback')).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
    expect(loadConfig({ TRUST_PROXY: '1' })).toMatchObject({
      trustProxy: true,
      trustedProxies: ['loopback'],
    });
  });

  it('refuses anything else at start, saying what it takes', () => {
    expect(() => parseTrustProxy('true')).toThrow(
      /addresses of the proxies.*"true" would believe any X-Forwarded-For/,
    );
    for (const v of ['yes', '10.0.0.0/33', '300.1.1.1', '10.0.0.1/8/1', '1.5', '-1', '2'])
      expect(() => parseTrustProxy(v), v).toThrow(/TRUST_PROXY must be/);
  });
});

describe('METRICS_TOKEN', () => {
  it('is off unless set, and must be long enough not to be guessed', () => {
    expect(loadConfig({}).metricsToken).toBeNull();
    expect(metricsToken('  ')).toBeNull();
    const token = 'a'.repeat(32);
    expect(loadConfig({ METRICS_TOKEN: token }).metricsToken).toBe(token);
    for (const bad of ['short', `${'a'.repeat(20)} ${'b'.repeat(20)}`])
      expect(() => metricsToken(bad), bad).toThrow(/METRICS_TOKEN must be at least 32 characters/);
  });
});

describe('LEASE_SECONDS', () => {
  it('is 5 minutes unless set, and never 0 (a claim that lapses at once would let two servers send)', () => {
    expect(loadConfig({}).leaseSeconds).toBe(300);
    expect(loadConfig({ LEASE_SECONDS: '20' }).leaseSeconds).toBe(20);
    expect(() => loadConfig({ LEASE_SECONDS: '0' })).toThrow(/LEASE_SECONDS must be at least 1/);
    expect(() => loadConfig({ LEASE_SECONDS: 'soon' })).toThrow(/LEASE_SECONDS must be a whole number/);
  });
});
