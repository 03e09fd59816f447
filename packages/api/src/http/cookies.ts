export const SESSION_COOKIE = 'tkt_session';

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined; // Not valid percent-encoding: no credential, rather than a 500.
      }
    }
  }
  return undefined;
}

export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Lax', `Expires=${expiresAt.toUTCString()}`];
  if (secure) attributes.push('Secure');
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; ${attributes.join('; ')}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie('', new Date(0), secure).replace('Expires=', 'Max-Age=0; Expires=');
}
