import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { localToday } from '../../../../shared/domain/dates.ts';
import { newSessionSchema, type Session } from '../../../../shared/domain/session.ts';
import {
  VISIT_DURATION,
  VISIT_PLACE_LABELS,
  VISIT_PLACES,
  slotText,
} from '../../../../shared/domain/visit-slot.ts';
import { DialogFrame } from '../../components/DialogFrame.tsx';
import { NumberFieldControl } from '../../components/NumberFieldControl.tsx';
import { RadioGroupControl } from '../../components/RadioGroupControl.tsx';
import { TextFieldControl } from '../../components/TextFieldControl.tsx';
import { useSaveForm } from '../../lib/useSaveForm.ts';
import { sessionTitle } from './labels.ts';
import { usePlanSession } from './queries.ts';
import { useIntl } from 'react-intl';

const PLACE_OPTIONS = VISIT_PLACES.map((value) => ({ value, label: VISIT_PLACE_LABELS[value] }));

interface Props {
  patientId: string;
  isOpen: boolean;
  onClose(): void;
  onPlanned(session: Session): void;
}

/**
 * Asks when, how long and where: the agenda and checklist come from the patient's active
 * plan. A time that overlaps another visit of this patient or this therapist is refused,
 * naming that visit (one person cannot be in two places), so the therapist picks another.
 */
export function PlanSessionDialog({ patientId, isOpen, onClose, onPlanned }: Props) {
  const intl = useIntl();
  return (
    <DialogFrame
      isOpen={isOpen}
      title={intl.formatMessage({
        id: 'sessions.planSessionDialog.planASession',
        defaultMessage: 'Plan a session',
      })}
      onClose={onClose}
    >
      <SlotForm patientId={patientId} onClose={onClose} onPlanned={onPlanned} />
    </DialogFrame>
  );
}

function SlotForm({ patientId, onClose, onPlanned }: Omit<Props, 'isOpen'>) {
  const intl = useIntl();
  const plan = usePlanSession();
  const form = useForm({
    resolver: zodResolver(newSessionSchema),
    defaultValues: {
      sessionDate: localToday(),
      slot: { startTime: '09:00', durationMinutes: VISIT_DURATION.default, place: 'clinic' },
    },
    mode: 'onTouched',
  });
  const { onSubmit } = useSaveForm(form, {
    save: ({ sessionDate, slot }) => plan.mutateAsync({ patientId, sessionDate, slot }),
    fieldPrefix: '',
    savedMessage: (s) =>
      intl.formatMessage(
        { id: 'sessions.planSessionDialog.planned', defaultMessage: '{value}{value2} planned' },
        { value: sessionTitle(s.sessionDate), value2: s.slot ? `, ${slotText(s.slot)},` : '' },
      ),
    onSaved: onPlanned,
  });
  return (
    <Form onSubmit={onSubmit} validationBehavior="aria">
      <p>
        {intl.formatMessage({
          id: 'sessions.planSessionDialog.theChecklistIsDrawn',
          defaultMessage:
            'The checklist is drawn from the patient’s active plan. You can change it before the visit.',
        })}
      </p>
      <TextFieldControl
        control={form.control}
        name="sessionDate"
        label={intl.formatMessage({
          id: 'sessions.planSessionDialog.dateOfTheSession',
          defaultMessage: 'Date of the session',
        })}
        type="date"
        isRequired
      />
      <TextFieldControl
        control={form.control}
        name="slot.startTime"
        label={intl.formatMessage({
          id: 'sessions.planSessionDialog.time',
          defaultMessage: 'Time',
        })}
        type="time"
        isRequired
      />
      <NumberFieldControl
        control={form.control}
        name="slot.durationMinutes"
        label={intl.formatMessage({
          id: 'sessions.planSessionDialog.durationMinutes',
          defaultMessage: 'Duration (minutes)',
        })}
        step={5}
        isRequired
      />
      <RadioGroupControl
        control={form.control}
        name="slot.place"
        label={intl.formatMessage({
          id: 'sessions.planSessionDialog.place',
          defaultMessage: 'Place',
        })}
        options={PLACE_OPTIONS}
      />
      <div className="dialog-actions">
        <Button className="button" onPress={onClose}>
          {intl.formatMessage({
            id: 'sessions.planSessionDialog.cancel',
            defaultMessage: 'Cancel',
          })}
        </Button>
        <Button type="submit" className="button primary" isPending={plan.isPending}>
          {intl.formatMessage({
            id: 'sessions.planSessionDialog.planSession',
            defaultMessage: 'Plan session',
          })}
        </Button>
      </div>
    </Form>
  );
}
