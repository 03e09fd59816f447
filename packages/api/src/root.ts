import { adminRouter } from './routers/admin/router.ts';
import { attachmentsRouter } from './routers/attachments/router.ts';
import { authRouter } from './routers/auth/router.ts';
import { departmentsRouter } from './routers/departments/router.ts';
import { eventsRouter } from './routers/events/router.ts';
import { notificationsRouter } from './routers/notifications/router.ts';
import { projectsRouter } from './routers/projects/router.ts';
import { reportsRouter } from './routers/reports/router.ts';
import { ticketsRouter } from './routers/tickets/router.ts';
import { usersRouter } from './routers/users/router.ts';
import { viewsRouter } from './routers/views/router.ts';
import { webhooksRouter } from './routers/webhooks/router.ts';
import { workflowsRouter } from './routers/workflows/router.ts';
import { createCallerFactory, router } from './trpc.ts';

export const appRouter = router({
  auth: authRouter,
  users: usersRouter,
  departments: departmentsRouter,
  projects: projectsRouter,
  tickets: ticketsRouter,
  attachments: attachmentsRouter,
  views: viewsRouter,
  reports: reportsRouter,
  events: eventsRouter,
  webhooks: webhooksRouter,
  workflows: workflowsRouter,
  notifications: notificationsRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
