import { ensureBuild } from '../../scripts/start/build-freshness';
import { PROJECT_ROOT } from './project-root';

/** Builds main, preload and renderer once per run, and only when out/ is missing or stale. */
export default async function globalSetup(): Promise<void> {
  await ensureBuild(PROJECT_ROOT);
}
