import { canOpen, homePathFor } from './access';
import type { Me } from './api/types';
import { Redirect } from './components/Redirect';
import { AuditPage } from './features/audit/AuditPage';
import { SignInPage } from './features/auth/SignInPage';
import { ForbiddenPage, NotFoundPage } from './features/home/MessagePages';
import { WelcomePage } from './features/home/WelcomePage';
import { ImportPage } from './features/import/ImportPage';
import { AcceptInvitePage } from './features/invitations/AcceptInvitePage';
import { OutboxPage } from './features/outbox/OutboxPage';
import { DirectoryPage } from './features/people/DirectoryPage';
import { PersonPage } from './features/people/PersonPage';
import { UsersPage } from './features/users/UsersPage';
import { inviteTokenFromHash, matchRoute, safeReturnPath, useHash, useLocation, type Route } from './router';

/** Picks the page for the current URL, applying sign-in and role checks. */
export function AppRoutes({ me }: { me: Me | null }) {
  const { pathname, search } = useLocation();
  const hash = useHash();
  const route = matchRoute(pathname);

  // Public: the token is in the fragment (/invite#<token>) so it never reaches the server's logs.
  // The key starts the page afresh when another link is pasted into the address bar.
  if (route.name === 'invite') {
    const token = inviteTokenFromHash(hash);
    return <AcceptInvitePage key={token} token={token} />;
  }
  if (route.name === 'signIn') {
    if (me === null) return <SignInPage />;
    return <Redirect to={safeReturnPath(new URLSearchParams(search).get('next'))} />;
  }
  if (me === null) {
    const here = pathname + search;
    return <Redirect to={here === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(here)}`} />;
  }
  if (route.name === 'home') {
    const home = homePathFor(me.roles);
    return home === null ? <WelcomePage /> : <Redirect to={home} />;
  }
  if (route.name !== 'notFound' && !canOpen(route.name, me.roles)) return <ForbiddenPage />;
  // The key remounts the page when the path changes, so each page starts fresh and
  // moves focus to its own heading.
  return <SignedInPage key={pathname} route={route} />;
}

function SignedInPage({ route }: { route: Route }) {
  switch (route.name) {
    case 'people':
      return <DirectoryPage />;
    case 'person':
      return <PersonPage personId={route.personId} />;
    case 'import':
      return <ImportPage />;
    case 'users':
      return <UsersPage />;
    case 'outbox':
      return <OutboxPage />;
    case 'audit':
      return <AuditPage />;
    default:
      return <NotFoundPage />;
  }
}
