import type { Api } from '../../shared/ipc/contract';
import { UserFacingError } from '../../shared/ipc/result';
import type { Organisation, Settings } from '../../shared/model/settings';
import { PRESET_SCALES } from '../../shared/verdict/preset-scales';
import type { RatingScale } from '../../shared/model/rating-scale';
import type { SettingsPatch, Store } from '../store';
import { countScaleUsage } from './scale-usage';

/**
 * The workspace settings channels: the scale claims are rated on, the workspace's own scales and
 * the organisation ClaimReview exports name. Every change is checked as a whole (the chosen scale
 * exists, no scale id is taken twice, addresses are web addresses) before it is written; a scale
 * that verdicts use is only removed when the analyst agreed, having been told how many.
 * `settings` is the store's settings as the renderer sees them (with this machine's analyst).
 */
export function createSettingsHandlers({
  store,
  settings,
}: {
  store: Store;
  settings: () => Settings;
}): Pick<Api, 'settings:update' | 'settings:scaleUsage'> {
  return {
    'settings:update': async ({ ratingScale, customScales, organisation, removeScalesInUse }) => {
      const current = store.getSettings();
      const scales = customScales ?? current.customScales ?? [];
      checkScaleIds(scales);
      const chosen = ratingScale ?? current.ratingScale;
      if (chosen !== undefined && ![...PRESET_SCALES, ...scales].some((s) => s.id === chosen)) {
        throw new UserFacingError('invalid-request', `"${chosen}" is not one of this workspace's rating scales.`);
      }
      if (customScales !== undefined && !removeScalesInUse)
        await refuseRemovingUsedScales(store.dir, current.customScales ?? [], customScales);
      if (organisation) checkOrganisation(organisation);
      const patch: SettingsPatch = {
        ...(ratingScale !== undefined && { ratingScale }),
        ...(customScales !== undefined && { customScales }),
        ...(organisation !== undefined && { organisation: organisation ?? undefined }),
      };
      if (Object.keys(patch).length > 0) await store.updateSettings(patch);
      return settings();
    },

    // The layer files are read from disk: the latest saves are folded into them first.
    'settings:scaleUsage': async () => (await store.compactLayers(), countScaleUsage(store.dir)),
  };
}

function checkScaleIds(scales: readonly RatingScale[]): void {
  const seen = new Set(PRESET_SCALES.map((s) => s.id));
  for (const scale of scales) {
    if (seen.has(scale.id))
      throw new UserFacingError('invalid-request', `Two rating scales have the id "${scale.id}"; each scale needs its own.`);
    seen.add(scale.id);
  }
}

async function refuseRemovingUsedScales(storeDir: string, before: readonly RatingScale[], after: readonly RatingScale[]): Promise<void> {
  const removed = before.filter((s) => !after.some((a) => a.id === s.id));
  if (removed.length === 0) return;
  const usage = await countScaleUsage(storeDir);
  for (const scale of removed) {
    const used = usage.find((u) => u.scale === scale.id);
    if (used) {
      throw new UserFacingError(
        'invalid-request',
        `The rating scale "${scale.name}" is used by ${plural(used.verdicts, 'verdict')} on ${plural(used.articles, 'article')}; confirm to delete it (the verdicts keep their labels).`,
      );
    }
  }
}

function checkOrganisation(organisation: Organisation): void {
  if (organisation.url && !isWebAddress(organisation.url)) {
    throw new UserFacingError(
      'invalid-request',
      `The organisation's URL "${organisation.url}" is not a web address (http:// or https://).`,
    );
  }
  const pattern = organisation.reportUrlPattern;
  if (pattern && !isWebAddress(pattern.replaceAll('{id}', 'id').replaceAll('{slug}', 'slug'))) {
    throw new UserFacingError('invalid-request', `The report URL pattern "${pattern}" is not a web address (http:// or https://).`);
  }
  if (pattern && !pattern.includes('{id}') && !pattern.includes('{slug}')) {
    throw new UserFacingError(
      'invalid-request',
      `The report URL pattern "${pattern}" needs {id} or {slug}, or every claim would get the same address.`,
    );
  }
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
