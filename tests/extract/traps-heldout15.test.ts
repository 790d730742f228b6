/**
 * Traps found by the fifteenth unseen batch (tests/fixtures/extract/heldout15): old templates,
 * aggregator copies (剑鱼标讯, 千里马, 采招网, 比地招标 style) and mobile / 小程序 pages. One named
 * row each, run through the real extractNotice: each row failed before parser 1.16.0, except
 * those marked (guard), which keep a new rule from overreaching. The names say the general rule,
 * not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const page = (body: string) => `<html><head><meta charset="utf-8"><title>公告</title></head><body>${body}</body></html>`;
const lots = (e: { lots: Array<{ vendor: string | null; amountYuan: number | null }> }) => e.lots.map((l) => [l.vendor, l.amountYuan]);

const rows: TrapRow[] = [
  // aggregator copies
  {
    name: 'an aggregator\'s kind tag before the title ("【中标】X中标结果公告", "【单一来源】X公示") is not part of the title',
    html: page('<h1>【中标】星河县融媒体中心抖音号代运营服务项目中标结果公告</h1><p>发布时间：2025-07-14 信息来源：浙江省政府采购网</p><p>采购人：星河县融媒体中心</p><p>中标供应商：星河光影文化传媒有限公司</p><p>中标金额：32.8万元</p>'),
    check: (e) => expect([e.title, e.kind]).toEqual(['星河县融媒体中心抖音号代运营服务项目中标结果公告', 'award']),
  },
  {
    name: '(guard) an account name in brackets before a title ("【星河发布】…") stays: it is no kind tag',
    html: page('<h1>【星河发布】抖音号运营服务项目中标公告</h1><p>发布时间：2025-07-14</p><p>采购人：星河县融媒体中心</p>'),
    check: (e) => expect(e.title).toBe('【星河发布】抖音号运营服务项目中标公告'),
  },
  {
    name: 'a side block with a plain class ("right") known by its heading (相似项目, 附近招标): its vendors, amounts and budgets are no lot and no budget',
    html: page('<div class="left"><h1>星河县融媒体中心短视频运营服务项目中标公告</h1><p>发布时间：2025-05-20</p><p>采购单位：星河县融媒体中心</p><p>供应商名称：星河光影文化传播有限公司</p><p>……查看完整内容请登录</p></div>'
      + '<div class="right"><h3>相似项目</h3><dl><dt>月湖县融媒体中心短视频制作服务项目中标公告</dt><dd>中标单位：月湖阿诗玛文化传媒有限公司</dd><dd>中标金额：38.8万元</dd></dl><h3>附近招标</h3><dl><dt>星河县教育局视频监控采购项目</dt><dd>预算：95万元</dd></dl></div>'),
    check: (e) => {
      expect(lots(e)).toEqual([['星河光影文化传播有限公司', null]]);
      expect(e.budgetYuan).toBeNull();
    },
  },
  {
    name: 'a side list placed before the notice ("附近招标" in a left column) gives neither the buyer nor a lot',
    html: page('<div class="col-left"><div class="panel"><h4>附近招标</h4><ul><li><a>星河县教育局校园视频监控项目</a><p>采购单位：星河县教育局</p><p>中标金额：128万元</p></li><li><a>星河市宣传片拍摄项目</a><p>中标单位：星河东江影视有限公司</p></li></ul></div></div>'
      + '<div class="col-main"><h1>【成交】星河县文化广电旅游体育局直播带货服务成交结果公告</h1><p>发布时间：2025-08-06</p><p>三、采购结果：成交供应商：星河万绿传媒有限公司，成交金额：¥186,000.00</p><p>五、联系方式：采购人：星河县文化广电旅游体育局</p></div>'),
    check: (e) => {
      expect(e.buyer).toBe('星河县文化广电旅游体育局');
      expect(lots(e)).toEqual([['星河万绿传媒有限公司', 186000]]);
    },
  },
  {
    name: '(guard) a container that opens with "相关项目…" but holds the notice itself is kept',
    html: page('<h1>星河县短视频制作服务项目成交公告</h1><div class="c"><p>相关项目信息如下：</p><p>一、项目编号：XH-2025-01</p><p>二、项目名称：星河县短视频制作服务项目</p><p>采购人：星河县融媒体中心</p><p>成交供应商：星河光影文化传媒有限公司</p><p>成交金额：12万元</p></div>'),
    check: (e) => expect(lots(e)).toEqual([['星河光影文化传媒有限公司', 120000]]),
  },
  {
    name: 'a project page\'s short section heading ("项目进度") above the notice\'s own <h1> is not the title',
    html: page('<h2>项目进度</h2><ul><li>2025-04-02 招标公告</li><li>2025-05-10 中标公告</li></ul><h1>星河县融媒体中心新媒体矩阵运营服务项目中标公告</h1><p>发布时间：2025-05-10</p><p>采购人：星河县融媒体中心</p><p>供应商名称：星河楚韵文化传媒有限公司</p><p>中标（成交）金额：456,000.00元</p>'),
    check: (e) => {
      expect([e.title, e.kind]).toEqual(['星河县融媒体中心新媒体矩阵运营服务项目中标公告', 'award']);
      expect(lots(e)).toEqual([['星河楚韵文化传媒有限公司', 456000]]);
    },
  },
  {
    name: 'an aggregator\'s 中标预测 page (its model\'s guess, "不构成任何招标或中标信息") is no notice: kind other, no lot, not video ops',
    html: page('<h1>星河县融媒体中心短视频运营服务项目 · 中标预测</h1><p>本页内容由大数据模型根据历史招投标数据自动生成，仅供参考，不构成任何招标或中标信息。</p><p>采购单位：星河县融媒体中心</p><p>上次中标单位：星河视界传媒有限公司</p><p>上次中标金额：32.6万元</p><p>预测预算金额：33万元左右</p>'),
    check: (e) => {
      expect([e.kind, e.isVideoOps, e.serviceType, e.budgetYuan]).toEqual(['other', false, null, null]);
      expect(e.lots).toEqual([]);
    },
  },
  // mobile pages
  {
    name: 'a mobile label span and its value span, styled apart by their classes, are read as label and value',
    html: page('<div class="card"><div class="t">星河县文化和旅游局城市宣传片拍摄制作项目成交结果公告</div><div class="row"><span class="lbl">发布时间</span><span class="val">2025/07/02</span></div><div class="row"><span class="lbl">采购单位</span><span class="val">星河县文化和旅游局</span></div><div class="row"><span class="lbl">代理机构</span><span class="val">星河正信工程咨询有限公司</span></div><div class="row"><span class="lbl">成交供应商</span><span class="val">星河仙境传媒有限公司</span></div><div class="row"><span class="lbl">成交金额</span><span class="val">26.8万元</span></div></div>'),
    check: (e) => {
      expect([e.buyer, e.agency, e.publishedAt]).toEqual(['星河县文化和旅游局', '星河正信工程咨询有限公司', '2025-07-02']);
      expect(lots(e)).toEqual([['星河仙境传媒有限公司', 268000]]);
    },
  },
  {
    name: '(guard) spans with no class that split a figure ("2" + "86,000.00") still read as one number',
    html: page('<h1>星河县短视频制作服务项目成交公告</h1><p>发布时间：2025-06-01</p><p>采购人：星河县融媒体中心</p><p>成交供应商：星河光影文化传媒有限公司</p><p>成交金额：<span>2</span><span>86,000.00</span>元</p>'),
    check: (e) => expect(lots(e)).toEqual([['星河光影文化传媒有限公司', 286000]]),
  },
  {
    name: 'a 小程序 share bar ("X·小程序 打开小程序") above the title is not joined to it',
    html: page('<div class="mp-bar"><span>星河通·小程序</span><button>打开小程序</button></div><div class="card"><div class="t">星河县文化和旅游局城市宣传片拍摄制作项目成交结果公告</div><p>发布时间：2025-07-02</p><p>采购单位：星河县文化和旅游局</p></div>'),
    check: (e) => expect(e.title).toBe('星河县文化和旅游局城市宣传片拍摄制作项目成交结果公告'),
  },
  // amounts that are not this award
  {
    name: 'last year\'s contract value quoted for reference ("上年度合同金额：42.0万元") is not the award',
    text: award('星河县融媒体中心短视频账号运营服务项目（2025年度）成交结果公告', '采购人：星河县融媒体中心\n三、项目概况：本项目为续期服务，上年度合同金额：人民币42.0万元（供参考）。\n成交供应商：星河橘乡数字传媒有限公司\n成交金额：¥365,000.00\n'),
    check: (e) => expect(lots(e)).toEqual([['星河橘乡数字传媒有限公司', 365000]]),
  },
  {
    name: 'two lots of different services, one amount masked ("**万元"): the known money does not decide the service, the title does',
    text: award('星河县融媒体中心短视频制作及直播服务项目中标结果公告', '采购人：星河县融媒体中心\n包1（短视频制作）：中标供应商：星河巴山影视文化传媒有限公司，中标金额：**万元\n包2（直播服务）：中标供应商：星河秦巴云直播科技有限公司，中标金额：28.6万元\n'),
    check: (e) => {
      expect(lots(e)).toEqual([['星河巴山影视文化传媒有限公司', null], ['星河秦巴云直播科技有限公司', 286000]]);
      expect(e.serviceType).toBe('video_production');
    },
  },
  {
    name: '(guard) after a short first heading, a later section heading ("一、项目基本信息") is not taken for the title',
    html: page('<h1>中标公告</h1><h3>一、项目基本信息</h3><p>项目名称：星河县短视频制作服务项目</p><p>采购人：星河县融媒体中心</p><p>中标供应商：星河光影文化传媒有限公司</p><p>中标金额：12万元</p>'),
    check: (e) => expect(e.title).not.toBe('一、项目基本信息'),
  },
  // part 2 (x27–x33): the fixes probed in other shapes
  {
    name: 'a 相似项目 list in a text copy, each item a title, a "中标单位：" line and an amount line, gives no lot',
    text: award('【成交】星河县融媒体中心视频号运营服务项目成交结果公告', '采购人：星河县融媒体中心\n供应商名称：星河浣纱文化传媒有限公司\n成交金额：***（登录后查看）\n相似项目\n月湖区融媒体中心短视频拍摄制作服务中标公告\n中标单位：月湖曹娥江影视有限公司\n中标金额：38.00万元\n'),
    check: (e) => expect(lots(e)).toEqual([['星河浣纱文化传媒有限公司', null]]),
  },
  {
    name: 'a label span laid out as a box (display:inline-block; width) is parted from its value span though neither has a class',
    html: page('<div style="font-weight:bold">星河县融媒体中心短视频拍摄制作服务项目成交公告</div><div>2025-09-16 10:05</div><div><span style="color:#888;width:90px;display:inline-block">采购人</span><span style="color:#222">星河县融媒体中心</span></div><div><span style="color:#888;width:90px;display:inline-block">代理机构</span><span style="color:#222">星河恒达招标代理有限公司</span></div><div><span style="width:90px;display:inline-block">成交供应商</span><span>星河梁野山文化传媒有限公司</span></div><div><span style="width:90px;display:inline-block">成交金额</span><span>¥216,800.00</span></div>'),
    check: (e) => {
      expect([e.buyer, e.agency]).toEqual(['星河县融媒体中心', '星河恒达招标代理有限公司']);
      expect(lots(e)).toEqual([['星河梁野山文化传媒有限公司', 216800]]);
    },
  },
  {
    name: '(guard) Word spans told apart only by their fonts ("2" + "86,000.00") still read as one number',
    html: page('<h1>星河县短视频制作服务项目成交公告</h1><p>发布时间：2025-06-01</p><p>采购人：星河县融媒体中心</p><p>成交供应商：星河光影文化传媒有限公司</p><p>成交金额：<span style="font-family:宋体">2</span><span style="font-family:\'Times New Roman\'">86,000.00</span>元</p>'),
    check: (e) => expect(lots(e)).toEqual([['星河光影文化传媒有限公司', 286000]]),
  },
  {
    name: 'a page bar\'s "公告详情" above the title (no other heading) is not joined to it',
    html: page('<h2 class="bar">公告详情</h2><div class="detail"><div class="title">星河县文化广电旅游局文旅宣传片拍摄制作项目中标公告</div><p>发布时间：2025-05-12</p><p>采购人：星河县文化广电旅游局</p></div>'),
    check: (e) => expect(e.title).toBe('星河县文化广电旅游局文旅宣传片拍摄制作项目中标公告'),
  },
];

runTrapRows('heldout15 traps: old templates, aggregator copies, mobile pages', rows);
