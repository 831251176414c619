import type {} from 'vfile'

/** Results of `@copydesk/tag` plugins not covered by `@copydesk/schema`'s DataMap. */
declare module 'vfile' {
  interface DataMap {
    /** Feed categories from `retextCategories`, most important first. */
    categories: string[]
  }
}
