export function WebhooksPage() {
  return <h1 className="text-lg font-semibold">WebhooksPage</h1>;
}
