import type { TestDeps } from '@ticketing/core/testing/test-deps';
import { generateSecret } from '@ticketing/core/webhooks/secrets';
import { webhookDeliveries, webhooks } from '@ticketing/db/schema';
import type { Fixture } from './matrix.ts';

// Written straight to the database, like commentBy: through the domain the setup would need the very
// rights under test. `.invalid` never resolves (RFC 2606), so webhooks.test fails fast and offline.
const URL = 'https://hooks.example.invalid/in';

const webhookOfFixture = new WeakMap<Fixture, Promise<string>>();

/** The fixture project's webhook (one per fixture, made on first use). */
export function webhookOf(deps: TestDeps, fixture: Fixture): Promise<string> {
  let id = webhookOfFixture.get(fixture);
  if (!id) {
    id = deps.db
      .insert(webhooks)
      .values({ projectId: fixture.project.id, url: URL, secret: generateSecret(), createdBy: fixture.owner.userId })
      .returning({ id: webhooks.id })
      .then(([row]) => {
        if (!row) throw new Error('webhook insert returned no row');
        return row.id;
      });
    webhookOfFixture.set(fixture, id);
  }
  return id;
}

/** A finished (failed) delivery of the fixture project's webhook: one that may be sent again. */
export async function deliveryOf(deps: TestDeps, fixture: Fixture): Promise<{ id: string; deliveryId: string }> {
  const id = await webhookOf(deps, fixture);
  // The relational query API brings its own operators (this package does not depend on drizzle-orm).
  const event = await deps.db.query.events.findFirst({
    columns: { id: true },
    where: (columns, { eq }) => eq(columns.projectId, fixture.project.id),
  });
  if (!event) throw new Error('the fixture project has no event');
  const [delivery] = await deps.db
    .insert(webhookDeliveries)
    .values({ webhookId: id, eventId: event.id, state: 'failed', attempts: 1, responseStatus: 500 })
    .onConflictDoUpdate({ target: [webhookDeliveries.webhookId, webhookDeliveries.eventId], set: { state: 'failed' } })
    .returning({ id: webhookDeliveries.id });
  if (!delivery) throw new Error('delivery insert returned no row');
  return { id, deliveryId: delivery.id };
}
