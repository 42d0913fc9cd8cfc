import { useState } from 'react';
import {
  Button,
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
} from 'react-aria-components';
import {
  catalogueItemName,
  type CatalogueItem,
  type CatalogueKind,
} from '../../../../../shared/domain/catalogue.ts';
import { useCatalogueList } from '../../catalogue/queries.ts';

interface Props {
  kind: CatalogueKind;
  label: string;
  /** A second line for each choice, e.g. the daily activity. */
  describe?(item: CatalogueItem): string;
  onPick(item: CatalogueItem): void;
}

/** Type to find a catalogue item, Enter or click to add it to the plan. */
export function CataloguePicker({ kind, label, describe, onPick }: Props) {
  const items = useCatalogueList(kind);
  const [text, setText] = useState('');
  return (
    <ComboBox
      className="field catalogue-picker"
      inputValue={text}
      onInputChange={setText}
      selectedKey={null}
      onSelectionChange={(key) => {
        const item = items.data?.find((i) => i.id === key);
        if (!item) return;
        onPick(item);
        setText('');
      }}
      defaultItems={items.data ?? []}
      menuTrigger="focus"
    >
      <Label className="field-label">{label}</Label>
      <div className="combo-input">
        <Input placeholder="Type to search the catalogue" />
        <Button aria-label={`Show all: ${label.toLowerCase()}`}>▾</Button>
      </div>
      <Popover className="popover">
        <ListBox className="suggestion-list">
          {(item: CatalogueItem) => (
            <ListBoxItem className="suggestion" textValue={catalogueItemName(item.content)}>
              {catalogueItemName(item.content)}
              {describe && <span className="suggestion-detail"> · {describe(item)}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
