// Where to sign in: the discovery URL and, optionally, an API endpoint that skips discovery.
import { t } from '../../shared/i18n';
import { DEFAULT_DISCOVERY_URL } from '../../shared/storage/settings';
import { useLocked } from '../locked-settings';
import { TextField } from './text-field';

/** An example address, not a text to translate. */
const EXAMPLE_API_ENDPOINT = 'https://api.example.com';

interface Props {
  discoveryUrl: string;
  apiEndpoint: string;
  onChange: (patch: { discoveryUrl?: string; apiEndpoint?: string }) => void;
}

export function AdvancedFields({ discoveryUrl, apiEndpoint, onChange }: Props) {
  const discoveryLocked = useLocked('discoveryUrl');
  const endpointLocked = useLocked('apiEndpoint');
  // Starts folded every time (open state is the user's, never re-rendered), so "click Advanced,
  // then fill" always works.
  return (
    <details class="advanced">
      <summary>{t('signin_advanced')}</summary>
      <TextField
        id="discovery-url"
        label={t('signin_discovery_url')}
        type="url"
        value={discoveryUrl}
        locked={discoveryLocked}
        onInput={(value) => onChange({ discoveryUrl: value })}
        hint={t('signin_discovery_url_hint', DEFAULT_DISCOVERY_URL)}
      />
      <TextField
        id="api-endpoint"
        label={t('signin_api_endpoint')}
        type="url"
        value={apiEndpoint}
        placeholder={EXAMPLE_API_ENDPOINT}
        locked={endpointLocked}
        onInput={(value) => onChange({ apiEndpoint: value })}
        hint={t('signin_api_endpoint_hint')}
      />
    </details>
  );
}
