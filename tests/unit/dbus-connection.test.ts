/**
 * ts/dbus/connection.ts against FAKE D-Bus peers (Unix sockets served by this test), for what the
 * real user manager and dbus-daemon never do on demand: accept and never answer (the deadlines of
 * the handshake and of a call), refuse the authentication, answer calls out of order, close with
 * calls pending, send a message in the same chunk as the handshake's OK, send a message that
 * cannot be decoded. The fakes encode their
 * messages with the same codec (@homebridge/dbus-native). The real peers are exercised in
 * tests/system/manager-bus.test.ts.
 */
import t, { type Test } from 'tap';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import codec, { type Message } from '@homebridge/dbus-native/lib/message.js';
import { DBusConnection, parseBusAddress } from '../../ts/dbus/connection.js';
import { keptLimit, timerStart } from '../helpers/time-limits.js';
import { makeRuntimeDir } from '../helpers/user.js';
import { waitFor } from '../helpers/user-manager.js';

/** A fake peer at a fresh path: `onConnection` gets each accepted socket. */
async function fakePeer(t: Test, onConnection: (socket: Socket) => void): Promise<string> {
  const path = join(makeRuntimeDir(t.teardown), 'fake.sock');
  const sockets = new Set<Socket>();
  const server: Server = createServer((s) => {
    sockets.add(s);
    s.on('error', () => {});
    onConnection(s);
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  t.teardown(() => {
    for (const s of sockets) s.destroy();
    server.close();
  });
  return path;
}

/** Reads the client's handshake (the NUL byte, AUTH and BEGIN lines), then answers `answer`; resolves with what it read. */
function readHandshake(socket: Socket, answer: Buffer | string | null): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    const onData = (d: Buffer) => {
      text += d.toString('latin1');
      if (!text.includes('BEGIN\r\n')) return;
      socket.off('data', onData);
      if (answer !== null) socket.write(answer);
      resolve(text);
    };
    socket.on('data', onData);
  });
}

/** Parses the calls the client sends after the handshake and hands each to `onCall`. */
function serveCalls(socket: Socket, onCall: (m: Message) => void): void {
  socket.pause();
  codec.unmarshalMessages(socket, onCall, {});
}

const OK = 'OK 0123456789abcdef0123456789abcdef\r\n';
const reply = (to: Message, signature: string, body: unknown[], serial: number): Buffer =>
  codec.marshall({ type: 2, serial, replySerial: to.serial, signature, body });
const CALL = { path: '/x', interface: 'org.example.Test', member: 'Echo' };

t.test('parseBusAddress: the first unix:path= or unix:abstract= entry, %-escapes decoded; none is a coded error', async (t) => {
  t.same(parseBusAddress('unix:path=/run/user/1000/bus'), { path: '/run/user/1000/bus', bus: true });
  t.same(parseBusAddress('tcp:host=localhost,port=1;unix:path=/tmp/a%20b,guid=00'), { path: '/tmp/a b', bus: true }, 'a tcp entry is skipped');
  t.same(parseBusAddress('unix:abstract=/tmp/dbus-XYZ,guid=1'), { path: '\0/tmp/dbus-XYZ', bus: true });
  t.throws(() => parseBusAddress('tcp:host=localhost,port=1'), { code: 'ERR_SWAYSOCK_DBUS_ADDRESS' });
});

t.test('a missing socket: ERR_SWAYSOCK_DBUS_CONNECT naming the path and errno', async (t) => {
  const path = join(makeRuntimeDir(t.teardown), 'absent');
  await t.rejects(DBusConnection.open({ path, bus: false }, 10_000), { code: 'ERR_SWAYSOCK_DBUS_CONNECT', message: `cannot connect to ${path} (ENOENT)` });
});

t.test('a peer that accepts and never answers the handshake: ERR_SWAYSOCK_DBUS_TIMEOUT at the deadline', async (t) => {
  let handshake: Promise<string> | undefined;
  const path = await fakePeer(t, (s) => (handshake = readHandshake(s, null)));
  const started = await timerStart();
  await t.rejects(DBusConnection.open({ path, bus: false }, 300), { code: 'ERR_SWAYSOCK_DBUS_TIMEOUT', message: /no authentication from .* within \d+ ms/ });
  keptLimit(t, performance.now() - started, 300, 'the handshake deadline');
  t.match(
    await handshake,
    new RegExp(`^\\0AUTH EXTERNAL ${Buffer.from(String(process.getuid!())).toString('hex')}\\r\\nBEGIN\\r\\n$`),
    'EXTERNAL with our UID in hex, BEGIN sent with it',
  );
});

