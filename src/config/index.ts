/** Typed, validated runtime configuration (config.js → window.ucbConfig). */
export {
  type AppConfig,
  type AuthConfig,
  type ConfigProblem,
  DEFAULT_LIST_NAMES,
  LIST_KEYS,
  type ListKey,
  parseAppConfig,
  type RolesConfig,
} from "./appConfig";
export { configProblemText, readAppConfig, readConfigScript } from "./read";
