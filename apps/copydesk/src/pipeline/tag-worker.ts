// Worker thread entry: tags the jobs the pool posts, one at a time, in order.
import {runTag} from './run-tag.js'
import {answerJobs} from './worker-jobs.js'

answerJobs(runTag)
