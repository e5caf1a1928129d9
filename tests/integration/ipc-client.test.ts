import t from 'tap';
import { SwayIpcClient, IpcClosedError } from '../../ts/ipc/client.js';
import { makeRuntimeDir } from '../helpers/user.js';
import { startSway } from '../helpers/sway.js';

t.test('GET_VERSION, SUBSCRIBE and EOF on SIGKILL against a real headless Sway', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  const client = await SwayIpcClient.connect(sway.socketPath);
  t.teardown(() => client.close());
  const version = await client.getVersion();
  t.type(version.major, 'number');
  t.match(version.human_readable, /\d+\.\d+/);
  await client.subscribe(['shutdown']);
  const closed = new Promise<Error | null>((resolve) => client.once('close', resolve));
  await sway.kill('SIGKILL');
  const reason = await closed;
  t.type(reason, IpcClosedError);
  t.equal(client.isOpen, false);
  await t.rejects(client.getVersion(), IpcClosedError);
});
