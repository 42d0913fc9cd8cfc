import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  options: readonly { value: string; label: string }[];
  /** The label of the "nothing chosen" option, stored as null. */
  noneLabel: string;
}

const NONE = '__none__';

/** A drop-down list bound to a nullable field. */
export function SelectControl<T extends FieldValues>({
  control,
  name,
  label,
  options,
  noneLabel,
}: Props<T>) {
  const items = [{ value: NONE, label: noneLabel }, ...options];
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          className="field select-field"
          selectedKey={(field.value as string | null) ?? NONE}
          onSelectionChange={(key) => field.onChange(key === NONE ? null : key)}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
        >
          <Label className="field-label">{label}</Label>
          <Button className="select-button" ref={field.ref}>
            <SelectValue />
            <span aria-hidden="true">▾</span>
          </Button>
          <FieldError>{fieldState.error?.message}</FieldError>
          <Popover className="popover">
            <ListBox className="suggestion-list" items={items}>
              {(o) => (
                <ListBoxItem id={o.value} className="suggestion">
                  {o.label}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </Select>
      )}
    />
  );
}
