// The one error type. `code` is stable (clients and tests rely on it); `message` is safe to show
// to the user; nothing else (stack, SQL, paths) ever reaches a client.
export const ERROR_STATUS = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  // The action breaks a rule; sending it again with an explicit confirmation and a reason proceeds.
  confirmation_required: 409,
  gone: 410,
  import_invalid: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  path: string;
  message: string;
}

export interface RowProblem {
  row: number;
  column: string | null;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { fields?: FieldError[]; rows?: RowProblem[] } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found.`);
