import { useState } from 'react';
import { Button, Input, Label, TextField as AriaTextField } from 'react-aria-components';
import { useMessages } from '../../../i18n/index.ts';
import type { NewKey } from '../api/people-api.ts';
import { peopleMessages } from '../messages.ts';
import { ModalDialog } from './modal-dialog.tsx';

/**
 * The new key, shown this once: the server keeps only its hash. Not dismissed by a click outside or
 * Escape, so it is not lost by accident; the officer closes it saying the key is stored.
 */
export function KeyCreatedDialog({ created, onClose }: { created: NewKey; onClose: () => void }) {
  const t = useMessages(peopleMessages);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copyKey = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <ModalDialog
      title={t('keyCreatedTitle')}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      role="alertdialog"
      isDismissable={false}
    >
      <p className="notice people-warning">
        <strong>{t('keyCreatedWarning')}</strong>
      </p>
      <AriaTextField className="field" value={created.key} isReadOnly>
        <Label>{t('keyValue', { name: created.name })}</Label>
        <Input className="people-key-value" onFocus={(event) => event.currentTarget.select()} />
      </AriaTextField>
      <p role="status" className={copy === 'failed' ? 'field-error' : 'muted'}>
        {copy === 'copied' ? t('copied') : copy === 'failed' ? t('copyFailed') : ''}
      </p>
      <div className="people-dialog-actions">
        <Button className="button" onPress={() => void copyKey()}>
          {t('copyKey')}
        </Button>
        <Button className="button button-primary" onPress={onClose}>
          {t('keyStored')}
        </Button>
      </div>
    </ModalDialog>
  );
}
