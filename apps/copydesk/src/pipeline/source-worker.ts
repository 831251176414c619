// Worker thread entry: processes the sources the pool posts, one at a time, in order (the pool
// sends a worker its next source before this one is done).
import {parentPort} from 'node:worker_threads'
import {prepare, processSource, type SourceJob, transferables} from './process-source.js'
import type {WorkerRequest} from './tagger.js'

// Load the tagger's data before the first source arrives (jobs wait for it). Never rejects.
let turn: Promise<void> = prepare()

parentPort?.on('message', (request: WorkerRequest<SourceJob>) => {
  turn = turn.then(() => answer(request))
})

async function answer(request: WorkerRequest<SourceJob>): Promise<void> {
  try {
    const outcome = await processSource(request.job)
    // The rendered files' bytes are moved, not copied: the main thread only writes them.
    parentPort?.postMessage({id: request.id, outcome}, transferables(outcome))
  } catch (error) {
    parentPort?.postMessage({id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)})
  }
}
