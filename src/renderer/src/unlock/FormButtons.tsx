import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Button } from 'react-aria-components';

interface Props {
  submitLabel: string;
  pending: boolean;
  generalError: string | null;
  onQuit(): void;
  children?: ReactNode;
}

/** The refusal that concerns no field, the main action, any other, and Quit, always there. */
export function FormButtons({ submitLabel, pending, generalError, onQuit, children }: Props) {
  return (
    <>
      {generalError && (
        <p role="alert" className="unlock-problem">
          {generalError}
        </p>
      )}
      <div className="unlock-actions">
        <Button type="submit" className="button primary" isPending={pending}>
          {pending ? (
            <FormattedMessage id="unlock.checking" defaultMessage="Checking…" />
          ) : (
            submitLabel
          )}
        </Button>
        {children}
        <Button className="button" onPress={onQuit}>
          <FormattedMessage id="unlock.quit" defaultMessage="Quit" />
        </Button>
      </div>
    </>
  );
}
