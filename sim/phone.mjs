// @ts-check
// The 10-second rule pairs a call with an activation "for the same number". The client may send
// "+358 40 123 4567" to one endpoint and "+358401234567" to the other: compare digits only, and
// treat the international prefix 00 like "+".

/** @param {string} number */
export function phoneDigits(number) {
  return number.replace(/\D/g, '').replace(/^00/, '');
}

/** @param {string} a @param {string} b */
export function sameNumber(a, b) {
  const digits = phoneDigits(a);
  return digits.length > 0 && digits === phoneDigits(b);
}

/** Enough digits to be dialled at all; anything else is a client bug worth a 400. @param {string} number */
export function looksDiallable(number) {
  return phoneDigits(number).length >= 3 && /^[+\d\s().\-/]+$/.test(number.trim());
}
