import { describe, expect, it } from 'vitest';
import { spawnServer, tempDir } from './support/spawn-server.ts';

const preload = new URL('./fixtures/fault-after-listening.ts', import.meta.url).pathname;

describe('a fault nothing catches', () => {
  it.each([
    ['exception', 'uncaught exception: exiting', 'injected uncaught exception'],
    ['rejection', 'unhandled promise rejection: exiting', 'injected unhandled rejection'],
  ])(
    '(an uncaught %s) is logged with its stack, and the process exits 1',
    async (fault, msg, message) => {
      const server = spawnServer(
        { PORT: '0', DATA_DIR: await tempDir(), ADMIN_PASSWORD: 'fault-password-1', FAULT: fault },
        { preload },
      );
      await server.listening();
      const exit = await server.exited;
      expect(exit).toEqual({ code: 1, signal: null });
      const fatal = server.logs().find((line) => line.msg === msg);
      const err = fatal?.err as { message?: string; stack?: string } | undefined;
      expect(err?.message).toBe(message);
      expect(err?.stack).toContain('fault-after-listening');
    },
    60_000,
  );
});
