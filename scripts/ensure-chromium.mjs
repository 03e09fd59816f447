// The browser tests drive Debian's Chromium at /usr/bin/chromium (never a downloaded browser).
// `pnpm test` runs this first so that the README's test command works on a fresh machine.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0) {
    console.error(
      `The browser tests need ${CHROMIUM}: run \`sudo apt-get install -y chromium\`, then \`pnpm test\` again.`,
    );
    process.exit(1);
  }
  console.log(`installing chromium with apt-get for the browser tests (${CHROMIUM} is missing)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env });
}
