// Dynamics 365 / Power Apps model-driven apps: forms (data-id="editFormRoot") and ARIA grids
// (role=row), often in same-origin iframes. A callback request is a custom table
// (ev_callbackrequest): its id sits in a lookup link (etn=ev_callbackrequest&id={GUID}) or in a
// read-only text field whose data-id starts with the column name. Row GUIDs (row-id) are the
// CRM's own record ids and are never taken.
// Test URLs: https://<org>.crm4.dynamics.com/main.aspx?appid=…&pagetype=entitylist&etn=ev_callbackrequest
import { GUID_SOURCE as GUID } from '../../shared/phone';
import { createAdapter } from './site-adapter';

export const dynamics365Adapter = createAdapter({
  name: 'dynamics-365',
  hosts: ['dynamics.com'],
  signature: '#shell-container, [data-id="editFormRoot"], [data-id="data-set-body-container"]',
  records: ['[role="row"]', '[data-id="editFormRoot"]', '[data-id="form-selector"]'],
  idFields: {
    request: ['[data-id^="ev_callbackrequestid"] input', 'input[data-id^="ev_callbackrequestid"]'],
    list: ['[data-id^="ev_callbacklistid"] input', 'input[data-id^="ev_callbacklistid"]'],
  },
  idLinks: {
    request: [new RegExp(`etn=ev_callbackrequest&(?:[^#]*&)?id=\\{?(${GUID})`, 'i'), new RegExp(`[?&]id=\\{?(${GUID})\\}?(?:&[^#]*)?&etn=ev_callbackrequest\\b`, 'i')],
    list: [new RegExp(`etn=ev_callbacklist&(?:[^#]*&)?id=\\{?(${GUID})`, 'i')],
  },
});
