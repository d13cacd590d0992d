import { ProblemMessage } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { DraftRefusedError } from '../api/drafts-api.ts';
import { draftMessages } from '../draft-messages.ts';
import { inLocale } from './draft-labels.ts';

/** A failed draft step: a refusal's reason in the officer's language, any other problem as the server put it. */
export function DraftRefusal({ error }: { error: unknown }) {
  const t = useMessages(draftMessages);
  const { locale } = useI18n();
  if (error instanceof DraftRefusedError && error.reason)
    return (
      <p className="problem" role="alert">
        {t('refused', { reason: inLocale(error.reason, locale) })}
      </p>
    );
  return <ProblemMessage error={error} />;
}