t.test('a peer that refuses EXTERNAL: ERR_SWAYSOCK_DBUS_AUTH with its line', async (t) => {
  const path = await fakePeer(t, (s) => void readHandshake(s, 'REJECTED DBUS_COOKIE_SHA1\r\n'));
  await t.rejects(DBusConnection.open({ path, bus: false }, 10_000), {
    code: 'ERR_SWAYSOCK_DBUS_AUTH',
    message: /refused EXTERNAL authentication as UID \d+: REJECTED DBUS_COOKIE_SHA1/,
  });
});

t.test(
  'calls: replies matched by serial when answered out of order; an error reply is ERR_SWAYSOCK_DBUS_CALL; a signal sent with the OK is delivered, one nobody listens for is not decoded',
  async (t) => {
    const path = await fakePeer(t, (s) => {
      const signal = codec.marshall({ type: 4, serial: 1, path: '/x', interface: 'org.example.Test', member: 'Early', signature: 's', body: ['with the OK'] });
      // A signal nobody listens for, which would not decode (its signature header field says `Z`, no
      // D-Bus type; the parser would throw out of its event handler): it must be skipped unparsed.
      const ignored = codec.marshall({ type: 4, serial: 2, path: '/x', interface: 'org.example.Test', member: 'Ignored', signature: 's', body: ['abc'] });
      ignored[ignored.indexOf(Buffer.from([8, 1, 0x67, 0, 1, 0x73, 0])) + 5] = 0x5a; // field 8 (signature), type g, "s" -> "Z"
      void readHandshake(s, Buffer.concat([Buffer.from(OK), ignored, signal])).then(() => {
        const calls: Message[] = [];
        serveCalls(s, (m) => {
          calls.push(m);
          if (calls.length < 3) return;
          // Answer the third, then the first, then fail the second.
          s.write(reply(calls[2], 's', ['third'], 10));
          s.write(reply(calls[0], 's', [`first ${calls[0].body?.[0]}`], 11));
          s.write(
            codec.marshall({ type: 3, serial: 12, replySerial: calls[1].serial, errorName: 'org.example.Error.Nope', signature: 's', body: ['not this one'] }),
          );
        });
      });
    });
    const c = await DBusConnection.open({ path, bus: false }, 10_000);
    t.teardown(() => c.close());
    const signals: unknown[] = [];
    c.onSignal('Early', (s) => signals.push([s.member, ...s.body]));
    const first = c.call({ ...CALL, signature: 's', body: ['hello'] }, 10_000);
    const second = c.call(CALL, 10_000);
    const third = c.call(CALL, 10_000);
    t.same(await first, ['first hello']);
    await t.rejects(second, {
      code: 'ERR_SWAYSOCK_DBUS_CALL',
      dbusName: 'org.example.Error.Nope',
      message: 'org.example.Test.Echo: org.example.Error.Nope: not this one',
    });
    t.same(await third, ['third']);
    t.same(signals, [['Early', 'with the OK']], 'the signal that came in the same chunk as OK');
  },
);

t.test(
  'an encoded call: sent with a new serial each time; a reply with the body of the last one is not decoded again (the same array), another body is; matched by serial out of order among header fields a bus adds',
  async (t) => {
    const received: Message[] = [];
    let answers: string[][] = [];
    let serial = 100;
    const path = await fakePeer(t, (s) => {
      void readHandshake(s, OK).then(() =>
        serveCalls(s, (m) => {
          received.push(m);
          if (received.length % 2 === 1) return;
          // Two calls at a time, answered in the opposite order, as a bus relays them (sender, destination).
          for (const call of [received.at(-1)!, received.at(-2)!]) {
            const body = answers.shift()!;
            s.write(
              codec.marshall({ type: 2, serial: serial++, replySerial: call.serial, sender: ':1.7', destination: ':1.42', signature: 'as', body: [body] }),
            );
          }
        }),
      );
    });
    const c = await DBusConnection.open({ path, bus: false }, 1000);
    t.teardown(() => c.close());
    const encoded = c.encode({ ...CALL, signature: 'ss', body: ['org.example.Test', 'Environment'] });
    answers = [['A=1'], ['A=1']];
    const [first, second] = await Promise.all([c.call(encoded, 2000), c.call(encoded, 2000)]);
    t.same(first, [['A=1']]);
    t.equal(second, first, 'the same body again: the same decoded array, not decoded again');
    answers = [['A=2'], ['A=1']];
    const [third, fourth] = await Promise.all([c.call(encoded, 2000), c.call(encoded, 2000)]);
    t.same(fourth, [['A=2']], 'the second call of the pair got the first answer (out of order): another body, decoded');
    t.same(third, [['A=1']], 'and the first call the second answer');
    t.same(
      received.map((m) => m.serial),
      [1, 2, 3, 4],
      'a new serial each time',
    );
    t.same(new Set(received.map((m) => JSON.stringify([m.path, m.interface, m.member, m.body]))).size, 1, 'the same call otherwise');
  },
);

