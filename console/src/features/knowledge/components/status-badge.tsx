import { useMessages } from '../../../i18n/index.ts';
import type { VersionSummary } from '../api/knowledge.ts';
import { knowledgeMessages } from '../messages.ts';
import type { SourceStatus } from './source-status.ts';

/** Each status has a word and a symbol besides its colour (colour is never the only signal). */
const SOURCE_LOOK: Record<
  SourceStatus,
  { tone: string; symbol: string; label: keyof (typeof knowledgeMessages)['en'] }
> = {
  published: { tone: 'ok', symbol: '✓', label: 'statusPublished' },
  inReview: { tone: 'warn', symbol: '●', label: 'statusInReview' },
  draft: { tone: 'neutral', symbol: '○', label: 'statusDraft' },
  rejected: { tone: 'danger', symbol: '✕', label: 'statusRejected' },
  withdrawalRequested: { tone: 'warn', symbol: '!', label: 'statusWithdrawalRequested' },
  withdrawn: { tone: 'neutral', symbol: '⊘', label: 'statusWithdrawn' },
};

export function SourceStatusBadge({ status }: { status: SourceStatus }) {
  const t = useMessages(knowledgeMessages);
  const look = SOURCE_LOOK[status];
  return (
    <span className={`badge badge-${look.tone}`}>
      <span aria-hidden="true">{look.symbol}</span> {t(look.label)}
    </span>
  );
}

const VERSION_LOOK: Record<
  VersionSummary['status'],
  { tone: string; symbol: string; label: keyof (typeof knowledgeMessages)['en'] }
> = {
  draft: { tone: 'warn', symbol: '●', label: 'versionStatusDraft' },
  published: { tone: 'ok', symbol: '✓', label: 'versionStatusPublished' },
  rejected: { tone: 'danger', symbol: '✕', label: 'versionStatusRejected' },
  superseded: { tone: 'neutral', symbol: '↺', label: 'versionStatusSuperseded' },
  withdrawn: { tone: 'neutral', symbol: '⊘', label: 'versionStatusWithdrawn' },
};

export function VersionStatusBadge({ status }: { status: VersionSummary['status'] }) {
  const t = useMessages(knowledgeMessages);
  const look = VERSION_LOOK[status];
  return (
    <span className={`badge badge-${look.tone}`}>
      <span aria-hidden="true">{look.symbol}</span> {t(look.label)}
    </span>
  );
}
