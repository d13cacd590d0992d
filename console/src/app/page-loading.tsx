import { commonMessages, useMessages } from '../i18n/index.ts';

/** What shows while a page's code loads (first visit to it): announced, and marked as not usable yet. */
export function PageLoading() {
  const t = useMessages(commonMessages);
  return (
    <p className="muted" role="status" data-loading>
      {t('loading')}
    </p>
  );
}
