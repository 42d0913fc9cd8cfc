import { Label, Radio, RadioGroup } from 'react-aria-components';
import { CATALOGUE_KINDS, type CatalogueKind } from '../../../../shared/domain/catalogue.ts';
import { useIntl } from 'react-intl';
import { CATALOGUE_KIND_MESSAGES } from '../../lib/domain-messages.ts';

interface Props {
  value: CatalogueKind;
  onChange(kind: CatalogueKind): void;
}

/** Which part of the catalogue to show: one kind at a time, as a row of chips. */
export function KindFilter({ value, onChange }: Props) {
  const intl = useIntl();
  return (
    <RadioGroup
      className="kind-filter"
      orientation="horizontal"
      value={value}
      onChange={(v) => onChange(v as CatalogueKind)}
    >
      <Label className="field-label">
        {intl.formatMessage({ id: 'catalogue.kindFilter.show', defaultMessage: 'Show' })}
      </Label>
      <div className="kind-chips">
        {CATALOGUE_KINDS.map((kind) => (
          <Radio key={kind} value={kind} className="kind-chip">
            {intl.formatMessage(CATALOGUE_KIND_MESSAGES[kind])}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
