/** A moment in the reader's locale; the exact instant stays machine-readable and shows on hover. */
export function Timestamp({ date, empty = '—' }: { date: Date | null; empty?: string }) {
  if (!date) return <span className="text-slate-500">{empty}</span>;
  const iso = date.toISOString();
  return (
    <time dateTime={iso} title={iso}>
      {date.toLocaleString()}
    </time>
  );
}
