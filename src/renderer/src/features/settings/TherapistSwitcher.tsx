import { Label, Select } from 'react-aria-components';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { SelectParts } from '../../components/SelectParts.tsx';
import { useSettings, useSwitchTherapist } from './queries.ts';
import './therapist-switcher.css';
import { useIntl } from 'react-intl';

const NONE = '__none__';

/** Who is using JointPlan now, in the header: the audit trail names them for every change. */
export function TherapistSwitcher() {
  const intl = useIntl();
  const settings = useSettings();
  const switchTo = useSwitchTherapist();
  if (!settings.data) return null;
  const { therapists, therapistName } = settings.data;
  if (therapists.length === 0)
    return (
      <Link to="/settings" className="therapist-switcher-link">
        {intl.formatMessage({
          id: 'settings.therapistSwitcher.addTherapistsInSettings',
          defaultMessage: 'Add therapists in Settings',
        })}
      </Link>
    );

  const items = [
    ...(therapistName === null ? [{ value: NONE, label: 'Choose…' }] : []),
    ...therapists.map((name) => ({ value: name, label: name })),
  ];
  return (
    <Select
      className="therapist-switcher"
      value={therapistName ?? NONE}
      isDisabled={switchTo.isPending}
      onChange={(key) => {
        if (key === NONE || key === therapistName || typeof key !== 'string') return;
        switchTo.mutate(key, {
          onError: (error) =>
            toast.error(
              intl.formatMessage(
                {
                  id: 'settings.therapistSwitcher.notSwitched',
                  defaultMessage: 'Not switched: {message}',
                },
                { message: error.message },
              ),
            ),
        });
      }}
    >
      <Label className="therapist-switcher-label">
        {intl.formatMessage({
          id: 'settings.therapistSwitcher.therapist',
          defaultMessage: 'Therapist',
        })}
      </Label>
      <SelectParts options={items} />
    </Select>
  );
}
