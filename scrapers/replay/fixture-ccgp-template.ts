/**
 * Renders a notice spec into ccgp.gov.cn's real detail template, modelled line by line on
 * shared/samples/ccgp-detail-1.html (a 2025 local award page): same head metas, bot-cookie
 * scripts, header, `div.vF_deail_currentloc` breadcrumb (the site's own typo), `h2.tc` title,
 * `span#pubTime`, the hidden `div.table` 公告概要 and the `div.vF_detail_content` body. The
 * Baidu analytics, conac badge and the thousands-name expert list are trimmed.
 * @module
 */
import {
  CCGP_CHANNELS,
  SAMPLE_LINE,
  SAMPLE_META,
  cnDateTime,
  esc,
  type CcgpNoticeSpec,
  type SummaryRow,
} from './fixture-ccgp-spec.js';

/** Options for variants of the page (the fault suite's changed layout). */
export interface DetailRenderOptions {
  /** rename the body containers the adapters select on, as a portal redesign would */
  changedLayout?: boolean;
}

function summaryTable(rows: SummaryRow[]): string {
  const trs = rows.map((row) => {
    if ('head' in row) return `<tr><td colspan="4"><b>${esc(row.head)}</b></td></tr>`;
    if (row.pairs.length === 1) {
      const [label, value] = row.pairs[0];
      return `<tr><td class="title" width="128">${esc(label)}</td><td colspan="3" width="430">${esc(value)}</td></tr>`;
    }
    return `<tr>${row.pairs
      .map(([label, value], i) => `<td class="title"${i ? ' width="128"' : ''}>${esc(label)}</td><td width="168">${esc(value)}</td>`)
      .join('')}</tr>`;
  });
  return (
    '<div class="table" style="display: none;"><h5>公告概要：</h5><table width="600" border="0" cellspacing="1" bgcolor="#bfbfbf" style="text-align:left;"><tbody>' +
    trs.join('') +
    '</tbody></table></div>'
  );
}

const HEADER = `<link href="//www.ccgp.gov.cn/css/inc.css" rel="stylesheet" type="text/css">
<div class="v4incheadertop">
    <div class="v4incheadertop_tel_block">
        <div class="v4incheadertop_tel">
            <p class="cl">财政部唯一指定政府采购信息网络发布媒体 国家级政府采购专业网站</p><p class="cr">服务热线：400-810-1996</p>
        </div>
    </div>
    <div class="v4incheadertop_nav_block">
        <div class="v4incheadertop_nav">
            <ul class="v4incheadertop_nav_ls">
                <li id="ch_index" style="width:140px"><a href="//www.ccgp.gov.cn/">首页</a></li>
                <li id="ch_zcfg" style="width: 172px"><a href="//www.ccgp.gov.cn/zcfg/">政采法规</a></li>
                <li id="ch_gmfw" style="width:172px"><a href="//www.ccgp.gov.cn/gpsr/">购买服务</a></li>
                <li id="ch_jdjc" style="width:172px"><a href="//www.ccgp.gov.cn/jdjc/">监督检查</a></li>
                <li id="ch_xxgg" style="width:172px"><a href="//www.ccgp.gov.cn/xxgg/">信息公告</a></li>
                <li id="ch_gpa" style="width:172px"><a href="//www.ccgp.gov.cn/wtogpa/">国际专栏</a></li>
            </ul>
        </div>
    </div>
    <div class="clb"></div>
</div>`;

const FOOTER = `<div class="footer mt13">
    <div class="copyright_bl">
     <div class="vF_cp">
    <div class="cpright">
        <p>
        主办单位：中华人民共和国财政部国库司  <br>网站标识码：<span>bm14000002</span> &nbsp;|&nbsp; 京<span>ICP</span>备<span>19054529</span>号<span>-1</span> &nbsp;|&nbsp; 京公网安备<span>11010602060068</span>号 <br><span id="botm_cpy">© 1999-2026</span> 中华人民共和国财政部 版权所有</p>
    </div>
    </div>
    </div>
    </div>`;

