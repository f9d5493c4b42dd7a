import { describeDue, describeExpiry, formatDuration } from '../../../src/popup/relative-time';
import { unavailableReason } from '../../../src/popup/request-status';
import { formatForDisplay } from '../../../src/popup/format-number';
import { attemptsText } from '../../../src/popup/components/request-details';
import { HOUR, MINUTE, isoAt, makeRequest } from './helpers/fixtures';

const NOW = Date.parse('2025-03-10T12:00:00Z');

describe('formatDuration', () => {
  it.each([
    [20_000, '1 min'],
    [25 * MINUTE, '25 min'],
    [59 * MINUTE, '59 min'],
    [90 * MINUTE, '1 h 30 min'],
    [2 * HOUR, '2 h'],
    [12 * HOUR + 20 * MINUTE, '12 h'],
    [50 * HOUR, '2 d'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('describeDue', () => {
  it('says how long until the due time, and whether it is soon', () => {
    expect(describeDue(isoAt(NOW + 25 * MINUTE), NOW)).toEqual({ text: 'due in 25 min', tone: 'soon' });
    expect(describeDue(isoAt(NOW + 3 * HOUR), NOW)).toEqual({ text: 'due in 3 h', tone: 'later' });
  });

  it('says how overdue a request is', () => {
    expect(describeDue(isoAt(NOW - 2 * HOUR), NOW)).toEqual({ text: 'overdue by 2 h', tone: 'overdue' });
    expect(describeDue(isoAt(NOW - 30_000), NOW)).toEqual({ text: 'due now', tone: 'overdue' });
  });

  it('has nothing to say without a readable due time', () => {
    expect(describeDue(undefined, NOW)).toBeUndefined();
    expect(describeDue('soon-ish', NOW)).toBeUndefined();
  });
});

describe('describeExpiry', () => {
  it('says when a request expires, or that it has', () => {
    expect(describeExpiry(isoAt(NOW + 5 * HOUR), NOW)).toBe('expires in 5 h');
    expect(describeExpiry(isoAt(NOW - MINUTE), NOW)).toBe('expired');
    expect(describeExpiry(undefined, NOW)).toBeUndefined();
  });
});

describe('unavailableReason', () => {
  it('explains why closed and expired requests cannot be called', () => {
    expect(unavailableReason(makeRequest({ isClosed: true }), NOW)).toBe('Closed — cannot be called');
    expect(unavailableReason(makeRequest({ isExpired: true }), NOW)).toBe('Expired — cannot be called');
    expect(unavailableReason(makeRequest({ expiryTime: isoAt(NOW - 1) }), NOW)).toBe('Expired — cannot be called');
    expect(unavailableReason(makeRequest({ expiryTime: isoAt(NOW + HOUR) }), NOW)).toBeUndefined();
  });
});

describe('display helpers', () => {
  it('formats E.164 numbers for reading and leaves anything else as it is', () => {
    expect(formatForDisplay('+358401234567')).toBe('+358 40 1234567');
    expect(formatForDisplay('+46701234567')).toBe('+46 70 123 45 67');
    expect(formatForDisplay('12345')).toBe('12345');
  });

  it('counts attempts in words', () => {
    expect(attemptsText(0)).toBe('No attempts yet');
    expect(attemptsText(1)).toBe('1 attempt');
    expect(attemptsText(3, 'Busy')).toBe('3 attempts (last: Busy)');
  });
});
