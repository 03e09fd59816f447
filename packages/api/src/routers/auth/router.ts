import { router } from '../../trpc.ts';
import { changePassword } from './change-password.ts';
import { createToken } from './create-token.ts';
import { listSessions } from './list-sessions.ts';
import { listTokens } from './list-tokens.ts';
import { login } from './login.ts';
import { logout } from './logout.ts';
import { me } from './me.ts';
import { register } from './register.ts';
import { revokeSession } from './revoke-session.ts';
import { revokeToken } from './revoke-token.ts';

export const authRouter = router({
  register,
  login,
  logout,
  me,
  changePassword,
  sessions: router({ list: listSessions, revoke: revokeSession }),
  tokens: router({ create: createToken, list: listTokens, revoke: revokeToken }),
});
