/// <reference types="node" preserve="true" />
// `main` takes Node streams and zod's declarations use the global `URL`: Node's types provide both to consumers.
export {main} from './cli.js'
export {type CopydeskConfig, configSchema, type Format, type ValidConfig} from './config/config-schema.js'
export {defineConfig} from './config/define-config.js'
