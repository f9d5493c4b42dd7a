// Pipedrive: deal cards on the pipeline board, person and organization detail panels, list
// rows. Callback ids come from a custom field or a note (labelled text, found by the generic
// rules) or a link to the callback request.
// Test URLs: https://<company>.pipedrive.com/pipeline, /person/<id>, /deal/<id>.
import { createAdapter } from './site-adapter';

export const pipedriveAdapter = createAdapter({
  name: 'pipedrive',
  hosts: ['pipedrive.com'],
  signature: '#pipedrive-app, body.pipedrive, [data-test="pipeline-board"]',
  records: ['[data-test="deal-card"]', '[data-test="person-details"]', '[data-test="organization-details"]', '[data-test="list-row"]', 'tr'],
  idFields: {
    request: ['[data-test="custom-field-ev_callback_request_id"]'],
    list: ['[data-test="custom-field-ev_callback_list_id"]'],
  },
});
