// Callback request settings: realtime updates (polling stays the fallback) and desktop
// notifications for newly allocated requests. Saved as soon as they change.
import { useState } from 'preact/hooks';
import { toAppError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/storage/settings';
import { SaveStatus } from './save-status';

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
    setStatus({ ok: true, text: t('common_saving') });
    try {
      await save(patch);
      setStatus({ ok: true, text: t('common_saved') });
    } catch (error) {
      setStatus({ ok: false, text: t('options_save_failed', toAppError(error).message) });
    }
  };
  return (
    <section class="card" aria-labelledby="workspace-heading">
      <h2 id="workspace-heading">{t('options_workspace')}</h2>
      <Check
        id="realtime-enabled"
        label={t('options_live_updates')}
        hint={t('options_live_updates_hint')}
        checked={settings.realtimeEnabled}
        onChange={(realtimeEnabled) => void change({ realtimeEnabled })}
      />
      <Check
        id="notify-new-requests"
        label={t('options_notify')}
        hint={t('options_notify_hint')}
        checked={settings.notifyNewRequests}
        onChange={(notifyNewRequests) => void change({ notifyNewRequests })}
      />
      <SaveStatus status={status} />
    </section>
  );
}
