// HubSpot CRM: a React single-page app. Records are table rows, timeline items and the record
// sidebar; a custom contact property ev_callback_request_id holds the callback request id
// (rendered as data-selenium-test="property-value:<name>").
// Test URLs: https://app.hubspot.com/contacts/<portal>/objects/0-1/views/all/list, record pages.
import { createAdapter } from './site-adapter';

export const hubspotAdapter = createAdapter({
  name: 'hubspot',
  hosts: ['app.hubspot.com', 'app-eu1.hubspot.com'],
  signature: '#hs-app, [data-test-id="hs-app"], #hs-nav-v4',
  records: ['tr', 'li', '[data-test-id="record-sidebar"]', '[data-selenium-test="profile-card"]'],
  idFields: {
    request: ['[data-selenium-test="property-value:ev_callback_request_id"]', '[data-selenium-test="property-input-ev_callback_request_id"]'],
    list: ['[data-selenium-test="property-value:ev_callback_list_id"]'],
  },
});
