import { userInfo } from 'node:os';
import type { Creator } from '../../shared/model/annotation';

/** The analyst before they set a name: the operating-system user, so annotations have a creator. */
export function defaultAnalyst(): Creator {
  let name = 'Analyst';
  try {
    name = userInfo().username || name;
  } catch {
    // Some sandboxes have no passwd entry; the generic name is fine.
  }
  return { id: name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-') || 'analyst', name };
}
