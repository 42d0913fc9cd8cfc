import { Label, Select } from 'react-aria-components';
import { SelectParts } from '../../components/SelectParts.tsx';
import type { ReviewQueueState } from './search-params.ts';

type Sort = ReviewQueueState['sort'];

const OPTIONS: { value: Sort; label: string }[] = [
  { value: 'review-date', label: 'Review date, earliest first' },
  { value: 'name', label: 'Family name' },
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
      <SelectParts options={OPTIONS} />
    </Select>
  );
}
