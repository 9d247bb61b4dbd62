export { HOSTILE_HOST, hostileScript, hostileUrl, markerFor } from './hostile-action';
export { hostilePayloads, type HostilePayload } from './hostile-payloads';
export type { HostileShows } from './vector';
export { hostileDocxPayloads, type HostileDocxPayload } from './hostile-docx-payloads';
export { hostilePdfPayloads, type HostilePdfPayload } from './hostile-pdf-payloads';
export { bundlePayloads, type HostileBundle } from './bundle-payloads';
