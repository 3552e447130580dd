// Issue 17's goals, gathered from each bench section as it runs and printed together at the end: the
// figure beside its goal, whether this run met it, and when not, what the same run measured that
// explains it (a floor or baseline of the same run), so a reader sees why without the notes.
export interface GoalFigure {
  /** What is measured, e.g. "typing in the 1,000-paragraph paper, p95". */
  readonly what: string;
  readonly figure: string;
  readonly goal: string;
  readonly met: boolean;
  /** Why a goal not met is not, in this run's own figures. */
  readonly why?: string;
}

const figures: GoalFigure[] = [];

export function noteGoal(f: GoalFigure): void {
  figures.push(f);
}

export function goalsReport(): string | null {
  if (!figures.length) return null;
  const lines = [`\nIssue 17's goals, in this run (${figures.filter((f) => f.met).length} of ${figures.length} met)`];
  for (const f of figures) {
    lines.push(`  ${f.met ? 'met    ' : 'not met'}  ${f.what}: ${f.figure}   (goal ${f.goal})`);
    if (!f.met && f.why) lines.push(`             why: ${f.why}`);
  }
  return lines.join('\n');
}
