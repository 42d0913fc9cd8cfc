import { useFieldArray, useFormContext } from 'react-hook-form';
import {
  catalogueItemName,
  DAILY_ACTIVITIES,
  DAILY_ACTIVITY_LABELS,
  type CatalogueItem,
  type DailyActivity,
} from '../../../../../shared/domain/catalogue.ts';
import type { PlanContentInput } from '../../../../../shared/domain/plan.ts';
import { TextFieldControl } from '../../../components/TextFieldControl.tsx';
import { CataloguePicker } from './CataloguePicker.tsx';
import { ItemActions } from './ItemActions.tsx';
import { OneOffNote } from './OneOffNote.tsx';
import { useListEditing } from './useListEditing.ts';
import { useIntl } from 'react-intl';

function activityOf(item: CatalogueItem | undefined): DailyActivity | null {
  return item?.content.kind === 'equipment' ? item.content.activity : null;
}

/** Equipment grouped by daily activity, each with this patient's reason. */
export function EquipmentSection({ catalogue }: { catalogue: ReadonlyMap<string, CatalogueItem> }) {
  const intl = useIntl();
  const { control, getValues } = useFormContext<PlanContentInput>();
  const equipment = useFieldArray({ control, name: 'equipment' });
  const nameOf = (id: string) => {
    const item = catalogue.get(id);
    return item ? catalogueItemName(item.content) : id;
  };
  const editing = useListEditing(
    equipment,
    (i) => getValues(`equipment.${i}`),
    (e) => nameOf(e.catalogueId),
  );
  const rows = equipment.fields.map((field, index) => ({
    field,
    index,
    activity: activityOf(catalogue.get(field.catalogueId)),
  }));

  return (
    <section className="plan-section" aria-labelledby="plan-equipment">
      <h2 id="plan-equipment">
        {intl.formatMessage({
          id: 'plans.editor.equipmentSection.equipment',
          defaultMessage: 'Equipment',
        })}
      </h2>
      {DAILY_ACTIVITIES.map((activity) => {
        const group = rows.filter((r) => r.activity === activity);
        if (group.length === 0) return null;
        return (
          <div key={activity} className="equipment-group">
            <h3>{DAILY_ACTIVITY_LABELS[activity]}</h3>
            <ul className="item-list">
              {group.map(({ field, index }, position) => {
                const name = nameOf(field.catalogueId);
                const neighbour = (step: number) => group[position + step]?.index ?? index;
                return (
                  <li key={field.id} className="item-card equipment-row">
                    <div className="item-card-header">
                      <h4>{name}</h4>
                      <ItemActions
                        name={name}
                        index={position}
                        count={group.length}
                        // Moving stays within the activity group the patient sees.
                        onMove={(_from, to) => editing.move(index, neighbour(to - position))}
                        onRemove={() => editing.removeWithUndo(index)}
                      />
                    </div>
                    <OneOffNote item={catalogue.get(field.catalogueId)} />
                    <TextFieldControl
                      control={control}
                      name={`equipment.${index}.reason`}
                      label={intl.formatMessage(
                        {
                          id: 'plans.editor.equipmentSection.reasonFor',
                          defaultMessage: 'Reason for {value}',
                        },
                        { value: name.toLowerCase() },
                      )}
                      emptyAsNull
                    />
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      <CataloguePicker
        kind="equipment"
        label={intl.formatMessage({
          id: 'plans.editor.equipmentSection.addEquipment',
          defaultMessage: 'Add equipment',
        })}
        describe={(item) =>
          item.content.kind === 'equipment' ? DAILY_ACTIVITY_LABELS[item.content.activity] : ''
        }
        onPick={(item) => equipment.append({ catalogueId: item.id, reason: null })}
      />
    </section>
  );
}
