export function rowsMissingControls(margin: number): { checked: number; missing: string[] };
export function gridControls(): { scope: string; e164: string; callbackRequestId?: string }[];
