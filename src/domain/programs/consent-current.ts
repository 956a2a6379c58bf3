/**
 * The consent half of dosing clearance, written once: the client holds a signature to the program's
 * current consent document — the same version *and* the same text (its SHA-256) — before any dosing
 * session. A new version published after they signed asks for a new signature. A hash that is
 * missing on either side cannot be checked, so it does not clear (never a permissive default).
 * `dosingClearance` (clearance.ts) calls this; every dosing path goes through that rule.
 */

export interface ConsentFacts {
  /** The highest version the client consented to (not withdrawn); null = none. */
  consentedVersion: number | null;
  /** SHA-256 of the text recorded with that consent; null/undefined = not recorded. */
  consentedSha256: string | null | undefined;
  /** The program's current consent document version; null = the program has none. */
  currentConsentVersion: number | null;
  /** SHA-256 of the current document's text; null/undefined = unknown. */
  currentConsentSha256: string | null | undefined;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** The reason the client's consent does not clear them, or null when it does. */
export function consentReason(f: ConsentFacts): string | null {
  const { consentedVersion, currentConsentVersion } = f;
  if (currentConsentVersion === null) return 'The program has no consent document.';
  if (consentedVersion === null) {
    return `The client has not consented (the current consent document is version ${currentConsentVersion}).`;
  }
  if (consentedVersion !== currentConsentVersion) {
    return `Consent to version ${currentConsentVersion} is missing (the client consented to version ${consentedVersion}).`;
  }
  if (typeof f.currentConsentSha256 !== 'string' || !HEX64.test(f.currentConsentSha256)) {
    return `The text of consent document version ${currentConsentVersion} cannot be verified (no SHA-256): publish it again.`;
  }
  if (typeof f.consentedSha256 !== 'string' || !HEX64.test(f.consentedSha256)) {
    return `The consent to version ${currentConsentVersion} records no document hash: the client signs again.`;
  }
  if (f.consentedSha256 !== f.currentConsentSha256) {
    return `The client signed a different text of version ${currentConsentVersion} (its SHA-256 differs): the client signs again.`;
  }
  return null;
}
