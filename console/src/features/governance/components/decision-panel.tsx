import { useState } from 'react';
import { Button, Label, RadioGroup } from 'react-aria-components';
import { Choice, ProblemMessage, Section, TextField } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { fieldMessageOf } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type Capacity, useDecide } from '../api/assessments-api.ts';
import { valueKey } from '../labels.ts';
import { governanceMessages } from '../messages.ts';

/**
 * A reviewer's decision on an assessment in review: endorse, or return with a comment, in one of
 * the capacities still open to them (asked only when they hold more than one).
 */
export function DecisionPanel({ assessmentId, capacities }: { assessmentId: string; capacities: readonly Capacity[] }) {
  const t = useMessages(governanceMessages);
  const decide = useDecide(assessmentId);
  const sendDecision = useSendOnce(decide);
  const [comment, setComment] = useState('');
  const [capacity, setCapacity] = useState<Capacity | undefined>(capacities[0]);
  const done = decide.isSuccess
    ? decide.variables?.decision === 'endorse'
      ? t('endorsed', { capacity: capacity ? t(valueKey('capacity', capacity)) : '' })
      : t('returned')
    : null;
  return (
    <Section id="decision" title={t('decisionTitle')}>
      {capacities.length > 1 ? (
        <RadioGroup
          className="field"
          value={capacity ?? null}
          onChange={(value) => setCapacity(value as Capacity)}
          isDisabled={decide.isSuccess}
        >
          <Label>{t('capacityChoice')}</Label>
          <div className="gov-choices">
            {capacities.map((c) => (
              <Choice key={c} value={c}>
                {t(valueKey('capacity', c))}
              </Choice>
            ))}
          </div>
        </RadioGroup>
      ) : null}
      <TextField
        label={t('decisionComment')}
        description={t('decisionCommentHelp')}
        multiline
        rows={3}
        value={comment}
        onChange={setComment}
        isDisabled={decide.isSuccess}
        error={fieldMessageOf(decide.error, 'body.comment')}
      />
      <div className="button-row">
        <Button
          className="button button-primary"
          isPending={decide.isPending}
          isDisabled={decide.isSuccess}
          onPress={() => sendDecision({ decision: 'endorse', capacity, comment: comment.trim() || undefined })}
        >
          {t('endorse')}
        </Button>
        <Button
          className="button button-danger"
          isPending={decide.isPending}
          isDisabled={decide.isSuccess}
          onPress={() => sendDecision({ decision: 'return', capacity, comment: comment.trim() })}
        >
          {t('returnAction')}
        </Button>
      </div>
      <div role="status">{done ? <p className="notice">{done}</p> : null}</div>
      {decide.error ? <ProblemMessage error={decide.error} /> : null}
    </Section>
  );
}
