// Finds Debian's Chromium, installing it with apt-get when it is missing (root only). Playwright's
// own browser download is not used: these machines reach Debian's archive, not browser CDNs.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist`);
    return configured;
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error('Chromium is not installed: run `apt-get install -y chromium` as root, or set CHROMIUM_PATH');
  }
  console.log('--  Chromium not found: apt-get update && apt-get install -y chromium');
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    try {
      execFileSync('apt-get', args, { stdio: 'pipe', env });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`apt-get ${args.join(' ')} failed:\n${stdout}${stderr}`);
    }
  }
  console.log(`--  installed Chromium in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const installed = candidates.find((path) => existsSync(path));
  if (!installed) throw new Error('apt-get installed chromium but no chromium binary was found');
  return installed;
}
