/**
 * Traps found by the third unseen batch (tests/fixtures/extract/heldout3), one named row each,
 * run through the real extractNotice: each row failed before parser 1.4.0, except those marked
 * (guard), which keep a new rule from overreaching. The names say the general rule, not the
 * fixture; the places are other real ones than the fixtures'.
 */
import { expect } from 'vitest';
import { classifyTitle, extractNotice } from '../../scrapers/extract/index.js';
import { serviceByMoney, serviceFromTitle } from '../../scrapers/extract/service-type.js';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

const rows: TrapRow[] = [
  // service type: the dominant paid service decides
  {
    name: 'a mixed title (账号运营 + 短视频 + 直播) whose 分项报价 give most money to running the accounts is account operation, not live streaming',
    text: award('星河县融媒体中心新媒体账号运营及短视频拍摄、直播服务项目成交公告',
      '采购人：星河县融媒体中心\n成交供应商：星河文化传媒有限公司\n成交金额：700000.00元\n分项报价：1.八个账号全年运营：450000.00元；2.短视频拍摄制作（全年60条）：170000.00元；3.重大活动直播（全年8场）：80000.00元。'),
    check: (e) => expect(e.serviceType).toBe('account_operation'),
  },
  {
    name: 'per-item budgets decide between short videos and live streams ("…预算36万元；…直播6场，预算9万元")',
    text: award('星河区委宣传部融媒体直播及短视频服务项目中标公告',
      '采购人：中共星河区委宣传部\n三、采购内容：（1）重大活动网络直播6场，预算9万元；（2）短视频策划拍摄制作，每年不少于120条，预算36万元。\n中标人：星河影视传媒有限公司，中标价：445600.00元'),
    check: (e) => expect(e.serviceType).toBe('video_production'),
  },
  {
    name: 'lots named by service with the amount a line below ("包1：短视频制作" / "成交金额：…"): the larger lot decides',
    text: award('星河区委宣传部2025年新媒体服务项目成交公告',
      '采购人：中共星河区委宣传部\n包1：账号运营\n成交供应商：星河文化传媒有限公司\n成交金额：92,000.00元\n包2：短视频制作\n成交供应商：星河文化传媒有限公司\n成交金额：168,000.00元'),
    check: (e) => expect(e.serviceType).toBe('video_production'),
  },
  {
    name: '(guard) a vendor named "…直播科技有限公司" in a result row does not make its short-video lot a live stream',
    html: '<h2>星河市融媒体中心短视频制作服务项目中标结果公示</h2><table><tr><td>标段</td><td>标段名称</td><td>中标人</td><td>中标价（元）</td></tr><tr><td>一</td><td>短视频制作服务</td><td>星河直播科技有限公司</td><td>538000.00</td></tr><tr><td>二</td><td>宣传推广服务</td><td>银河视界科技有限公司</td><td>96000.00</td></tr></table>',
    check: (e) => expect(e.serviceType).toBe('video_production'),
  },
  {
    name: '(guard) an aggregator\'s list of other notices with their amounts does not price this notice\'s services',
    text: award('星河县文旅短视频推广服务项目中标结果公告',
      '采购单位：星河县文化和旅游局\n中标单位：星河时光文化传媒有限公司\n中标金额：33.5万元\n四、主要标的信息：文旅短视频制作与推广，服务期一年。\n相关推荐：\n星河市融媒体中心直播服务项目中标公告  中标金额：86.4万元'),
    check: (e) => expect(e.serviceType).toBe('video_production'),
  },
  {
    name: 'without prices, the service the title names first is the main one: "短视频及直播" is production, "直播及短视频" live',
    check: () => {
      expect(serviceFromTitle('星河县融媒体中心短视频及直播服务项目')).toBe('video_production');
      expect(serviceFromTitle('星河县融媒体中心直播及短视频服务项目')).toBe('live_streaming');
      expect(serviceFromTitle('星河县城市形象宣传片及系列短视频拍摄制作项目')).toBe('promo_film');
    },
  },
  {
    name: 'running named accounts is account operation even beside video making ("短视频制作及账号运营"); "短视频运营" runs, it does not make',
    check: () => {
      expect(serviceFromTitle('星河区融媒体中心短视频制作及账号运营服务')).toBe('account_operation');
      expect(serviceFromTitle('星河区融媒体中心短视频运营服务项目')).toBe('account_operation');
      expect(serviceFromTitle('星河区融媒体中心短视频拍摄制作及运营服务项目')).toBe('video_production');
    },
  },
  {
    name: '"新闻视频内容生产" is video production, although 融媒体 is in the buyer\'s name',
    text: award('星河市融媒体中心2026年度新闻视频内容生产服务项目成交结果公告', '采购人：星河市融媒体中心\n成交供应商：星河文化传播有限责任公司\n成交金额：300000元'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'video_production']),
  },
  {
    name: 'a clause naming two services at once, or no money, prices nothing',
    check: () => {
      expect(serviceByMoney('项目名称：短视频及直播服务项目\n中标金额：50万元')).toBeNull();
      expect(serviceByMoney('短视频拍摄\n直播服务')).toBeNull();
    },
  },
  // locality: the address refines only a name that does not place the buyer as a whole unit
  {
    name: 'a city\'s own organ ("X市人民政府新闻办公室") stays at the city although its address names a district',
    text: award('绵阳市人民政府新闻办公室网络直播服务项目成交公告', '采购人：绵阳市人民政府新闻办公室\n地址：绵阳市涪城区临园路\n成交供应商：星河视讯文化传媒有限公司\n成交金额：18.8万元'),
    check: (e) => expect([e.province, e.city, e.county, e.divisionCode]).toEqual(['四川省', '绵阳市', null, '510700']),
  },
  {
    name: 'a development zone without a division code stays at its city (the office address is not its district)',
    text: award('成都高新技术产业开发区党群工作部政务新媒体运营服务项目中标公告', '采购人：成都高新技术产业开发区党群工作部\n地址：成都市武侯区天府大道\n中标供应商：星河新视界文化传播有限公司\n中标金额：86.5万元'),
    check: (e) => expect([e.province, e.city, e.county, e.divisionCode]).toEqual(['四川省', '成都市', null, '510100']),
  },
  {
    name: 'a municipality\'s new area ("重庆两江新区…") stays at the municipality, not the district of its office',
    text: award('重庆两江新区宣传部新媒体运营服务项目成交公告', '采购人：重庆两江新区宣传部\n地址：重庆市渝北区金渝大道\n成交供应商：星河视界文化传媒有限公司\n成交金额：728000元'),
    check: (e) => expect([e.province, e.city, e.county, e.divisionCode]).toEqual(['重庆市', '重庆市', null, '500000']),
  },
  {
    name: '(guard, revised by parser 1.14.0) a zone the statistics bureau codes (合肥高新技术产业开发区, NBS 340176, not GB/T 2260) is placed at its city',
    text: award('合肥高新技术产业开发区管理委员会短视频制作服务项目成交公告', '采购人：合肥高新技术产业开发区管理委员会\n地址：合肥市蜀山区望江西路\n成交供应商：星河影像传媒有限公司\n成交金额：30万元'),
    check: (e) => expect([e.city, e.county, e.divisionCode]).toEqual(['合肥市', null, '340100']),
  },
  {
    name: '(guard) a township buyer named without its county ("城关镇人民政府") is still placed by its address',
    text: award('城关镇政务短视频拍摄制作服务项目成交公告', '采购人：城关镇人民政府\n地址：湖南省长沙市长沙县城关镇\n成交供应商：星河文化传媒有限公司\n成交金额：58000元'),
    check: (e) => expect([e.city, e.county, e.divisionCode]).toEqual(['长沙市', '长沙县', '430121']),
  },
  {
    name: 'a province\'s own organ (中共湖南省委宣传部) is the province\'s, not the district of its office',
    text: award('中共湖南省委宣传部宣传片拍摄制作项目中标公告', '采购人：中共湖南省委宣传部\n采购人地址：长沙市开福区\n中标供应商：星河影视传媒有限公司\n中标金额：198000元'),
    check: (e) => expect([e.province, e.city, e.county, e.divisionCode]).toEqual(['湖南省', null, null, '430000']),
  },
  {
    name: '(guard) a province\'s university is still placed by its address, as the corpus labels it',
    text: award('湖南农业大学宣传片拍摄制作项目中标公告', '采购人：湖南农业大学\n采购人地址：长沙市芙蓉区农大路1号\n中标供应商：星河影视传媒有限公司\n中标金额：198000元'),
    check: (e) => expect([e.province, e.city]).toEqual(['湖南省', '长沙市']),
  },
  {
    name: 'a buyer named with no place but its level ("市委宣传部") is placed by its address no deeper than the city',
    text: award('市委宣传部短视频拍摄制作服务项目中标公告', '采购人：市委宣传部\n采购人地址：湖南省株洲市天元区\n中标供应商：星河影视传媒有限公司\n中标金额：198000元'),
    check: (e) => expect([e.province, e.city, e.county]).toEqual(['湖南省', '株洲市', null]),
  },
  // titles
  {
    name: 'an aggregator\'s breadcrumb line ("剑鱼标讯 > 招标公告 > 浙江 > 温州市") is not part of the title below it',
    text: '剑鱼标讯 > 招标公告 > 浙江 > 温州市\n星河县文化和旅游局文旅短视频推广服务项目中标结果公告\n发布时间：2024-08-26\n采购单位：星河县文化和旅游局\n中标单位：星河时光文化传媒有限公司\n中标金额：33.5万元',
    check: (e) => expect(e.title).toBe('星河县文化和旅游局文旅短视频推广服务项目中标结果公告'),
  },
  {
    name: 'a site\'s menu line ("登录 | 免费注册 | 会员服务") and slogan are not the title; "【X标讯】" is not part of it',
    text: '登录 | 免费注册 | 会员服务 | 客服热线：400-000-1234\n星河标讯 为您提供招投标信息\n【星河标讯】星河县委宣传部新媒体运营服务项目中标结果\n采购单位：中共星河县委宣传部\n中标单位：星河文化传媒有限公司\n中标金额：33.5万元',
    check: (e) => expect(e.title).toBe('星河县委宣传部新媒体运营服务项目中标结果'),
  },
  {
    name: 'a flattened one-line notice: the title ends where "发布时间：" or "一、项目…" starts',
    text: '星河区融媒体中心“星河发布”新媒体运营服务项目中标公告 发布时间：2025-04-22 一、项目编号：XH-2025-031 二、项目名称：新媒体运营服务项目 三、中标信息 中标供应商：星河文化传媒有限公司 中标价：386000元',
    check: (e) => expect([e.title, e.publishedAt]).toEqual(['星河区融媒体中心“星河发布”新媒体运营服务项目中标公告', '2025-04-22']),
  },
  // dates
  {
    name: '"【信息时间：2025-05-27】" in a trading centre\'s page chrome is the publication date',
    html: '<h1>星河县文旅宣传片拍摄制作项目废标公告</h1><p class="info">【信息时间：2025-05-27】 【阅读次数：112】</p><p>采购人：星河县文化和旅游局</p><p>废标理由：递交投标文件的供应商不足三家。</p>',
    check: (e) => expect([e.kind, e.publishedAt]).toEqual(['failure', '2025-05-27']),
  },
  {
    name: 'the 落款 date beats the first day of a 公示期 that starts the next day',
    text: '关于确定星河新区融媒体中心短视频拍摄制作服务项目成交供应商的公示\n一、采购人：星河县融媒体中心\n二、成交供应商：星河光影文化传媒有限公司\n成交金额：人民币叁拾贰万捌仟元整（¥328,000.00）\n五、公示期：2025年4月23日至2025年4月25日。\n星河县融媒体中心\n2025年4月22日',
    check: (e) => expect(e.publishedAt).toBe('2025-04-22'),
  },
  {
    name: '(guard) a 公示期 alone still dates the notice',
    text: '星河县融媒体中心短视频服务项目成交结果公示\n采购人：星河县融媒体中心\n成交供应商：星河光影文化传媒有限公司\n成交金额：328000元\n公示期：2025年4月23日至2025年4月25日。',
    check: (e) => expect(e.publishedAt).toBe('2025-04-23'),
  },
  // parties
  {
    name: 'no 采购人 label anywhere: the body that signs above the closing date (二〇二六年一月五日) is the buyer',
    text: '星河县政务新媒体短视频制作服务项目成交结果公示\n星河县政务新媒体短视频制作服务项目于2025年12月26日采用竞争性磋商方式进行了采购。经磋商小组评审，确定星河敬亭文化传媒有限公司为成交供应商，成交金额为人民币236,800.00元。\n公示期：三个工作日。\n\n中共星河县委宣传部\n二〇二六年一月五日',
    check: (e) => expect([e.buyer, e.publishedAt]).toEqual(['中共星河县委宣传部', '2026-01-05']),
  },
  {
    name: '(guard) an agency that signs the notice is not taken for the buyer',
    text: '星河县政务新媒体短视频制作服务项目成交结果公示\n经磋商小组评审，确定星河敬亭文化传媒有限公司为成交供应商，成交金额为人民币236,800.00元。\n\n星河招标代理有限公司\n2026年1月5日',
    check: (e) => expect(e.buyer).not.toBe('星河招标代理有限公司'),
  },
  // second part (l*.*): kinds, scope, agency and a yearly fee
  {
    name: 'a 补充通知 to a call for bids is a correction, not the tender it amends',
    text: '关于星河县融媒体中心短视频制作服务项目竞争性磋商公告的补充通知\n现对有关事项补充如下：响应文件提交截止时间由2025年9月12日延期至2025年9月16日。\n采购人：星河县融媒体中心\n2025年9月5日',
    check: (e) => expect([e.kind, e.lots]).toEqual(['correction', []]),
  },
  {
    name: 'a 资格预审结果公告 is neither a tender nor an award: the applicants who passed are not vendors',
    html: '<h2>星河县融媒体中心政务新媒体矩阵运营服务项目资格预审结果公告</h2><p>发布时间：2025-11-21</p><table><tr><td>序号</td><td>申请人名称</td><td>资格预审结论</td></tr><tr><td>1</td><td>星河文化传媒有限公司</td><td>通过</td></tr><tr><td>2</td><td>银河视界科技有限公司</td><td>通过</td></tr></table><p>采购人：星河县融媒体中心</p>',
    check: (e) => expect([e.kind, e.lots]).toEqual(['other', []]),
  },
  {
    name: 'streaming systems (庭审直播系统 运维, 课堂直播系统 采购) are court and school IT, not a streaming service',
    check: () => {
      for (const t of ['星河市中级人民法院科技法庭及庭审直播系统运维服务项目成交公告', '星河县教育局同步课堂直播系统采购项目中标公告', '星河县人民医院手术示教录播系统采购项目']) {
        const e = extractNotice({ text: `${t}\n采购人：星河县人民政府\n中标供应商：星河科技有限公司\n中标金额：268000元` });
        expect(e.isVideoOps, t).toBe(false);
      }
    },
  },
  {
    name: 'reviewing what others publish (网络视听节目内容审核) is not making or running it',
    text: award('星河区融媒体中心网络视听节目内容审核服务项目成交公告', '采购人：星河区融媒体中心\n成交供应商：星河数安科技有限公司\n成交金额：186000元'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([false, null]),
  },
  {
    name: '(guard) a title that runs accounts and also reviews content stays in scope',
    text: award('星河区融媒体中心政务新媒体运营及内容审核服务项目成交公告', '采购人：星河区融媒体中心\n成交供应商：星河数安科技有限公司\n成交金额：186000元'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'account_operation']),
  },
  {
    name: 'a 党员教育电视片 is a film (promo_film), not short-video production',
    text: award('中共星河县委组织部党员教育电视片摄制服务项目成交公告', '采购人：中共星河县委组织部\n成交供应商：星河光影文化传媒有限公司\n成交金额：132000元'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'promo_film']),
  },
  {
    name: '(guard) "直播电商运营": what is run is the live stream',
    check: () => expect(serviceFromTitle('星河好物直播电商运营服务项目')).toBe('live_streaming'),
  },
  {
    name: 'the agency named only in prose ("X招标代理有限公司受Y委托，就…进行公开招标")',
    text: '星河县融媒体中心新媒体运营服务项目中标公告\n星河海晟招标代理有限公司受星河县融媒体中心委托，就新媒体运营服务项目进行公开招标，现将中标结果公告如下：\n一、中标供应商：星河视界文化传媒有限公司\n二、中标金额：786000元\n发布日期：2025年5月28日',
    check: (e) => expect([e.buyer, e.agency]).toEqual(['星河县融媒体中心', '星河海晟招标代理有限公司']),
  },
  {
    name: 'a yearly fee followed by the stated total ("年服务费28.8万元，三年合计86.4万元"): the total is the award',
    text: award('星河区融媒体中心短视频账号代运营服务项目（2025—2027年）中标公告', '采购人：星河区融媒体中心\n中标供应商：星河善卷文化传媒有限公司\n中标金额：年服务费人民币28.8万元，三年合计人民币86.4万元'),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河善卷文化传媒有限公司', 864000]]),
  },
  {
    name: '(guard) a yearly fee with no total after it stays as written',
    text: award('星河区融媒体中心账号代运营服务项目中标公告', '采购人：星河区融媒体中心\n中标供应商：星河善卷文化传媒有限公司\n中标金额：年服务费人民币28.8万元'),
    check: (e) => expect(e.lots.map((l) => l.amountYuan)).toEqual([288000]),
  },
  // third part (m*.*): a plan and a lot budget table
  {
    name: 'a 政府采购计划公示 (a plan with budget and month, before any call for bids) is an intention',
    text: '星河县融媒体中心2026年度政府采购计划公示\n序号 | 项目名称 | 预算金额（元） | 预计采购时间\n1 | 新媒体账号运营服务 | 480000 | 2026年2月\n星河县融媒体中心\n2026年1月9日',
    check: (e) => expect([e.kind, e.budgetYuan, e.lots]).toEqual(['intention', 480000, []]),
  },
  {
    name: 'one project\'s lots in a table (包号 | 预算金额 | 最高限价) under "单位：万元": the budget is the lots\' sum, in 万元',
    text: '星河区文旅宣传片及短视频拍摄制作项目竞争性磋商公告\n采购人：星河区文化和旅游局\n分包情况（单位：万元）：\n包号 | 包名称 | 预算金额 | 最高限价\n1 | 文旅宣传片拍摄制作 | 30 | 29\n2 | 文旅短视频拍摄制作 | 20 | 19.5',
    check: (e) => expect([e.kind, e.budgetYuan]).toEqual(['tender', 500000]),
  },
  {
    name: '(guard) a table of several projects (no lot column) still gives no single budget',
    text: '星河县文化和旅游局2026年1月至3月政府采购意向\n序号 | 采购项目名称 | 预算金额（万元） | 预计采购时间\n1 | 文旅短视频制作服务 | 45 | 2026年2月\n2 | 景区保洁服务 | 80 | 2026年3月',
    check: (e) => expect(e.budgetYuan).toBeNull(),
  },
  // found by probing shapes beside the batch
  {
    name: 'a 融媒体中心 buys computers, audits and cleaning too: its name alone does not make a notice video operations',
    check: () => {
      for (const t of ['星河县融媒体中心办公电脑采购项目中标公告', '星河县融媒体中心物业管理服务项目成交公告', '星河县融媒体中心2025年度审计服务成交公告', '星河市新媒体中心办公楼维修工程']) {
        const e = extractNotice({ text: `${t}\n采购人：星河县融媒体中心\n中标供应商：星河物业有限公司\n中标金额：198000元` });
        expect(e.isVideoOps, t).toBe(false);
      }
    },
  },
  {
    name: '(guard) a 融媒体中心 buying short videos or running its new-media accounts stays in scope',
    check: () => {
      for (const t of ['星河县融媒体中心短视频拍摄制作服务项目', '星河县融媒体中心新媒体账号运营服务项目', '星河县融媒体中心融媒体内容生产及短视频运营服务项目']) {
        const e = extractNotice({ text: `${t}中标公告\n采购人：星河县融媒体中心\n中标供应商：星河文化传媒有限公司\n中标金额：198000元` });
        expect([e.isVideoOps, e.serviceType], t).toEqual([true, t.includes('拍摄') ? 'video_production' : 'account_operation']);
      }
    },
  },
  {
    name: 'a 融媒体中心 buying an unnamed service ("2025年度审计服务") is kept by the title filter (recall) and judged by its body',
    check: () => {
      const t = '星河县融媒体中心2025年度审计服务成交公告';
      expect(classifyTitle(t).isVideoOps).toBe(true);
      expect(extractNotice({ text: `${t}\n采购人：星河县融媒体中心\n成交供应商：星河会计师事务所\n成交金额：48000元\n服务内容：年度财务收支审计。` }).isVideoOps).toBe(false);
      const ops = extractNotice({ text: `星河县融媒体中心2025年宣传服务项目中标公告\n采购人：星河县融媒体中心\n中标供应商：星河文化传媒有限公司\n中标金额：198000元\n服务内容：抖音号、视频号运营，每月制作短视频20条。` });
      expect([ops.isVideoOps, ops.serviceType]).toEqual([true, 'account_operation']);
    },
  },
  {
    name: 'a quoted “X发布” is a government new-media account: "“星河发布”平台内容运维服务" is in scope with no other video word',
    text: award('星河区融媒体中心“星河发布”平台内容运维服务单一来源采购成交结果公告', '采购人：星河区融媒体中心\n成交供应商：星河日报社\n成交金额：人民币48万元'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'account_operation']),
  },
  {
    name: 'a page\'s info line ("信息来源：X 时间：2025-06-03 浏览次数：35") dates the notice',
    html: '<h2>星河县融媒体中心短视频制作服务项目中标公告</h2><div>信息来源：星河县公共资源交易中心 时间：2025-06-03 浏览次数：35</div><p>采购人：星河县融媒体中心</p><p>中标供应商：星河文化传媒有限公司</p><p>中标金额：198000元</p>',
    check: (e) => expect(e.publishedAt).toBe('2025-06-03'),
  },
  {
    name: '(guard) a deadline near the top is not a publication date',
    text: '星河县融媒体中心短视频制作服务项目招标公告\n投标截止时间：2025年6月20日9:30\n来源：星河县公共资源交易中心\n采购人：星河县融媒体中心\n预算金额：50万元',
    check: (e) => expect(e.publishedAt).toBeNull(),
  },
  {
    name: 'a 遴选结果 names its winner as 入选单位',
    text: award('星河县融媒体中心短视频制作服务商遴选结果公告', '采购人：星河县融媒体中心\n入选单位：星河文化传媒有限公司\n服务费：198000元'),
    check: (e) => expect(e.lots.map((l) => l.vendor)).toEqual(['星河文化传媒有限公司']),
  },
  {
    name: 'an agency with its role in brackets ("星河县政府采购中心（集中采购机构）") is still the agency',
    text: award('星河县融媒体中心短视频制作服务项目中标公告', '采购人：星河县融媒体中心\n代理机构：星河县政府采购中心（集中采购机构）\n中标供应商：星河文化传媒有限公司\n中标金额：198000元'),
    check: (e) => expect(e.agency).toBe('星河县政府采购中心'),
  },
];

runTrapRows('traps of the third unseen batch', rows);
