/**
 * Standard sections (slots) of the skeletons in rules.md, recognised from heading
 * titles. Synonym lists come from the seeds (seed-structure.md §3.3) and from the
 * usual wording of 实施方案 and 规划 elsewhere.
 */
import { BoundedMemo } from '../memo';
import { fold } from '../text/fold';
import type { DocumentType, Heading, SlotId } from './types';

/** Order in which checks run: the first match wins (保障 before 任务, 目标 before 总体). */
const SLOT_PATTERNS: ReadonlyArray<[SlotId, RegExp]> = [
  // 工作职责 / 职责分工 assign duties by unit (the unit is the heading); 监督考核 closes a plan;
  // 组织机构 / 成立…领导小组 set up who leads, and are no tasks.
  ['safeguards', /组织机构|领导机构|工作机构|领导小组|工作专班|保障措施|保障机制|组织实施|工作要求|组织保障|组织领导|规划实施|实施保障|保障体系|推进机制|工作保障|督促落实|有关要求|工作职责|职责分工|责任分工|部门职责|监督考核|督导考核|督查考核|考核评估|考核问责|监督检查|考核奖惩/],
  ['steps', /实施步骤|实施计划|进度安排|时间安排|工作步骤|实施阶段|步骤安排|时间节点|工作安排|推进步骤/],
  ['significance', /重大意义|重要意义|^意义$/],
  // 优化发展环境, 夯实产业基础, 改善基础条件 are tasks, not a background chapter.
  ['background', /规划背景|发展基础|(?<!改善|完善|提升|夯实)基础条件|发展现状|现实基础|(?<!优化|营造|改善|打造|净化|提升)发展环境|面临形势|发展形势|机遇挑战|机遇与挑战|形势分析|工作背景|背景情况|^背景$|主要问题|重大机遇|(?<!夯实|筑牢|巩固|提升|做强|壮大)产业基础|基本情况|发展回顾|工作回顾|发展成就|存在问题|主要成效|现状与形势|面临的形势/],
  ['guidingThought', /指导思想/],
  ['principles', /基本原则|工作原则|主要原则|^原则$/],
  // 发展定位与目标 is the targets chapter (its numbers are there), not the positioning.
  ['targets', /定位(?:和|与|及)(?:发展)?目标|目标(?:和|与|及)定位/],
  ['positioning', /发展定位|战略定位|功能定位|总体定位/],
  ['targets', /发展目标|主要目标|工作目标|总体目标|目标任务|任务目标|具体目标|预期目标|远景目标|规划目标|行动目标|目标要求|主要指标|目标指标|阶段目标|阶段性目标|建设目标|年度目标|(?:近期|中期|远期)目标|^目标$/],
  ['general', /总体要求|总体思路|总体框架|总体安排|总体考虑|基本思路/],
  ['layout', /空间布局|空间格局|总体布局|发展布局|产业布局/],
  ['tasks', /重点任务|主要任务|工作重点|重点工作|重点领域|工作任务|主要措施|重点举措|重大工程|重点项目|工作措施|任务措施|主要内容|工作内容/],
  // Scope and eligibility sections (二、整治范围, 适用范围, 支持对象) say where the plan applies, not who does what.
  ['scope', /适用范围|整治范围|实施范围|工作范围|治理范围|排查范围|检查范围|整治对象|检查对象|实施对象|适用对象|支持对象|扶持对象|补助对象|支持范围|补助范围|申报条件|申报对象/],
];

// Every heading of every re-lint asks; a draft has a few hundred titles at most.
const slots = new BoundedMemo(5000, (title): SlotId | undefined => {
  const t = fold(title).replace(/[ 。]/g, '');
  for (const [slot, re] of SLOT_PATTERNS) {
    if (!re.test(t)) continue;
    // 优化产业发展环境, 夯实农业发展基础: a verb leads, so it is a task, not the background.
    if (slot === 'background' && ACTION_LEAD.test(t)) continue;
    return slot;
  }
  return undefined;
});

/** Verbs that open the title of a task chapter. */
const ACTION_LEAD = /^(?:持续|全面|着力|大力|进一步)?(?:优化|营造|改善|打造|净化|提升|完善|夯实|强化|加强|筑牢|巩固|做强|壮大|推进|推动|加快|深化|构建|健全|厚植|培育)/;

/** Chapters that give each unit its duties (四、工作职责 （一）镇党政办 …). */
const DUTY_WORDS = '工作职责|职责分工|责任分工|部门职责';
const DUTIES_CHAPTER = new RegExp(`^(?:明确)?(?:${DUTY_WORDS}|各单位职责|成员单位职责)$`);
/**
 * 二、组织领导 / 组织机构 / 工作职责: a 工作方案 or 专项整治方案 often sets up its
 * leading group and the duties of each unit right after the general part, before the
 * tasks; those chapters have no fixed place.
 */
const NO_FIXED_PLACE = new RegExp(
  `^(?:(?:加强|健全|明确)?(?:组织领导|组织机构|领导机构|工作机构|组织领导机构|${DUTY_WORDS})|(?:成立|组建)?[\\u4e00-\\u9fff]{0,16}(?:领导小组|工作专班))$`,
);

/** A chapter title that assigns duties unit by unit: 工作职责, 职责分工, 各单位职责. */
export function isDutiesChapter(title: string): boolean {
  return DUTIES_CHAPTER.test(title);
}

/** A chapter (组织领导, 工作职责 …) that may stand anywhere among the standard ones. */
export function hasNoFixedPlace(title: string): boolean {
  return NO_FIXED_PLACE.test(title);
}

export function slotOf(title: string): SlotId | undefined {
  return slots.get(title);
}

/** The phase a slot belongs to, for `section-order`. */
export function slotPhase(slot: SlotId): number {
  switch (slot) {
    case 'significance':
    case 'background':
      return 0;
    case 'general':
    case 'guidingThought':
    case 'principles':
    case 'positioning':
    case 'targets':
    case 'scope':
      return 1;
    case 'layout':
      return 2;
    case 'tasks':
      return 3;
    case 'steps':
      return 4;
    case 'safeguards':
      return 5;
  }
}

/** Assigns slots to level-1 headings (unrecognised chapters are task chapters) and their level-2 children; under a 篇 too. */
export function assignSlots(roots: Heading[]): void {
  for (const h of roots) {
    // 第一篇 (level 0) groups chapters: the standard sections are its 章.
    if (h.level === 0) {
      assignSlots(h.children);
      continue;
    }
    if (h.level !== 1) continue;
    h.slot = slotOf(h.title) ?? 'tasks';
    // Sub-slots (指导思想, 基本原则, 目标 …) only exist inside the general chapter.
    if (h.slot === 'scope' || slotPhase(h.slot) > 1) continue;
    for (const c of h.children) {
      const s = slotOf(c.title);
      if (s) c.slot = s;
    }
  }
}

export type SkeletonFamily = 'implementation' | 'plan';

export function skeletonFamily(type: DocumentType | undefined): SkeletonFamily | undefined {
  switch (type) {
    case '实施方案':
    case '工作方案':
    case '行动计划':
    case '行动方案':
    case '方案':
      return 'implementation';
    case '规划':
      return 'plan';
    default:
      return undefined;
  }
}

/** A closing paragraph on organisation fills the safeguards slot (seed 002:161). */
export function isClosingSafeguardParagraph(text: string): boolean {
  return /(加强|坚持|强化)[^。]{0,12}(组织领导|党的领导|统筹协调)|组织实施|抓落实|督促检查|监督检查|监测评估|考核评估/.test(text);
}
