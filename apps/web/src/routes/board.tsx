export function BoardPage() {
  return <h1 className="text-lg font-semibold">BoardPage</h1>;
}
