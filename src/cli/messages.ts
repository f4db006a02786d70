/** The CLI's own messages (usage, files, config), in Chinese and English. */
import type { Lang } from '../core/rules/types';

const MESSAGES = {
  usage: {
    zh: `用法：policylint [选项] <文件|目录|->...
      policylint citations [--format stylish|json] <文件>...
      policylint report matrix|targets|coverage [--format stylish|json|csv] [--xlsx 文件] <文件>...

选项：
  --format stylish|json|sarif   输出格式（默认 stylish）
  --config FILE                 使用指定的配置文件（不再向上查找 .policylintrc.json）
  --corpus DIR                  追加往期文件目录（可重复）
  --rule id=severity            覆盖规则级别：off|info|warning|error（可重复）
  --fix                         自动修复可确定的问题并写回文件
  --quiet                       只报告错误
  --lang zh|en                  消息语言（默认按 LANG 环境变量，否则中文）
  --no-cache                    不读写往期文件索引缓存
  --jobs N|auto                 并行检查的线程数（默认 auto：文件多且有 3 个以上 CPU 核时启用）
  --xlsx FILE                   report：同时导出 Excel 文件
  --parent 标题                 report coverage：指定上位规划（默认取草稿引用的规划）
  --unit 单位 / --sort task|unit report matrix：只看某单位的任务 / 排序方式
  --debug                       出错时打印堆栈
  -h, --help                    显示帮助
  -v, --version                 显示版本`,
    en: `Usage: policylint [options] <file|dir|->...
       policylint citations [--format stylish|json] <file>...
       policylint report matrix|targets|coverage [--format stylish|json|csv] [--xlsx FILE] <file>...

Options:
  --format stylish|json|sarif   output format (default stylish)
  --config FILE                 use this config file (no search for .policylintrc.json)
  --corpus DIR                  add a folder of prior plans (repeatable)
  --rule id=severity            override a rule: off|info|warning|error (repeatable)
  --fix                         apply certain fixes and write the files back
  --quiet                       report errors only
  --lang zh|en                  message language (default from LANG, else Chinese)
  --no-cache                    do not read or write the corpus index cache
  --jobs N|auto                 worker threads (default auto: for many files on 3 or more cores)
  --xlsx FILE                   report: also write an Excel workbook
  --parent TITLE                report coverage: the parent plan (default: the plan the draft cites)
  --unit NAME / --sort task|unit report matrix: one unit's tasks / row order
  --debug                       print stack traces on failure
  -h, --help                    show this help
  -v, --version                 show the version`,
  },
  noFiles: { zh: '没有指定要检查的文件', en: 'No files to lint' },
  notFound: { zh: '{file}：文件或目录不存在', en: '{file}: no such file or directory' },
  notText: { zh: '{file}：不是文本文件，已跳过', en: '{file}: not a text file, skipped' },
  unreadable: { zh: '{file}：无法读取（{error}）', en: '{file}: cannot read ({error})' },
  gbk: { zh: '{file}：不是 UTF-8 编码，已按 GB18030 解码', en: '{file}: not UTF-8, decoded as GB18030' },
  nothingLinted: { zh: '没有可检查的文本文件', en: 'Nothing could be read' },
  badOption: { zh: '无效的选项：{detail}', en: 'Invalid option: {detail}' },
  badRule: { zh: '无效的 --rule：{value}（应为 规则ID=off|info|warning|error）', en: 'Invalid --rule: {value} (expected id=off|info|warning|error)' },
  unknownRule: { zh: '未知的规则 ID：{id}', en: 'Unknown rule id: {id}' },
  configInvalid: { zh: '配置文件无效：', en: 'Invalid configuration:' },
  corpusWarning: { zh: '往期文件库：{path}：{message}', en: 'Corpus: {path}: {message}' },
  stdinFix: { zh: '--fix 不能用于标准输入', en: '--fix cannot be used with standard input' },
  fixed: { zh: '{file}：已修复 {count} 处', en: '{file}: {count} fix(es) applied' },
  changedOnDisk: { zh: '{file}：读取后文件已被修改，未写入修复', en: '{file}: changed on disk since it was read; fixes not written' },
  writeFailed: { zh: '{file}：写入失败（{error}）', en: '{file}: write failed ({error})' },
  internal: { zh: '内部错误：{error}（使用 --debug 查看详情）', en: 'Internal error: {error} (use --debug for details)' },
  summary: {
    zh: '共 {total} 个问题（{errors} 个错误，{warnings} 个警告，{infos} 个提示）',
    en: '{total} problem(s) ({errors} error(s), {warnings} warning(s), {infos} info)',
  },
  fixable: { zh: '其中 {count} 个可用 --fix 自动修复', en: '{count} of them can be fixed with --fix' },
  unresolvedTarget: { zh: '（未找到）', en: '(not found)' },
} satisfies Record<string, { zh: string; en: string }>;

export type CliMessageId = keyof typeof MESSAGES;

export function msg(id: CliMessageId, lang: Lang, args: Record<string, string | number> = {}): string {
  return MESSAGES[id][lang].replace(/\{(\w+)\}/g, (w, k: string) => (k in args ? String(args[k]) : w));
}
