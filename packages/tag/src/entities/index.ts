export {entityMentions, extractEntities, findEntities, tagMentions} from './find-entities.js'
export {compileModel, loadModel, type Model, type ModelData} from './model.js'
export {type EntitiesOptions, retextEntities} from './retext-entities.js'
export type {TypedMention} from './spans.js'
