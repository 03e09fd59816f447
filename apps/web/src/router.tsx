import { createRootRoute, createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { z } from 'zod';
import { AppLayout } from './components/app-layout.tsx';
import { NotFoundPage } from './routes/not-found.tsx';
import { reportSearchSchema } from './routes/report-search.ts';
import { SignInPage } from './routes/sign-in.tsx';
import { TicketListPage } from './routes/ticket-list.tsx';
import { ticketSearchSchema } from './routes/ticket-search.ts';

// Screens other than the list load when first visited: the first load stays small (see bundle-budget.ts).
const rootRoute = createRootRoute({ notFoundComponent: NotFoundPage });

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: z.object({ next: z.string().optional() }),
  component: SignInPage,
});

export const registerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/register',
  component: lazyRouteComponent(() => import('./routes/register.tsx'), 'RegisterPage'),
});

/** Every screen behind sign-in: the navigation, shortcuts, palette and live updates. */
const appRoute = createRoute({ getParentRoute: () => rootRoute, id: 'app', component: AppLayout });

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/tickets' });
  },
});

export const ticketListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tickets',
  validateSearch: ticketSearchSchema,
  component: TicketListPage,
});

export const boardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/board',
  validateSearch: ticketSearchSchema,
  component: lazyRouteComponent(() => import('./routes/board.tsx'), 'BoardPage'),
});

export const ticketDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tickets/$key',
  component: lazyRouteComponent(() => import('./routes/ticket-detail.tsx'), 'TicketDetailPage'),
});

export const inboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inbox',
  validateSearch: z.object({ unread: z.boolean().optional() }),
  component: lazyRouteComponent(() => import('./routes/inbox.tsx'), 'InboxPage'),
});

export const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings',
  component: lazyRouteComponent(() => import('./routes/settings.tsx'), 'SettingsPage'),
});

export const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin',
  validateSearch: z.object({ tab: z.enum(['users', 'departments', 'projects', 'audit']).optional() }),
  component: lazyRouteComponent(() => import('./routes/admin.tsx'), 'AdminPage'),
});

export const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports',
  validateSearch: reportSearchSchema,
  component: lazyRouteComponent(() => import('./routes/reports.tsx'), 'ReportsPage'),
});

export const projectsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/projects',
  component: lazyRouteComponent(() => import('./routes/projects.tsx'), 'ProjectsPage'),
});

export const webhooksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/projects/$key/webhooks',
  component: lazyRouteComponent(() => import('./routes/webhooks.tsx'), 'WebhooksPage'),
});

export const automationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/projects/$key/automation',
  // `new` or a rule's id: the editor instead of the list.
  validateSearch: z.object({ edit: z.string().max(64).optional() }),
  component: lazyRouteComponent(() => import('./routes/automation.tsx'), 'AutomationPage'),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  registerRoute,
  appRoute.addChildren([
    indexRoute,
    ticketListRoute,
    boardRoute,
    ticketDetailRoute,
    inboxRoute,
    settingsRoute,
    adminRoute,
    projectsRoute,
    reportsRoute,
    webhooksRoute,
    automationRoute,
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
