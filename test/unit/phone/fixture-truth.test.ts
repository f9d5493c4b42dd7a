/// <reference types="node" />
// The fixtures' ground truth must itself be right: every expected number is a valid number in
// E.164 form, and the grid generator is deterministic for a seed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { groundTruth } from '../../fixtures/grid/grid-data';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

it('lists only valid E.164 numbers in every truth file', () => {
  const files = readdirSync(FIXTURES).filter((file) => file.endsWith('.truth.json'));
  expect(files.length).toBeGreaterThanOrEqual(6);
  for (const file of files) {
    const truth = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Record<string, { e164: string }[]>;
    for (const entry of Object.values(truth).flat()) {
      expect([file, entry.e164, isValidPhoneNumber(entry.e164)]).toEqual([file, expect.stringMatching(/^\+\d{7,15}$/), true]);
    }
  }
});

it('generates the same grid truth for the same seed, with valid numbers', () => {
  const first = groundTruth(42, 300);
  expect(groundTruth(42, 300)).toEqual(first);
  expect(groundTruth(43, 300).numbers).not.toEqual(first.numbers);
  expect(first.numbers).toHaveLength(600);
  expect(first.numbers.filter((entry) => entry.callbackRequestId)).toHaveLength(120);
  for (const entry of first.numbers) expect([entry.e164, isValidPhoneNumber(entry.e164)]).toEqual([entry.e164, true]);
});
