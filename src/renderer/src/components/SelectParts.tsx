import type { ReactNode, Ref } from 'react';
import { Button, ListBox, ListBoxItem, Popover, SelectValue } from 'react-aria-components';
import './SelectParts.css';

export interface SelectOption {
  value: string;
  label: string;
  /** Drawn before the label, in the list and in the button. */
  decoration?: ReactNode;
}

/**
 * What every drop-down list in the app draws inside react-aria's <Select>: the button with
 * the chosen value and an arrow, and the pop-up list of options. The caller brings the
 * <Select> (controlled by a form, by the URL, or by the settings), its <Label> and any
 * description or error (a form's through FieldFrame).
 */
export function SelectParts({
  options,
  buttonRef,
}: {
  options: readonly SelectOption[];
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <>
      <Button className="select-button" ref={buttonRef}>
        <SelectValue className="select-value" />
        <span aria-hidden="true" className="select-arrow">
          ▾
        </span>
      </Button>
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
