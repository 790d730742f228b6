/**
 * A contract restates only what it signs. A project of two lots won by two firms signs two
 * contracts; the first of them must not wipe out the other lot of the award (counted zero until
 * its own contract arrives), nor may the award and its contract both count. Written through the
 * real store into a real SQLite file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { seedDb, type Seeded, type Spec } from '../helpers/seed.js';

const SZ: Spec['division'] = ['广东省', '深圳市', '福田区', '440304'];
const base = { buyer: '深圳市福田区融媒体中心', division: SZ, service: 'video_production' } as const;
const extra: Spec[] = [
  { ...base, key: 'twoLots', kind: 'award', title: '深圳市福田区融媒体中心短视频制作及直播服务项目中标公告', code: 'FT-2025-01', date: '2025-03-01',
    lots: [{ label: '包1', vendor: '深圳星河影像有限公司', amount: 300000, text: '30万元' }, { label: '包2', vendor: '深圳远航直播科技有限公司', amount: 200000, text: '20万元' }] },
  { ...base, key: 'lot1Contract', kind: 'contract', title: '深圳市福田区融媒体中心短视频制作服务合同公告', code: 'FT-2025-01', date: '2025-03-20',
    lots: [{ vendor: '深圳星河影像有限公司', amount: 298000, text: '298000元' }] },
  { ...base, key: 'oneLot', kind: 'award', title: '深圳市福田区融媒体中心宣传片拍摄项目成交公告', code: 'FT-2025-02', date: '2025-04-01',
    lots: [{ vendor: '深圳南山光影文化有限公司', amount: 150000, text: '15万元' }] },
  // signed by a firm the award does not name (a branch, a renamed firm): it restates the whole result
  { ...base, key: 'otherName', kind: 'contract', title: '深圳市福田区融媒体中心宣传片拍摄项目合同公告', code: 'FT-2025-02', date: '2025-04-20',
    lots: [{ vendor: '深圳南山光影文化传播有限公司福田分公司', amount: 150000, text: '150000元' }] },
];

let s: Seeded;
afterAll(() => s?.close());

const counted = (noticeId: number) =>
  s.db.$client.prepare('SELECT coalesce(sum(amount_yuan), 0) AS y, count(*) AS n FROM spend_facts WHERE notice_id = ? AND counted = 1').get(noticeId) as { y: number; n: number };

describe('a contract supersedes the lots it signs', () => {
  it('counts the award’s other lot beside the first lot’s contract, each lot once', () => {
    s = seedDb({ extra });
    expect(counted(s.ids.twoLots)).toEqual({ y: 200000, n: 1 });
    expect(counted(s.ids.lot1Contract)).toEqual({ y: 298000, n: 1 });
  });

  it('lets a contract signed under another name restate the whole result (counted once)', () => {
    expect(counted(s.ids.oneLot)).toEqual({ y: 0, n: 0 });
    expect(counted(s.ids.otherName)).toEqual({ y: 150000, n: 1 });
  });
});
