/**
 * FHIR R4 Bundles: a searchset (one page of matches, with self/next/previous links), a
 * transaction-response, and a collection (a client's export).
 */
import type { CollectionBundle, Resource } from './types.ts';

export interface SearchsetBundle {
  resourceType: 'Bundle';
  type: 'searchset';
  total: number;
  link: Array<{ relation: 'self' | 'next' | 'previous'; url: string }>;
  entry: Array<{ fullUrl: string; resource: Resource; search: { mode: 'match' } }>;
}

export interface Page {
  /** The search as requested, absolute, without `_offset`. */
  self: string;
  offset: number;
  count: number;
}

const withOffset = (url: string, offset: number) => {
  const u = new URL(url);
  if (offset > 0) u.searchParams.set('_offset', String(offset));
  else u.searchParams.delete('_offset');
  return u.toString();
};

/** The page `page` asks for, cut from every match (for searches answered in memory). */
export function pageOf<R>(all: readonly R[], page: Page): { items: R[]; total: number } {
  return { items: all.slice(page.offset, page.offset + page.count), total: all.length };
}

/**
 * @param base     the server's FHIR base, absolute, without a trailing slash (`https://host/fhir/R4`)
 * @param matches  this page's resources and how many match in all
 */
export function searchset(
  base: string,
  page: Page,
  matches: { items: readonly Resource[]; total: number },
): SearchsetBundle {
  const link: SearchsetBundle['link'] = [{ relation: 'self', url: withOffset(page.self, page.offset) }];
  if (page.count > 0 && page.offset + page.count < matches.total)
    link.push({ relation: 'next', url: withOffset(page.self, page.offset + page.count) });
  if (page.offset > 0)
    link.push({ relation: 'previous', url: withOffset(page.self, Math.max(0, page.offset - page.count)) });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: matches.total,
    link,
    entry: matches.items.map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}

/**
 * A FHIR R4 collection Bundle: resources put together for export, each under its absolute URL on
 * `base`, so the relative references between them (`Patient/<id>`) resolve.
 */
export function collection(
  base: string,
  resources: readonly Resource[],
  timestamp: string,
): CollectionBundle {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp,
    entry: resources.map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
      resource,
    })),
  };
}

export interface TransactionResponseEntry {
  fullUrl: string;
  resource: Resource;
  response: { status: string; location: string };
}

export function transactionResponse(entries: TransactionResponseEntry[]) {
  return { resourceType: 'Bundle' as const, type: 'transaction-response' as const, entry: entries };
}
