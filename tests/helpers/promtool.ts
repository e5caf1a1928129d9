/**
 * Prometheus' own checker of the text exposition format: `promtool check metrics` (Debian's
 * `prometheus` package), reading the exposition on stdin.
 */
import { execFile } from 'node:child_process';

/** `promtool check metrics` on `text`: its exit code (0: accepted) and what it said. Never rejects; ends after 30 s. */
export function promtool(text: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = execFile('promtool', ['check', 'metrics'], { timeout: 30_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, output: stdout + stderr }));
    child.stdin!.end(text);
  });
}
