import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { FieldError, Label, Text } from 'react-aria-components';
import { domainErrorText } from '../lib/domain-errors.ts';
import './FieldFrame.css';

interface Props {
  label: string;
  /** Marks the label with an asterisk; the control itself carries `isRequired` for readers. */
  isRequired?: boolean | undefined;
  description?: string | undefined;
  error: string | undefined;
  /** The control itself: an input, a group of options, a drop-down button. */
  children: ReactNode;
}

/**
 * The parts every form field shares, drawn inside a react-aria field (TextField, Select,
 * RadioGroup…), which ties the label, description and error to the control for screen readers.
 */
export function FieldFrame({ label, isRequired, description, error, children }: Props) {
  const intl = useIntl();
  return (
    <>
      <Label className="field-label">
        {label}
        {isRequired && (
          <span aria-hidden="true" className="required-mark">
            {' *'}
          </span>
        )}
      </Label>
      {children}
      {description && <Text slot="description">{description}</Text>}
      <FieldError>{error === undefined ? error : domainErrorText(intl, error)}</FieldError>
    </>
  );
}
