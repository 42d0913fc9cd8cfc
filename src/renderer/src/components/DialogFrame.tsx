import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import './DialogFrame.css';

interface Props {
  isOpen: boolean;
  title: string;
  /** Escape, a click outside and the close button all land here. */
  onClose(): void;
  /** `alertdialog` for a question that needs an answer before anything else. */
  role?: 'dialog' | 'alertdialog';
  /** Room for long choices (the plan's starting points). */
  wide?: boolean;
  children: ReactNode;
}

/** A modal dialog with its title: the overlay, the box and the heading that names it. */
export function DialogFrame({ isOpen, title, onClose, role = 'dialog', wide, children }: Props) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      isDismissable
      className="modal-overlay"
    >
      <Modal className={wide ? 'modal modal-wide' : 'modal'}>
        <Dialog role={role} className="dialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
