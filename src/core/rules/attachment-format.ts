/**
 * attachment-format: an 附件说明 not in the form `附件：1.××××` (GB/T 9704-2012
 * §7.3.4): a half-width colon, no sequence numbers when there are several
 * attachments, a number on a single one, 1、 for 1., punctuation after an attachment name.
 */
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'attachment-format',
    category: 'format',
    defaultSeverity: 'warning',
    description: { zh: '附件说明格式不规范', en: 'Malformed attachment note' },
    tags: ['format', 'gb9704', 'fixable'],
    fixable: true,
    docs: {
      rationale: {
        zh: 'GB/T 9704—2012 第7.3.4条：附件说明在正文下空一行、左空二字编排“附件”二字，后标全角冒号和附件名称；有多个附件时使用阿拉伯数字标注附件顺序号（如“附件：1.××××”，顺序号后用“.”而不用“、”），只有一个附件时不标顺序号；附件名称后不加标点符号。',
        en: 'GB/T 9704-2012 §7.3.4: "附件：" with a full-width colon; sequence numbers (1., not 1、) when there are several attachments and none for a single one; no punctuation after an attachment name.',
      },
      bad: '附件:XX市重点任务分工表。\n     XX市重点项目清单',
      good: '附件：1.XX市重点任务分工表\n      2.XX市重点项目清单',
    },
  },
  messages: {
    colon: { zh: '“附件”后应使用全角冒号“：”', en: 'Use a full-width colon "：" after 附件' },
    number: { zh: '有多个附件时应标注顺序号（如“1.”）', en: 'Number the attachments when there are several (e.g. "1.")' },
    punctuation: { zh: '附件名称后不加标点符号', en: 'No punctuation after an attachment name' },
    singleNumber: { zh: '只有一个附件时不标顺序号', en: 'A single attachment takes no sequence number' },
    numberMark: { zh: '附件顺序号后应使用“.”（如“1.”），不用“、”', en: 'Write the attachment number with "." (e.g. "1."), not "、"' },
  },
  run({ draft, documents, report }) {
    for (const doc of documents) {
      const note = doc.header.attachmentNote;
      if (!note?.length) continue;
      const first = note[0];
      const colonAt = first.text.offset(first.text.text.indexOf(':'));
      if (draft.text[colonAt] !== '：') {
        const range = { start: colonAt, end: colonAt + 1 };
        report({ range, messageId: 'colon', fix: { range, text: '：' } });
      }
      const several = note.length > 1;
      note.forEach((p, i) => {
        const s = p.text.text;
        const name = i === 0 ? s.slice(s.indexOf(':') + 1).trim() : s;
        if (several && !/^\d{1,2}[ ]*[.、]/.test(name)) {
          report({ range: p.range, messageId: 'number' });
        }
        // 1、 is the enumeration of running text; the standard's form is 1. (§7.3.4),
        // and a single attachment has no number at all.
        const numbered = /^((?:附件[ ]*:)?[ ]*)(\d{1,2}[ ]*[.、][ ]*)/.exec(s);
        if (numbered && !several) {
          const range = p.text.range(numbered[1].length, numbered[0].length);
          report({ range, messageId: 'singleNumber', fix: { range, text: '' } });
          return;
        }
        const mark = /^(?:附件[ ]*:)?[ ]*\d{1,2}[ ]*、/.exec(s);
        if (mark) {
          const range = p.text.range(mark[0].length - 1, mark[0].length);
          report({ range, messageId: 'numberMark', fix: { range, text: '.' } });
        }
        const last = s[s.length - 1];
        if (/[。.,;，；、]/.test(last)) {
          const range = p.text.range(s.length - 1, s.length);
          report({ range, messageId: 'punctuation', fix: { range, text: '' } });
        }
      });
    }
  },
});
