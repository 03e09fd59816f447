import { PasswordSection } from '../components/settings-password.tsx';
import { ProfileSection } from '../components/settings-profile.tsx';
import { SessionsSection } from '../components/settings-sessions.tsx';
import { TokensSection } from '../components/settings-tokens.tsx';
import { useSession } from '../session.ts';

export function SettingsPage() {
  // AppLayout renders this page only once the session is known, so the user is there.
  const { user } = useSession();
  if (!user) return null;
  return (
    <div className="flex max-w-4xl flex-col gap-4">
      <h1 className="text-lg font-semibold">Settings</h1>
      <ProfileSection user={user} />
      <PasswordSection />
      <SessionsSection />
      <TokensSection />
    </div>
  );
}
