// Calling settings, saved as soon as they change, with a "Saved" status.
import { useState } from 'preact/hooks';
import type { CountryCode } from 'libphonenumber-js';
import { toAppError } from '../../shared/errors';
import type { Settings } from '../../shared/storage/settings';
import { countriesIncluding } from '../countries';
import { intervalOptions } from '../poll-intervals';
import { ChannelField } from './channel-field';
import { SelectField } from './select-field';

interface Props {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<Settings>;
}

type SaveStatus = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; message: string };

const STATUS_TEXT = { idle: '', saving: 'Saving…', saved: 'Saved', failed: '' } as const;

export function SettingsSection({ settings, save }: Props) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const change = async (patch: Partial<Settings>) => {
    setStatus({ kind: 'saving' });
    try {
      await save(patch);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', message: `Could not save the setting: ${toAppError(error).message}` });
    }
  };
  const countries = countriesIncluding(settings.defaultCountry).map(({ code, name }) => ({ value: code, label: name }));
  return (
    <section class="card" aria-labelledby="calling-heading">
      <h2 id="calling-heading">Calling</h2>
      <ChannelField value={settings.callChannel} onChange={(callChannel) => void change({ callChannel })} />
      <SelectField
        id="default-country"
        label="Default country"
        value={settings.defaultCountry}
        options={countries}
        hint="Used to read numbers written without a country code, such as 040 123 4567."
        onChange={(code) => void change({ defaultCountry: code as CountryCode })}
      />
      <SelectField
        id="poll-interval"
        label="Check for new callback requests every"
        value={String(settings.pollIntervalSeconds)}
        options={intervalOptions(settings.pollIntervalSeconds)}
        onChange={(seconds) => void change({ pollIntervalSeconds: Number(seconds) })}
      />
      <p role="status" class="save-status">
        {STATUS_TEXT[status.kind]}
      </p>
      {status.kind === 'failed' ? (
        <p role="alert" class="error">
          {status.message}
        </p>
      ) : null}
    </section>
  );
}
