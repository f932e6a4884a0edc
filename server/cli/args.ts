// A strict --flag value parser for the admin commands: unknown flags are errors, not ignored.
export class UsageError extends Error {}

export type FlagSpec = Record<string, 'string' | 'boolean'>;

export function parseFlags(args: readonly string[], spec: FlagSpec): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`Unexpected argument: ${arg}`);
    const [, name, inline] = match as unknown as [string, string, string | undefined];
    const kind = spec[name];
    if (!kind) throw new UsageError(`Unknown option --${name}`);
    if (kind === 'boolean') {
      out[name] = true;
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    out[name] = value;
  }
  return out;
}

export function requireFlag(flags: Record<string, string | true>, name: string): string {
  const value = flags[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value.trim();
}

export function optionalFlag(flags: Record<string, string | true>, name: string): string | undefined {
  const value = flags[name];
  return typeof value === 'string' ? value.trim() : undefined;
}