t.test('a peer that takes calls and never answers: each call ends at its deadline; a close fails the pending ones, and later calls at once', async (t) => {
  let peer: Socket | undefined;
  let received = 0;
  const path = await fakePeer(t, (s) => {
    peer = s;
    void readHandshake(s, OK).then(() => serveCalls(s, () => received++));
  });
  const c = await DBusConnection.open({ path, bus: false }, 10_000);
  const started = await timerStart();
  await t.rejects(c.call(CALL, 200), { code: 'ERR_SWAYSOCK_DBUS_TIMEOUT', message: /org\.example\.Test\.Echo: no reply from .* within 200 ms/ });
  keptLimit(t, performance.now() - started, 200, "the call's deadline");
  const pending = c.call(CALL, 60_000);
  const closed = new Promise((resolve) => c.onClose(resolve));
  await waitFor(() => received === 2, 10_000, 'the peer to receive both calls');
  peer!.destroy();
  await t.rejects(pending, { code: 'ERR_SWAYSOCK_DBUS_CLOSED' }, 'the pending call fails when the peer closes, long before its deadline');
  t.match(await closed, { code: 'ERR_SWAYSOCK_DBUS_CLOSED' });
  t.ok(c.closed);
  await t.rejects(c.call(CALL, 60_000), { code: 'ERR_SWAYSOCK_DBUS_CLOSED' }, 'a call on a closed connection fails at once');
});

t.test('a bus whose Hello is refused: ERR_SWAYSOCK_DBUS_AUTH', async (t) => {
  const path = await fakePeer(t, (s) => {
    void readHandshake(s, OK).then(() =>
      serveCalls(s, (m) =>
        s.write(
          codec.marshall({
            type: 3,
            serial: 1,
            replySerial: m.serial,
            errorName: 'org.freedesktop.DBus.Error.AccessDenied',
            signature: 's',
            body: [`no ${m.member}`],
          }),
        ),
      ),
    );
  });
  await t.rejects(DBusConnection.open({ path, bus: true }, 10_000), {
    code: 'ERR_SWAYSOCK_DBUS_AUTH',
    dbusName: 'org.freedesktop.DBus.Error.AccessDenied',
    message: /refused Hello: .*no Hello/,
  });
});

t.test('a reply without a body decodes; one that cannot be decoded loses the connection with ERR_SWAYSOCK_DBUS_REPLY, and the process goes on', async (t) => {
  const path = await fakePeer(t, (s) => {
    void readHandshake(s, OK).then(() =>
      serveCalls(s, (m) => {
        if (m.member === 'Empty') {
          s.write(codec.marshall({ type: 2, serial: 20, replySerial: m.serial }));
          return;
        }
        // Its signature header field says `Z`, no D-Bus type: the parser throws on it.
        const bad = reply(m, 's', ['abc'], 21);
        bad[bad.indexOf(Buffer.from([8, 1, 0x67, 0, 1, 0x73, 0])) + 5] = 0x5a;
        s.write(bad);
      }),
    );
  });
  const c = await DBusConnection.open({ path, bus: false }, 10_000);
  t.teardown(() => c.close());
  t.same(await c.call({ ...CALL, member: 'Empty' }, 10_000), [], 'a reply with no signature field and no body');
  const closed = new Promise((resolve) => c.onClose(resolve));
  await t.rejects(
    c.call(CALL, 60_000),
    { code: 'ERR_SWAYSOCK_DBUS_REPLY', message: /org\.example\.Test\.Echo: .* sent a message that cannot be decoded/ },
    'fails at once, not at its deadline',
  );
  t.match(await closed, { code: 'ERR_SWAYSOCK_DBUS_REPLY' });
  t.ok(c.closed);
});
