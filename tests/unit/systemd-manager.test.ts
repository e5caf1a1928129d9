import t from 'tap';
import { parseEnvironment } from '../../ts/systemd/manager.js';

t.test('parses show-environment output, including systemctl C-style quoting', async (t) => {
  const text = ['HOME=/home/u', 'SWAYSOCK=/run/user/1000/sway-ipc.1000.42.sock', "WEIRD=$'a b\\nc\\td\\\\e\\'f\\x41\\101'", 'EMPTY=', 'EQ=a=b', ''].join('\n');
  t.same(parseEnvironment(text), {
    HOME: '/home/u',
    SWAYSOCK: '/run/user/1000/sway-ipc.1000.42.sock',
    WEIRD: "a b\nc\td\\e'fAA",
    EMPTY: '',
    EQ: 'a=b',
  });
  t.same(parseEnvironment('garbage line\n=novalue\n'), {}, 'lines without NAME= are skipped');
});
