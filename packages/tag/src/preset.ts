import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {retextCategories} from './categories/retext-categories.js'
import {retextDates} from './dates/retext-dates.js'
import {retextEntities} from './entities/index.js'
import {retextKeyphrases} from './keyphrases/retext-keyphrases.js'
import {retextNumbers} from './numbers/retext-numbers.js'
import {retextQuotes} from './quotes/retext-quotes.js'
import {retextStats} from './stats/retext-stats.js'
import {retextSummary} from './summary/retext-summary.js'

/**
 * The frozen copydesk preset: retext-english and every `@copydesk/tag`
 * plugin, in dependency order (entities before keyphrases, quotes and
 * categories). No retext-pos: `retextKeyphrases`, its only reader, tags the
 * words it looks at itself, with the same tagger and the same results. Use it with
 * `copydesk.run(copydesk.parse(file), file)`; it has no compiler.
 */
export const copydesk = unified()
  .use(retextEnglish)
  .use(retextEntities)
  .use(retextKeyphrases)
  .use(retextQuotes)
  .use(retextDates)
  .use(retextNumbers)
  .use(retextSummary)
  .use(retextStats)
  .use(retextCategories)
  .freeze()
