import { router } from '../../trpc.ts';
import { audit } from './audit.ts';

export const adminRouter = router({ audit });
