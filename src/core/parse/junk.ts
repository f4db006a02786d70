/**
 * Lines a crawled web page leaves in a document (banners, breadcrumbs, metadata,
 * widgets, disclaimers, download links). They are not content: no rule reports on
 * them. Download links still carry a 发文字号 and a title, which the header parser
 * reads from them.
 */

const JUNK_PATTERNS: readonly RegExp[] = [
  /^欢迎(访问|来到)/,
  /^(首页|当前位置|您现在的位置|你的位置)[ ]*[/>:»]/,
  /^(上一篇|下一篇|上一条|下一条)[ ]*:/,
  /^(点击|浏览次数|阅读次数|访问量|点击数|浏览量)[ ]*:[ ]*(?:\d+[ ]*)?$/,
  /(浏览次数|点击数|阅读次数)[ ]*:[ ]*\d+/,
  /^(来源|信息来源|作者|编辑|责任编辑|发布时间|发布日期|索引号|主题分类|发布机构)[ ]*:.{0,40}$/,
  /^(时间|日期)[ ]*:[ ]*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/,
  /^字号[ ]*(?::[ ]*)?(?:[大中小][ ]*)*$/,
  /^(收藏|评论|打印|打印本页|关闭|关闭窗口|分享|分享到|返回顶部|【打印】|【关闭】|x|×|新闻|甘肃切换)$/,
  /^(搜全站|搜全州|搜本站|站内搜索)/,
  // A row of page widgets: 【字体：大 中 小】　【打印本页】　【关闭窗口】.
  /^(?:【(?:字体|字号)[ ]*:?[ ]*(?:[大中小][ ]*)+】|【(?:打印本页|打印|关闭窗口|关闭|收藏|分享|返回顶部|保存本页)】|[ ])+$/,
  /^分享到[ ]*:?.{0,30}$/,
  /^扫一扫.{0,20}$/,
  /^(主办|承办|主办单位|承办单位|网站标识码|版权所有)[ ]*:.{0,60}$/,
  /(网站标识码|ICP备|公网安备)[ ]*:?[ ]*\S{0,30}$/,
  /^免责声明[ ]*:/,
  /^\[?不良信息举报/,
  /^(文件下载|附件下载|相关链接|相关附件|相关文件|下载附件)[ ]*:/,
  /^原文见下[ ]*:?$/,
  /^序号[ ]*\|/,
  /^[-| ]{3,}$/,
  // Timestamp fragments a page splits over lines: 2013 / 06/03 / 21:24.
  /^\d{4}$/,
  /^\d{1,2}\/\d{1,2}$/,
  /^\d{1,2}:\d{2}(:\d{2})?$/,
  // A bare ISO date is not junk: it may be a 成文日期 written wrongly.
  /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}(:\d{2})?$/,
];

/** Web list bullets (U+2022 •) with page metadata or links. */
const BULLET_JUNK = /^[•·▪◆][ ]*(时间|点击|来源|发布|浏览|作者|编辑|搜|关于|互联网|首页)/;

/** The patterns above that are not anchored at the line's start. */
const ANYWHERE = JUNK_PATTERNS.filter((p) => !p.source.startsWith('^'));

/**
 * Every character an anchored pattern can start with. Most lines start with none of
 * them (a body line starts with 　 or a heading marker), so they are tried against the
 * few unanchored patterns only. A unit test checks every pattern against this set.
 */
export const JUNK_FIRST_CHARS = '欢首当您你上下点浏阅访来信作编责发索时日字收评打关分返【x×新甘搜扫主承网版免[不文附相原序-|0123456789•·▪◆—–';
const FIRST = new Set(JUNK_FIRST_CHARS);

/** True when a line (folded, trimmed) is page chrome rather than document text. */
export function isJunkLine(line: string): boolean {
  if (line.length === 0) return false;
  if (!FIRST.has(line[0])) {
    for (const p of ANYWHERE) if (p.test(line)) return true;
    return false;
  }
  if (isPageNumberLine(line)) return true;
  if (BULLET_JUNK.test(line)) return true;
  for (const p of JUNK_PATTERNS) if (p.test(line)) return true;
  return false;
}

/** The patterns, for the test of JUNK_FIRST_CHARS. */
export const JUNK_LINE_PATTERNS: readonly RegExp[] = [...JUNK_PATTERNS, BULLET_JUNK];

/** A download link line: `文件下载:金政发〔2023〕9号金昌市人民政府关于…的批复.pdf`. */
export function downloadLinkTarget(line: string): string | undefined {
  const m = /^(文件下载|附件下载|下载附件)[ ]*:[ ]*(.+?)\.(pdf|docx?|wps|ofd|xlsx?|zip|rar)[ ]*$/i.exec(line);
  return m ? m[2] : undefined;
}

/**
 * A page number a PDF copy leaves between the lines of a paragraph: — 3 —, -3-, 第3页,
 * 第3页 共12页. Unlike page chrome it does not end the paragraph it interrupts. (3/12 is
 * left out: it is also the date fragment of a crawled page.)
 */
const PAGE_NUMBER = /^(?:[-—–]{1,2}[ ]*\d{1,3}[ ]*[-—–]{1,2}|第[ ]*\d{1,3}[ ]*页(?:[ ]*[,/]?[ ]*共[ ]*\d{1,3}[ ]*页)?)$/;

export function isPageNumberLine(line: string): boolean {
  return line.length <= 16 && PAGE_NUMBER.test(line);
}
