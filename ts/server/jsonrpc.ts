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
 * result, synchronously for every method that answers from memory; a handler that must wait
 * (`daemon.metrics`: prom-client collects asynchronously) returns a Promise of it.
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
  readonly [M in MethodName]: { params: ValidateFunction; handler: (params: Params<M>, context: C) => Result<M> | Promise<Result<M>> };
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

/** The answer to a batch member that is not run because the line's answers reached `maxAnswerBytes`. */
function tooLarge(value: unknown, maxAnswerBytes: number): RpcResponse | null {
  const { request } = protocolValidators();
  if (request(value) && !('id' in (value as Request))) return null; // a notification: never answered
  return errorResponse(idOf(value), RpcErrorCode.ANSWER_TOO_LARGE, `the answers to this line reached ${maxAnswerBytes} bytes; request not run, send fewer per batch`);
}

const one = (response: Answer): LineAnswer | null => (response === null ? null : { text: JSON.stringify(response), errors: 'error' in response ? 1 : 0 });

/** A batch's answers so far: their texts, bytes (with separators) and errors. */
interface BatchAnswers {
  parts: string[];
  bytes: number;
  errors: number;
}

function add(batch: BatchAnswers, response: Answer): void {
  if (response === null) return;
  const text = JSON.stringify(response);
  batch.parts.push(text);
  batch.bytes += Buffer.byteLength(text) + 1;
  if ('error' in response) batch.errors++;
}

/**
 * Runs a batch's requests from `from` on, one after the other: an asynchronous answer is awaited
 * before the next request runs, so the byte count that decides whether it runs is always complete.
 */
function runBatch<C>(values: readonly unknown[], from: number, methods: ReadonlyMap<string, RpcMethod<C>>, context: C, maxAnswerBytes: number, batch: BatchAnswers): LineAnswer | null | Promise<LineAnswer | null> {
  for (let i = from; i < values.length; i++) {
    const v = values[i];
    const response = batch.bytes > maxAnswerBytes ? tooLarge(v, maxAnswerBytes) : handleOne(v, methods, context);
    if (response instanceof Promise) {
      return response.then((r) => {
        add(batch, r);
        return runBatch(values, i + 1, methods, context, maxAnswerBytes, batch);
      });
    }
    add(batch, response);
  }
  return batch.parts.length > 0 ? { text: `[${batch.parts.join(',')}]`, errors: batch.errors } : null;
}

/**
 * Handles one line: a request, a notification or a batch. Returns the text to send, or null when
 * nothing is to be sent (notifications only); a Promise of that when a handler of the line
 * answers asynchronously (`daemon.metrics`; the Promise never rejects). A batch over
 * `limits.maxBatchRequests` is answered with one Invalid Request error (id null) and none of it
 * runs; its requests run in order, each after the previous one answered; once the answers built
 * so far exceed `limits.maxAnswerBytes`, the remaining requests are answered ANSWER_TOO_LARGE
 * without running, so the text stays below that bound plus one answer. Never throws.
 */
export function handleLine<C>(line: string, methods: ReadonlyMap<string, RpcMethod<C>>, context: C, limits: LineLimits = DEFAULT_LINE_LIMITS): LineAnswer | null | Promise<LineAnswer | null> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return one(errorResponse(null, RpcErrorCode.PARSE_ERROR, 'Parse error', (err as Error).message));
  }
  if (!Array.isArray(value)) {
    const response = handleOne(value, methods, context);
    return response instanceof Promise ? response.then(one) : one(response);
  }
  if (value.length === 0) return one(errorResponse(null, RpcErrorCode.INVALID_REQUEST, 'Invalid Request', 'empty batch'));
  if (value.length > limits.maxBatchRequests) {
    return one(errorResponse(null, RpcErrorCode.INVALID_REQUEST, 'Invalid Request', `batch of ${value.length} requests; at most ${limits.maxBatchRequests}`));
  }
  return runBatch(value, 0, methods, context, limits.maxAnswerBytes, { parts: [], bytes: 0, errors: 0 });
}
