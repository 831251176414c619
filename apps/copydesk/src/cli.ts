import {CopydeskError} from '@copydesk/schema'
import {exitCodes} from './commands/context.js'
import {helpTexts} from './commands/help.js'
import {type Io, processIo} from './io.js'
import {appVersion} from './pipeline/app-manifest.js'

/** A command: its arguments and streams in, an exit code out. */
export type Command = (args: string[], io: Io) => Promise<number>

/** Every command by name, loaded on first use so `--help` and `tag` start fast. */
export const commands: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./commands/build.js')).buildCommand,
  check: async () => (await import('./commands/check.js')).checkCommand,
  serve: async () => (await import('./commands/serve.js')).serveCommand,
  tag: async () => (await import('./commands/tag.js')).tagCommand,
  watch: async () => (await import('./commands/watch.js')).watchCommand
}

/**
 * The version of the CLI, from its package.json.
 *
 * @returns E.g. `0.1.0`.
 */
export function version(): string {
  return appVersion()
}

/**
 * Run the CLI. Returns the exit code (0 all good, 1 some articles or files failed, 2 usage or
 * configuration error) and never exits the process, with one exception: a `build` that receives
 * SIGINT or SIGTERM cleans up (temporary files, lock) and exits with 130 or 143.
 *
 * @param argv Arguments after `copydesk`.
 * @param io Streams and working directory (the process's by default).
 * @returns The exit code.
 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined
    const text = topic === undefined ? helpTexts[''] : helpTexts[topic]
    if (text === undefined) return usage(io, `Unknown command \`${topic}\``)
    ;(name === undefined ? io.stderr : io.stdout).write(`${text}\n`)
    return name === undefined ? exitCodes.usage : exitCodes.ok
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`${version()}\n`)
    return exitCodes.ok
  }
  const load = commands[name]
  if (!load) return usage(io, `Unknown command \`${name}\``)
  try {
    const command = await load()
    return await command(rest, io)
  } catch (error) {
    if (error instanceof CopydeskError) {
      io.stderr.write(`copydesk ${name}: ${error.message}\n`)
      return error.code === 'CONFIG' || error.code === 'VALIDATION' ? exitCodes.usage : exitCodes.failed
    }
    io.stderr.write(`copydesk ${name}: unexpected failure, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return exitCodes.failed
  }
}

function usage(io: Io, reason: string): number {
  io.stderr.write(`copydesk: ${reason}: the commands are ${Object.keys(commands).sort().join(', ')}. See \`copydesk --help\`\n`)
  return exitCodes.usage
}
