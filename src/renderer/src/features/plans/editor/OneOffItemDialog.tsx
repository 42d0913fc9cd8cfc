import { useState } from 'react';
import { Checkbox } from 'react-aria-components';
import {
  type CatalogueContent,
  type CatalogueItem,
  type CatalogueKind,
} from '../../../../../shared/domain/catalogue.ts';
import { DialogFrame } from '../../../components/DialogFrame.tsx';
import { blankContent } from '../../catalogue/form/blank-content.ts';
import { CatalogueItemForm } from '../../catalogue/form/CatalogueItemForm.tsx';
import { useCreateCatalogueItem } from '../../catalogue/queries.ts';
import { useIntl } from 'react-intl';

interface Props {
  kind: CatalogueKind;
  /** What the therapist typed into the picker: the new item's name. */
  name: string;
  onAdded(item: CatalogueItem): void;
  onClose(): void;
}

/** The typed words as the name (or title) of a blank item of this kind. */
function named(kind: CatalogueKind, name: string): CatalogueContent {
  const blank = blankContent(kind);
  return 'name' in blank ? { ...blank, name } : { ...blank, title: name };
}

/**
 * An item the catalogue lacks, written for this plan. It is kept for this plan only unless
 * the therapist ticks "Also save it to the catalogue"; either way it is frozen into the plan
 * when finalised, like any catalogue item, so it prints and travels with the record.
 */
export function OneOffItemDialog({ kind, name, onAdded, onClose }: Props) {
  const intl = useIntl();
  const create = useCreateCatalogueItem();
  const [toCatalogue, setToCatalogue] = useState(false);
  return (
    <DialogFrame
      isOpen
      title={intl.formatMessage(
        {
          id: 'plans.editor.oneOffItemDialog.addToThisPlan',
          defaultMessage: 'Add “{name}” to this plan',
        },
        { name },
      )}
      onClose={onClose}
      wide
    >
      <Checkbox className="checkbox" isSelected={toCatalogue} onChange={setToCatalogue}>
        <span className="checkbox-box" aria-hidden="true" />

        {intl.formatMessage({
          id: 'plans.editor.oneOffItemDialog.alsoSaveItTo',
          defaultMessage: 'Also save it to the catalogue, for other plans',
        })}
      </Checkbox>
      <CatalogueItemForm
        heading={
          toCatalogue
            ? intl.formatMessage({
                id: 'plans.editor.oneOffItemDialog.newCatalogueItem',
                defaultMessage: 'New catalogue item',
              })
            : intl.formatMessage({
                id: 'plans.editor.oneOffItemDialog.oneOffItemFor',
                defaultMessage: 'One-off item for this plan',
              })
        }
        submitLabel={intl.formatMessage({
          id: 'plans.editor.oneOffItemDialog.addToPlan',
          defaultMessage: 'Add to plan',
        })}
        content={named(kind, name)}
        save={(content, synonyms) =>
          create.mutateAsync({ content, synonyms, oneOff: !toCatalogue })
        }
        onSaved={(item) => {
          onAdded(item);
          onClose();
        }}
        onCancel={onClose}
      />
    </DialogFrame>
  );
}
