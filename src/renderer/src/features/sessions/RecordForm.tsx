import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { Button, Checkbox, Form } from 'react-aria-components';
import { Controller, useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import {
  ADHERENCE_LABELS,
  ADHERENCE_LEVELS,
  sessionOutcomeSchema,
  type Session,
  type SessionOutcome,
  type SessionOutcomeInput,
} from '../../../../shared/domain/session.ts';
import type {
  RecordingContext,
  VisitMeasuresInput,
} from '../../../../shared/domain/visit-measures.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { measureDefaults } from './measures/measure-defaults.ts';
import { MeasureFields } from './measures/MeasureFields.tsx';
import { painTicks } from './measures/pain-ticks.ts';
import { NumberFieldControl } from '../../components/NumberFieldControl.tsx';
import { RadioGroupControl } from '../../components/RadioGroupControl.tsx';
import { TextFieldControl } from '../../components/TextFieldControl.tsx';
import { useSaveForm } from '../../lib/useSaveForm.ts';
import { useRecordingContext, useRecordSession } from './queries.ts';
import { useIntl } from 'react-intl';

const ADHERENCE_OPTIONS = ADHERENCE_LEVELS.map((value) => ({
  value,
  label: ADHERENCE_LABELS[value],
}));

const toOutcomeInput = (s: Session, measures: VisitMeasuresInput): SessionOutcomeInput => ({
  pain: s.outcome?.pain ?? null,
  adherence: s.outcome?.adherence ?? null,
  checklist: s.checklist,
  notes: s.outcome?.notes ?? '',
  changes: s.outcome?.changes ?? '',
  measures,
});

/**
 * Entering a pain score ticks the checklist's pain question: the score is the answer. Only a
 * change ticks it, so opening a record to correct it changes nothing by itself.
 */
function usePainTicksChecklist(form: UseFormReturn<SessionOutcomeInput, unknown, SessionOutcome>) {
  const { control, setValue, getValues } = form;
  const painAfter = useWatch({ control, name: 'pain' });
  const painNow = useWatch({ control, name: 'measures.painNow' });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const checklist = getValues('checklist');
    for (const index of painTicks(checklist, { painNow, painAfter }))
      setValue(`checklist.${index}.done`, true, { shouldDirty: true });
  }, [painAfter, painNow, getValues, setValue]);
}

interface Props {
  session: Session;
  guardRef: RefObject<() => boolean>;
  /** Set when correcting a recorded session: puts the form away without saving. */
  onCancel?(): void;
  /** Throws, with a reason the therapist reads, when the visit cannot be recorded yet. */
  beforeSave?(): void;
}

/** What happened at the visit: the checklist, measures, how the schedule went, notes, changes. */
export function RecordForm(props: Props) {
  const intl = useIntl();
  const context = useRecordingContext(props.session.id);
  if (!context.isSuccess)
    return (
      <QueryState
        query={context}
        subject={intl.formatMessage({
          id: 'sessions.recordForm.theRecordForm',
          defaultMessage: 'The record form',
        })}
      />
    );
  return <RecordFormBody {...props} context={context.data} />;
}

