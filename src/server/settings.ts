/** The `policylint.*` settings as the server validates them (defaults for missing values). */
import { z } from 'zod';
import { DOCUMENT_TYPES, SEVERITY_SETTINGS } from '../core/config/schema';
import type { Settings } from '../shared/protocol';

export const settingsSchema = z.object({
  enable: z.boolean().default(true),
  run: z.enum(['onType', 'onSave']).default('onType'),
  debounceMs: z.number().int().min(0).max(5000).default(300),
  rules: z.record(z.string(), z.enum(SEVERITY_SETTINGS)).default({}),
  corpus: z.array(z.string()).default([]),
  units: z.array(z.string()).default([]),
  documentType: z.union([z.enum(DOCUMENT_TYPES), z.literal('')]).default(''),
  include: z.array(z.string()).default([]),
}) satisfies z.ZodType<Settings, unknown>;
