import type { FastifyRequest } from 'fastify';
import type { RequestMeta } from '../app/deps.js';
import type { ResolvedSession } from '../app/auth/resolve-session.js';
import type { Actor } from '../core/auth/roles.js';
import type { Policy } from '../core/auth/policies.js';
import { AppError } from '../core/errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route. Required on every /api route: the server refuses to start without it. */
    policy?: Policy;
  }
  interface FastifyRequest {
    session: ResolvedSession | null;
    sessionId: string | null;
  }
}

/** The acting user; only called on routes whose policy already required a session. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.session) throw new AppError('unauthenticated', 'Sign in to continue.');
  return req.session.actor;
}

export function metaOf(req: FastifyRequest): RequestMeta {
  return { ip: req.ip, requestId: req.id, userAgent: req.headers['user-agent'] ?? null };
}
