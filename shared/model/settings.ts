import { z } from 'zod';
import { creatorSchema } from './annotation';

/** Version of the settings file. */
export const SETTINGS_SCHEMA_VERSION = 1;

/** Per-store settings: who the analyst is and whether the sample has been offered. */
export const settingsSchema = z.strictObject({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  analyst: creatorSchema,
  sampleInstalled: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;
