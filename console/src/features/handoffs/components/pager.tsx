import { Button } from 'react-aria-components';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { handoffMessages } from '../messages.ts';

/** Previous / next page, with where the officer is ("Cases 26–50 of 1,000"). */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const t = useMessages(handoffMessages);
  const { format } = useI18n();
  const from = total === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(total, (page + 1) * pageSize);
  return (
    <nav className="pager" aria-label={t('pagination')}>
      <Button className="button" isDisabled={page === 0} onPress={() => onPage(page - 1)}>
        {t('previousPage')}
      </Button>
      <span aria-live="polite">
        {t('pageOf', { from: format.number(from), to: format.number(to), total: format.number(total) })}
      </span>
      <Button className="button" isDisabled={to >= total} onPress={() => onPage(page + 1)}>
        {t('nextPage')}
      </Button>
    </nav>
  );
}
