/**
 * The suite's Debian image: tests/vm/image/build-image.sh builds it, or finds it in its cache
 * (outside the work tree, keyed by its inputs), and prints its directory.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Image } from './machine.js';

/** The repository's root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** What image.json records about a build. */
export interface ImageInfo {
  key: string;
  built: string;
  buildSeconds: number;
  kernel: string;
  packages: number;
  node: string;
  npm: string;
}

/** The image, whether this call built it, how long the call took (s), and its image.json. */
export interface ImageResult {
  image: Image;
  built: boolean;
  seconds: number;
  info: ImageInfo;
}

/**
 * Runs build-image.sh with this process's Node (the one copied into the image), writing its
 * output to `logFile`.
 * @throws Error with the log's last lines when the build fails or takes longer than `timeoutMs`.
 */
export function ensureImage(logFile: string, timeoutMs: number): Promise<ImageResult> {
  const started = Date.now();
  return new Promise((done, fail) => {
    execFile(
      join(ROOT, 'tests/vm/image/build-image.sh'),
      [],
      { env: { ...process.env, SWAYSOCK_VM_NODE: process.execPath }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        writeFileSync(logFile, stderr);
        if (err)
          return fail(
            new Error(
              `tests/vm/image/build-image.sh failed (${err.message.split('\n')[0]}); its log, ${logFile}, ends:\n${stderr.split('\n').slice(-30).join('\n')}`,
            ),
          );
        const dir = stdout.trim();
        const info = JSON.parse(readFileSync(join(dir, 'image.json'), 'utf8')) as ImageInfo;
        const seconds = (Date.now() - started) / 1000;
        done({
          image: { dir, disk: join(dir, 'disk.img'), kernel: join(dir, 'vmlinuz'), initrd: join(dir, 'initrd.img') },
          built: Date.parse(info.built) >= started - 1000,
          seconds,
          info,
        });
      },
    );
  });
}
