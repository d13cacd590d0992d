import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import './people.css';

/**
 * A modal dialog titled by its `<h2>`: focus moves in and is kept there, Escape closes it, and
 * focus returns to the button that opened it (react-aria). While its request is on its way
 * (`isPending`) it stays open: closing it would not take the request back, only lose its answer —
 * a new key's secret is shown once, in the dialog that follows.
 */
export function ModalDialog({
  title,
  isOpen,
  onOpenChange,
  role = 'dialog',
  isDismissable = true,
  isPending = false,
  children,
}: {
  title: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  role?: 'dialog' | 'alertdialog';
  isDismissable?: boolean;
  isPending?: boolean;
  children: ReactNode;
}) {
  const dismissable = isDismissable && !isPending;
  return (
    <ModalOverlay
      className="people-modal-overlay"
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={dismissable}
      isKeyboardDismissDisabled={!dismissable}
    >
      <Modal className="people-modal">
        <Dialog className="people-dialog" role={role}>
          <Heading slot="title" level={2}>
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
