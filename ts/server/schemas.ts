/**
 * The protocol's JSON Schemas (schemas/*.json, draft-07), compiled with ajv. The daemon checks
 * requests and params on the way in; tests check results on the way out with the same validators.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import daemonStatus from '../../schemas/daemon-status.schema.json' with { type: 'json' };
import healthEvents from '../../schemas/health-events.schema.json' with { type: 'json' };
import params from '../../schemas/params.schema.json' with { type: 'json' };
import request from '../../schemas/request.schema.json' with { type: 'json' };
import socketHealth from '../../schemas/socket-health.schema.json' with { type: 'json' };

/** Compiled validators, keyed by what they check. */
export interface ProtocolValidators {
  request: ValidateFunction;
  noParams: ValidateFunction;
  eventsParams: ValidateFunction;
  socketHealth: ValidateFunction;
  daemonStatus: ValidateFunction;
  healthEvents: ValidateFunction;
}

let compiled: ProtocolValidators | null = null;

/** Compiles the schemas once (a few ms) and returns the validators. */
export function protocolValidators(): ProtocolValidators {
  if (compiled !== null) return compiled;
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addSchema(params);
  compiled = {
    request: ajv.compile(request),
    noParams: ajv.getSchema(`${params.$id}#/definitions/none`)!,
    eventsParams: ajv.getSchema(`${params.$id}#/definitions/daemon.events`)!,
    socketHealth: ajv.compile(socketHealth),
    daemonStatus: ajv.compile(daemonStatus),
    healthEvents: ajv.compile(healthEvents),
  };
  return compiled;
}

/** ajv's errors as one line, e.g. "/limit must be <= 256". */
export function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`).join('; ');
}
