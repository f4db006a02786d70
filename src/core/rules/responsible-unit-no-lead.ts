/**
 * responsible-unit-no-lead: a clause with co-operating units but no lead marker
 * (牵头, 牵头单位：, 负责, 责任单位：): （市商务局，敦煌市政府配合）.
 * Jointly responsible units (（责任单位：A、B）, （A、B按职责分工负责）) need no lead.
 */
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'responsible-unit-no-lead',
    category: 'units',
    defaultSeverity: 'warning',
    description: { zh: '责任单位括号有配合单位但没有牵头单位', en: 'Clause has co-operating units but no lead' },
    tags: ['units'],
    fixable: false,
    docs: {
      rationale: {
        zh: '写了配合单位，就应写明由谁牵头，否则任务无人统筹。共同负责的写法（“责任单位：A、B”“A、B按职责分工负责”）不需要牵头单位。',
        en: 'When co-operating units are named, one unit must lead. Jointly responsible forms need no lead.',
      },
      bad: '……（市商务局，敦煌市政府配合）',
      good: '……（市商务局牵头，敦煌市政府配合）',
    },
  },
  messages: {
    noLead: { zh: '责任单位括号只有配合单位，没有牵头单位', en: 'The clause names co-operating units but no lead unit' },
  },
  run({ documents, report }) {
    for (const doc of documents) {
      for (const c of doc.clauses) {
        if (c.hasCooperate && !c.hasLead) report({ range: c.range, messageId: 'noLead' });
      }
    }
  },
});
