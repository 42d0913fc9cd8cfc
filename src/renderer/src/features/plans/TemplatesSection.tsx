import { useState } from 'react';
import { Button } from 'react-aria-components';
import { toast } from 'sonner';
import type { TemplateSummary } from '../../../../shared/domain/plan.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useDeleteTemplate, useTemplates } from './queries.ts';
import { RenameTemplateDialog } from './RenameTemplateDialog.tsx';
import './plans.css';
import { useIntl } from 'react-intl';

/** The plan templates: the clinic's own can be renamed, described and deleted. */
export function TemplatesSection() {
  const intl = useIntl();
  const templates = useTemplates();
  const remove = useDeleteTemplate();
  const [renaming, setRenaming] = useState<TemplateSummary | null>(null);
  const [deleting, setDeleting] = useState<TemplateSummary | null>(null);
  const list = templates.data ?? [];
  return (
    <section className="templates-section" aria-labelledby="templates-heading">
      <h2 id="templates-heading">
        {intl.formatMessage({
          id: 'plans.templatesSection.planTemplates',
          defaultMessage: 'Plan templates',
        })}
      </h2>
      <p className="muted">
        {intl.formatMessage({
          id: 'plans.templatesSection.builtInTemplatesCome',
          defaultMessage:
            'Built-in templates come with JointPlan. Save a plan as a template from its page to add your own; yours can be renamed, described and deleted here.',
        })}
      </p>
      <QueryState
        query={templates}
        subject={intl.formatMessage({
          id: 'plans.templatesSection.theTemplates',
          defaultMessage: 'The templates',
        })}
        verb="listed"
      />
      {list.length > 0 && (
        <ul className="template-list">
          {list.map((t) => (
            <li key={t.id} className="template-row">
              <div>
                <strong>{t.name}</strong>
                {t.builtIn && (
                  <span className="badge">
                    {intl.formatMessage({
                      id: 'plans.templatesSection.builtIn',
                      defaultMessage: 'Built in',
                    })}
                  </span>
                )}
                {t.description && <p className="muted">{t.description}</p>}
              </div>
              {!t.builtIn && (
                <div className="detail-actions">
                  <Button
                    className="button"
                    aria-label={intl.formatMessage(
                      { id: 'plans.templatesSection.rename', defaultMessage: 'Rename {name}' },
                      { name: t.name },
                    )}
                    onPress={() => setRenaming(t)}
                  >
                    {intl.formatMessage({
                      id: 'plans.templatesSection.rename2',
                      defaultMessage: 'Rename…',
                    })}
                  </Button>
                  <Button
                    className="button"
                    aria-label={intl.formatMessage(
                      { id: 'plans.templatesSection.delete', defaultMessage: 'Delete {name}' },
                      { name: t.name },
                    )}
                    onPress={() => setDeleting(t)}
                  >
                    {intl.formatMessage({
                      id: 'plans.templatesSection.delete2',
                      defaultMessage: 'Delete…',
                    })}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {renaming && <RenameTemplateDialog template={renaming} onClose={() => setRenaming(null)} />}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={intl.formatMessage(
          {
            id: 'plans.templatesSection.deleteTheTemplate',
            defaultMessage: 'Delete the template “{value}”?',
          },
          { value: deleting?.name ?? '' },
        )}
        confirmLabel={intl.formatMessage({
          id: 'plans.templatesSection.deleteTemplate',
          defaultMessage: 'Delete template',
        })}
        destructive
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const t = deleting;
          setDeleting(null);
          if (t)
            remove.mutate(t.id, {
              onSuccess: () =>
                toast.success(
                  intl.formatMessage(
                    {
                      id: 'plans.templatesSection.templateDeleted',
                      defaultMessage: 'Template “{name}” deleted',
                    },
                    { name: t.name },
                  ),
                ),
              onError: (e) => toast.error(e.message),
            });
        }}
      >
        <p>
          {intl.formatMessage({
            id: 'plans.templatesSection.itWillNoLonger',
            defaultMessage:
              'It will no longer be offered for new plans. Plans started from it do not change.',
          })}
        </p>
      </ConfirmDialog>
    </section>
  );
}
