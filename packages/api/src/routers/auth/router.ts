import { router } from '../../trpc.ts';
import { changePassword } from './change-password.ts';
import { listSessions } from './list-sessions.ts';
import { login } from './login.ts';
import { logout } from './logout.ts';
import { me } from './me.ts';
import { register } from './register.ts';
import { revokeSession } from './revoke-session.ts';

export const authRouter = router({
  register,
  login,
  logout,
  me,
  changePassword,
  sessions: router({ list: listSessions, revoke: revokeSession }),
});
