// Worker thread entry: processes the sources the pool posts, one at a time, in order.
import {prepare, processSource, transferables} from './process-source.js'
import {answerJobs} from './worker-jobs.js'

// Load the tagger's data before the first source arrives (jobs wait for it; it never rejects).
// The rendered files' bytes are moved, not copied: the main thread only writes them.
answerJobs(processSource, {ready: prepare(), transfer: transferables})
