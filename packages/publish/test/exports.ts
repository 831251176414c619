// Internal helpers tests use besides the public API.
export * from '../src/index.js'
export {articleTitle} from '../src/article-title.js'
