import type { Actor } from '../../core/auth/roles.js';
import type { FutureLeaders } from '../../core/analytics/figures.js';
import { futureLeaders as leadersOf } from '../../core/analytics/leaders.js';
import { notFound } from '../../core/errors.js';
import type { Deps } from '../deps.js';
import { programForViewer } from '../programs/program-viewer.js';
import { loadLeaders } from './load-leaders.js';
import { isoDay } from './outcome-scope.js';

/**
 * Future-leader signals of one program: org admins and the program's managers only. A sponsor
 * reads dashboards, never signals about named people, so for them the page does not exist.
 */
export async function futureLeaders(deps: Deps, input: { actor: Actor; programId: string }): Promise<FutureLeaders> {
  const { actor } = input;
  return deps.db.tenant(actor.orgId, async (tx) => {
    const { program, as } = await programForViewer(tx, actor, input.programId);
    if (as === 'sponsor') throw notFound('Program');
    const now = deps.now();
    const { candidates, optedIn } = await loadLeaders(tx, { orgId: actor.orgId, programs: [program], today: isoDay(now) }, now);
    return leadersOf(candidates, optedIn);
  });
}
