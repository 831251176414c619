export {main} from './cli.js'
export {type CopydeskConfig, configSchema, type Format, type ValidConfig} from './config/config-schema.js'
export {defineConfig} from './config/define-config.js'
