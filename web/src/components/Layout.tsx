import { useState, type MouseEvent, type ReactNode } from 'react';
import { navItemsFor } from '../access';
import { api, toApiError, type ApiError } from '../api/client';
import { navigate, useLocation } from '../router';
import { useSession } from '../session';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { ErrorBanner } from './ErrorBanner';
import { Link } from './Link';

/** Page frame: skip link, header with navigation and sign-out, and the main landmark. */
export function Layout({ children }: { children: ReactNode }) {
  const { me, endSession } = useSession();
  const { pathname } = useLocation();
  const [signingOut, setSigningOut] = useState(false);
  const [error, setError] = useState<ApiError>();

  async function signOut() {
    setSigningOut(true);
    setError(undefined);
    try {
      await api<void>('/api/auth/logout', { method: 'POST', body: {}, skipAuthRedirect: true });
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.status !== 401) {
        setError(apiError);
        setSigningOut(false);
        return;
      }
    }
    endSession();
    navigate('/sign-in');
  }

  function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
    const main = document.getElementById('main');
    if (main === null) return;
    event.preventDefault();
    main.focus();
  }

  const items = me === null ? [] : navItemsFor(me.roles);
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <div className="brand">
            <Link href="/" className="brand-link">
              Tandem
            </Link>
            {me !== null && <span className="brand-org">{me.org.name}</span>}
          </div>
          {items.length > 0 && (
            <nav className="main-nav" aria-label="Main">
              <ul>
                {items.map((item) => {
                  const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
                  return (
                    <li key={item.href}>
                      <Link href={item.href} aria-current={current ? 'page' : undefined}>
                        {item.label}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          )}
          {me !== null && (
            <div className="account">
              <NotificationBell />
              <Link href="/my/profile" className="account-name">
                {me.name}
              </Link>
              <button type="button" className="button-secondary" onClick={signOut} disabled={signingOut}>
                Sign out
              </button>
            </div>
          )}
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <ErrorBanner error={error} title="Could not sign out" />
        {children}
      </main>
    </div>
  );
}
