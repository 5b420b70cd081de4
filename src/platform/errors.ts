/** One error type for the whole application; the code decides the HTTP status. */
export const errorStatus = {
  bad_request: 400,
  validation: 400,
  unauthenticated: 401,
  bad_signature: 401,
  csrf: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  locked: 423,
  unavailable: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface ErrorDetail {
  /** Where: a field path, a CSV column, a header name. */
  field?: string;
  /** Why, in words a user understands. */
  message: string;
  value?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];

  constructor(code: ErrorCode, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what: string): AppError => new AppError('not_found', `${what} not found`);
export const forbidden = (why = 'You are not allowed to do this'): AppError => new AppError('forbidden', why);
export const conflict = (why: string): AppError => new AppError('conflict', why);
export const validation = (message: string, details: ErrorDetail[] = []): AppError =>
  new AppError('validation', message, details);
