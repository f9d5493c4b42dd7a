// Callback request settings: realtime updates (polling stays the fallback) and desktop
// notifications for newly allocated requests. Saved as soon as they change.
import { useState } from 'preact/hooks';
import { toAppError } from '../../shared/errors';
import type { Settings } from '../../shared/storage/settings';

interface Props {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<Settings>;
}

interface CheckProps {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

function Check({ id, label, hint, checked, onChange }: CheckProps) {
  return (
    <div class="field check">
      <input id={id} name={id} type="checkbox" checked={checked} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.currentTarget.checked)} />
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
    </div>
  );
}

export function WorkspaceSettings({ settings, save }: Props) {
  const [status, setStatus] = useState<{ ok: boolean; text: string }>({ ok: true, text: '' });
  const change = async (patch: Partial<Settings>) => {
    setStatus({ ok: true, text: 'Saving…' });
    try {
      await save(patch);
      setStatus({ ok: true, text: 'Saved' });
    } catch (error) {
      setStatus({ ok: false, text: `Could not save the setting: ${toAppError(error).message}` });
    }
  };
  return (
    <section class="card" aria-labelledby="workspace-heading">
      <h2 id="workspace-heading">Callback requests</h2>
      <Check
        id="realtime-enabled"
        label="Live updates"
        hint="New and changed requests arrive at once over EnreachVoice's realtime channel. When it is off or cannot connect, the list is checked at the interval above."
        checked={settings.realtimeEnabled}
        onChange={(realtimeEnabled) => void change({ realtimeEnabled })}
      />
      <Check
        id="notify-new-requests"
        label="Notify me of new requests"
        hint="A desktop notification when a callback request is allocated to you."
        checked={settings.notifyNewRequests}
        onChange={(notifyNewRequests) => void change({ notifyNewRequests })}
      />
      <p role="status" class="save-status">
        {status.ok ? status.text : ''}
      </p>
      {status.ok ? null : (
        <p role="alert" class="error">
          {status.text}
        </p>
      )}
    </section>
  );
}
