import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import './people.css';

/**
 * A modal dialog titled by its `<h2>`: focus moves in and is kept there, Escape closes it, and
 * focus returns to the button that opened it (react-aria).
 */
export function ModalDialog({
  title,
  isOpen,
  onOpenChange,
  role = 'dialog',
  isDismissable = true,
  children,
}: {
  title: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  role?: 'dialog' | 'alertdialog';
  isDismissable?: boolean;
  children: ReactNode;
}) {
  return (
    <ModalOverlay
      className="people-modal-overlay"
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={isDismissable}
      isKeyboardDismissDisabled={!isDismissable}
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
