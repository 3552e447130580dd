// A section's clearances under its heading, each in words with a symbol (never colour alone):
// "✓ Finance: cleared by Jane Smith, 3 Dec 2026", "⚠ Finance: changed since cleared …".
import { STATE_SYMBOL, clearanceStateText } from '../../../shared/clearance/rules';
import { useReview } from './use-review';

export function ClearanceBadges({ sectionId }: { sectionId: string }) {
  const review = useReview();
  const mine = review?.clearances.filter((c) => c.sectionId === sectionId) ?? [];
  if (!review || mine.length === 0) return null;
  return (
    <ul className="clearance-badges" aria-label="Clearances of this section">
      {mine.map((c) => {
        const state = review.stateOf(c);
        return (
          <li key={c.id} className={`clearance-badge clearance-${state?.kind ?? 'checking'}`}>
            {state ? (
              <>
                <span aria-hidden="true">{STATE_SYMBOL[state.kind]} </span>
                {clearanceStateText(c, state)}
              </>
            ) : (
              'Checking clearance…'
            )}
          </li>
        );
      })}
    </ul>
  );
}
