/**
 * How far a long operation has come, for a client waiting on it (the streamed import): `done` of
 * `total` in this phase. Reported only once the operation is past its checks.
 */
export interface Progress {
  phase: string;
  done: number;
  total: number;
}

export type OnProgress = (progress: Progress) => void;
