import { languageOfText, useI18n, useMessages } from '../../../i18n/index.ts';
import type { ConversationTurn } from '../api/handoffs-api.ts';
import { handoffMessages } from '../messages.ts';

const SPEAKER = { user: 'speakerUser', assistant: 'speakerAssistant', agent: 'speakerAgent' } as const;

/** The conversation behind a case, oldest first, each turn with who said it and when. */
export function Conversation({ turns }: { turns: readonly ConversationTurn[] }) {
  const t = useMessages(handoffMessages);
  const { format } = useI18n();
  if (turns.length === 0) return <p className="muted">{t('noConversation')}</p>;
  return (
    <ol className="handoff-conversation" aria-label={t('conversationLabel')}>
      {turns.map((turn) => (
        <li key={turn.id} className={`handoff-turn handoff-turn-${turn.role}`}>
          <p className="handoff-turn-meta">
            <strong>{t(SPEAKER[turn.role])}</strong>{' '}
            <time className="muted" dateTime={turn.createdAt}>
              {format.dateTime(turn.createdAt)}
            </time>
          </p>
          <p className="handoff-turn-text" lang={languageOfText(turn.text, turn.language)}>
            {turn.text}
          </p>
        </li>
      ))}
    </ol>
  );
}
