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

/** Why the client's consent does not clear them, as a stable code with its values. */
export type ConsentReasonCode =
  | { code: 'no-consent-document'; params: Record<string, never> }
  | {
      code: 'not-consented' | 'consent-unverifiable' | 'consent-no-hash' | 'consent-text-differs';
      params: { version: number };
    }
  | { code: 'consent-outdated'; params: { version: number; consented: number } };

/** The code of the reason the client's consent does not clear them, or null when it does. */
export function consentReasonCode(f: ConsentFacts): ConsentReasonCode | null {
  const { consentedVersion, currentConsentVersion: version } = f;
  if (version === null) return { code: 'no-consent-document', params: {} };
  if (consentedVersion === null) return { code: 'not-consented', params: { version } };
  if (consentedVersion !== version) {
    return { code: 'consent-outdated', params: { version, consented: consentedVersion } };
  }
  if (typeof f.currentConsentSha256 !== 'string' || !HEX64.test(f.currentConsentSha256)) {
    return { code: 'consent-unverifiable', params: { version } };
  }
  if (typeof f.consentedSha256 !== 'string' || !HEX64.test(f.consentedSha256)) {
    return { code: 'consent-no-hash', params: { version } };
  }
  if (f.consentedSha256 !== f.currentConsentSha256)
    return { code: 'consent-text-differs', params: { version } };
  return null;
}

/** The English sentence of a consent reason code (API users read it; the web translates the code). */
export function consentReasonText(r: ConsentReasonCode): string {
  switch (r.code) {
    case 'no-consent-document':
      return 'The program has no consent document.';
    case 'not-consented':
      return `The client has not consented (the current consent document is version ${r.params.version}).`;
    case 'consent-outdated':
      return `Consent to version ${r.params.version} is missing (the client consented to version ${r.params.consented}).`;
    case 'consent-unverifiable':
      return `The text of consent document version ${r.params.version} cannot be verified (no SHA-256): publish it again.`;
    case 'consent-no-hash':
      return `The consent to version ${r.params.version} records no document hash: the client signs again.`;
    case 'consent-text-differs':
      return `The client signed a different text of version ${r.params.version} (its SHA-256 differs): the client signs again.`;
  }
}

/** The reason the client's consent does not clear them, or null when it does. */
export function consentReason(f: ConsentFacts): string | null {
  const code = consentReasonCode(f);
  return code ? consentReasonText(code) : null;
}
