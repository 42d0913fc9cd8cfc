import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { useIntl } from 'react-intl';

/**
 * Asks before leaving a form with unsaved changes: inside the app with a dialog, and when
 * the window itself is closing with the browser's own prompt.
 */
export function UnsavedChangesGuard({
  shouldBlock,
  what = 'this patient',
}: {
  shouldBlock: () => boolean;
  /** What is being edited, as in "the changes you made to this patient". */
  what?: string;
}) {
  const intl = useIntl();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      currentLocation.pathname !== nextLocation.pathname && shouldBlock(),
  );

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (shouldBlock()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [shouldBlock]);

  return (
    <ConfirmDialog
      isOpen={blocker.state === 'blocked'}
      title={intl.formatMessage({
        id: 'components.unsavedChangesGuard.discardUnsavedChanges',
        defaultMessage: 'Discard unsaved changes?',
      })}
      confirmLabel={intl.formatMessage({
        id: 'components.unsavedChangesGuard.discardChanges',
        defaultMessage: 'Discard changes',
      })}
      cancelLabel={intl.formatMessage({
        id: 'components.unsavedChangesGuard.keepEditing',
        defaultMessage: 'Keep editing',
      })}
      destructive
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <p>
        {intl.formatMessage({
          id: 'components.unsavedChangesGuard.theChangesYouMade',
          defaultMessage: 'The changes you made to',
        })}{' '}
        {what}{' '}
        {intl.formatMessage({
          id: 'components.unsavedChangesGuard.haveNotBeenSaved',
          defaultMessage: 'have not been saved. If you leave now they will be lost.',
        })}
      </p>
    </ConfirmDialog>
  );
}
