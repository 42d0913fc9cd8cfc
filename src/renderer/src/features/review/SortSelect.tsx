import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import type { ReviewQueueState } from './search-params.ts';

type Sort = ReviewQueueState['sort'];

const OPTIONS: { id: Sort; label: string }[] = [
  { id: 'review-date', label: 'Review date, earliest first' },
  { id: 'name', label: 'Family name' },
];

/** How to order the queue. */
export function SortSelect({ value, onChange }: { value: Sort; onChange(sort: Sort): void }) {
  return (
    <Select
      className="field select-field"
      selectedKey={value}
      onSelectionChange={(key) => onChange(key as Sort)}
    >
      <Label className="field-label">Sort by</Label>
      <Button className="select-button">
        <SelectValue className="select-value" />
        <span aria-hidden="true" className="select-arrow">
          ▾
        </span>
      </Button>
      <Popover className="popover">
        <ListBox className="suggestion-list" items={OPTIONS}>
          {(option) => (
            <ListBoxItem className="suggestion select-option">{option.label}</ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
