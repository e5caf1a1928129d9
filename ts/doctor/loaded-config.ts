/**
 * The configuration the live Sway runs: `GET_VERSION` for the main file's name
 * (`loaded_config_file_name`), `GET_CONFIG` (sway-ipc(7), type 9) for its text as loaded, then its
 * includes read from disk (sway-config.ts) with Sway's own environment (/proc/PID/environ) for
 * `~` and `$VAR`.
 */
import { IpcMessageType } from '../ipc/codec.js';
import { SwayIpcClient } from '../ipc/client.js';
import type { SwayCandidate } from '../discovery/discover.js';
import { readEnviron } from '../liveness/proc.js';
import { expandConfig, type ExpandedConfig } from './sway-config.js';

export interface LoadedConfig extends ExpandedConfig {
  /** The main config file Sway loaded. */
  mainPath: string;
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
    let env: NodeJS.ProcessEnv = fallbackEnv;
    try {
      if (sway.pid !== null) env = readEnviron(sway.pid);
    } catch {
      // Not readable (another user's Sway, or gone): the caller's environment is the best guess.
    }
    return { mainPath, ...expandConfig(reply.config ?? '', { mainPath, env }) };
  } finally {
    client.close();
  }
}
