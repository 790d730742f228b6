/**
 * Traps found by the sixty-fifth unseen batch (tests/fixtures/extract/heldout65): video operations
 * at the scope's edge, hidden under titles that name no service (宣传服务, 活动服务), and page
 * chrome read as the title. One named row each, run through the real extractNotice: each row failed
 * before parser 1.57.0, except those marked (guard), which keep a new rule from overreaching. The
 * names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const tender = (items: string) =>
  `星河县文化旅游局星河县旅游形象宣传服务项目竞争性磋商公告\n发布时间：2024-04-02 09:30\n一、项目基本情况\n项目名称：星河县旅游形象宣传服务项目\n预算金额：人民币48.00万元\n采购需求：\n${items}\n合同履行期限：合同签订后90日历天内。\n二、采购人信息\n名 称：星河县文化旅游局\n`;

const rows: TrapRow[] = [
  {
    name: 'a title that names no service ("旅游形象宣传服务") whose first 采购需求 item makes a film is video operations: a promotional film',
    text: tender('1.拍摄制作星河县旅游形象宣传片1部（主片6分钟、30秒版1版，4K画质，含航拍，中英双语字幕）；\n2.利用素材剪辑短视频10条；\n3.宣传片在机场LED屏投放所需格式转换（投放费用另行采购）。'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'promo_film']),
  },
  {
    name: '(guard) a 宣传服务 whose first item buys broadcast rights to existing films is not video operations',
    text: tender('1.购买纪录片2部（共计20集）在星河县电视台的首轮播映权，授权期限2年；\n2.提供节目编排建议。'),
    check: (e) => expect(e.isVideoOps).toBe(false),
  },
  {
    name: '(guard) a 宣传服务 whose first item is placement on screens is not video operations, though a film is named later',
    text: tender('1.在星河高铁站LED大屏投放旅游宣传片，每日不少于60次，投放期12个月；\n2.宣传片由采购人提供。'),
    check: (e) => expect(e.isVideoOps).toBe(false),
  },
  {
    name: 'a 融媒体宣传服务 whose first listed item is short videos made for the buyer is video production, not account running',
    text: '星河县委宣传部2024年度融媒体宣传服务采购项目成交公告\n发布时间：2024-07-06\n成交供应商：星河新视点文化传媒有限公司\n成交金额：人民币贰拾万元整（¥200,000.00）\n服务名称：融媒体宣传服务\n服务内容：（1）拍摄制作宣传短视频100条（每条1-3分钟，含策划、拍摄、剪辑、字幕），供“星河发布”各平台使用；（2）制作年度宣传短片合集1部；（3）配套新闻图文稿件30篇。\n采购人：中共星河县委宣传部\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'video_production']),
  },
  {
    name: '(guard) a 融媒体宣传服务 whose first item runs the named accounts stays account operation',
    text: '星河县委宣传部2024年度融媒体宣传服务采购项目成交公告\n发布时间：2024-07-06\n成交供应商：星河新视点文化传媒有限公司\n成交金额：人民币贰拾万元整（¥200,000.00）\n服务内容：“星河发布”抖音号、视频号账号运营（全年），拍摄城市形象宣传片1部，重大活动网络直播不少于6场\n采购人：中共星河县委宣传部\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'account_operation']),
  },
  {
    name: 'a kind-only heading (a breadcrumb\'s last step, "中标(成交)结果公告") over the notice\'s own title ending with the same words: the own title',
    text: '星河省政府采购网\n当前位置：首页 >> 采购公告 >>\n中标(成交)结果公告\n星河县农业农村局2024星河茶节活动服务项目中标(成交)结果公告\n2024-03-15 10:22   【打印】【关闭】\n一、项目编号：XH2024-018\n二、项目名称：2024星河茶节活动服务项目\n',
    check: (e) => expect(e.title).toBe('星河县农业农村局2024星河茶节活动服务项目中标(成交)结果公告'),
  },
  {
    name: '(guard) a kind-only heading over a line that is not a title of the same kind keeps the heading rule as before',
    text: '中标(成交)结果公告\n星河县农业农村局关于采购事项的说明，详见附件。\n一、项目编号：XH2024-018\n',
    check: (e) => expect(e.title).not.toContain('说明'),
  },
  {
    name: 'an aggregator\'s menu bar led by its name ("星河标讯 | 首页 招标 中标 拟建 企业 VIP") is chrome, not the title',
    text: '星河标讯 | 首页 招标 中标 拟建 企业 VIP\n星河县人民政府办公室政务网站运维服务项目中标公告\n采购人：星河县人民政府办公室\n中标供应商：星河数联信息技术有限公司\n中标金额：246,000.00元\n',
    check: (e) => expect(e.title).toBe('星河县人民政府办公室政务网站运维服务项目中标公告'),
  },
  {
    name: 'an aggregator\'s notes over a copied award: the heading over the award\'s opening sentence ("X受Y委托，就…现将中标结果公告如下：") is the title',
    text: '星河标讯 | 首页 招标 中标 拟建 企业 VIP\n该信息已收录于数据库，以下为原文信息（查看原文需登录）\n相似项目：星河县融媒体中心短视频拍摄服务项目（18.8万元）\n\n星河县人民政府办公室政务网站运维服务项目中标公告\n星河招标代理有限公司受星河县人民政府办公室委托，就“政务网站运维服务项目”进行公开招标采购，现将中标结果公告如下：\n一、中标信息：\n供应商名称：星河数联信息技术有限公司\n中标金额：246,000.00元\n',
    check: (e) => expect(e.title).toBe('星河县人民政府办公室政务网站运维服务项目中标公告'),
  },
  {
    name: '(guard) a first line that already reads as a notice\'s title stays, though a shorter heading stands over the 受…委托 sentence below',
    text: '星河县文体广电旅游局2019年星河旅游形象宣传片拍摄制作项目成交公告\n项目名称：星河县2019年旅游形象宣传片拍摄制作项目\n公告摘要\n———————————\n星河县2019年旅游形象宣传片拍摄制作项目成交公告\n星河招标代理有限公司受星河县文体广电旅游局的委托，就星河县2019年旅游形象宣传片拍摄制作项目采用竞争性磋商方式进行采购，现将采购结果公告如下：\n一、项目基本情况\n',
    check: (e) => expect(e.title).toBe('星河县文体广电旅游局2019年星河旅游形象宣传片拍摄制作项目成交公告'),
  },
  {
    name: 'an aggregator\'s record table (header row naming 发布时间, then the notice\'s row of as many cells) gives the publication date',
    text: '星河标讯 | 首页 招标 中标 拟建 企业 VIP\n\n项目名称\t公告类型\t地区\t发布时间\t中标金额\n星河县政务网站运维服务项目中标公告\t中标公告\t星河-星河州\t2023-05-11\t24.6万元\n\n星河县政务网站运维服务项目中标公告\n星河招标代理有限公司受星河县人民政府办公室委托，就“政务网站运维服务项目”进行公开招标采购，现将中标结果公告如下：\n中标金额：246,000.00元\n',
    check: (e) => expect(e.publishedAt).toBe('2023-05-11'),
  },
  {
    name: '(guard) a record table whose publication cell is no date alone ("2023-05-11至2023-05-18") gives no date',
    text: '项目名称\t公告类型\t发布时间\n星河县政务网站运维服务项目中标公告\t中标公告\t2023-05-11至2023-05-18\n星河县政务网站运维服务项目中标公告\n中标金额：246,000.00元\n',
    check: (e) => expect(e.publishedAt).not.toBe('2023-05-11'),
  },
];

runTrapRows('heldout65 traps', rows);
