// Salesforce Lightning Experience: Lightning web components in (open) shadow roots. Records are
// the record detail panel, datatable rows and cards; callback ids live in custom fields named
// *Callback_Request_Id__c / *Callback_List_Id__c (record pages mark fields with
// data-target-selection-name; datatable cells with data-col-key-value="<field>-<type>-<index>").
// Test URLs: https://<org>.lightning.force.com/lightning/r/<Object>/<id>/view, list views.
import { createAdapter } from './site-adapter';

export const salesforceLightningAdapter = createAdapter({
  name: 'salesforce-lightning',
  hosts: ['lightning.force.com', 'my.salesforce.com'],
  signature: 'one-app-nav-bar, one-appnav, force-aloha-page',
  records: ['tr', 'records-lwc-detail-panel', 'records-record-layout-block', 'force-record-layout-block', 'lightning-card', 'article.slds-card', 'li.slds-item'],
  idFields: {
    request: ['[data-target-selection-name$="Callback_Request_Id__c"]', '[data-col-key-value*="Callback_Request_Id__c"]'],
    list: ['[data-target-selection-name$="Callback_List_Id__c"]', '[data-col-key-value*="Callback_List_Id__c"]'],
  },
});