/** The bot-cookie scripts every real detail page opens its body with (values fixed for the replay). */
export const BOT_COOKIE_SCRIPTS =
  '<script id="keyparam" src="/_bot_sbu/sbu_fpcm.js">b220cb5b51b0940c0f343d37ebb48744</script><script id="keyt" src="/_bot_sbu/sbu_fpc.js">900</script><script>(function () { document.cookie = "HOY_TR=PZDIGYKUBLNQXHFT,4215AD68379BCFE0,daepzmyvtqgwlixk; max-age=31536000; path=/";document.cookie = "HBB_HC=8e95f28c5bd6582c0c23bd0365ab501e00315dd8563519613d5f3186468983acbcfde038efc74dd5db660d334c8f52d498; max-age=600; path=/"; })()</script><script src="/_ws_sbu/sbu_hc.js"></script>';

/** Render the full detail page for a spec. */
export function renderCcgpDetail(spec: CcgpNoticeSpec, opts: DetailRenderOptions = {}): string {
  const scopeName = spec.scope === 'zygg' ? '中央公告' : '地方公告';
  const channelName = CCGP_CHANNELS[spec.channel]?.name ?? '其他公告';
  const title = esc(spec.title);
  const container = opts.changedLayout ? 'vF_article_body_wrap' : 'vF_detail_content_container';
  const content = opts.changedLayout ? 'vF_article_body' : 'vF_detail_content';
  return `<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
${SAMPLE_META}
<meta http-equiv="pragma" content="no-cache">
<meta http-equiv="cache-control" content="no-cache">
<meta http-equiv="expires" content="0">
<meta name="SiteName" content="中国政府采购网">
<meta name="SiteDomain" content="www.ccgp.gov.cn">
<meta name="SiteIDCode" content="bm14000002">
<meta name="ArticleTitle" content="${title}">
<meta name="PubDate" content="${spec.pubTime}">
<meta name="ContentSource" content="中国政府采购网">
<title>${title}</title>
<link href="/css/detail.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/jquery-3.2.1.min.js"></script>
</head>
<body id="detail">${BOT_COOKIE_SCRIPTS}
<p class="procwatch-sample" style="background:#fff3cd;color:#8a5300;text-align:center;margin:0;padding:4px">${SAMPLE_LINE}</p>
${HEADER}

<div class="main">
<div class="main_container">

    <div class="vF_deail_currentloc mt10">
        <p>当前位置：<a href="../../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;»&nbsp;
                <a href="../../../" title="政采公告" class="CurrChnlCls">政采公告</a>&nbsp;»&nbsp;<a href="../../" title="${scopeName}" class="CurrChnlCls">${scopeName}</a>&nbsp;»&nbsp;<a href="../" title="${channelName}" class="CurrChnlCls">${channelName}</a></p>
    </div>
    <div class="vF_deail_maincontent">

<div class="vF_detail_main pzlna3">
            <div class="vF_detail_header"><h2 class="tc">${title}</h2>
            <p class="tc"><span id="pubTime">${cnDateTime(spec.pubTime)}</span> 来源：<span id="sourceName">中国政府采购网</span> 【<span id="printBtn">打印</span>】 <span id="shareTo"></span><span class="displayArti" id="displayGG" style="display: none;">【显示公告正文】</span><span class="displayArti" id="hideGG">【显示公告概要】</span></p></div>
<!--contentTable-->
${spec.summaryHtml ?? summaryTable(spec.summary)}
<!--contentTable-->
<div class="${container}">
            <div class="${content}">
                ${spec.bodyHtml}
            <div></div></div>
        </div><!--${container}-->
        </div><!--vF_detail_main-->

    </div><!--vF_deail_maincontent-->
    <div class="vF_detail_relcontent mt13">
    <h2><p>相关公告</p></h2>
    <div class="vF_detail_relcontent_lst">
        <ul class="c_list_tat">
        </ul>
    </div>
</div><!--相关公告-->

    </div>
</div>

${FOOTER}

<script language="javascript" src="/js/detailaddon.js"></script>
</body></html>
`;
}
