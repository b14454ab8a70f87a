// How a program's settings become the matching engine's rules (issue 4).
import type { MatchRules, MatchScope } from '../matching/types.js';

export interface ProgramMatchSettings {
  mode: 'reverse' | 'mutual';
  scopeKind: 'department' | 'organization';
  requireCrossDepartment: boolean;
  minLevelGap: number;
  mentorCapacity: number;
}

/** A department pilot pairs inside the department; an organization-wide one may require crossing. */
export function matchScope(settings: ProgramMatchSettings): MatchScope {
  if (settings.scopeKind === 'department') return 'same-department';
  return settings.requireCrossDepartment ? 'cross-department' : 'any';
}

export function programRules(
  settings: ProgramMatchSettings,
  relations: Pick<MatchRules, 'managerOf' | 'previousPairs' | 'forbiddenPairs' | 'lockedPairs'>,
): MatchRules {
  return {
    mode: settings.mode,
    minLevelGap: settings.minLevelGap,
    scope: matchScope(settings),
    defaultCapacity: settings.mentorCapacity,
    ...relations,
  };
}

/** The program's scope admits this person (a pilot admits its department only). */
export function inProgramScope(scope: { kind: 'department' | 'organization'; department: string | null }, department: string): boolean {
  return scope.kind === 'organization' || scope.department === department;
}
