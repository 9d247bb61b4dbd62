/** See signing-status.mjs: the lines to print before packing for `platform`. */
export function describeSigning(platform: string, env: Record<string, string | undefined>): string[];
/** electron-builder's beforePack hook. */
export default function reportSigning(context: { electronPlatformName: string }): void;
