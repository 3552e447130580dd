export function MeasuresScreen({ planId }: { planId?: string | undefined }) {
  return <div className="empty-state"><h1>Measures {planId}</h1><p>Not built yet.</p></div>;
}
