import { MOD_KEY } from '../../lib/shell.ts';
import './patients.css';
import { useIntl } from 'react-intl';

export function NoPatientSelected() {
  const intl = useIntl();
  return (
    <section className="empty-state" aria-labelledby="empty-heading">
      <h1 id="empty-heading">
        {intl.formatMessage({
          id: 'patients.noPatientSelected.noPatientSelected',
          defaultMessage: 'No patient selected',
        })}
      </h1>
      <p>
        {intl.formatMessage({
          id: 'patients.noPatientSelected.chooseAPatientFrom',
          defaultMessage: 'Choose a patient from the list, or add a new one.',
        })}
      </p>
      <ul className="shortcut-list">
        <li>
          <kbd>
            {MOD_KEY}
            {intl.formatMessage({ id: 'patients.noPatientSelected.n', defaultMessage: 'N' })}
          </kbd>{' '}
          {intl.formatMessage({
            id: 'patients.noPatientSelected.addsANewPatient',
            defaultMessage: 'adds a new patient',
          })}
        </li>
        <li>
          <kbd>
            {MOD_KEY}
            {intl.formatMessage({ id: 'patients.noPatientSelected.f', defaultMessage: 'F' })}
          </kbd>{' '}
          {intl.formatMessage({
            id: 'patients.noPatientSelected.searchesByNameOr',
            defaultMessage: 'searches by name or chart number',
          })}
        </li>
      </ul>
    </section>
  );
}
