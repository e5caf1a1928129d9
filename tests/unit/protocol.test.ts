import t from 'tap';
import { readFileSync } from 'node:fs';
import { EXIT_CODES, exitCodeOf, UsageError } from '../../ts/cli/usage.js';
import { ERROR_CODES, SwaysockError, type ErrorCode } from '../../ts/errors/errors.js';
import { DaemonRpcError, DaemonTimeoutError } from '../../ts/rpc/client.js';
import { METHOD_NAMES, RpcErrorCode, rpcErrorName } from '../../ts/rpc/protocol.js';

const doc = readFileSync('docs/protocol.md', 'utf8');
const params = JSON.parse(readFileSync('schemas/params.schema.json', 'utf8')) as { definitions: Record<string, { description: string }> };

t.test('every method of the protocol module is documented and has a params schema', async (t) => {
  const methodsSection = doc.slice(doc.indexOf('## Methods'), doc.indexOf('### The health object'));
  const documented = [...methodsSection.matchAll(/^\| `([\w.]+)` \| /gm)].map((m) => m[1]);
  t.same(documented, METHOD_NAMES, 'docs/protocol.md lists exactly these methods, in order');
  for (const name of METHOD_NAMES) {
    const own = params.definitions[name];
    const none = params.definitions.none!.description.includes(`${name},`) || params.definitions.none!.description.includes(`${name}:`);
    t.ok(own !== undefined || none, `${name}: schemas/params.schema.json has its params`);
  }
});

t.test('every error code is documented; names round-trip', async (t) => {
  for (const [name, code] of Object.entries(RpcErrorCode)) {
    t.match(doc, new RegExp(`^\\| ${code} \\| \`${name}\` \\|`, 'm'), `${code} ${name} in docs/protocol.md`);
    t.equal(rpcErrorName(code), name);
  }
  t.equal(rpcErrorName(-32099), 'SERVER_ERROR', 'a code this version does not know');
});

t.test('every error code is listed in docs/protocol.md with its exit code', async (t) => {
  const section = doc.slice(doc.indexOf('## Error codes'), doc.indexOf('## CLI exit codes'));
  const rows = [...section.matchAll(/^\| `(ERR_SWAYSOCK_\w+)` \| [^|]+ \| [^|]+ \| (\d+)[^|]* \|$/gm)].map((m) => [m[1]!, Number(m[2])] as const);
  t.same(
    rows.map(([code]) => code),
    Object.keys(ERROR_CODES),
    'the table lists exactly the codes of ERROR_CODES, in its order',
  );
  for (const [code, exit] of rows) t.equal(exit, EXIT_CODES[code as ErrorCode], `${code}: exit ${exit} as EXIT_CODES says`);
});

t.test('exitCodeOf: the table, TOO_MANY_CLIENTS as no answer, 1 for an error without a code', async (t) => {
  t.equal(exitCodeOf(new UsageError('x')), 64);
  t.equal(exitCodeOf(new SwaysockError('ERR_SWAYSOCK_VARIABLE_NAME', 'x')), 64);
  t.equal(exitCodeOf(new DaemonTimeoutError('/s', 'daemon.status', 1)), 2);
  t.equal(exitCodeOf(new DaemonRpcError(RpcErrorCode.TOO_MANY_CLIENTS, 'too many')), 2, 'turned away: no answer');
  t.equal(exitCodeOf(new DaemonRpcError(RpcErrorCode.INTERNAL_ERROR, 'oops')), 1);
  t.equal(exitCodeOf(new Error('plain')), 1);
  t.equal(exitCodeOf(Object.assign(new Error('errno'), { code: 'ENOENT' })), 1, 'an errno code is no swaysock code');
});
