// Classifying a handled callback request [code]: which lists have a tag schema, the schema's tags,
// and POST classification/instance with ClassifiedType "CallListItem". Shapes: callbacks-schemas.ts.
import * as z from 'zod';
import { apiRequest, type Credentials } from './client';
import { classificationInstanceSchema, listSchemaBindingSchema, tagSchemaSchema, type ApiTagSchema } from './callbacks-schemas';
import { t } from '../i18n';

/** EnreachVoice's limit for a classification note [code]. */
export const MAX_CLASSIFICATION_NOTE = 500;

export function fetchListSchemaBindings(credentials: Credentials) {
  return apiRequest(credentials, 'classification/calllistschemas', {
    schema: z.array(listSchemaBindingSchema),
    what: t('what_read_classified_lists'),
  });
}

export function fetchTagSchema(credentials: Credentials, schemaId: string): Promise<ApiTagSchema> {
  return apiRequest(credentials, `classification/schemas/${encodeURIComponent(schemaId)}?IncludeChildren=true`, {
    schema: tagSchemaSchema,
    what: t('what_read_tags'),
  });
}

export async function classifyCallbackRequest(
  credentials: Credentials,
  input: { schemaId: string; requestId: string; tagIds: readonly number[]; note: string },
): Promise<void> {
  await apiRequest(credentials, 'classification/instance', {
    method: 'POST',
    body: {
      TagSchemaId: input.schemaId,
      TagSelections: input.tagIds.map((TagId) => ({ TagId })),
      ClassifiedType: 'CallListItem',
      CallListItemId: input.requestId,
      Note: input.note.slice(0, MAX_CLASSIFICATION_NOTE),
    },
    schema: classificationInstanceSchema,
    allowEmpty: true,
    what: t('what_save_classification'),
  });
}
