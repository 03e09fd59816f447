/** Something that runs beside the HTTP server and stops with it, letting its current work finish. */
export interface BackgroundTask {
  name: string;
  stop(): Promise<void>;
}

/** Subscribes to a NOTIFY channel; returns the way to stop (DbConnection.listen). */
export type Listen = (channel: string, onNotify: () => void) => Promise<() => Promise<void>>;
