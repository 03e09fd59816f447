import { router } from '../../trpc.ts';
import { audit } from './audit.ts';
import { jobs } from './jobs.ts';

export const adminRouter = router({ audit, jobs });
