import { useState } from 'react';
import { Button, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import type { InputOf } from '../../../../shared/api.ts';
import { DISEASE_STAGE_LABELS, type DiseaseStage } from '../../../../shared/domain/patient.ts';
import type { PlanSummary } from '../../../../shared/domain/plan.ts';
import { templateForStage } from '../../../../shared/domain/plan-defaults.ts';
import { DialogFrame } from '../../components/DialogFrame.tsx';
import { useTemplates } from './queries.ts';
import './plans.css';

type Source = InputOf<'plans.createDraft'>['source'];

interface Props {
  isOpen: boolean;
  latest: PlanSummary | null;
  /** The patient's disease stage: the template written for it is offered first and chosen. */
  stage: DiseaseStage | null;
  onStart(source: Source): void;
  onCancel(): void;
}

/** Where a new plan starts: blank, a template, or a copy of the patient's latest plan. */
export function NewPlanDialog({ isOpen, latest, stage, onStart, onCancel }: Props) {
  const templates = useTemplates();
  const all = templates.data ?? [];
  const matchId = templateForStage(
    stage,
    all.map((t) => t.id),
  );
  // The stage's template first, so the choice made for the therapist is the one they see first.
  const listed = [...all].sort((a, b) => Number(b.id === matchId) - Number(a.id === matchId));
  const fallback = latest
    ? `plan:${latest.id}`
    : matchId !== null
      ? `template:${matchId}`
      : 'blank';
  // Null until the therapist picks: the default follows the templates once they have loaded.
  const [picked, setPicked] = useState<string | null>(null);
  const choice = picked ?? fallback;
  const setChoice = setPicked;
  const cancel = () => {
    setPicked(null);
    onCancel();
  };

  const start = () => {
    if (choice === 'blank') return onStart({ from: 'blank' });
    const [kind, id = ''] = choice.split(/:(.*)/s);
    onStart(kind === 'plan' ? { from: 'plan', planId: id } : { from: 'template', templateId: id });
  };

  return (
    <DialogFrame isOpen={isOpen} title="Start a new plan" onClose={cancel} wide>
      <RadioGroup value={choice} onChange={setChoice} className="field start-choices">
        <Label className="field-label">Start from</Label>
        {latest && (
          <Radio value={`plan:${latest.id}`} className="radio choice">
            <span className="radio-dot" aria-hidden="true" />
            <span>
              <strong>The latest plan (version {latest.version})</strong>
              <Text slot="description">{latest.title}: copied, dated today, ready to change.</Text>
            </span>
          </Radio>
        )}
        {listed.map((t) => (
          <Radio key={t.id} value={`template:${t.id}`} className="radio choice">
            <span className="radio-dot" aria-hidden="true" />
            <span>
              <strong>{t.name}</strong>
              {t.id === matchId && stage !== null && (
                <span className="badge">Matches: {DISEASE_STAGE_LABELS[stage]}</span>
              )}
              {t.description && <Text slot="description">{t.description}</Text>}
            </span>
          </Radio>
        ))}
        <Radio value="blank" className="radio choice">
          <span className="radio-dot" aria-hidden="true" />
          <span>
            <strong>A blank plan</strong>
          </span>
        </Radio>
      </RadioGroup>
      <div className="dialog-actions">
        <Button className="button" onPress={cancel}>
          Cancel
        </Button>
        <Button className="button primary" onPress={start}>
          Start plan
        </Button>
      </div>
    </DialogFrame>
  );
}
