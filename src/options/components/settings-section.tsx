// Calling settings, saved as soon as they change, with a "Saved" status.
import { useState } from 'preact/hooks';
import type { CountryCode } from 'libphonenumber-js';
import { toAppError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/storage/settings';
import { countriesIncluding } from '../countries';
import { intervalOptions } from '../poll-intervals';
import { ChannelField } from './channel-field';
import { SoftphoneSchemeField } from './softphone-scheme-field';
import { useLocked } from '../locked-settings';
import { SelectField } from './select-field';

interface Props {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<Settings>;
}

type SaveStatus = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; message: string };

const statusText = (kind: SaveStatus['kind']) => (kind === 'saving' ? t('common_saving') : kind === 'saved' ? t('common_saved') : '');

export function SettingsSection({ settings, save }: Props) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const countryLocked = useLocked('defaultCountry');
  const change = async (patch: Partial<Settings>) => {
    setStatus({ kind: 'saving' });
    try {
      await save(patch);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', message: t('options_save_failed', toAppError(error).message) });
    }
  };
  const countries = countriesIncluding(settings.defaultCountry).map(({ code, name }) => ({ value: code, label: name }));
  return (
    <section class="card" aria-labelledby="calling-heading">
      <h2 id="calling-heading">{t('options_calling')}</h2>
      <ChannelField value={settings.callChannel} onChange={(callChannel) => void change({ callChannel })} />
      <SoftphoneSchemeField value={settings.softphoneScheme} onChange={(softphoneScheme) => void change({ softphoneScheme })} />
      <SelectField
        id="default-country"
        label={t('options_default_country')}
        value={settings.defaultCountry}
        options={countries}
        hint={t('options_default_country_hint')}
        locked={countryLocked}
        onChange={(code) => void change({ defaultCountry: code as CountryCode })}
      />
      <SelectField
        id="poll-interval"
        label={t('options_poll_interval')}
        value={String(settings.pollIntervalSeconds)}
        options={intervalOptions(settings.pollIntervalSeconds)}
        onChange={(seconds) => void change({ pollIntervalSeconds: Number(seconds) })}
      />
      <p role="status" class="save-status">
        {statusText(status.kind)}
      </p>
      {status.kind === 'failed' ? (
        <p role="alert" class="error">
          {status.message}
        </p>
      ) : null}
    </section>
  );
}