function RecordFormBody({
  session,
  guardRef,
  onCancel,
  beforeSave,
  context,
}: Props & { context: RecordingContext }) {
  const intl = useIntl();
  const record = useRecordSession();
  const correcting = session.status === 'recorded';
  // The rows the form opens with (the plan's splints and goals…) stay for its whole life.
  const measureRows = useMemo(() => measureDefaults(session, context), [session, context]);
  const form = useForm<SessionOutcomeInput, unknown, SessionOutcome>({
    resolver: zodResolver(sessionOutcomeSchema),
    defaultValues: toOutcomeInput(session, measureRows),
    mode: 'onTouched',
  });
  usePainTicksChecklist(form);
  const { control, formState } = form;
  const { onSubmit, shouldBlock } = useSaveForm(form, {
    save: (outcome) => {
      beforeSave?.();
      return record.mutateAsync({ id: session.id, outcome });
    },
    fieldPrefix: 'outcome',
    savedMessage: () =>
      correcting
        ? intl.formatMessage({
            id: 'sessions.recordForm.sessionRecordCorrected',
            defaultMessage: 'Session record corrected',
          })
        : intl.formatMessage({
            id: 'sessions.recordForm.sessionRecorded',
            defaultMessage: 'Session recorded',
          }),
    onSaved: () => onCancel?.(),
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
      aria-labelledby="record-heading"
    >
      <fieldset>
        <legend id="record-heading">
          {correcting
            ? intl.formatMessage({
                id: 'sessions.recordForm.correctTheRecord',
                defaultMessage: 'Correct the record',
              })
            : intl.formatMessage({
                id: 'sessions.recordForm.recordWhatHappened',
                defaultMessage: 'Record what happened',
              })}
        </legend>
        {session.checklist.length > 0 && (
          <div role="group" aria-labelledby="record-checklist" className="checklist-ticks">
            <p id="record-checklist" className="field-label">
              {intl.formatMessage({
                id: 'sessions.recordForm.checklistTickWhatWas',
                defaultMessage: 'Checklist: tick what was done',
              })}
            </p>
            {session.checklist.map((item, index) => (
              <Controller
                key={`${index}-${item.text}`}
                control={control}
                name={`checklist.${index}.done`}
                render={({ field }) => (
                  <Checkbox
                    className="checkbox"
                    isSelected={Boolean(field.value)}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    inputRef={field.ref}
                  >
                    <span className="checkbox-box" aria-hidden="true" />
                    {item.text}
                  </Checkbox>
                )}
              />
            ))}
          </div>
        )}
        <NumberFieldControl
          control={control}
          name="pain"
          label={intl.formatMessage({
            id: 'sessions.recordForm.painAfterActivity0',
            defaultMessage: 'Pain after activity (0 to 10)',
          })}
          description={intl.formatMessage({
            id: 'sessions.recordForm.0IsNoPain',
            defaultMessage:
              '0 is no pain, 10 the worst pain imaginable. Leave it empty if not asked.',
          })}
          minValue={0}
          maxValue={10}
          nullable
        />
        <MeasureFields control={control} defaults={measureRows} context={context} />
        <RadioGroupControl
          control={control}
          name="adherence"
          label={intl.formatMessage({
            id: 'sessions.recordForm.howWellWasThe',
            defaultMessage: 'How well was the splint schedule kept?',
          })}
          options={ADHERENCE_OPTIONS}
          noneLabel={intl.formatMessage({
            id: 'sessions.recordForm.notDiscussed',
            defaultMessage: 'Not discussed',
          })}
          vertical
        />
        <TextFieldControl
          control={control}
          name="notes"
          label={intl.formatMessage({ id: 'sessions.recordForm.notes', defaultMessage: 'Notes' })}
          multiline
        />
        <TextFieldControl
          control={control}
          name="changes"
          label={intl.formatMessage({
            id: 'sessions.recordForm.changesMade',
            defaultMessage: 'Changes made',
          })}
          description={intl.formatMessage({
            id: 'sessions.recordForm.toSplintsEquipmentOr',
            defaultMessage:
              'To splints, equipment or advice, for example a strap padded or a new jar opener.',
          })}
          multiline
        />
      </fieldset>
      <div className="form-actions">
        <Button type="submit" className="button primary" isPending={formState.isSubmitting}>
          {correcting
            ? intl.formatMessage({
                id: 'sessions.recordForm.saveCorrection',
                defaultMessage: 'Save correction',
              })
            : intl.formatMessage({
                id: 'sessions.recordForm.recordSession',
                defaultMessage: 'Record session',
              })}
        </Button>
        {onCancel && (
          <Button className="button" onPress={onCancel}>
            {intl.formatMessage({
              id: 'sessions.recordForm.cancelCorrection',
              defaultMessage: 'Cancel correction',
            })}
          </Button>
        )}
      </div>
    </Form>
  );
}
