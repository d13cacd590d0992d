import type { TaskResult } from '../api/task-result.ts';
import { BriefView } from './brief-view.tsx';
import { MinutesView } from './minutes-view.tsx';
import { RewriteView } from './rewrite-view.tsx';
import { SummaryView } from './summary-view.tsx';
import { isTranslationOutput, TranslationView } from './translation-view.tsx';

/** A finished task's output, drawn by what it holds. */
export function ResultView({ result }: { result: TaskResult }) {
  const output = result.output;
  if ('summaries' in output && Array.isArray(output.summaries))
    return (
      <>
        {(output as Extract<TaskResult['output'], { summaries: unknown }>).summaries.map((entry, index) => (
          <SummaryView key={entry.documentId} summary={entry.summary} index={index} />
        ))}
      </>
    );
  if ('brief' in output) {
    const combined = output as Extract<TaskResult['output'], { brief: unknown }>;
    return <BriefView brief={combined.brief} generative={combined.generative} />;
  }
  if ('minutes' in output)
    return <MinutesView minutes={(output as Extract<TaskResult['output'], { minutes: unknown }>).minutes} />;
  if (isTranslationOutput(output)) return <TranslationView output={output} />;
  if ('lines' in output) {
    const rewrite = output as Extract<TaskResult['output'], { lines: unknown }>;
    return <RewriteView lines={rewrite.lines} changed={rewrite.changed} />;
  }
  return null;
}
