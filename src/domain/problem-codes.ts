/**
 * The codes of the problems services refuse with (a conflict, a gone link, a forbidden action)
 * and their English text, with the `{{values}}` each names. A problem document carries `code` and
 * `params` beside its English `detail`, so the web says it in the reader's language
 * (src/web/i18n/resources/nl/errors.ts `codes`); API users read the detail.
 */
export const PROBLEM_TEXTS = {
  'account-exists':
    '{{email}} already has a Threshold account. An administrator can add it to this organization with "threshold user create".',
  'alert-resolved-already': 'This alert is already resolved.',
  'alert-stale': 'This alert changed meanwhile; reload it.',
  'api-token-header': 'Authorization must be "Bearer <API token>".',
  'api-token-invalid': 'The API token is not valid: unknown, expired or revoked.',
  'application-checklist-changed':
    'The screening checklist changed since this self-report: ask the applicant to apply again.',
  'application-decided-already': 'This application was decided already ({{status}}).',
  'application-self-report-changed':
    'The applicant sent a new self-report since you opened it: read it again.',
  'application-stale': 'This application was decided by someone else. Nothing was saved.',
  'at-home-cannot-start': 'This at-home session cannot start: {{reasons}}',
  'at-home-dosing-only': 'Only a dosing session can be marked at-home.',
  'at-home-over': 'This at-home session is over: its check-ins can no longer be answered.',
  'bed-allocation-concurrent': 'That bed or guest was allocated at the same moment: reload and try again.',
  'bed-in-use': 'Bed {{label}} is allocated for a stay that is not over: remove that allocation first.',
  'bed-taken': 'Bed {{label}} in {{name}} is already allocated.',
  'bed-taken-night': 'Bed {{label}} is already allocated for a night of this stay.',
  'calendar-feed-own': 'You may create a calendar feed of your own sessions only.',
  'calendar-feed-role': "Your role ({{role}}) may not create a client's calendar feed.",
  'import-refused':
    'Nothing was imported: {{count}} problem(s) in {{rows}} row(s). Fix them and import again; a dry run lists them all.',
  'ceq-copy-missing': 'This organization has no licensed CEQ copy: an owner or clinician imports it first.',
  'check-in-answered': 'This check-in was answered meanwhile; reload.',
  'check-in-link-expired': 'This check-in link has expired: the at-home session is over.',
  'check-in-not-due': 'No check-in is due now: the next one opens shortly before its time.',
  'client-archived': 'This client is archived: restore them to enroll them.',
  'client-enrolled-already': 'This client is already enrolled in {{name}}.',
  'client-no-email': 'This client has no email address: add one to send questionnaires.',
  'client-restricted-already': 'This client is restricted already.',
  'client-restricted-no-additions': "This client's record is restricted: nothing new is added to it.",
  'client-restricted-no-enrollment': "This client's record is restricted: they cannot be enrolled.",
  'client-version-stale':
    'This client was changed by someone else (you edited version {{seen}}; the current version is {{current}}). Nothing was saved.',
  'cohort-cancelled': 'The cohort {{name}} was cancelled.',
  'cohort-capacity-below-enrolled':
    'The cohort has {{enrolled}} enrolled clients: its capacity cannot be less than that.',
  'cohort-full': 'The cohort {{name}} is full ({{enrolled}} of {{capacity}} places).',
  'cohort-nights-missing': "Set the cohort's nights (arrival and departure) before allocating beds.",
  'cohort-stale': 'This cohort was changed by someone else. Nothing was saved.',
  'cohort-version-stale':
    'This cohort was changed by someone else (you edited version {{seen}}; the current version is {{current}}). Nothing was saved.',
  'consent-before-eligible':
    'The enrollment is {{status}}: a client consents after a clinician has decided they are eligible.',
  'consent-before-publication':
    'The consent is dated {{signedAt}}, before version {{version}} of the consent document ("{{title}}") was published on {{publishedAt}}: a client signs a version after it is published. Check the date signed.',
  'consent-document-altered':
    'The text of consent document version {{version}} no longer matches its published SHA-256: publish it again.',
  'consent-document-changed':
    'The consent document changed while you read it: version {{version}} is the one to sign now.',
  'consent-document-missing':
    'This program has no consent document yet: a clinician publishes one on the program page first.',
  'consent-document-outdated':
    'Consent must be to the current consent document: version {{version}} ("{{title}}"), not version {{documentVersion}}.',
  'consent-given-already': 'The client has consented to version {{version}} already.',
  'discharge-vitals-needed':
    'Record a discharge set of vital signs before marking the client ready for discharge.',
  'dose-not-at-home': 'This dose was not taken at home: it has no check-ins to answer.',
  'dose-refused-client': 'No dose can be recorded for this client: {{reasons}}',
  'dosing-needs-clearance': 'A dosing session needs a cleared client: {{reasons}}',
  'dosing-version-stale':
    'This dosing record was changed by someone else (you edited version {{seen}}; the current version is {{current}}). Nothing was saved.',
  'eligibility-not-now':
    'The enrollment is {{status}}: eligibility is decided while the client is in screening.',
  'eligible-hard-stop': 'The client cannot be found eligible: hard stop answered yes ({{names}}).',
  'eligible-unanswered':
    'The client cannot be found eligible while {{count}} item(s) are unanswered or unknown.',
  'email-not-written': 'The email could not be written: the client cannot be emailed.',
  'enrollment-closed-for-booking': 'The enrollment is {{status}}: no more sessions can be booked for it.',
  'enrollment-move-by-consent':
    'An enrollment cannot be moved to {{to}} directly. Consent is set by recording the signed consent document.',
  'enrollment-move-by-screening':
    'An enrollment cannot be moved to {{to}} directly. Eligibility is set by a clinician deciding on a screening.',
  'enrollment-move-indirect': 'An enrollment cannot be moved to {{to}} directly.',
  'enrollment-move-refused': 'An enrollment cannot move from {{from}} to {{to}}.',
  'enrollment-stale': 'This enrollment was changed by someone else. Nothing was saved.',
  'enrollment-status': 'The enrollment is {{status}}.',
  'enrollment-status-already': 'The enrollment is {{from}} already.',
  'enrollment-status-by-consent':
    "An enrollment becomes consented when the client's consent is recorded (POST /api/enrollments/{{id}}/consents), not directly.",
  'enrollment-status-by-decision':
    "An enrollment becomes {{to}} through a clinician's screening decision (POST /api/enrollments/{{id}}/screenings/:screeningId/decision), not directly.",
  'enrollment-version-stale':
    'This enrollment was changed by someone else (you saw version {{seen}}; the current version is {{current}}). Nothing was saved.',
  'facilitator-booked-elsewhere': 'The facilitator is booked elsewhere: {{clashes}}',
  'facilitator-fixed': 'The enrollment is {{status}}: its facilitator can no longer change.',
  'fhir-patient-create': 'Creating a Patient needs the client.create permission.',
  'guest-has-bed': '{{name}} already has a bed: move them by removing it first.',
  'integration-contact-booked': 'The integration contact of this dosing session was booked meanwhile.',
  'invitation-closed': 'This invitation is closed: its window passed or it was withdrawn.',
  'last-owner': 'An organization needs at least one owner. Make someone else owner first.',
  'link-withdrawn': 'This link was withdrawn by the clinic.',
  'listing-missing': 'This cohort has no listing (price, places): set it up before deciding.',
  'listing-stale': 'This listing was changed by someone else. Nothing was saved.',
  'lot-code-taken': 'A lot with code "{{code}}" exists already.',
  'medication-stale': 'Someone changed this medication entry since you opened it.',
  'medication-unreadable': 'A stored medication entry or rule cannot be read.',
  'member-already': '{{email}} is a member already.',
  'mollie-not-set-up': 'Mollie is not set up for this organization.',
  'no-organization': 'You do not belong to an organization yet.',
  'not-dosing-session': 'This is not a dosing session.',
  'not-dosing-session-dose': 'This is not a dosing session: no dose can be recorded in it.',
  'not-dosing-session-setting': 'This is not a dosing session: it has no setting to record.',
  'nothing-due': 'Nothing is due: this booking is paid.',
  'offer-expired': 'This offer has expired: its place has passed on.',
  'offer-move-refused': 'The offer is {{status}}: it cannot become {{to}}.',
  'offer-no-booking': 'This offer is {{status}}: there is no booking to cancel.',
  'offer-stale': 'This offer was changed by someone else. Nothing was saved.',
  'offer-status': 'This offer is {{status}}.',
  'organization-slug-taken': 'An organization with slug "{{slug}}" exists already.',
  'override-baseline-only': 'Only a baseline (pre-dose) reading can be overridden.',
  'override-not-needed': 'This reading is within the pre-dose limits: there is nothing to override.',
  'own-role-changed': 'Your role in this organization changed meanwhile, so nothing was changed.',
  'payment-concurrent': 'This payment was changed at the same time. Nothing was saved.',
  'payment-manual-only-transfer': 'Only a bank transfer is marked received by hand.',
  'payment-not-receivable': 'This payment is {{status}}: it cannot be marked received.',
  'payment-nothing-to-refund': 'This payment is {{status}}: there is nothing to refund.',
  'payment-paid-already': 'This payment is already marked paid.',
  'payment-provider-refused':
    'The payment provider did not accept the payment. Please try again or choose another way to pay.',
  'payment-settings-changed': 'The payment settings were changed by someone else.',
  'payment-settings-stale': 'The payment settings were changed by someone else. Nothing was saved.',
  'payment-stale': 'This payment was changed by someone else. Nothing was saved.',
  'planned-dose-unreadable': "The session's planned dose cannot be read.",
  'planned-dose-unreadable-record':
    "The session's planned dose cannot be read: the dose cannot be checked against it, so none is recorded.",
  'portal-sign-in-needed': 'Sign in to your portal with the link we email you.',
  'program-archived-cohort': '{{name}} is archived: restore it to start a cohort.',
  'program-archived-enroll': '{{name}} is archived: restore it to enroll clients.',
  'program-format-fixed':
    'The format cannot change from {{from}} to {{to}}: the program has cohorts or enrollments. Create a new program instead.',
  'program-stale': 'This program was changed by someone else. Nothing was saved.',
  'program-version-stale':
    'This program was changed by someone else (you edited version {{seen}}; the current version is {{current}}). Nothing was saved.',
  'questionnaire-answered': 'This questionnaire was already answered.',
  'questionnaire-closed': 'This questionnaire closed: its completion window has passed.',
  'questionnaire-not-open':
    'This questionnaire opens on {{date}} at {{time}} ({{timezone}}): an answer before then would not count for this timepoint.',
  'questionnaire-sending': 'This questionnaire is being sent right now. Nothing was sent twice.',
  'questionnaire-undated': 'This questionnaire has no date yet: its anchor session is not scheduled.',
  'questionnaire-window-closed': 'The window of this questionnaire has closed.',
  'reading-overridden-already': 'This reading already has an override.',
  'refund-changed': 'The refund under the policy has changed since it was shown. Nothing was saved.',
  'role-may-not': 'Your role ({{role}}) may not perform {{action}}.',
  'room-name-taken': 'A room named "{{name}}" exists already.',
  'room-not-accessible': '{{guest}} needs an accessible room; {{room}} is not.',
  'room-one-gender': '{{room}} is shared by one gender only.',
  'route-without-rule': 'This route declares no access rule.',
  'screening-checklist-changed':
    'The {{title}} checklist changed since this screening (version {{seen}}, now {{current}}): record a new screening.',
  'screening-decided-already': 'This screening was decided already ({{decision}}).',
  'screening-draft-not-now': 'The enrollment is {{status}}: there is no screening to draft.',
  'screening-not-now':
    'The enrollment is {{status}}: screening is recorded while a client is referred, in screening or found ineligible.',
  'screening-stale': 'This screening was decided by someone else. Nothing was saved.',
  'screening-superseded': 'A newer screening was recorded: decide on the latest one.',
  'session-cancelled': 'This session is cancelled.',
  'session-dosed-no-cancel': 'A dose was recorded in this session: it cannot be cancelled.',
  'session-dosed-no-move': 'A dose was recorded in this session: it can no longer be moved.',
  'session-not-started': 'The session has not started yet: only "excused" can be recorded before it.',
  'session-time-clash': 'The session cannot be booked at that time: {{clashes}}',
  'session-version-stale':
    'This session was changed by someone else (you edited version {{seen}}; the current version is {{current}}). Nothing was saved.',
  'sign-in-failed': 'Email or password is incorrect.',
  'sign-in-needed': 'Sign in to continue.',
  'sign-in-link-expired': 'This sign-in link has expired. Ask for a new one.',
  'sign-in-link-used': 'This sign-in link was already used. Ask for a new one.',
  'stripe-not-set-up': 'Stripe is not set up for this organization.',
  'study-built-in':
    '"{{id}}" is a built-in record: it is read-only and changes only with a Threshold release. Import the paper to curate a copy.',
  'study-version-stale':
    'This study was changed by someone else (you edited version {{seen}}; the current version is {{current}}). Nothing was saved.',
  'too-many-attempts': 'Too many attempts. Try again in {{seconds}} seconds.',
  'token-account-route': 'API tokens cannot use account routes: sign in to the app for those.',
  'token-scope-missing': "This API token's scopes do not include {{action}}.",
  'totp-code-needed': 'Enter the six-digit code from your authenticator app.',
  'two-factor-needed-by':
    '{{organization}} requires two-factor sign-in. Set it up on your account page to continue.',
  'two-factor-off': 'Two-factor sign-in is not on.',
  'two-factor-on-already': 'Two-factor sign-in is already on. Turn it off first to change it.',
  'two-factor-required-by': '{{organizations}} requires two-factor sign-in, so it cannot be turned off.',
  'two-factor-setup-first': 'Start two-factor setup first.',
} as const;

export type ProblemCode = keyof typeof PROBLEM_TEXTS;
export type ProblemParams = Readonly<Record<string, string | number>>;

/** The English text of a code with its values filled in; a value it does not name is left out. */
export function problemText(code: ProblemCode, params: ProblemParams = {}): string {
  return PROBLEM_TEXTS[code].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
