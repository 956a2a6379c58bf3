/** The small part of Citation.js (no published types) that the evidence library uses. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: Array<Record<string, unknown>>;
    format(format: 'bibtex' | 'ris' | 'data', options?: Record<string, unknown>): string;
    format(
      format: 'bibliography',
      options: { template: string; lang?: string; format?: 'text' | 'html' },
    ): string;
  }
  export const plugins: {
    config: { get(name: string): { styles?: { has(name: string): boolean } } | undefined };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
