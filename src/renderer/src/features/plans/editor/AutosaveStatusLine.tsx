import { defineMessages, useIntl } from 'react-intl';
import type { AutosaveStatus } from './useAutosave.ts';

const TEXT = defineMessages<AutosaveStatus>({
  saved: { id: 'plans.editor.autosave.saved', defaultMessage: 'All changes saved' },
  pending: { id: 'plans.editor.autosave.pending', defaultMessage: 'Saving soon…' },
  saving: { id: 'plans.editor.autosave.saving', defaultMessage: 'Saving…' },
  invalid: {
    id: 'plans.editor.autosave.invalid',
    defaultMessage: 'Not saved: some fields need attention',
  },
  failed: {
    id: 'plans.editor.autosave.failed',
    defaultMessage:
      'Not saved: JointPlan could not save this draft. Your changes are still on screen.',
  },
});

/** Tells the therapist, politely, whether the draft on screen is safely stored. */
export function AutosaveStatusLine({
  status,
  savedAt,
}: {
  status: AutosaveStatus;
  savedAt: Date | null;
}) {
  const intl = useIntl();
  return (
    <p className={`autosave autosave-${status}`} role="status">
      {savedAt && status === 'saved'
        ? intl.formatMessage(
            { id: 'plans.editor.autosave.savedAt', defaultMessage: 'All changes saved at {time}' },
            { time: intl.formatTime(savedAt, { hour: '2-digit', minute: '2-digit' }) },
          )
        : intl.formatMessage(TEXT[status])}
    </p>
  );
}
