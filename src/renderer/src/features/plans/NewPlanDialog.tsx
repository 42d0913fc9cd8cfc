import { useState } from 'react';
import { Button, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import type { InputOf } from '../../../../shared/api.ts';
import { type DiseaseStage } from '../../../../shared/domain/patient.ts';
import type { PlanSummary } from '../../../../shared/domain/plan.ts';
import { templateForStage } from '../../../../shared/domain/plan-defaults.ts';
import { DialogFrame } from '../../components/DialogFrame.tsx';
import { useTemplates } from './queries.ts';
import './plans.css';
import { useIntl } from 'react-intl';
import { DISEASE_STAGE_MESSAGES } from '../../lib/domain-messages.ts';

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
  const intl = useIntl();
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
    <DialogFrame
      isOpen={isOpen}
      title={intl.formatMessage({
        id: 'plans.newPlanDialog.startANewPlan',
        defaultMessage: 'Start a new plan',
      })}
      onClose={cancel}
      wide
    >
      <RadioGroup value={choice} onChange={setChoice} className="field start-choices">
        <Label className="field-label">
          {intl.formatMessage({
            id: 'plans.newPlanDialog.startFrom',
            defaultMessage: 'Start from',
          })}
        </Label>
        {latest && (
          <Radio value={`plan:${latest.id}`} className="radio choice">
            <span className="radio-dot" aria-hidden="true" />
            <span>
              <strong>
                {intl.formatMessage({
                  id: 'plans.newPlanDialog.theLatestPlanVersion',
                  defaultMessage: 'The latest plan (version',
                })}{' '}
                {latest.version})
              </strong>
              <Text slot="description">
                {latest.title}
                {intl.formatMessage({
                  id: 'plans.newPlanDialog.copiedDatedTodayReady',
                  defaultMessage: ': copied, dated today, ready to change.',
                })}
              </Text>
            </span>
          </Radio>
        )}
        {listed.map((t) => (
          <Radio key={t.id} value={`template:${t.id}`} className="radio choice">
            <span className="radio-dot" aria-hidden="true" />
            <span>
              <strong>{t.name}</strong>
              {t.id === matchId && stage !== null && (
                <span className="badge">
                  {intl.formatMessage({
                    id: 'plans.newPlanDialog.matches',
                    defaultMessage: 'Matches:',
                  })}{' '}
                  {intl.formatMessage(DISEASE_STAGE_MESSAGES[stage])}
                </span>
              )}
              {t.description && <Text slot="description">{t.description}</Text>}
            </span>
          </Radio>
        ))}
        <Radio value="blank" className="radio choice">
          <span className="radio-dot" aria-hidden="true" />
          <span>
            <strong>
              {intl.formatMessage({
                id: 'plans.newPlanDialog.aBlankPlan',
                defaultMessage: 'A blank plan',
              })}
            </strong>
          </span>
        </Radio>
      </RadioGroup>
      <div className="dialog-actions">
        <Button className="button" onPress={cancel}>
          {intl.formatMessage({ id: 'plans.newPlanDialog.cancel', defaultMessage: 'Cancel' })}
        </Button>
        <Button className="button primary" onPress={start}>
          {intl.formatMessage({
            id: 'plans.newPlanDialog.startPlan',
            defaultMessage: 'Start plan',
          })}
        </Button>
      </div>
    </DialogFrame>
  );
}
