/**
 * Traps found by the ninth unseen batch (tests/fixtures/extract/heldout9): notices that carry
 * money but award nothing (质疑答复, 投诉处理决定书, 履约评价), masked and bare persons as vendors,
 * 入围 holders each given an amount, a generic 宣传服务 title decided by its film, pages of a
 * buyer's own platform (a breadcrumb for a title, an affiliated hospital, an unlabelled address),
 * an SOE's 招标人地址, a portal's name above its breadcrumb, a two-digit year. One named row each,
 * run through the real extractNotice: each row failed before parser 1.10.0, except those marked
 * (guard), which keep a new rule from overreaching. The names say the general rule, not the
 * fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { extractNotice } from '../../scrapers/extract/index.js';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  // kinds
  {
    name: 'a 质疑答复 that quotes a candidate\'s price awards nothing: other, no lots',
    text: '星河县融媒体中心新媒体运营服务项目质疑答复公告\n发布时间：2025-08-15\n质疑事项1：中标候选人星河传媒有限公司报价226,000.00元，明显偏低。\n答复：报价合理，质疑不成立。\n采购人：星河县融媒体中心',
    check: (e) => expect([e.kind, e.lots]).toEqual(['other', []]),
  },
  {
    name: 'a 投诉处理决定书 awards nothing, and its 被投诉人 is the buyer, never the 财政局 that decides',
    text: '星河县财政局政府采购投诉处理决定书\n发布日期：2025年9月26日\n投诉人：星河风采文化传媒有限公司\n被投诉人：星河县委宣传部\n相关供应商：星河影视制作有限公司\n投诉事项：相关供应商星河影视制作有限公司以198,000.00元中标，业绩造假。\n处理决定：驳回投诉。\n星河县财政局\n2025年9月26日',
    check: (e) => expect([e.kind, e.lots, e.buyer]).toEqual(['other', [], '星河县委宣传部']),
  },
  {
    name: '(guard) an agency as 被投诉人 is not the buyer',
    text: '星河县财政局政府采购投诉处理决定书\n发布日期：2025年9月26日\n被投诉人：星河招标代理有限公司\n采购项目：星河县短视频制作服务项目',
    check: (e) => expect(e.buyer).not.toBe('星河招标代理有限公司'),
  },
  {
    name: 'a 履约评价结果公告 with its 合同金额 is an acceptance: no new spending',
    text: '星河市文体广电和旅游局短视频宣传推广服务项目履约评价结果公告\n信息发布日期：2025年11月20日\n采购人：星河市文体广电和旅游局\n供应商：星河印象文化传媒有限公司\n合同金额（元）：152,800.00\n评价结果：优秀',
    check: (e) => expect([e.kind, e.lots]).toEqual(['acceptance', []]),
  },
  // vendors
  {
    name: 'a masked natural person ("李**", "张*") under a vendor label is the vendor as written',
    check: () => {
      const a = extractNotice({ text: award('星河市文化和旅游局抖音号运营服务采购项目成交结果公告', '三、中标（成交）信息\n供应商名称：李**\n供应商地址：星河市****\n成交金额：48,000.00元') });
      expect(a.lots).toMatchObject([{ vendor: '李**', amountYuan: 48000 }]);
      const b = extractNotice({ text: award('星河县融媒体中心短视频拍摄服务项目成交结果公告', '四、成交信息\n成交供应商：张*\n成交金额：38,500.00元') });
      expect(b.lots).toMatchObject([{ vendor: '张*', amountYuan: 38500 }]);
    },
  },
  {
    name: 'a bare person\'s name in prose ("确定刘星河为成交供应商") is the vendor, with the sentence\'s price',
    text: award('星河县委网信办网络正能量微视频制作项目成交结果公示', '经询价小组评审，确定刘星河为成交供应商，成交价为人民币肆万捌仟元整（48,000.00元）。'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '刘星河', amountYuan: 48000 }]),
  },
  {
    name: 'a bare person\'s name after a winner label in prose, before a bracketed ID number, is the vendor',
    text: award('星河县景区宣传短视频拍摄服务项目成交结果公告', '三、成交结果：经询价小组评审，本项目成交供应商为赵星河（身份证号：6204**********1536），成交金额为人民币叁万贰仟元整（¥32,000.00）。'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '赵星河', amountYuan: 32000 }]),
  },
  {
    name: '(guard) "中标人为本公司" names no person',
    text: award('星河县短视频拍摄项目成交结果公示', '经评审，中标人为本公司，中标价为人民币肆万元整。'),
    check: (e) => expect(e.lots.map((l) => l.vendor)).not.toContain('本公司'),
  },
  {
    name: '(guard) "确定该单位为成交供应商" names no person',
    text: award('星河县短视频拍摄项目成交结果公示', '经询价小组评审，确定该单位为成交供应商，成交价为人民币肆万捌仟元整。'),
    check: (e) => expect(e.lots.map((l) => l.vendor)).not.toContain('该单位'),
  },
  {
    name: '入围 holders each given a 分配金额 are one lot each at that amount',
    text: award('星河市委宣传部短视频制作服务入围项目结果公告', '四、入围结果及份额分配\n入围供应商一：星河龟兹文化传媒有限公司，分配金额：480,000.00元（份额60%）；\n入围供应商二：星河天山影像制作有限公司，分配金额：320,000.00元（份额40%）。'),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河龟兹文化传媒有限公司', 480000], ['星河天山影像制作有限公司', 320000]]),
  },
  {
    name: 'a 补充合同 table of 原合同金额 and 补充金额 only has no amount (neither is the contract as it stands)',
    text: '星河市融媒体中心短视频制作服务项目补充合同公告\n发布时间：2025-09-16\n合同名称 | 甲方（采购人） | 乙方（供应商） | 原合同金额（元） | 补充金额（元） | 签订日期\n短视频制作服务补充合同 | 星河市融媒体中心 | 星河黑土文化传媒有限公司 | 198,000.00 | 19,800.00 | 2025-09-10',
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河黑土文化传媒有限公司', amountYuan: null }]),
  },
  {
    name: 'a sum in brackets after a money label ("预算金额（280,000.00元）的80%") is its value, not a unit',
    text: '星河县融媒体中心新媒体运营服务项目质疑答复公告\n发布时间：2025-08-15\n答复：该供应商报价未低于预算金额（280,000.00元）的80%，报价合理。',
    check: (e) => expect(e.budgetYuan).toBe(280000),
  },
  {
    name: '(guard) a unit in brackets after a money label ("预算金额（元）：280,000.00") stays a unit',
    text: '星河县融媒体中心新媒体运营服务项目招标公告\n发布时间：2025-08-15\n预算金额（万元）：28',
    check: (e) => expect(e.budgetYuan).toBe(280000),
  },
  // service
  {
    name: 'a generic 宣传服务 title whose scope is a film "用于…投放" is a promo film (where it will be shown is no placement bought)',
    text: award('星河市文化和旅游局宣传服务采购项目成交结果公告', '成交供应商：星河极边影视文化传播有限公司\n成交金额：¥ 396,000.00\n服务范围：策划拍摄制作星河城市形象宣传片1部，及15秒、30秒宣传短片各1部，用于央视、高铁站及境外推介会投放。'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'promo_film']),
  },
  {
    name: '(guard) a generic 宣传服务 title that buys 投放 itself stays out of scope',
    text: award('星河市委宣传部宣传服务采购项目成交结果公告', '成交供应商：星河广告有限公司\n成交金额：¥ 96,000.00\n服务范围：在高铁站、机场投放城市形象宣传片广告，投放期6个月。'),
    check: (e) => expect(e.isVideoOps).toBe(false),
  },
  // titles, buyers, places
  {
    name: 'a two-step breadcrumb ("招标采购 > 结果公示") is no title; a title starting with a university\'s affiliated hospital names it',
    html: '<html><body><div class="breadcrumb">招标采购 &gt; 结果公示</div><div class="title">哈尔滨医科大学附属第二医院新媒体平台运营服务项目中标结果公示</div><div>发布日期：2025年12月2日</div><table><tr><td>中标单位</td><td>中标金额</td></tr><tr><td>星河杏林健康传媒有限公司</td><td>54.6万元</td></tr></table></body></html>',
    check: (e) => {
      expect(e.title).toBe('哈尔滨医科大学附属第二医院新媒体平台运营服务项目中标结果公示');
      expect(e.buyer).toBe('哈尔滨医科大学附属第二医院');
    },
  },
  {
    name: 'a portal\'s name on its own line, then a breadcrumb, then the title: the name is not the title\'s',
    text: '吉林省政府采购中心\n首页 >> 信息公告 >> 质疑答复\n\n延吉市融媒体中心新媒体运营服务项目质疑答复公告\n发布时间：2025-08-15\n采购人：延吉市融媒体中心',
    check: (e) => expect(e.title).toBe('延吉市融媒体中心新媒体运营服务项目质疑答复公告'),
  },
  {
    name: 'an SOE\'s 招标人地址 places its buyer',
    text: award('云南省能源投资集团有限公司企业形象宣传片拍摄制作项目中标结果公示', '招标人：云南省能源投资集团有限公司\n中标人：星河影视传媒有限公司\n中标价格：￥436,000.00元\n招标人地址：昆明市官渡区春城路276号'),
    check: (e) => expect([e.city, e.county]).toEqual(['昆明市', '官渡区']),
  },
  {
    name: 'with no agency named, the one address beside the contact line is the buyer\'s (a university\'s own platform)',
    text: award('河南工业大学招生宣传片拍摄制作项目成交结果公告', '一、采购单位：河南工业大学\n三、成交供应商：星河大河影像文化传播有限公司\n四、成交价：¥98,000.00\n联系人：李老师\u3000联系电话：0371-67758012\u3000地址：郑州市高新技术产业开发区莲花街100号'),
    check: (e) => expect([e.province, e.city]).toEqual(['河南省', '郑州市']),
  },
  {
    name: '(guard) with an agency named, an unlabelled address in the agency\'s contact line places nothing',
    text: award('河南工业大学招生宣传片拍摄制作项目成交结果公告', '一、采购单位：河南工业大学\n成交供应商：星河影像文化传播有限公司\n成交价：¥98,000.00\n采购代理机构：星河招标代理有限公司\n联系人：王工\u3000电话：0371-6000000\u3000地址：开封市龙亭区北门大街1号'),
    check: (e) => expect(e.city).not.toBe('开封市'),
  },
  {
    name: 'a two-digit year after a date label ("发布日期：25.06.17") is 2025-06-17',
    text: '星河县委宣传部短视频拍摄服务项目中标公告\n\n发布日期：25.06.17\n\n中标供应商：星河影视文化传媒有限公司\n中标金额：12.8600万元',
    check: (e) => expect(e.publishedAt).toBe('2025-06-17'),
  },
];

runTrapRows('traps from the ninth unseen batch (heldout9)', rows);
