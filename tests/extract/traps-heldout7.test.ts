/**
 * Traps found by the seventh unseen batch (tests/fixtures/extract/heldout7) and, after it, by
 * probing the same shapes further (sideways tables, consortia joined by 和, 合同备案/中止/撤销,
 * bracketed and title-closing dates, space-grouped digits, a prose winner after a long 采购需求, 单价×数量=总价, aliases in prose
 * parties, site-name headings), one named row each, run through the real extractNotice: each row
 * failed before parser 1.8.0, except those marked (guard), which keep a new rule from
 * overreaching. The names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { extractNotice } from '../../scrapers/extract/index.js';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

/** The kind extractNotice gives a bare notice of `title`. */
const kindOf = (title: string) => extractNotice({ text: `${title}\n发布时间：2025-06-01\n采购人：星河县融媒体中心\n` }).kind;

const rows: TrapRow[] = [
  // winners in prose
  {
    name: 'a prose winner "确定X为本项目供应商" (no 中标/成交 before 供应商) is X, with the price the sentence states',
    text: award('星河旗融媒体中心网络直播服务项目结果公告',
      '星河旗融媒体中心网络直播服务项目采用竞争性磋商方式，经磋商小组评审，确定星河草原文化传媒有限公司为本项目供应商，成交价格为人民币（大写）捌万陆仟元整（¥86,000.00）。'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河草原文化传媒有限公司', amountYuan: 86000 }]),
  },
  {
    name: 'an alias after the winner "X（下称“成交供应商”）为成交供应商" is no obstacle, and "以人民币…承接本项目" is its price',
    text: award('星河区委宣传部城市形象宣传片制作项目采购结果公告',
      '经谈判小组评审，推荐星河南河影视文化传播有限公司（下称“成交供应商”）为成交供应商，成交供应商以人民币叁拾贰万元整（¥320,000.00）承接本项目。\n其他参与谈判供应商：星河巴渝映像文化传媒有限公司、星河两江视觉传播有限公司。'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河南河影视文化传播有限公司', amountYuan: 320000 }]),
  },
  {
    name: 'a prose winner "确定第一中选候选人X为中选人" is X without the rank, priced by its own 比选报价 line',
    text: award('星河县文化旅游投资开发有限公司景区抖音号运营服务比选结果公示',
      '比选结果：\n第一中选候选人：星河鸡足山文化传媒有限公司，比选报价：168,000.00元，得分：90.50\n第二中选候选人：星河春城云视科技有限公司，比选报价：172,500.00元，得分：86.20\n确定第一中选候选人星河鸡足山文化传媒有限公司为中选人。'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河鸡足山文化传媒有限公司', amountYuan: 168000 }]),
  },
  {
    name: 'a prose price with a thousands comma "以¥320,000.00的价格成交" is read whole',
    text: award('星河县短视频制作项目成交公告', '经评审，确定星河影像传媒有限公司为成交供应商，该供应商以¥320,000.00的价格成交。'),
    check: (e) => expect(e.lots[0]).toMatchObject({ vendor: '星河影像传媒有限公司', amountYuan: 320000 }),
  },
  // prose parties
  {
    name: 'aliases after both parties ("X（以下简称“代理机构”）受Y（以下简称“采购人”）的委托") leave Y the buyer and X the agency',
    text: award('短视频制作服务项目成交公告', '星河招标有限公司（以下简称“代理机构”）受星河县融媒体中心（以下简称“采购人”）的委托，就短视频制作服务项目进行竞争性磋商。\n成交供应商：星河甲传媒有限公司\n成交金额：128000元'),
    check: (e) => {
      expect(e.buyer).toBe('星河县融媒体中心');
      expect(e.agency).toBe('星河招标有限公司');
    },
  },
  {
    name: '(guard) "X（以下简称“采购人”）的…项目" still names X the buyer by its alias',
    text: award('短视频制作服务项目成交公告', '星河县融媒体中心（以下简称“采购人”）的短视频制作服务项目已完成评审。\n成交供应商：星河甲传媒有限公司\n成交金额：128000元'),
    check: (e) => expect(e.buyer).toBe('星河县融媒体中心'),
  },
  {
    name: 'a prose winner after 30 KB of 采购需求 that mention 成交结果 early is still found',
    text: award('星河县融媒体中心短视频运营服务项目成交公告', `一、采购需求\n${Array.from({ length: 600 }, (_, i) => `${i + 1}. 第${i + 1}项：每月短视频不少于${(i % 30) + 10}条，成交结果公告后10日内签订合同。`).join('\n')}\n二、成交结果\n经磋商小组评审，确定星河甲传媒有限公司为成交供应商，成交金额为人民币壹拾贰万捌仟元整（¥128,000.00）。`),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河甲传媒有限公司', amountYuan: 128000 }]),
  },
  // labels
  {
    name: 'a contract\'s bare "供应商：X（下称乙方）" at a line\'s start is the vendor',
    text: '星河县融媒体中心短视频代运营服务政府采购合同公告\n合同公告日期：2025年3月31日\n采购人：星河县融媒体中心（下称甲方）\n供应商：星河客都影视文化传播有限公司（下称乙方）\n合同金额：¥：186000.00（大写：壹拾捌万陆仟元整）',
    check: (e) => {
      expect(e.kind).toBe('contract');
      expect(e.lots).toMatchObject([{ vendor: '星河客都影视文化传播有限公司', amountYuan: 186000 }]);
    },
  },
  {
    name: '(guard) a bare 供应商 inside a sentence ("其他参与磋商供应商：A、B") names no winner',
    text: award('星河县短视频制作项目成交公告', '成交供应商：星河影像传媒有限公司\n成交金额：98,000.00元\n其他参与磋商供应商：星河甲传媒有限公司、星河乙传媒有限公司'),
    check: (e) => expect(e.lots.map((l) => l.vendor)).toEqual(['星河影像传媒有限公司']),
  },
  {
    name: 'a 比选 result\'s "中选价：36.8万元（含税）" is the award',
    text: award('星河县文化旅游广电体育局抖音号运营服务项目中选公告', '中选供应商：星河五溪文化传媒有限公司（以下简称“中选人”）\n中选价：36.8万元（含税）\n服务期限：一年'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河五溪文化传媒有限公司', amountYuan: 368000 }]),
  },
  {
    name: 'a contract\'s "合同总价款：人民币…（￥158,000.00）" is the award',
    text: '星河县卫生健康局健康科普短视频制作服务合同公告\n合同公告日期：2025/3/7\n采购人（甲方）：星河县卫生健康局\n乙方（供应商）：星河五岭影视文化传播有限公司\n合同总价款：人民币壹拾伍万捌仟元整（￥158,000.00）\n合同签订日期：2025/3/5',
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河五岭影视文化传播有限公司', amountYuan: 158000 }]),
  },
  {
    name: 'a candidates notice that ranks by "第一名：X  投标报价：…" lines gives the first as its lot, with its bid',
    text: '星河县融媒体中心政务短视频制作服务项目中标候选人公示\n发布时间：2025-08-22\n评标结果：\n第一名：星河鄂豫皖影视文化传播有限公司  投标报价：356,000.00元  得分：93.50\n第二名：星河茶都视界传媒有限公司  投标报价：362,400.00元  得分：88.70\n第三名：星河光影数字科技有限公司  投标报价：349,800.00元  得分：84.20',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河鄂豫皖影视文化传播有限公司', 356000]]),
  },
  {
    name: '(guard) "排名第一名：" is no bare 第一名 label, and a result notice\'s 第一名 line is no lot of its own',
    text: award('星河县短视频制作服务项目成交公告', '成交供应商：星河影像传媒有限公司\n成交金额：98,000.00元\n评审排名第一名：星河影像传媒有限公司'),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河影像传媒有限公司', 98000]]),
  },
  // amounts
  {
    name: 'a field value opening with space-grouped digits ("成交金额：128 000.00元") is one amount',
    text: award('星河县短视频制作项目成交公告', '成交供应商：星河影像传媒有限公司\n成交金额：128 000.00元'),
    check: (e) => expect(e.lots[0]).toMatchObject({ amountYuan: 128000, amountForm: 'total' }),
  },
  {
    name: '(guard) space-separated counts with no unit stay apart ("数量：3 500")',
    text: award('星河县短视频制作项目成交公告', '成交供应商：星河影像传媒有限公司\n成交金额：98000元\n数量：3 500'),
    check: (e) => expect(e.lots[0]).toMatchObject({ amountYuan: 98000 }),
  },
  {
    name: 'a unit price times a quantity with its result ("3200元/条×40条=128000元") is the total',
    text: award('星河县短视频制作项目成交公告', '成交供应商：星河影像传媒有限公司\n成交金额：3200元/条×40条=128000元'),
    check: (e) => expect(e.lots[0]).toMatchObject({ amountYuan: 128000, amountForm: 'total' }),
  },
  {
    name: '(guard) a unit price with no total stays a unit price ("800元/条（总价不超过预算）")',
    text: award('星河县短视频制作项目成交公告', '成交供应商：星河影像传媒有限公司\n成交金额：800元/条（总价不超过预算）'),
    check: (e) => expect(e.lots[0]).toMatchObject({ amountYuan: null, amountForm: 'unit_price' }),
  },
  // tables
  {
    name: 'a ranking of several offers under "推荐排名第一的供应商为成交供应商" awards the first row only',
    text: award('星河市委宣传部政务新媒体代运营服务项目竞争性谈判结果公告',
      '六、谈判结果\n谈判小组根据最后报价最低的原则，推荐排名第一的供应商为成交供应商。\n排名\t供应商名称\t最后报价（元）\n1\t星河鹤城融媒文化传播有限公司\t238000.00\n2\t星河北大荒视界传媒有限公司\t245600.00\n3\t星河冰城新媒科技有限公司\t251000.00'),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河鹤城融媒文化传播有限公司', 238000]]),
  },
  {
    name: 'a candidates table whose rank cells read "第一成交候选人" gives that row as the lot, priced by its 最终报价',
    html: '<h1>星河县文化体育和旅游局城市形象宣传片拍摄制作项目成交候选人公示</h1><p>发布日期：2025-06-09</p><table><tr><td>排名</td><td>成交候选人</td><td>最终报价（元）</td><td>综合得分</td></tr><tr><td>第一成交候选人</td><td>星河红土影视文化传播有限公司</td><td>418000</td><td>91.36</td></tr><tr><td>第二成交候选人</td><td>星河光影传媒有限公司</td><td>426500</td><td>86.12</td></tr></table>',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河红土影视文化传播有限公司', 418000]]),
  },
  {
    name: 'an itemised 单价 × 数量 table priced only by its 合计 row: the 合计 is the award, not a unit price or a subtotal',
    text: award('星河县融媒体中心短视频制作服务项目询价结果公告',
      '成交供应商：星河珠江源影视文化传播有限公司\n成交报价明细：\n序号\t服务内容\t单位\t数量\t单价（元）\t小计（元）\n1\t短视频制作\t条\t60\t2500.00\t150000.00\n2\t微纪录片\t部\t2\t30000.00\t60000.00\n合计\t\t\t\t\t210000.00\n采购预算：230000.00元'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河珠江源影视文化传播有限公司', amountYuan: 210000 }]),
  },
  {
    name: '(guard) a 合计 row never replaces an award a field states',
    text: award('星河县短视频制作服务项目成交公告',
      '成交供应商：星河影像传媒有限公司\n成交金额：205000.00元\n序号\t服务内容\t数量\t单价（元）\t小计（元）\n1\t短视频制作\t60\t2500.00\t150000.00\n2\t微纪录片\t2\t30000.00\t60000.00\n合计\t\t\t\t210000.00'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河影像传媒有限公司', amountYuan: 205000 }]),
  },
  {
    name: 'a one-winner result table\'s 序号 "1" labels no lot, though rows without a vendor ("服务内容 | …") share the table',
    html: '<h1>星河县委宣传部短视频制作服务采购项目成交结果公告</h1><p>发布时间：2025年2月27日</p><p>二、成交信息</p><table><tr><td>序号</td><td>成交供应商</td><td>成交金额（元）</td></tr><tr><td>1</td><td>星河三江口文化传媒有限公司</td><td>265,800.00</td></tr><tr><td>服务内容</td><td>全年制作短视频不少于100条</td></tr><tr><td>服务期限</td><td>一年</td></tr></table>',
    check: (e) => expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([[null, '星河三江口文化传媒有限公司', 265800]]),
  },
  {
    name: '(guard) a result table of two winners keeps its 序号 as the lots\' labels',
    html: '<h1>星河县短视频制作服务项目成交结果公告</h1><p>发布时间：2025年2月27日</p><p>二、成交信息</p><table><tr><td>序号</td><td>成交供应商</td><td>成交金额（元）</td></tr><tr><td>1</td><td>星河甲文化传媒有限公司</td><td>165,800.00</td></tr><tr><td>2</td><td>星河乙文化传媒有限公司</td><td>98,000.00</td></tr></table>',
    check: (e) => expect(e.lots.map((l) => l.lot)).toEqual(['1', '2']),
  },
  {
    name: 'a result table on its side ("包号 | 包1 | 包2" / "中标供应商 | A | B" / "中标金额（元） | … | …") gives one lot per column',
    html: '<h1>星河县融媒体中心短视频制作服务项目中标结果公告</h1><p>发布时间：2025-06-01</p><p>三、中标信息</p><table><tr><td>包号</td><td>包1</td><td>包2</td></tr><tr><td>中标供应商</td><td>星河甲传媒有限公司</td><td>星河乙传媒有限公司</td></tr><tr><td>中标金额（万元）</td><td>12</td><td>8.6</td></tr></table>',
    check: (e) => expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([['1', '星河甲传媒有限公司', 120000], ['2', '星河乙传媒有限公司', 86000]]),
  },
  {
    name: 'a consortium written "A公司和B公司（联合体）" names both members',
    text: award('星河县短视频制作服务项目成交公告', '成交供应商：星河甲传媒有限公司和星河乙科技有限公司（联合体）\n成交金额：128000元'),
    check: (e) => expect(e.lots[0]).toMatchObject({ vendor: '星河甲传媒有限公司；星河乙科技有限公司', amountYuan: 128000 }),
  },
  {
    name: '(guard) a single vendor whose name holds 和 is not split',
    text: award('星河县短视频制作服务项目成交公告', '成交供应商：星河和美文化传媒有限公司\n成交金额：128000元'),
    check: (e) => expect(e.lots[0].vendor).toBe('星河和美文化传媒有限公司'),
  },
  // video operations or not
  {
    name: 'a mixed procurement "文旅宣传服务及设备采购" is video ops when its lots are video services, typed by the lot with the most money',
    html: '<h1>星河县文化广电和旅游局2025年文旅宣传服务及设备采购项目中标结果公告</h1><p>发布时间：2025-07-21</p><p>项目名称：星河县文化广电和旅游局2025年文旅宣传服务及设备采购项目</p><table><tr><td>包号</td><td>第1包</td><td>第2包</td><td>第3包</td></tr><tr><td>包名称</td><td>老子文化短视频制作</td><td>城市宣传片拍摄</td><td>户外LED显示屏</td></tr><tr><td>中标供应商</td><td>星河三川文化传媒有限公司</td><td>星河老君台影视文化有限公司</td><td>星河明亮光电工程有限公司</td></tr><tr><td>中标金额（元）</td><td>236,000.00</td><td>158,000.00</td><td>412,600.00</td></tr></table>',
    check: (e) => {
      expect(e.isVideoOps).toBe(true);
      expect(e.serviceType).toBe('video_production');
      expect(e.lots).toHaveLength(3);
    },
  },
  {
    name: '(guard) a mixed title whose body buys only goods stays out of scope',
    text: award('星河县融媒体中心宣传服务及设备采购项目中标公告', '项目名称：星河县融媒体中心宣传服务及设备采购项目\n包1：宣传展板制作安装\n包2：LED显示屏及音响设备\n中标供应商：星河光电工程有限公司\n中标金额：386000元'),
    check: (e) => expect(e.isVideoOps).toBe(false),
  },
  {
    name: '(guard) "视频监控运维服务及设备采购" names no clean service part: out of scope whatever its body says',
    text: award('星河县公安局视频监控运维服务及设备采购项目中标公告', '服务内容：视频监控点位运维，短视频宣传栏目拍摄配合\n中标供应商：星河安防科技有限公司\n中标金额：386000元'),
    check: (e) => expect(e.isVideoOps).toBe(false),
  },
  // kind
  {
    name: 'a 合同备案公示 is a contract; a 中止公告 or a 撤销公告 awards nothing (failure)',
    check: () => {
      expect(kindOf('星河县融媒体中心短视频制作服务项目合同备案公示')).toBe('contract');
      expect(kindOf('星河县融媒体中心短视频制作服务项目中止公告')).toBe('failure');
      expect(kindOf('关于星河县融媒体中心短视频制作服务项目中标结果的撤销公告')).toBe('failure');
      // (guard) a correction that mentions 撤销 stays a correction
      expect(kindOf('星河县融媒体中心短视频制作服务项目更正公告（撤销原公告第三条）')).toBe('correction');
    },
  },
  // dates
  {
    name: 'a date line in brackets under the title ("[2025-06-01]") is the publication date',
    text: '星河县融媒体中心短视频制作服务项目成交公告\n[2025-06-01]\n采购人：星河县融媒体中心\n成交供应商：星河甲传媒有限公司\n成交金额：128000元',
    check: (e) => expect(e.publishedAt).toBe('2025-06-01'),
  },
  {
    name: 'a title line closing with its date ("X成交公告（2025-06-01）"): the date is the publication date and no part of the title',
    text: '星河县融媒体中心短视频制作服务项目成交公告（2025-06-01）\n采购人：星河县融媒体中心\n成交供应商：星河甲传媒有限公司\n成交金额：128000元',
    check: (e) => {
      expect(e.publishedAt).toBe('2025-06-01');
      expect(e.title).toBe('星河县融媒体中心短视频制作服务项目成交公告');
    },
  },
  {
    name: '(guard) a labelled 发布时间 still wins over a date closing the title',
    text: '星河县融媒体中心短视频制作服务项目成交公告（2025-05-30）\n发布时间：2025-06-02\n采购人：星河县融媒体中心\n成交供应商：星河甲传媒有限公司\n成交金额：128000元',
    check: (e) => expect(e.publishedAt).toBe('2025-06-02'),
  },
  // title
  {
    name: 'a layout table\'s side menu of short words ("交易信息" / "工程建设" / "政府采购") is not the title',
    html: '<table><tr><td>首页 | 交易信息 | 通知公告</td></tr><tr><td><table><tr><td>交易信息</td></tr><tr><td>工程建设</td></tr><tr><td>政府采购</td></tr></table></td><td><table><tr><td><b>星河县委宣传部短视频制作及直播服务采购项目成交结果公告</b></td></tr><tr><td>发布时间：2025年2月27日</td></tr><tr><td>成交供应商：星河三江口文化传媒有限公司</td></tr></table></td></tr></table>',
    check: (e) => expect(e.title).toBe('星河县委宣传部短视频制作及直播服务采购项目成交结果公告'),
  },
  {
    name: 'a site\'s name as the first heading ("星河县人民政府", "星河省政府采购网") is not the title; the next line that ends as a notice is',
    html: '<html><body><h2>星河县人民政府</h2><h3>星河县融媒体中心短视频制作服务项目成交公告</h3><p>发布时间：2025-06-01</p><p>成交供应商：星河甲传媒有限公司</p><p>成交金额：128000元</p></body></html>',
    check: (e) => {
      expect(e.title).toBe('星河县融媒体中心短视频制作服务项目成交公告');
      expect(e.kind).toBe('award');
    },
  },
  {
    name: 'a page whose text opens with "发布时间：…" takes its title from <title>, without the site after it',
    html: '<html><head><title>星河县融媒体中心短视频制作服务项目成交公告_星河县人民政府</title></head><body><div>首页 &gt; 信息公开</div><p>发布时间：2025-06-01</p><p>成交供应商：星河甲传媒有限公司</p><p>成交金额：128000元</p></body></html>',
    check: (e) => expect(e.title).toBe('星河县融媒体中心短视频制作服务项目成交公告'),
  },
  {
    name: '(guard) a heading that is itself a notice\'s title stays the title, even naming a government',
    html: '<html><body><h1>星河县人民政府短视频制作服务项目成交公告</h1><p>发布时间：2025-06-01</p></body></html>',
    check: (e) => expect(e.title).toBe('星河县人民政府短视频制作服务项目成交公告'),
  },
];

runTrapRows('heldout7 traps', rows);
