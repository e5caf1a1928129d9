/**
 * The protocol's JSON Schemas (schemas/*.json, draft-07) as validation functions. ajv compiles
 * them ahead of time into validators.generated.ts (`node ts/server/generate-validators.mjs`;
 * a unit test fails when it is out of date), so the daemon pays nothing at start-up for them
 * (compiling at run time cost ~40 ms here). The daemon checks requests and params on the way in;
 * tests check results on the way out with the same validators.
 */
import type { ValidateFunction } from 'ajv';
import * as generated from './validators.generated.js';

/** Validators, keyed by what they check. Each sets `.errors` (ajv's ErrorObject[]) on failure. */
export interface ProtocolValidators {
  /** A JSON-RPC 2.0 request object (schemas/request.schema.json). */
  request: ValidateFunction;
  /** Params of a method that takes none: absent, `{}` or `[]` (schemas/params.schema.json). */
  noParams: ValidateFunction;
  /** Params of `daemon.events`: `{limit?: 1..2048, since?: ISO 8601, types?: [...]}`. */
  eventsParams: ValidateFunction;
  /** Params of `cleanup.removed`: `{removed: [{path, reason}]}` (at most 256). */
  cleanupParams: ValidateFunction;
  /** The `get_socket_health` result (schemas/socket-health.schema.json). */
  socketHealth: ValidateFunction;
  /** The `daemon.status` result (schemas/daemon-status.schema.json). */
  daemonStatus: ValidateFunction;
  /** One health history record, a line of the history file (schemas/history-record.schema.json). */
  historyRecord: ValidateFunction;
  /** The `daemon.events` result (schemas/health-events.schema.json). */
  healthEvents: ValidateFunction;
}

const validators = generated as unknown as ProtocolValidators;

/** The validators (precompiled: calling this costs nothing). */
export function protocolValidators(): ProtocolValidators {
  return validators;
}

/** ajv's errors as one line, e.g. "/limit must be <= 256". */
export function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`).join('; ');
}
