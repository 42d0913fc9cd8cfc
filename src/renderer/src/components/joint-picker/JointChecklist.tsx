import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { Checkbox } from 'react-aria-components';
import {
  JOINTS,
  SIDES,
  hasJoint,
  toggleJoint,
  type AffectedJoint,
  type JointDefinition,
  type Side,
} from '../../../../shared/domain/joints.ts';
import { jointName } from './diagram-geometry.ts';
import { useIntl } from 'react-intl';

export interface JointChecklistProps {
  value: readonly AffectedJoint[];
  onChange: (next: AffectedJoint[]) => void;
  /** Level of the "Hand" / "Body and feet" headings, to fit the page's outline. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

const GROUPS = [
  { region: 'hand', title: 'Hand' },
  { region: 'body', title: 'Body and feet' },
] as const;

/** The rows in the order shown: the hand's table, then the body's. */
const ROWS = GROUPS.flatMap((g) => JOINTS.filter((j) => j.region === g.region));
const cellKey = (joint: string, side: Side) => `${joint}:${side}`;

function CheckMark() {
  return (
    <svg className="jp-check-box" viewBox="0 0 18 18" aria-hidden="true">
      <polyline points="4 9.5 7.5 13 14 5.5" />
    </svg>
  );
}

function JointTable({
  title,
  joints,
  value,
  onChange,
  headingLevel,
  active,
  onFocusCell,
}: {
  title: string;
  joints: readonly JointDefinition[];
  value: readonly AffectedJoint[];
  onChange: (next: AffectedJoint[]) => void;
  headingLevel: number;
  /** The one box in the Tab order (the last one focused). */
  active: string;
  onFocusCell: (key: string) => void;
}) {
  const intl = useIntl();
  const headingId = useId();
  const Heading = `h${headingLevel}` as 'h4';
  return (
    <section className="jp-list-group">
      <Heading id={headingId} className="jp-list-heading">
        {title}
      </Heading>
      <table className="jp-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col" className="jp-col-joint">
              {intl.formatMessage({
                id: 'components.jointPicker.jointChecklist.joint',
                defaultMessage: 'Joint',
              })}
            </th>
            {SIDES.map((side) => (
              <th key={side} scope="col" className="jp-col-side">
                {side === 'right'
                  ? intl.formatMessage({
                      id: 'components.jointPicker.jointChecklist.right',
                      defaultMessage: 'Right',
                    })
                  : intl.formatMessage({
                      id: 'components.jointPicker.jointChecklist.left',
                      defaultMessage: 'Left',
                    })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {joints.map((def) => (
            <tr key={def.id}>
              <th scope="row" className="jp-row-joint">
                <span className="jp-row-joint-inner">
                  <span className="jp-row-label">{def.label}</span>
                  {def.plainName !== def.label && (
                    <span className="jp-row-plain">{def.plainName}</span>
                  )}
                </span>
              </th>
              {SIDES.map((side) => (
                <td key={side} className="jp-cell" data-cell={cellKey(def.id, side)}>
                  <Checkbox
                    className="jp-checkbox"
                    aria-label={jointName(def.id, side)}
                    excludeFromTabOrder={cellKey(def.id, side) !== active}
                    onFocus={() => onFocusCell(cellKey(def.id, side))}
                    isSelected={hasJoint(value, def.id, side)}
                    onChange={() => onChange(toggleJoint(value, def.id, side))}
                  >
                    <CheckMark />
                  </Checkbox>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The diagram's equivalent as a list: one row per joint, a checkbox for each side. The list
 * is one Tab stop; the arrow keys move between its boxes (Home and End along a row, Ctrl+Home
 * and Ctrl+End to the first and last), and Space ticks.
 */
export function JointChecklist({ value, onChange, headingLevel = 4 }: JointChecklistProps) {
  const intl = useIntl();
  const first = ROWS[0];
  const [active, setActive] = useState(first ? cellKey(first.id, 'right') : '');
  const listRef = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const [joint, side] = active.split(':') as [string, Side];
    let row = ROWS.findIndex((j) => j.id === joint);
    let col = SIDES.indexOf(side);
    const ctrl = event.ctrlKey || event.metaKey;
    switch (event.key) {
      case 'ArrowDown':
        row += 1;
        break;
      case 'ArrowUp':
        row -= 1;
        break;
      case 'ArrowRight':
        col += 1;
        break;
      case 'ArrowLeft':
        col -= 1;
        break;
      case 'Home':
        if (ctrl) row = 0;
        col = 0;
        break;
      case 'End':
        if (ctrl) row = ROWS.length - 1;
        col = SIDES.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    const nextJoint = ROWS[Math.max(0, Math.min(row, ROWS.length - 1))];
    const nextSide = SIDES[Math.max(0, Math.min(col, SIDES.length - 1))];
    if (!nextJoint || !nextSide) return;
    const key = cellKey(nextJoint.id, nextSide);
    setActive(key);
    listRef.current?.querySelector<HTMLInputElement>(`[data-cell="${key}"] input`)?.focus();
  };

  return (
    <div className="jp-list" ref={listRef} onKeyDown={onKeyDown}>
      <p className="jp-hint">
        {intl.formatMessage({
          id: 'components.jointPicker.jointChecklist.oneStopForThe',
          defaultMessage:
            'One stop for the whole list: the arrow keys move between the boxes, Space ticks.',
        })}
      </p>
      {GROUPS.map((g) => (
        <JointTable
          key={g.region}
          title={g.title}
          joints={JOINTS.filter((j) => j.region === g.region)}
          value={value}
          onChange={onChange}
          headingLevel={headingLevel}
          active={active}
          onFocusCell={setActive}
        />
      ))}
    </div>
  );
}
