import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { type StopMessage, type StopRequests, stopMessage } from './stop-requests.ts';

// A worker that dies is started again after 100 ms, doubling with each restart of the last minute,
// at most 5 s apart; past the cap the primary stops everything and exits 1 for its supervisor.
const RESTART_WINDOW_MS = 60_000;
const FIRST_RESTART_DELAY_MS = 100;
const MAX_RESTART_DELAY_MS = 5_000;
// The stop message is repeated this often: one sent before a new worker listens for it is lost.
const RETELL_STOP_MS = 1_000;
// Past a worker's own bound on its stop (delay, drain, jobs, each by its setting), time to close the
// database and exit.
const STOP_MARGIN_MS = 10_000;

/**
 * The primary of WORKERS server processes sharing one port (node:cluster; the primary accepts and
 * hands connections round-robin). It serves nothing and opens no database: it starts the workers,
 * replaces one that dies, passes a stop on to them and exits once every one has stopped.
 */
export function superviseWorkers(config: Config, logger: Logger, stops: StopRequests): void {
  const live = new Set<Worker>();
  const restarts: number[] = [];
  const pendingRestarts = new Set<NodeJS.Timeout>();
  const maxRestartsPerWindow = Math.max(10, 2 * config.WORKERS);
  let anyListening = false;
  let stopping: StopMessage['signal'] | undefined;
  let exitCode = 0;
  const stopBoundMs = config.SHUTDOWN_DELAY_MS + 2 * config.SHUTDOWN_GRACE_MS + STOP_MARGIN_MS;

  const describe = (worker: Worker) => ({ worker: worker.id, workerPid: worker.process.pid });

  const fork = () => {
    live.add(cluster.fork());
  };

  // Over the IPC channel, not as a signal: see captureStopRequests. The signal only for a worker
  // that cannot be told otherwise, and only once (a second one would end it at once).
  const tell = (worker: Worker, signal: StopMessage['signal'], orSignal: boolean) => {
    if (worker.isConnected()) {
      worker.send(stopMessage(signal), (error: Error | null) => {
        if (error && orSignal) worker.process.kill(signal);
      });
    } else if (orSignal) {
      worker.process.kill(signal);
    }
  };

  const finish = () => {
    logger.info({ code: exitCode }, 'all workers stopped');
    process.exit(exitCode);
  };

  const stop = (signal: StopMessage['signal']) => {
    if (stopping) return;
    stopping = signal;
    for (const timer of pendingRestarts) clearTimeout(timer);
    pendingRestarts.clear();
    if (live.size === 0) return finish();
    logger.info({ signal, workers: live.size }, 'stopping the workers');
    for (const worker of live) tell(worker, signal, true);
    setInterval(() => {
      for (const worker of live) tell(worker, signal, false);
    }, RETELL_STOP_MS);
    setTimeout(() => {
      logger.error(
        { workerPids: [...live].map((worker) => worker.process.pid) },
        `workers still running ${stopBoundMs} ms after the stop: killing them`,
      );
      exitCode = 1;
      for (const worker of live) worker.process.kill('SIGKILL');
    }, stopBoundMs);
  };

  cluster.on('listening', (worker, address) => {
    anyListening = true;
    logger.info({ ...describe(worker), port: address.port }, 'worker listening');
  });

  cluster.on('exit', (worker, code, signal) => {
    live.delete(worker);
    if (stopping) {
      if (code !== 0) exitCode = 1;
      logger.info({ ...describe(worker), code, signal }, 'worker stopped');
      if (live.size === 0) finish();
      return;
    }
    if (!anyListening) {
      // As a single process whose start fails: nothing served yet, so stop and say so.
      logger.fatal({ ...describe(worker), code, signal }, 'a worker failed to start: stopping');
      exitCode = 1;
      return stop('SIGTERM');
    }
    const now = Date.now();
    while (restarts.length > 0 && (restarts[0] ?? now) <= now - RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length >= maxRestartsPerWindow) {
      logger.fatal(
        { ...describe(worker), code, signal, restarts: restarts.length },
        'workers keep dying (restart limit of the last minute reached): stopping',
      );
      exitCode = 1;
      return stop('SIGTERM');
    }
    const delayMs = Math.min(FIRST_RESTART_DELAY_MS * 2 ** restarts.length, MAX_RESTART_DELAY_MS);
    restarts.push(now);
    logger.error({ ...describe(worker), code, signal, restartInMs: delayMs }, 'worker died');
    const timer = setTimeout(() => {
      pendingRestarts.delete(timer);
      if (!stopping) fork();
    }, delayMs);
    pendingRestarts.add(timer);
  });

  stops.onStop((signal) => stop(signal === 'SIGINT' ? 'SIGINT' : 'SIGTERM'));
  logger.info({ workers: config.WORKERS }, 'starting workers');
  for (let i = 0; i < config.WORKERS; i++) fork();
}
