import { useFieldArray, useFormContext } from 'react-hook-form';
import { catalogueItemName, type CatalogueItem } from '../../../../../shared/domain/catalogue.ts';
import type { PlanContentInput } from '../../../../../shared/domain/plan.ts';
import { TextFieldControl } from '../../../components/TextFieldControl.tsx';
import { CataloguePicker } from './CataloguePicker.tsx';
import { ItemActions } from './ItemActions.tsx';
import { OneOffNote } from './OneOffNote.tsx';
import { useListEditing } from './useListEditing.ts';
import { useIntl } from 'react-intl';

/** Joint-protection principles, each with an example from this patient's own life. */
export function PrinciplesSection({
  catalogue,
}: {
  catalogue: ReadonlyMap<string, CatalogueItem>;
}) {
  const intl = useIntl();
  const { control, getValues } = useFormContext<PlanContentInput>();
  const principles = useFieldArray({ control, name: 'principles' });
  const itemOf = (id: string) => catalogue.get(id);
  const nameOf = (id: string) => {
    const item = itemOf(id);
    return item ? catalogueItemName(item.content) : id;
  };
  const editing = useListEditing(
    principles,
    (i) => getValues(`principles.${i}`),
    (p) => nameOf(p.catalogueId),
  );

  return (
    <section className="plan-section" aria-labelledby="plan-principles">
      <h2 id="plan-principles">
        {intl.formatMessage({
          id: 'plans.editor.principlesSection.jointProtectionPrinciples',
          defaultMessage: 'Joint-protection principles',
        })}
      </h2>
      <ol className="item-list">
        {principles.fields.map((p, index) => {
          const item = itemOf(p.catalogueId);
          const name = nameOf(p.catalogueId);
          return (
            <li key={p.id} className="item-card">
              <div className="item-card-header">
                <h3>{name}</h3>
                <ItemActions
                  name={name}
                  index={index}
                  count={principles.fields.length}
                  onMove={editing.move}
                  onRemove={editing.removeWithUndo}
                />
              </div>
              <OneOffNote item={itemOf(p.catalogueId)} />
              {item?.content.kind === 'principle' && (
                <p className="muted">{item.content.explanation}</p>
              )}
              <TextFieldControl
                control={control}
                name={`principles.${index}.example`}
                // The principle's name in the label, so an example is never typed under the
                // wrong one (the review's 5.8) and each box has its own accessible name.
                label={intl.formatMessage(
                  {
                    id: 'plans.editor.principlesSection.thisPatientSOwn',
                    defaultMessage: 'This patient’s own example for “{name}”',
                  },
                  { name },
                )}
                emptyAsNull
              />
            </li>
          );
        })}
      </ol>
      <CataloguePicker
        kind="principle"
        label={intl.formatMessage({
          id: 'plans.editor.principlesSection.addAPrinciple',
          defaultMessage: 'Add a principle',
        })}
        onPick={(item) => principles.append({ catalogueId: item.id, example: null })}
      />
    </section>
  );
}
