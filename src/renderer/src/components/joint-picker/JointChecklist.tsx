import { useId } from 'react';
import { Checkbox } from 'react-aria-components';
import {
  JOINTS,
  SIDES,
  hasJoint,
  toggleJoint,
  type AffectedJoint,
  type JointDefinition,
} from '../../../../shared/domain/joints.ts';
import { jointName } from './diagram-geometry.ts';

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
}: {
  title: string;
  joints: readonly JointDefinition[];
  value: readonly AffectedJoint[];
  onChange: (next: AffectedJoint[]) => void;
  headingLevel: number;
}) {
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
              Joint
            </th>
            {SIDES.map((side) => (
              <th key={side} scope="col" className="jp-col-side">
                {side === 'right' ? 'Right' : 'Left'}
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
                <td key={side} className="jp-cell">
                  <Checkbox
                    className="jp-checkbox"
                    aria-label={jointName(def.id, side)}
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

/** The diagram's equivalent as a list: one row per joint, a checkbox for each side. */
export function JointChecklist({ value, onChange, headingLevel = 4 }: JointChecklistProps) {
  return (
    <div className="jp-list">
      {GROUPS.map((g) => (
        <JointTable
          key={g.region}
          title={g.title}
          joints={JOINTS.filter((j) => j.region === g.region)}
          value={value}
          onChange={onChange}
          headingLevel={headingLevel}
        />
      ))}
    </div>
  );
}
