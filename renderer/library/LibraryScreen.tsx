export function LibraryScreen({ tab }: { tab?: string | undefined }) {
  return <div className="empty-state"><h1>Library {tab}</h1><p>Not built yet.</p></div>;
}
