// Starts the Microsoft 365 Agents Playground against the local bot as one of the people in this folder:
//   node playground/run.mjs staff | expert | participant
// The playground reads its people from the file that M365_AGENTS_PLAYGROUND_CONFIG_PATH names.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const role = process.argv[2] ?? 'staff';
const here = dirname(fileURLToPath(import.meta.url));
const config = join(here, `${role}.yml`);
if (!existsSync(config)) {
  console.error(`No playground configuration for "${role}": use staff, expert or participant.`);
  process.exit(2);
}
// Each person on a port of their own, so that all of them can be open at once, each in their own browser tab: SmqBot
// answers each one at the address their playground gave it, as Teams keeps one chat per person.
const ports = { staff: 56150, expert: 56151, participant: 56152 };
const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
const child = spawn(process.execPath, [cli, '-e', 'http://127.0.0.1:3978/api/messages', '-c', 'msteams', '-p', String(ports[role] ?? 56150), '--disable-telemetry', ...process.argv.slice(3)], {
  stdio: 'inherit',
  env: { ...process.env, M365_AGENTS_PLAYGROUND_CONFIG_PATH: config },
});
child.on('exit', code => process.exit(code ?? 0));
