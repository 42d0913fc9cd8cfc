import { Button } from 'react-aria-components';
import { useFormContext, type UseFieldArrayReturn } from 'react-hook-form';
import type { PlanContentInput } from '../../../../../shared/domain/plan.ts';
import { RadioGroupControl } from '../../../components/RadioGroupControl.tsx';
import { TextFieldControl } from '../../../components/TextFieldControl.tsx';
import { defineMessage, useIntl } from 'react-intl';

const BLOCK_KINDS = [
  {
    value: 'activity',
    label: defineMessage({
      id: 'plans.editor.timetableRows.kind.activity',
      defaultMessage: 'Activity',
    }),
  },
  {
    value: 'rest',
    label: defineMessage({ id: 'plans.editor.timetableRows.kind.rest', defaultMessage: 'Rest' }),
  },
];

type Timetable = UseFieldArrayReturn<PlanContentInput, 'rest.timetable'>;

/** The timetable's blocks as editable rows: start, end, activity or rest, and a label. */
export function TimetableRows({ array }: { array: Timetable }) {
  const intl = useIntl();
  const { control, getValues, formState } = useFormContext<PlanContentInput>();
  const listError =
    formState.errors.rest?.timetable?.root?.message ?? formState.errors.rest?.timetable?.message;

  const addBlock = () => {
    const last = (getValues('rest.timetable') ?? []).at(-1);
    const start = last?.end ?? '09:00';
    const [h = 9, m = 0] = start.split(':').map(Number);
    const end = `${String(Math.min(h + 1, 23)).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
    array.append({ start, end: end > start ? end : '23:59', kind: 'activity', label: '' });
  };

  return (
    <div className="timetable-rows">
      {listError && (
        <p className="field-error-text" role="alert">
          {listError}
        </p>
      )}
      <ol className="item-list">
        {array.fields.map((block, index) => (
          <li key={block.id} className="item-card timetable-row">
            <TextFieldControl
              control={control}
              name={`rest.timetable.${index}.start`}
              label={intl.formatMessage({
                id: 'plans.editor.timetableRows.starts',
                defaultMessage: 'Starts',
              })}
              type="time"
            />
            <TextFieldControl
              control={control}
              name={`rest.timetable.${index}.end`}
              label={intl.formatMessage({
                id: 'plans.editor.timetableRows.ends',
                defaultMessage: 'Ends',
              })}
              type="time"
            />
            <RadioGroupControl
              control={control}
              name={`rest.timetable.${index}.kind`}
              label={intl.formatMessage(
                { id: 'plans.editor.timetableRows.blockIs', defaultMessage: 'Block {value} is' },
                { value: index + 1 },
              )}
              options={BLOCK_KINDS.map((o) => ({ ...o, label: intl.formatMessage(o.label) }))}
            />
            <TextFieldControl
              control={control}
              name={`rest.timetable.${index}.label`}
              label={intl.formatMessage({
                id: 'plans.editor.timetableRows.whatHappens',
                defaultMessage: 'What happens',
              })}
            />
            <Button
              className="icon-button danger-text"
              aria-label={intl.formatMessage(
                {
                  id: 'plans.editor.timetableRows.removeBlock',
                  defaultMessage: 'Remove block {value}',
                },
                { value: index + 1 },
              )}
              onPress={() => array.remove(index)}
            >
              ✕
            </Button>
          </li>
        ))}
      </ol>
      <Button className="button" onPress={addBlock}>
        {intl.formatMessage({
          id: 'plans.editor.timetableRows.addABlock',
          defaultMessage: 'Add a block',
        })}
      </Button>
    </div>
  );
}
