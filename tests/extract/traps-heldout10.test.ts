/**
 * Traps found by the tenth unseen batch (tests/fixtures/extract/heldout10): a page saved as
 * UTF-8 under a gb2312 <meta>, the local offices of 国家税务总局, persons as vendors (a rare
 * surname under a vendor label or in a key-value table under a spanning header, a masked name
 * chosen "由X承担本项目"), a 质疑的答复, a space after a thousands comma, a money label glued to
 * 人民币 in capitals, a table drawn with box characters, a complaint decision naming the agency
 * (or a 集中采购机构) as 被投诉人, a word joiner in a name, a training school's name in a title, an
 * API's budget field, a 合计 row weighed as the service above it. One named row each, run
 * through the real extractNotice: each row failed before parser 1.11.0, except those marked
 * (guard), which keep a new rule from overreaching. The names say the general rule, not the
 * fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { decodeBytes } from '../../scrapers/extract/decode.js';
import { extractNotice } from '../../scrapers/extract/index.js';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const gbkPage = (meta: string, body: string) => `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${meta}"></head><body>${body}</body></html>`;

const rows: TrapRow[] = [
  // encodings
  {
    name: 'a page whose bytes are valid multi-byte UTF-8 under a gb2312 <meta> is read as UTF-8',
    check: () => {
      const bytes = new TextEncoder().encode(gbkPage('gb2312', '<p>星河县融媒体中心短视频制作服务项目中标公告</p>'));
      expect(decodeBytes(bytes)).toMatchObject({ charset: 'utf-8' });
      expect(decodeBytes(bytes).text).toContain('星河县融媒体中心');
    },
  },
  {
    name: '(guard) an ASCII-only page under a gb2312 <meta> keeps its declared charset',
    check: () => {
      expect(decodeBytes(new TextEncoder().encode(gbkPage('gb2312', '<p>2025</p>'))).charset).toBe('gb18030');
    },
  },
  // locality
  {
    name: 'a 国家税务总局 district office is located at its district, not 中央',
    text: award('国家税务总局宁波市鄞州区税务局税收宣传短视频制作服务项目中标公告', '采购人：国家税务总局宁波市鄞州区税务局\n中标供应商：星河光影文化传播有限公司\n中标金额：98,800.00元'),
    check: (e) => expect([e.province, e.city, e.county, e.divisionCode]).toEqual(['浙江省', '宁波市', '鄞州区', '330212']),
  },
  {
    name: 'a 国家税务总局 provincial office is located at its province',
    text: award('国家税务总局贵州省税务局税收宣传片制作服务项目中标公告', '采购人：国家税务总局贵州省税务局\n地址：贵阳市南明区遵义路36号\n中标供应商：星河影视文化有限公司\n中标金额：438,000.00元'),
    check: (e) => expect([e.province, e.city, e.divisionCode]).toEqual(['贵州省', null, '520000']),
  },
  {
    name: '(guard) 国家税务总局 itself is still 中央',
    text: award('国家税务总局税收宣传片制作服务项目中标公告', '采购人：国家税务总局\n中标供应商：星河影视文化有限公司\n中标金额：438,000.00元'),
    check: (e) => expect(e.province).toBe('中央'),
  },
  // vendors
  {
    name: 'a person\'s bare three-character name with a rare surname (禤, 仉) under a vendor label is the vendor',
    text: award('星河县融媒体中心短视频剪辑服务询价成交结果公告', '成交供应商名称：禤志坚\n成交金额：29,800.00元\n成交供应商为自然人。'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '禤志坚', amountYuan: 29800 }]),
  },
  {
    name: 'a masked person "确定由马**（自然人）承担本项目" is the vendor, at the price in the same sentence',
    text: award('星河镇人民政府乡村旅游短视频拍摄制作服务成交结果公示', '经询价小组评审，确定由马**（自然人）承担本项目，成交价为人民币叁万陆仟元整（¥36,000.00）。'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '马**', amountYuan: 36000 }]),
  },
  {
    name: 'an organisation "确定由X公司承担本项目" stays the vendor (guard)',
    text: award('星河镇人民政府短视频拍摄制作服务成交结果公示', '经评审，确定由星河光影文化传媒有限公司承担本项目，成交价为人民币36,000.00元。'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河光影文化传媒有限公司', amountYuan: 36000 }]),
  },
  {
    name: 'a vendor header spanning two columns over "名称 | 仉广德（自然人） | 42,800.00" reads the name and the amount one cell on',
    html: '<h1>星河镇人民政府宣传短视频拍摄服务成交公告</h1><p>2025-10-28</p><p>三、成交信息</p><table><tr><td colspan="2">成交供应商</td><td>成交金额（元）</td></tr><tr><td>名称</td><td>仉广德（自然人）</td><td rowspan="2">42,800.00</td></tr><tr><td>身份证号</td><td>3714271985********</td></tr></table>',
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '仉广德', amountYuan: 42800 }]),
  },
  // kinds and parties
  {
    name: 'a title "关于…项目质疑的答复" (的 between) is other and quotes the earlier award without a lot',
    text: '关于星河区委宣传部“星河发布”账号运营服务项目质疑的答复\n王**（质疑人）：\n本项目于2025年9月30日发布成交结果公告，成交供应商为星河云视文化传媒有限公司，成交金额为人民币18.6万元。\n质疑事项不成立。\n采购人：中共星河区委宣传部\n2025年10月16日',
    check: (e) => expect([e.kind, e.lots]).toEqual(['other', []]),
  },
  {
    name: 'a complaint decision\'s "被投诉人2：X公司（采购代理机构）" is the agency',
    text: '星河县财政局政府采购投诉处理决定书\n被投诉人1：星河县融媒体中心（采购人）\n被投诉人2：星河海峡招标代理有限公司（采购代理机构）\n投诉人对星河县融媒体中心短视频拍摄制作服务项目的成交结果不满。\n星河县财政局\n2025年10月20日',
    check: (e) => expect([e.buyer, e.agency]).toEqual(['星河县融媒体中心', '星河海峡招标代理有限公司']),
  },
  {
    name: 'a complaint decision\'s "被投诉人：X政府采购中心（集中采购机构）" is the agency',
    text: '星河市财政局政府采购投诉处理决定书\n投诉人：星河古渡文化传媒有限公司\n被投诉人：星河市政府采购中心（集中采购机构）\n采购人：星河市融媒体中心\n投诉事项缺乏事实依据，驳回投诉。\n2025年11月6日',
    check: (e) => expect([e.buyer, e.agency]).toEqual(['星河市融媒体中心', '星河市政府采购中心']),
  },
  {
    name: 'a lone 被投诉人 who "代理" the project is the agency',
    text: '政府采购投诉处理决定书\n投诉人：星河武陵影像传媒有限公司\n被投诉人：星河秀州工程造价咨询有限公司\n投诉人对被投诉人代理的星河县文化和旅游发展委员会宣传片拍摄制作项目的磋商过程提起投诉。采购人为星河县文化和旅游发展委员会。\n2025年7月11日',
    check: (e) => expect(e.agency).toBe('星河秀州工程造价咨询有限公司'),
  },
  {
    name: '(guard) a 被投诉人 who is the buyer is no agency',
    text: '星河县财政局政府采购投诉处理决定书\n被投诉人：星河县委宣传部\n投诉事项：评审不公。\n处理决定：驳回投诉。',
    check: (e) => expect(e.agency).toBeNull(),
  },
  {
    name: 'a word joiner (U+2060) or a zero-width joiner inside a vendor name vanishes',
    text: award('星河市融媒体中心视频号运营服务项目成交结果公告', '成交供应商名称：星河荔江\u2060云媒文化\u200d传播有限公司\n成交金额：186,000.00元'),
    check: (e) => expect(e.lots[0]?.vendor).toBe('星河荔江云媒文化传播有限公司'),
  },
  // amounts
  {
    name: 'a space after a thousands comma ("152,&nbsp;600.00") does not break the number',
    html: '<h1>星河市文旅直播及短视频服务项目中标公告</h1><p>发布日期：2025-07-08</p><p>供应商名称：星河渤海湾数字文化传媒有限公司</p><p>中标（成交）金额：人民币&nbsp;152,&nbsp;600.00&nbsp;元</p>',
    check: (e) => expect(e.lots[0]?.amountYuan).toBe(152600),
  },
  {
    name: 'a money label glued to capitals ("中标金额：合同总价人民币柒拾贰万元整（¥720,000.00），服务期3年，每年24万元") is the total',
    text: award('星河区委宣传部新媒体运营服务项目（2025—2027年度）中标结果公告', '中标供应商：星河天门山数字传媒有限公司\n中标金额：合同总价人民币柒拾贰万元整（¥720,000.00），服务期3年，每年24万元，按年度考核付款。'),
    check: (e) => expect(e.lots).toMatchObject([{ amountYuan: 720000, amountForm: 'total' }]),
  },
  {
    name: 'a result table drawn with box characters (│ ┌ ├) is read cell by cell',
    text: award('星河县融媒体中心短视频制作及账号运营服务项目成交结果公告', '三、成交信息\n┌────┬──────┬──────────┬────────┐\n│包号│采购内容│成交供应商│成交金额（元）│\n├────┼──────┼──────────┼────────┤\n│1   │短视频制作│星河苍洱映像文化传播有限公司│138,000.00  │\n├────┼──────┼──────────┼────────┤\n│2   │抖音号运营│星河博南古道传媒有限公司│86,400.00   │\n└────┴──────┴──────────┴────────┘'),
    check: (e) => expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([['1', '星河苍洱映像文化传播有限公司', 138000], ['2', '星河博南古道传媒有限公司', 86400]]),
  },
  // scope and the API's fields
  {
    name: 'a 合计 row under an unpriced service row counts for no service: the priced rows decide',
    text: award('星河县融媒体中心短视频及直播制作服务采购项目成交结果公告', '成交供应商：星河云上文化传媒有限公司\n成交明细：\n序号\t服务内容\t数量\t单价（元/条）\t金额（万元）\n1\t文旅短视频拍摄制作\t120条\t1800\t21.6\n2\t重大活动网络直播\t24场\t5000\t12\n合计\t\t\t\t33.6'),
    check: (e) => expect(e.serviceType).toBe('video_production'),
  },
  {
    name: 'a training school\'s name in the title ("（延安干部培训学院）") does not make short-video course making training',
    text: '中共星河市委党校（星河干部培训学院）红色教学短视频课程拍摄制作项目竞争性磋商公告\n发布日期：2025年05月14日\n预算金额：450,000.00元',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'video_production']),
  },
  {
    name: '(guard) training bought by a media centre stays out of scope',
    text: '星河县融媒体中心短视频拍摄技能培训服务项目成交公告\n发布日期：2025-05-14\n成交供应商：星河职业培训学校\n成交金额：30,000.00元',
    check: (e) => expect(e.isVideoOps).toBe(false),
  },
  {
    name: 'an API\'s budget field (gdgpo "budget") is the budget when the text states none',
    check: () => {
      const e = extractNotice({ html: '<p>星河区委宣传部短视频拍摄制作服务项目结果公告</p><p>供应商名称：星河西江影视传媒有限公司</p><p>中标（成交）金额：198,800.00元</p>', hints: { budget: '200000' } });
      expect(e.budgetYuan).toBe(200000);
    },
  },
];

runTrapRows('heldout10 traps', rows);
