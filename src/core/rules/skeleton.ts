/**
 * The standard sections each document type needs, shared by required-section and
 * section-order (and the editor's structure view). Derived from the seeds'
 * skeletons (seed-structure.md §3.2) and the usual layout of such documents.
 */
import type { Localized } from './types';
import type { PolicyDocument, SlotId } from '../parse/types';
import { slotOf, slotPhase, type SkeletonFamily } from '../parse/slots';

export interface RequiredSlot {
  id: 'background' | 'general' | 'targets' | 'tasks' | 'safeguards';
  name: Localized;
  /** Usual titles, for messages and the structure view. */
  titles: string;
  satisfiedBy: readonly SlotId[];
}

const SLOTS: Record<RequiredSlot['id'], RequiredSlot> = {
  background: {
    id: 'background',
    name: { zh: '背景', en: 'background' },
    titles: '规划背景、发展基础、发展环境',
    satisfiedBy: ['background', 'significance'],
  },
  general: {
    id: 'general',
    name: { zh: '总体要求', en: 'general requirements' },
    titles: '总体要求（指导思想、基本原则）',
    satisfiedBy: ['general', 'guidingThought', 'principles', 'positioning', 'targets'],
  },
  targets: {
    id: 'targets',
    name: { zh: '目标', en: 'targets' },
    titles: '发展目标、主要目标、工作目标、总体目标',
    satisfiedBy: ['targets'],
  },
  tasks: {
    id: 'tasks',
    name: { zh: '重点任务', en: 'tasks' },
    titles: '重点任务、主要任务、工作重点，或分领域的任务章节',
    satisfiedBy: ['tasks'],
  },
  safeguards: {
    id: 'safeguards',
    name: { zh: '保障措施', en: 'safeguards' },
    titles: '保障措施、组织实施、规划实施保障',
    satisfiedBy: ['safeguards'],
  },
};

export const SKELETONS: Record<SkeletonFamily, readonly RequiredSlot[]> = {
  implementation: [SLOTS.general, SLOTS.targets, SLOTS.tasks, SLOTS.safeguards],
  plan: [SLOTS.background, SLOTS.general, SLOTS.targets, SLOTS.tasks, SLOTS.safeguards],
};

/** Slots a document fills: level-1 slots, their sub-slots, and a closing paragraph. */
export function filledSlots(doc: PolicyDocument): Set<SlotId> {
  const filled = new Set<SlotId>();
  for (const h of doc.headings) {
    if (h.box) continue;
    if (h.level === 1 && h.slot) filled.add(h.slot);
    else if (h.level === 2 && h.slot) filled.add(h.slot);
  }
  if (doc.closingParagraph) filled.add('safeguards');
  // Targets stated in 总体要求 without a heading of their own (到2027年，…) fill the slot.
  if (doc.targets.some((t) => t.section?.slot === 'general' && t.kind !== 'vision')) filled.add('targets');
  return filled;
}

/** True when a level-1 chapter's slot comes from its title (not a task chapter by default). */
export function isNamedSlot(title: string): boolean {
  return slotOf(title) !== undefined;
}

export { slotPhase };
