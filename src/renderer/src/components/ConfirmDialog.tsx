import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { DialogFrame } from './DialogFrame.tsx';

interface Props {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  destructive?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal question with one safe and one deliberate answer; Escape cancels. */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  destructive,
  onConfirm,
  onCancel,
}: Props) {
  return (
    <DialogFrame isOpen={isOpen} title={title} onClose={onCancel} role="alertdialog">
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        <Button className="button" onPress={onCancel} autoFocus>
          {cancelLabel}
        </Button>
        <Button className={`button ${destructive ? 'danger' : 'primary'}`} onPress={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </DialogFrame>
  );
}
