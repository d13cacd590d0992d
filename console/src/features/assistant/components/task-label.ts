/** The message naming a task, by the server's task name (a task this console does not know keeps the generic word). */
export function taskLabel(task: string) {
  switch (task) {
    case 'summarise':
      return 'taskSummarise' as const;
    case 'combine':
      return 'taskCombine' as const;
    case 'minutes':
      return 'taskMinutes' as const;
    case 'rewrite-cantonese':
      return 'taskRewrite' as const;
    case 'translate':
      return 'taskTranslate' as const;
    default:
      return 'colTask' as const;
  }
}
