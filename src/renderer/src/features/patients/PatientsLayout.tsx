import { Outlet } from 'react-router';
import { useShellContext } from '../../lib/shell.ts';
import { PatientListPane } from './PatientListPane.tsx';

/** Patients: the list on the left, the chosen patient (or form, or plan) on the right. */
export function PatientsLayout() {
  const { searchRef } = useShellContext();
  return (
    <div className="panes">
      <PatientListPane searchRef={searchRef} />
      <main className="detail-pane" id="main">
        <Outlet />
      </main>
    </div>
  );
}
