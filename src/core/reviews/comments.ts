// Reviewers' comments back to a pair on its submitted summary. Pure rules.
import type { FieldError } from '../errors.js';
import { closedRefusal, type CycleStatus } from './cycles.js';
import { hasNul, NUL_MESSAGE } from './text.js';

export const COMMENT_LIMITS = { body: 2000 } as const;

/** Who reads the review page: admins and managers comment, sponsors only read. */
export type ReviewerRole = 'admin' | 'manager' | 'sponsor';

export const canComment = (as: ReviewerRole) => as === 'admin' || as === 'manager';

export type CommentCheck = { ok: true; body: string } | { ok: false; problems: FieldError[] };

export function checkComment(body: string): CommentCheck {
  const text = body.trim();
  if (!text) return { ok: false, problems: [{ path: 'body', message: 'Write a comment.' }] };
  if (text.length > COMMENT_LIMITS.body)
    return { ok: false, problems: [{ path: 'body', message: `At most ${COMMENT_LIMITS.body} characters.` }] };
  if (hasNul(text)) return { ok: false, problems: [{ path: 'body', message: NUL_MESSAGE }] };
  return { ok: true, body: text };
}

/** Why this comment cannot be made, as [code, message], or null. */
export function commentRefusal(
  as: ReviewerRole,
  cycle: CycleStatus,
  summary: 'draft' | 'submitted',
): ['forbidden' | 'conflict' | 'not_found', string] | null {
  if (!canComment(as)) return ['forbidden', 'Sponsors read reviews; only the program’s managers comment.'];
  const closed = closedRefusal(cycle);
  if (closed) return ['conflict', closed];
  // A draft is the pair's own: it is not even visible to reviewers.
  if (summary !== 'submitted') return ['not_found', 'Summary not found.'];
  return null;
}
