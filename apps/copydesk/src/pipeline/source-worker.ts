// Worker thread entry: processes the sources the pool posts, one at a time.
import {parentPort} from 'node:worker_threads'
import {prepare, processSource, type SourceJob, transferables} from './process-source.js'
import type {WorkerRequest} from './tagger.js'

// Load the tagger's data before the first source arrives (jobs wait for it).
const ready = prepare()

parentPort?.on('message', async (request: WorkerRequest<SourceJob>) => {
  try {
    await ready
    const outcome = await processSource(request.job)
    // The rendered files' bytes are moved, not copied: the main thread only writes them.
    parentPort?.postMessage({id: request.id, outcome}, transferables(outcome))
  } catch (error) {
    parentPort?.postMessage({id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)})
  }
})
