// Who is signed in, shared through context. The session cookie itself is HttpOnly; the app
// only knows the user the server reported and the CSRF token that goes with the session.
import { createContext, useContext } from 'react';
import type { Me, SessionResponse } from './api/types';

export interface SessionContextValue {
  me: Me | null;
  /** Remember a fresh session (login, invitation accepted). */
  startSession(session: SessionResponse): void;
  /** Forget the session locally (after logout or a 401). */
  endSession(): void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession must be used inside SessionContext');
  return value;
}

/** The signed-in user; only for pages that are rendered behind the sign-in check. */
export function useMe(): Me {
  const { me } = useSession();
  if (me === null) throw new Error('useMe used on a page that does not require sign-in');
  return me;
}
