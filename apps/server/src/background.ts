import { eventConsumerList, jobDefinitions, recurringJobs } from '@ticketing/core/background/registry';
import type { Deps } from '@ticketing/core/deps';
import { runConsumers } from '@ticketing/core/events/run-consumers';
import { type JobOutcome, runJobs } from '@ticketing/core/jobs/run-jobs';
import type { DbConnection } from '@ticketing/db/client';
import type { Logger } from 'pino';

export interface Background {
  /** Stops taking work; what is running gets `graceMs` to finish (jobs cut short are given back). */
  stop(graceMs: number): Promise<void>;
}

/** The event consumers and the job runner of this process: they start and stop with the server. */
export async function startBackground(
  deps: Deps,
  connection: DbConnection,
  options: {
    jobConcurrency: number;
    jobLeaseMarginMs: number;
    logger: Logger;
    onJobOutcome(outcome: JobOutcome): void;
  },
): Promise<Background> {
  const { logger } = options;
  const consumers = await runConsumers({
    db: connection.db,
    listen: connection.listen,
    consumers: eventConsumerList,
    onError: (consumer, error) =>
      logger.error({ err: error, consumer }, 'event consumer batch failed; it will be retried'),
  });
  const jobs = await runJobs({
    deps,
    listen: connection.listen,
    definitions: jobDefinitions,
    recurring: recurringJobs,
    concurrency: options.jobConcurrency,
    leaseMarginMs: options.jobLeaseMarginMs,
    onOutcome: (outcome) => {
      options.onJobOutcome(outcome);
      if (outcome.result === 'done') logger.debug(outcome, 'job done');
      else logger.warn(outcome, `job ${outcome.result}`);
    },
  });
  return {
    async stop(graceMs) {
      await Promise.all([consumers.stop(), jobs.stop(graceMs)]);
    },
  };
}
