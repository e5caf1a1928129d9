/**
 * JSON-RPC 2.0 (https://www.jsonrpc.org/specification) over one line of text: parsing, envelope
 * and params validation, dispatch, and the standard error objects. Transport-free: the server
 * feeds it lines and writes back what it returns. Bounded: a batch holds at most
 * `maxBatchRequests` requests, and the answers to one line are built only up to `maxAnswerBytes`.
 */
import type { ValidateFunction } from 'ajv';
import { hasCode, SwaysockError } from '../errors/errors.js';
import { MAX_ANSWER_BYTES, MAX_BATCH_REQUESTS, RpcErrorCode, type MethodName, type Params, type Result } from '../rpc/protocol.js';
import { describeErrors, paramsValidator, requestValidator } from '../rpc/schemas.js';

/** An error a handler throws to answer with the JSON-RPC error `rpcCode` (`ERR_SWAYSOCK_RPC`). */
export class RpcError extends SwaysockError {
  declare readonly code: 'ERR_SWAYSOCK_RPC';
  constructor(
    readonly rpcCode: number,
    message: string,
    readonly data?: unknown,
  ) {
    super('ERR_SWAYSOCK_RPC', message);
    this.name = 'RpcError';
  }
}

export type RpcId = string | number | null;

/**
 * A result already serialized: its JSON text (of a `T`) and that text's length in bytes. A
 * handler returns one to have the text put into the response as it is, so a large result kept
 * as text (the health history's) is neither parsed nor serialized again per request.
 */
export class JsonText<T> {
  /** Only a type: the shape the text holds. */
  declare readonly shape?: T;
  constructor(
    readonly json: string,
    readonly bytes: number,
  ) {}
}

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
 * The daemon's handlers, one per method of the protocol (ts/rpc/protocol.ts), each typed with that
 * method's params and result: a missing method or a result of the wrong shape does not compile.
 */
export type ProtocolHandlers<C> = {
  readonly [M in MethodName]: (params: Params<M>, context: C) => Result<M> | JsonText<Result<M>> | Promise<Result<M>>;
};

/**
 * The method table {@link handleLine} takes: each handler with its method's params validator
 * (METHOD_SCHEMAS of ts/rpc/protocol.ts), so no method is paired with another's schema.
 */
export function protocolMethods<C>(handlers: ProtocolHandlers<C>): ReadonlyMap<string, RpcMethod<C>> {
  return new Map(
    (Object.keys(handlers) as MethodName[]).map((method) => [
      method,
      { params: paramsValidator(method), handler: handlers[method] as RpcMethod<C>['handler'] },
    ]),
  );
}

/** Bounds of what one line may cost. */
export interface LineLimits {
  /** Most requests in a batch (default {@link MAX_BATCH_REQUESTS}); a longer batch gets one Invalid Request error. */
  maxBatchRequests: number;
  /** Most bytes of answers built for a line (default {@link MAX_ANSWER_BYTES}); requests past it get ANSWER_TOO_LARGE and are not run. */
  maxAnswerBytes: number;
}

export const DEFAULT_LINE_LIMITS: LineLimits = { maxBatchRequests: MAX_BATCH_REQUESTS, maxAnswerBytes: MAX_ANSWER_BYTES };

/**
 * What to send for one line: the pieces of its text (a response or a batch of them, without the
 * `\n`), to be sent one after the other, their length in bytes, and how many of the responses are
 * errors. A result given as {@link JsonText} is one of the pieces, not copied into a larger text.
 */
export interface LineAnswer {
  parts: string[];
  bytes: number;
  errors: number;
}

/** The whole text of a line's answer (the pieces joined; for tests and small answers). */
export function answerText(answer: LineAnswer): string {
  return answer.parts.join('');
}

interface Request {
  jsonrpc: '2.0';
  method: string;
  params?: unknown;
  id?: RpcId;
}

