// Command dispatch for `npm run server -- <command>`: no command serves.
import { ZodError } from 'zod';
import { ConfigError, loadConfig } from '../config';
import { DataDirBusyError } from '../db/dir-lock';
import type { Database } from '../db/types';
import { UsageError } from './args';
import {
  committeesCommand,
  createCommitteeCommand,
  devicesCommand,
  inviteCommand,
  peopleCommand,
  removeMemberCommand,
  revokeCommand,
  seedDemoCommand,
  type CliIo,
} from './commands';
import { openConfigured } from './context';
import { serve } from './serve';

const USAGE = `Usage: npm run server [-- <command> [options]]

  (no command) | serve      start the sync service on HOST:PORT (default 127.0.0.1:8787)
  migrate                   bring the database schema up to date and exit
  seed-demo                 load the demo committee and print one invitation per person
  create-committee --name "Name" [--council "Council"] [--year 2017/18] [--id ID]
  committees                list committees
  people [--committee ID]   list people and their roles
  invite --committee ID --role member|chair|officer --name "Name" [--days N]
  invite --person ID [--committee ID --role ROLE] [--days N]   another device, or another committee
  remove-member --person ID --committee ID   take someone off a committee
  devices                   list paired devices
  revoke --device ID        revoke a device at once

Environment: DATA_DIR (PGlite data, default .tmp/server-data) or DATABASE_URL (PostgreSQL)
[DATABASE_SCHEMA], HOST, PORT, ALLOWED_ORIGINS (comma-separated), LOG_LEVEL, RATE_LIMIT_MAX,
EXCHANGE_RATE_LIMIT_MAX, BODY_LIMIT. With PGlite, stop the server before running commands.`;

/** invitationSecret keys invitation-code hashes (see server/cli/context.ts). */
type Command = (db: Database, args: string[], io: CliIo, invitationSecret: string) => Promise<void>;

const COMMANDS: Record<string, Command> = {
  migrate: () => Promise.resolve(),
  'seed-demo': seedDemoCommand,
  'create-committee': createCommitteeCommand,
  committees: committeesCommand,
  people: peopleCommand,
  invite: inviteCommand,
  'remove-member': removeMemberCommand,
  devices: devicesCommand,
  revoke: revokeCommand,
};

/** Returns the process exit code. */
export async function runCli(argv: readonly string[], env: Record<string, string | undefined>, io: CliIo, version = 'dev'): Promise<number> {
  const [name = 'serve', ...args] = argv;
  try {
    if (name === 'help' || name === '--help' || name === '-h') {
      io.out(USAGE);
      return 0;
    }
    const config = loadConfig(env);
    if (name === 'serve') {
      if (args.length > 0) throw new UsageError(`serve takes no arguments (got ${args.join(' ')})`);
      await serve(config, version);
      return 0;
    }
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`Unknown command: ${name}`);
    const opened = await openConfigured(config);
    try {
      await command(opened.db, args, io, opened.invitationSecret);
      if (name === 'migrate') io.err(`Schema up to date (${opened.describe}).`);
    } finally {
      await opened.close();
    }
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof ConfigError) {
      io.err(`Configuration error:\n${err.message}`);
      return 2;
    }
    if (err instanceof ZodError) {
      io.err(err.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('\n'));
      return 2;
    }
    if (err instanceof DataDirBusyError) {
      io.err(err.message);
      return 1;
    }
    io.err(`Failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return 1;
  }
}
