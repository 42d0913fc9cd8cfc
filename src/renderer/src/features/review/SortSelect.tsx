import { Label, Select } from 'react-aria-components';
import { SelectParts } from '../../components/SelectParts.tsx';
import type { ReviewQueueState } from './search-params.ts';
import { useIntl } from 'react-intl';

type Sort = ReviewQueueState['sort'];

const OPTIONS: { value: Sort; label: string }[] = [
  { value: 'review-date', label: 'Review date, earliest first' },
  { value: 'name', label: 'Family name' },
];

/** How to order the queue. */
export function SortSelect({ value, onChange }: { value: Sort; onChange(sort: Sort): void }) {
  const intl = useIntl();
  return (
    <Select
      className="field select-field"
      selectedKey={value}
      onSelectionChange={(key) => onChange(key as Sort)}
    >
      <Label className="field-label">
        {intl.formatMessage({ id: 'review.sortSelect.sortBy', defaultMessage: 'Sort by' })}
      </Label>
      <SelectParts options={OPTIONS} />
    </Select>
  );
}
