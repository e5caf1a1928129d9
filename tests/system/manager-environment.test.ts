import t from 'tap';
import { startUserManager } from '../helpers/user-manager.js';

t.test("show-environment's quoting of a real user manager parses back to the values set", async (t) => {
  const manager = await startUserManager(t.teardown);
  const values = { WEIRD: 'a b"c\'d$e\\f\ng\th', SPACED: 'a b', PLAIN: '/run/user/1000/sway-ipc.1000.7.sock' };
  const set = await manager.systemctl(['set-environment', ...Object.entries(values).map(([k, v]) => `${k}=${v}`)]);
  t.equal(set.code, 0, set.stderr);
  const env = await manager.environment();
  t.same({ WEIRD: env.WEIRD, SPACED: env.SPACED, PLAIN: env.PLAIN }, values);
});
