/**
 * One scenario list for both VM kinds (tests/vm/scenarios.json): the Debian VM suite runs exactly
 * its ids, in its order (tests/vm/lib/debian-scenarios.ts, which tests/vm/debian.test.ts runs), and
 * the NixOS VM tests cover exactly its ids. The NixOS side is evaluated with Nix, as
 * `nix flake check` evaluates it: checks/vm/scenarios.nix (builtins only) maps each NixOS test to
 * the ids it covers and fails on a gap; checks/vm/default.nix, evaluated with stub packages (as
 * checks/vm/scripts.nix does; no nixpkgs here), must define every test it names. Needs Debian's
 * nix-bin (scripts/setup.sh installs it), no VM.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { nix } from '../helpers/nix.js';
import { DEBIAN_SCENARIOS } from './lib/debian-scenarios.js';
import { ROOT } from './lib/image.js';
import { readScenarioList } from './lib/scenario-list.js';

const ids = readScenarioList().scenarios.map((s) => s.id);

let nixMissing: string | false = false;
try {
  execFileSync('nix-instantiate', ['--version'], { stdio: 'ignore' });
} catch {
  nixMissing = "nix-instantiate is not installed (scripts/setup.sh installs Debian's nix-bin): the NixOS side cannot be evaluated";
}

/** checks/vm/scenarios.nix of the tree at `root`, evaluated: each NixOS test's ids. */
async function nixosCoverage(root: string): Promise<{ code: number; covers: Record<string, string[]>; stderr: string }> {
  const r = await nix('nix-instantiate', ['--eval', '--strict', '--json', 'checks/vm/scenarios.nix'], root);
  return { code: r.code, covers: r.code === 0 ? JSON.parse(r.stdout) : {}, stderr: r.stderr };
}

t.test('the Debian VM suite runs every scenario of the list, in its order, and no other', async (t) => {
  t.same(
    DEBIAN_SCENARIOS.map((s) => s.id),
    ids,
  );
});

t.test('the NixOS VM tests cover every scenario of the list and no other (checks/vm/scenarios.nix, evaluated)', { skip: nixMissing }, async (t) => {
  const { code, covers, stderr } = await nixosCoverage(ROOT);
  t.equal(code, 0, stderr);
  t.same([...new Set(Object.values(covers).flat())].sort(), [...ids].sort(), 'the union of the ids the NixOS tests cover is the list');
  // checks/vm/default.nix, as checks/default.nix imports it, with stub packages: the tests it
  // defines (evaluating it also evaluates scenarios.nix and checks every name there is defined).
  const expr = `
    let
      stub = name: "/nix/store/stub-" + name;
      pkgs = {
        stdenv.hostPlatform.system = "x86_64-linux";
        writeText = n: _: stub n; writeShellScript = n: _: stub n;
        sway = stub "sway"; sway-unwrapped = stub "sway-unwrapped"; coreutils = stub "coreutils"; curl = stub "curl";
        procps = stub "procps"; gawk = stub "gawk"; util-linux = stub "util-linux";
        testers.runNixOSTest = test: test;
      };
      self = { packages.x86_64-linux.default = stub "swaysock"; homeManagerModules.default = { }; };
      home-manager.nixosModules.home-manager = { };
    in builtins.attrNames (import ./checks/vm { inherit pkgs self home-manager; })`;
  const r = await nix('nix-instantiate', ['--eval', '--strict', '--json', '-E', expr]);
  t.equal(r.code, 0, r.stderr);
  const defined = JSON.parse(r.stdout || '[]') as string[];
  for (const test of Object.keys(covers))
    t.ok(defined.includes(test), `${test}, which scenarios.nix maps, is a test of checks/vm/default.nix (${defined.join(' ')})`);
});

t.test('a scenario added to the list without a NixOS test fails the NixOS evaluation, naming it', { skip: nixMissing }, async (t) => {
  const copy = mkdtempSync(join(tmpdir(), 'swaysock-scenario-list-'));
  t.teardown(() => rmSync(copy, { recursive: true, force: true }));
  cpSync(join(ROOT, 'checks'), join(copy, 'checks'), { recursive: true });
  mkdirSync(join(copy, 'tests/vm'), { recursive: true });
  const list = JSON.parse(readFileSync(join(ROOT, 'tests/vm/scenarios.json'), 'utf8'));
  list.scenarios.push({ id: 'new-scenario', machine: 'server', checks: 'something new' });
  writeFileSync(join(copy, 'tests/vm/scenarios.json'), JSON.stringify(list));
  const { code, stderr } = await nixosCoverage(copy);
  t.not(code, 0, 'the evaluation fails');
  t.match(stderr, /no NixOS VM test covers new-scenario of tests\/vm\/scenarios\.json/);
});
