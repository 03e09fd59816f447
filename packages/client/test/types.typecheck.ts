// Type-level tests: checked by `pnpm typecheck` (tsc), not run by vitest. A wrong input must not compile.
import type { ErrorCode } from '@ticketing/core/errors';
import { expectTypeOf } from 'vitest';
import type { Client } from '../src/create-client.ts';
import type { components } from '../src/rest/create-rest-client.ts';
import type { RouterInputs, RouterOutputs, TicketPriority, TicketStatus } from '../src/types.ts';

type Ticket = RouterOutputs['tickets']['get'];

expectTypeOf<Ticket['key']>().toEqualTypeOf<string>();
expectTypeOf<Ticket['status']>().toEqualTypeOf<'open' | 'in_progress' | 'blocked' | 'closed'>();
expectTypeOf<Ticket['priority']>().toEqualTypeOf<'low' | 'medium' | 'high' | 'critical'>();
expectTypeOf<Ticket['createdAt']>().toEqualTypeOf<Date>();
expectTypeOf<RouterOutputs['tickets']['list']['items'][number]>().toEqualTypeOf<Ticket>();
expectTypeOf<RouterOutputs['auth']['me']>().not.toHaveProperty('passwordHash');
expectTypeOf<RouterInputs['tickets']['transition']>().toHaveProperty('version').toEqualTypeOf<number>();
expectTypeOf<'E_NOT_FOUND'>().toExtend<ErrorCode>();

// REST types: dates are ISO strings there, not Dates.
expectTypeOf<components['schemas']['Ticket']['createdAt']>().toEqualTypeOf<string>();

declare const client: Client;

export function wrongInputsDoNotCompile() {
  // @ts-expect-error: 'urgent' is not a priority.
  void client.tickets.create.mutate({ projectKey: 'TSK', title: 'x', priority: 'urgent' });
  // @ts-expect-error: a transition needs the version you read.
  void client.tickets.transition.mutate({ key: 'TSK-1', status: 'closed' });
  // @ts-expect-error: there is no such procedure.
  void client.tickets.obliterate.mutate({ key: 'TSK-1' });
}

expectTypeOf<TicketStatus>().toEqualTypeOf<'open' | 'in_progress' | 'blocked' | 'closed'>();
expectTypeOf<TicketPriority>().toEqualTypeOf<'low' | 'medium' | 'high' | 'critical'>();
