import { Button } from 'react-aria-components';
import { ProblemMessage } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type HandoffCase, useCaseStep } from '../api/handoffs-api.ts';
import { handoffMessages } from '../messages.ts';

/** Closes the case once nothing more is owed to the citizen. */
export function ClosePanel({ item, announce }: { item: HandoffCase; announce: (message: string) => void }) {
  const t = useMessages(handoffMessages);
  const step = useCaseStep(item.id);
  const sendStep = useSendOnce(step);
  return (
    <>
      <p>{t('closeHelp')}</p>
      <Button
        className="button"
        isPending={step.isPending}
        onPress={() => {
          sendStep({ action: 'close' }, () => announce(t('closed')));
        }}
      >
        {t('closeCase')}
      </Button>
      {step.error ? <ProblemMessage error={step.error} /> : null}
    </>
  );
}
