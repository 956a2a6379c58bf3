/**
 * The only Node API surface the src/domain and src/web projects (tsconfig.domain.json,
 * tsconfig.web.json) see: neither has @types/node. Each declaration matches an exception listed, with
 * its reason, in src/architecture.test.ts (the web project reads these domain files for their types).
 * The root project still checks the same code against the real @types/node.
 */

/** domain/audit/chain.ts: the audit chain's SHA-256. */
declare module 'node:crypto' {
  interface Hash {
    update(data: string): Hash;
    digest(encoding: 'hex'): string;
  }
  export function createHash(algorithm: 'sha256'): Hash;
}

/** domain/evidence/citations.ts: loads the CommonJS Citation.js on first use. */
declare module 'node:module' {
  export function createRequire(path: string): (id: string) => unknown;
}
