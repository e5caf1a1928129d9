/**
 * The flake's formatting check (checks/nix-format.nix): listed in `checks.<system>` through Nix's
 * flake machinery, offline (the vendored snapshots; skipped, saying why, without them), and its
 * derivation's arguments evaluated with stub packages: the flake's own formatter runs in CI mode
 * on a writable copy of the source. Nothing is built here (no nixpkgs); docs/nix.md says what is
 * left to `nix flake check` on a machine with Nix.
 */
import t from 'tap';
import { NIX_FLAKES, nix, unpackVendor, vendorDir } from '../helpers/nix.js';

const vendor = vendorDir();

t.test("checks.<system> has nix-format and formatter.<system> is the flake's, through the flake machinery, offline", { skip: vendor.skip }, async (t) => {
  const trees = unpackVendor(t, vendor.dir!);
  const added = await nix('nix', [...NIX_FLAKES, 'store', 'add-path', trees.homeManager, '--name', 'source']);
  t.equal(added.code, 0, added.stderr);
  const override = ['--override-input', 'nixpkgs', `path:${trees.nixpkgsLib}`, '--no-write-lock-file'];
  const names = async (attr: string): Promise<string[]> => {
    const r = await nix('nix', [...NIX_FLAKES, 'eval', '--json', `.#${attr}`, '--apply', 'builtins.attrNames', ...override]);
    t.equal(r.code, 0, r.code === 0 ? `${attr} evaluates` : r.stderr);
    return JSON.parse(r.stdout || '[]') as string[];
  };
  t.same(await names('formatter'), ['aarch64-linux', 'x86_64-linux'], '`nix fmt` has a formatter on both systems');
  for (const system of ['x86_64-linux', 'aarch64-linux']) t.ok((await names(`checks.${system}`)).includes('nix-format'), `checks.${system}.nix-format`);
});

t.test("nix-format runs the flake's formatter for the system in CI mode on a writable copy of the source", async (t) => {
  const expr = `
    let
      stub = name: { type = "derivation"; name = name; outPath = "/nix/store/00000000000000000000000000000000-" + name; };
      check = import ./checks/nix-format.nix {
        pkgs = { stdenv.hostPlatform.system = "aarch64-linux"; runCommand = name: env: script: { inherit name env script; }; };
        self = { outPath = "/nix/store/00000000000000000000000000000000-source"; formatter.aarch64-linux = stub "nixfmt-tree"; formatter.x86_64-linux = stub "other"; };
      };
    in { inherit (check) name script; inputs = map (d: d.name) check.env.nativeBuildInputs; }`;
  const r = await nix('nix-instantiate', ['--eval', '--strict', '--json', '-E', expr]);
  t.equal(r.code, 0, r.stderr);
  const check = JSON.parse(r.stdout) as { name: string; script: string; inputs: string[] };
  t.equal(check.name, 'swaysock-nix-format');
  t.same(check.inputs, ['nixfmt-tree'], "the formatter of the check's own system, nothing else");
  const lines = check.script.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  const at = (line: string): number => lines.indexOf(line);
  t.ok(at('cp -r /nix/store/00000000000000000000000000000000-source src') >= 0, 'the source is copied out of the store');
  t.ok(at('chmod -R u+w src') > at('cp -r /nix/store/00000000000000000000000000000000-source src'), 'and made writable, since treefmt writes in place');
  t.ok(
    at('treefmt --ci --tree-root .') > at('cd src'),
    'treefmt runs in the copy, with no cache, failing on a change (--ci), rooted there (no .git in a store copy)',
  );
  t.equal(lines.at(-1), 'touch $out', 'the check succeeds only when treefmt did');
});
