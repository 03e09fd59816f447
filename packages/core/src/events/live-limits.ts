/** Bounds of the live event streams (`events.subscribe`, `GET /api/v1/events/stream`) in one process. */
export interface LiveLimits {
  /** Open streams per user in one server process; one more is refused (E_RATE_LIMITED). */
  streamsPerUser: number;
  /**
   * Events waiting for a stream whose client does not keep up. Past this the stream ends and its
   * client reconnects, replaying from the log: memory stays bounded whatever the client does.
   */
  bufferedEvents: number;
  /**
   * A stream ends after this long and its client reconnects with its last id: the credential is
   * checked again (a signed-out session stops here at the latest) and the connection is rebalanced.
   */
  maxDurationMs: number;
  /** A heartbeat this often keeps proxies from closing a quiet stream, and shows the client it is alive. */
  heartbeatMs: number;
}

export const defaultLiveLimits: LiveLimits = {
  streamsPerUser: 10,
  bufferedEvents: 1_000,
  maxDurationMs: 5 * 60_000,
  heartbeatMs: 15_000,
};
