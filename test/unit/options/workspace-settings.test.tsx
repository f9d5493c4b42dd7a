/** @jest-environment jsdom */
import '../popup/helpers/mock-extension';
import { sendToBackground } from '../../../src/shared/messages/send';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, settingsSchema } from '../../../src/shared/storage/settings';
import { App } from '../../../src/options/app';
import { byLabel, click, mount, textsOfRole, unmountAll } from '../popup/helpers/dom';

const send = sendToBackground as jest.Mock;
const load = loadSettings as jest.Mock;
const save = saveSettings as jest.Mock;

beforeEach(() => {
  send.mockResolvedValue({ signedIn: false });
  load.mockResolvedValue(DEFAULT_SETTINGS);
  save.mockImplementation(async (patch: object) => ({ ...DEFAULT_SETTINGS, ...patch }));
});
afterEach(async () => {
  await unmountAll();
  save.mockReset();
});

describe('callback request settings', () => {
  it('default to live updates and notifications on', () => {
    expect(settingsSchema.parse({})).toMatchObject({ realtimeEnabled: true, notifyNewRequests: true, pollIntervalSeconds: 60 });
  });

  it('turn live updates and notifications off and on, saved at once', async () => {
    const root = await mount(<App />);
    expect(byLabel(root, 'Live updates').checked).toBe(true);
    await click(byLabel(root, 'Notify me of new requests'));
    expect(save).toHaveBeenCalledWith({ notifyNewRequests: false });
    await click(byLabel(root, 'Live updates'));
    expect(save).toHaveBeenCalledWith({ realtimeEnabled: false });
    expect(byLabel(root, 'Live updates').checked).toBe(false);
    expect(textsOfRole(root, 'status')).toContain('Saved');
  });
});
