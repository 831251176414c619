import {type ParseArgsConfig, parseArgs} from 'node:util'
import {CopydeskError} from '@copydesk/schema'

type Options = NonNullable<ParseArgsConfig['options']>

/** Flags every command takes. */
export const commonOptions = {
  help: {type: 'boolean', short: 'h'},
  quiet: {type: 'boolean', short: 'q'},
  verbose: {type: 'boolean', short: 'v'},
  'log-format': {type: 'string'},
  config: {type: 'string', short: 'c'}
} as const satisfies Options

/** Parsed flag values, typed from the option definitions. */
export type Values<O> = {[K in keyof O]?: O[K] extends {type: 'boolean'} ? boolean : string}

/** What `parseCommand` returns. */
export interface Parsed<O> {
  values: Values<O>
  positionals: string[]
}

/** Values of the common flags. */
export interface CommonFlags {
  help: boolean
  quiet: boolean
  verbose: boolean
  logFormat: 'pretty' | 'json'
  config: string | undefined
}

/**
 * Parse a command's arguments strictly; an unknown flag or a missing value is a usage error
 * (exit code 2) that names the command's `--help`.
 *
 * @param command Command name, for messages.
 * @param args Arguments after the command name.
 * @param options The command's own flags.
 * @returns Values and positionals.
 */
export function parseCommand<O extends Options>(command: string, args: string[], options: O): Parsed<typeof commonOptions & O> {
  try {
    const {values, positionals} = parseArgs({args, options: {...commonOptions, ...options}, allowPositionals: true, strict: true})
    return {values: values as Values<typeof commonOptions & O>, positionals}
  } catch (error) {
    throw new CopydeskError('CONFIG', `${(error as Error).message}. See \`copydesk ${command} --help\``, {cause: error})
  }
}

/**
 * Read the common flags from parsed values.
 *
 * @param values Parsed values.
 * @returns Typed common flags.
 */
export function commonFlags(values: Record<string, unknown>): CommonFlags {
  const format = values['log-format'] ?? 'pretty'
  if (format !== 'pretty' && format !== 'json') {
    throw new CopydeskError('CONFIG', `Unknown log format \`${String(format)}\`: use \`--log-format pretty\` or \`--log-format json\``)
  }
  return {
    help: values.help === true,
    quiet: values.quiet === true,
    verbose: values.verbose === true,
    logFormat: format,
    config: typeof values.config === 'string' ? values.config : undefined
  }
}

/**
 * Parse a positive integer flag.
 *
 * @param name Flag name, for messages.
 * @param value Raw value.
 * @param min Smallest allowed value.
 * @returns The number, or undefined when the flag was not given.
 */
export function integerFlag(name: string, value: unknown, min = 1): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < min) {
    throw new CopydeskError('CONFIG', `Invalid \`--${name}\` \`${String(value)}\`: expected a whole number of at least ${min}`)
  }
  return number
}
