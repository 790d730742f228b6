/**
 * Traps found by the seventeenth unseen batch (tests/fixtures/extract/heldout17): county and city
 * GOVERNMENT WEBSITES republishing procurement notices, where the page's chrome competes with the
 * notice for its title and date. One named row each, run through the real extractNotice: each row
 * failed before parser 1.18.0, except those marked (guard), which keep the new rule from
 * overreaching. The names say the general rule, not the fixture; the parties are invented (星河…).
 */
import { expect } from 'vitest';
import { runTrapRows, type TrapRow } from './trap-rows.js';

const TITLE = '星河县教育和体育局校园安全短视频制作服务项目中标公告';
const BODY = '<p>采购人：星河县教育和体育局</p><p>中标供应商：星河影视传媒有限公司</p><p>中标金额：¥128,000.00</p>';
const page = (head: string, rest: string) =>
  `<html><head><meta charset="utf-8"><title>${TITLE}-星河县教育和体育局</title></head><body>${head}<div class="nav">首页 &gt;&gt; 通知公告</div>${rest}${BODY}</body></html>`;

const rows: TrapRow[] = [
  {
    name: 'a department 子站 whose first heading is the department\'s own name: the title is the notice\'s heading after it',
    html: page('<h1>星河县教育和体育局</h1><p>星河县人民政府 主办</p>', `<h3>${TITLE}</h3><p>发布时间：2025-06-01 09:05:12</p>`),
    check: (e) => expect(e.title).toBe(TITLE),
  },
  {
    name: 'a city bureau\'s site name as its only heading, the title in a div: the title is the div\'s line, not the bureau',
    html: page('<h1>星河市文化广播电视和旅游局</h1>', `<div class="xl-tit">${TITLE}</div><div>发布时间：2025年06月01日 14:26\u3000来源：市文广旅局\u3000阅读：221</div>`),
    check: (e) => expect(e.title).toBe(TITLE),
  },
  {
    name: '(guard) a county government\'s name as the first heading still gives way to the notice title below it',
    html: page('<h1>星河县人民政府</h1>', `<div class="t">${TITLE}</div><div>发布时间：2025-06-01 10:22:31 星期二</div>`),
    check: (e) => expect(e.title).toBe(TITLE),
  },
  {
    name: 'a site\'s English name on a line under its Chinese banner is chrome, not the first part of the title',
    html: page('<h1>星河县人民政府</h1><h2>XINGHE COUNTY PEOPLE\'S GOVERNMENT</h2>', `<div class="t">${TITLE}</div><div>发布时间：2025-06-01</div>`),
    check: (e) => expect(e.title).toBe(TITLE),
  },
  {
    name: 'a "XX县人民政府 主办" line under a department\'s banner is chrome, not the first part of the title',
    html: page('<div>星河县人民政府 主办</div>', `<div class="t">${TITLE}</div><div>发布时间：2025-06-01</div>`),
    check: (e) => expect(e.title).toBe(TITLE),
  },
  {
    name: 'a page with no title heading and a bare site <title>: the breadcrumb\'s last step is the title when it is a whole notice title',
    html: `<html><head><meta charset="utf-8"><title>星河县人民政府</title></head><body><div>当前位置：首页 &gt; 政府采购 &gt; ${TITLE}</div><div>发布时间：2025-06-01 09:00:00</div>${BODY}</body></html>`,
    check: (e) => expect(e.title).toBe(TITLE),
  },
  {
    name: '(guard) a breadcrumb cut short ("X代...") is never the title',
    html: `<html><head><meta charset="utf-8"><title>星河县人民政府</title></head><body><div>当前位置：首页 &gt; 政府采购 &gt; 星河县教育和体育局校园安全短视频制作服...</div><div>发布时间：2025-06-01 09:00:00</div>${BODY}</body></html>`,
    check: (e) => expect(e.title ?? '').not.toContain('...'),
  },
  {
    name: 'an info line "发布：2025-06-01\u3000来源：本站" (a bare 发布 label) gives the date',
    html: `<html><head><meta charset="utf-8"><title>x</title></head><body><div>${TITLE}</div><div>发布：2025-06-01\u3000来源：本站</div>${BODY}</body></html>`,
    check: (e) => expect(e.publishedAt).toBe('2025-06-01'),
  },
  {
    name: 'an info line whose date stands unlabelled between separators ("来源：X | 作者：Y | 2025-06-01 10:22") gives the date',
    html: `<html><head><meta charset="utf-8"><title>x</title></head><body><div>${TITLE}</div><div>来源：星河县财政局 | 作者：张三 | 2025-06-01 10:22</div>${BODY}</body></html>`,
    check: (e) => expect(e.publishedAt).toBe('2025-06-01'),
  },
  {
    name: '(guard) a date glued inside an info line\'s other field is not the page\'s date: the 落款 is',
    html: `<html><head><meta charset="utf-8"><title>x</title></head><body><div>${TITLE}</div><div>来源：星河县财政局2025-05-01专题 | 阅读：5</div>${BODY}<p>星河县教育和体育局</p><p>2025年6月1日</p></body></html>`,
    check: (e) => expect(e.publishedAt).toBe('2025-06-01'),
  },
  {
    name: '(guard) a heading that names an organisation AND a notice (…局…通知) stays the heading',
    html: `<html><head><meta charset="utf-8"><title>x</title></head><body><h1>星河县教育和体育局关于校园安全短视频制作服务项目中标结果的公告</h1><p>发布时间：2025-06-01</p>${BODY}</body></html>`,
    check: (e) => expect(e.title).toBe('星河县教育和体育局关于校园安全短视频制作服务项目中标结果的公告'),
  },
];

runTrapRows('heldout17 traps (government-website chrome)', rows);
