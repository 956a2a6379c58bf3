/**
 * The offer link's token: from the path (/offer/<token>), else from the fragment (/apply/offer#<token>,
 * kept out of server logs). A payment provider sends the applicant back to /apply/offer?payment=<id>
 * without the token (it never reaches Stripe or Mollie), so the token read from the link is kept in
 * this tab's session storage and found again on return.
 */
const KEY = 'threshold.offer-token';

interface TokenStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function tabStorage(): TokenStore | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Storage can be switched off; the link itself still works.
    return null;
  }
}

export function offerToken(fromPath: string | undefined, hash: string, store = tabStorage()): string {
  const fromLink = fromPath ?? decodeURIComponent(hash.replace(/^#/, ''));
  if (fromLink) {
    store?.setItem(KEY, fromLink);
    return fromLink;
  }
  return store?.getItem(KEY) ?? '';
}
