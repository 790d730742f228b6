/**
 * Traps found by the eighth unseen batch (tests/fixtures/extract/heldout8): national firms'
 * channels and branches, natural persons and consortia as vendors, 入围 shares, 补充合同 and
 * 合同变更, works tables, animation and 网络文化作品 titles, video contests and content production.
 * One named row each, run through the real extractNotice: each row failed before parser 1.9.0,
 * except those marked (guard), which keep a new rule from overreaching (two of them, on lots
 * priced one by one and on the project's name line, held before and broke under this batch's
 * first 内容生产 rule). The names say the general rule, not the fixture; the parties are
 * invented (星河…).
 */
import { expect } from 'vitest';
import { extractNotice } from '../../scrapers/extract/index.js';
import { award, runTrapRows, type TrapRow } from './trap-rows.js';

/** What extractNotice makes of a bare award notice of `title` with `body`. */
const of = (title: string, body: string) => extractNotice({ text: award(title, body) });

const rows: TrapRow[] = [
  // vendors
  {
    name: 'a news portal\'s channel ("X股份有限公司星河频道") is a vendor name',
    text: award('星河县委宣传部网络宣传服务项目成交结果公告',
      '中标结果：\n序号 | 中标（成交）金额(元) | 中标供应商名称 | 中标供应商地址\n1 | 180000.00 | 星河网股份有限公司星河频道 | 星河市民族大道1号\n采购人：中共星河县委宣传部'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河网股份有限公司星河频道', amountYuan: 180000 }]),
  },
  {
    name: 'a natural person "张三（自然人）" under a winner label is the vendor, named without the note',
    text: award('星河县文联微电影拍摄制作项目询价成交结果公示', '成交结果\n成交供应商：钟星河（自然人）\n成交金额：肆万陆仟捌佰元整（¥46,800.00）\n采购人：星河县文学艺术界联合会'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '钟星河', amountYuan: 46800 }]),
  },
  {
    name: 'a 是否成交 column marks the one winner even in a 成交结果 section, a natural person included',
    text: award('星河镇人民政府宣传短视频拍摄服务成交结果公示',
      '现将成交结果公示如下：\n项目名称 | 供应商名称 | 报价（元） | 是否成交\n短视频拍摄 | 刘星河（自然人） | 28,600.00 | 是\n短视频拍摄 | 星河县晓起影像工作室（个体工商户） | 31,000.00 | 否\n短视频拍摄 | 星河文化传媒有限公司 | 33,500.00 | 否'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '刘星河', amountYuan: 28600 }]),
  },
  {
    name: 'a heading "二、成交候选人" over "第一成交候选人：X" is no "候选人第一": X is the first candidate, with its bid',
    text: '星河县宣传片拍摄项目成交候选人公示\n发布时间：2025-10-28\n二、成交候选人\n第一成交候选人：星河九嶷文化传媒有限公司，报价：58,600.00元\n第二成交候选人：星河影视有限公司，报价：61,200.00元',
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河九嶷文化传媒有限公司', amountYuan: 58600 }]),
  },
  {
    name: 'a natural person ranked first ("第一成交候选人：欧阳星河（自然人），报价：…") is the candidates notice\'s lot',
    text: '星河县微电影拍摄项目成交候选人公示\n发布时间：2025-10-28\n第一成交候选人：欧阳星河（自然人），报价：58,600.00元\n第二成交候选人：星河影视有限公司，报价：61,200.00元',
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '欧阳星河', amountYuan: 58600 }]),
  },
  {
    name: 'a bare name under a "成交人姓名" column is a natural person winning',
    text: award('星河县文联微视频拍摄项目成交结果公示', '二、成交结果\n成交人姓名 | 身份证号 | 成交金额（元）\n谭星河 | 4302**********1536 | 26,500.00'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '谭星河', amountYuan: 26500 }]),
  },
  {
    name: 'vendor names with Latin letters or digits are read in prose and in inline lots ("湖南MCN星播…", "岳阳5G视讯…")',
    check: () => {
      const prose = of('星河市商务局电商直播推广服务项目成交结果公告', '经磋商小组评审，确定星河MCN星播文化传媒有限公司为成交供应商，成交金额为人民币壹拾壹万捌仟元整（¥118,000.00）。');
      expect(prose.lots).toMatchObject([{ vendor: '星河MCN星播文化传媒有限公司', amountYuan: 118000 }]);
      const inline = of('星河区融媒体中心短视频制作及直播服务项目中标公告', '二、中标结果\n第1包：星河4K云影文化传媒有限公司，中标金额：216000元；第2包：星河5G视讯直播科技有限公司，中标金额：174000元。');
      expect(inline.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河4K云影文化传媒有限公司', 216000], ['星河5G视讯直播科技有限公司', 174000]]);
    },
  },
  {
    name: 'a notice type in brackets before the title ("【成交公告】X成交公告") is not part of it, and a prose name may carry a middle dot',
    text: '【成交公告】星河县文旅短视频拍摄制作项目成交公告\n发布时间：2025-05-09\n经询价小组评审，确定星河雪峰·山水影像文化传媒有限公司为成交供应商，成交金额为人民币陆万捌仟元整（¥68,000.00）。',
    check: (e) => {
      expect(e.title).toBe('星河县文旅短视频拍摄制作项目成交公告');
      expect(e.lots).toMatchObject([{ vendor: '星河雪峰·山水影像文化传媒有限公司', amountYuan: 68000 }]);
    },
  },
  {
    name: 'a credit code in brackets after the vendor\'s name in its cell is not the name\'s',
    text: award('星河县融媒体中心直播服务项目中标（成交）结果公告', '二、中标（成交）信息\n序号 | 中标供应商名称（统一社会信用代码） | 中标（成交）金额（元）\n1 | 星河高椅古村文化传媒有限公司（91431225MA4T8XQ21K） | ¥132,000.00'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河高椅古村文化传媒有限公司', amountYuan: 132000 }]),
  },
  {
    name: 'a 比选\'s "入选单位：X" with "入选报价：…" is X at that price',
    text: award('星河县文化旅游发展有限公司文旅宣传片拍摄制作比选入选结果公示', '三、入选结果\n入选单位：星河受降城影视文化传媒有限公司\n入选报价：¥ 298,000.00'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河受降城影视文化传媒有限公司', amountYuan: 298000 }]),
  },
  {
    name: 'a consortium joined by a slash ("A公司/B公司（联合体）") is A；B',
    text: award('星河县融媒体中心短视频制作及账号运营服务项目成交公告', '成交供应商：星河荆坪古村文化传媒有限公司/星河桐木数字科技有限公司（联合体）\n成交金额：¥ 318,000.00'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河荆坪古村文化传媒有限公司；星河桐木数字科技有限公司', amountYuan: 318000 }]),
  },
  {
    name: 'a consortium in one cell as "联合体牵头人：A 联合体成员：B" is A；B',
    html: '<h1>星河县文旅局宣传片拍摄制作项目结果公告</h1><p>发布日期：2025-06-26</p><p>三、中标（成交）信息</p><table><tr><td>合同包</td><td>供应商名称</td><td>中标（成交）金额</td></tr><tr><td>1</td><td>联合体牵头人：星河影视文化传媒有限公司<br>联合体成员：星河云顶数字科技有限公司</td><td>568,000.00元</td></tr></table><p>采购人：星河县文体和旅游局</p>',
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河影视文化传媒有限公司；星河云顶数字科技有限公司', amountYuan: 568000 }]),
  },
  {
    name: 'a consortium in prose "中标人为由A（牵头人）与B（成员）组成的联合体" is A；B with the sentence\'s price',
    text: award('中共星河县委宣传部宣传片拍摄制作项目中标公告', '二、中标结果\n经评标委员会评审，中标人为由星河电影集团有限公司（牵头人）与星河天门山影视文化有限公司（成员）组成的联合体，中标价：人民币伍拾叁万陆仟元整（¥536,000.00）。'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河电影集团有限公司；星河天门山影视文化有限公司', amountYuan: 536000 }]),
  },
  {
    name: 'a consortium without 由 ("确定A与B组成的联合体为成交供应商") is A；B, priced by the 成交金额 line',
    text: award('星河县融媒体中心短视频及直播服务项目成交结果公告', '二、成交结果\n经磋商小组评审，确定星河神农影视文化有限公司与星河酒埠江数字传媒有限公司组成的联合体为成交供应商，其中星河神农影视文化有限公司为联合体牵头人。\n成交金额：人民币肆拾贰万捌仟元整（¥428,000.00）'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河神农影视文化有限公司；星河酒埠江数字传媒有限公司', amountYuan: 428000 }]),
  },
  {
    name: 'a consortium as two labelled lines "成交供应商（联合体牵头人）：A" / "成交供应商（联合体成员）：B" is one lot A；B',
    text: award('星河县文旅宣传片拍摄项目成交公告', '二、成交信息\n成交供应商（联合体牵头人）：星河土家风情影视文化有限公司\n成交供应商（联合体成员）：星河里耶数字影像有限公司\n成交金额：人民币叁拾捌万陆仟元整（¥386,000.00）'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河土家风情影视文化有限公司；星河里耶数字影像有限公司', amountYuan: 386000 }]),
  },
  {
    name: '(guard) a consortium named as a losing candidate is not the winner the notice names after it',
    text: award('星河县宣传片项目中标公告', '第一中标候选人：由星河甲影视有限公司与星河乙数字有限公司组成的联合体，投标报价：500000元\n第二中标候选人：星河丙传媒有限公司，投标报价：520000元\n经评审，确定星河丙传媒有限公司为中标人，中标金额：520000元'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河丙传媒有限公司', amountYuan: 520000 }]),
  },
  {
    name: '(guard) a call that accepts "由两家单位组成的联合体" names no consortium winner',
    text: award('星河县宣传片拍摄项目中标公告', '本项目允许由两家单位组成的联合体投标。\n中标供应商：星河影视有限公司\n中标金额：236000元'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河影视有限公司', amountYuan: 236000 }]),
  },
  {
    name: '入围 holders listed as "第一名：X，…分配份额50%" under a sentence naming them are one lot each, no amount',
    text: award('星河区委宣传部短视频制作服务入围采购项目结果公告',
      '四、入围结果\n本项目确定综合得分排名前三的供应商为入围供应商，服务份额按排名分配：\n第一名：星河武功山影视文化传媒有限公司，综合得分92.6分，分配份额50%；\n第二名：星河红色文化传播有限公司，综合得分88.3分，分配份额30%；\n第三名：星河数字科技有限公司，综合得分85.1分，分配份额20%。\n入围供应商单价均按第一名磋商报价执行：每条2800元。'),
    check: (e) => {
      expect(e.lots.map((l) => l.vendor)).toEqual(['星河武功山影视文化传媒有限公司', '星河红色文化传播有限公司', '星河数字科技有限公司']);
      expect(e.lots.every((l) => l.amountYuan === null)).toBe(true);
    },
  },
  {
    name: '入围 holders one a line without numbers, each with a note in brackets ("X公司（预计份额40%）"), are one lot each',
    text: award('星河县委宣传部宣传片及短视频制作服务框架协议采购入围结果公告', '三、入围供应商及份额：\n星河龙宫洞影视文化传媒有限公司（预计份额40%）\n星河马当文化传播有限公司（预计份额35%）\n星河县桃红岭数字科技有限公司（预计份额25%）\n四、入围价格：短视频每条2500元。'),
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河龙宫洞影视文化传媒有限公司', null], ['星河马当文化传播有限公司', null], ['星河县桃红岭数字科技有限公司', null]]),
  },
  {
    name: 'a clause ending in 执行 or 进行 is no organisation name (行 ends only a bank\'s or a shop\'s)',
    text: award('星河县短视频制作服务项目结果公告', '入围供应商单价均按第一名磋商报价执行：每条2800元。'),
    check: (e) => expect(e.lots.map((l) => l.vendor)).not.toContain('单价均按第一名磋商报价执行'),
  },
  {
    name: 'a works result table "中标人名称 | 中标价（元） | 工期 | 项目经理" is read as a table',
    text: award('星河县融媒体中心演播室装修改造项目中标公告', '三、中标信息\n中标人名称 | 中标价（元） | 工期 | 项目经理\n星河建筑装饰工程有限公司 | 1286400.35 | 90日历天 | 彭星河\n招标人：星河县融媒体中心'),
    check: (e) => expect(e.lots).toMatchObject([{ vendor: '星河建筑装饰工程有限公司', amountYuan: 1286400.35 }]),
  },
  // buyer
  {
    name: 'a prose buyer the title names with its county before it ("江湾镇人民政府对…") is the title\'s fuller name',
    text: '星河县江湾镇人民政府乡村旅游短视频拍摄服务成交结果公示\n发布时间：2025-05-27\n江湾镇人民政府对乡村旅游短视频拍摄服务进行询价采购，现将成交结果公示如下：\n成交供应商：星河文化传媒有限公司\n成交金额：28600元',
    check: (e) => expect(e.buyer).toBe('星河县江湾镇人民政府'),
  },
  // contracts changed
  {
    name: 'a 补充合同 notice is a contract worth its 变更后合同总金额, not the 原合同金额 or the 补充合同金额',
    text: '星河县委宣传部政务新媒体运营服务项目补充合同公告\n合同主体\n采购人（甲方）：中共星河县委宣传部\n供应商（乙方）：星河云视文化传媒有限公司\n原合同金额：300,000.00元\n补充合同金额：86,000.00元\n变更后合同总金额：386,000.00元\n合同公告日期：2025-09-29',
    check: (e) => expect(e).toMatchObject({ kind: 'contract', lots: [{ vendor: '星河云视文化传媒有限公司', amountYuan: 386000 }] }),
  },
  {
    name: 'a 合同变更公告 is a contract worth its 变更后合同金额 (the 变更前 one is superseded)',
    text: '星河县融媒体中心短视频制作服务项目合同变更公告\n发布时间：2025-10-16\n采购人：星河县融媒体中心\n供应商：星河文化传媒有限公司\n变更前合同金额：人民币贰拾陆万元整（¥260,000.00）\n变更后合同金额：人民币贰拾捌万陆仟元整（¥286,000.00）',
    check: (e) => expect(e).toMatchObject({ kind: 'contract', lots: [{ vendor: '星河文化传媒有限公司', amountYuan: 286000 }] }),
  },
  {
    name: 'a contract changed in prose ("合同金额由人民币36万元调整为人民币39.6万元") is worth the figure it is changed to',
    text: '星河县融媒体中心政务新媒体运营服务合同变更公告\n发布时间：2025-11-20\n采购人：星河县融媒体中心\n供应商：星河云视文化传媒有限公司\n二、变更事项\n经双方协商，合同金额由人民币36万元调整为人民币39.6万元，服务期限不变。',
    check: (e) => expect(e).toMatchObject({ kind: 'contract', lots: [{ vendor: '星河云视文化传媒有限公司', amountYuan: 396000 }] }),
  },
  {
    name: '(guard) a 补充合同 that states only the 原合同金额 and the 补充合同金额 has no amount (no sum the text does not write)',
    text: '星河县融媒体中心短视频拍摄制作服务项目补充合同公告\n采购人（甲方）：星河县融媒体中心\n供应商（乙方）：星河影视文化传媒有限公司\n原合同金额：人民币贰拾肆万元整（¥240,000.00）\n补充合同金额：人民币贰万肆仟元整（¥24,000.00）\n合同公告日期：2025-10-30',
    check: (e) => expect(e).toMatchObject({ kind: 'contract', lots: [{ vendor: '星河影视文化传媒有限公司', amountYuan: null }] }),
  },
  {
    name: 'a title announcing the result "及部分流标" is an award of the won lot, not a failure',
    text: '星河县文旅短视频及直播服务项目中标结果及部分流标公告\n发布时间：2025-06-17\n二、中标结果\n包1（文旅短视频拍摄制作）：中标供应商：星河华容道影视文化有限公司，中标金额：¥158,000.00\n三、流标情况\n包2（文旅直播服务）：有效响应供应商不足三家，本包流标。',
    check: (e) => expect(e).toMatchObject({ kind: 'award', lots: [{ vendor: '星河华容道影视文化有限公司', amountYuan: 158000 }] }),
  },
  {
    name: '(guard) a result whose every lot failed is still a failure',
    text: '星河县文旅短视频服务项目结果公告\n发布时间：2025-06-17\n包1：有效响应供应商不足三家，本包流标。\n包2：有效响应供应商不足三家，本包流标。',
    check: (e) => expect(e).toMatchObject({ kind: 'failure', lots: [] }),
  },
  {
    name: '(guard) a 更正公告 that changes an award amount stays a correction awarding nothing',
    text: '星河县委宣传部政务新媒体运营服务项目中标结果更正公告\n发布时间：2025-07-30\n更正内容：\n原中标（成交）金额：386000.00元\n更正为：中标（成交）金额：368000.00元\n采购人：中共星河县委宣传部',
    check: (e) => expect(e).toMatchObject({ kind: 'correction', lots: [] }),
  },
  // video or not, and which service
  {
    name: '微动画, MG动画 and 科普动画 titles (no 视频 in them) are video production',
    check: () => {
      for (const t of ['中共星河县纪委“清廉星河”系列微动画制作项目成交结果公告', '星河县人民法院普法宣传MG动画制作服务采购成交公告', '星河县科协科普动画制作服务项目成交公告']) {
        const e = of(t, '成交供应商：星河动漫文化有限公司\n成交金额：86000元');
        expect([e.isVideoOps, e.serviceType], t).toEqual([true, 'video_production']);
      }
    },
  },
  {
    name: '动漫短片 and a 数字人\'s 新闻播报 (no 视频 or 动画 in the title) are video production',
    check: () => {
      for (const t of ['星河县人民检察院普法动漫短片制作项目成交公告', '星河县融媒体中心AI数字人新闻播报服务项目成交公告']) {
        const e = of(t, '服务内容：每周生成数字人播报短视频5条，在“星河发布”抖音号、视频号发布。\n成交供应商：星河智媒科技有限公司\n成交金额：126000元');
        expect([e.isVideoOps, e.serviceType], t).toEqual([true, 'video_production']);
      }
    },
  },
  {
    name: 'a 网信办\'s 网络文化作品制作 title is video operations',
    text: award('星河市委网信办2025年度网络文化作品制作服务项目成交结果公告', '成交供应商：星河文化传播有限公司\n成交金额：286500元'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'video_production']),
  },
  {
    name: 'an address on 建设路 in a body that names short videos and animations does not speak against video work',
    text: award('星河市2025年度宣传作品服务项目成交结果公告', '服务范围：创作网络短视频不少于36条、微动画6部。\n成交供应商：星河文化传播有限公司\n成交金额：486000元\n采购代理机构：星河招标有限公司\n地 址：星河市建设北路18号'),
    check: (e) => expect(e.isVideoOps).toBe(true),
  },
  {
    name: 'a short-video contest run by the vendor ("短视频征集活动承办服务") is other_video',
    text: award('星河区委宣传部城市形象短视频征集活动承办服务项目成交公告', '成交供应商：星河文化传播有限公司\n成交金额：268000.00元'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'other_video']),
  },
  {
    name: '(guard) making the videos of a contest ("短视频大赛获奖作品拍摄制作") is still production',
    text: award('星河区短视频大赛获奖作品拍摄制作服务项目成交公告', '成交供应商：星河文化传播有限公司\n成交金额：68000.00元'),
    check: (e) => expect(e.serviceType).toBe('video_production'),
  },
  {
    name: 'a media centre\'s "新媒体内容生产服务" is production of content, not running the accounts',
    text: award('星河县融媒体中心2025-2026年度新媒体内容生产服务项目成交公告', '成交供应商：星河文化传播有限公司\n成交金额：580000元'),
    check: (e) => expect(e.serviceType).toBe('video_production'),
  },
  {
    name: '(guard) lots priced one by one and named by service elsewhere ("包1 新媒体账号运营；包2 短视频制作") let the money decide the service',
    text: award('星河区融媒体中心2025年新媒体内容生产服务项目中标（成交）结果公告',
      '三、采购结果\n包1：供应商名称：星河鱼凫文化传媒有限公司；中标（成交）金额：296800.00元\n包2：供应商名称：星河金马河影视制作有限公司；中标（成交）金额：183500.00元\n四、主要标的信息：包1 新媒体账号运营；包2 短视频制作。'),
    check: (e) => expect(e.serviceType).toBe('account_operation'),
  },
  {
    name: 'a result table\'s 分标 column labels the lots (not its 序号), and the lot with the most money decides the service',
    html: '<h1>星河区融媒体中心新媒体运营及宣传服务采购结果公告</h1><p>发布时间：2025-01-07</p><p>1.中标结果：</p><table><tr><td>序号</td><td>分标</td><td>中标（成交）金额(元)</td><td>中标供应商名称</td></tr><tr><td>1</td><td>A分标</td><td>报价:298000(元)</td><td>星河漓江新视文化传媒有限公司</td></tr><tr><td>2</td><td>C分标</td><td>报价:156000(元)</td><td>星河山水直播科技有限公司</td></tr></table><p>四、主要标的信息</p><p>A分标：新媒体账号运营，服务期12个月；B分标：城市形象宣传片拍摄，预算220000元；C分标：重大活动直播，不少于20场。</p>',
    check: (e) => {
      expect(e.lots.map((l) => l.lot)).toEqual(['A分标', 'C分标']);
      expect(e.serviceType).toBe('account_operation');
    },
  },
  {
    name: '(guard) the project\'s name line is no lot heading: the budget after it is the project\'s, not its service\'s',
    text: '星河区融媒体中心2025年度新媒体内容生产服务项目公开招标公告\n项目名称：星河区融媒体中心2025年度新媒体内容生产服务项目\n预算金额：800000.00元\n采购需求：\n包1：抖音号、视频号日常运营，预算金额：50万元；\n包2：城市形象宣传片拍摄制作，预算金额：30万元。\n2025年2月27日',
    check: (e) => expect(e.serviceType).toBe('account_operation'),
  },
  {
    name: 'a generic title whose body runs the buyer\'s named accounts (with videos and a few live streams) is account operation',
    text: award('中共星河县委宣传部2025年网络宣传服务项目成交公告', '成交供应商：星河幕阜山文化传媒有限公司\n成交金额：¥ 268,000.00\n三、服务内容：负责“星河发布”微信视频号、抖音号的日常运营，每月策划拍摄原创短视频不少于15条，重大活动直播6场，服务期一年。'),
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'account_operation']),
  },
  {
    name: 'one lot awarded of lots named by different services ("包1：短视频" won, "包2：账号运营" 废标) takes the awarded lot\'s service',
    text: award('星河县2025年文旅宣传服务项目中标结果公告', '三、中标信息\n包1：文旅短视频拍摄制作；包2：文旅新媒体账号运营。\n包1：中标供应商：星河影视文化传媒有限公司，中标金额：¥236,000.00\n包2：有效投标人不足三家，废标。'),
    check: (e) => expect(e.serviceType).toBe('video_production'),
  },
  {
    name: 'screens and terminals for showing short videos ("智慧屏及短视频展播终端采购") are equipment',
    text: award('星河县融媒体中心新媒体智慧屏及短视频展播终端采购项目成交公告', '成交供应商：星河智能科技有限公司\n成交金额：¥ 246,800.00'),
    check: (e) => expect(e.isVideoOps).toBe(false),
  },
  {
    name: '(guard) "新媒体运营服务" still runs the accounts',
    text: award('星河县融媒体中心新媒体运营服务项目成交公告', '成交供应商：星河文化传播有限公司\n成交金额：580000元'),
    check: (e) => expect(e.serviceType).toBe('account_operation'),
  },
];

runTrapRows('traps from the eighth unseen batch (heldout8)', rows);
