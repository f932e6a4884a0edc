// Entry point of the scrutiny office's sync service: `npm run server` serves,
// `npm run server -- <command>` runs an admin command (see cli/run.ts).
import { runCli } from './cli/run';

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};

process.exitCode = await runCli(process.argv.slice(2), process.env, io, process.env['npm_package_version'] ?? 'dev');
