import type { ComponentType } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createHashRouter, RouterProvider } from 'react-router';
import { Toaster } from 'sonner';
import { AppIntlProvider } from './AppIntlProvider.tsx';
import { AppShell } from './AppShell.tsx';
import { NoPatientSelected } from '../features/patients/NoPatientSelected.tsx';
import { PatientsLayout } from '../features/patients/PatientsLayout.tsx';
import { patientListQuery } from '../features/patients/queries.ts';

const queryClient = new QueryClient({
  defaultOptions: {
    // Local data: no background refetching, no retries that would hide a real error.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

/**
 * A page whose code is fetched when it is first opened: the first screen (the patient list)
 * waits for none of it. The router keeps the current page until the new one has loaded.
 */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async () => ({ Component: pick(await load()) });
}

// The window opens on the patient list: its first page is asked for before anything renders,
// so it is the first call answered rather than queued behind the header's.
void queryClient.prefetchInfiniteQuery(patientListQuery('', false));

// Hash routes work the same from a file:// page (Electron) and the web host.
const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    // Only while a page opened by its address loads its code (a reload on a patient).
    HydrateFallback: () => null,
    children: [
      {
        element: <PatientsLayout />,
        children: [
          { index: true, element: <NoPatientSelected /> },
          {
            path: 'patients/new',
            lazy: page(
              () => import('../features/patients/PatientEditPage.tsx'),
              (m) => m.PatientNewPage,
            ),
          },
          {
            path: 'patients/import',
            lazy: page(
              () => import('../features/records/ImportRecordPage.tsx'),
              (m) => m.ImportRecordPage,
            ),
          },
          {
            path: 'patients/:id',
            lazy: page(
              () => import('../features/patients/PatientDetailPage.tsx'),
              (m) => m.PatientDetailPage,
            ),
          },
          {
            path: 'patients/:id/edit',
            lazy: page(
              () => import('../features/patients/PatientEditPage.tsx'),
              (m) => m.PatientEditPage,
            ),
          },
          {
            path: 'patients/:id/plans/:planId',
            lazy: page(
              () => import('../features/plans/PlanPage.tsx'),
              (m) => m.PlanPage,
            ),
          },
          // ?from=planId&to=planId
          {
            path: 'patients/:id/compare',
            lazy: page(
              () => import('../features/history/ComparePage.tsx'),
              (m) => m.ComparePage,
            ),
          },
          {
            path: 'patients/:id/sessions/:sessionId',
            lazy: page(
              () => import('../features/sessions/SessionPage.tsx'),
              (m) => m.SessionPage,
            ),
          },
        ],
      },
      {
        path: 'review',
        lazy: page(
          () => import('../features/review/ReviewScreen.tsx'),
          (m) => m.ReviewScreen,
        ),
      },
      {
        path: 'sessions',
        lazy: page(
          () => import('../features/sessions/UpcomingSessionsScreen.tsx'),
          (m) => m.UpcomingSessionsScreen,
        ),
      },
      {
        path: 'catalogue/*',
        lazy: page(
          () => import('../features/catalogue/CatalogueScreen.tsx'),
          (m) => m.CatalogueScreen,
        ),
      },
      {
        path: 'settings',
        lazy: page(
          () => import('../features/settings/SettingsScreen.tsx'),
          (m) => m.SettingsScreen,
        ),
      },
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
