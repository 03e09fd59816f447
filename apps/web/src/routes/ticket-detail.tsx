export function TicketDetailPage() {
  return <h1 className="text-lg font-semibold">TicketDetailPage</h1>;
}
