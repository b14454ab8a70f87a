// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, setCsrfToken, setUnauthorizedHandler, withQuery } from './client';

const fetchMock = vi.fn<typeof fetch>();

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  setCsrfToken(null);
  setUnauthorizedHandler(null);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function lastInit(): RequestInit {
  const call = fetchMock.mock.calls.at(-1);
  if (call === undefined) throw new Error('fetch was not called');
  return call[1] ?? {};
}

describe('api', () => {
  it('GETs JSON with same-origin credentials and no CSRF header', async () => {
    setCsrfToken('tok');
    fetchMock.mockResolvedValue(json(200, { ok: true }));
    await expect(api('/api/people')).resolves.toEqual({ ok: true });
    const init = lastInit();
    expect(init.method).toBe('GET');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBeUndefined();
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
  });

  it('sends the CSRF token and a JSON body ({} by default) on POST', async () => {
    setCsrfToken('tok-123');
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    await expect(api('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
    const init = lastInit();
    const headers = init.headers as Record<string, string>;
    expect(headers['x-csrf-token']).toBe('tok-123');
    expect(headers['content-type']).toBe('application/json');
    expect(init.body).toBe('{}');
  });

  it('turns the error body into an ApiError with fields and rows', async () => {
    fetchMock.mockResolvedValue(
      json(422, {
        error: {
          code: 'import_invalid',
          message: 'The file has 1 problem',
          fields: [{ path: 'email', message: 'must be an email' }],
          rows: [{ row: 3, column: 'level', message: 'level "x" is not a whole number' }],
        },
      }),
    );
    const error = await api('/api/people/import', { method: 'POST', body: { csv: '' } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(422);
    expect(apiError.code).toBe('import_invalid');
    expect(apiError.message).toBe('The file has 1 problem');
    expect(apiError.fieldMessage('email')).toBe('must be an email');
    expect(apiError.rows).toEqual([{ row: 3, column: 'level', message: 'level "x" is not a whole number' }]);
  });

  it('calls the unauthorized handler on 401 unless told not to', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    fetchMock.mockResolvedValue(json(401, { error: { code: 'unauthenticated', message: 'Sign in' } }));
    await expect(api('/api/users')).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(handler).toHaveBeenCalledTimes(1);

    fetchMock.mockResolvedValue(json(401, { error: { code: 'invalid_credentials', message: 'Wrong email or password' } }));
    await expect(api('/api/auth/login', { method: 'POST', skipAuthRedirect: true })).rejects.toMatchObject({ code: 'invalid_credentials' });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('keeps the server message for 429', async () => {
    fetchMock.mockResolvedValue(json(429, { error: { code: 'rate_limited', message: 'Too many attempts; try again in 60 seconds' } }));
    await expect(api('/api/auth/login', { method: 'POST', skipAuthRedirect: true })).rejects.toMatchObject({
      status: 429,
      message: 'Too many attempts; try again in 60 seconds',
    });
  });

  it('handles a non-JSON error body and a network failure', async () => {
    fetchMock.mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(api('/api/people')).rejects.toMatchObject({ status: 502, code: 'http_502' });

    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(api('/api/people')).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('rethrows aborts untouched', async () => {
    const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
    fetchMock.mockRejectedValue(abort);
    await expect(api('/api/people')).rejects.toBe(abort);
  });
});

describe('withQuery', () => {
  it('leaves out empty values', () => {
    expect(withQuery('/api/people', { q: 'ann lee', department: '', level: undefined, page: 2 })).toBe('/api/people?q=ann+lee&page=2');
    expect(withQuery('/api/people', {})).toBe('/api/people');
  });
});
