/**
 * Traps found by the seventy-eighth unseen batch (tests/fixtures/extract/heldout78): purchases from
 * outside the big portals, placed by the site that carries them (its name written in its head in
 * many ways), bought by a company on its own site or by a township its byline names. One named row
 * each, run through the real extractNotice: each row failed before parser 1.64.0, except those
 * marked (guard), which keep a new rule from overreaching. The names say the general rule, not the
 * fixture; the parties are invented (星河…), the places real (a county's name must resolve).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  {
    name: 'the site\'s name on a line of its own under an accessibility menu ("无障碍 | 长者模式" over "X县人民政府门户网站") places a township\'s notice in that county',
    text: '无障碍 | 长者模式 | 简体 | 繁體\n巴马瑶族自治县人民政府门户网站\n首页 > 信息公开 > 乡镇信息 > 星河镇\n\n星河镇监控补点建设询价结果公示\n\n时间：2018-11-05　来源：星河镇人民政府\n\n　　星河镇人民政府对监控补点建设项目进行询价采购。成交单位：星河电子科技有限公司，成交金额：46,800元。\n',
    check: (e) => expect([e.province, e.city, e.county]).toEqual(['广西壮族自治区', '河池市', '巴马瑶族自治县']),
  },
  {
    name: 'the site\'s name before a wide gap and a breadcrumb ("X县人民政府网站　　政务公开 > 财政资金使用公示") places a township\'s notice',
    text: '无障碍浏览 | 国家通用语言\n泽普县人民政府网站　　政务公开 > 财政资金使用公示\n\n星河乡2024年小型农机具采购项目资金支付公示\n\n发布时间：2024-06-17　　来源：星河乡人民政府\n\n　　一、项目名称：星河乡2024年小型农机具采购项目\n　　二、采购人：星河乡人民政府\n',
    check: (e) => expect(e.county).toBe('泽普县'),
  },
  {
    name: 'the site\'s name before a › breadcrumb under a menu, with the 政府网站标识码 line above, places a township\'s notice',
    text: '政府网站标识码6328210001　|　设为首页　加入收藏\n首页　概况　政务公开　政务服务\n乌兰县人民政府　　首页 › 信息公开 › 通知公告\n\n关于星河镇冬季取暖用煤采购询价公告的更正公告\n\n日期：2019年9月11日　　来源：星河镇人民政府\n\n　　采购人：星河镇人民政府\n',
    check: (e) => expect(e.county).toBe('乌兰县'),
  },
  {
    name: 'a 政府网站标识码 alone in the head names the county whose site it is',
    text: '政府网站标识码6328210001　|　设为首页　加入收藏\n首页　概况　政务公开\n\n星河镇冬季取暖用煤采购询价公告\n\n日期：2019年9月5日\n\n　　采购人：星河镇人民政府\n',
    check: (e) => expect(e.county).toBe('乌兰县'),
  },
  {
    name: '(guard) a county government named only inside the notice\'s body, after the heading, is no site name',
    text: '星河镇冬季取暖用煤采购询价公告\n\n日期：2019年9月5日\n\n采购人：星河镇人民政府\n乌兰县人民政府\n根据有关规定……\n',
    check: (e) => expect(e.county).toBeNull(),
  },
  {
    name: 'with no buyer named, a township government in the byline (来源：X乡人民政府) buys its own small purchase',
    text: '通道侗族自治县人民政府网\n当前位置：首页 >> 政务公开 >> 乡镇政务 >> 星河乡\n\n星河乡星河村风雨桥维修工程询价结果公示\n\n发布时间：2016年08月09日　　来源：星河乡人民政府　　作者：乡财政所\n\n　　一、工程内容：桥廊瓦面翻盖。\n',
    check: (e) => expect([e.buyer, e.city, e.county]).toEqual(['星河乡人民政府', '怀化市', '通道侗族自治县']),
  },
  {
    name: '(guard) a county organ in the byline (来源：X县财政局) may only repost: it is no buyer',
    text: '星河县人民政府网\n\n星河乡星河村风雨桥维修工程询价结果公示\n\n发布时间：2016年08月09日　　来源：星河县财政局\n\n　　一、工程内容：桥廊瓦面翻盖。\n',
    check: (e) => expect(e.buyer).toBeNull(),
  },
  {
    name: 'a county\'s short form written before a township ("通道县星河乡…") is that county, not the county whose name is its tail (道县)',
    text: '星河乡星河村风雨桥维修工程询价结果公示\n\n采购人：星河乡人民政府\n\n　　参加报价单位：通道县星河乡星河木工作坊　报价：85,300元\n',
    check: (e) => expect([e.city, e.county]).toEqual(['怀化市', '通道侗族自治县']),
  },
  {
    name: 'a company\'s own site: its name as the masthead and the notice saying 我公司 make it the buyer',
    text: '丘北县星河旅游开发有限公司\n公司首页 | 走进星河 | 招标采购 | 联系我们\n\n招标采购 / 结果公示\n\n星河景区新媒体运营服务入围结果公示\n\n发布：综合部　　2025.4.8\n\n　　我公司于2025年4月2日组织星河景区新媒体运营服务入围遴选，现将入围结果公示如下：\n',
    check: (e) => expect([e.buyer, e.county]).toEqual(['丘北县星河旅游开发有限公司', '丘北县']),
  },
  {
    name: '(guard) an agency\'s masthead with 我公司 is no buyer',
    text: '星河招标代理有限公司\n公司首页 | 招标采购\n\n星河景区新媒体运营服务入围结果公示\n\n　　我公司受委托组织星河景区新媒体运营服务入围遴选，现将入围结果公示如下：\n',
    check: (e) => expect(e.buyer).not.toBe('星河招标代理有限公司'),
  },
  {
    name: 'a site\'s name run into its columns by spaces ("X镇人民政府 政务公开 村务公开") is chrome: the 【…】 heading under it is the title',
    text: '首页 | 星河概况 | 政务公开 | 村务公开 | 便民服务\n星河镇人民政府 政务公开 村务公开\n\n【村务公开】星河镇星河村2019年第三季度村级财务及采购事项公开\n\n发布时间：2019.10.12\n\n　　现将我村采购事项公开如下。\n',
    check: (e) => expect(e.title).toBe('【村务公开】星河镇星河村2019年第三季度村级财务及采购事项公开'),
  },
  {
    name: 'a site\'s name over its menu with wide gaps, then a navigation label over a |-menu of townships, is chrome: a 竞价结果 heading below is the title and the notice an award',
    text: '星河县人民政府　　网站首页　走进星河　政务公开　政务服务　互动交流\n乡镇动态导航：星河镇 | 云台镇 | 青峪镇 | 空山镇 | 沙溪镇\n【三资公开】星河镇青峪村股份经济合作社直播带货服务竞价结果\n\n2022-10-19 16:05  来源：星河镇\n\n　　采购单位：星河县星河镇青峪村股份经济合作社\n　　最高限价：45000元\n　　成交单位：星河电子商务有限公司，成交价38800元。\n',
    check: (e) => {
      expect([e.title, e.kind]).toEqual(['【三资公开】星河镇青峪村股份经济合作社直播带货服务竞价结果', 'award']);
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河电子商务有限公司', 38800]]);
    },
  },
  {
    name: '(guard) a government\'s own notice title with spaces ("X县人民政府 关于 采购 结果公示") is not read as a site\'s menu',
    text: '星河县人民政府 办公设备 采购 结果公示\n\n发布时间：2022-10-19\n采购人：星河县人民政府办公室\n成交单位：星河电子商务有限公司，成交价38800元。\n',
    check: (e) => expect(e.title).toBe('星河县人民政府 办公设备 采购 结果公示'),
  },
  {
    name: 'a village\'s table of purchases made headed 序号｜事项｜供货（承接）单位｜金额（元）｜经办人｜审批 (full-width bars) is an award, a lot a row, the 合计 no lot',
    text: '【村务公开】星河镇星河村2019年第三季度村级财务及采购事项公开\n\n发布时间：2019.10.12\n\n二、本季度采购及支出明细\n序号｜事项｜供货（承接）单位｜金额（元）｜经办人｜审批\n1｜村部办公桌椅｜星河县星河镇兴隆家具店｜4,380.00｜王立新｜村民代表会议\n2｜屯内边沟清淤｜星河县星河镇鑫源劳务队｜11,500.00｜张国富｜村民代表会议\n3｜健身器材维修｜星河市康乐体育器材经营部｜2,960.00｜王立新｜两委会\n合计：18,840.00元\n\n星河镇星河村村民委员会\n',
    check: (e) => {
      expect(e.kind).toBe('award');
      expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河县星河镇兴隆家具店', 4380], ['星河县星河镇鑫源劳务队', 11500], ['星河市康乐体育器材经营部', 2960]]);
    },
  },
  {
    name: 'a title\'s short form of the buyer ("X县城投集团") that the text defines as an alias ("X县城市建设投资发展集团有限公司（以下简称“城投集团”）") is the full name',
    text: '星河县城投集团2026年度保安服务遴选公告\n\n发布日期：2026-03-02\n\n　　星河县城市建设投资发展集团有限公司（以下简称“城投集团”）现对2026年度保安服务进行公开遴选，欢迎符合条件的保安服务公司报名。\n',
    check: (e) => expect(e.buyer).toBe('星河县城市建设投资发展集团有限公司'),
  },
  {
    name: '(guard) an alias defined for another company (a different place before it) does not rename the title\'s buyer',
    text: '星河县城投集团2026年度保安服务遴选公告\n\n发布日期：2026-03-02\n\n　　云台县城市建设投资发展集团有限公司（以下简称“城投集团”）受托现对2026年度保安服务进行公开遴选。\n',
    check: (e) => expect(e.buyer).not.toBe('云台县城市建设投资发展集团有限公司'),
  },
  {
    name: 'a works result\'s decision sentence prices its winner by the 工程造价 ("确定X为施工单位，工程造价87,460元")',
    text: '星河乡星河村风雨桥维修工程询价结果公示\n\n采购人：星河乡人民政府\n\n　　二、参加报价单位及报价：\n　　　　星河古建筑工程队　　报价：87,460元\n　　　　星河古建维修有限公司　　报价：89,900元\n　　三、询价结果：确定星河古建筑工程队为施工单位，工程造价87,460元（捌万柒仟肆佰陆拾元整），工期35天。\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河古建筑工程队', 87460]]),
  },
  {
    name: '(guard) a 工程造价咨询 service named in the decision sentence is no price',
    text: '星河县财政局工程造价咨询服务询价结果公示\n\n采购人：星河县财政局\n\n　　询价结果：确定星河工程咨询有限公司为工程造价咨询服务单位，服务期一年。\n',
    check: (e) => expect(e.lots.map((l) => l.amountYuan)).toEqual([null]),
  },
];

runTrapRows('heldout78 traps', rows);
