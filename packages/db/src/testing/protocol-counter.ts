/** What clients sent a PostgreSQL server, counted by message type. */
export interface ProtocolCounts {
  /** Parse messages: statements PostgreSQL had to parse and plan (named or unnamed). */
  parses: number;
  /** Sync messages, plus Flushes that end a batch and wait for its answer: round trips. */
  roundTrips: number;
  /** Simple-protocol Query messages (BEGIN, COMMIT, … also count as round trips). */
  simpleQueries: number;
  /** Bind messages: statements executed through the extended protocol. */
  executions: number;
}

/**
 * Reads the frontend side of the PostgreSQL wire protocol, chunk by chunk for each connection, and
 * counts its messages. Every connection starts with a startup packet that has no type byte.
 */
export class ProtocolCounter {
  readonly #pending = new Map<number, Buffer>();
  readonly #started = new Set<number>();
  #counts: ProtocolCounts = { parses: 0, roundTrips: 0, simpleQueries: 0, executions: 0 };

  feed(connection: number, chunk: Buffer): void {
    let buffer = Buffer.concat([this.#pending.get(connection) ?? Buffer.alloc(0), chunk]);
    for (;;) {
      if (!this.#started.has(connection)) {
        if (buffer.length < 4) break;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) break;
        buffer = buffer.subarray(length);
        this.#started.add(connection);
        continue;
      }
      if (buffer.length < 5) break;
      const length = buffer.readInt32BE(1);
      if (buffer.length < 1 + length) break;
      this.#count(String.fromCharCode(buffer[0] ?? 0));
      buffer = buffer.subarray(1 + length);
    }
    this.#pending.set(connection, buffer);
  }

  #count(type: string): void {
    if (type === 'P') this.#counts.parses++;
    else if (type === 'B') this.#counts.executions++;
    else if (type === 'S' || type === 'H') this.#counts.roundTrips++;
    else if (type === 'Q') {
      this.#counts.simpleQueries++;
      this.#counts.roundTrips++;
    }
  }

  /** The counts so far, and a fresh start. */
  take(): ProtocolCounts {
    const counts = this.#counts;
    this.#counts = { parses: 0, roundTrips: 0, simpleQueries: 0, executions: 0 };
    return counts;
  }
}
