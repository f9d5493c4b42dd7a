/** @jest-environment jsdom */
import '../popup/helpers/mock-extension';
import { save, useSignedOutSettingsPage } from './helpers/settings-page';
import { settingsSchema } from '../../../src/shared/storage/settings';
import { App } from '../../../src/options/app';
import { byLabel, click, mount, textsOfRole } from '../popup/helpers/dom';

useSignedOutSettingsPage();

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
