import type { FastifyReply } from 'fastify';
import { SESSION_ABSOLUTE_MS } from '../../../core/auth/session-policy.js';
import { SESSION_COOKIE } from '../../plugins/session.js';

// __Host- pins the cookie to this exact host over HTTPS (browsers treat localhost as secure).
export function setSessionCookie(reply: FastifyReply, sessionId: string): void {
  reply.setCookie(SESSION_COOKIE, sessionId, {
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
}
