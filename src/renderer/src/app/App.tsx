import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createHashRouter, RouterProvider } from 'react-router';
import { Toaster } from 'sonner';
import { AppIntlProvider } from './AppIntlProvider.tsx';
import { AppShell } from './AppShell.tsx';
import { NoPatientSelected } from '../features/patients/NoPatientSelected.tsx';
import { PatientDetailPage } from '../features/patients/PatientDetailPage.tsx';
import { PatientEditPage, PatientNewPage } from '../features/patients/PatientEditPage.tsx';
import { PatientsLayout } from '../features/patients/PatientsLayout.tsx';
import { CatalogueScreen } from '../features/catalogue/CatalogueScreen.tsx';
import { PlanPage } from '../features/plans/PlanPage.tsx';
import { SettingsScreen } from '../features/settings/SettingsScreen.tsx';
import { ComparePage } from '../features/history/ComparePage.tsx';
import { ImportRecordPage } from '../features/records/ImportRecordPage.tsx';
import { ReviewScreen } from '../features/review/ReviewScreen.tsx';
import { SessionPage } from '../features/sessions/SessionPage.tsx';
import { UpcomingSessionsScreen } from '../features/sessions/UpcomingSessionsScreen.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    // Local data: no background refetching, no retries that would hide a real error.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

// Hash routes work the same from a file:// page (Electron) and the web host.
const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      {
        element: <PatientsLayout />,
        children: [
          { index: true, element: <NoPatientSelected /> },
          { path: 'patients/new', element: <PatientNewPage /> },
          { path: 'patients/import', element: <ImportRecordPage /> },
          { path: 'patients/:id', element: <PatientDetailPage /> },
          { path: 'patients/:id/edit', element: <PatientEditPage /> },
          { path: 'patients/:id/plans/:planId', element: <PlanPage /> },
          // ?from=planId&to=planId
          { path: 'patients/:id/compare', element: <ComparePage /> },
          { path: 'patients/:id/sessions/:sessionId', element: <SessionPage /> },
        ],
      },
      { path: 'review', element: <ReviewScreen /> },
      { path: 'sessions', element: <UpcomingSessionsScreen /> },
      { path: 'catalogue/*', element: <CatalogueScreen /> },
      { path: 'settings', element: <SettingsScreen /> },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AppIntlProvider>
        <RouterProvider router={router} />
        <Toaster position="bottom-right" closeButton toastOptions={{ duration: 4000 }} />
      </AppIntlProvider>
    </QueryClientProvider>
  );
}
