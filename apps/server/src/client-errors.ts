import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { httpStatusOf } from '@ticketing/api/errors';
import type { ErrorCode } from '@ticketing/core/errors';

/**
 * Answers what Node's HTTP parser refuses before any handler runs (a malformed request line, headers
 * over 16 KB, a request that arrives too slowly) in the standard error shape, then closes.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // Nothing can be answered on a socket that is gone or already carries a response.
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [code, message]: [ErrorCode, string] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? ['E_REQUEST_TIMEOUT', 'The request did not arrive in time']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? ['E_BAD_REQUEST', 'The request line and headers must be under 16 KB together']
        : ['E_BAD_REQUEST', 'The request is not valid HTTP'];
  const status = httpStatusOf(code);
  const body = JSON.stringify({ error: code, message, details: {} });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
