/**
 * Modelled notices of the other kinds: a full project chain (tender → correction → award →
 * contract, one 项目编号), a correction of an earlier award published later, tenders with budget
 * and ceiling, intentions, single-source 公示, contracts, 废标/终止 failures, and the negatives that
 * say 视频 without being video operations (视频监控, 视频会议, LED, 摄像机, 视频门禁, 视频分析, ad
 * placement). Sample data; places real, parties invented.
 * @module
 */
import {
  awardBody,
  contractBody,
  correctionBody,
  failureBody,
  intentionBody,
  singleSourceBody,
  tenderBody,
} from './fixture-ccgp-bodies.js';
import { pty, type ModelledInput } from './fixture-ccgp-notice.js';

const SVC = '服务/广告服务/其他广告服务';
const GOODS_CAM = '货物/通用设备/安全生产设备/视频监控设备';
const GOODS_AV = '货物/通用设备/视频会议系统设备';

/** The award that a later correction corrects (kept here so both ends stay in step). */
export const PINGJIANG = {
  code: 'PJCG-2023-0417',
  title: '平江县融媒体中心政务新媒体账号代运营服务项目中标（成交）结果公告',
  date: '2023年06月12日',
  parties: pty('平江县融媒体中心', '湖南省岳阳市平江县汉昌镇天岳大道88号', '湖南信达招标代理有限公司', '岳阳市岳阳楼区巴陵中路128号'),
};

const MEITAN = {
  code: 'MTZC-2024-0312',
  parties: pty('湄潭县融媒体中心', '贵州省遵义市湄潭县湄江街道中华路', '贵州黔北招标代理有限公司', '遵义市汇川区上海路', '0851-24221000'),
  name: '湄潭县融媒体中心2024年短视频制作及新媒体账号运营服务项目',
};

