/**
 * A 中标通知书 / 成交通知书 is a letter to the winner: it names the winner only as its addressee
 * ("X有限公司：" under the heading, then "你单位…被确定为中标人" / "现确定贵公司为成交供应商"),
 * never under a 中标供应商 label. Such an addressee line is rewritten as the labelled line a
 * result notice would carry ("中标供应商：X有限公司"), so the winner is read like any other.
 * Narrow: the heading must be the letter's own (a line that is nothing but 中标/成交通知书, maybe
 * letter-spaced), the addressee line must come within a few lines of it and be nothing but an
 * organisation's name and a colon, and the letter must then speak to its addressee as the winner.
 * Pure; one cheap test before any line is read.
 * @module
 */

// the letter's heading alone on its line, maybe letter-spaced by a PDF ("中 标 通 知 书")
const HEADING = /^[ \t\u3000]*(中|成)[ \t\u3000]*(?:标|交)[ \t\u3000]*(?:结[ \t\u3000]*果[ \t\u3000]*)?通[ \t\u3000]*知[ \t\u3000]*书[ \t\u3000]*$/m;
// "X有限公司        ：": an organisation's name and a colon, nothing else (a layout PDF pads to the underline)
const ADDRESSEE = /^[ \t\u3000]*([\u4e00-\u9fff（）()·]{2,50}(?:公司|厂|中心|合作社|事务所|研究院|设计院|研究所|学校|医院|集团|商行|经营部|工作室|门市部|店))[ \t\u3000]*[：:][ \t\u3000]*$/;
// the letter speaks to its addressee as the winner
const WINNER_SPEECH = /(?:你|贵)(?:单位|公司|方|厂|中心)[^\n。]{0,40}(?:中标|成交)|(?:确定|确认)(?:你|贵)(?:单位|公司|方|厂|中心)为/;
// a line between the heading and the addressee: the letter's number ("〔2019〕第 112 号", "编号：…")
const NUMBER_LINE = /^[ \t\u3000]*(?:[^\n]{0,20}[〔[（(]?\s*[0-9OolI]{4}\s*[〕\]）)][^\n]{0,20}号|编号[：:][^\n]{0,40}|[A-Z0-9-]{6,40})[ \t\u3000]*$/;

/** The text with a 通知书's addressee line turned into "中标供应商：X" / "成交供应商：X" (unchanged when none). */
export function addresseeAsWinner(text: string): string {
  if (!text.includes('通') || !/知[ \t\u3000]*书/.test(text)) return text;
  const h = HEADING.exec(text.slice(0, 20_000));
  if (!h) return text;
  const role = h[1] === '中' ? '中标' : '成交';
  let at = h.index + h[0].length;
  for (let k = 0; k < 6 && at < text.length; k++) {
    const nl = text.indexOf('\n', at + 1);
    const lineStart = text[at] === '\n' ? at + 1 : at;
    const line = text.slice(lineStart, nl < 0 ? text.length : nl);
    at = nl < 0 ? text.length : nl;
    if (!line.trim() || NUMBER_LINE.test(line)) continue;
    const m = ADDRESSEE.exec(line);
    if (!m || /采购人|代理|抄送|采购中心[：:]/.test(line)) return text;
    const speech = WINNER_SPEECH.exec(text.slice(at, at + 1500));
    // "你单位未中标" / "贵公司不是成交供应商": a letter to a losing bidder
    if (!speech || /未|不是|没有/.test(speech[0])) return text;
    return `${text.slice(0, lineStart)}${role}供应商：${m[1]}${text.slice(at)}`;
  }
  return text;
}
