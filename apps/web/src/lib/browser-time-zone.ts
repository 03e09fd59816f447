/**
 * The person's time zone as the browser knows it (an IANA name; UTC if it does not say): the days
 * of the lists, the reports and the rules they write are theirs, not the server's.
 */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** `zone` when the browser knows it (so the API will too), else UTC: for a zone still being typed. */
export function knownTimeZoneOrUtc(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}
