import cluster from 'node:cluster';

/** What a cluster's primary sends a worker to stop it, as SIGTERM would. */
export interface StopMessage {
  type: 'ticketing:stop';
  signal: 'SIGTERM' | 'SIGINT';
}

export const stopMessage = (signal: StopMessage['signal']): StopMessage => ({ type: 'ticketing:stop', signal });

function isStopMessage(message: unknown): message is StopMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    'type' in message &&
    message.type === 'ticketing:stop' &&
    'signal' in message &&
    (message.signal === 'SIGTERM' || message.signal === 'SIGINT')
  );
}

export interface StopRequests {
  /** Calls `handler` with the first request, at once if one came already, and with each later one. */
  onStop(handler: (signal: string) => void): void;
}

/**
 * Installed first thing, before the start (which can take a while: migrations, waiting for another
 * server's): a stop asked for meanwhile is carried out as soon as the process is up, never by the
 * default handler killing it halfway. A second signal of the same kind ends the process at once.
 * In a cluster worker the primary's stop message counts too: it comes over the IPC channel rather
 * than as a signal, because the worker may have had the signal itself already (Ctrl-C reaches the
 * whole process group; systemd signals every process of the unit), and a second one would kill it.
 */
export function captureStopRequests(): StopRequests {
  const requested: string[] = [];
  let handle: ((signal: string) => void) | undefined;
  const request = (signal: string) => {
    if (handle) handle(signal);
    else requested.push(signal);
  };
  process.once('SIGTERM', () => request('SIGTERM'));
  process.once('SIGINT', () => request('SIGINT'));
  if (cluster.isWorker) {
    process.on('message', (message: unknown) => {
      if (isStopMessage(message)) request(message.signal);
    });
  }
  return {
    onStop(handler) {
      handle = handler;
      for (const signal of requested.splice(0)) handler(signal);
    },
  };
}
