import type { AddressInfo } from 'node:net';
import { createReportCsvHandler, createTicketsExportHandler } from '@ticketing/api/http/csv-export';
import { createEventStreamHandler } from '@ticketing/api/http/event-stream';
import type { ApiHandlerOptions } from '@ticketing/api/http/handler-options';
import { createImportStreamHandler } from '@ticketing/api/http/import-stream';
import { createRestHandler } from '@ticketing/api/http/rest-handler';
import { createTrpcHandler } from '@ticketing/api/http/trpc-handler';
import { createOpenApiDocument } from '@ticketing/api/openapi-document';
import type { ObjectStorage } from '@ticketing/core/attachments/storage/object-storage';
import { bootstrapAdmin } from '@ticketing/core/auth/bootstrap-admin';
import { CredentialCache } from '@ticketing/core/auth/credential-cache';
import { listenForCredentialChanges } from '@ticketing/core/auth/credential-changes';
import type { Deps } from '@ticketing/core/deps';
import { startLiveFeed } from '@ticketing/core/events/live-feed';
import type { LiveLimits } from '@ticketing/core/events/live-limits';
import { RateLimiter } from '@ticketing/core/rate-limit/rate-limiter';
import { createDb, type DbConnection } from '@ticketing/db/client';
import { resolveDataDir } from '@ticketing/db/data-dir';
import { migrate } from '@ticketing/db/migrate';
import { type Logger, pino } from 'pino';
import { apiMounts } from './api-mounts.ts';
import { type AttachmentSetup, setUpAttachments } from './attachment-storage.ts';
import { type Background, startBackground } from './background.ts';
import type { Config } from './config.ts';
import { type DrainOptions, type DrainResult, trackConnections } from './connection-drain.ts';
import { csvMounts } from './csv-mounts.ts';
import { eventStreamMount } from './event-stream-mount.ts';
import { filesMount } from './files-mount.ts';
import { healthMounts } from './health.ts';
import { createHttpServer } from './http-server.ts';
import { importStreamMount } from './import-stream-mount.ts';
import { registerDatabaseGauges } from './metrics/database-gauges.ts';
import { metricsMount } from './metrics/metrics-mount.ts';
import { createMetrics } from './metrics/registry.ts';
import { defaultWebDist, webAppMount } from './web-app-mount.ts';

export interface RunningServer {
  url: string;
  connection: DbConnection;
  /**
   * Stops accepting connections, answers what still arrives with `Connection: close`, lets in-flight
   * requests finish (up to SHUTDOWN_GRACE_MS), then closes the database. Idempotent.
   */
  close(options?: Partial<DrainOptions>): Promise<DrainResult>;
}

export interface StartOptions {
  logger?: Logger;
  /** An open database (tests); otherwise one is created from the config. */
  connection?: DbConnection;
  /** Bounds of the live event streams (tests shorten them); defaultLiveLimits otherwise. */
  liveLimits?: Partial<LiveLimits>;
  /** The built web app to serve at `/`; apps/web/dist by default. */
  webDist?: string;
  /** Where attachments are stored (tests pass an S3 driver); from the config otherwise. */
  storage?: ObjectStorage;
}

function connect(config: Config): Promise<DbConnection> {
  return createDb({
    databaseUrl: config.DATABASE_URL,
    dataDir: resolveDataDir(config.DATA_DIR),
    maxConnections: config.DB_POOL_MAX,
    timeouts: {
      connectMs: config.DB_CONNECT_TIMEOUT_MS,
      statementMs: config.DB_STATEMENT_TIMEOUT_MS,
      acquireMs: config.DB_ACQUIRE_TIMEOUT_MS,
    },
  });
}

/** Migrations and the first admin, one server at a time however many start together. */
async function prepareDatabase(connection: DbConnection, deps: Deps, config: Config, logger: Logger): Promise<void> {
  const admin = await connection.exclusively(async (exclusive) => {
    await migrate(exclusive);
    return bootstrapAdmin(
      { ...deps, db: exclusive.db },
      { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD },
    );
  });
  logger.info({ database: connection.kind }, 'database ready');
  if (!admin.created) return;
  if (admin.generatedPassword) {
    // Printed once, on the install that created it; it is stored only as an argon2 hash.
    logger.warn(
      { email: admin.email, password: admin.generatedPassword },
      'created the first admin with a generated password: change it after signing in',
    );
  } else {
    logger.info({ email: admin.email }, 'created the first admin from ADMIN_EMAIL/ADMIN_PASSWORD');
  }
}

function depsOf(connection: DbConnection, config: Config, attachments: AttachmentSetup): Deps {
  return {
    db: connection.db,
    credentials: new CredentialCache(),
    config: {
      allowRegistration: config.ALLOW_REGISTRATION,
      attachments: attachments.config,
      webhooks: {
        allowHttp: config.WEBHOOK_ALLOW_HTTP,
        allowPrivate: config.WEBHOOK_ALLOW_PRIVATE,
        timeoutMs: config.WEBHOOK_TIMEOUT_MS,
        retryScale: config.WEBHOOK_RETRY_SCALE,
      },
    },
  };
}

