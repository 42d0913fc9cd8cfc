import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { useSettings, useSwitchTherapist } from './queries.ts';
import './therapist-switcher.css';

const NONE = '__none__';

/** Who is using JointPlan now, in the header: the audit trail names them for every change. */
export function TherapistSwitcher() {
  const settings = useSettings();
  const switchTo = useSwitchTherapist();
  if (!settings.data) return null;
  const { therapists, therapistName } = settings.data;
  if (therapists.length === 0)
    return (
      <Link to="/settings" className="therapist-switcher-link">
        Add therapists in Settings
      </Link>
    );

  const items = [
    ...(therapistName === null ? [{ id: NONE, name: 'Choose…' }] : []),
    ...therapists.map((name) => ({ id: name, name })),
  ];
  return (
    <Select
      className="therapist-switcher"
      value={therapistName ?? NONE}
      isDisabled={switchTo.isPending}
      onChange={(key) => {
        if (key === NONE || key === therapistName || typeof key !== 'string') return;
        switchTo.mutate(key, {
          onError: (error) => toast.error(`Not switched: ${error.message}`),
        });
      }}
    >
      <Label className="therapist-switcher-label">Therapist</Label>
      <Button className="select-button">
        <SelectValue className="select-value" />
        <span aria-hidden="true" className="select-arrow">
          ▾
        </span>
      </Button>
      <Popover className="popover">
        <ListBox className="suggestion-list" items={items}>
          {(item) => (
            <ListBoxItem className="suggestion select-option" textValue={item.name}>
              {item.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
