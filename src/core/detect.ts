/**
 * Is an ordinary .txt or .md file a policy draft? A drafter who opens one gets
 * diagnostics with no configuration; a README of a code project gets nothing.
 * A draft has a document title (ending in 方案/规划/计划/意见/通知 …) or a 发文字号
 * near the top, and Chinese heading markers (一、 or （一）).
 */
import { fold } from './text/fold';
import { hasTitleEnding } from './parse/doctype';
import { isTitleShaped, looksLikeDocNumber } from './parse/lineKinds';
import { matchMarker } from './parse/markers';

export type DetectionReason = 'language' | 'fileName' | 'content' | 'notDraft';

const HEAD_LINES = 20;
const SCAN_CHARS = 40000;

export function detectDraft(text: string, fileName?: string, languageId?: string): { isDraft: boolean; reason: DetectionReason } {
  if (languageId === 'policy-draft') return { isDraft: true, reason: 'language' };
  if (fileName && /\.policy\.(txt|md|markdown)$/i.test(fileName)) return { isDraft: true, reason: 'fileName' };
  const head = fold(text.slice(0, SCAN_CHARS));
  const lines = head.split(/\r\n|\r|\n/).map((l) => l.replace(/^[ #>*]+|[ *]+$/g, ''));
  let headFound = false;
  let seen = 0;
  for (const line of lines) {
    if (!line) continue;
    if (++seen > HEAD_LINES) break;
    if (looksLikeDocNumber(line) || (isTitleShaped(line) && hasTitleEnding(line) && /[\u4e00-\u9fff]{4}/.test(line))) {
      headFound = true;
      break;
    }
  }
  if (!headFound) return { isDraft: false, reason: 'notDraft' };
  const markers = lines.some((l) => {
    const m = matchMarker(l);
    return m !== undefined && (m.level === 1 || m.level === 2);
  });
  return markers ? { isDraft: true, reason: 'content' } : { isDraft: false, reason: 'notDraft' };
}
