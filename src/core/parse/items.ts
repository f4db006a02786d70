/**
 * Task items and the responsibility clauses that cover them.
 *
 * An item is a lowest-level numbered paragraph plus the unnumbered paragraphs
 * after it. A clause inside the item (at the end of its text or of a
 * sub-paragraph) is its own; a clause standing alone on its own line is a group
 * clause covering the earlier items of its section that have none (seed 003:57).
 */
import { IMPLEMENTATION_TYPES, type Clause, type DocumentType, type Heading, type TaskItem } from './types';

export function buildItems(headings: Heading[], clauses: Clause[], type: DocumentType | undefined): TaskItem[] {
  const implementation = type !== undefined && IMPLEMENTATION_TYPES.includes(type);
  const clausesByParagraph = new Map<number, Clause[]>();
  for (const c of clauses) {
    const list = clausesByParagraph.get(c.paragraph.index) ?? [];
    list.push(c);
    clausesByParagraph.set(c.paragraph.index, list);
  }

  const items: TaskItem[] = [];
  const itemOf = new Map<Heading, TaskItem>();
  for (const h of headings) {
    if (h.box || h.children.length > 0) continue;
    const paragraphs = [h.paragraph, ...h.body];
    const own: Clause[] = [];
    for (const p of paragraphs) for (const c of clausesByParagraph.get(p.index) ?? []) if (!c.standalone) own.push(c);
    const item: TaskItem = {
      heading: h,
      paragraphs,
      ownClauses: own,
      groupClause: undefined,
      parentClause: undefined,
      inTaskChapter: implementation && isTask(h, type),
    };
    for (const c of own) c.covers.push(item);
    items.push(item);
    itemOf.set(h, item);
  }

  // A clause on a parent heading covers its sub-items: （一）…（A牵头） over 1. 2. …
  const ownOf = (h: Heading) => [h.paragraph, ...h.body].flatMap((p) => clausesByParagraph.get(p.index) ?? []).filter((c) => !c.standalone);
  for (const item of items) {
    if (item.ownClauses.length) continue;
    for (let h = item.heading.parent; h; h = h.parent) {
      const inherited = ownOf(h)[0];
      if (inherited) {
        item.parentClause = inherited;
        inherited.covers.push(item);
        break;
      }
    }
  }

  // Group clauses: a standalone clause covers the earlier uncovered items of its section.
  const hostOf = new Map<number, Heading>();
  for (const h of headings) if (!h.box) for (const p of h.body) hostOf.set(p.index, h);
  for (const c of clauses) {
    if (!c.standalone) continue;
    const host = hostOf.get(c.paragraph.index);
    if (!host) continue;
    const scope = host.children.length === 0 ? host.parent : host;
    for (const item of items) {
      if (item.heading.paragraph.range.start > c.range.start) continue;
      if (item.ownClauses.length > 0 || item.groupClause || item.parentClause) continue;
      if (scope && !isWithin(item.heading, scope)) continue;
      item.groupClause = c;
      c.covers.push(item);
    }
  }
  if (!implementation && type !== '规划' && type !== '通知' && type !== '批复') holdToOwnConvention(items, type);
  return items;
}

/** The item has a clause of its own or one covering it (a group clause, a parent's). */
export function isCovered(item: TaskItem): boolean {
  return item.ownClauses.length > 0 || item.groupClause !== undefined || item.parentClause !== undefined;
}

/** Task items with a clause a document must give before it is held to them. */
const CONVENTION_MIN = 4;
const CONVENTION_SHARE = 0.7;

/** Most of these task items carry a clause (four at least, and 70 %): the document's own convention. */
export function mostCarryClauses(tasks: readonly TaskItem[]): boolean {
  const covered = tasks.filter(isCovered).length;
  return covered >= CONVENTION_MIN && covered >= CONVENTION_SHARE * tasks.length;
}

/**
 * A document of no implementation type (意见, 工作要点, a title with no known type) that
 * gives most of its task items a clause holds itself to it: the few without one are
 * task items to check as in a 实施方案.
 */
function holdToOwnConvention(items: TaskItem[], type: DocumentType | undefined): void {
  const tasks = items.filter((i) => isTask(i.heading, type) && chapterOf(i.heading) !== undefined);
  if (mostCarryClauses(tasks)) for (const i of tasks) i.inTaskChapter = true;
}

/**
 * An item of a task chapter; in a 措施 document also a measure with no chapter above
 * it (1.–20. straight after the preamble). The closing provision (本措施自印发之日起
 * 施行) is no task wherever it stands.
 */
function isTask(h: Heading, type: DocumentType | undefined): boolean {
  if (IN_FORCE.test(h.paragraph.text.text)) return false;
  const chapter = chapterOf(h);
  return chapter ? chapter.slot === 'tasks' : type === '措施';
}

/** The closing provision of a document: when it takes effect, who interprets it. */
const IN_FORCE = /^.{0,8}本(?:若干)?(?:政策)?(?:措施|办法|方案|意见|规定|细则)[^。]{0,30}(?:施行|执行|实施|解释|有效期)/;

/** The level-1 chapter a heading stands in. */
export function chapterOf(h: Heading): Heading | undefined {
  let cur: Heading | undefined = h;
  // Up to level 1, not to a 篇 above it (level 0).
  while (cur?.parent && cur.level > 1) cur = cur.parent;
  return cur?.level === 1 ? cur : undefined;
}

function isWithin(h: Heading, scope: Heading): boolean {
  for (let cur: Heading | undefined = h; cur; cur = cur.parent) if (cur === scope) return true;
  return false;
}
