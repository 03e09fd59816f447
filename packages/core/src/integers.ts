import { z } from 'zod';

/** The range of PostgreSQL's `integer` (int4): a larger number fails the statement, so refuse it first. */
export const INT4_MIN = -2_147_483_648;
export const INT4_MAX = 2_147_483_647;

/** An integer input stored in or compared with an int4 column; `min` narrows the lower end. */
export const int4 = (min = INT4_MIN) => z.number().int().min(min).max(INT4_MAX, `Must be at most ${INT4_MAX}`);
