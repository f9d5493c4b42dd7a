// Phone numbers: pure functions (no DOM, no browser APIs), shared by content script and background.
export { findPhoneNumbers, mayContainPhoneNumber, type FoundPhoneNumber } from './find';
export { toE164, formatInternational, numberFromTelUri, normaliseShownNumber, type CountryCode, type Strictness } from './parse';
export { isGuid, findGuids, GUID_SOURCE, type GuidMatch } from './guid';
export { isIdLabel, endsWithIdLabel } from './labels';
