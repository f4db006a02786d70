/**
 * `.policylintrc.json` and the `policylint.*` settings, validated with zod. The
 * JSON schema published for editors (docs/policylintrc.schema.json) is generated
 * from this one.
 */
import { z } from 'zod';

export const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'] as const;
export const DOCUMENT_TYPES = ['实施方案', '工作方案', '行动计划', '行动方案', '方案', '规划', '意见', '通知', '批复', '指南', '措施'] as const;

export const ruleSettingSchema = z.enum(SEVERITY_SETTINGS);

export const ignoreEntrySchema = z
  .object({
    rule: z.string().min(1).describe('规则 ID（* 表示全部规则） / rule id (* for every rule)'),
    files: z.string().min(1).optional().describe('文件通配符，相对于配置文件所在目录 / file glob, relative to the config file'),
    text: z.string().min(1).optional().describe('仅忽略所在行包含此文字的问题 / only findings on lines containing this text'),
  })
  .strict();

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    rules: z.record(z.string(), ruleSettingSchema).optional().describe('规则级别 / severity per rule id'),
    documentType: z.enum(DOCUMENT_TYPES).optional().describe('强制指定文种 / force the document type'),
    units: z.array(z.string().trim().min(2).max(60)).max(10000).optional().describe('补充的单位名称 / extra unit names'),
    corpus: z.array(z.string().min(1)).max(200).optional().describe('往期规划文件夹（相对于配置文件）/ folders of prior plans'),
    vagueWords: z.array(z.string().trim().min(2).max(20)).max(2000).optional().describe('补充的模糊表述 / extra vague target words'),
    ignore: z.array(ignoreEntrySchema).max(1000).optional().describe('已确认可接受的问题 / findings judged acceptable'),
  })
  .strict();

export type PolicyLintConfig = z.infer<typeof configSchema>;

export interface IgnoreEntry extends z.infer<typeof ignoreEntrySchema> {
  /** Compiled `files` glob, resolved against the config file's folder. */
  filesMatch?: (file: string) => boolean;
}