/** A response object (section 5). */
export type RpcResponse =
  | { jsonrpc: '2.0'; id: RpcId; result: unknown }
  | { jsonrpc: '2.0'; id: RpcId; error: { code: number; message: string; data?: unknown } };

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
  if (!requestValidator(value)) return errorResponse(idOf(value), RpcErrorCode.INVALID_REQUEST, 'Invalid Request', describeErrors(requestValidator));
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
    if (hasCode<RpcError>(err, 'ERR_SWAYSOCK_RPC')) return errorResponse(id, err.rpcCode, err.message, err.data);
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
  if (requestValidator(value) && !('id' in (value as Request))) return null; // a notification: never answered
  return errorResponse(
    idOf(value),
    RpcErrorCode.ANSWER_TOO_LARGE,
    `the answers to this line reached ${maxAnswerBytes} bytes; request not run, send fewer per batch`,
  );
}

/** Adds a response's text: one piece, or three around a {@link JsonText} result (its text as it is). */
function add(collected: LineAnswer, response: RpcResponse): void {
  if ('result' in response && response.result instanceof JsonText) {
    const head = `{"jsonrpc":"2.0","id":${JSON.stringify(response.id)},"result":`;
    collected.parts.push(head, response.result.json, '}');
    collected.bytes += Buffer.byteLength(head) + response.result.bytes + 1;
    return;
  }
  const text = JSON.stringify(response);
  collected.parts.push(text);
  collected.bytes += Buffer.byteLength(text);
  if ('error' in response) collected.errors++;
}

function one(response: Answer): LineAnswer | null {
  if (response === null) return null;
  const collected: LineAnswer = { parts: [], bytes: 0, errors: 0 };
  add(collected, response);
  return collected;
}

/** A batch's answers: their pieces, `[` first and `,` between them; `]` is added at its end. */
function addToBatch(batch: LineAnswer, response: Answer): void {
  if (response === null) return;
  batch.parts.push(batch.parts.length === 0 ? '[' : ',');
  batch.bytes += 1;
  add(batch, response);
}

/**
 * Runs a batch's requests from `from` on, one after the other: an asynchronous answer is awaited
 * before the next request runs, so the byte count that decides whether it runs is always complete.
 */
function runBatch<C>(
  values: readonly unknown[],
  from: number,
  methods: ReadonlyMap<string, RpcMethod<C>>,
  context: C,
  maxAnswerBytes: number,
  batch: LineAnswer,
): LineAnswer | null | Promise<LineAnswer | null> {
  for (let i = from; i < values.length; i++) {
    const v = values[i];
    const response = batch.bytes > maxAnswerBytes ? tooLarge(v, maxAnswerBytes) : handleOne(v, methods, context);
    if (response instanceof Promise) {
      return response.then((r) => {
        addToBatch(batch, r);
        return runBatch(values, i + 1, methods, context, maxAnswerBytes, batch);
      });
    }
    addToBatch(batch, response);
  }
  if (batch.parts.length === 0) return null;
  batch.parts.push(']');
  batch.bytes += 1;
  return batch;
}

/**
 * Handles one line: a request, a notification or a batch. Returns what to send, or null when
 * nothing is to be sent (notifications only); a Promise of that when a handler of the line
 * answers asynchronously (`daemon.metrics`; the Promise never rejects). A batch over
 * `limits.maxBatchRequests` is answered with one Invalid Request error (id null) and none of it
 * runs; its requests run in order, each after the previous one answered; once the answers built
 * so far exceed `limits.maxAnswerBytes`, the remaining requests are answered ANSWER_TOO_LARGE
 * without running, so the text stays below that bound plus one answer. A {@link JsonText} result
 * is sent as it is, one of the pieces. Never throws.
 */
export function handleLine<C>(
  line: string,
  methods: ReadonlyMap<string, RpcMethod<C>>,
  context: C,
  limits: LineLimits = DEFAULT_LINE_LIMITS,
): LineAnswer | null | Promise<LineAnswer | null> {
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
