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

try {
  const config = loadConfig();
  logger.level = config.LOG_LEVEL;
  const server = await startServer(config, { logger });
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    try {
      const { cut } = await server.close();
      logger.info({ cut }, 'stopped');
      process.exit(0);
    } catch (error) {
      logger.fatal({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    logger.fatal({ err: error }, 'failed to start');
    console.error(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}
