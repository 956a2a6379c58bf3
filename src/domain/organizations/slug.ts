/** Organization slugs: short, lower-case, URL-safe names used by the CLI (`--org <slug>`). */
import { invalid } from '../errors.ts';

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
}

export function checkSlug(slug: string): string {
  if (!/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/.test(slug)) {
    throw invalid('slug', '1-48-lower-case-letters');
  }
  return slug;
}
