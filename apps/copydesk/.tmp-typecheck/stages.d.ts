declare module '@copydesk/normalize' {
  import type {RawArticle, Article} from '@copydesk/schema'
  import type {VFile} from 'vfile'
  type O = {timeZone?: string; timeZones?: Record<string,string>; quotes?: 'typographic'|'straight'|'preserve'}
  export function normalize(raw: RawArticle, options?: O): {article: Article | undefined; file: VFile}
  export function normalizeAll(raws: RawArticle[], options?: O): {articles: Article[]; files: VFile[]}
}
