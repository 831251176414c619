import {Worker} from 'node:worker_threads'
import type {TagJob, TagOutcome} from './run-tag.js'
import type {WorkerRequest} from './tag-worker.js'

/** Tags texts, on the main thread or a pool of worker threads. */
export interface Tagger {
  /** Tag one text. Rejects when the tagger throws. */
  tag(job: TagJob): Promise<TagOutcome>
  /** Stop the workers. */
  close(): Promise<void>
}

interface Pending {
  resolve: (outcome: TagOutcome) => void
  reject: (error: Error) => void
}

type WorkerReply = {id: number; outcome: TagOutcome} | {id: number; error: string}

/**
 * Create a tagger. With `threads` above 1, jobs go to that many worker threads, each running
 * the same `runTag` as the main thread would, so results are byte-identical; callers keep
 * their own order.
 *
 * @param threads Worker threads; 1 (or less) tags on the main thread.
 * @returns The tagger.
 */
export function createTagger(threads: number): Tagger {
  if (threads <= 1) {
    // One at a time: interleaving many async runs only adds memory pressure.
    let chain: Promise<unknown> = Promise.resolve()
    return {
      tag(job) {
        // Loaded here, not at the top: with workers the main thread never needs the tagger.
        const result = chain.then(async () => (await import('./run-tag.js')).runTag(job))
        chain = result.catch(() => {})
        return result
      },
      close: async () => {}
    }
  }
  const workers: Worker[] = []
  const idle: Worker[] = []
  const queue: WorkerRequest[] = []
  const pending = new Map<number, Pending>()
  const busy = new Map<Worker, number>()
  let next = 0
  let broken: Error | undefined

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker
      const request = queue.shift() as WorkerRequest
      busy.set(worker, request.id)
      worker.postMessage(request)
    }
  }

  const spawn = () => {
    const worker = new Worker(new URL('./tag-worker.js', import.meta.url))
    worker.on('message', (reply: WorkerReply) => {
      busy.delete(worker)
      idle.push(worker)
      const waiting = pending.get(reply.id)
      pending.delete(reply.id)
      if ('error' in reply) waiting?.reject(new Error(reply.error))
      else waiting?.resolve(reply.outcome)
      dispatch()
    })
    worker.on('error', (error) => {
      const id = busy.get(worker)
      busy.delete(worker)
      workers.splice(workers.indexOf(worker), 1)
      if (id === undefined) {
        // A worker that fails with no job failed to start: every other one would too.
        broken = error
        for (const waiting of pending.values()) waiting.reject(error)
        pending.clear()
        queue.length = 0
        return
      }
      pending.get(id)?.reject(error)
      pending.delete(id)
      spawn()
      dispatch()
    })
    workers.push(worker)
    idle.push(worker)
  }

  for (let index = 0; index < threads; index++) spawn()

  return {
    tag(job) {
      if (broken) return Promise.reject(broken)
      const id = next++
      return new Promise<TagOutcome>((resolve, reject) => {
        pending.set(id, {resolve, reject})
        queue.push({id, job})
        dispatch()
      })
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()))
    }
  }
}
