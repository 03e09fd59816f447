import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';

export interface Captured {
  status: number;
  headers: Record<string, string | string[]>;
  body: string;
}

/**
 * Stands in for a ServerResponse so that what an adapter writes can be reshaped before it is sent.
 * An EventEmitter because trpc-to-openapi listens for 'close' on the response it is given.
 */
class CapturedResponse extends EventEmitter {
  statusCode = 200;
  writableEnded = false;
  readonly headers: Record<string, string | string[]> = {};

  constructor(private readonly done: (captured: Captured) => void) {
    super();
  }

  setHeader(name: string, value: string | string[]) {
    this.headers[name.toLowerCase()] = value;
  }

  end(body?: string) {
    this.writableEnded = true;
    this.done({ status: this.statusCode, headers: this.headers, body: body ?? '' });
  }
}

export function capture(write: (res: ServerResponse) => Promise<void>): Promise<Captured> {
  return new Promise((resolve, reject) => {
    const response = new CapturedResponse(resolve);
    write(response as unknown as ServerResponse).catch(reject);
  });
}
