import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { type RunningServer, startServer } from './start-server.ts';
import type { StopRequests } from './stop-requests.ts';

/**
 * One server process (the only one, or a cluster's worker): starts the server, and on the first stop
 * request drains it and exits 0. A failed start exits 1 (a cluster's primary then starts another).
 */
export async function serve(config: Config, logger: Logger, stops: StopRequests): Promise<void> {
  let server: RunningServer;
  try {
    server = await startServer(config, { logger });
  } catch (error) {
    logger.fatal({ err: error }, 'failed to start');
    console.error(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  let stopping = false;
  stops.onStop((signal) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close().then(
      ({ cut }) => {
        logger.info({ cut }, 'stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.fatal({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
