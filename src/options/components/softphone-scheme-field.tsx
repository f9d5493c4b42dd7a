// Which link the softphone gets (issue 5): `tel:` is what most desk phone apps register for;
// some (older Skype-style clients) want `callto:`. Shown with the channel setting.
import type { SoftphoneScheme } from '../../shared/calls/channels';
import { t } from '../../shared/i18n';
import { SelectField } from './select-field';

const schemes = (): readonly { value: SoftphoneScheme; label: string }[] => [
  { value: 'tel', label: t('softphone_tel') },
  { value: 'callto', label: 'callto:' },
];

interface Props {
  value: SoftphoneScheme;
  onChange: (value: SoftphoneScheme) => void;
}

export function SoftphoneSchemeField({ value, onChange }: Props) {
  return (
    <SelectField
      id="softphone-scheme"
      label={t('softphone_link')}
      value={value}
      options={schemes()}
      hint={t('softphone_link_hint')}
      onChange={(scheme) => onChange(scheme === 'callto' ? 'callto' : 'tel')}
    />
  );
}
