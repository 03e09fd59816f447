import cluster from 'node:cluster';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { captureStopRequests } from './stop-requests.ts';

const logger = createLogger();

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

const stops = captureStopRequests();

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const config = readConfig();
logger.level = config.LOG_LEVEL;
// Each module loaded only where it runs: a cluster's primary never loads the server.
if (cluster.isPrimary && config.WORKERS > 1) {
  const { superviseWorkers } = await import('./cluster-primary.ts');
  superviseWorkers(config, logger, stops);
} else {
  const { serve } = await import('./serve.ts');
  await serve(config, logger, stops);
}
