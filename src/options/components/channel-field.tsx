// How calls are placed: mobile, webphone or softphone.
import { t, type MessageKey } from '../../shared/i18n';
import type { CallChannel } from '../../shared/storage/settings';
import { LockedNote, useLocked } from '../locked-settings';

const CHANNELS: readonly { value: CallChannel; label: MessageKey; hint: MessageKey }[] = [
  { value: 'mobile', label: 'channel_mobile', hint: 'channel_mobile_hint' },
  { value: 'webphone', label: 'channel_webphone', hint: 'channel_webphone_hint' },
  { value: 'softphone', label: 'channel_softphone', hint: 'channel_softphone_hint' },
  { value: 'ask', label: 'channel_ask', hint: 'channel_ask_hint' },
];

interface Props {
  value: CallChannel;
  onChange: (value: CallChannel) => void;
}

export function ChannelField({ value, onChange }: Props) {
  const locked = useLocked('callChannel');
  return (
    <fieldset class="field choices" disabled={locked} aria-describedby={locked ? 'call-channel-locked' : undefined}>
      <legend>{t('options_call_channel')}</legend>
      {locked ? <LockedNote id="call-channel-locked" /> : null}
      {CHANNELS.map((channel) => (
        <div class="choice" key={channel.value}>
          <input
            id={`channel-${channel.value}`}
            type="radio"
            name="call-channel"
            value={channel.value}
            checked={value === channel.value}
            aria-describedby={`channel-${channel.value}-hint`}
            onChange={() => onChange(channel.value)}
          />
          <label htmlFor={`channel-${channel.value}`}>{t(channel.label)}</label>
          <p id={`channel-${channel.value}-hint`} class="hint">
            {t(channel.hint)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
