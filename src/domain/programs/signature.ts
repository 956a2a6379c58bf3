/**
 * A client's own signature to a consent document in the portal: they type their name, which must be
 * their name on record (letter case and spaces do not matter), tick that they agree, and sign the
 * version and text (SHA-256) they were shown — a document republished while they read is refused,
 * so nobody signs a text they did not see.
 */
import { conflict, invalid } from '../errors.ts';

export interface SignatureInput {
  typedName: string;
  agreed: boolean;
  documentVersion: number;
  documentSha256: string;
}

/** A name compared without case, spaces or Unicode composition differences. */
export const nameKey = (name: string): string =>
  name.normalize('NFC').toLocaleLowerCase('und').replace(/\s+/gu, '');

/** True when `typed` is the client's full name (given then family name). */
export const typedNameMatches = (typed: string, client: { givenName: string; familyName: string }): boolean =>
  nameKey(typed).length > 0 && nameKey(typed) === nameKey(`${client.givenName} ${client.familyName}`);

/** Throws a 400 naming the field, or a 409 when the document changed; returns the name as typed (trimmed). */
export function checkSignature(
  input: SignatureInput,
  client: { givenName: string; familyName: string },
  current: { version: number; sha256: string },
): string {
  if (input.documentVersion !== current.version || input.documentSha256 !== current.sha256) {
    throw conflict(
      'consent-document-changed',
      { version: current.version },
      { currentVersion: current.version },
    );
  }
  if (input.agreed !== true) throw invalid('agreed', 'ticked-sign');
  if (!typedNameMatches(input.typedName, client)) {
    throw invalid('typedName', 'your-full-name-as-clinic');
  }
  return input.typedName.trim().replace(/\s+/gu, ' ');
}
