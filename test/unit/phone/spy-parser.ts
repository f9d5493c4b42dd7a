// Import first: the transform does not hoist jest.mock above the imports of the test file.
jest.mock('libphonenumber-js/max', () => {
  const actual = jest.requireActual('libphonenumber-js/max');
  return { ...actual, findPhoneNumbersInText: jest.fn(actual.findPhoneNumbersInText) };
});
