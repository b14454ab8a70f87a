import type { Actor } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import type { Deps, RequestMeta } from '../deps.js';
import { endPair } from '../pairs/end-pair.js';
import { getMySurvey } from './list-my-surveys.js';

/** Recorded as the pair's end reason; it says a re-match was asked for, not who answered what. */
export const FIT_CHECK_END_REASON = 'Fit check: no-fault re-match';

/**
 * After answering "not a good fit", the respondent ends the pair with no fault: the ordinary
 * member ending (both back in the pool, the program's re-match rules apply). The partner is told
 * the pair ended, as for any ending — never which answer was given, or by whom.
 */
export async function rematchAfterFitCheck(deps: Deps, input: { actor: Actor; responseId: string; meta: RequestMeta | null }): Promise<void> {
  const view = await getMySurvey(deps, { actor: input.actor, responseId: input.responseId });
  if (!view.rematchAvailable) throw new AppError('conflict', 'A re-match is offered only after answering "not a good fit" in the fit check, while the pair is active.');
  await endPair(deps, { actor: input.actor, pairId: view.pairId, as: 'member', reason: FIT_CHECK_END_REASON, meta: input.meta });
}
