import { pino } from 'pino';
import { ConfigError, loadConfig } from './config.ts';
import { startServer } from './start-server.ts';

const logger = pino();

// The last line of defence: a fault nothing caught leaves the process in a state nobody reasoned
// about. Log it with its stack and exit non-zero, so that a supervisor starts a clean process.
process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'uncaught exception: exiting');
  process.exit(1);
});
process.on('unhandledRejection', (reason) => {
  logger.fatal({ err: reason }, 'unhandled promise rejection: exiting');
  process.exit(1);
});

// Installed before the start, which can take a while (migrations, waiting for another server's):
// a stop asked for meanwhile is carried out as soon as the server is up, never by the default
// handler killing the process halfway. A second signal of the same kind ends it at once.
let stopRequested: string | undefined;
let stop = (signal: string) => {
  stopRequested ??= signal;
};
process.once('SIGTERM', () => stop('SIGTERM'));
process.once('SIGINT', () => stop('SIGINT'));

try {
  const config = loadConfig();
  logger.level = config.LOG_LEVEL;
  const server = await startServer(config, { logger });
  stop = (signal: string) => {
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
  };
  if (stopRequested) stop(stopRequested);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    logger.fatal({ err: error }, 'failed to start');
    console.error(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}
