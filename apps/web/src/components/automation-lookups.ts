import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import { useMemo } from 'react';
import type { Names } from '../lib/automation-rule.ts';

/**
 * What the action forms choose from and the run log names: the project's members, the departments
 * and the project's webhooks. Each loads once per page (TanStack Query shares them).
 */
export function useRuleLookups(projectKey: string) {
  const trpc = useTRPC();
  const members = useQuery(trpc.projects.members.list.queryOptions({ key: projectKey }));
  const departments = useQuery(trpc.departments.list.queryOptions());
  const webhooks = useQuery(trpc.webhooks.list.queryOptions({ key: projectKey }));
  const names: Names = useMemo(
    () =>
      new Map([
        ...(members.data ?? []).map((member) => [member.userId, member.name] as const),
        ...(departments.data ?? []).map((department) => [department.id, department.name] as const),
        ...(webhooks.data ?? []).map((webhook) => [webhook.id, webhook.url] as const),
      ]),
    [members.data, departments.data, webhooks.data],
  );
  return {
    members: members.data ?? [],
    departments: departments.data ?? [],
    webhooks: webhooks.data ?? [],
    names,
    error: members.error ?? departments.error ?? webhooks.error,
  };
}

export type RuleLookups = ReturnType<typeof useRuleLookups>;
