/**
 * The globals beyond ECMAScript that the src/domain project (tsconfig.domain.json: no DOM, no
 * @types/node) may use: only WHATWG APIs that browsers and Node both provide.
 */

/** domain/evidence/citations.ts (`createRequire(import.meta.url)`). */
interface ImportMeta {
  readonly url: string;
}

/** WHATWG URL (domain/fhir/bundle.ts), global in browsers and Node alike. */
declare class URLSearchParams {
  set(name: string, value: string): void;
  delete(name: string): void;
}
declare class URL {
  constructor(url: string, base?: string);
  readonly searchParams: URLSearchParams;
  toString(): string;
}
