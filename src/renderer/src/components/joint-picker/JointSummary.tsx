import { summarizeJoints, type AffectedJoint } from '../../../../shared/domain/joints.ts';
import { JointDiagram } from './JointDiagram.tsx';
import './joint-picker.css';

export interface JointSummaryProps {
  joints: readonly AffectedJoint[];
  /** Hide the small picture, e.g. in a narrow list. */
  showDiagram?: boolean;
  className?: string;
}

/** Read-only affected joints: the text is the content; the small diagram is decoration. */
export function JointSummary({ joints, showDiagram = true, className }: JointSummaryProps) {
  return (
    <div className={['jp-summary-view', className ?? ''].join(' ').trim()}>
      <p className="jp-summary-text" data-empty={joints.length === 0 || undefined}>
        {summarizeJoints(joints)}
      </p>
      {showDiagram && joints.length > 0 && <JointDiagram value={joints} readOnly />}
    </div>
  );
}
