/**
 * Runs code that uses ts/systemd/manager-bus.ts (or another module that talks to the manager,
 * such as manager-link.ts) as the test user, against a test user manager: the manager's private
 * socket and the session bus accept only their user (root would not be asked the same
 * questions), so the module is bundled with esbuild into a directory the test user owns and
 * imported by a `node` child running as that user.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { ROOT } from './nix.js';
import { chownToTestUser, makeRuntimeDir } from './user.js';
import type { UserManager } from './user-manager.js';

/** What a script's body returned, or the error it threw (its stable `code`, and `result` for a JobFailedError). */
export type ScriptOutcome = { ok: true; value: unknown } | { ok: false; code: string | undefined; name: string; message: string; result?: string };

/**
 * Bundles `entry` (default ts/systemd/manager-bus.ts) for the test user and returns a runner:
 * `run(body, env)` runs `body`, the body of an async function that sees the module as `B`, as the
 * test user with `um.env` plus `env`, and resolves with its outcome. The child exits when the body
 * settles (open connections do not keep it).
 * @throws Error with the child's output when it prints no outcome.
 */
export async function managerBusRunner(
  t: { teardown: (fn: () => void) => void },
  um: UserManager,
  entry = 'ts/systemd/manager-bus.ts',
): Promise<(body: string, env?: Record<string, string>) => Promise<ScriptOutcome>> {
  const dir = makeRuntimeDir(t.teardown, 'swaysock-manager-bus-');
  const bundle = join(dir, 'module.mjs');
  await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'silent',
    // dbus-native is CommonJS: its require() of Node's modules needs a require in an ES module.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  chownToTestUser(bundle);
  return async (body, env = {}) => {
    const script = `const B = await import(${JSON.stringify(bundle)});
const outcome = await (async () => { ${body} })().then((value) => ({ ok: true, value }), (e) => ({ ok: false, code: e.code, name: e.name, message: e.message, result: e.result }));
console.log(JSON.stringify(outcome));
process.exit(0);`;
    const r = await um.run(process.execPath, ['--input-type=module', '-e', script], { extraEnv: env, timeoutMs: 60_000 });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    try {
      return JSON.parse(line) as ScriptOutcome;
    } catch {
      throw new Error(`the manager-bus script printed no outcome (exit ${r.code}): ${r.stdout}${r.stderr}`);
    }
  };
}
