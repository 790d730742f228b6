/**
 * Traps found by the name sweep (metamorphic-names.test.ts): the same notice with other names
 * read differently. One named row each, run through the real extractNotice: each row failed
 * before the fix it names, except those marked (guard), which keep a rule from overreaching.
 * The parties are invented (words that open no division's name); a place is real where the rule needs it.
 */
import { expect } from 'vitest';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const vendors = (e: { lots: Array<{ vendor: string | null }> }) => e.lots.map((l) => l.vendor);

const rows: TrapRow[] = [
  {
    name: 'a sole proprietorship (个人独资企业) is an organisation: its name is the vendor',
    text: award('星河县融媒体中心短视频制作服务成交结果公告', '一、中标（成交）信息\n供应商名称：澜翊文化传媒个人独资企业\n中标（成交）金额：人民币128,000.00元\n'),
    check: (e) => {
      expect(vendors(e)).toEqual(['澜翊文化传媒个人独资企业']);
      expect(e.lots[0].amountYuan).toBe(128000);
    },
  },
  {
    name: 'a partnership registered as 合伙企业（有限合伙） is the vendor, its legal form kept',
    text: award('星河县文化馆宣传片拍摄项目成交公告', '成交供应商：璟曜影视文化合伙企业（有限合伙）\n成交金额：96,000.00元\n'),
    check: (e) => expect(vendors(e)).toEqual(['璟曜影视文化合伙企业（有限合伙）']),
  },
  {
    name: 'a consortium listed in prose with a member role in brackets: both members, joined by "；"',
    text: award('星河县教育局专题片拍摄制作项目成交结果公告', '经磋商小组评审，确定曜溯文化发展有限公司（牵头人）、曜岑数字科技有限公司为成交供应商，成交金额为人民币贰拾肆万捌仟元整（¥248,000.00）。\n'),
    check: (e) => {
      expect(vendors(e)).toEqual(['曜溯文化发展有限公司；曜岑数字科技有限公司']);
      expect(e.lots[0].amountYuan).toBe(248000);
    },
  },
  {
    name: 'a consortium after a winner label, each member tagged: both members',
    text: award('星河县短视频运营项目中标结果公告', '本项目中标供应商为琛玥网络科技有限公司（联合体牵头人）、骞霁广告有限公司（联合体成员），中标金额：350,000.00元。\n'),
    check: (e) => expect(vendors(e)).toEqual(['琛玥网络科技有限公司；骞霁广告有限公司']),
  },
  {
    name: 'a consortium ranked first in a candidates notice: both members, the bid theirs',
    text: award('星河县新媒体运营项目中标候选人公示', '第一名：屹骋广告有限公司（牵头人）、铭墨品牌管理有限公司  投标报价：356,000.00元  得分：93.50\n第二名：沐岑文化有限公司  投标报价：366,000.00元  得分：90.50\n'),
    check: (e) => {
      expect(vendors(e)).toEqual(['屹骋广告有限公司；铭墨品牌管理有限公司']);
      expect(e.lots[0].amountYuan).toBe(356000);
    },
  },
  {
    name: '(guard) a single vendor named in prose stays one vendor',
    text: award('星河县宣传片拍摄项目成交结果公告', '经评审，确定澜沐文化传媒有限公司为成交供应商，成交金额为人民币98,000.00元。\n'),
    check: (e) => expect(vendors(e)).toEqual(['澜沐文化传媒有限公司']),
  },
  {
    name: '(guard) a role tag alone after one name ends the name, the tag no part of it',
    text: award('星河县短视频制作项目成交公告', '成交供应商：翊弈影视文化有限公司（牵头人）\n成交金额：66,000.00元\n'),
    check: (e) => expect(vendors(e)).toEqual(['翊弈影视文化有限公司']),
  },
  {
    name: 'a news item on a signed contract: a vendor with a middle dot or Latin letters, a buyer that is a detachment',
    text: '成都市武侯区公安局交通警察支队签订短视频拍摄制作服务合同\n发布时间：2025年10月22日\n10月21日，成都市武侯区公安局交通警察支队与澜煜·璟钧影视文化有限公司签订《短视频拍摄制作服务合同》，合同金额为人民币四十八万元，服务期一年。\n',
    check: (e) => {
      expect(vendors(e)).toEqual(['澜煜·璟钧影视文化有限公司']);
      expect(e.buyer).toBe('成都市武侯区公安局交通警察支队');
    },
  },
  {
    name: 'a news item on a signed contract with a vendor carrying a Latin brand',
    text: '梅州市梅县区文化广电旅游体育局与NOVA（上海）文化传媒有限公司签订宣传片拍摄合同\n发布时间：2025年9月2日\n近日，梅州市梅县区文化广电旅游体育局与NOVA（上海）文化传媒有限公司签订“客家印象”宣传片拍摄制作合同，合同金额36万元。\n',
    check: (e) => expect(vendors(e)).toEqual(['NOVA（上海）文化传媒有限公司']),
  },
  {
    name: 'lots in prose, "中标供应商为X，": a studio (工作室) is a name after 为, each lot its own',
    text: award('星河县融媒体中心新媒体运营项目中标公告', '第一包（新媒体账号运营）：中标供应商为骁璟文化传媒工作室，中标金额为28.8万元；\n第二包（重大活动网络直播）：中标供应商为沐晞文化传媒工作室，中标金额为19.6万元。\n'),
    check: (e) => {
      expect(vendors(e)).toEqual(['骁璟文化传媒工作室', '沐晞文化传媒工作室']);
      expect(e.lots.map((l) => l.amountYuan)).toEqual([288000, 196000]);
    },
  },
  {
    name: 'a winner label glued to a name with a Latin brand ("中标供应商上海NOVA影视有限公司")',
    text: award('星河县宣传片拍摄项目中标结果公告', '序号 | 中标结果\n1 | 中标供应商哈尔滨NOVA影视有限公司\n中标金额：1,798,196.00元\n'),
    check: (e) => expect(vendors(e)).toEqual(['哈尔滨NOVA影视有限公司']),
  },
  {
    name: 'a title opening with a Party committee\'s department ("中共X县委宣传部…") names the buyer',
    text: '中共宁陕县委宣传部“宁陕发布”视频号运营服务项目询价结果公示\n发布日期：2025年8月27日\n本单位于2025年8月25日对“宁陕发布”视频号运营服务项目进行了询价采购。\n一、成交供应商：澜沐数字传媒有限公司\n二、成交价格：96,000.00元\n',
    check: (e) => expect(e.buyer).toBe('中共宁陕县委宣传部'),
  },
  {
    name: '(guard) a title opening with the Youth League\'s committee ("共青团X县委员会…") names the buyer',
    text: '共青团石泉县委员会“青春石泉”短视频制作项目成交结果公示\n发布日期：2025年8月27日\n本单位对短视频制作项目进行了询价采购。\n一、成交供应商：澜沐数字传媒有限公司\n二、成交价格：96,000.00元\n',
    check: (e) => expect(e.buyer).toBe('共青团石泉县委员会'),
  },
  {
    name: 'a consortium of sole traders in prose: "由A（个体工商户）（牵头人）与B（个体工商户）（成员）组成的联合体", the legal form kept',
    text: award('星河县宣传片拍摄项目中标结果公告', '经评标委员会评审，采购人确认，中标人为由峤筠影视传媒中心（个体工商户）（牵头人）与璨芮摄影中心（个体工商户）（成员）组成的联合体，中标价为人民币368,000.00元。\n'),
    check: (e) => expect(vendors(e)).toEqual(['峤筠影视传媒中心（个体工商户）；璨芮摄影中心（个体工商户）']),
  },
  {
    name: 'a consortium of two shops ("X摄影部与Y摄影部组成的联合体"): both members',
    text: award('星河县短视频制作项目成交结果公告', '经磋商小组评审，确定屹骋摄影部与煜弈摄影部组成的联合体为成交供应商，成交金额为人民币88,000.00元。\n'),
    check: (e) => expect(vendors(e)).toEqual(['屹骋摄影部；煜弈摄影部']),
  },
  {
    name: 'inline lots whose winners are sole traders ("第1包：X中心（个体工商户），中标金额：…")',
    text: award('星河县新媒体运营项目中标公告', '第1包：蔚珩影视传媒中心（个体工商户），中标金额：216000元；第2包：璨曜文化传播中心（个体工商户），中标金额：174000元。\n'),
    check: (e) => {
      expect(vendors(e)).toEqual(['蔚珩影视传媒中心（个体工商户）', '璨曜文化传播中心（个体工商户）']);
      expect(e.lots.map((l) => l.amountYuan)).toEqual([216000, 174000]);
    },
  },
  {
    name: 'a news item on a contract signed with a shop ("与X图文广告部签订…合同")',
    text: '梅州市梅县区文化广电旅游体育局与璨迩图文广告部签订宣传片拍摄合同\n发布时间：2025年9月2日\n近日，梅州市梅县区文化广电旅游体育局与璨迩图文广告部签订“客家印象”宣传片拍摄制作合同，合同金额36万元。\n',
    check: (e) => expect(vendors(e)).toEqual(['璨迩图文广告部']),
  },
  {
    name: 'a consortium the evaluators recommend ("一致同意推荐A（牵头人）、B为成交供应商"): both members',
    text: award('星河县短视频运营项目成交结果公告', '经询价小组评审，一致同意推荐迩澈广告有限公司（牵头人）、铭玥品牌管理有限公司为成交供应商，成交价格为人民币136,000.00元。\n'),
    check: (e) => expect(vendors(e)).toEqual(['迩澈广告有限公司；铭玥品牌管理有限公司']),
  },
  {
    name: 'a glued result row keeps a partnership\'s legal form ("一X中心（有限合伙）湖南省…755号1354755.8中标")',
    text: award('星河县宣传片拍摄项目中标结果公告', '四、中标人供货明细标段中标候选人名称中标候选人地址中标金额状态报价明细一翊岑影视文化中心（有限合伙）湖南省长沙市岳麓区学士街道学士路755号1354755.8中标详见开标一览表\n'),
    check: (e) => expect(vendors(e)).toEqual(['翊岑影视文化中心（有限合伙）']),
  },
];

runTrapRows('traps from renamed parties', rows);
