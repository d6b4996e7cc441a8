import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../core/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;
const helpOption = { help: { type: 'boolean', short: 'h' } } as const;

/** Parses a command's flags; an unknown flag is a user error that names the help. */
export function parse<O extends Options>(command: string, argv: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options: { ...options, ...helpOption }, allowPositionals, strict: true });
  } catch (e) {
    throw new UserError(`${command}: ${(e as Error).message}`, `see 'attache ${command} --help'`);
  }
}

export const dbOption = { db: { type: 'string' as const } };

/** A whole number flag, or a user error naming it. */
export function intFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new UserError(`--${name} '${value}' is not a whole number`);
  return n;
}

export function numFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new UserError(`--${name} '${value}' is not a number`);
  return n;
}

/** A `YYYY-MM-DD` flag, or a user error naming it. */
export function dayFlag(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UserError(`--${name} '${value}' is not YYYY-MM-DD`);
  return value;
}
