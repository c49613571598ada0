import { Suspense } from 'react';
import { NavLink, Outlet, ScrollRestoration, useNavigation } from 'react-router';

const NAV: { to: string; label: string; short?: string; end: boolean }[] = [
  { to: '/', label: 'Controllers', end: true },
  { to: '/compare', label: 'Compare', end: false },
  { to: '/graph', label: 'Processor graph', short: 'Graph', end: false },
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
