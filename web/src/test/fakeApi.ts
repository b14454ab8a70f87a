// A fetch stand-in for component tests: routes "METHOD /path" to handlers and records calls.
import { vi } from 'vitest';

export interface FakeCall {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: unknown;
}

type Handler = (call: FakeCall) => { status: number; body?: unknown };

export function json(status: number, body?: unknown) {
  return { status, body };
}

export function fakeApi(routes: Record<string, Handler>) {
  const calls: FakeCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init.method ?? 'GET';
    const call: FakeCall = {
      method,
      url,
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const handler = routes[`${method} ${url.pathname}`];
    const answer = handler ? handler(call) : json(404, { error: { code: 'not_found', message: `No fake for ${method} ${url.pathname}` } });
    const text = answer.body === undefined ? null : JSON.stringify(answer.body);
    return new Response(answer.status === 204 ? null : text, { status: answer.status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

/**
 * The latest call to one endpoint, e.g. lastCallTo(calls, 'POST /api/auth/logout'). Prefer this
 * to calls.at(-1): a page's own GETs start in effects and may land after the call under test.
 */
export function lastCallTo(calls: readonly FakeCall[], route: string): FakeCall | undefined {
  return calls.filter((call) => `${call.method} ${call.url.pathname}` === route).at(-1);
}

export const ORG = { id: 'org-1', name: 'Acme', slug: 'acme' };

export function meWith(roles: string[]) {
  return { id: 'u-1', email: 'ada@acme.test', name: 'Ada Admin', roles, org: ORG };
}

export const PEOPLE_PAGE = {
  items: [
    { id: 'p-1', employeeId: 'E001', name: 'Grace Hopper', email: 'grace@acme.test', department: 'Engineering', jobTitle: 'Engineer', level: 3, status: 'active' },
    { id: 'p-2', employeeId: 'E002', name: 'Alan Turing', email: 'alan@acme.test', department: 'Research', jobTitle: null, level: 5, status: 'on_leave' },
  ],
  page: 1,
  pageSize: 25,
  total: 2,
};

export const FACETS = { departments: ['Engineering', 'Research'], levels: [3, 5] };
