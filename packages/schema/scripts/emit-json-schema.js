// Writes dist/article.schema.json from the built zod schema, so the package ships it.
import {writeFile} from 'node:fs/promises'
import {articleJsonSchema} from '../dist/index.js'

const target = new URL('../dist/article.schema.json', import.meta.url)
await writeFile(target, `${JSON.stringify(articleJsonSchema(), null, 2)}\n`)
