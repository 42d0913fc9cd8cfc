import { BackupsSection } from '../backups/BackupsSection.tsx';
import { EncryptionSection } from '../security/EncryptionSection.tsx';
import { TemplatesSection } from '../plans/TemplatesSection.tsx';
import { SettingsForm, toSettingsForm } from './SettingsForm.tsx';
import { useSettings, useUpdateSettings } from './queries.ts';
import './settings.css';
import { QueryState } from '../../components/QueryState.tsx';
import { useIntl } from 'react-intl';

/** The clinic's settings, in a single column. */
export function SettingsScreen() {
  const intl = useIntl();
  const settings = useSettings();
  const update = useUpdateSettings();
  return (
    <div className="panes">
      <main className="detail-pane settings-screen" id="main">
        {settings.isSuccess ? (
          <SettingsForm values={toSettingsForm(settings.data)} save={update.mutateAsync} />
        ) : (
          <QueryState
            query={settings}
            subject={intl.formatMessage({
              id: 'settings.settingsScreen.theSettings',
              defaultMessage: 'The settings',
            })}
          />
        )}
        <TemplatesSection />
        <BackupsSection />
        <EncryptionSection />
      </main>
    </div>
  );
}
