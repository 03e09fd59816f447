import { availableParallelism } from 'node:os';
import { z } from 'zod';

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

// Every wait the server makes is bounded; a bound of 0 ("wait forever") is refused.
const milliseconds = z.coerce
  .number()
  .int()
  .min(100, 'must be at least 100 ms')
  .max(3_600_000, 'must be at most 1 hour');

const origin = z.string().refine((value) => {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}, 'each origin must look like https://app.example.com (scheme, host, optional port; no path)');

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).optional(),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(z.array(origin)),
  ALLOW_REGISTRATION: booleanFlag.default(true),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2})$/, 'must be true, false or the number of proxies in front of the server (0–99)')
    .transform((value) => (value === 'true' ? 1 : value === 'false' ? 0 : Number(value)))
    .default(0)
    .describe('how many reverse proxies to believe about X-Forwarded-For'),
  ADMIN_EMAIL: z.email().default('admin@company.com'),
  ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').max(256).optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(0)
    .default(600)
    .describe('per API token or user; 0 turns limits off'),
  RATE_LIMIT_PER_TOKEN_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe("per API token, inside its owner's limit; defaults to RATE_LIMIT_PER_MINUTE"),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  DB_POOL_MAX: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .optional()
    .describe('PostgreSQL connections per process; by default 10 divided by WORKERS, rounded up, at least 4'),
  WORKERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .optional()
    .describe('server processes sharing the port; one per core on PostgreSQL by default, 1 on PGlite'),
  DB_CONNECT_TIMEOUT_MS: milliseconds.default(5_000),
  DB_STATEMENT_TIMEOUT_MS: milliseconds.default(15_000),
  DB_ACQUIRE_TIMEOUT_MS: milliseconds.default(10_000),
  HTTP_HEADERS_TIMEOUT_MS: milliseconds.default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: milliseconds.default(30_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: milliseconds.default(5_000),
  SHUTDOWN_GRACE_MS: milliseconds.default(10_000),
  JOB_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(4)
    .describe('background jobs run at once per process'),
  JOB_LEASE_MARGIN_MS: milliseconds
    .default(30_000)
    .describe("past a job's timeout, when a job whose process died is taken up again"),
  WEBHOOK_ALLOW_HTTP: booleanFlag
    .default(false)
    .describe('accept http:// webhook URLs (development: bodies and signatures travel in clear)'),
  WEBHOOK_ALLOW_PRIVATE: booleanFlag
    .default(false)
    .describe('deliver webhooks to loopback, private, link-local, … addresses'),
  WEBHOOK_TIMEOUT_MS: milliseconds
    .max(30_000, 'must be at most 30 seconds')
    .default(15_000)
    .describe('one webhook delivery attempt, connecting to the end of the answer'),
  WEBHOOK_RETRY_SCALE: z.coerce
    .number()
    .min(0.0001)
    .max(1)
    .default(1)
    .describe('multiplies the webhook retry schedule (tests shrink it)'),
  METRICS_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters')
    .max(256)
    .optional()
    .describe('when set, GET /metrics needs Authorization: Bearer <METRICS_TOKEN>'),
  SHUTDOWN_DELAY_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(300_000, 'must be at most 5 minutes')
    .default(0)
    .describe('after SIGTERM, /readyz answers 503 for this long while the server keeps serving'),
  PUBLIC_URL: origin
    .optional()
    .describe('the origin clients reach this server at; local file URLs are absolute with it (relative otherwise)'),
  S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'must be an S3 bucket name (3–63 lowercase letters, digits, dots, hyphens)',
    )
    .optional()
    .describe('store attachments in this S3 bucket; unset keeps them on disk under DATA_DIR/files'),
  S3_REGION: z.string().min(1).max(64).default('us-east-1'),
  S3_ENDPOINT: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe('an S3-compatible server (MinIO, R2, …); AWS when unset'),
  S3_FORCE_PATH_STYLE: booleanFlag.default(false),
  S3_MULTIPART_ABOVE_BYTES: z.coerce
    .number()
    .int()
    .min(5 * 1024 ** 2, 'must be at least 5 MiB (S3’s smallest part)')
    .default(64 * 1024 ** 2)
    .describe('larger files go up to S3 in parts'),
  S3_PART_BYTES: z.coerce
    .number()
    .int()
    .min(5 * 1024 ** 2, 'must be at least 5 MiB (S3’s smallest part)')
    .max(5 * 1024 ** 3, 'must be at most 5 GiB')
    .default(16 * 1024 ** 2),
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(5 * 1024 ** 3, 'must be at most 5 GiB')
    .default(100 * 1024 ** 2),
  ATTACHMENT_UPLOAD_URL_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    // Well inside the 24 h after which an upload never completed is removed.
    .max(12 * 3600, 'must be at most 12 hours')
    .default(15 * 60),
  ATTACHMENT_DOWNLOAD_URL_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 3600)
    .default(5 * 60),
  FILES_SIGNING_KEY: z
    .string()
    .min(32, 'must be at least 32 characters')
    .max(512)
    .optional()
    .describe('signs local file URLs; generated and kept in DATA_DIR/files/.signing-key when unset'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/**
 * The database's cores, not the clients, bound what a pool can use: past a few connections per core
 * more backends only contend (measured in the README's PostgreSQL settings). So the default divides
 * 10 between the processes, but leaves each at least 4 (a request's statements, the event consumers'
 * batches and the jobs share a process's pool): 10, 5 each for two, 4 each from three on.
 */
const TOTAL_POOL = 10;
const MIN_POOL_PER_PROCESS = 4;
const defaultPoolPerProcess = (workers: number) => Math.max(MIN_POOL_PER_PROCESS, Math.ceil(TOTAL_POOL / workers));

const consistentSchema = configSchema
  .refine((config) => config.HTTP_HEADERS_TIMEOUT_MS <= config.HTTP_REQUEST_TIMEOUT_MS, {
    message: 'must not exceed HTTP_REQUEST_TIMEOUT_MS',
    path: ['HTTP_HEADERS_TIMEOUT_MS'],
  })
  // PGlite is one process's database (its data directory is locked to it).
  .refine((config) => config.DATABASE_URL !== undefined || (config.WORKERS ?? 1) === 1, {
    message: 'must be 1 with the embedded database (PGlite runs inside one process): set DATABASE_URL to run several',
    path: ['WORKERS'],
    // Said once: a WORKERS that is no valid number already has its own message.
    when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === 'WORKERS'),
  })
  .transform((config) => {
    const workers = config.WORKERS ?? (config.DATABASE_URL ? Math.min(availableParallelism(), 64) : 1);
    return { ...config, WORKERS: workers, DB_POOL_MAX: config.DB_POOL_MAX ?? defaultPoolPerProcess(workers) };
  });

export type Config = z.output<typeof consistentSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and validates the environment once; every problem is listed, not just the first. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Blank values count as unset (so PORT=" " is not silently port 0).
  const present = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== ''),
  );
  const result = consistentSchema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}
