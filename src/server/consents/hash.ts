/**
 * The fingerprint of a consent document's text: SHA-256 of its body as stored (UTF-8), in hex. It
 * is computed when a version is published and recorded with every consent, so the text a client
 * signed can be shown and checked later, and a changed text can never pass for the signed one.
 */
import { createHash } from 'node:crypto';

export const documentSha256 = (body: string): string =>
  createHash('sha256').update(body, 'utf8').digest('hex');
