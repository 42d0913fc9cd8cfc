import { BackupsSection } from '../backups/BackupsSection.tsx';
import { SettingsForm, toSettingsForm } from './SettingsForm.tsx';
import { useSettings, useUpdateSettings } from './queries.ts';
import './settings.css';

/** The clinic's settings, in a single column. */
export function SettingsScreen() {
  const settings = useSettings();
  const update = useUpdateSettings();
  return (
    <div className="panes">
      <main className="detail-pane settings-screen" id="main">
        {settings.isPending ? (
          <p className="loading">Loading…</p>
        ) : settings.isError ? (
          <p role="alert">The settings could not be loaded: {settings.error.message}</p>
        ) : (
          <SettingsForm values={toSettingsForm(settings.data)} save={update.mutateAsync} />
        )}
        <BackupsSection />
      </main>
    </div>
  );
}
