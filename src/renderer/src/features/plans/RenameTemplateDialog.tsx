import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import type { TemplateSummary } from '../../../../shared/domain/plan.ts';
import { optionalLine, requiredLine } from '../../../../shared/domain/text-fields.ts';
import { DialogFrame } from '../../components/DialogFrame.tsx';
import { TextFieldControl } from '../../components/TextFieldControl.tsx';
import { useUpdateTemplate } from './queries.ts';
import { useIntl } from 'react-intl';

const templateNameSchema = z.strictObject({
  name: requiredLine('Template name', 100),
  description: optionalLine('Description', 300),
});
type TemplateNameInput = z.input<typeof templateNameSchema>;
type TemplateName = z.output<typeof templateNameSchema>;

/** A new name and description for one of the clinic's own templates. */
export function RenameTemplateDialog({
  template,
  onClose,
}: {
  template: TemplateSummary;
  onClose(): void;
}) {
  const intl = useIntl();
  const update = useUpdateTemplate();
  const form = useForm<TemplateNameInput, unknown, TemplateName>({
    resolver: zodResolver(templateNameSchema),
    defaultValues: { name: template.name, description: template.description || null },
    mode: 'onTouched',
  });
  const save = (values: TemplateName) =>
    update.mutate(
      { id: template.id, ...values },
      {
        onSuccess: (t) => {
          toast.success(
            intl.formatMessage(
              {
                id: 'plans.renameTemplateDialog.savedTemplate',
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
      isOpen
      title={intl.formatMessage(
        { id: 'plans.renameTemplateDialog.rename', defaultMessage: 'Rename “{name}”' },
        { name: template.name },
      )}
      onClose={onClose}
    >
      <Form
        onSubmit={(e) => void form.handleSubmit(save)(e)}
        validationBehavior="aria"
        aria-label={intl.formatMessage({
          id: 'plans.renameTemplateDialog.templateNameAndDescription',
          defaultMessage: 'Template name and description',
        })}
      >
        <TextFieldControl
          control={form.control}
          name="name"
          label={intl.formatMessage({
            id: 'plans.renameTemplateDialog.templateName',
            defaultMessage: 'Template name',
          })}
          isRequired
        />
        <TextFieldControl
          control={form.control}
          name="description"
          label={intl.formatMessage({
            id: 'plans.renameTemplateDialog.description',
            defaultMessage: 'Description',
          })}
          description={intl.formatMessage({
            id: 'plans.renameTemplateDialog.whatItIsFor',
            defaultMessage: 'What it is for, shown when a plan is started. Up to 300 characters.',
          })}
          emptyAsNull
          multiline
        />
        <p className="muted">
          {intl.formatMessage({
            id: 'plans.renameTemplateDialog.plansAlreadyStartedFrom',
            defaultMessage: 'Plans already started from this template do not change.',
          })}
        </p>
        <div className="dialog-actions">
          <Button className="button" onPress={onClose}>
            {intl.formatMessage({
              id: 'plans.renameTemplateDialog.cancel',
              defaultMessage: 'Cancel',
            })}
          </Button>
          <Button type="submit" className="button primary" isPending={update.isPending}>
            {intl.formatMessage({ id: 'plans.renameTemplateDialog.save', defaultMessage: 'Save' })}
          </Button>
        </div>
      </Form>
    </DialogFrame>
  );
}
