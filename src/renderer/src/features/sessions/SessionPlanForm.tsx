import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, type RefObject } from 'react';
import { Button, Form } from 'react-aria-components';
import { useFieldArray, useForm } from 'react-hook-form';
import {
  MAX_CHECKLIST_ITEMS,
  sessionPlanSchema,
  type Session,
  type SessionPlan,
  type SessionPlanInput,
} from '../../../../shared/domain/session.ts';
import { VISIT_PLACE_LABELS, VISIT_PLACES } from '../../../../shared/domain/visit-slot.ts';
import { NumberFieldControl } from '../../components/NumberFieldControl.tsx';
import { RadioGroupControl } from '../../components/RadioGroupControl.tsx';
import { TextFieldControl } from '../../components/TextFieldControl.tsx';
import { useSaveForm } from '../../lib/useSaveForm.ts';
import { useUpdateSession } from './queries.ts';
import { useIntl } from 'react-intl';

const PLACE_OPTIONS = VISIT_PLACES.map((value) => ({ value, label: VISIT_PLACE_LABELS[value] }));

const toPlanInput = (s: Session): SessionPlanInput => ({
  sessionDate: s.sessionDate,
  // A visit planned before visits had times keeps none (null: the form shows no time fields).
  slot: s.slot,
  agenda: s.agenda,
  checklist: s.checklist,
});

/** The date, time, place, agenda and checklist of a planned visit, editable until it is recorded. */
export function SessionPlanForm({
  session,
  guardRef,
}: {
  session: Session;
  /** Where the page's unsaved-changes guard asks this form whether it has anything to lose. */
  guardRef: RefObject<() => boolean>;
}) {
  const intl = useIntl();
  const update = useUpdateSession();
  const form = useForm<SessionPlanInput, unknown, SessionPlan>({
    resolver: zodResolver(sessionPlanSchema),
    defaultValues: toPlanInput(session),
    // Not onTouched: that checks the whole checklist as soon as an empty item is added.
  });
  const { control, formState, reset } = form;
  const checklist = useFieldArray({ control, name: 'checklist' });
  const { onSubmit, shouldBlock } = useSaveForm(form, {
    save: (plan) => update.mutateAsync({ id: session.id, plan }),
    fieldPrefix: 'plan',
    savedMessage: () =>
      intl.formatMessage({
        id: 'sessions.sessionPlanForm.sessionPlanSaved',
        defaultMessage: 'Session plan saved',
      }),
    onSaved: (saved) => reset(toPlanInput(saved)),
  });
  useEffect(() => {
    guardRef.current = shouldBlock;
    // A form put away has nothing left to lose.
    return () => {
      guardRef.current = () => false;
    };
  }, [guardRef, shouldBlock]);

  return (
    <Form
      className="patient-form session-form"
      onSubmit={onSubmit}
      validationBehavior="aria"
      aria-labelledby="session-plan-heading"
    >
      <fieldset>
        <legend id="session-plan-heading">
          {intl.formatMessage({
            id: 'sessions.sessionPlanForm.planForTheVisit',
            defaultMessage: 'Plan for the visit',
          })}
        </legend>
        <TextFieldControl
          control={control}
          name="sessionDate"
          label={intl.formatMessage({
            id: 'sessions.sessionPlanForm.dateOfTheSession',
            defaultMessage: 'Date of the session',
          })}
          type="date"
          isRequired
        />
        {session.slot && (
          <>
            <TextFieldControl
              control={control}
              name="slot.startTime"
              label={intl.formatMessage({
                id: 'sessions.sessionPlanForm.time',
                defaultMessage: 'Time',
              })}
              type="time"
              isRequired
            />
            <NumberFieldControl
              control={control}
              name="slot.durationMinutes"
              label={intl.formatMessage({
                id: 'sessions.sessionPlanForm.durationMinutes',
                defaultMessage: 'Duration (minutes)',
              })}
              step={5}
              isRequired
            />
            <RadioGroupControl
              control={control}
              name="slot.place"
              label={intl.formatMessage({
                id: 'sessions.sessionPlanForm.place',
                defaultMessage: 'Place',
              })}
              options={PLACE_OPTIONS}
            />
          </>
        )}
        <TextFieldControl
          control={control}
          name="agenda"
          label={intl.formatMessage({
            id: 'sessions.sessionPlanForm.agenda',
            defaultMessage: 'Agenda',
          })}
          multiline
        />
        <div role="group" aria-labelledby="checklist-heading" className="checklist-editor">
          <p id="checklist-heading" className="field-label">
            {intl.formatMessage({
              id: 'sessions.sessionPlanForm.checklist',
              defaultMessage: 'Checklist',
            })}
          </p>
          {checklist.fields.length === 0 && (
            <p className="muted">
              {intl.formatMessage({
                id: 'sessions.sessionPlanForm.noChecklistItems',
                defaultMessage: 'No checklist items.',
              })}
            </p>
          )}
          <ol className="row-list checklist-items">
            {checklist.fields.map((field, index) => (
              <li key={field.id}>
                <TextFieldControl
                  control={control}
                  name={`checklist.${index}.text`}
                  label={intl.formatMessage(
                    { id: 'sessions.sessionPlanForm.item', defaultMessage: 'Item {value}' },
                    { value: index + 1 },
                  )}
                />
                <Button
                  className="icon-button danger-text"
                  aria-label={intl.formatMessage(
                    {
                      id: 'sessions.sessionPlanForm.removeItem',
                      defaultMessage: 'Remove item {value}',
                    },
                    { value: index + 1 },
                  )}
                  onPress={() => checklist.remove(index)}
                >
                  ✕
                </Button>
              </li>
            ))}
          </ol>
          <Button
            className="button"
            isDisabled={checklist.fields.length >= MAX_CHECKLIST_ITEMS}
            onPress={() => checklist.append({ text: '', done: false })}
          >
            {intl.formatMessage({
              id: 'sessions.sessionPlanForm.addAChecklistItem',
              defaultMessage: 'Add a checklist item',
            })}
          </Button>
        </div>
      </fieldset>
      <div className="form-actions">
        <Button type="submit" className="button" isPending={formState.isSubmitting}>
          {intl.formatMessage({
            id: 'sessions.sessionPlanForm.savePlan',
            defaultMessage: 'Save plan',
          })}
        </Button>
        <Button className="button" isDisabled={!formState.isDirty} onPress={() => reset()}>
          {intl.formatMessage({
            id: 'sessions.sessionPlanForm.undoChanges',
            defaultMessage: 'Undo changes',
          })}
        </Button>
      </div>
    </Form>
  );
}
