import { buildSignInRequest, validateSignIn, type SignInValues } from '../../../src/options/sign-in-request';

const VALUES: SignInValues = {
  mode: 'password',
  email: '  agent@demo.example ',
  password: ' secret with spaces ',
  secretKey: '',
  rememberMe: true,
  discoveryUrl: 'https://discover.enreachvoice.com',
  apiEndpoint: '',
};

describe('buildSignInRequest', () => {
  it('builds session.signIn with a trimmed e-mail and the password untouched', () => {
    expect(buildSignInRequest(VALUES)).toEqual({
      type: 'session.signIn',
      payload: { email: 'agent@demo.example', password: ' secret with spaces ', rememberMe: true, discoveryUrl: 'https://discover.enreachvoice.com' },
    });
  });

  it('passes an API endpoint when one is given, and the default discovery URL when it is blank', () => {
    const request = buildSignInRequest({ ...VALUES, discoveryUrl: ' ', apiEndpoint: ' https://api.example/ ', rememberMe: false });
    expect(request.payload).toMatchObject({ discoveryUrl: 'https://discover.enreachvoice.com', apiEndpoint: 'https://api.example/', rememberMe: false });
  });

  it('builds session.signInWithKey for the secret-key path', () => {
    expect(buildSignInRequest({ ...VALUES, mode: 'key', secretKey: ' abcdefgh1234 ' })).toEqual({
      type: 'session.signInWithKey',
      payload: { email: 'agent@demo.example', secretKey: 'abcdefgh1234', rememberMe: true, discoveryUrl: 'https://discover.enreachvoice.com' },
    });
  });
});

describe('validateSignIn', () => {
  it.each<[Partial<SignInValues>, string]>([
    [{ email: '' }, 'Enter your e-mail address.'],
    [{ email: 'agent' }, 'Enter a valid e-mail address, such as name@example.com.'],
    [{ password: '' }, 'Enter your password.'],
    [{ mode: 'key', secretKey: 'short' }, 'Paste the whole secret key (at least 8 characters).'],
    [{ discoveryUrl: 'discover' }, 'The discovery URL must be a web address, such as https://discover.enreachvoice.com.'],
    [{ apiEndpoint: 'ftp://x' }, 'The API endpoint must be a web address, such as https://api.example.com, or left empty.'],
  ])('%j → %s', (patch, message) => {
    expect(validateSignIn({ ...VALUES, ...patch })).toBe(message);
  });

  it('accepts a complete form, including an http test server', () => {
    expect(validateSignIn(VALUES)).toBeUndefined();
    expect(validateSignIn({ ...VALUES, discoveryUrl: 'http://127.0.0.1:8080' })).toBeUndefined();
    expect(validateSignIn({ ...VALUES, mode: 'key', password: '', secretKey: 'abcdefgh' })).toBeUndefined();
  });
});
