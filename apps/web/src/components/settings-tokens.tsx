import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import type { RouterOutputs } from '@ticketing/client/types';
import { cell, Table } from './admin-table.tsx';
import { CreateTokenForm } from './settings-token-create.tsx';
import { ConfirmButton } from './ui/confirm-button.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Empty, Loading } from './ui/states.tsx';
import { Timestamp } from './ui/timestamp.tsx';

type ApiToken = RouterOutputs['auth']['tokens']['list'][number];

function TokenRow({ token }: { token: ApiToken }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(
    trpc.auth.tokens.revoke.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.auth.tokens.list.pathFilter()),
    }),
  );
  return (
    <tr>
      <td className={cell}>{token.name}</td>
      <td className={cell}>{token.scopes.join(', ')}</td>
      <td className={cell}>
        <Timestamp date={token.createdAt} />
      </td>
      <td className={cell}>
        <Timestamp date={token.lastUsedAt} empty="Never" />
      </td>
      <td className={cell}>
        <Timestamp date={token.expiresAt} empty="Never" />
      </td>
      <td className={cell}>
        <ConfirmButton
          variant="danger"
          aria-label={`Revoke token ${token.name}`}
          title={`Revoke the token “${token.name}”?`}
          description="Whatever uses it is refused from its next request. This cannot be undone."
          confirmLabel="Revoke"
          disabled={revoke.isPending}
          onConfirm={() => revoke.mutate({ id: token.id })}
        >
          Revoke
        </ConfirmButton>
        {revoke.error && <ProblemNotice error={revoke.error} />}
      </td>
    </tr>
  );
}

export function TokensSection() {
  const trpc = useTRPC();
  const tokens = useQuery(trpc.auth.tokens.list.queryOptions());
  return (
    <section
      aria-labelledby="tokens-title"
      className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4"
    >
      <h2 id="tokens-title" className="font-semibold">
        API tokens
      </h2>
      <p className="text-sm text-slate-700">
        For scripts and integrations: a token acts as you, never beyond your role and memberships.
      </p>
      {tokens.isPending ? (
        <Loading what="API tokens" />
      ) : tokens.isError ? (
        <ProblemNotice error={tokens.error} onRetry={() => tokens.refetch()} />
      ) : tokens.data.length === 0 ? (
        <Empty>No API tokens yet.</Empty>
      ) : (
        <Table caption="Your API tokens" columns={['Name', 'Scopes', 'Created', 'Last used', 'Expires', 'Actions']}>
          <tbody className="divide-y divide-slate-100">
            {tokens.data.map((token) => (
              <TokenRow key={token.id} token={token} />
            ))}
          </tbody>
        </Table>
      )}
      <CreateTokenForm />
    </section>
  );
}
