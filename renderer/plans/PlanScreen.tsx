export function PlanScreen({ planId, view }: { planId: string; view?: string | undefined }) {
  return <div className="empty-state"><h1>Plan {planId} {view}</h1><p>Not built yet.</p></div>;
}
