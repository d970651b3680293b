import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/**
 * Debian's chromium (installed by scripts/install-system-packages.sh): no browser is
 * downloaded at install time. Missing, the tests fail with what to install — never skip.
 */
export const chromiumPath = process.env["CZT_CHROMIUM"] ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: run \`bash scripts/install-system-packages.sh\` as root (apt-get install chromium fonts-noto-cjk)`);
  return chromium.launch({ executablePath: chromiumPath, args: ["--disable-dev-shm-usage"] });
}
