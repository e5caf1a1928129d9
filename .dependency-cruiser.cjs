// The layers of ts/, bottom to top (docs/design.md, "Layers"). A folder of ts/ imports its own
// files and the folders of lower layers only: never a folder of its own layer or of a layer
// above. Only ts/bin/ imports ts/cli/. No module reaches itself through its imports. The shipped
// code never imports tests/, bench/ or scripts/. `npm test` runs this (`npm run lint`).
const LAYERS = [
  ['errors', 'paths'], // names every layer may use: the error base, the runtime paths
  ['fs', 'net'], // file and socket helpers
  ['liveness', 'ipc', 'dbus', 'rpc'], // probes and wire protocols: Sway IPC, D-Bus, our JSON-RPC
  ['lock', 'systemd'], // PID locks; the user manager, sd_notify, socket activation, logging
  ['listen', 'discovery', 'units', 'history', 'cleanup', 'metrics'], // the parts of the domain
  ['health', 'session', 'proxy'], // what runs: the monitor, the session, the stable socket's relay
  ['server', 'doctor'], // swaysock-healthd assembled; swaysock doctor
  ['cli'], // commands, option tables, exit codes
  ['bin'], // one entry point per program
];

const KNOWN = LAYERS.flat();
const anyOf = (folders) => `^ts/(${folders.join('|')})/`;

const layerRules = LAYERS.flatMap((layer, i) =>
  layer.map((folder) => {
    const notBelow = [...layer.filter((f) => f !== folder), ...LAYERS.slice(i + 1).flat()];
    return {
      name: `layer-${folder}`,
      comment: `ts/${folder}/ (layer ${i}) imports only the folders of the layers below it`,
      severity: 'error',
      from: { path: `^ts/${folder}/` },
      to: { path: anyOf(notBelow) },
    };
  }),
).filter((rule) => rule.to.path !== '^ts/()/');

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'only-bin-imports-cli',
      comment: 'The command-line layer belongs to the programs: only ts/bin/ (and ts/cli/ itself) imports it.',
      severity: 'error',
      from: { path: '^ts/', pathNot: '^ts/(bin|cli)/' },
      to: { path: '^ts/cli/' },
    },
    {
      name: 'no-circular',
      comment: 'No module reaches itself through its imports (type-only and dynamic imports count).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'ts-not-to-tests',
      comment: 'The shipped code never imports the tests, the benchmarks or the scripts.',
      severity: 'error',
      from: { path: '^ts/' },
      to: { path: '^(tests|bench|scripts)/' },
    },
    {
      name: 'folder-without-layer-imports',
      comment: 'A file of ts/ outside every layer: give its folder a layer in LAYERS (and docs/design.md, "Layers").',
      severity: 'error',
      from: { path: '^ts/', pathNot: anyOf(KNOWN) },
      to: {},
    },
    {
      name: 'folder-without-layer-imported',
      comment: 'An import of a file of ts/ outside every layer: give its folder a layer in LAYERS (and docs/design.md, "Layers").',
      severity: 'error',
      from: {},
      to: { path: '^ts/', pathNot: anyOf(KNOWN) },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.generated\\.' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
