import { createWriteBatch } from '../../../src/content/scan/write-batch';

describe('write batch', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('holds writes back for a short while so a big page re-lays out once, not per slice', () => {
    const batch = createWriteBatch();
    const write = jest.fn();
    batch.push(write);
    batch.applyIfDue(false);
    expect(write).not.toHaveBeenCalled();
    jest.advanceTimersByTime(200);
    batch.applyIfDue(false);
    expect(write).not.toHaveBeenCalled();
    jest.advanceTimersByTime(60);
    batch.applyIfDue(false);
    expect(write).toHaveBeenCalledTimes(1);
    expect(batch.pending).toBe(false);
  });

  it('writes at once when forced (the work ran out) and drops writes on clear', () => {
    const batch = createWriteBatch();
    const kept = jest.fn();
    const dropped = jest.fn();
    batch.push(dropped);
    batch.clear();
    batch.push(kept);
    batch.applyIfDue(true);
    expect(kept).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
  });
});
