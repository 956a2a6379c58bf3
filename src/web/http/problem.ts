import { tKey } from '../i18n/t-key.ts';
/**
 * Errors from the API. The server answers every failure with an RFC 9457 problem document; this
 * turns one into an `ApiError` the screens can show (title, detail) and map onto form fields.
 */
export interface FieldError {
  /** Dotted path of the failing field, e.g. `emergencyContact.phone`. */
  field: string;
  in?: string;
  message: string;
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
    return new ApiError({
      status: typeof body.status === 'number' ? body.status : response.status,
      type: typeof body.type === 'string' ? body.type : undefined,
      title: body.title,
      detail: typeof body.detail === 'string' ? body.detail : undefined,
      fieldErrors: parseFieldErrors(body.errors),
      extra,
    });
  }
  return new ApiError({
    status: response.status,
    title: response.status >= 500 ? tKey('common:serverFailed') : tKey('common:requestFailed'),
    detail: `The server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
  });
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
