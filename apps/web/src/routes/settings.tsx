export function SettingsPage() {
  return <h1 className="text-lg font-semibold">SettingsPage</h1>;
}
