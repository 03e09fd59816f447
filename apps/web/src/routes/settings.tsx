import { PasswordSection } from '../components/settings-password.tsx';
import { ProfileSection } from '../components/settings-profile.tsx';
import { SessionsSection } from '../components/settings-sessions.tsx';
import { TokensSection } from '../components/settings-tokens.tsx';
import { Loading } from '../components/ui/states.tsx';
import { useSession } from '../session.ts';

export function SettingsPage() {
  const { user } = useSession();
  if (!user) return <Loading what="your settings" />;
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
