import { Suspense } from 'react';
import { NavLink, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { useSession } from '../session/use-viewer';

const NAV: { to: string; label: string; short?: string; end: boolean }[] = [
  { to: '/', label: 'Controllers', end: true },
  { to: '/compare', label: 'Compare', end: false },
  { to: '/graph', label: 'Processor graph', short: 'Graph', end: false },
  { to: '/curate', label: 'Curate', end: false },
];

/** The frame of every view: skip link, header with the main navigation, the view, and the footer. */
export function AppLayout() {
  const navigation = useNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to="/" className="brand" aria-label="Policy Graph, home">
          <svg viewBox="0 0 32 32" width="22" height="22" aria-hidden="true">
            <path d="M8 9 24 9 16 24Z" fill="none" stroke="currentColor" strokeWidth="2" />
            <circle cx="8" cy="9" r="4" className="brand-dot" />
            <circle cx="24" cy="9" r="4" className="brand-dot" />
            <circle cx="16" cy="24" r="4" className="brand-dot" />
          </svg>
          <span>Policy Graph</span>
        </NavLink>
        <nav aria-label="Main">
          <ul className="nav-list">
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="nav-link">
                  {item.short ? (
                    <>
                      <span className="nav-long">{item.label}</span>
                      <span className="nav-short">{item.short}</span>
                    </>
                  ) : (
                    item.label
                  )}
                </NavLink>
              </li>
            ))}
            <li>
              {/* The playground is a separate page of the server, not a route of this app. */}
              <a href="/graphql" className="nav-link">
                API
              </a>
            </li>
          </ul>
        </nav>
        <SessionChip />
        {navigation.state === 'loading' && <div className="route-progress" role="progressbar" aria-label="Loading" />}
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="muted pad">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
      <ScrollRestoration />
    </>
  );
}

/** Who is signed in (a curator key kept for the tab), with signing out; nothing for anonymous readers. */
function SessionChip() {
  const session = useSession();
  if (!session.signedIn) return null;
  return (
    <div className="session-chip">
      <span className="session-name" title={session.viewer ? `${session.viewer.role.toLowerCase()} key` : undefined}>
        {session.viewer ? (
          <>
            {session.viewer.name} <span className="session-role">· {session.viewer.role.toLowerCase()}</span>
          </>
        ) : session.error ? (
          <span className="warning-text">key refused</span>
        ) : (
          '…'
        )}
      </span>
      <button type="button" className="button button-small" onClick={() => void session.signOut()}>
        Sign out
      </button>
    </div>
  );
}
