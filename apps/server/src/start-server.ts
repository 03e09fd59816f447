import type { AddressInfo } from 'node:net';
import { createRestHandler } from '@ticketing/api/http/rest-handler';
import { createTrpcHandler } from '@ticketing/api/http/trpc-handler';
import { createOpenApiDocument } from '@ticketing/api/openapi-document';
import { bootstrapAdmin } from '@ticketing/core/auth/bootstrap-admin';
import type { Deps } from '@ticketing/core/deps';
import { createDb, type DbConnection } from '@ticketing/db/client';
import { resolveDataDir } from '@ticketing/db/data-dir';
import { migrate } from '@ticketing/db/migrate';
import { type Logger, pino } from 'pino';
import type { Config } from './config.ts';
import { createHttpServer } from './http-server.ts';

export interface RunningServer {
  url: string;
  connection: DbConnection;
  /** Stops accepting, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** An open database (tests); otherwise one is created from the config. */
  connection?: DbConnection;
}

const SHUTDOWN_GRACE_MS = 10_000;

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? pino({ level: config.LOG_LEVEL });
  const connection =
    options.connection ??
    (await createDb({ databaseUrl: config.DATABASE_URL, dataDir: resolveDataDir(config.DATA_DIR) }));
  await migrate(connection);
  logger.info({ database: connection.kind }, 'database ready');

  const deps: Deps = { db: connection.db, config: { allowRegistration: config.ALLOW_REGISTRATION } };
  const admin = await bootstrapAdmin(deps, { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD });
  if (admin.created) {
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

  const handlerOptions = {
    deps,
    allowedOrigins: config.CORS_ORIGINS,
    trustProxy: config.TRUST_PROXY,
    rateLimit:
      config.RATE_LIMIT_PER_MINUTE > 0
        ? { perMinute: config.RATE_LIMIT_PER_MINUTE, anonymousPerMinute: config.RATE_LIMIT_ANONYMOUS_PER_MINUTE }
        : undefined,
    onInternalError: (error: Error, path: string | undefined) => logger.error({ err: error, path }, 'internal error'),
  };
  const server = createHttpServer({
    trpc: createTrpcHandler(handlerOptions),
    rest: createRestHandler(handlerOptions),
    openApiDocument: () => createOpenApiDocument(),
    ping: connection.ping,
    corsOrigins: config.CORS_ORIGINS,
    logger,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
  logger.info({ url }, 'listening');

  return {
    url,
    connection,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const forced = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      await closed;
      clearTimeout(forced);
      await connection.close();
    },
  };
}
