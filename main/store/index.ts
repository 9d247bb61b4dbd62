export { openStore, type OpenStoreOptions, type Store } from './open-store';
export type { LayerChange } from './annotation-layers';
export type { SettingsPatch } from './settings-file';
export { listLayerAnalysts, type LayerAnalysts } from './list-layer-analysts';
export { readSavedLayer, withSavedChanges } from './read-saved-layer';
