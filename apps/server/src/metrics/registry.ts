import cluster from 'node:cluster';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * This process's metrics, in the Prometheus text format at /metrics. A registry of our own (not the
 * library's global one), so that several servers in one test process do not share counters.
 */
export function createMetrics(options: { liveStreams(): number }) {
  const registry = new Registry();
  // With WORKERS > 1 each scrape is answered by whichever worker takes the connection: its series say which.
  if (cluster.isWorker) registry.setDefaultLabels({ pid: String(process.pid) });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequests: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests by method, route template and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    jobRuns: new Counter({
      name: 'jobs_runs_total',
      help: 'Background job runs in this process by queue and result (done, retry, dead, released)',
      labelNames: ['queue', 'result'] as const,
      registers: [registry],
    }),
    liveSubscriptions: new Gauge({
      name: 'live_subscriptions',
      help: 'Open live event streams (tRPC subscriptions and /api/v1/events/stream) in this process',
      registers: [registry],
      collect() {
        this.set(options.liveStreams());
      },
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
