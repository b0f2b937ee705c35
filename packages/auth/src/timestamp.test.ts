import { describe, expect, it } from 'vitest';
import { formatTimestamp, parseTimestamp } from './timestamp.js';

describe('formatTimestamp', () => {
  it("writes PAVE's documented example", () => {
    expect(formatTimestamp(new Date(Date.UTC(2021, 4, 30, 12, 49, 19)))).toBe(
      '2021-05-30T12:49:19Z',
    );
  });

  it('keeps a time exactly on a second boundary as is', () => {
    expect(formatTimestamp(new Date('2023-02-11T12:00:00.000Z'))).toBe('2023-02-11T12:00:00Z');
  });

  it('truncates 999 ms instead of rounding up to the next second', () => {
    expect(formatTimestamp(new Date('2021-05-30T12:49:19.999Z'))).toBe('2021-05-30T12:49:19Z');
  });

  it('does not carry truncation across a year boundary', () => {
    expect(formatTimestamp(new Date('2021-12-31T23:59:59.999Z'))).toBe('2021-12-31T23:59:59Z');
    expect(formatTimestamp(new Date('2022-01-01T00:00:00.000Z'))).toBe('2022-01-01T00:00:00Z');
  });

  it('truncates towards the past before 1970 too', () => {
    expect(formatTimestamp(new Date(-1))).toBe('1969-12-31T23:59:59Z');
  });

  it('writes UTC whatever offset the Date was built from', () => {
    const tokyo = new Date('2021-05-30T21:49:19+09:00');
    const newYork = new Date('2021-05-30T08:49:19.500-04:00');
    expect(formatTimestamp(tokyo)).toBe('2021-05-30T12:49:19Z');
    expect(formatTimestamp(newYork)).toBe('2021-05-30T12:49:19Z');
  });

  it('crosses the date line into UTC, not the local calendar day', () => {
    expect(formatTimestamp(new Date('2022-01-01T01:30:00+14:00'))).toBe('2021-12-31T11:30:00Z');
  });

  it('zero-pads every field', () => {
    expect(formatTimestamp(new Date('0099-01-02T03:04:05Z'))).toBe('0099-01-02T03:04:05Z');
  });

  it('formats each second for itself when moments come out of order', () => {
    const moments = [
      '2021-05-30T12:49:19.999Z',
      '2021-05-30T12:49:20.000Z',
      '2021-05-30T12:49:19.001Z',
    ];
    expect(moments.map((moment) => formatTimestamp(new Date(moment)))).toEqual([
      '2021-05-30T12:49:19Z',
      '2021-05-30T12:49:20Z',
      '2021-05-30T12:49:19Z',
    ]);
  });

  it('still refuses an out-of-range year asked for twice in a row', () => {
    const far = new Date('+010000-01-01T00:00:00Z');
    expect(() => formatTimestamp(far)).toThrow(RangeError);
    expect(() => formatTimestamp(far)).toThrow(RangeError);
  });

  it('throws a TypeError on an Invalid Date', () => {
    expect(() => formatTimestamp(new Date('not a date'))).toThrow(TypeError);
    expect(() => formatTimestamp(new Date(Number.NaN))).toThrow(
      'formatTimestamp expects a valid Date (got an Invalid Date)',
    );
  });

  it('throws a TypeError on something that is not a Date', () => {
    expect(() => formatTimestamp(1622378959 as unknown as Date)).toThrow(
      'formatTimestamp expects a Date (got number)',
    );
  });

  it('throws a RangeError when the year has no 4-digit form', () => {
    expect(() => formatTimestamp(new Date('+010000-01-01T00:00:00Z'))).toThrow(RangeError);
    expect(() => formatTimestamp(new Date('-000001-01-01T00:00:00Z'))).toThrow(RangeError);
  });
});

describe('parseTimestamp', () => {
  it('reads the canonical form back to the same instant', () => {
    expect(parseTimestamp('2021-05-30T12:49:19Z')?.getTime()).toBe(
      Date.UTC(2021, 4, 30, 12, 49, 19),
    );
  });

  it('reads years below 100 literally', () => {
    expect(parseTimestamp('0099-01-02T03:04:05Z')?.getUTCFullYear()).toBe(99);
  });

  const wrongForm = 'is not in the one form PAVE takes';
  const noInstant = 'is shaped right but names no real instant';
  it.each([
    ['1622378959', wrongForm],
    ['2021-05-30T12:49:19.123Z', wrongForm],
    ['2021-05-30T12:49:19+00:00', wrongForm],
    ['2021-05-30T12:49:19.123456+00:00', wrongForm],
    ['2021-05-30 12:49:19Z', wrongForm],
    ['2021-05-30T12:49:19z', wrongForm],
    ['2021-05-30T12:49Z', wrongForm],
    ['Sun, 30 May 2021 12:49:19 GMT', wrongForm],
    [' 2021-05-30T12:49:19Z', wrongForm],
    ['２０２１-05-30T12:49:19Z', wrongForm],
    ['2021-02-30T12:00:00Z', noInstant],
    ['2021-02-29T12:00:00Z', noInstant],
    ['2021-04-31T12:00:00Z', noInstant],
    ['2021-13-01T12:00:00Z', noInstant],
    ['2021-00-10T12:00:00Z', noInstant],
    ['2021-05-00T12:00:00Z', noInstant],
    ['2021-05-30T24:00:00Z', noInstant],
    ['2021-05-30T12:60:00Z', noInstant],
    ['2016-12-31T23:59:60Z', noInstant],
  ])('rejects %j, which %s', (value) => {
    expect(parseTimestamp(value)).toBeUndefined();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseTimestamp('2024-02-29T12:00:00Z')).toBeInstanceOf(Date);
  });
});
