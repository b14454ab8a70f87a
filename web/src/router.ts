// A tiny history-API router: route matching, navigation and a hook to read the location.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'signIn' }
  | { name: 'people' }
  | { name: 'person'; personId: string }
  | { name: 'import' }
  | { name: 'users' }
  | { name: 'outbox' }
  | { name: 'audit' }
  | { name: 'invite' }
  | { name: 'programs' }
  | { name: 'programNew' }
  | { name: 'program'; programId: string }
  | { name: 'programEnrollment'; programId: string }
  | { name: 'programTraining'; programId: string }
  | { name: 'programRound'; programId: string; roundId: string }
  | { name: 'programPairs'; programId: string }
  | { name: 'programConcerns'; programId: string }
  | { name: 'programPulse'; programId: string }
  | { name: 'programSurveys'; programId: string }
  | { name: 'programOutcomes'; programId: string }
  | { name: 'outcomes' }
  | { name: 'programReviews'; programId: string }
  | { name: 'reviewCycle'; cycleId: string }
  | { name: 'concern'; concernId: string }
  | { name: 'myPrograms' }
  | { name: 'myProfile' }
  | { name: 'myTraining'; programId: string }
  | { name: 'myMatches' }
  | { name: 'pairWorkspace'; pairId: string }
  | { name: 'myPulse'; pulseId: string }
  | { name: 'mySurveys' }
  | { name: 'mySurvey'; responseId: string }
  | { name: 'myConcerns' }
  | { name: 'myConcern'; concernId: string }
  | { name: 'approvals' }
  | { name: 'approve' }
  | { name: 'notifications' }
  | { name: 'notFound' };

type RouteName = Route['name'];

const PATTERNS: ReadonlyArray<readonly [string, RouteName]> = [
  ['/', 'home'],
  ['/sign-in', 'signIn'],
  ['/people', 'people'],
  ['/people/:personId', 'person'],
  ['/import', 'import'],
  ['/users', 'users'],
  ['/outbox', 'outbox'],
  ['/audit', 'audit'],
  // The invitation token travels in the fragment (/invite#<token>), never the path: see inviteTokenFromHash.
  ['/invite', 'invite'],
  ['/programs', 'programs'],
  ['/programs/new', 'programNew'],
  ['/programs/:programId', 'program'],
  ['/programs/:programId/enrollment', 'programEnrollment'],
  ['/programs/:programId/training', 'programTraining'],
  ['/programs/:programId/rounds/:roundId', 'programRound'],
  ['/programs/:programId/pairs', 'programPairs'],
  ['/programs/:programId/concerns', 'programConcerns'],
  ['/programs/:programId/pulse', 'programPulse'],
  ['/programs/:programId/surveys', 'programSurveys'],
  ['/programs/:programId/outcomes', 'programOutcomes'],
  ['/outcomes', 'outcomes'],
  ['/programs/:programId/reviews', 'programReviews'],
  ['/reviews/:cycleId', 'reviewCycle'],
  ['/concerns/:concernId', 'concern'],
  ['/my/programs', 'myPrograms'],
  ['/my/profile', 'myProfile'],
  ['/my/programs/:programId/training', 'myTraining'],
  ['/my/matches', 'myMatches'],
  ['/my/pairs/:pairId', 'pairWorkspace'],
  ['/my/pulse/:pulseId', 'myPulse'],
  ['/my/surveys', 'mySurveys'],
  ['/my/surveys/:responseId', 'mySurvey'],
  ['/my/concerns', 'myConcerns'],
  ['/my/concerns/:concernId', 'myConcern'],
  ['/approvals', 'approvals'],
  // Public, like /invite: the approval token travels in the fragment (/approve#<token>).
  ['/approve', 'approve'],
  ['/notifications', 'notifications'],
];

/** Matches a pathname against one pattern; returns the decoded `:params` or null. */
export function matchPattern(pattern: string, pathname: string): Record<string, string> | null {
  const wanted = split(pattern);
  const actual = split(pathname);
  if (wanted.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of wanted.entries()) {
    const value = actual[index] ?? '';
    if (segment.startsWith(':')) {
      const decoded = safeDecode(value);
      if (decoded === null || decoded === '') return null;
      params[segment.slice(1)] = decoded;
    } else if (segment !== value) {
      return null;
    }
  }
  return params;
}

export function matchRoute(pathname: string): Route {
  for (const [pattern, name] of PATTERNS) {
    const params = matchPattern(pattern, pathname);
    if (params === null) continue;
    if (name === 'person') return { name, personId: params.personId ?? '' };
    if (name === 'programRound') return { name, programId: params.programId ?? '', roundId: params.roundId ?? '' };
    if (name === 'pairWorkspace') return { name, pairId: params.pairId ?? '' };
    if (name === 'myPulse') return { name, pulseId: params.pulseId ?? '' };
    if (name === 'mySurvey') return { name, responseId: params.responseId ?? '' };
    if (name === 'reviewCycle') return { name, cycleId: params.cycleId ?? '' };
    if (name === 'concern' || name === 'myConcern') return { name, concernId: params.concernId ?? '' };
    if (params.programId !== undefined) return { name, programId: params.programId } as Route;
    return { name } as Route;
  }
  return { name: 'notFound' };
}

/**
 * The invitation token from a URL fragment: `#<token>` → `<token>`. Returns '' when there is
 * none or it cannot be decoded; the page then explains that the link is incomplete.
 */
export function inviteTokenFromHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  return (safeDecode(raw) ?? '').trim();
}

function split(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

// ---- navigation ----------------------------------------------------------

const NAVIGATE_EVENT = 'tandem:navigate';
let navigations = 0;

/** How many in-app navigations (links, redirects, back/forward) happened since load. */
export function navigationCount(): number {
  return navigations;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const current = window.location.pathname + window.location.search;
  if (to === current && !options.replace) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  navigations += 1;
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    navigations += 1;
  });
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

function subscribeHash(onChange: () => void): () => void {
  const unsubscribe = subscribe(onChange);
  window.addEventListener('hashchange', onChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onChange);
  };
}

function hashSnapshot(): string {
  return window.location.hash;
}

/** The current fragment (with its '#', or ''); re-renders when it changes, e.g. a pasted link. */
export function useHash(): string {
  return useSyncExternalStore(subscribeHash, hashSnapshot, () => '');
}

export interface Location {
  pathname: string;
  search: string;
}

/** The current path and query string; re-renders on every navigation. */
export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot, () => '/');
  const queryStart = href.indexOf('?');
  return queryStart === -1
    ? { pathname: href, search: '' }
    : { pathname: href.slice(0, queryStart), search: href.slice(queryStart) };
}

/** A same-origin path safe to go back to after sign-in (no protocol-relative or external URLs). */
export function safeReturnPath(value: string | null): string {
  if (value === null || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/sign-in')) return '/';
  return value;
}
