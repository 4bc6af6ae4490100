import type { MbiResult, Problem } from '@mbi/client';

/** A failed call, carried through TanStack Query as an error so that screens show its problem document. */
export class ProblemError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(`${problem.code}: ${problem.title}`);
    this.name = 'ProblemError';
    this.problem = problem;
  }
}

/** The value of a result, or a {@link ProblemError} thrown for TanStack Query to hold. */
export function unwrap<T>(result: MbiResult<T>): T {
  if (!result.ok) throw new ProblemError(result.problem);
  return result.value;
}

export function problemOf(error: unknown): Problem | null {
  return error instanceof ProblemError ? error.problem : null;
}
