// Sizes and durations as typed by users and as printed.
import { describe, expect, it } from 'vitest';
import { formatAge, formatDuration, formatSize, parseDuration, parseSize } from '../../cache/units.js';

describe('parseSize', () => {
  it.each([
    ['0', 0],
    ['2000000', 2_000_000],
    ['512B', 512],
    ['1K', 1024],
    ['500M', 500 * 1024 ** 2],
    ['500m', 500 * 1024 ** 2],
    ['1.5GiB', 1.5 * 1024 ** 3],
    ['2 GiB', 2 * 1024 ** 3],
    ['500MB', 500_000_000],
    ['1T', 1024 ** 4],
    ['.5K', 512],
  ])('%s is %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));

  it.each(['banana', '', '-1M', '5 X', '1.2.3', 'M', '1e9', '9'.repeat(30)])('rejects %j', (text) =>
    expect(parseSize(text)).toBeUndefined(),
  );
});

describe('parseDuration', () => {
  it.each([
    ['7d', 7 * 86_400_000],
    ['12h', 12 * 3_600_000],
    ['30m', 30 * 60_000],
    ['90s', 90_000],
    ['1w2d', 9 * 86_400_000],
    ['1.5h', 5_400_000],
    ['2 days', 2 * 86_400_000],
    ['0s', 0],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['7', 'soon', '7x', '', 'd7', '7d x'])('rejects %j', (text) => expect(parseDuration(text)).toBeUndefined());
});

describe('formatting', () => {
  it('formats sizes in binary units', () => {
    expect([0, 1023, 1024, 1536 * 1024, 2 * 1024 ** 3].map(formatSize)).toEqual(['0 B', '1023 B', '1.0 KiB', '1.5 MiB', '2.0 GiB']);
  });

  it('formats ages', () => {
    expect([0, 4_999, 5_000, 60_000, 2 * 3_600_000, 86_400_000, 30 * 86_400_000].map(formatAge)).toEqual([
      'just now', 'just now', '5 seconds ago', '1 minute ago', '2 hours ago', '1 day ago', '30 days ago',
    ]);
  });

  it('formats durations in the largest unit that divides them', () => {
    expect([7 * 86_400_000, 12 * 3_600_000, 90_000, 1_500].map(formatDuration)).toEqual([
      '7 days', '12 hours', '90 seconds', '1.5 seconds',
    ]);
  });
});
