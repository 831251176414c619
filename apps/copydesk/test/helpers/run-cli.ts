import {type ChildProcess, spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'

/** The compiled CLI entry the tests spawn. */
export const binPath = fileURLToPath(new URL('./bin.js', import.meta.url))

/** The seed article, as the app's example content holds it. */
export const seedPath = fileURLToPath(new URL('../../content/000_b7608c04dfb86d9d.txt', import.meta.url))

/** What a finished CLI run gave. */
export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Run `copydesk <args>` as a subprocess and wait for it.
 *
 * @param args Arguments.
 * @param options Working directory and standard input.
 * @returns Exit code and output.
 */
export function runCli(args: string[], options: {cwd: string; input?: string}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], {cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(options.input ?? '')
  })
}

/**
 * Start a long-running command (`serve`) and wait for its first stdout line (the URL).
 *
 * @param args Arguments.
 * @param cwd Working directory.
 * @returns The process and that line.
 */
export function startCli(args: string[], cwd: string): Promise<{child: ChildProcess; line: string; stderr: () => string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], {cwd, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      const end = stdout.indexOf('\n')
      if (end !== -1) resolve({child, line: stdout.slice(0, end), stderr: () => stderr})
    })
    child.on('error', reject)
    child.on('close', (code) => reject(new Error(`copydesk ${args.join(' ')} exited with ${code}: ${stderr}`)))
  })
}

/**
 * The JSON log records a run wrote to stderr with `--log-format json`.
 *
 * @param stderr Standard error.
 * @returns Parsed records.
 */
export function logRecords(stderr: string): Array<Record<string, unknown>> {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

/** A running CLI whose stderr can be awaited. */
export interface RunningCli {
  child: ChildProcess
  /** Resolves once stderr (all of it so far) matches; rejects if the process ends first. */
  waitFor(pattern: RegExp, count?: number): Promise<string>
  /** Send SIGTERM and resolve to the exit code. */
  stop(): Promise<number | null>
}

/**
 * Start a long-running command (`watch`) and follow its stderr.
 *
 * @param args Arguments.
 * @param cwd Working directory.
 * @returns Handles to wait on and stop it.
 */
export function spawnCli(args: string[], cwd: string): RunningCli {
  const child = spawn(process.execPath, [binPath, ...args], {cwd, stdio: ['ignore', 'pipe', 'pipe']})
  let stderr = ''
  let closed = false
  const listeners = new Set<() => void>()
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
    for (const listener of listeners) listener()
  })
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      closed = true
      for (const listener of listeners) listener()
      resolve(code)
    })
  )
  return {
    child,
    waitFor(pattern, count = 1) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const matches = stderr.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? []
          if (matches.length >= count) {
            listeners.delete(check)
            resolve(stderr)
          } else if (closed) {
            listeners.delete(check)
            reject(new Error(`copydesk ${args.join(' ')} ended before ${pattern}: ${stderr}`))
          }
        }
        listeners.add(check)
        check()
      })
    },
    stop() {
      child.kill('SIGTERM')
      return exited
    }
  }
}
