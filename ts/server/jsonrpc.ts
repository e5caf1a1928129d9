/**
 * JSON-RPC 2.0 (https://www.jsonrpc.org/specification) over one line of text: parsing, envelope
 * and params validation, dispatch, and the standard error objects. Transport-free: the server
 * feeds it lines and writes back what it returns. Bounded: a batch holds at most
 * `maxBatchRequests` requests, and the answers to one line are built only up to `maxAnswerBytes`.
 */
import type { ValidateFunction } from 'ajv';
import { MAX_ANSWER_BYTES, MAX_BATCH_REQUESTS, RpcErrorCode, type MethodName, type Params, type Result } from '../rpc/protocol.js';
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
 * result synchronously (every method answers from memory; no request waits on another).
 */
export interface RpcMethod<C> {
  params: ValidateFunction;
  handler: (params: unknown, context: C) => unknown;
}

/**
 * The daemon's methods, one per name of the protocol (ts/rpc/protocol.ts), each handler typed with
 * that method's params and result: a missing method or a result of the wrong shape does not compile.
 */
export type ProtocolMethods<C> = {
  readonly [M in MethodName]: { params: ValidateFunction; handler: (params: Params<M>, context: C) => Result<M> };
};

/** The method table {@link handleLine} takes, from the protocol's typed one. */
export function protocolMethods<C>(methods: ProtocolMethods<C>): ReadonlyMap<string, RpcMethod<C>> {
  return new Map(Object.entries(methods) as [string, RpcMethod<C>][]);
}

/** Bounds of what one line may cost. */
export interface LineLimits {
  /** Most requests in a batch (default {@link MAX_BATCH_REQUESTS}); a longer batch gets one Invalid Request error. */
  maxBatchRequests: number;
  /** Most bytes of answers built for a line (default {@link MAX_ANSWER_BYTES}); requests past it get ANSWER_TOO_LARGE and are not run. */
  maxAnswerBytes: number;
}

export const DEFAULT_LINE_LIMITS: LineLimits = { maxBatchRequests: MAX_BATCH_REQUESTS, maxAnswerBytes: MAX_ANSWER_BYTES };

/** The text to send for one line (a response or a batch of them, without the `\n`) and how many of the responses are errors. */
export interface LineAnswer {
  text: string;
  errors: number;
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

function handleOne<C>(value: unknown, methods: ReadonlyMap<string, RpcMethod<C>>, context: C): RpcResponse | null {
  const { request } = protocolValidators();
  if (!request(value)) return errorResponse(idOf(value), RpcErrorCode.INVALID_REQUEST, 'Invalid Request', describeErrors(request));
  const req = value as Request;
  const isNotification = !('id' in req);
  const id = req.id ?? null;
  const method = methods.get(req.method);
  if (method === undefined) return isNotification ? null : errorResponse(id, RpcErrorCode.METHOD_NOT_FOUND, `Method not found: ${req.method}`);
  const params = req.params ?? {};
  if (!method.params(params)) return isNotification ? null : errorResponse(id, RpcErrorCode.INVALID_PARAMS, 'Invalid params', describeErrors(method.params));
  try {
    const result = method.handler(params, context);
    return isNotification ? null : { jsonrpc: '2.0', id, result };
  } catch (err) {
    if (isNotification) return null;
    if (err instanceof RpcError) return errorResponse(id, err.code, err.message, err.data);
    return errorResponse(id, RpcErrorCode.INTERNAL_ERROR, 'Internal error', (err as Error).message);
  }
}

/** The answer to a batch member that is not run because the line's answers reached `maxAnswerBytes`. */
function tooLarge(value: unknown, maxAnswerBytes: number): RpcResponse | null {
  const { request } = protocolValidators();
  if (request(value) && !('id' in (value as Request))) return null; // a notification: never answered
  return errorResponse(idOf(value), RpcErrorCode.ANSWER_TOO_LARGE, `the answers to this line reached ${maxAnswerBytes} bytes; request not run, send fewer per batch`);
}

const one = (response: RpcResponse): LineAnswer => ({ text: JSON.stringify(response), errors: 'error' in response ? 1 : 0 });

/**
 * Handles one line: a request, a notification or a batch. Returns the text to send, or null when
 * nothing is to be sent (notifications only). A batch over `limits.maxBatchRequests` is answered
 * with one Invalid Request error (id null) and none of it runs; once the answers built so far
 * exceed `limits.maxAnswerBytes`, the remaining requests are answered ANSWER_TOO_LARGE without
 * running, so the text stays below that bound plus one answer. Never throws.
 */
export function handleLine<C>(line: string, methods: ReadonlyMap<string, RpcMethod<C>>, context: C, limits: LineLimits = DEFAULT_LINE_LIMITS): LineAnswer | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return one(errorResponse(null, RpcErrorCode.PARSE_ERROR, 'Parse error', (err as Error).message));
  }
  if (!Array.isArray(value)) {
    const response = handleOne(value, methods, context);
    return response === null ? null : one(response);
  }
  if (value.length === 0) return one(errorResponse(null, RpcErrorCode.INVALID_REQUEST, 'Invalid Request', 'empty batch'));
  if (value.length > limits.maxBatchRequests) {
    return one(errorResponse(null, RpcErrorCode.INVALID_REQUEST, 'Invalid Request', `batch of ${value.length} requests; at most ${limits.maxBatchRequests}`));
  }
  const parts: string[] = [];
  let bytes = 0;
  let errors = 0;
  for (const v of value) {
    const response = bytes > limits.maxAnswerBytes ? tooLarge(v, limits.maxAnswerBytes) : handleOne(v, methods, context);
    if (response === null) continue;
    const text = JSON.stringify(response);
    parts.push(text);
    bytes += Buffer.byteLength(text) + 1;
    if ('error' in response) errors++;
  }
  return parts.length > 0 ? { text: `[${parts.join(',')}]`, errors } : null;
}
