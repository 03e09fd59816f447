/** What the transport knows about the caller, for throttling and the session list. */
export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}
