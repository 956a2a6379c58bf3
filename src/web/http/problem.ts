import { messageValue, messageValues } from '../i18n/format.ts';
import { currentLanguage, i18n } from '../i18n/instance.ts';
import { tKey } from '../i18n/t-key.ts';
/**
 * Errors from the API. The server answers every failure with an RFC 9457 problem document; this
 * turns one into an `ApiError` the screens can show (title, detail) and map onto form fields.
 */
export interface FieldError {
  /** Dotted path of the failing field, e.g. `emergencyContact.phone`. */
  field: string;
  in?: string;
  /** The English message; `code` and `params` say it in other languages (fieldMessage). */
  message: string;
  code?: string;
  params?: Record<string, string | number>;
}

const PREFIX = 'urn:threshold:problem:';

export type ProblemSlug =
  | 'validation'
  | 'unauthenticated'
  | 'invalid-credentials'
  | 'totp-required'
  | 'forbidden'
  | 'two-factor-required'
  | 'not-found'
  | 'conflict'
  | 'rate-limited'
  | 'csrf';

export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];
  /** Members of the problem document beyond the standard ones (a conflict's `current`). */
  readonly extra: Record<string, unknown>;

  constructor(init: {
    status: number;
    type?: string;
    title: string;
    detail?: string | undefined;
    fieldErrors?: FieldError[];
    extra?: Record<string, unknown>;
  }) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.type = init.type ?? 'about:blank';
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.extra = init.extra ?? {};
  }

  /** True when the problem type is `urn:threshold:problem:<slug>`. */
  is(slug: ProblemSlug): boolean {
    return this.type === PREFIX + slug;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  const out: FieldError[] = [];
  for (const item of value) {
    if (isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string') {
      out.push({
        field: item.field,
        message: item.message,
        ...(typeof item.in === 'string' ? { in: item.in } : {}),
        ...(typeof item.code === 'string' ? { code: item.code } : {}),
        ...(isRecord(item.params) ? { params: item.params as Record<string, string | number> } : {}),
      });
    }
  }
  return out;
}

const STANDARD = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors']);

/** Builds an ApiError from a failed response, whether or not its body is a problem document. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown = null;
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    try {
      body = await response.json();
    } catch {
      body = null;
    }
  }
  if (isRecord(body) && typeof body.title === 'string') {
    const extra: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(body)) if (!STANDARD.has(key)) extra[key] = value;
    const type = typeof body.type === 'string' ? body.type : undefined;
    const fieldErrors = parseFieldErrors(body.errors);
    const detail = typeof body.detail === 'string' ? body.detail : undefined;
    const coded = typeof body.code === 'string' ? codedDetail(body.code, body.params) : undefined;
    return new ApiError({
      status: typeof body.status === 'number' ? body.status : response.status,
      type,
      title: problemTitle(type, body.title),
      detail: coded ?? localDetail(type, detail, fieldErrors),
      fieldErrors,
      extra,
    });
  }
  return new ApiError({
    status: response.status,
    title: response.status >= 500 ? tKey('common:serverFailed') : tKey('common:requestFailed'),
    detail: `The server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
  });
}

/**
 * The namespace of the error words at hand: the staff app's `errors`, or on the client's portal
 * (which never loads the staff words) its few own, `portalErrors`.
 */
const errorWords = (): 'errors' | 'portalErrors' =>
  i18n.hasResourceBundle(currentLanguage(), 'errors') ? 'errors' : 'portalErrors';

/**
 * A field's message in the UI language from its code: a service's code (src/domain/field-codes.ts,
 * "max-length" with { max: 40 } → "Mag hoogstens 40 tekens lang zijn.") or the schema's keyword
 * ("maxLength" with { limit: 100 }). English, or a code without words here, keeps the server's words.
 */
export function fieldMessage(e: FieldError): string {
  const english = sentence(e.message);
  if (currentLanguage() === 'en' || !e.code) return english;
  const ns = errorWords();
  const params = messageValues(e.params ?? {});
  const service = `${ns}:fieldCodes.${e.code}`;
  if (i18n.exists(service)) return tKey(service, params);
  if (e.code === 'format') {
    const key = `${ns}:fields.formats.${params.format}`;
    if (i18n.exists(key)) return tKey(key);
    return i18n.exists(`${ns}:fields.format`) ? tKey(`${ns}:fields.format`, params) : english;
  }
  if (e.code === 'maxLength' || e.code === 'minLength')
    return tKey(`${ns}:fields.${e.code}`, { count: Number(params.limit) });
  if (e.code === 'type' || e.code === 'anyOf' || e.code === 'oneOf') return tKey(`${ns}:fields.type`);
  const key = `${ns}:fields.${e.code}`;
  return i18n.exists(key) ? tKey(key, params) : english;
}

/** "is required" → "Is required." */
export function sentence(message: string): string {
  const t = message.trim();
  if (!t) return t;
  const s = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/** The problem's title in the UI language, by its type; the server's English title otherwise. */
function problemTitle(type: string | undefined, title: string): string {
  if (currentLanguage() === 'en' || !type?.startsWith(PREFIX)) return title;
  const key = `errors:titles.${type.slice(PREFIX.length)}`;
  return i18n.exists(key) ? tKey(key) : title;
}

/** Codes whose `status`, `from` and `to` are an enrollment's status (said by its label). */
const ENROLLMENT_STATUS_CODES =
  /^(enrollment-|screening-|eligibility-|consent-before-eligible|facilitator-fixed)/;

/**
 * A refusal's detail in the UI language from its code (src/domain/problem-codes.ts) and values;
 * undefined in English, or for a code this app has no words for, so the server's detail is shown.
 */
function codedDetail(code: string, params: unknown): string | undefined {
  const key = `${errorWords()}:codes.${code}`;
  if (currentLanguage() === 'en' || !i18n.exists(key)) return undefined;
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(isRecord(params) ? params : {})) {
    const label = `enrollments:status.${String(value)}`;
    const isStatus = ['status', 'from', 'to'].includes(name) && ENROLLMENT_STATUS_CODES.test(code);
    values[name] = isStatus && i18n.exists(label) ? tKey(label).toLowerCase() : messageValue(value);
  }
  return tKey(key, values);
}

/**
 * A schema validation's detail (the English field messages run together) said again in the UI
 * language from the field codes; any other detail is the server's.
 */
function localDetail(type: string | undefined, detail: string | undefined, errors: FieldError[]) {
  if (currentLanguage() === 'en' || type !== `${PREFIX}validation` || errors.length === 0) return detail;
  if (!errors.every((e) => e.code)) return detail;
  return errors.map((e) => `${e.field}: ${fieldMessage(e)}`).join(' ');
}

export const networkError = (): ApiError =>
  new ApiError({
    status: 0,
    type: 'about:network-error',
    title: tKey('common:serverUnreachable'),
    detail: tKey('common:checkConnection'),
  });

/** A sentence to show for any error: the problem's detail, or its title. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.detail ?? error.title;
  if (error instanceof Error) return error.message;
  return `${tKey('common:somethingWentWrong')}.`;
}
