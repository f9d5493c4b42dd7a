// A fresh id per Call click, so `call.progress` broadcasts can find the row that started the call.
export function newClickId(): string {
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `popup-${random}`;
}
