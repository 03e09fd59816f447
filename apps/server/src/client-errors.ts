import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { httpStatusOf } from '@ticketing/api/errors';
import { errorBody } from '@ticketing/api/http/write-error';
import type { ErrorCode } from '@ticketing/core/errors';

/**
 * Answers what Node's HTTP parser refuses before any handler runs (a malformed request line, headers
 * over 16 KB, a request that arrives too slowly) in the standard error shape, then closes.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // Nothing can be answered on a socket that is gone, nor (as Node itself judges) after a response
  // has begun on it: a malformed request pipelined behind another must not interleave with its answer.
  if (error.code === 'ECONNRESET' || !socket.writable || (socket as Socket).bytesWritten > 0) {
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
  const body = errorBody(code, message);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
