/**
 * The protocol's JSON Schemas (schemas/*.json, draft-07) as validation functions, by method. ajv
 * compiles them ahead of time into validators.generated.js (`npm run validators:generate`, from
 * the method list METHOD_SCHEMAS of ./protocol.ts; a unit test fails when it is out of date), so
 * the daemon pays nothing at start-up for them (compiling at run time cost ~40 ms here). The
 * daemon checks requests and params on the way in; tests check results on the way out with the
 * same validators. Each validator sets `.errors` (ajv's ErrorObject[]) on failure.
 */
import type { ValidateFunction } from 'ajv';
import { HISTORY_RECORD_SCHEMA, METHOD_SCHEMAS, type MethodName } from './protocol.js';
import { params, request, schemas } from './validators.generated.js';

/** A JSON-RPC 2.0 request object (schemas/request.schema.json). */
export const requestValidator: ValidateFunction = request;

/** One health history record, a line of the history file (schemas/history-record.schema.json). */
export const historyRecordValidator: ValidateFunction = schemas[HISTORY_RECORD_SCHEMA];

/** The validator of `method`'s params (its definition in schemas/params.schema.json). */
export function paramsValidator(method: MethodName): ValidateFunction {
  return params[METHOD_SCHEMAS[method].params];
}

/** The validator of `method`'s result; null for a result no schema describes (`daemon.metrics`' text). */
export function resultValidator(method: MethodName): ValidateFunction | null {
  const schema = METHOD_SCHEMAS[method].result;
  return schema === null ? null : schemas[schema];
}

/** ajv's errors as one line, e.g. "/limit must be <= 256". */
export function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`).join('; ');
}
