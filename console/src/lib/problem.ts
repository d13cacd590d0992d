/** RFC 9457 problem details as the server sends them (messages already in the asker's language). */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
  requestId?: string;
  errors: ReadonlyArray<{ field: string; code: string; message: string }>;
}

/** What a failed API call throws, so TanStack Query hands pages a typed error. */
export class ProblemError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
  }

  /** The message for one form field (`body.displayName`), so forms show it beside the input. */
  fieldMessage(field: string): string | undefined {
    return this.problem.errors.find((issue) => issue.field === field)?.message;
  }
}

/**
 * Whether the server refused the call for good (a 4xx: not there, not yours, bad input, signed out):
 * asking again changes nothing, so it is neither retried nor polled.
 */
export function isRefusal(error: unknown): boolean {
  return error instanceof ProblemError && error.problem.status < 500;
}

/** The server's reason for refusing `field`, when `error` is a problem that names it (forms show it beside the input). */
export function fieldMessageOf(error: unknown, field: string): string | undefined {
  return error instanceof ProblemError ? error.fieldMessage(field) : undefined;
}

/** The fields a failed call's problem names, each with the server's reason (none for another error). */
export function problemIssues(error: unknown): Problem['errors'] {
  return error instanceof ProblemError ? error.problem.errors : [];
}

/**
 * Whether the server refused a save because someone else changed the same fields after the page read
 * them (409 `changed_meanwhile`): the page reads the record again and moves the officer's changes onto it.
 */
export function isChangedMeanwhile(error: unknown): boolean {
  return problemIssues(error).some((issue) => issue.code === 'changed_meanwhile');
}

/** Reads a problem from any failed response body; a network failure or HTML error page still gets a status. */
export function toProblem(status: number, body: unknown): Problem {
  if (body && typeof body === 'object' && 'code' in body) {
    const raw = body as Partial<Problem>;
    return {
      status,
      code: String(raw.code),
      title: String(raw.title ?? ''),
      detail: String(raw.detail ?? raw.title ?? ''),
      ...(raw.requestId ? { requestId: String(raw.requestId) } : {}),
      errors: Array.isArray(raw.errors) ? raw.errors : [],
    };
  }
  return { status, code: status === 0 ? 'network' : 'unexpected', title: '', detail: '', errors: [] };
}
