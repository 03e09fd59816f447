// The bench's reference server: node:http + postgres.js serving the four benchmarked REST calls of the
// real server with the same authentication, scoping, JSON and guarantees (see README, Performance).
// Started by the bench as its own process; prints one JSON line {"msg":"listening","url":…} when ready.
import postgres from 'postgres';
import { RateLimiter } from './rate-limiter.ts';
import { createReferenceServer } from './server.ts';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is required');
  process.exit(2);
}
const whole = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a whole number`);
    process.exit(2);
  }
  return value;
};
const port = whole('PORT', 0);
const host = process.env.HOST ?? '127.0.0.1';
const perMinute = whole('RATE_LIMIT_PER_MINUTE', 600);
// The real server's pool size by default (DB_POOL_MAX).
const sql = postgres(databaseUrl, { max: whole('DB_POOL_MAX', 10) || 10, onnotice: () => {} });
const limiter =
  perMinute > 0
    ? new RateLimiter({
        perMinute,
        perTokenPerMinute: whole('RATE_LIMIT_PER_TOKEN_PER_MINUTE', perMinute) || perMinute,
        anonymousPerMinute: whole('RATE_LIMIT_ANONYMOUS_PER_MINUTE', 120) || 120,
      })
    : null;

const server = createReferenceServer(sql, limiter);
server.listen(port, host, () => {
  const address = server.address();
  const url = typeof address === 'object' && address ? `http://${host}:${address.port}` : '';
  console.log(JSON.stringify({ msg: 'listening', url }));
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections();
  sql.end({ timeout: 5 }).finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
