export function PlansScreen() {
  return <div className="empty-state"><h1>Delivery plans</h1><p>Not built yet.</p></div>;
}