function handlerOptionsOf(deps: Deps, config: Config, logger: Logger, limiter: RateLimiter): ApiHandlerOptions {
  return {
    deps,
    allowedOrigins: config.CORS_ORIGINS,
    trustedProxyHops: config.TRUST_PROXY,
    rateLimit:
      config.RATE_LIMIT_PER_MINUTE > 0
        ? {
            perMinute: config.RATE_LIMIT_PER_MINUTE,
            perTokenPerMinute: config.RATE_LIMIT_PER_TOKEN_PER_MINUTE ?? config.RATE_LIMIT_PER_MINUTE,
            anonymousPerMinute: config.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
            limiter,
          }
        : undefined,
    onInternalError: (error: Error, path: string | undefined) => logger.error({ err: error, path }, 'internal error'),
  };
}

/**
 * The database, then the live feed and the background work, then the listener: "listening" is
 * logged once the server is whole, and a failure on the way stops what had started and releases the
 * database (the PGlite data directory) for the next attempt.
 */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? pino({ level: config.LOG_LEVEL });
  const attachments = await setUpAttachments(config, options.storage);
  const connection = options.connection ?? (await connect(config));
  const deps = depsOf(connection, config, attachments);
  const metrics = createMetrics({ liveStreams: () => deps.live?.streams ?? 0 });
  registerDatabaseGauges(metrics.registry, connection);
  let background: Background | undefined;
  let stopListening: (() => Promise<void>) | undefined;
  const limiter = new RateLimiter(connection.db);
  const stopStarted = async () => {
    await background?.stop(config.SHUTDOWN_GRACE_MS);
    await limiter.stop();
    await stopListening?.();
    await deps.live?.stop();
    if (!options.connection) await connection.close();
  };
  try {
    await prepareDatabase(connection, deps, config, logger);
    if (deps.credentials) stopListening = await listenForCredentialChanges(connection, deps.credentials);
    limiter.start();
    // One fan-out of committed events to every live stream of this process.
    deps.live = await startLiveFeed({
      db: connection.db,
      listen: connection.listen,
      limits: options.liveLimits,
      onError: (error) => logger.error({ err: error }, 'live feed read failed; it will be retried'),
    });
    background = await startBackground(deps, connection, {
      jobConcurrency: config.JOB_CONCURRENCY,
      jobLeaseMarginMs: config.JOB_LEASE_MARGIN_MS,
      logger,
      onJobOutcome: ({ queue, result }) => metrics.jobRuns.inc({ queue, result }),
    });
  } catch (error) {
    await stopStarted();
    throw error;
  }

  const handlerOptions = handlerOptionsOf(deps, config, logger, limiter);
  const rest = createRestHandler(handlerOptions);
  // Set when the stop begins: /readyz says so at once, before (SHUTDOWN_DELAY_MS) the draining.
  let stopping = false;
  const server = createHttpServer({
    mounts: [
      ...healthMounts({ ping: connection.ping, isStopping: () => stopping }),
      metricsMount(metrics, config.METRICS_TOKEN),
      eventStreamMount(createEventStreamHandler(handlerOptions)),
      ...csvMounts({
        tickets: createTicketsExportHandler(handlerOptions),
        report: createReportCsvHandler(handlerOptions),
        rest,
      }),
      importStreamMount({ stream: createImportStreamHandler(handlerOptions), rest }),
      ...apiMounts({
        trpc: createTrpcHandler(handlerOptions),
        rest,
        openApiDocument: () => createOpenApiDocument(),
      }),
      ...(attachments.local ? [filesMount(attachments.local)] : []),
      webAppMount(options.webDist ?? defaultWebDist, attachments.storageOrigin),
    ],
    corsOrigins: config.CORS_ORIGINS,
    timeouts: {
      headersMs: config.HTTP_HEADERS_TIMEOUT_MS,
      requestMs: config.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveMs: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    },
    logger,
    onResponse: ({ method, route, status, seconds }) =>
      metrics.httpRequests.observe({ method, route, status: String(status) }, seconds),
  });
  const connections = trackConnections(server);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, config.HOST, resolve);
    });
  } catch (error) {
    await stopStarted();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
  logger.info({ url }, 'listening');
  const running = background;

  let closing: Promise<DrainResult> | undefined;
  const close = async (drainOptions: Partial<DrainOptions> = {}): Promise<DrainResult> => {
    stopping = true;
    // Streams would hold the drain open until its end: each ends now, its client reconnecting (to
    // another server) with its last event id, and one opened from now on ends at once.
    const liveStopped = deps.live?.stop();
    // Behind a load balancer: keep serving while it notices /readyz and stops sending new connections.
    if (config.SHUTDOWN_DELAY_MS > 0) await new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_DELAY_MS));
    const result = await connections.drain({
      graceMs: config.SHUTDOWN_GRACE_MS,
      idleMs: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      ...drainOptions,
    });
    if (result.cut > 0) logger.warn({ cut: result.cut }, 'the shutdown grace period ended with requests still running');
    await running.stop(config.SHUTDOWN_GRACE_MS);
    await liveStopped;
    // The counts of the last second go to the other processes before the database closes.
    await limiter.stop();
    await stopListening?.();
    await connection.close();
    return result;
  };
  return {
    url,
    connection,
    close(drainOptions) {
      closing ??= close(drainOptions);
      return closing;
    },
  };
}
