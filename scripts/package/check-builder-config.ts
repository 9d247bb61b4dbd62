import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';

/**
 * Loads the electron-builder configuration of `projectDir` (electron-builder.yml unless
 * `configPath` names another file) exactly as `electron-builder` would, and validates it against
 * electron-builder's own schema, offline. Resolves to the merged configuration; rejects with
 * electron-builder's message, naming the offending key, when the configuration is invalid.
 */
export async function checkBuilderConfig(projectDir: string, configPath: string | null = null): Promise<Configuration> {
  const config = await getConfig(projectDir, configPath, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}
