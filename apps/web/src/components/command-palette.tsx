export function CommandPalette(_props: { open: boolean; onOpenChange(open: boolean): void; onCreate(): void }) {
  return null;
}
