import { useQuery } from '@tanstack/react-query';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';

/** The signed-in user (auth.me), or null when nobody is signed in. */
export function useSession() {
  const trpc = useTRPC();
  const me = useQuery({
    ...trpc.auth.me.queryOptions(),
    retry: (count, error) => count < 2 && problemOf(error).code === 'E_NETWORK',
  });
  const signedOut = me.error !== null && problemOf(me.error).code === 'E_UNAUTHENTICATED';
  return { user: me.data ?? null, loading: me.isPending && !signedOut, signedOut, error: signedOut ? null : me.error };
}
