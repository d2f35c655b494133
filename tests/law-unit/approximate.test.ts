import { describe, expect, it } from 'vitest';
import { earliest, latest, onEveryDay, order, precisionOf } from '../../src/lib/law/approximate';
import { SituationSchema } from '../../src/lib/law/schema/situation';

describe('approximate dates', () => {
  it('reads the precision from the form of the string', () => {
    expect(precisionOf('2019')).toBe('year');
    expect(precisionOf('2019-06')).toBe('month');
    expect(precisionOf('2019-06-10')).toBe('day');
  });

  it('stands for every day of its month or year, month ends and leap years included', () => {
    expect([earliest('2019'), latest('2019')]).toEqual(['2019-01-01', '2019-12-31']);
    expect([earliest('2024-02'), latest('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect(latest('2023-02')).toBe('2023-02-28');
    expect(latest('2019-06')).toBe('2019-06-30');
    expect([earliest('2019-06-10'), latest('2019-06-10')]).toEqual(['2019-06-10', '2019-06-10']);
  });

  it('orders two dates only when every day of both agrees', () => {
    expect(order('2017', '2019-06-10')).toBe('before');
    expect(order('2019-07', '2019-06')).toBe('after');
    expect(order('2019', '2019-06-10')).toBe('straddles');
    expect(order('2019-06', '2019-06-10')).toBe('straddles');
    expect(order('2019-05-31', '2019-06')).toBe('before');
    expect(order('2019-06-10', '2019-06-10')).toBe('same');
    expect(order('2019-06', '2019-06')).toBe('straddles');
  });

  it('decides a comparison with a limit only when the first and last day agree', () => {
    const adult = (d: string) => d >= '2023-05-20';
    expect(onEveryDay('2023-02', adult)).toBe(false);
    expect(onEveryDay('2023-06', adult)).toBe(true);
    expect(onEveryDay('2023', adult)).toBeUndefined();
    expect(onEveryDay('2023-05', adult)).toBeUndefined();
  });

  it('is accepted for the three dates people know roughly, and nowhere else', () => {
    const base = { sponsor: { status: 'refugee' }, members: [] };
    const ok = (sponsor: object) =>
      SituationSchema.safeParse({ ...base, sponsor: { ...base.sponsor, ...sponsor } }).success;
    expect(ok({ asylumApplicationDate: '2019', protectionGrantedDate: '2020-03' })).toBe(true);
    expect(ok({ asylumApplicationDate: '2019-13' })).toBe(false);
    expect(ok({ asylumApplicationDate: '2019-02-30' })).toBe(false);
    expect(ok({ asylumApplicationDate: '19' })).toBe(false);
    expect(ok({ birthDate: '1990' })).toBe(false);
    expect(ok({ residenceSince: '2019-06' })).toBe(false);
  });

  it('finds two dates in the wrong order only when they surely are', () => {
    const check = (asylum: string, grant: string) =>
      SituationSchema.safeParse({
        sponsor: { status: 'refugee', asylumApplicationDate: asylum, protectionGrantedDate: grant },
        members: [],
      }).success;
    expect(check('2020', '2020-03-01')).toBe(true);
    expect(check('2020-04', '2020-03')).toBe(false);
  });
});
