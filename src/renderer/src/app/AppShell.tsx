import { useMemo, useRef } from 'react';
import { Outlet, useNavigate } from 'react-router';
import { PatientListPane } from '../features/patients/PatientListPane.tsx';
import { useGlobalShortcuts } from './useGlobalShortcuts.ts';

const isMac = navigator.platform.toLowerCase().includes('mac');
export const MOD_KEY = isMac ? '⌘' : 'Ctrl+';

/** The window: a title bar, the patient list on the left, the chosen screen on the right. */
export function AppShell() {
  const navigate = useNavigate();
  const searchRef = useRef<HTMLInputElement>(null);
  const handlers = useMemo(
    () => ({
      'new-patient': () => void navigate('/patients/new'),
      find: () => {
        searchRef.current?.focus();
        searchRef.current?.select();
      },
    }),
    [navigate],
  );
  useGlobalShortcuts(handlers);

  return (
    <div className="app">
      <header className="app-header">
        <span className="app-title">
          <img src="./icon.svg" alt="" width="24" height="24" />
          JointPlan
        </span>
      </header>
      <div className="panes">
        <PatientListPane searchRef={searchRef} />
        <main className="detail-pane" id="main">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
