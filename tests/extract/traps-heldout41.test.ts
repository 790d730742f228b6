/**
 * Traps found by the forty-first unseen batch (tests/fixtures/extract/heldout41): text pulled out
 * of PDF and Word files (layout and plain pdftotext, OCR, docx2txt) and 中标/成交通知书 letters.
 * One named row each, run through the real extractNotice: each row failed before parser 1.42.0,
 * except those marked (guard), which keep a new rule from overreaching. The names say the general
 * rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const winners = (e: { lots: { vendor: string | null; amountYuan: number | null }[] }) => e.lots.map((l) => [l.vendor, l.amountYuan]);

const rows: TrapRow[] = [
  {
    name: 'a 中标通知书 names its winner as its addressee ("X有限公司：" under the heading, then "你单位为本项目中标人")',
    text: '                 中 标 通 知 书\n                                   星采通〔2021〕第 35 号\n   星河云帆科技有限公司：\n       我中心受星河县公安局委托，就星河县视频会议系统采购项目进行公开招标。经评标委员会评审，你单位为本项目中标人，中标价：人民币贰拾叁万元整（¥230,000.00）。\n       请你单位于 30 日内与采购人签订合同。\n       采购人：星河县公安局（盖章）      集中采购机构：星河县政府采购中心（盖章）\n                                         2021 年 3 月 8 日\n',
    check: (e) => expect(winners(e)).toEqual([['星河云帆科技有限公司', 230000]]),
  },
  {
    name: 'a 成交通知书 whose addressee line is padded to the underline ("X有限公司          ：") and whose letter says "确定贵公司为成交供应商"',
    text: '成交通知书\n星河文化传媒有限公司              ：\n    我公司受星河县文化旅游局委托，以竞争性谈判方式组织采购，现确定贵公司为该项目成交供应商。\n    成交金额：人民币捌万元整（¥80,000.00）\n    采购代理机构：星河招标代理有限公司\n    2022年8月22日\n',
    check: (e) => expect(winners(e)).toEqual([['星河文化传媒有限公司', 80000]]),
  },
  {
    name: '(guard) a letter to a losing bidder ("X有限公司：" then "你单位未中标…中标人为Y") does not make its addressee the winner',
    text: '中标结果通知书\n星河云帆科技有限公司：\n    星河县视频会议系统采购项目已评标结束，你单位未中标，本项目中标人为星河智能科技有限公司，中标金额：¥230,000.00。感谢你单位的参与。\n    星河县政府采购中心\n    2021 年 3 月 8 日\n',
    check: (e) => expect(e.lots.map((l) => l.vendor)).not.toContain('星河云帆科技有限公司'),
  },
  {
    name: 'a letter\'s bare heading ("中标通知书") under its sender\'s letterhead line is the title, without the letterhead',
    text: '                                        星河县公共资源交易中心\n                         中 标 通 知 书\n   星河云帆科技有限公司：\n       经评标委员会评审，你单位为本项目中标人。\n       中标金额：人民币贰拾叁万元整（¥230,000.00）\n   采购人（盖章）：星河县教育局\n   日期：2021 年 3 月 8 日\n',
    check: (e) => expect([e.title, e.kind]).toEqual(['中标通知书', 'award']),
  },
  {
    name: 'a numbered clause of prose ("二、请贵单位…签订政府采购合同。合同") is no title, though it ends as one',
    text: '                 中 标 通 知 书\n   星河云帆科技有限公司：\n       经评标委员会评审，你单位为本项目中标人。\n   一、中标金额：人民币贰拾叁万元整（¥230,000.00）\n   二、请贵单位在收到本通知书之日起 30 日内与采购人签订政府采购合同。合同\n   签订后 2 个工作日内将合同副本送采购代理机构备案。\n',
    check: (e) => expect(e.title).toBe('中标通知书'),
  },
  {
    name: 'a layout PDF\'s key/value table ("采购人            X局", the gap wider than eight spaces) is read as labelled fields',
    text: '星河县宣传片项目中标公告\n一、中标内容\n     项目名称          星河县宣传片项目\n     采购人            星河县文化和旅游局\n     中标供应商        星河文化传媒有限公司\n     中标金额          人民币肆拾贰万捌仟陆佰元整（¥428,600.00）\n     服务期限          合同签订之日起 12 个月\n',
    check: (e) => {
      expect(e.buyer).toBe('星河县文化和旅游局');
      expect(winners(e)).toEqual([['星河文化传媒有限公司', 428600]]);
    },
  },
  {
    name: '(guard) a label in the middle of a line\'s prose followed by a wide gap is no field',
    text: '星河县宣传片项目中标公告\n中标供应商：星河文化传媒有限公司\n中标金额：¥98,000.00\n本项目由星河县文化旅游局作为采购人            负责签订合同。\n采购人：星河县文化旅游局\n',
    check: (e) => expect(e.buyer).toBe('星河县文化旅游局'),
  },
  {
    name: 'a seal\'s words OCR read into the middle of a name ("X文化传 合同专用章 媒有限公司") are dropped: one vendor, not two',
    text: '政府采购合同\n甲方（采购人）：星河县第一中学\n乙方（供应商）：星河文化传媒有限公司\n第二条 合同金额\n本合同总价为人民币捌万元整（¥80,000.00）。\n签订日期：2017年8月25日\n甲方（盖章）：星河县第一中学          乙方（盖章）：星河文化传 合同专用章 媒有限公司\n',
    check: (e) => expect(winners(e)).toEqual([['星河文化传媒有限公司', 80000]]),
  },
  {
    name: '(guard) a seal\'s words after a whole name, or a label naming the seal, leave the text as it is',
    text: '政府采购合同\n甲方：星河县第一中学\n乙方：星河文化传媒有限公司\n合同金额：¥80,000.00\n乙方（盖章）：星河文化传媒有限公司 合同专用章\n备注：须加盖合同专用章 方为有效\n',
    check: (e) => expect(winners(e)).toEqual([['星河文化传媒有限公司', 80000]]),
  },
  {
    name: 'a bare legal suffix under an agency label ("招标代理 有限公司", a seal\'s ring split over lines) is no agency: the labelled one further down is',
    text: '成交通知书\n星河文化传媒有限公司：\n    现确定贵公司为该项目成交供应商。成交金额：¥80,000.00\n         星河   采购人：星河县文化旅游局（盖章）\n    招标代理 有限公司\n         招标专用章  采购代理机构：星河招标代理有限公司（盖章）\n',
    check: (e) => expect(e.agency).toBe('星河招标代理有限公司'),
  },
  {
    name: 'a contract\'s section heading ("2. 合同价款") over numbered clauses takes no clause as its value: the 合同总金额 clause is the amount',
    text: '星河县技能培训项目\n服务合同\n甲方：星河县人力资源和社会保障局\n乙方：星河职业培训学校有限公司\n2. 合同价款\n\n2.1 培训费标准：每人1,850.00元。\n\n2.2 合同总金额：人民币伍拾玖万贰仟元整（¥592,000.00）。\n签订时间：2022年5月10日\n',
    check: (e) => expect(winners(e)).toEqual([['星河职业培训学校有限公司', 592000]]),
  },
  {
    name: 'a supply contract\'s provisional total ("本合同暂定总价为人民币…，按实际供货量据实结算") is its amount',
    text: '政府采购合同\n甲方（采购人）：星河县第一中学\n乙方（供应商）：星河农副产品配送有限公司\n第二条 合同金额\n本合同暂定总价为人民币捌拾陆万肆仟元整（¥864,000.00），按实际供货量据实结算，结算总额不超过合同暂定总价。\n签订日期：2017年8月25日\n',
    check: (e) => expect(winners(e)).toEqual([['星河农副产品配送有限公司', 864000]]),
  },
  {
    name: 'a Word file\'s docx2txt text (a row\'s cells one blank line apart, rows and paragraphs three) is read with its result table whole',
    text: '星河县林业局防火物资采购项目\n\n成交结果公告\n\n\n\n一、项目编号：XH2024-047\n\n\n\n二、采购人：星河县林业局\n\n\n\n三、成交信息\n\n\n\n包号\n\n供应商名称\n\n供应商地址\n\n成交金额\n\n\n\n第1包\n\n星河消防器材有限公司\n\n星河市建设东路85号\n\n¥318,600.00\n\n\n\n第2包\n\n星河应急装备有限公司\n\n星河市春城路219号\n\n¥196,450.00\n\n\n\n四、公告期限：1个工作日。\n\n\n\n星河县林业局\n\n2024年5月17日\n',
    check: (e) => expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([['第1包', '星河消防器材有限公司', 318600], ['第2包', '星河应急装备有限公司', 196450]]),
  },
  {
    name: 'a plain pdftotext table one cell per line under 序号, a long address cell wrapped at the page width, is read row by row from one sequence number to the next',
    text: '星河县助农直播服务项目中标（成交）结果公告\n一、项目编号：XH2025-0412\n二、采购人：星河县农业农村局\n三、中标（成交）信息\n序号\n分标号\n供应商名称\n供应商地址\n中标（成交）金额\n1\n分标1\n星河山水电子商务有限公司\n星河市七星区高新区信息产业园B座5\n12室\n¥286,500.00元\n2\n分标2\n星河数字文化传播有限公司\n星河县叠翠路33号\n¥158,000.00元\n四、主要标的信息\n',
    check: (e) => expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([['分标1', '星河山水电子商务有限公司', 286500], ['分标2', '星河数字文化传播有限公司', 158000]]),
  },
  {
    name: '(guard) a 序号 table whose money cell holds words ("详见附件") gives no amount from another column',
    text: '星河县助农直播服务项目中标（成交）结果公告\n一、采购人：星河县农业农村局\n二、中标（成交）信息\n序号\n分标号\n供应商名称\n供应商地址\n中标（成交）金额\n1\n分标1\n星河山水电子商务有限公司\n星河市七星区高新区信息产业园B座512室\n详见附件\n三、主要标的信息\n',
    check: (e) => expect(e.lots.every((l) => l.amountYuan === null)).toBe(true),
  },
  {
    name: 'a result reciting the date its call for bids went up ("三、采购公告日期：2016年6月3日") is dated by its own 落款',
    text: '星河县旅游局宣传片拍摄制作项目\n中标公告\n一、项目名称：星河县旅游局宣传片拍摄制作项目\n二、采购方式：竞争性谈判\n三、采购公告日期：2016年6月3日\n四、谈判日期：2016年6月15日\n五、中标供应商：星河影视文化传播有限公司\n六、中标金额：338000.00元\n采购人：星河县旅游局\n星河县公共资源交易中心\n2016年6月20日\n',
    check: (e) => expect(e.publishedAt).toBe('2016-06-20'),
  },
  {
    name: '(guard) a notice\'s own 公告日期 label still dates it',
    text: '星河县旅游局宣传片拍摄制作项目中标公告\n公告日期：2016年6月22日\n中标供应商：星河影视文化传播有限公司\n中标金额：338000.00元\n采购人：星河县旅游局\n2016年6月20日\n',
    check: (e) => expect(e.publishedAt).toBe('2016-06-22'),
  },
  {
    name: 'a letter\'s date is the one over its attachment ("附：询价结果一览表"), not the attachment\'s own signer\'s date below it',
    text: '成交通知书\n星河印务有限责任公司：\n    星河县政府采购中心受星河县教育局委托，于2015年7月21日进行询价采购，确定你单位为成交供应商。\n    成交金额：人民币壹拾叁万陆仟伍佰元整（¥136,500.00）。\n    交货期：2015年8月20日前全部送达。\n    请你单位在接到本通知书后七日内签订采购合同。\n    特此通知。\n    星河县政府采购中心\n    2015年7月23日\n附：询价结果一览表\n序号  供应商名称  报价（元）\n1     星河印务有限责任公司   136,500.00\n询价小组成员签字：张三\n    2015年7月21日\n',
    check: (e) => expect(e.publishedAt).toBe('2015-07-23'),
  },
  {
    name: '(guard) a flattened field list whose method value runs into the date label ("公告类型 公开招标 公告发布时间 2013-11-08") still dates the notice',
    text: '星河县广播电视台播出系统建设招标公告 采购项目名称 星河县广播电视台播出系统建设项目 采购方式 公开招标 公告类型 公开招标 公告发布时间 2013-11-08 09:30 采 购 人 星河县广播电视台 采购代理机构名称 星河工程项目管理有限公司 预算金额 1,200,000.00元',
    check: (e) => expect(e.publishedAt).toBe('2013-11-08'),
  },
  {
    name: 'a budget listed per lot with 、 between the parts and its own total ("第1包32万元、第2包20万元，合计52万元") is the sum of the lots',
    text: '星河县林业局防火物资采购项目成交结果公告\n一、采购人：星河县林业局\n二、成交信息：第1包 星河消防器材有限公司 ¥318,600.00\n三、其他补充事宜：\n1.本项目采用竞争性谈判方式，预算金额：第1包32万元、第2包20万元，合计52万元。\n',
    check: (e) => expect(e.budgetYuan).toBe(520000),
  },
  {
    name: '(guard) a project figure before its lots\' parts ("预算金额：100万元（第1包60万元、第2包40万元）") stays the budget',
    text: '星河县林业局防火物资采购项目招标公告\n一、采购人：星河县林业局\n二、预算金额：100万元（第1包60万元、第2包40万元）\n',
    check: (e) => expect(e.budgetYuan).toBe(1000000),
  },
  {
    name: 'a layout PDF\'s result table (columns parted by wide gaps, a cell\'s words by single spaces, long cells wrapped inside their column) is read by columns',
    text: '星河县卫生健康局医疗设备采购项目中标公告\n一、采购人：星河县卫生健康局\n二、中标信息\n\n    包号   采购内容              中标供应商                    中标金额（元）   预算金额（元）\n    A1     数字化医用 X 射线     星河华康医疗器械有限公司       1,286,000.00     1,300,000.00\n           摄影系统（DR）2 台\n    A2     彩色多普勒超声诊断    星河康泰医疗科技有限           862,500.00       880,000.00\n           仪 3 台               公司\n\n三、公告期限：1个工作日。\n',
    check: (e) => {
      expect(e.lots.map((l) => [l.lot, l.vendor, l.amountYuan])).toEqual([['A1', '星河华康医疗器械有限公司', 1286000], ['A2', '星河康泰医疗科技有限公司', 862500]]);
      expect(e.budgetYuan).toBe(2180000);
    },
  },
  {
    name: 'a figure cut by a page break with a rule drawn over the footer ("314," / ──── / 第 1 页 共 2 页 / header / "880.00") is read whole',
    text: '星河县政府采购\n星河县卫生健康局设备采购项目中标公告\n一、采购人：星河县卫生健康局\n二、中标供应商：星河医疗设备有限公司\n三、中标金额：¥314,\n\n\n   ────────────────────────────────\n   星河县政府采购信息公开平台              第 1 页 共 2 页\n星河县政府采购\n\n                880.00\n四、公告期限：1个工作日。\n',
    check: (e) => expect(winners(e)).toEqual([['星河医疗设备有限公司', 314880]]),
  },
  {
    name: '(guard) a layout table whose rows each fit on their line is read as before',
    text: '星河县卫生健康局设备采购项目中标公告\n采购人：星河县卫生健康局\n包号   中标供应商                  中标金额（元）\n1      星河华康医疗器械有限公司    1,286,000.00\n2      星河康泰医疗科技有限公司    862,500.00\n',
    check: (e) => expect(e.lots.map((l) => [l.vendor, l.amountYuan])).toEqual([['星河华康医疗器械有限公司', 1286000], ['星河康泰医疗科技有限公司', 862500]]),
  },
  {
    name: 'a layout PDF\'s title centred over two indented lines (the head ending mid-phrase) is read joined',
    text: '                                                 项目编号：XH-2026-FW-0047\n\n        星河县融媒体中心“星河源”系列微纪录片及短视频\n                      拍摄制作服务项目竞争性磋商公告\n\n   项目概况\n   星河县融媒体中心拍摄制作服务项目的潜在供应商应在星河县公共资源交易中心获取采购文件。\n   一、项目基本情况\n   采购人：星河县融媒体中心\n',
    check: (e) => expect(e.title).toBe('星河县融媒体中心“星河源”系列微纪录片及短视频拍摄制作服务项目竞争性磋商公告'),
  },
  {
    name: '(guard) an indented header line over an indented title, its parts set apart by a gap ("星河县人民政府        政务公开"), is no head of the title',
    text: '    星河县人民政府        政务公开\n    星河县融媒体中心短视频拍摄制作服务项目竞争性磋商公告\n    发布时间：2026-03-17\n    采购人：星河县融媒体中心\n',
    check: (e) => expect(e.title).toBe('星河县融媒体中心短视频拍摄制作服务项目竞争性磋商公告'),
  },
  {
    name: 'a running page header ("X县政府采购      SDGP…", repeated after the page footer) is no title, on the first page either',
    text: '   星河县政府采购                                          SDGP3713232018000001\n\n               星河县卫生健康局医疗设备采购项目\n                          中标公告\n\n   一、采购人：星河县卫生健康局\n   二、中标供应商：星河医疗设备有限公司\n\n   ──────────────────────────────\n   星河省政府采购信息公开平台                      第 1 页 共 2 页\n   星河县政府采购                                          SDGP3713232018000001\n\n   三、中标金额：¥314,880.00\n                                                   星河招标咨询有限公司\n                                                        2018 年 6 月 15 日\n',
    check: (e) => expect(e.title).toBe('星河县卫生健康局医疗设备采购项目中标公告'),
  },
  {
    name: 'a form feed starts a new page: the bare page number before it and the running header after it are page furniture, not the title',
    text: '   星河县政府采购项目                                      招标文件 第一章、第二章\n\n                    星河县医院物业管理服务采购项目\n                               公开招标公告\n\n   一、采购人：星河县医院\n   二、预算金额：2,940,000.00 元\n\n                                        1\n\f   星河县政府采购项目                                      招标文件 第一章、第二章\n\n   三、投标保证金：58,800.00 元\n   星河县医院\n   2025 年 4 月 2 日\n',
    check: (e) => expect([e.title, e.budgetYuan]).toEqual(['星河县医院物业管理服务采购项目公开招标公告', 2940000]),
  },
  {
    name: 'a service the contract excludes ("本合同不含账号运营及付费推广") lends its name to no figure that follows: short videos made are video production',
    text: '星河县融媒体中心系列短视频拍摄制作服务项目\n政府采购合同\n采购人（甲方）：星河县融媒体中心\n供应商（乙方）：星河文化传媒有限公司\n第一条 服务内容\n1.1 乙方为甲方拍摄制作系列短视频共48条。\n1.2 乙方负责选题策划、实地拍摄、剪辑包装，交付甲方在抖音号、微信视频号等平台发布。\n1.3 本合同不含账号运营及付费推广，平台发布由甲方自行负责。\n第二条 服务期限\n自本合同签订之日起至2023年12月31日止。\n第三条 合同金额\n3.1 本合同总金额为人民币叁拾叁万陆仟元整（¥336,000.00），含税价。\n3.2 合同金额明细：人文纪实类短视频12条，单价12,000.00元\n竖屏短视频36条，单价5,333.33元\n签订日期：2023年7月18日\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'video_production']),
  },
  {
    name: '(guard) a contract that includes account operation ("服务内容含账号运营") and prices it is account operation',
    text: '星河县融媒体中心政务新媒体账号运营服务项目\n政府采购合同\n采购人（甲方）：星河县融媒体中心\n供应商（乙方）：星河文化传媒有限公司\n第一条 服务内容\n1.1 乙方负责甲方抖音号、微信公众号、微博共3个账号日常运营，含账号运营及短视频制作。\n1.2 账号运营服务费人民币贰拾万元（¥200,000.00）；短视频制作费人民币伍万元（¥50,000.00）。\n第二条 合同金额\n本合同总金额为人民币贰拾伍万元整（¥250,000.00）。\n签订日期：2023年7月18日\n',
    check: (e) => expect([e.isVideoOps, e.serviceType]).toEqual([true, 'account_operation']),
  },
  {
    name: 'a layout PDF\'s right-hand label closing its line ("采购代理机构（盖章）：") takes the name set under it on the next line',
    text: '                    中 标 通 知 书\n   星河服饰有限公司：\n        经评标委员会评审，你单位为本项目第 2 包的中标供应商。\n        中标金额：人民币叁拾玖万捌仟柒佰贰拾元整（¥398,720.00）\n   采购人（盖章）：星河县教育体育局                采购代理机构（盖章）：\n                                                   星河招标集团有限公司\n   日期：2026 年 6 月 15 日                        日期：2026 年 6 月 15 日\n',
    check: (e) => expect([e.buyer, e.agency]).toEqual(['星河县教育体育局', '星河招标集团有限公司']),
  },
  {
    name: '(guard) a right-hand label whose next line holds both columns takes neither as its value',
    text: '星河县融媒体中心运营服务项目中标通知书\n星河文化传媒有限公司：\n   你单位为本项目中标供应商，中标金额：¥428,600.00。\n   采购人（盖章）：                                    采购代理机构（盖章）：\n   星河县文化和旅游局                                  星河工程咨询有限公司\n   2024 年 5 月 13 日\n',
    check: (e) => expect(e.agency === null || e.agency === '星河工程咨询有限公司').toBe(true),
  },
];

runTrapRows('heldout41 traps', rows);
