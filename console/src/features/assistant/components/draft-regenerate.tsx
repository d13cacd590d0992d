import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { SelectField } from '../../../components/index.ts';
import { commonMessages, useMessages } from '../../../i18n/index.ts';
import { fieldMessageOf } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { modelsQuery } from '../api/assistant-api.ts';
import { type DraftDetail, useRegenerateDraft } from '../api/drafts-api.ts';
import { draftMessages } from '../draft-messages.ts';
import { DraftRefusal } from './draft-refusal.tsx';

const SEPARATOR = '\u0001';

/** The body written again by a model from the department's allow-list; said plainly when none is allowed. */
export function DraftRegenerate({ draft, onDone }: { draft: DraftDetail; onDone: (message: string) => void }) {
  const t = useMessages(draftMessages);
  const common = useMessages(commonMessages);
  const models = useQuery(modelsQuery);
  const regenerate = useRegenerateDraft(draft.id);
  const sendRegenerate = useSendOnce(regenerate);
  const allowed = (models.data ?? []).filter((entry) => entry.model !== '*');
  const options = allowed.map((entry) => ({
    id: `${entry.provider}${SEPARATOR}${entry.model}`,
    label: `${entry.provider} / ${entry.model}`,
  }));
  const [chosen, setChosen] = useState('');
  const value = chosen || options[0]?.id || '';
  if (models.isPending) return <p data-loading="">{common('loading')}</p>;
  if (options.length === 0) return <p>{t('regenerateNeedsModel')}</p>;
  const run = () => {
    const [provider = '', model = ''] = value.split(SEPARATOR);
    sendRegenerate({ model: { provider, model }, baseVersion: draft.currentVersion }, (saved) =>
      onDone(t('regenerated', { version: saved.currentVersion, model: `${provider}/${model}` })),
    );
  };
  return (
    <div className="form">
      <SelectField
        label={t('modelLabel')}
        options={options}
        value={value}
        onChange={setChosen}
        error={fieldMessageOf(regenerate.error, 'body.model')}
      />
      <Button className="button" onPress={run} isPending={regenerate.isPending}>
        {regenerate.isPending ? t('regenerating') : t('regenerate')}
      </Button>
      {regenerate.isError ? <DraftRefusal error={regenerate.error} /> : null}
    </div>
  );
}
