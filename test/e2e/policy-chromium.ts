// Real enterprise policy for the e2e test of issue 6.5, without touching the machine: Chromium on
// Linux reads policies from /etc/chromium/policies/managed/*.json, and an extension's managed
// storage from its "3rdparty" section. We start Chromium in a private mount namespace in which a
// temporary folder is bound over /etc/chromium, so only this one browser sees the policy.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH } from '../../demo/extension-browser.mjs';

const SYSTEM_CONFIG = '/etc/chromium';

/**
 * The id Chromium gives an unpacked extension: SHA-256 of its absolute path (symlinks resolved, as
 * Chromium does), hex digits written as a–p.
 */
export function unpackedExtensionId(dist: string): string {
  const hex = createHash('sha256').update(realpathSync(resolve(dist))).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface PolicyChromium {
  /** Give this to launchWithExtension as executablePath. */
  executablePath: string;
  close(): void;
}

function policyFile(dist: string, policy: Record<string, unknown>): string {
  return JSON.stringify({ '3rdparty': { extensions: { [unpackedExtensionId(dist)]: policy } } }, null, 2);
}

function mountNamespacesAllowed(): boolean {
  try {
    execFileSync('unshare', ['--mount', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false; // e.g. a container without CAP_SYS_ADMIN: use the system folder instead.
  }
}

/**
 * Where private mounts are not allowed but the tests run as root (CI installs Chromium with apt),
 * the policy goes into the system folder for as long as this one browser runs — the e2e files run
 * one at a time — and is removed on close. Anything else fails loudly, never silently without policy.
 */
function systemWidePolicy(dist: string, policy: Record<string, unknown>): PolicyChromium {
  const folder = join(SYSTEM_CONFIG, 'policies', 'managed');
  const file = join(folder, `enreachvoice-crm-bridge-e2e-${process.pid}.json`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, policyFile(dist, policy));
  } catch (error) {
    throw new Error(`Cannot give Chromium a test policy: no mount namespaces and ${folder} is not writable.`, { cause: error });
  }
  return { executablePath: CHROMIUM_PATH, close: () => rmSync(file, { force: true }) };
}

/** Writes `policy` as the extension's managed storage and returns a Chromium that reads it. */
export function chromiumWithPolicy(dist: string, policy: Record<string, unknown>): PolicyChromium {
  if (!mountNamespacesAllowed()) return systemWidePolicy(dist, policy);
  const root = mkdtempSync(join(tmpdir(), 'evcb-policy-'));
  const config = join(root, 'etc-chromium');
  // Keep what Chromium normally finds there (e.g. master_preferences).
  if (existsSync(SYSTEM_CONFIG)) cpSync(SYSTEM_CONFIG, config, { recursive: true });
  mkdirSync(join(config, 'policies', 'managed'), { recursive: true });
  writeFileSync(join(config, 'policies', 'managed', 'enreachvoice-crm-bridge.json'), policyFile(dist, policy));
  const executablePath = join(root, 'chromium-with-policy.sh');
  writeFileSync(
    executablePath,
    [
      '#!/bin/sh',
      `exec unshare --mount --propagation private sh -c 'mount --bind "$0" ${SYSTEM_CONFIG} && exec "$@"' '${config}' '${CHROMIUM_PATH}' "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(executablePath, 0o755);
  return { executablePath, close: () => rmSync(root, { recursive: true, force: true }) };
}
