import type { ReactNode } from 'react';
import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
} from 'react-aria-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

export interface SelectOption {
  value: string;
  label: string;
  /** Drawn before the label, in the list and in the button. */
  decoration?: ReactNode;
}

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  options: readonly SelectOption[];
  /** Offers "nothing chosen", stored as null, under this label (for nullable fields). */
  noneLabel?: string;
  description?: string;
  className?: string;
}

const NONE = '__none__';

/** A labelled drop-down list bound to react-hook-form. */
export function SelectControl<T extends FieldValues>(props: Props<T>) {
  const { control, name, label, options, noneLabel, description, className } = props;
  const items = [
    ...(noneLabel === undefined ? [] : [{ value: NONE, label: noneLabel }]),
    ...options,
  ];
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          className={`field select-field ${className ?? ''}`}
          name={field.name}
          value={(field.value as string | null) ?? (noneLabel === undefined ? null : NONE)}
          onChange={(key) => field.onChange(key === NONE ? null : key)}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <Label className="field-label">{label}</Label>
          <Button className="select-button" ref={field.ref}>
            <SelectValue className="select-value" />
            <span aria-hidden="true" className="select-arrow">
              ▾
            </span>
          </Button>
          {description && <Text slot="description">{description}</Text>}
          <FieldError>{fieldState.error?.message}</FieldError>
          <Popover className="popover">
            <ListBox className="suggestion-list" items={items.map((o) => ({ ...o, id: o.value }))}>
              {(option) => (
                <ListBoxItem className="suggestion select-option" textValue={option.label}>
                  {'decoration' in option ? option.decoration : null}
                  {option.label}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </Select>
      )}
    />
  );
}
