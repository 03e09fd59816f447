import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useLiveUpdates } from '@ticketing/client/live-updates';
import { useTRPC } from '@ticketing/client/react';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useSession } from '../session.ts';
import { ShortcutsDialog, useGlobalShortcuts } from './shortcuts.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Loading } from './ui/states.tsx';

// Loaded the first time they open: the first load stays small (see bundle-budget.ts).
const CommandPalette = lazy(() =>
  import('./command-palette.tsx').then((module) => ({ default: module.CommandPalette })),
);
const CreateTicketDialog = lazy(() =>
  import('./create-ticket-dialog.tsx').then((module) => ({ default: module.CreateTicketDialog })),
);

const navLink =
  'rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 data-[status=active]:bg-slate-200 data-[status=active]:font-semibold';

function UnreadBadge() {
  const trpc = useTRPC();
  // Notifications are written by a consumer a moment after the event that causes them, so the
  // live event stream cannot say when one is there: the count is looked at every 15 s.
  const count = useQuery({ ...trpc.notifications.unreadCount.queryOptions(), refetchInterval: 15_000 });
  const unread = count.data?.unread ?? 0;
  if (unread === 0) return null;
  return (
    <span className="ml-1 rounded-full bg-indigo-700 px-1.5 text-xs text-white">
      {unread >= 1000 ? '999+' : unread}
      <span className="sr-only"> unread</span>
    </span>
  );
}

function SignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: async () => {
        queryClient.clear();
        await navigate({ to: '/sign-in', search: {} });
      },
    }),
  );
  return (
    <button type="button" className={navLink} onClick={() => signOut.mutate()} disabled={signOut.isPending}>
      Sign out
    </button>
  );
}

/** The frame of every screen behind sign-in. */
export function AppLayout() {
  const session = useSession();
  const navigate = useNavigate();
  const path = useRouterState({ select: (state) => state.location.href });
  const [creating, setCreating] = useState(false);
  const [palette, setPalette] = useState(false);
  const [help, setHelp] = useState(false);
  useLiveUpdates({ enabled: session.user !== null });
  useGlobalShortcuts({
    create: () => setCreating(true),
    palette: () => setPalette(true),
    help: () => setHelp(true),
  });

  // Once: the location changes on the way out, and the sign-in page must not become `next`.
  const sentToSignIn = useRef(false);
  useEffect(() => {
    if (!session.signedOut || sentToSignIn.current) return;
    sentToSignIn.current = true;
    void navigate({ to: '/sign-in', search: { next: path } });
  }, [session.signedOut, navigate, path]);

  // While the session loads, the page's own queries already run beside it (no waterfall); signed
  // out, they answer 401 and the page is left for the sign-in.
  if (session.signedOut) return <Loading what="your session" />;
  if (session.error)
    return (
      <div className="p-4">
        <ProblemNotice error={session.error} />
      </div>
    );
  const user = session.user;

  return (
    <div className="min-h-screen bg-slate-50 text-slate-900">
      <header className="border-b border-slate-200 bg-white">
        <nav aria-label="Main" className="mx-auto flex max-w-7xl items-center gap-2 px-4 py-2">
          <Link to="/tickets" className="mr-3 font-semibold text-indigo-800">
            Ticketing
          </Link>
          <Link to="/tickets" className={navLink}>
            Tickets
          </Link>
          <Link to="/board" className={navLink}>
            Board
          </Link>
          <Link to="/reports" className={navLink}>
            Reports
          </Link>
          <Link to="/projects" className={navLink}>
            Projects
          </Link>
          <Link to="/inbox" className={navLink}>
            Inbox
            <UnreadBadge />
          </Link>
          {user?.role === 'admin' && (
            <Link to="/admin" className={navLink}>
              Admin
            </Link>
          )}
          <span className="flex-1" />
          <button
            type="button"
            className="rounded bg-indigo-700 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-800"
            onClick={() => setCreating(true)}
          >
            New ticket <kbd className="ml-1 text-xs opacity-80">c</kbd>
          </button>
          <Link to="/settings" className={navLink}>
            {user?.name ?? 'Settings'}
          </Link>
          <SignOut />
        </nav>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-4">
        <Outlet />
      </main>
      <Suspense fallback={null}>
        {creating && <CreateTicketDialog open={creating} onOpenChange={setCreating} />}
        {palette && <CommandPalette open={palette} onOpenChange={setPalette} onCreate={() => setCreating(true)} />}
      </Suspense>
      <ShortcutsDialog open={help} onOpenChange={setHelp} />
    </div>
  );
}
