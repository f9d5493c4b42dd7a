// How often the background may look for new requests (settings.pollIntervalSeconds, 30–3600 s).
import { tn } from '../shared/i18n';

const CHOICES = [30, 60, 120, 300, 600, 900, 1800, 3600];

export function intervalLabel(seconds: number): string {
  if (seconds < 60) return tn('interval_seconds', seconds);
  if (seconds < 3600) return tn('interval_minutes', Math.round(seconds / 60));
  return tn('interval_hours', Math.round(seconds / 3600));
}

/** The choices, plus the stored value when it is not one of them. */
export function intervalOptions(current: number): { value: string; label: string }[] {
  const values = CHOICES.includes(current) ? CHOICES : [...CHOICES, current].sort((a, b) => a - b);
  return values.map((seconds) => ({ value: String(seconds), label: intervalLabel(seconds) }));
}
