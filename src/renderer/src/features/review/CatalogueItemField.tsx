import {
  Button,
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { Controller, type Control } from 'react-hook-form';
import { catalogueItemName, type CatalogueItem } from '../../../../shared/domain/catalogue.ts';
import type { PlanSearch } from '../../../../shared/domain/review.ts';
import { useCatalogueList } from '../catalogue/queries.ts';
import { useIntl } from 'react-intl';
import { CATALOGUE_KIND_MESSAGES } from '../../lib/domain-messages.ts';

/** Rest-and-pacing items shape the rest plan; they are never plan items of their own. */
const inPlans = (item: CatalogueItem) => item.content.kind !== 'pacing';

/** Type to pick a catalogue item; retired ones too, as older plans may still hold them. */
export function CatalogueItemField({ control }: { control: Control<PlanSearch> }) {
  const intl = useIntl();
  const catalogue = useCatalogueList(null, '', true);
  const items = (catalogue.data ?? []).filter(inPlans);
  return (
    <Controller
      control={control}
      name="catalogueId"
      render={({ field }) => (
        <ComboBox
          className="field catalogue-item-field"
          selectedKey={field.value ?? null}
          onSelectionChange={(key) => field.onChange(key === null ? null : String(key))}
          defaultItems={items}
          menuTrigger="focus"
        >
          <Label className="field-label">
            {intl.formatMessage({
              id: 'review.catalogueItemField.catalogueItem',
              defaultMessage: 'Catalogue item',
            })}
          </Label>
          <div className="combo-input">
            <Input
              ref={field.ref}
              placeholder={intl.formatMessage({
                id: 'review.catalogueItemField.typeToSearchThe',
                defaultMessage: 'Type to search the catalogue',
              })}
            />
            <Button
              aria-label={intl.formatMessage({
                id: 'review.catalogueItemField.showAllCatalogueItems',
                defaultMessage: 'Show all catalogue items',
              })}
            >
              ▾
            </Button>
          </div>
          <Text slot="description">
            {intl.formatMessage({
              id: 'review.catalogueItemField.aSplintEquipmentPrinciple',
              defaultMessage: 'A splint, equipment, principle or strategy.',
            })}
          </Text>
          <Popover className="popover">
            <ListBox className="suggestion-list">
              {(item: CatalogueItem) => (
                <ListBoxItem className="suggestion" textValue={catalogueItemName(item.content)}>
                  {catalogueItemName(item.content)}
                  <span className="suggestion-detail">
                    {' '}
                    · {intl.formatMessage(CATALOGUE_KIND_MESSAGES[item.content.kind])}
                    {item.retiredAt
                      ? ' ' +
                        intl.formatMessage({
                          id: 'review.catalogueItemField.retired',
                          defaultMessage: '(retired)',
                        })
                      : ''}
                  </span>
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
      )}
    />
  );
}
