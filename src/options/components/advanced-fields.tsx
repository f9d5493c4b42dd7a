// Where to sign in: the discovery URL and, optionally, an API endpoint that skips discovery.
import { DEFAULT_DISCOVERY_URL } from '../../shared/storage/settings';
import { TextField } from './text-field';

interface Props {
  discoveryUrl: string;
  apiEndpoint: string;
  onChange: (patch: { discoveryUrl?: string; apiEndpoint?: string }) => void;
}

export function AdvancedFields({ discoveryUrl, apiEndpoint, onChange }: Props) {
  // Starts folded every time (open state is the user's, never re-rendered), so "click Advanced,
  // then fill" always works.
  return (
    <details class="advanced">
      <summary>Advanced</summary>
      <TextField
        id="discovery-url"
        label="Discovery URL"
        type="url"
        value={discoveryUrl}
        onInput={(value) => onChange({ discoveryUrl: value })}
        hint={`Finds your organisation's EnreachVoice server from your e-mail address. Default: ${DEFAULT_DISCOVERY_URL}`}
      />
      <TextField
        id="api-endpoint"
        label="API endpoint"
        type="url"
        value={apiEndpoint}
        placeholder="https://api.example.com"
        onInput={(value) => onChange({ apiEndpoint: value })}
        hint="Optional. When set, discovery is skipped and this server is used directly."
      />
    </details>
  );
}
