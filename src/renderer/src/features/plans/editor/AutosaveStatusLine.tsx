import type { AutosaveStatus } from './useAutosave.ts';

const TEXT: Record<AutosaveStatus, string> = {
  saved: 'All changes saved',
  pending: 'Saving soon…',
  saving: 'Saving…',
  invalid: 'Not saved: some fields need attention',
  failed: 'Not saved: JointPlan could not save this draft. Your changes are still on screen.',
};

/** Tells the therapist, politely, whether the draft on screen is safely stored. */
export function AutosaveStatusLine({
  status,
  savedAt,
}: {
  status: AutosaveStatus;
  savedAt: Date | null;
}) {
  const time =
    savedAt && status === 'saved'
      ? ` at ${savedAt.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`
      : '';
  return (
    <p className={`autosave autosave-${status}`} role="status">
      {TEXT[status]}
      {time}
    </p>
  );
}
