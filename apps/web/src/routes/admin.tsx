import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Tabs } from 'radix-ui';
import type { ComponentType } from 'react';
import { AuditTab } from '../components/admin-audit.tsx';
import { DepartmentsTab } from '../components/admin-departments.tsx';
import { ProjectsTab } from '../components/admin-projects.tsx';
import { UsersTab } from '../components/admin-users.tsx';
import { Loading } from '../components/ui/states.tsx';
import type { adminRoute } from '../router.tsx';
import { useSession } from '../session.ts';

// Type-only: the router imports this page, so importing the route's value would be a cycle.
type Tab = NonNullable<(typeof adminRoute)['types']['searchSchema']['tab']>;
const adminApi = getRouteApi('/app/admin');

/** Every tab the route accepts, in order: a tab added to the route fails the build here. */
const tabs: Record<Tab, { label: string; panel: ComponentType }> = {
  users: { label: 'Users', panel: UsersTab },
  departments: { label: 'Departments', panel: DepartmentsTab },
  projects: { label: 'Projects', panel: ProjectsTab },
  audit: { label: 'Audit log', panel: AuditTab },
};
const isTab = (value: string): value is Tab => value in tabs;

const trigger =
  'rounded-t px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-700 data-[state=active]:border-b-2 data-[state=active]:border-indigo-700 data-[state=active]:font-semibold data-[state=active]:text-slate-900';

export function AdminPage() {
  const { user, loading } = useSession();
  const { tab = 'users' } = adminApi.useSearch();
  const navigate = useNavigate();
  if (loading) return <Loading what="your session" />;
  if (user?.role !== 'admin')
    return (
      <section aria-labelledby="admin-title" className="flex flex-col gap-2">
        <h1 id="admin-title" className="text-lg font-semibold">
          Administration
        </h1>
        <p className="text-sm text-slate-700">Admins only: ask an admin if you need something changed here.</p>
      </section>
    );

  return (
    <section aria-labelledby="admin-title" className="flex flex-col gap-3">
      <h1 id="admin-title" className="text-lg font-semibold">
        Administration
      </h1>
      <Tabs.Root
        value={tab}
        // The tab lives in the URL, so a reload or a shared link opens the same one.
        onValueChange={(value) => {
          if (isTab(value)) void navigate({ to: '/admin', search: { tab: value } });
        }}
        className="flex flex-col gap-3"
      >
        <Tabs.List aria-label="Administration" className="flex gap-1 border-b border-slate-200">
          {Object.entries(tabs).map(([value, { label }]) => (
            <Tabs.Trigger key={value} value={value} className={trigger}>
              {label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {Object.entries(tabs).map(([value, { panel: Panel }]) => (
          <Tabs.Content key={value} value={value} className="focus-visible:outline-2 focus-visible:outline-indigo-700">
            <Panel />
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </section>
  );
}
