/** A FHIR R4 searchset Bundle: every resource a search matched, each under its absolute URL. */
import type { Bundle, CollectionBundle, Resource } from './types.ts';

/**
 * @param base  the server's FHIR base, absolute, without a trailing slash (`https://host/fhir/R4`)
 * @param self  the search as requested, absolute
 */
export function searchset<R extends Resource>(
  base: string,
  self: string,
  resources: readonly R[],
): Bundle<R> {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: resources.length,
    link: [{ relation: 'self', url: self }],
    entry: resources.map((resource) => ({
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
