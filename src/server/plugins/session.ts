import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveSession } from '../../app/auth/resolve-session.js';
import { sameToken } from '../../app/auth/tokens.js';
import type { Deps } from '../../app/deps.js';
import { allows, isPolicy, type Policy } from '../../core/auth/policies.js';
import { AppError } from '../../core/errors.js';

export const SESSION_COOKIE = '__Host-tandem_session';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Deny by default: every /api route must declare a policy, checked here before validation and
 * before the handler. The organization comes from the session and nowhere else.
 */
export interface DeclaredRoute {
  method: string;
  url: string;
  policy: Policy | undefined;
}

/** Every route as registered, with its policy: the route-policy test reads this. */
export const declaredRoutes = new WeakMap<FastifyInstance, DeclaredRoute[]>();

export function registerSessionGuard(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('session', null);
  app.decorateRequest('sessionId', null);
  const table: DeclaredRoute[] = [];
  declaredRoutes.set(app, table);

  app.addHook('onRoute', (route) => {
    const url = route.url;
    const policy = route.config?.policy;
    for (const method of [route.method].flat()) table.push({ method, url, policy });
    if (!url.startsWith('/api/') || url.startsWith('/api/docs')) return;
    if (!isPolicy(policy)) {
      throw new Error(`Route ${[route.method].flat().join(',')} ${url} declares no policy: every /api route must.`);
    }
  });

  app.addHook('onRequest', async (req) => {
    const policy = req.routeOptions.config.policy;
    if (!policy) return;
    const sessionId = req.cookies[SESSION_COOKIE];
    if (sessionId) {
      req.sessionId = sessionId;
      req.session = await resolveSession(deps, sessionId);
    }
    if (!allows(policy, req.session?.actor ?? null)) {
      throw req.session
        ? new AppError('forbidden', 'You do not have permission to do this.')
        : new AppError('unauthenticated', 'Sign in to continue.');
    }
    if (!SAFE_METHODS.has(req.method)) checkRequestOrigin(req, policy !== 'public');
  });
}

function checkRequestOrigin(req: FastifyRequest, needsToken: boolean): void {
  // A browser always sends Origin on cross-site writes; a different one is a forged request.
  const origin = req.headers.origin;
  if (origin && origin !== 'null' && new URL(origin).host !== req.headers.host) {
    throw new AppError('forbidden', 'Cross-site request refused.');
  }
  if (!needsToken) return;
  const sent = req.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !req.session || !sameToken(sent, req.session.csrfToken)) {
    throw new AppError('forbidden', `Missing or invalid ${CSRF_HEADER} header.`);
  }
}
