import t from 'tap';
import { readFileSync } from 'node:fs';
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
