import { pino } from 'pino';
import { ConfigError, loadConfig } from './config.ts';
import { startServer } from './start-server.ts';

const logger = pino();

try {
  const config = loadConfig();
  logger.level = config.LOG_LEVEL;
  const server = await startServer(config, { logger });
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await server.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    logger.fatal({ err: error }, 'failed to start');
  }
  process.exit(1);
}