/** The non-award modelled notices and the negatives. */
export function modelledMore(): ModelledInput[] {
  return [
    // —— a project chain: tender → correction → award → contract (same code)
    {
      t: '2024-03-12 09:00', channel: 'gkzb', kind: 'tender', video: true, province: '贵州省', region: '湄潭县',
      title: `${MEITAN.name}公开招标公告`, code: MEITAN.code, category: SVC, pinMu: 3, parties: MEITAN.parties,
      budgetYuan: 600_000, features: ['tender', 'budget-and-ceiling', 'project-chain'],
      body: (name, date) => tenderBody({ code: MEITAN.code, name, method: '公开招标', budget: '60万元', ceiling: '58万元',
        requirement: '短视频策划制作（全年不少于120条）及抖音号、视频号运营', period: '一年', deadline: '2024年04月02日 09点30分', parties: MEITAN.parties, date }),
    },
    {
      t: '2024-03-20 15:00', channel: 'gzgg', kind: 'correction', video: true, province: '贵州省', region: '湄潭县',
      title: `${MEITAN.name}更正公告`, code: MEITAN.code, category: SVC, pinMu: 3, parties: MEITAN.parties,
      features: ['correction', 'tender-deadline', 'project-chain'],
      body: (name, date) => correctionBody({ code: MEITAN.code, name, originalTitle: `${MEITAN.name}公开招标公告`, originalDate: '2024年03月12日',
        reason: '采购需求调整', changes: [['开标时间', '2024年04月02日 09点30分', '2024年04月09日 09点30分']], parties: MEITAN.parties, date }),
    },
    {
      t: '2024-04-19 16:40', channel: 'zbgg', kind: 'award', video: true, province: '贵州省', region: '湄潭县',
      title: `${MEITAN.name}中标公告`, code: MEITAN.code, category: SVC, pinMu: 3, parties: MEITAN.parties,
      totalYuan: 568_000, features: ['project-chain', 'award-under-ceiling'],
      body: (name, date) => awardBody({ code: MEITAN.code, name, layout: 'national', date, parties: MEITAN.parties,
        lots: [{ vendor: '遵义黔韵文化传媒有限公司', vendorAddr: '遵义市红花岗区丁字口', amount: '568000.00元' }],
        service: { scope: '短视频策划制作及账号运营', period: '一年' } }),
    },
    {
      t: '2024-05-06 10:20', channel: 'qtgg', kind: 'contract', video: true, province: '贵州省', region: '湄潭县',
      title: `${MEITAN.name}合同公告`, code: MEITAN.code, category: SVC, pinMu: 3, parties: MEITAN.parties,
      features: ['contract', 'project-chain'],
      body: (name, date) => contractBody({ contractNo: 'MTHT-2024-0506', name, code: MEITAN.code, vendor: '遵义黔韵文化传媒有限公司',
        vendorAddr: '遵义市红花岗区丁字口', amount: '伍拾陆万捌仟元整（¥568,000.00）', period: '2024年5月10日至2025年5月9日', signed: '2024年04月30日', parties: MEITAN.parties, date }),
    },
    // —— a correction of an earlier award (平江县, published later): the amount changes
    {
      t: '2023-06-20 11:30', channel: 'gzgg', kind: 'correction', video: true, province: '湖南省', region: '平江县',
      title: '平江县融媒体中心政务新媒体账号代运营服务项目更正公告', code: PINGJIANG.code, category: SVC, pinMu: 3, parties: PINGJIANG.parties,
      features: ['correction', 'corrects-award', 'amount-changed'],
      body: (name, date) => correctionBody({ code: PINGJIANG.code, name, originalTitle: PINGJIANG.title, originalDate: PINGJIANG.date,
        reason: '中标金额录入错误', changes: [['中标（成交）金额', '486000.00元', '468000.00元']], parties: PINGJIANG.parties, date }),
    },
    // —— more tenders
    {
      t: '2025-03-04 08:50', channel: 'jzxcs', kind: 'tender', video: true, province: '江苏省', region: '沛县',
      title: '沛县融媒体中心短视频内容制作服务竞争性磋商公告', code: 'PXCS-2025-0304', category: SVC, pinMu: 3,
      parties: pty('沛县融媒体中心', '徐州市沛县汉源大道', '江苏汉风项目管理有限公司', '徐州市云龙区', '0516-89621000'),
      budgetYuan: 480_000, features: ['tender', 'budget-equals-ceiling'],
      body: (name, date) => tenderBody({ code: 'PXCS-2025-0304', name, method: '竞争性磋商', budget: '480000.00元', ceiling: '480000.00元',
        requirement: '每月制作短视频不少于15条并负责发布', deadline: '2025年03月18日 09点00分',
        parties: pty('沛县融媒体中心', '徐州市沛县汉源大道', '江苏汉风项目管理有限公司', '徐州市云龙区', '0516-89621000'), date }),
    },
    {
      t: '2022-06-15 14:00', channel: 'jzxtpgg', kind: 'tender', video: true, province: '天津市', region: '蓟州区',
      title: '天津市蓟州区文化和旅游局文旅宣传片制作竞争性谈判公告', code: 'JZWL-2022-TP-07', category: SVC, pinMu: 3,
      parties: pty('天津市蓟州区文化和旅游局', '天津市蓟州区渔阳镇', '天津市政府采购中心', '天津市和平区', '022-29141000'),
      budgetYuan: 340_000, features: ['tender', 'budget-within'],
      body: (name, date) => tenderBody({ code: 'JZWL-2022-TP-07', name, method: '竞争性谈判', budget: '34万元以内',
        requirement: '文旅宣传片（5分钟）一部及15秒短视频10条', deadline: '2022年06月22日 10点00分',
        parties: pty('天津市蓟州区文化和旅游局', '天津市蓟州区渔阳镇', '天津市政府采购中心', '天津市和平区', '022-29141000'), date }),
    },
    // —— intentions
    {
      t: '2025-01-10 09:30', channel: 'qtgg', kind: 'intention', video: true, province: '宁夏回族自治区', region: '同心县',
      title: '同心县融媒体中心2025年1至6月政府采购意向公开', code: 'TXYX-2025-01', category: SVC, pinMu: 3,
      parties: pty('同心县融媒体中心', '吴忠市同心县豫海镇', undefined, undefined, '0953-8021000'), features: ['intention', 'wan-in-header'],
      body: (_name, date) => intentionBody([
        ['抖音号及视频号运营服务', '负责账号日常运营、短视频制作每月不少于20条', '36', '2025年3月'],
        ['办公设备采购', '台式计算机10台', '5.5', '2025年4月'],
      ], '同心县融媒体中心', date),
    },
    {
      t: '2023-02-21 10:00', channel: 'qtgg', kind: 'intention', video: true, province: '上海市', region: '闵行区',
      title: '上海市闵行区人民政府新闻办公室2023年政府采购意向公开', code: 'MHXW-YX-2023', category: SVC, pinMu: 3,
      parties: pty('上海市闵行区人民政府新闻办公室', '上海市闵行区沪闵路6258号', undefined, undefined, '021-64121000'), features: ['intention'],
      body: (_name, date) => intentionBody([
        ['“今日闵行”政务新媒体运营服务', '微信、微博、抖音、视频号等账号运营', '180', '2023年4月'],
        ['区政府网站运维服务', '网站内容维护及安全保障', '45', '2023年5月'],
      ], '上海市闵行区人民政府新闻办公室', date),
    },
    // —— single-source
    {
      t: '2025-04-07 16:00', channel: 'dylygg', kind: 'single-source', video: true, province: '宁夏回族自治区', region: '同心县',
      title: '同心县融媒体中心抖音号及视频号运营服务单一来源采购公示', code: 'TXDY-2025-04', category: SVC, pinMu: 3,
      parties: pty('同心县融媒体中心', '吴忠市同心县豫海镇', '宁夏天正招标有限公司', '银川市金凤区', '0953-8021000'), features: ['single-source'],
      body: (name, date) => singleSourceBody({ name, code: 'TXDY-2025-04', budget: '36万元', vendor: '吴忠黄河视讯文化传媒有限公司', vendorAddr: '吴忠市利通区',
        reason: '该供应商为原账号运营服务商，掌握账号历史数据，为保证服务连续性拟继续采购。',
        parties: pty('同心县融媒体中心', '吴忠市同心县豫海镇', '宁夏天正招标有限公司', '银川市金凤区', '0953-8021000'), date }),
    },
    {
      t: '2021-05-26 11:10', channel: 'dylygg', kind: 'single-source', video: true, province: '北京市', region: '延庆区',
      title: '北京市延庆区融媒体中心《妫川新闻》节目制作播出项目单一来源采购公示', code: 'YQRM-2021-DY-02', category: SVC, pinMu: 3,
      parties: pty('北京市延庆区融媒体中心', '北京市延庆区妫水北街', undefined, undefined, '010-69101000'), features: ['single-source', 'tv-programme'],
      body: (name, date) => singleSourceBody({ name, code: 'YQRM-2021-DY-02', budget: '人民币肆拾柒万捌仟元整', vendor: '北京妫川影视制作有限公司', vendorAddr: '北京市延庆区',
        reason: '节目已连续制作播出五年，更换制作方将影响节目风格与播出连续性。', parties: pty('北京市延庆区融媒体中心', '北京市延庆区妫水北街', undefined, undefined, '010-69101000'), date }),
    },
    // —— contract
    {
      t: '2022-09-13 15:45', channel: 'qtgg', kind: 'contract', video: true, province: '浙江省', region: '永嘉县',
      title: '永嘉县人民政府办公室政务新媒体运营服务合同公告', code: 'YJZF-2022-HT-19', category: SVC, pinMu: 3,
      parties: pty('永嘉县人民政府办公室', '温州市永嘉县上塘镇县前路', undefined, undefined, '0577-67221000'), features: ['contract', 'yen-commas'],
      body: (name, date) => contractBody({ contractNo: 'YJHT-2022-0913', name, code: 'YJZF-2022-HT-19', vendor: '温州楠溪江文化传媒有限公司', vendorAddr: '温州市鹿城区',
        amount: '¥298,000.00', period: '2022年10月1日至2023年9月30日', signed: '2022年09月08日', parties: pty('永嘉县人民政府办公室', '温州市永嘉县上塘镇县前路', undefined, undefined, '0577-67221000'), date }),
    },
    // —— failures
    {
      t: '2023-08-24 17:20', channel: 'fblbgg', kind: 'failure', video: true, province: '河北省', region: '正定县',
      title: '正定县文化广电和旅游局短视频宣传推广服务项目废标公告', code: 'ZDWL-2023-0801', category: SVC, pinMu: 3,
      parties: pty('正定县文化广电和旅游局', '石家庄市正定县常山西路', '河北冀诚招标有限公司', '石家庄市长安区', '0311-88021000'), features: ['failure', '废标'],
      body: (name, date) => failureBody({ code: 'ZDWL-2023-0801', name, what: '废标', reason: '提交响应文件的供应商不足三家。',
        parties: pty('正定县文化广电和旅游局', '石家庄市正定县常山西路', '河北冀诚招标有限公司', '石家庄市长安区', '0311-88021000'), date }),
    },
    {
      t: '2024-12-11 10:35', channel: 'fblbgg', kind: 'failure', video: true, province: '河南省', region: '鹿邑县',
      title: '鹿邑县人民政府办公室政务新媒体运营服务项目终止公告', code: 'LYZF-2024-1102', category: SVC, pinMu: 3,
      parties: pty('鹿邑县人民政府办公室', '周口市鹿邑县真源大道', '河南周信招标有限公司', '周口市川汇区', '0394-7221000'), features: ['failure', '终止'],
      body: (name, date) => failureBody({ code: 'LYZF-2024-1102', name, what: '终止', reason: '因采购需求发生重大变化，经采购人研究决定终止本项目。',
        parties: pty('鹿邑县人民政府办公室', '周口市鹿邑县真源大道', '河南周信招标有限公司', '周口市川汇区', '0394-7221000'), date }),
    },
    // —— negatives: 视频 in the title, not video operations
    {
      t: '2022-03-30 16:10', channel: 'zbgg', kind: 'award', video: false, province: '河北省', region: '正定县',
      title: '正定县公安局雪亮工程视频监控系统建设项目中标公告', code: 'ZDGA-2022-0330', category: GOODS_CAM, pinMu: 1,
      parties: pty('正定县公安局', '石家庄市正定县中山东路', '河北冀诚招标有限公司', '石家庄市长安区', '0311-88021000'), totalYuan: 2_386_500,
      features: ['negative', '视频监控'],
      body: (name, date) => awardBody({ code: 'ZDGA-2022-0330', name, layout: 'national', date,
        parties: pty('正定县公安局', '石家庄市正定县中山东路', '河北冀诚招标有限公司', '石家庄市长安区', '0311-88021000'),
        lots: [{ vendor: '石家庄安视智能科技有限公司', vendorAddr: '石家庄市高新区', amount: '2386500.00元' }] }),
    },
    {
      t: '2023-04-18 10:25', channel: 'cjgg', kind: 'award', video: false, province: '辽宁省', region: '新民市',
      title: '新民市人民政府办公室视频会议系统升级改造项目成交公告', code: 'XMZF-2023-0418', category: GOODS_AV, pinMu: 1,
      parties: pty('新民市人民政府办公室', '沈阳市新民市新民街', '辽宁正达招标有限公司', '沈阳市和平区', '024-27821000'), totalYuan: 312_800,
      features: ['negative', '视频会议'],
      body: (name, date) => awardBody({ code: 'XMZF-2023-0418', name, layout: 'national', date,
        parties: pty('新民市人民政府办公室', '沈阳市新民市新民街', '辽宁正达招标有限公司', '沈阳市和平区', '024-27821000'),
        lots: [{ vendor: '沈阳华讯视通科技有限公司', vendorAddr: '沈阳市浑南区', amount: '312800.00元' }] }),
    },
    {
      t: '2024-07-02 15:15', channel: 'zbgg', kind: 'award', video: false, province: '广东省', region: '英德市',
      title: '英德市人民政府广场LED全彩显示屏采购项目中标结果公告', code: 'YDZC-2024-0702', category: '货物/通用设备/LED显示屏', pinMu: 1,
      parties: pty('英德市机关事务管理局', '清远市英德市英城街道', '广东清远建信招标有限公司', '清远市清城区', '0763-2221000'), totalYuan: 1_268_000,
      features: ['negative', 'LED'],
      body: (name, date) => awardBody({ code: 'YDZC-2024-0702', name, layout: 'national', date,
        parties: pty('英德市机关事务管理局', '清远市英德市英城街道', '广东清远建信招标有限公司', '清远市清城区', '0763-2221000'),
        lots: [{ vendor: '深圳市光显电子有限公司', vendorAddr: '深圳市宝安区', amount: '126.8万元' }] }),
    },
    {
      t: '2025-05-20 09:10', channel: 'gkzb', kind: 'tender', video: false, province: '山西省', region: '清徐县',
      title: '清徐县公安局视频监控运维服务项目公开招标公告', code: 'QXGA-2025-0520', category: '服务/运行维护服务', pinMu: 3,
      parties: pty('清徐县公安局', '太原市清徐县清源镇', '山西中晋招标有限公司', '太原市小店区', '0351-5721000'), budgetYuan: 860_000,
      features: ['negative', '视频监控运维'],
      body: (name, date) => tenderBody({ code: 'QXGA-2025-0520', name, method: '公开招标', budget: '860000.00元', requirement: '全县视频监控点位（1260路）及平台运维',
        deadline: '2025年06月10日 09点30分', parties: pty('清徐县公安局', '太原市清徐县清源镇', '山西中晋招标有限公司', '太原市小店区', '0351-5721000'), date }),
    },
    {
      t: '2021-09-07 14:30', channel: 'gkzb', kind: 'tender', video: false, province: '吉林省', region: '农安县',
      title: '农安县公安局天网工程高清摄像机采购公开招标公告', code: 'NAGA-2021-0907', category: GOODS_CAM, pinMu: 1,
      parties: pty('农安县公安局', '长春市农安县黄龙路', '吉林省长信招标有限公司', '长春市朝阳区', '0431-83221000'), budgetYuan: 1_500_000,
      features: ['negative', '摄像机'],
      body: (name, date) => tenderBody({ code: 'NAGA-2021-0907', name, method: '公开招标', budget: '150万元', requirement: '400万像素高清网络摄像机320台及配套存储',
        deadline: '2021年09月28日 09点30分', parties: pty('农安县公安局', '长春市农安县黄龙路', '吉林省长信招标有限公司', '长春市朝阳区', '0431-83221000'), date }),
    },
    {
      t: '2022-10-25 10:50', channel: 'cjgg', kind: 'award', video: false, province: '黑龙江省', region: '宾县',
      title: '宾县应急管理局应急指挥视频会商系统采购成交公告', code: 'BXYJ-2022-1025', category: GOODS_AV, pinMu: 1,
      parties: pty('宾县应急管理局', '哈尔滨市宾县宾州镇', '黑龙江龙信招标有限公司', '哈尔滨市南岗区', '0451-57921000'), totalYuan: 458_000,
      features: ['negative', '视频会商'],
      body: (name, date) => awardBody({ code: 'BXYJ-2022-1025', name, layout: 'national', date,
        parties: pty('宾县应急管理局', '哈尔滨市宾县宾州镇', '黑龙江龙信招标有限公司', '哈尔滨市南岗区', '0451-57921000'),
        lots: [{ vendor: '哈尔滨北视通信技术有限公司', vendorAddr: '哈尔滨市道里区', amount: '人民币肆拾伍万捌仟元整' }] }),
    },
    {
      t: '2026-02-26 09:40', channel: 'xjgg', kind: 'tender', video: false, province: '贵州省', region: '湄潭县',
      title: '湄潭县第二中学校园视频门禁系统询价公告', code: 'MTEZ-2026-0226', category: '货物/通用设备/门禁系统', pinMu: 1,
      parties: pty('湄潭县第二中学', '遵义市湄潭县湄江街道', undefined, undefined, '0851-24321000'), budgetYuan: 168_000,
      features: ['negative', '视频门禁'],
      body: (name, date) => tenderBody({ code: 'MTEZ-2026-0226', name, method: '询价', budget: '16.8万元', requirement: '人脸识别视频门禁终端12套',
        deadline: '2026年03月05日 10点00分', parties: pty('湄潭县第二中学', '遵义市湄潭县湄江街道', undefined, undefined, '0851-24321000'), date }),
    },
    {
      t: '2025-10-14 16:00', channel: 'gkzb', kind: 'tender', video: false, province: '浙江省', region: '温州市',
      title: '温州市大数据发展管理局城市视频分析平台建设项目公开招标公告', code: 'WZDS-2025-1014', category: '服务/信息系统集成实施服务', pinMu: 3,
      parties: pty('温州市大数据发展管理局', '温州市鹿城区市府路', '浙江温信招标有限公司', '温州市瓯海区', '0577-88961000'), budgetYuan: 3_960_000,
      features: ['negative', '视频分析平台'],
      body: (name, date) => tenderBody({ code: 'WZDS-2025-1014', name, method: '公开招标', budget: '396万元', ceiling: '396万元', requirement: '视频图像解析、结构化分析平台及算法服务',
        deadline: '2025年11月04日 09点30分', parties: pty('温州市大数据发展管理局', '温州市鹿城区市府路', '浙江温信招标有限公司', '温州市瓯海区', '0577-88961000'), date }),
    },
    {
      t: '2023-11-09 11:00', channel: 'zbgg', kind: 'award', video: false, province: '湖南省', region: '岳阳市',
      title: '岳阳市文化旅游广电局城市形象电视广告投放服务中标公告', code: 'YYWL-2023-1109', category: '服务/广告服务/广告发布服务', pinMu: 3,
      parties: pty('岳阳市文化旅游广电局', '岳阳市岳阳楼区金鹗中路', '湖南信达招标代理有限公司', '岳阳市岳阳楼区巴陵中路128号'), totalYuan: 880_000,
      features: ['negative', 'ad-placement'],
      body: (name, date) => awardBody({ code: 'YYWL-2023-1109', name, layout: 'national', date,
        parties: pty('岳阳市文化旅游广电局', '岳阳市岳阳楼区金鹗中路', '湖南信达招标代理有限公司', '岳阳市岳阳楼区巴陵中路128号'),
        lots: [{ vendor: '湖南潇湘广告传媒有限公司', vendorAddr: '长沙市开福区', amount: '880000.00元' }],
        service: { scope: '在省级卫视投放城市形象广告（15秒）', period: '2023年12月至2024年11月' } }),
    },
    {
      t: '2024-02-01 15:35', channel: 'cjgg', kind: 'award', video: false, province: '浙江省', region: '永嘉县',
      title: '永嘉县公安局视频存储设备采购项目成交公告', code: 'YJGA-2024-0201', category: '货物/计算机设备/存储设备', pinMu: 1,
      parties: pty('永嘉县公安局', '温州市永嘉县上塘镇', '浙江温信招标有限公司', '温州市瓯海区', '0577-67321000'), totalYuan: 736_000,
      features: ['negative', '视频存储'],
      body: (name, date) => awardBody({ code: 'YJGA-2024-0201', name, layout: 'national', date,
        parties: pty('永嘉县公安局', '温州市永嘉县上塘镇', '浙江温信招标有限公司', '温州市瓯海区', '0577-67321000'),
        lots: [{ vendor: '杭州海存信息技术有限公司', vendorAddr: '杭州市滨江区', amount: '73.6万元' }] }),
    },
  ];
}
