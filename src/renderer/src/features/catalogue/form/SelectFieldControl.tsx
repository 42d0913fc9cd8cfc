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
  description?: string;
  className?: string;
}

/** A labelled drop-down list bound to a required enum field. */
export function SelectFieldControl<T extends FieldValues>({
  control,
  name,
  label,
  options,
  description,
  className,
}: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          className={`field select-field ${className ?? ''}`}
          name={field.name}
          value={(field.value as string | null) ?? null}
          onChange={(key) => field.onChange(key)}
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
            <ListBox
              className="suggestion-list"
              items={options.map((o) => ({ ...o, id: o.value }))}
            >
              {(option) => (
                <ListBoxItem className="suggestion select-option" textValue={option.label}>
                  {option.decoration}
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
