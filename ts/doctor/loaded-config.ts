/**
 * The configuration the live Sway runs: `GET_VERSION` for the main file's name
 * (`loaded_config_file_name`), `GET_CONFIG` (sway-ipc(7), type 9) for its text as loaded, then its
 * includes read from disk (sway-config.ts) with Sway's own environment (/proc/PID/environ) for
 * `~` and `$VAR`.
 */
import { readFileSync } from 'node:fs';
import { IpcMessageType } from '../ipc/codec.js';
import { SwayIpcClient } from '../ipc/client.js';
import type { SwayCandidate } from '../discovery/discover.js';
import { expandConfig, type ExpandedConfig } from './sway-config.js';

export interface LoadedConfig extends ExpandedConfig {
  /** The main config file Sway loaded. */
  mainPath: string;
}

/** The environment of `pid` (NUL-separated /proc/PID/environ); null when unreadable. */
function environOf(pid: number): Record<string, string> | null {
  try {
    const env: Record<string, string> = {};
    for (const entry of readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')) {
      const eq = entry.indexOf('=');
      if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
    }
    return env;
  } catch {
    return null;
  }
}

/**
 * Asks `sway` for its configuration and expands it.
 * @param timeoutMs timeout of the connect and of each request, in ms.
 * @throws the IPC error (IpcTimeoutError, IpcClosedError, connect errors) when Sway does not answer.
 */
export async function loadedConfig(sway: SwayCandidate, timeoutMs: number, fallbackEnv: NodeJS.ProcessEnv): Promise<LoadedConfig> {
  const client = await SwayIpcClient.connect(sway.path, { timeoutMs });
  try {
    const version = await client.getVersion(timeoutMs);
    const reply = await client.requestJson<{ config?: string }>(IpcMessageType.GET_CONFIG, '', timeoutMs);
    const mainPath = version.loaded_config_file_name ?? '(unknown main config)';
    const env = (sway.pid !== null ? environOf(sway.pid) : null) ?? fallbackEnv;
    return { mainPath, ...expandConfig(reply.config ?? '', { mainPath, env }) };
  } finally {
    client.close();
  }
}
