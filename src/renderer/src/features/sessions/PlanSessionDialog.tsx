import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { localToday } from '../../../../shared/domain/dates.ts';
import { newSessionSchema, type Session } from '../../../../shared/domain/session.ts';
import { DialogFrame } from '../../components/DialogFrame.tsx';
import { TextFieldControl } from '../../components/TextFieldControl.tsx';
import { useSaveForm } from '../../lib/useSaveForm.ts';
import { sessionTitle } from './labels.ts';
import { usePlanSession } from './queries.ts';

interface Props {
  patientId: string;
  isOpen: boolean;
  onClose(): void;
  onPlanned(session: Session): void;
}

/** Asks only for the date: the agenda and checklist come from the patient's active plan. */
export function PlanSessionDialog({ patientId, isOpen, onClose, onPlanned }: Props) {
  return (
    <DialogFrame isOpen={isOpen} title="Plan a session" onClose={onClose}>
      <DateForm patientId={patientId} onClose={onClose} onPlanned={onPlanned} />
    </DialogFrame>
  );
}

function DateForm({ patientId, onClose, onPlanned }: Omit<Props, 'isOpen'>) {
  const plan = usePlanSession();
  const form = useForm({
    resolver: zodResolver(newSessionSchema),
    defaultValues: { sessionDate: localToday() },
  });
  const { onSubmit } = useSaveForm(form, {
    save: ({ sessionDate }) => plan.mutateAsync({ patientId, sessionDate }),
    fieldPrefix: '',
    savedMessage: (s) => `${sessionTitle(s.sessionDate)} planned`,
    onSaved: onPlanned,
  });
  return (
    <Form onSubmit={onSubmit} validationBehavior="aria">
      <p>
        The checklist is drawn from the patient&rsquo;s active plan. You can change it before the
        visit.
      </p>
      <TextFieldControl
        control={form.control}
        name="sessionDate"
        label="Date of the session"
        type="date"
        isRequired
      />
      <div className="dialog-actions">
        <Button className="button" onPress={onClose}>
          Cancel
        </Button>
        <Button type="submit" className="button primary" isPending={plan.isPending}>
          Plan session
        </Button>
      </div>
    </Form>
  );
}
