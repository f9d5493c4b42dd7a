// Display formatting for E.164 numbers, e.g. +46701234567 → "+46 70 123 45 67". The background now
// sends `displayNumber` with every request, so the popup bundle does without this (and its ~150 kB
// of metadata); the unit tests' fixtures use it to stand in for the background.
// Same output as shared/phone's formatInternational, but with libphonenumber-js's default `min`
// metadata: the popup only formats numbers the background already normalised, so it does not need
// the `max` metadata's validation (about 75 kB more in the popup bundle).
import { parsePhoneNumberFromString } from 'libphonenumber-js';

export function formatForDisplay(number: string): string {
  const parsed = parsePhoneNumberFromString(number);
  return parsed ? parsed.formatInternational() : number;
}
