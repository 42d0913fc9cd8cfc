import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import { ItemIcon } from '../ItemIcon.tsx';
import { ICON_NAMES, iconLabel } from '../icons.ts';
import { SelectControl } from '../../../components/SelectControl.tsx';
import { useIntl } from 'react-intl';

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
}

/** The icon printed beside the item on the handout, from the catalogue's icon set. */
export function IconSelectControl<T extends FieldValues>({ control, name }: Props<T>) {
  const intl = useIntl();
  const current = useWatch({ control, name }) as string | undefined;
  // An icon from elsewhere (an older catalogue, an import) stays selectable as it is.
  const names = current && !ICON_NAMES.includes(current) ? [current, ...ICON_NAMES] : ICON_NAMES;
  const options = names.map((icon) => ({
    value: icon,
    label: iconLabel(icon),
    decoration: <ItemIcon name={icon} />,
  }));
  return (
    <SelectControl
      control={control}
      name={name}
      label={intl.formatMessage({
        id: 'catalogue.form.iconSelectControl.icon',
        defaultMessage: 'Icon',
      })}
      options={options}
      description={intl.formatMessage({
        id: 'catalogue.form.iconSelectControl.shownBesideTheItem',
        defaultMessage: 'Shown beside the item on the handout.',
      })}
      className="icon-select"
    />
  );
}
