import { importResultSchema, importTickets, importTicketsInput } from '@ticketing/core/tickets/import-tickets';
import { authedProcedure } from '../../trpc.ts';

export const importTicketsProcedure = authedProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/projects/{key}/import',
      tags: ['projects'],
      summary: 'Create tickets from CSV, all or none (lead, manager, admin); dryRun checks every row first',
      description:
        'Body: `{ "csv": "title,priority,assignees\\r\\nPrinter on fire,high,ana@example.com", "dryRun": true }`. A dry run answers every row\'s problems and writes nothing; otherwise one bad row refuses the whole import (422 E_BULK_REJECTED with `details.failures`). At most 10,000 rows, within the 1 MB body limit. With `Accept: application/x-ndjson` an import that passed its checks streams its progress, a JSON object per line: `{"progress":{"phase":"checked"|"created","done":…,"total":…}}`, then `{"result":{…}}` or, on a failure while writing (nothing is kept), the error object.',
    },
  })
  .input(importTicketsInput)
  .output(importResultSchema)
  .mutation(({ ctx, input }) => importTickets(ctx.deps, ctx.actor, input, ctx.onProgress));
