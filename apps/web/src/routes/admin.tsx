export function AdminPage() {
  return <h1 className="text-lg font-semibold">AdminPage</h1>;
}
