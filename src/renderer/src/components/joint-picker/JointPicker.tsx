import { useId } from 'react';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import { summarizeJoints, type AffectedJoint } from '../../../../shared/domain/joints.ts';
import { JointChecklist } from './JointChecklist.tsx';
import { JointDiagram } from './JointDiagram.tsx';
import { domainErrorText } from '../../lib/domain-errors.ts';
import './joint-picker.css';
import { useIntl } from 'react-intl';

export interface JointPickerProps {
  value: AffectedJoint[];
  onChange(next: AffectedJoint[]): void;
  label?: string;
  errorMessage?: string;
  /** Level of the "List of joints" heading; the list's own group headings sit one level below. */
  headingLevel?: 2 | 3 | 4 | 5;
}

/**
 * Affected joints, chosen on a diagram or in the equivalent list; both show the same value.
 * The summary under the label is read out politely whenever the choice changes.
 */
export function JointPicker({
  value,
  onChange,
  label = 'Affected joints',
  errorMessage,
  headingLevel = 3,
}: JointPickerProps) {
  const intl = useIntl();
  const id = useId();
  const labelId = `${id}-label`;
  const summaryId = `${id}-summary`;
  const errorId = `${id}-error`;
  const count = value.length;

  return (
    <div
      className="jp"
      role="group"
      aria-labelledby={labelId}
      aria-describedby={errorMessage ? `${summaryId} ${errorId}` : summaryId}
      data-invalid={errorMessage ? true : undefined}
    >
      <div className="jp-header">
        <span id={labelId} className="jp-label">
          {label}
        </span>
        <span className="jp-count" aria-hidden="true">
          {count === 0
            ? intl.formatMessage({
                id: 'components.jointPicker.noneChosen',
                defaultMessage: 'None chosen',
              })
            : intl.formatMessage(
                { id: 'components.jointPicker.chosen', defaultMessage: '{count} chosen' },
                { count },
              )}
        </span>
      </div>
      <p
        id={summaryId}
        className="jp-summary"
        aria-live="polite"
        data-empty={count === 0 || undefined}
      >
        {summarizeJoints(value)}
      </p>
      {errorMessage && (
        <p id={errorId} className="jp-error">
          {domainErrorText(intl, errorMessage)}
        </p>
      )}
      <p className="jp-hint">
        {intl.formatMessage({
          id: 'components.jointPicker.drawnAsYouFace',
          defaultMessage:
            'Drawn as you face the patient: their right side is on your left. Click a joint, or use the arrow keys and Space.',
        })}
      </p>
      <JointDiagram
        value={value}
        onChange={onChange}
        aria-label={intl.formatMessage(
          { id: 'components.jointPicker.diagram', defaultMessage: '{label}: diagram' },
          { label },
        )}
      />
      {/* Closed at first: the diagram is one Tab stop, and the list's 52 checkboxes would
          otherwise lie between the form's first field and its last. */}
      <Disclosure className="jp-disclosure">
        <Heading level={headingLevel} className="jp-disclosure-heading">
          <Button slot="trigger" className="jp-disclosure-trigger">
            <svg className="jp-chevron" viewBox="0 0 16 16" aria-hidden="true">
              <path d="M6 3.5 10.5 8 6 12.5" />
            </svg>

            {intl.formatMessage({
              id: 'components.jointPicker.listOfJoints',
              defaultMessage: 'List of joints',
            })}
          </Button>
        </Heading>
        <DisclosurePanel className="jp-disclosure-panel">
          <JointChecklist
            value={value}
            onChange={onChange}
            headingLevel={(headingLevel + 1) as 3 | 4 | 5 | 6}
          />
        </DisclosurePanel>
      </Disclosure>
    </div>
  );
}
