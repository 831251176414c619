/// <reference types="node" preserve="true" />
// zod's declarations use the global `URL`; Node's types provide it to consumers compiled without DOM or Node libs.
export {type Article, articleSchema, type Author, authorSchema, type Extracted, extractedSchema, type IsoDate, isoDateSchema} from './article.js'
export {CopydeskError, type CopydeskErrorCode} from './error.js'
export {type FeedOptions, type FeedOptionsInput, feedOptionsSchema} from './feed-options.js'
export {articleJsonSchema} from './json-schema.js'
export {type Point, type Position, pointSchema, positionSchema} from './position.js'
export {type Provenance, provenanceSchema, type SourceFormat, sourceFormatSchema} from './provenance.js'
export {type PublishedArticle, publishedArticleSchema} from './published-article.js'
export {type RawArticle, rawArticleSchema, type RawMeta, rawMetaSchema} from './raw-article.js'
export {
  type DateTag,
  dateTagSchema,
  type Entity,
  entitySchema,
  type EntityType,
  entityTypeSchema,
  type Keyphrase,
  keyphraseSchema,
  type Mention,
  mentionSchema,
  type NumberTag,
  numberTagSchema,
  type Quote,
  type QuoteKind,
  quoteKindSchema,
  quoteSchema,
  type Span,
  spanSchema,
  type Tags,
  tagsSchema
} from './tags.js'
export {safeParse} from './safe-parse.js'
export {validate} from './validate.js'
export type {} from './data-map.js'
