/**
 * tests/vm/scenarios.json: the scenarios both VM suites run (the Debian VM here, the NixOS VM
 * tests in checks/vm), each with its id, the machine it runs on and what it checks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './image.js';

export interface ScenarioEntry {
  id: string;
  machine: 'server' | 'desktop' | 'both';
  checks: string;
}

export interface ScenarioList {
  machines: Record<'server' | 'desktop', string>;
  scenarios: ScenarioEntry[];
}

export const SCENARIO_LIST_FILE = join(ROOT, 'tests/vm/scenarios.json');

/** The list, read from its file. @throws Error when it is not the shape above or repeats an id. */
export function readScenarioList(): ScenarioList {
  const list = JSON.parse(readFileSync(SCENARIO_LIST_FILE, 'utf8')) as ScenarioList;
  const ids = list.scenarios.map((s) => s.id);
  if (new Set(ids).size !== ids.length) throw new Error(`${SCENARIO_LIST_FILE}: an id appears twice: ${ids.join(' ')}`);
  for (const s of list.scenarios) {
    if (!/^[a-z][a-z-]*$/.test(s.id) || typeof s.checks !== 'string' || !['server', 'desktop', 'both'].includes(s.machine))
      throw new Error(`${SCENARIO_LIST_FILE}: a bad entry: ${JSON.stringify(s)}`);
  }
  return list;
}
