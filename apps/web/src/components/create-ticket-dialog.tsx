export function CreateTicketDialog(_props: { open: boolean; onOpenChange(open: boolean): void }) {
  return null;
}
