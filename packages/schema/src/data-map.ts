import type {} from 'vfile'
import type {DateTag, Entity, Keyphrase, NumberTag, Quote} from './tags.js'

/** Results the tag plugins store on `file.data`, typed for every unified pipeline. */
declare module 'vfile' {
  interface DataMap {
    /** Entities found by `retextEntities`. */
    entities: Entity[]
    /** Ranked keyphrases from `retextKeyphrases`. */
    keyphrases: Keyphrase[]
    /** Quotes from `retextQuotes`. */
    quotes: Quote[]
    /** Temporal expressions from `retextDates`. */
    dates: DateTag[]
    /** Numbers from `retextNumbers`. */
    numbers: NumberTag[]
    /** Extractive summary from `retextSummary`. */
    summary: string
    /** Word count from `retextStats`. */
    wordCount: number
    /** Reading time in minutes from `retextStats`. */
    readingTime: number
    /** Reference date (ISO 8601) used to resolve relative dates. */
    referenceDate: string
  }
}
