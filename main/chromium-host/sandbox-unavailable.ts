/**
 * Whether a failed browser launch failed because Chromium's sandbox cannot start on this machine
 * (no unprivileged user namespaces, a misconfigured SUID helper), as Chromium says on stderr.
 * Only that message counts: Playwright's error also quotes the launch command line, which names
 * `--no-sandbox` whenever the host runs as root, so a launch refused for any other reason (a
 * profile another window holds) mentions "sandbox" too.
 */
export function isSandboxUnavailable(error: unknown): boolean {
  return /No usable sandbox|SUID sandbox helper binary/i.test(String(error));
}
