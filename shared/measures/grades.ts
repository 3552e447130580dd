// A measure's grade for a period: an inspection's or a review's judgement ("Good", "Requires
// Improvement", "Pending") recorded beside the figure, printed in words (never a colour alone) by a
// measures table whose status column is the grade.

/** Grades the measures screen offers (HMICFRS' and Ofsted's words, and "Pending"); any other text is kept as typed. */
export const GRADE_SUGGESTIONS = ['Outstanding', 'Good', 'Requires Improvement', 'Inadequate', 'Pending', 'Not inspected'] as const;

/** Longest grade a value may carry. */
export const GRADE_LIMIT = 100;

/** What the grade column prints for a value's grade: the grade as typed, or "Not graded". */
export function gradeText(grade: string | null | undefined): string {
  const g = (grade ?? '').replace(/\s+/g, ' ').trim();
  return g === '' ? 'Not graded' : g;
}
