/**
 * How many portal sign-in links a visitor may have emailed to one address: asking is anonymous, so
 * without a limit anyone who knows (or guesses) an address can flood a client's mailbox with
 * emails naming their clinic. Staff-sent links are not counted: staff act deliberately, audited.
 */
export const SIGN_IN_LINKS_PER_WINDOW = 3;
export const SIGN_IN_LINK_WINDOW_MINUTES = 15;

/** The start of the window that counts for a request made at `now`. */
export const signInLinkWindowStart = (now: Date): Date =>
  new Date(now.getTime() - SIGN_IN_LINK_WINDOW_MINUTES * 60_000);

/** Whether one more requested link may be emailed to an address that got `recent` in the window. */
export const maySendRequestedLink = (recent: number): boolean =>
  Number.isInteger(recent) && recent >= 0 && recent < SIGN_IN_LINKS_PER_WINDOW;
