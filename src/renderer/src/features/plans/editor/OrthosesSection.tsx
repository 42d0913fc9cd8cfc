import { useFieldArray, useFormContext } from 'react-hook-form';
import { catalogueItemName, type CatalogueItem } from '../../../../../shared/domain/catalogue.ts';
import type { PlanContentInput } from '../../../../../shared/domain/plan.ts';
import { splintSideFromJoints } from '../../../../../shared/domain/plan-defaults.ts';
import { RadioGroupControl } from '../../../components/RadioGroupControl.tsx';
import { PhotoFieldControl } from '../../../components/PhotoFieldControl.tsx';
import { TextFieldControl } from '../../../components/TextFieldControl.tsx';
import { CataloguePicker } from './CataloguePicker.tsx';
import { ItemActions } from './ItemActions.tsx';
import { OneOffNote } from './OneOffNote.tsx';
import { OrthosisJoints } from './OrthosisJoints.tsx';
import { ScheduleFields } from './ScheduleFields.tsx';
import { useListEditing } from './useListEditing.ts';
import { defineMessage, useIntl } from 'react-intl';

const SIDES = [
  {
    value: 'right',
    label: defineMessage({
      id: 'plans.editor.orthosesSection.side.right',
      defaultMessage: 'Right',
    }),
  },
  {
    value: 'left',
    label: defineMessage({ id: 'plans.editor.orthosesSection.side.left', defaultMessage: 'Left' }),
  },
  {
    value: 'both',
    label: defineMessage({ id: 'plans.editor.orthosesSection.side.both', defaultMessage: 'Both' }),
  },
];

/** Splints and braces, each with its side and a structured wearing schedule. */
export function OrthosesSection({ catalogue }: { catalogue: ReadonlyMap<string, CatalogueItem> }) {
  const intl = useIntl();
  const { control, getValues } = useFormContext<PlanContentInput>();
  const orthoses = useFieldArray({ control, name: 'orthoses' });
  const nameOf = (id: string) => {
    const item = catalogue.get(id);
    return item ? catalogueItemName(item.content) : id;
  };
  const fitsOf = (id: string) => {
    const content = catalogue.get(id)?.content;
    return content?.kind === 'orthosis' ? content.fitsJoints : [];
  };
  const editing = useListEditing(
    orthoses,
    (i) => getValues(`orthoses.${i}`),
    (o) => nameOf(o.catalogueId),
  );

  return (
    <section className="plan-section" aria-labelledby="plan-orthoses">
      <h2 id="plan-orthoses">
        {intl.formatMessage({
          id: 'plans.editor.orthosesSection.splintsAndBraces',
          defaultMessage: 'Splints and braces',
        })}
      </h2>
      <ol className="item-list">
        {orthoses.fields.map((o, index) => {
          const name = nameOf(o.catalogueId);
          return (
            <li key={o.id} className="item-card">
              <div className="item-card-header">
                <h3>{name}</h3>
                <ItemActions
                  name={name}
                  index={index}
                  count={orthoses.fields.length}
                  onMove={editing.move}
                  onDuplicate={editing.duplicate}
                  onRemove={editing.removeWithUndo}
                />
              </div>
              <OneOffNote item={catalogue.get(o.catalogueId)} />
              <RadioGroupControl
                control={control}
                name={`orthoses.${index}.side`}
                label={intl.formatMessage({
                  id: 'plans.editor.orthosesSection.side',
                  defaultMessage: 'Side',
                })}
                options={SIDES.map((o) => ({ ...o, label: intl.formatMessage(o.label) }))}
              />
              <OrthosisJoints index={index} name={name} fits={fitsOf(o.catalogueId)} />
              <ScheduleFields index={index} />
              <TextFieldControl
                control={control}
                name={`orthoses.${index}.precautions`}
                label={intl.formatMessage({
                  id: 'plans.editor.orthosesSection.precautions',
                  defaultMessage: 'Precautions',
                })}
                emptyAsNull
              />
              <TextFieldControl
                control={control}
                name={`orthoses.${index}.notes`}
                label={intl.formatMessage({
                  id: 'plans.editor.orthosesSection.notesForThePatient',
                  defaultMessage: 'Notes for the patient',
                })}
                multiline
              />
              <PhotoFieldControl
                control={control}
                name={`orthoses.${index}.photo`}
                label={intl.formatMessage({
                  id: 'plans.editor.orthosesSection.photoOfItOn',
                  defaultMessage: 'Photo of it on the patient’s hand',
                })}
                description={intl.formatMessage({
                  id: 'plans.editor.orthosesSection.optionalHowItShould',
                  defaultMessage:
                    'Optional. How it should look on: printed beside this splint on the handout.',
                })}
              />
            </li>
          );
        })}
      </ol>
      <CataloguePicker
        kind="orthosis"
        label={intl.formatMessage({
          id: 'plans.editor.orthosesSection.addASplintOr',
          defaultMessage: 'Add a splint or brace',
        })}
        onPick={(item) => {
          if (item.content.kind !== 'orthosis') return;
          orthoses.append({
            catalogueId: item.id,
            // The side of the affected joints it fits; none of them affected: the therapist chooses.
            side: splintSideFromJoints(item.content.fitsJoints, getValues('affectedJoints')),
            joints: [],
            schedule: structuredClone(item.content.defaultSchedule),
            precautions: null,
            notes: '',
          });
        }}
      />
    </section>
  );
}
