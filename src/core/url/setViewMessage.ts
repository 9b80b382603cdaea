import { CATEGORIES } from "../data/schema";
import { z } from "../zod";
import { MESSAGE_PREFIX } from "./embedMessages";

/**
 * The full check of a host's `set` message (see embedMessages.ts). Loaded when the first such
 * message arrives, so zod is not part of the page's first download.
 */
export const setViewMessage = z
  .object({
    type: z.literal(`${MESSAGE_PREFIX}set`),
    years: z
      .string()
      .regex(/^\d{4}(-\d{4})?$/)
      .optional(),
    layers: z.array(z.enum(CATEGORIES)).optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{3}$/)
      .nullable()
      .optional(),
  })
  .strict();
export type SetViewMessage = z.infer<typeof setViewMessage>;

/** Reads a message from a host; anything of another shape is ignored (null). */
export function readSetViewMessage(data: unknown): SetViewMessage | null {
  const result = setViewMessage.safeParse(data);
  return result.success ? result.data : null;
}
