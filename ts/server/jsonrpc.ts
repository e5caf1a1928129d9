/**
 * JSON-RPC 2.0 (https://www.jsonrpc.org/specification) over one line of text: parsing, envelope
 * and params validation, dispatch, and the standard error objects. Transport-free: the server
 * feeds it lines and writes back what it returns.
 */
import type { ValidateFunction } from 'ajv';
import { RpcErrorCode } from '../rpc/codes.js';
import { describeErrors, protocolValidators } from './schemas.js';

/** An error a handler throws to answer with a given code. */
export class RpcError extends Error {
  constructor(readonly code: number, message: string, readonly data?: unknown) {
    super(message);
    this.name = 'RpcError';
  }
}

export type RpcId = string | number | null;

/**
 * A method: its params schema and its handler, which receives validated params and returns the
 * result, synchronously for every method that answers from memory; a handler that must wait
 * (`daemon.metrics`: prom-client collects asynchronously) returns a Promise of it.
 */
export interface RpcMethod<C> {
  params: ValidateFunction;
  handler: (params: unknown, context: C) => unknown;
}

interface Request {
  jsonrpc: '2.0';
  method: string;
  params?: unknown;
  id?: RpcId;
}

/** A response object (section 5). */
export type RpcResponse = { jsonrpc: '2.0'; id: RpcId; result: unknown } | { jsonrpc: '2.0'; id: RpcId; error: { code: number; message: string; data?: unknown } };

function errorResponse(id: RpcId, code: number, message: string, data?: unknown): RpcResponse {
  return { jsonrpc: '2.0', id, error: data === undefined ? { code, message } : { code, message, data } };
}

/** The id of a request that failed validation, when it has a usable one (else null, per spec). */
function idOf(value: unknown): RpcId {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' || (typeof id === 'number' && Number.isInteger(id)) ? id : null;
}

type Answer = RpcResponse | null;

function handleOne<C>(value: unknown, methods: ReadonlyMap<string, RpcMethod<C>>, context: C): Answer | Promise<Answer> {
  const { request } = protocolValidators();
  if (!request(value)) return errorResponse(idOf(value), RpcErrorCode.INVALID_REQUEST, 'Invalid Request', describeErrors(request));
  const req = value as Request;
  const isNotification = !('id' in req);
  const id = req.id ?? null;
  const method = methods.get(req.method);
  if (method === undefined) return isNotification ? null : errorResponse(id, RpcErrorCode.METHOD_NOT_FOUND, `Method not found: ${req.method}`);
  const params = req.params ?? {};
  if (!method.params(params)) return isNotification ? null : errorResponse(id, RpcErrorCode.INVALID_PARAMS, 'Invalid params', describeErrors(method.params));
  const respond = (result: unknown): Answer => (isNotification ? null : { jsonrpc: '2.0', id, result });
  const fail = (err: unknown): Answer => {
    if (isNotification) return null;
    if (err instanceof RpcError) return errorResponse(id, err.code, err.message, err.data);
    return errorResponse(id, RpcErrorCode.INTERNAL_ERROR, 'Internal error', (err as Error).message);
  };
  try {
    const result = method.handler(params, context);
    return result instanceof Promise ? result.then(respond, fail) : respond(result);
  } catch (err) {
    return fail(err);
  }
}

/** What a line gets: a response, a batch's responses, or null when nothing is to be sent. */
export type LineAnswer = RpcResponse | RpcResponse[] | null;

/**
 * Handles one line: a request, a notification or a batch. Returns the response(s) to send, or
 * null when nothing is to be sent (notifications only); a Promise of that when a handler of the
 * line returned one (it never rejects). Never throws.
 */
export function handleLine<C>(line: string, methods: ReadonlyMap<string, RpcMethod<C>>, context: C): LineAnswer | Promise<LineAnswer> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return errorResponse(null, RpcErrorCode.PARSE_ERROR, 'Parse error', (err as Error).message);
  }
  if (!Array.isArray(value)) return handleOne(value, methods, context);
  if (value.length === 0) return errorResponse(null, RpcErrorCode.INVALID_REQUEST, 'Invalid Request', 'empty batch');
  const answers = value.map((v) => handleOne(v, methods, context));
  const batch = (all: Answer[]): LineAnswer => {
    const responses = all.filter((r): r is RpcResponse => r !== null);
    return responses.length > 0 ? responses : null;
  };
  return answers.some((a) => a instanceof Promise) ? Promise.all(answers).then(batch) : batch(answers as Answer[]);
}
