import { useState } from 'react';
import { Button } from 'react-aria-components';
import { toast } from 'sonner';
import type { TemplateSummary } from '../../../../shared/domain/plan.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useDeleteTemplate, useTemplates } from './queries.ts';
import { RenameTemplateDialog } from './RenameTemplateDialog.tsx';
import './plans.css';

/** The plan templates: the clinic's own can be renamed, described and deleted. */
export function TemplatesSection() {
  const templates = useTemplates();
  const remove = useDeleteTemplate();
  const [renaming, setRenaming] = useState<TemplateSummary | null>(null);
  const [deleting, setDeleting] = useState<TemplateSummary | null>(null);
  const list = templates.data ?? [];
  return (
    <section className="templates-section" aria-labelledby="templates-heading">
      <h2 id="templates-heading">Plan templates</h2>
      <p className="muted">
        Built-in templates come with JointPlan. Save a plan as a template from its page to add your
        own; yours can be renamed, described and deleted here.
      </p>
      <QueryState query={templates} subject="The templates" verb="listed" />
      {list.length > 0 && (
        <ul className="template-list">
          {list.map((t) => (
            <li key={t.id} className="template-row">
              <div>
                <strong>{t.name}</strong>
                {t.builtIn && <span className="badge">Built in</span>}
                {t.description && <p className="muted">{t.description}</p>}
              </div>
              {!t.builtIn && (
                <div className="detail-actions">
                  <Button
                    className="button"
                    aria-label={`Rename ${t.name}`}
                    onPress={() => setRenaming(t)}
                  >
                    Rename…
                  </Button>
                  <Button
                    className="button"
                    aria-label={`Delete ${t.name}`}
                    onPress={() => setDeleting(t)}
                  >
                    Delete…
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
        title={`Delete the template “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete template"
        destructive
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const t = deleting;
          setDeleting(null);
          if (t)
            remove.mutate(t.id, {
              onSuccess: () => toast.success(`Template “${t.name}” deleted`),
              onError: (e) => toast.error(e.message),
            });
        }}
      >
        <p>It will no longer be offered for new plans. Plans started from it do not change.</p>
      </ConfirmDialog>
    </section>
  );
}
