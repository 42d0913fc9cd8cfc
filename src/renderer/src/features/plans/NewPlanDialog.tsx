import { useState } from 'react';
import { Button, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import type { InputOf } from '../../../../shared/api.ts';
import type { PlanSummary } from '../../../../shared/domain/plan.ts';
import { DialogFrame } from '../../components/DialogFrame.tsx';
import { useTemplates } from './queries.ts';
import './plans.css';

type Source = InputOf<'plans.createDraft'>['source'];

interface Props {
  isOpen: boolean;
  latest: PlanSummary | null;
  onStart(source: Source): void;
  onCancel(): void;
}

/** Where a new plan starts: blank, a template, or a copy of the patient's latest plan. */
export function NewPlanDialog({ isOpen, latest, onStart, onCancel }: Props) {
  const templates = useTemplates();
  const [choice, setChoice] = useState(latest ? `plan:${latest.id}` : 'blank');

  const start = () => {
    if (choice === 'blank') return onStart({ from: 'blank' });
    const [kind, id = ''] = choice.split(/:(.*)/s);
    onStart(kind === 'plan' ? { from: 'plan', planId: id } : { from: 'template', templateId: id });
  };

  return (
    <DialogFrame isOpen={isOpen} title="Start a new plan" onClose={onCancel} wide>
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
        {(templates.data ?? []).map((t) => (
          <Radio key={t.id} value={`template:${t.id}`} className="radio choice">
            <span className="radio-dot" aria-hidden="true" />
            <span>
              <strong>{t.name}</strong>
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
        <Button className="button" onPress={onCancel}>
          Cancel
        </Button>
        <Button className="button primary" onPress={start}>
          Start plan
        </Button>
      </div>
    </DialogFrame>
  );
}
