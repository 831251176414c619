import {Worker} from 'node:worker_threads'
import {defaultOldGenerationMb, takeSourceWorker} from './early-worker.js'
import type {TagJob, TagOutcome} from './run-tag.js'

/** Tags texts, on the main thread or a pool of worker threads. */
export interface Tagger {
  /** Tag one text. Rejects when the tagger throws. */
  tag(job: TagJob): Promise<TagOutcome>
  /** Stop the workers. */
  close(): Promise<void>
}

/** Runs jobs on a pool of worker threads (or on the main thread). */
export interface Pool<Job, Outcome> {
  /** Run one job. Rejects when it throws. */
  run(job: Job): Promise<Outcome>
  /** Have at least this many worker threads (a pool on the main thread stays as it is). */
  grow(threads: number): void
  /** Stop the workers. */
  close(): Promise<void>
}

/*
 * A worker's young generation is left to V8. Capped at 8 MB (an earlier setting), a cold build
 * of 10,000 articles took 134 CPU-s instead of 93 (the scavenger runs far more often and
 * promotes more), for 308 instead of 358 MB at its peak; at 16 MB it took 123 CPU-s.
 */

/**
 * Jobs a worker holds at once: the one it runs and the next one, so a worker that finishes
 * starts its next job at once instead of waiting for the main thread, which may be busy
 * deciding and writing a batch, to answer its message with more work.
 */
const jobsPerWorker = 2

interface Pending<Outcome> {
  resolve: (outcome: Outcome) => void
  reject: (error: Error) => void
}

/** A job as a pool posts it to a worker. */
export interface WorkerRequest<Job> {
  id: number
  job: Job
}

type WorkerReply<Outcome> = {id: number; outcome: Outcome} | {id: number; error: string}

/**
 * Create a tagger. With `threads` above 1, jobs go to that many worker threads, each running
 * the same `runTag` as the main thread would, so results are byte-identical; callers keep
 * their own order.
 *
 * @param threads Worker threads; 1 (or less) tags on the main thread.
 * @returns The tagger.
 */
export function createTagger(threads: number): Tagger {
  // Loaded when used, not at the top: with workers the main thread never needs the tagger.
  const pool = createPool<TagJob, TagOutcome>(threads, new URL('./tag-worker.js', import.meta.url), async (job) => (await import('./run-tag.js')).runTag(job))
  return {tag: (job) => pool.run(job), close: () => pool.close()}
}

/**
 * Create a pool. With `threads` above 1, jobs go to that many worker threads running the
 * module at `worker` (which answers `WorkerRequest`s with the same function as `local`),
 * so results are byte-identical; callers keep their own order.
 *
 * @param threads Worker threads; 1 (or less) runs `local` on the main thread, one job at a time.
 * @param worker URL of the worker module.
 * @param local The job function, for the main thread.
 * @param options `workers`: use worker threads (true) or the main thread (false) whatever
 *   `threads` is (by default, workers when `threads` is above 1); `maxOldGenerationMb`: the
 *   heap limit of each worker (128 MB by default); `maxYoungGenerationMb`: its young
 *   generation (V8's default when not given).
 * @returns The pool.
 */
export function createPool<Job, Outcome>(
  threads: number,
  worker: URL,
  local: (job: Job) => Promise<Outcome>,
  options: {workers?: boolean; maxOldGenerationMb?: number; maxYoungGenerationMb?: number} = {}
): Pool<Job, Outcome> {
  if (options.workers === undefined ? threads <= 1 : !options.workers) {
    // One at a time: interleaving many async runs only adds memory pressure.
    let chain: Promise<unknown> = Promise.resolve()
    return {
      run(job) {
        const result = chain.then(() => local(job))
        chain = result.catch(() => {})
        return result
      },
      grow() {},
      close: async () => {}
    }
  }
  const workers: Worker[] = []
  const queue: Array<WorkerRequest<Job>> = []
  const pending = new Map<number, Pending<Outcome>>()
  /** The jobs each worker holds, in the order sent: it runs the first and queues the rest. */
  const held = new Map<Worker, Array<WorkerRequest<Job>>>()
  let next = 0
  let broken: Error | undefined

  const dispatch = () => {
    while (queue.length > 0) {
      // The worker holding the fewest jobs, if it has room.
      let thread: Worker | undefined
      let least = jobsPerWorker
      for (const candidate of workers) {
        const count = held.get(candidate)?.length ?? 0
        if (count < least) {
          thread = candidate
          least = count
        }
      }
      if (!thread) return
      const request = queue.shift() as WorkerRequest<Job>
      const jobs = held.get(thread) ?? []
      jobs.push(request)
      held.set(thread, jobs)
      // Only a busy worker keeps the process alive: an idle one (one started ahead and never
      // used, when a build fails early) never holds up its exit.
      thread.ref()
      thread.postMessage(request)
    }
  }

  const spawn = () => {
    // A bounded old generation: left alone, V8 lets each worker's heap grow to about five
    // times what it keeps alive (230 MB for 47 MB) before collecting, which is most of a
    // build's memory. A job that needs more fails with ERR_WORKER_OUT_OF_MEMORY (the pool
    // replaces the worker) and its caller can run it on the main thread.
    const resourceLimits: {maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb?: number} = {maxOldGenerationSizeMb: options.maxOldGenerationMb ?? defaultOldGenerationMb}
    if (options.maxYoungGenerationMb !== undefined) resourceLimits.maxYoungGenerationSizeMb = options.maxYoungGenerationMb
    const thread = takeSourceWorker(worker, resourceLimits) ?? new Worker(worker, {resourceLimits})
    thread.on('message', (reply: WorkerReply<Outcome>) => {
      const jobs = held.get(thread) ?? []
      jobs.splice(
        jobs.findIndex((job) => job.id === reply.id),
        1
      )
      if (jobs.length === 0) {
        held.delete(thread)
        thread.unref()
      }
      const waiting = pending.get(reply.id)
      pending.delete(reply.id)
      if ('error' in reply) waiting?.reject(new Error(reply.error))
      else waiting?.resolve(reply.outcome)
      dispatch()
    })
    thread.on('error', (error) => {
      const [running, ...waitingJobs] = held.get(thread) ?? []
      held.delete(thread)
      workers.splice(workers.indexOf(thread), 1)
      if (running === undefined) {
        // A worker that fails with no job failed to start: every other one would too.
        broken = error
        for (const waiting of pending.values()) waiting.reject(error)
        pending.clear()
        queue.length = 0
        return
      }
      // The job it was running failed; the ones it held next never started: they go first.
      pending.get(running.id)?.reject(error)
      pending.delete(running.id)
      queue.unshift(...waitingJobs)
      spawn()
      dispatch()
    })
    thread.unref()
    workers.push(thread)
  }

  for (let index = 0; index < threads; index++) spawn()

  return {
    run(job) {
      if (broken) return Promise.reject(broken)
      const id = next++
      return new Promise<Outcome>((resolve, reject) => {
        pending.set(id, {resolve, reject})
        queue.push({id, job})
        dispatch()
      })
    },
    grow(threads) {
      while (workers.length < threads && !broken) spawn()
      dispatch()
    },
    async close() {
      await Promise.all(workers.map((thread) => thread.terminate()))
    }
  }
}
