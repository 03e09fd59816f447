import { Link } from '@tanstack/react-router';

export function NotFoundPage() {
  return (
    <main className="mx-auto mt-24 max-w-md text-center">
      <h1 className="text-xl font-semibold">Nothing here</h1>
      <p className="mt-2 text-slate-700">This page does not exist, or you cannot see it.</p>
      <Link to="/tickets" className="mt-4 inline-block text-indigo-800 underline">
        Back to the tickets
      </Link>
    </main>
  );
}
