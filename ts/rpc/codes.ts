/**
 * Error codes of swaysock-healthd's protocol (docs/protocol.md), shared by the server and its
 * clients: JSON-RPC 2.0's standard codes (specification, section 5.1) and ours from the range
 * it reserves for servers (-32000 to -32099).
 */
export const RpcErrorCode = {
  PARSE_ERROR: -32700,
  INVALID_REQUEST: -32600,
  METHOD_NOT_FOUND: -32601,
  INVALID_PARAMS: -32602,
  INTERNAL_ERROR: -32603,
  /** The daemon already serves `--max-clients` connections; this one is closed. */
  TOO_MANY_CLIENTS: -32000,
} as const;
