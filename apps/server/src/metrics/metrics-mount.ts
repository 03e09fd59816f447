import { timingSafeEqual } from 'node:crypto';
import { writeError } from '@ticketing/api/http/write-error';
import type { Mount } from '../mount.ts';
import type { Metrics } from './registry.ts';

const sameSecret = (given: string, expected: string) =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/** GET /metrics; with METRICS_TOKEN set, only for `Authorization: Bearer <METRICS_TOKEN>`. */
export function metricsMount(metrics: Metrics, token: string | undefined): Mount {
  return {
    path: '/metrics',
    exact: true,
    methods: ['GET'],
    bodyLimit: 0,
    handle: async (req, res) => {
      if (token) {
        const given = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? '';
        if (!sameSecret(given, token)) return writeError(res, 'E_UNAUTHENTICATED', 'Metrics need the metrics token');
      }
      const body = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    },
  };
}
