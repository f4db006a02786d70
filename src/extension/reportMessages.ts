/**
 * The messages a report webview may post to the extension, validated with zod
 * (the mini build, to keep the client bundle small). No vscode import, so the
 * unit tests load it under plain node. Anything that does not match is ignored
 * by the panel (and logged).
 */
import * as z from 'zod/mini';

/** The longest unit name or parent-plan title the webview may send. */
export const MAX_TITLE_LENGTH = 200;

export const webviewMessageSchema = z.discriminatedUnion('type', [
  /** Jump to this 1-based line of the draft. */
  z.strictObject({ type: z.literal('reveal'), line: z.int().check(z.minimum(1)) }),
  /** Export the report as shown to an .xlsx file. */
  z.strictObject({ type: z.literal('export') }),
  /** Matrix: only this unit's tasks (null: every task). */
  z.strictObject({ type: z.literal('filter'), unit: z.nullable(z.string().check(z.maxLength(MAX_TITLE_LENGTH))) }),
  /** Matrix: the row order. */
  z.strictObject({ type: z.literal('sort'), by: z.enum(['task', 'unit']) }),
  /** Coverage: compare against the plan of this title ('' for the plan the draft cites). */
  z.strictObject({ type: z.literal('parent'), title: z.string().check(z.maxLength(MAX_TITLE_LENGTH)) }),
]);

export type WebviewMessage = z.infer<typeof webviewMessageSchema>;

export type ParsedMessage = { ok: true; message: WebviewMessage } | { ok: false; error: string };

/** Validates one message from a webview; `error` says why it was rejected, for the log. */
export function parseWebviewMessage(raw: unknown): ParsedMessage {
  const r = webviewMessageSchema.safeParse(raw);
  if (r.success) return { ok: true, message: r.data };
  return { ok: false, error: z.prettifyError(r.error).replace(/\s*\n\s*/g, '; ') };
}
