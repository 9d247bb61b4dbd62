import type { Api } from '../../../shared/ipc/contract';
import { openCasebook } from '../../casebook/casebook';
import { storeIdentity } from '../../casebook/identity-file';
import type { Store } from '../../store';
import { createHandlers, type HandlerDeps } from '../handlers';

/** The handlers over `store` opened as a casebook of the analyst its settings name, as the handler tests use them. */
export function createHandlersOver(store: Store, deps: Omit<HandlerDeps, 'casebook'>): Api {
  const casebook = openCasebook({ store, identity: storeIdentity(store), newId: deps.newId, now: deps.now });
  return createHandlers({ ...deps, casebook });
}
