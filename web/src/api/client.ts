// The one way the app talks to the API: same-origin fetch with the session cookie, the CSRF
// header on state-changing calls, and every failure turned into an ApiError.
import type { RowProblem } from './types';

export interface FieldProblem {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly rows: RowProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The message for one body field (e.g. `email`), if the server reported one. */
  fieldMessage(path: string): string | undefined {
    return this.fields.find((field) => field.path === path)?.message;
  }
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  signal?: AbortSignal;
  /** Login, session probe and public invitation calls handle 401 themselves. */
  skipAuthRedirect?: boolean;
}

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any call (other than those with skipAuthRedirect) answers 401. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

type QueryValue = string | number | boolean | null | undefined;

/** Appends the non-empty parameters to a path: withQuery('/api/people', { q: 'ann', page: 2 }). */
export function withQuery(path: string, params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? path : `${path}?${text}`;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | undefined;
  if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body ?? {});
    if (csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  }

  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, 'network', 'Could not reach the server. Check your connection and try again.');
  }

  if (!response.ok) {
    const error = await readError(response);
    if (response.status === 401 && !options.skipAuthRedirect) unauthorizedHandler?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

export function isAbort(error: unknown): boolean {
  return isRecord(error) && error.name === 'AbortError';
}

/** Any thrown value as an ApiError, so pages have one kind of error to show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'client', 'Something went wrong in the app. Reload the page and try again.');
}

async function readError(response: Response): Promise<ApiError> {
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    payload = undefined;
  }
  const error = isRecord(payload) && isRecord(payload.error) ? payload.error : undefined;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const fields = Array.isArray(error.fields) ? (error.fields as FieldProblem[]) : [];
    const rows = Array.isArray(error.rows) ? (error.rows as RowProblem[]) : [];
    return new ApiError(response.status, error.code, error.message, fields, rows);
  }
  return new ApiError(response.status, `http_${response.status}`, fallbackMessage(response.status));
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Your session has ended. Sign in again.';
  if (status === 413) return 'That request is too large for the server.';
  if (status === 429) return 'Too many requests. Wait a moment and try again.';
  if (status >= 500) return `The server could not complete the request (error ${status}). Try again later.`;
  return `The request failed (error ${status}).`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
