import type { ReactNode } from 'react';

export function Loading({ what }: { what: string }) {
  return (
    <p role="status" aria-live="polite" className="p-4 text-sm text-slate-600">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <div className="rounded border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
      {children}
    </div>
  );
}
