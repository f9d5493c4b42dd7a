// How calls are placed: mobile, webphone or softphone.
import type { CallChannel } from '../../shared/storage/settings';

const CHANNELS: readonly { value: CallChannel; label: string; hint: string }[] = [
  { value: 'mobile', label: 'Mobile', hint: 'EnreachVoice rings your mobile phone and connects you to the customer.' },
  { value: 'webphone', label: 'Webphone', hint: 'The call runs in the browser, in the EnreachVoice webphone.' },
  { value: 'softphone', label: 'Softphone', hint: 'The number is handed to the softphone app on this computer (tel: link).' },
];

interface Props {
  value: CallChannel;
  onChange: (value: CallChannel) => void;
}

export function ChannelField({ value, onChange }: Props) {
  return (
    <fieldset class="field choices">
      <legend>Call channel</legend>
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
          <label htmlFor={`channel-${channel.value}`}>{channel.label}</label>
          <p id={`channel-${channel.value}-hint`} class="hint">
            {channel.hint}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
