export function TicketListPage() {
  return <h1 className="text-lg font-semibold">TicketListPage</h1>;
}
