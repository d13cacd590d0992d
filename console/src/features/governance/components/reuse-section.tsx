import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { ProblemMessage, Section } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useSendOnce } from '../../../lib/send-once.ts';
import { useRequestReuse } from '../api/catalogue-api.ts';
import { useBilingual } from '../localized.ts';
import { governanceMessages } from '../messages.ts';

/** Request to reuse a catalogue entry: a new draft in the caller's department, linked to it, owned by the caller. */
export function ReuseSection({ applicationId }: { applicationId: string }) {
  const t = useMessages(governanceMessages);
  const pick = useBilingual();
  const me = useCurrentUser();
  const reuse = useRequestReuse(applicationId);
  const send = useSendOnce(reuse);
  if (!me.can('governance:prepare')) return null;
  return (
    <Section id="reuse" title={t('sectionReuse')}>
      <p>{t('reuseIntro')}</p>
      <Button className="button" isPending={reuse.isPending} onPress={() => send({ ownerId: me.user.id })}>
        {t('reuseAction')}
      </Button>
      <div role="status">
        {reuse.data ? (
          <p className="notice">
            {t('reused', { name: pick(reuse.data.name) })}{' '}
            <Link to={`/governance/applications/${reuse.data.id}`}>{t('openNewApplication')}</Link>
          </p>
        ) : null}
      </div>
      {reuse.error ? <ProblemMessage error={reuse.error} /> : null}
    </Section>
  );
}
