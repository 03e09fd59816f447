import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { eventsHorizon } from './horizon.ts';
import type { LiveEventsInput } from './live-schemas.ts';
import { LiveScope } from './live-scope.ts';
import type { LiveTap } from './live-tap.ts';
import { readEvents } from './read-events.ts';
import type { Event } from './schemas.ts';

const REPLAY_PAGE = 200;
// The horizon can trail the feed's position by an id for a moment (a writer that began just now
// holds the id below its own): the replay looks again this soon.
const HORIZON_RETRY_MS = 20;

/**
 * A place on this process's live feed for one stream of `actor`. Throws E_UNAVAILABLE where no feed
 * runs and E_RATE_LIMITED past the per-user limit; taken before anything is sent, so that both can
 * still be answered with a status. Hand it to liveEvents, which gives it back when it ends.
 */
export function joinLiveFeed(deps: Deps, actor: Actor): LiveTap {
  if (!deps.live) throw new DomainError('E_UNAVAILABLE', 'Live updates are not running in this server process');
  return deps.live.join(actor.userId);
}

/**
 * The events `actor` may see (events.list's scope and filters), as they happen, each once and in id
 * order: first the ones after `input.lastEventId` from the log, so a client that reconnects misses
 * nothing, then live ones from the tap, which was listening before the replay began. Without a
 * `lastEventId` it starts now. Returns when the tap ends (the client fell behind, the server is
 * stopping, the stream's time is up), when `signal` aborts, or when its credential no longer holds:
 * the transport then ends the stream and the client reconnects, resuming from the last id it got.
 */
export async function* liveEvents(
  deps: Deps,
  actor: Actor,
  input: LiveEventsInput,
  tap: LiveTap,
  signal?: AbortSignal,
): AsyncGenerator<Event, void> {
  const open = () => !tap.endedBy && !signal?.aborted;
  try {
    if (!open()) return;
    // Everything up to here is settled and, for a new stream, not its business. Taken before the
    // scope: a membership change that the scope misses has a later id, and is met below.
    let delivered = input.lastEventId ?? (await eventsHorizon(deps.db)) - 1;
    const scope = await LiveScope.of(deps.db, actor, input);

    // From the log until the tap's batches take over (they cover every id above tap.from).
    while (delivered < tap.from && open()) {
      const page = await readEvents(deps.db, { after: delivered, limit: REPLAY_PAGE, where: [scope.where()] });
      let rescoped = false;
      for (const event of page.items) {
        const concern = scope.concerns(event);
        if (concern && !(await scope.refresh(concern))) return;
        delivered = event.id;
        if (scope.admits(event)) yield event;
        if (!open()) return;
        // The rest of the page was chosen under the old scope: read on from here under the new one.
        if (concern) {
          rescoped = true;
          break;
        }
      }
      if (rescoped) continue;
      delivered = Math.max(delivered, page.nextAfter);
      if (page.items.length < REPLAY_PAGE && delivered < tap.from) await tap.pause(HORIZON_RETRY_MS, signal);
    }

    // Live. Events the replay already handed out come again here: skipped by id.
    for (let batch = await tap.take(signal); batch; batch = await tap.take(signal)) {
      for (const event of batch) {
        if (event.id <= delivered) continue;
        delivered = event.id;
        const concern = scope.concerns(event);
        if (concern && !(await scope.refresh(concern))) return;
        if (scope.admits(event)) yield event;
        if (!open()) return;
      }
    }
  } finally {
    tap.end('left');
  }
}
