/**
 * Prometheus' own checker of the text exposition format: `promtool check metrics` (Debian's
 * `prometheus` package), reading the exposition on stdin; and the samples of an exposition.
 */
import { execFile } from 'node:child_process';

/** `promtool check metrics` on `text`: its exit code (0: accepted) and what it said. Never rejects; ends after 30 s. */
export function promtool(text: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = execFile('promtool', ['check', 'metrics'], { timeout: 30_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    );
    child.stdin!.end(text);
  });
}

/** Samples of an exposition: `name{labels}` to value. */
export function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^([a-z_:]+(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (m) out.set(m[1]!, Number(m[2]));
  }
  return out;
}
