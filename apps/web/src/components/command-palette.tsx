import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTRPC } from '@ticketing/client/react';
import { Command } from 'cmdk';
import { useEffect, useState } from 'react';
import { statusNames } from '../lib/ticket-list-vocabulary.ts';

const places = [
  { to: '/tickets', name: 'Go to Tickets' },
  { to: '/board', name: 'Go to Board' },
  { to: '/inbox', name: 'Go to Inbox' },
  { to: '/projects', name: 'Go to Projects' },
  { to: '/reports', name: 'Go to Reports' },
  { to: '/settings', name: 'Go to Settings' },
] as const;

const ticketKey = /^[A-Za-z][A-Za-z0-9]{1,9}-[1-9][0-9]{0,8}$/;
const itemClass =
  'flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm text-slate-900 data-[selected=true]:bg-indigo-100 data-[selected=true]:outline-2 data-[selected=true]:outline-indigo-700';
const groupClass =
  '[&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-slate-600';

/** The text once typing pauses, so the search asks the server once per word, not once per key. */
function useSettled(text: string, delayMs: number) {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs]);
  return settled;
}

/**
 * Ctrl/⌘K: places, "create a ticket", and tickets found by full-text search as you type. The server
 * ranks the tickets, so cmdk's own filtering is off and the few commands are matched here.
 */
export function CommandPalette(props: { open: boolean; onOpenChange(open: boolean): void; onCreate(): void }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const q = useSettled(query.trim().slice(0, 200), 150);
  const found = useQuery({
    ...trpc.tickets.list.queryOptions({ q, limit: 8 }),
    // No placeholder from the previous search: Enter must never open a ticket found for other words.
    enabled: props.open && q !== '',
  });
  const close = () => {
    props.onOpenChange(false);
    setQuery('');
  };
  const go = (run: () => unknown) => () => {
    close();
    run();
  };
  const words = query.trim().toLowerCase();
  const matches = (name: string) => name.toLowerCase().includes(words);
  const actions = [
    ...(matches('Create ticket') ? ['create'] : []),
    ...places.filter((place) => matches(place.name)).map((place) => place.to),
  ];
  const tickets = q === '' ? [] : (found.data?.items ?? []);
  const exactKey = ticketKey.test(query.trim()) ? query.trim().toUpperCase() : null;

  return (
    <Command.Dialog
      open={props.open}
      onOpenChange={(open) => (open ? props.onOpenChange(true) : close())}
      label="Command palette"
      shouldFilter={false}
      overlayClassName="fixed inset-0 bg-slate-900/40"
      contentClassName="fixed top-24 left-1/2 w-[min(36rem,95vw)] -translate-x-1/2 rounded-lg bg-white shadow-xl"
    >
      <Command.Input
        value={query}
        onValueChange={setQuery}
        placeholder="Search tickets or type a command…"
        className="w-full border-b border-slate-200 px-4 py-3 text-sm outline-none"
      />
      <Command.List className="max-h-96 overflow-y-auto p-2">
        {found.isFetching && <Command.Loading label="Searching tickets">Searching…</Command.Loading>}
        {!found.isFetching && (
          <Command.Empty className="px-2 py-3 text-sm text-slate-600">Nothing found.</Command.Empty>
        )}
        {exactKey && !tickets.some((ticket) => ticket.key === exactKey) && (
          <Command.Item
            value={`open:${exactKey}`}
            className={itemClass}
            onSelect={go(() => navigate({ to: '/tickets/$key', params: { key: exactKey } }))}
          >
            Open {exactKey}
          </Command.Item>
        )}
        {tickets.length > 0 && (
          <Command.Group heading="Tickets" className={groupClass}>
            {tickets.map((ticket) => (
              <Command.Item
                key={ticket.key}
                value={`ticket:${ticket.key}`}
                className={itemClass}
                onSelect={go(() => navigate({ to: '/tickets/$key', params: { key: ticket.key } }))}
              >
                <span className="font-mono text-xs text-slate-700">{ticket.key}</span>
                <span className="flex-1 truncate">{ticket.title}</span>
                <span className="text-xs text-slate-600">{statusNames[ticket.status]}</span>
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {actions.length > 0 && (
          <Command.Group heading="Actions" className={groupClass}>
            {actions.includes('create') && (
              <Command.Item value="create" className={itemClass} onSelect={go(props.onCreate)}>
                Create ticket <kbd className="ml-auto text-xs text-slate-600">c</kbd>
              </Command.Item>
            )}
            {places
              .filter((place) => actions.includes(place.to))
              .map((place) => (
                <Command.Item
                  key={place.to}
                  value={`go:${place.to}`}
                  className={itemClass}
                  onSelect={go(() => navigate({ to: place.to }))}
                >
                  {place.name}
                </Command.Item>
              ))}
          </Command.Group>
        )}
      </Command.List>
    </Command.Dialog>
  );
}
