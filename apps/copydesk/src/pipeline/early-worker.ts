// Kept small on purpose: the CLI's entry imports this module before anything else, so a
// build's first worker thread loads the stages while the main thread loads the CLI.
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'

/** Old generation of each worker, in MB (the stages keep about 50 MB alive). */
export const defaultOldGenerationMb = 128

/** The entry of the worker threads that process sources. */
export const sourceWorkerUrl = new URL('./source-worker.js', import.meta.url)

/** A source worker started as the process started, until a pool takes it. */
let started: Started | undefined

/** Commands that process sources on worker threads (`runBuild`). */
const building = new Set(['build', 'watch'])

/**
 * Start one source worker thread now, when the command line is a build that will use worker
 * threads: it then loads the stages and the tagger's data (about a second) while the main
 * thread loads the CLI and reads the cache, instead of after. A guess that turns out wrong
 * (one thread after all, a config that says so, nothing to process) only costs that start:
 * the build stops the thread, and an unclaimed one never keeps the process alive.
 *
 * @param argv Arguments after the program (`build src --out public`).
 */
export function startSourceWorker(argv: readonly string[]): void {
  if (started || !wantsSourceWorker(argv, availableParallelism())) return
  const thread = new Worker(sourceWorkerUrl, {resourceLimits: {maxOldGenerationSizeMb: defaultOldGenerationMb}})
  // A thread that fails before a pool takes it is not taken: the pool's own thread then
  // meets the same failure and reports it.
  const state: Started = {
    thread,
    failed: false,
    fail: () => {
      state.failed = true
    }
  }
  thread.on('error', state.fail)
  thread.on('exit', state.fail)
  thread.unref()
  started = state
}

interface Started {
  thread: Worker
  failed: boolean
  fail: () => void
}

/**
 * Whether a command line is a build on more than one thread (`--concurrency`, else the cores).
 *
 * @param argv Arguments after the program.
 * @param cores Available parallelism.
 * @returns True for `build` and `watch`, unless asked for help or for one thread.
 */
export function wantsSourceWorker(argv: readonly string[], cores: number): boolean {
  if (!building.has(argv[0] ?? '')) return false
  let threads: string | undefined
  for (let index = 1; index < argv.length; index++) {
    const argument = argv[index] as string
    if (argument === '--') break
    if (argument === '-h' || argument === '--help') return false
    if (argument === '-j' || argument === '--concurrency') threads = argv[index + 1]
    else if (argument.startsWith('--concurrency=')) threads = argument.slice('--concurrency='.length)
    else if (/^-j\d/.test(argument)) threads = argument.slice(2)
  }
  return threads === undefined ? cores > 1 : Number(threads) > 1
}

/**
 * The source worker started by `startSourceWorker`, for a pool to use as its first thread.
 *
 * @param url The pool's worker entry.
 * @param limits The pool's resource limits.
 * @returns The thread, when one was started with this entry and these limits and still runs.
 */
export function takeSourceWorker(url: URL, limits: {maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb?: number}): Worker | undefined {
  const state = started
  if (!state || url.href !== sourceWorkerUrl.href || limits.maxOldGenerationSizeMb !== defaultOldGenerationMb || limits.maxYoungGenerationSizeMb !== undefined) return undefined
  started = undefined
  state.thread.off('error', state.fail)
  state.thread.off('exit', state.fail)
  return state.failed ? undefined : state.thread
}

/** Stop the source worker started by `startSourceWorker`, when no pool took it. */
export async function stopSourceWorker(): Promise<void> {
  const state = started
  started = undefined
  await state?.thread.terminate()
}
