/** Where the server mounts each transport. */
export const REST_PREFIX = '/api/v1';
export const TRPC_PREFIX = '/trpc';
