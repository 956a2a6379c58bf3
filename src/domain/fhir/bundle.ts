/** A FHIR R4 searchset Bundle: every resource a search matched, each under its absolute URL. */
import type { Bundle, Resource } from './types.ts';

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
