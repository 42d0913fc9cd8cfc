import { useMemo, useRef } from 'react';
import { Link, Outlet, useMatch, useNavigate } from 'react-router';
import { useGlobalShortcuts } from './useGlobalShortcuts.ts';
import { useFocusInView } from './useFocusInView.ts';
import { usePageFocus } from './usePageFocus.ts';
import { focusPageHeading, mainPane } from '../lib/page-top.ts';
import type { ShellContext } from '../lib/shell.ts';
import { RecoveryNotice } from '../features/backups/RecoveryNotice.tsx';
import { EncryptOffer } from '../features/security/EncryptOffer.tsx';
import { RecoveryKeyDialog } from '../features/security/RecoveryKeyDialog.tsx';
import { TherapistSwitcher } from '../features/settings/TherapistSwitcher.tsx';
import { useIntl } from 'react-intl';

/**
 * The window: a skip link, a title bar with the app's sections, and the chosen section below.
 * Each page opens at its top with its heading focused (usePageFocus).
 */
export function AppShell() {
  const intl = useIntl();
  const navigate = useNavigate();
  const searchRef = useRef<HTMLInputElement>(null);
  const handlers = useMemo(
    () => ({
      // Focus goes straight to the form's first field (usePageFocus reads the request).
      'new-patient': () => void navigate('/patients/new', { state: { focusField: 'givenName' } }),
      find: () => {
        const focusSearch = () => {
          searchRef.current?.focus();
          searchRef.current?.select();
        };
        if (searchRef.current) return focusSearch();
        // From another section: go to the patients, then focus once the search box exists.
        void Promise.resolve(navigate('/')).then(() => requestAnimationFrame(focusSearch));
      },
    }),
    [navigate],
  );
  useGlobalShortcuts(handlers);
  usePageFocus();
  useFocusInView();
  const context: ShellContext = { searchRef };
  const inReview = useMatch('/review') !== null;
  const inSessions = useMatch('/sessions') !== null;
  const inCatalogue = useMatch('/catalogue/*') !== null;
  const inSettings = useMatch('/settings') !== null;
  const inPatients = !inReview && !inSessions && !inCatalogue && !inSettings;

  return (
    <div className="app">
      {/* Not a route: the hash is the router's, so the link moves focus itself. */}
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          event.preventDefault();
          if (!focusPageHeading()) mainPane()?.focus();
        }}
      >
        {intl.formatMessage({
          id: 'app.appShell.skipToMainContent',
          defaultMessage: 'Skip to main content',
        })}
      </a>
      <header className="app-header">
        <span className="app-title">
          <img src="./icon.svg" alt="" width="24" height="24" />

          {intl.formatMessage({ id: 'app.appShell.jointplan', defaultMessage: 'JointPlan' })}
        </span>
        <nav
          aria-label={intl.formatMessage({
            id: 'app.appShell.sections',
            defaultMessage: 'Sections',
          })}
          className="app-nav"
        >
          <Link to="/" aria-current={inPatients ? 'page' : undefined}>
            {intl.formatMessage({ id: 'app.appShell.patients', defaultMessage: 'Patients' })}
          </Link>
          <Link to="/review" aria-current={inReview ? 'page' : undefined}>
            {intl.formatMessage({ id: 'app.appShell.reviews', defaultMessage: 'Reviews' })}
          </Link>
          <Link to="/sessions" aria-current={inSessions ? 'page' : undefined}>
            {intl.formatMessage({ id: 'app.appShell.sessions', defaultMessage: 'Sessions' })}
          </Link>
          <Link to="/catalogue" aria-current={inCatalogue ? 'page' : undefined}>
            {intl.formatMessage({ id: 'app.appShell.catalogue', defaultMessage: 'Catalogue' })}
          </Link>
          <Link to="/settings" aria-current={inSettings ? 'page' : undefined}>
            {intl.formatMessage({ id: 'app.appShell.settings', defaultMessage: 'Settings' })}
          </Link>
        </nav>
        <TherapistSwitcher />
      </header>
      <RecoveryNotice />
      <EncryptOffer />
      <RecoveryKeyDialog />
      <Outlet context={context} />
    </div>
  );
}
