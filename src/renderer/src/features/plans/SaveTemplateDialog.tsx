import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { toast } from 'sonner';
import type { Plan } from '../../../../shared/domain/plan.ts';
import { DialogFrame } from '../../components/DialogFrame.tsx';
import { useSaveTemplate } from './queries.ts';
import { useIntl } from 'react-intl';

/** Names a template made from this plan's clinical content (not the patient or dates). */
export function SaveTemplateDialog({
  plan,
  isOpen,
  onClose,
}: {
  plan: Plan;
  isOpen: boolean;
  onClose(): void;
}) {
  const intl = useIntl();
  const [name, setName] = useState(plan.content.title);
  const saveTemplate = useSaveTemplate();
  const save = () =>
    saveTemplate.mutate(
      { planId: plan.id, name, description: null },
      {
        onSuccess: (t) => {
          toast.success(
            intl.formatMessage(
              {
                id: 'plans.saveTemplateDialog.savedTemplate',
                defaultMessage: 'Saved template “{name}”',
              },
              { name: t.name },
            ),
          );
          onClose();
        },
        onError: (e) => toast.error(e.message),
      },
    );
  return (
    <DialogFrame
      isOpen={isOpen}
      title={intl.formatMessage({
        id: 'plans.saveTemplateDialog.saveAsTemplate',
        defaultMessage: 'Save as template',
      })}
      onClose={onClose}
    >
      <p>
        {intl.formatMessage({
          id: 'plans.saveTemplateDialog.theTemplateKeepsThe',
          defaultMessage:
            'The template keeps the splints, equipment, rest advice, principles and goals. It leaves out the patient and the dates.',
        })}
      </p>
      <TextField className="field" value={name} onChange={setName} autoFocus>
        <Label className="field-label">
          {intl.formatMessage({
            id: 'plans.saveTemplateDialog.templateName',
            defaultMessage: 'Template name',
          })}
        </Label>
        <Input />
      </TextField>
      <div className="dialog-actions">
        <Button className="button" onPress={onClose}>
          {intl.formatMessage({ id: 'plans.saveTemplateDialog.cancel', defaultMessage: 'Cancel' })}
        </Button>
        <Button className="button primary" onPress={save} isDisabled={name.trim() === ''}>
          {intl.formatMessage({
            id: 'plans.saveTemplateDialog.saveTemplate',
            defaultMessage: 'Save template',
          })}
        </Button>
      </div>
    </DialogFrame>
  );
}
