export function InboxPage() {
  return <h1 className="text-lg font-semibold">InboxPage</h1>;
}
