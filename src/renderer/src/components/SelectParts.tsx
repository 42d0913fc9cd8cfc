import type { ReactNode, Ref } from 'react';
import { Button, ListBox, ListBoxItem, Popover, SelectValue } from 'react-aria-components';

export interface SelectOption {
  value: string;
  label: string;
  /** Drawn before the label, in the list and in the button. */
  decoration?: ReactNode;
}

/**
 * What every drop-down list in the app draws inside react-aria's <Select>: the button with
 * the chosen value and an arrow, and the pop-up list of options. The caller brings the
 * <Select> (controlled by a form, by the URL, or by the settings) and its <Label>.
 */
export function SelectParts({
  options,
  buttonRef,
  children,
}: {
  options: readonly SelectOption[];
  buttonRef?: Ref<HTMLButtonElement>;
  /** Drawn between the button and the list: a description, a field error. */
  children?: ReactNode;
}) {
  return (
    <>
      <Button className="select-button" ref={buttonRef}>
        <SelectValue className="select-value" />
        <span aria-hidden="true" className="select-arrow">
          ▾
        </span>
      </Button>
      {children}
      <Popover className="popover">
        <ListBox className="suggestion-list" items={options.map((o) => ({ ...o, id: o.value }))}>
          {(option) => (
            <ListBoxItem className="suggestion select-option" textValue={option.label}>
              {option.decoration ?? null}
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </>
  );
}
