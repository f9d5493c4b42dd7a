// @ts-check
// Classification of handled callback requests [code]: the list→schema bindings, a schema's tag
// groups, and POST /classification/instance with ClassifiedType "CallListItem". Shapes as a public
// EnreachVoice client uses them (ListId/SchemaId/ListName; Groups[].Tags[] with numeric Ids).
import { randomUUID } from 'node:crypto';
import { visibleRequest } from '../access.mjs';
import { HttpError, objectBody, requiredString } from '../http.mjs';
import { currentUser, route } from '../router.mjs';

export const MAX_NOTE_LENGTH = 500;
const CLASSIFIED_TYPES = ['DirectCall', 'ServiceCall', 'Email', 'CallListItem'];

/** @param {import('../router.mjs').Ctx} ctx @param {string} id */
function schemaById(ctx, id) {
  const schema = ctx.state.schemas.find((s) => s.Id.toLowerCase() === id.toLowerCase());
  if (!schema) throw new HttpError(404, `Classification schema ${id} was not found`);
  return schema;
}

/** @param {unknown} value @returns {number[]} */
function tagIds(value) {
  if (!Array.isArray(value) || value.length === 0) throw new HttpError(400, 'TagSelections must name at least one tag');
  return value.map((selection) => {
    const id = selection?.TagId;
    if (!Number.isInteger(id)) throw new HttpError(400, 'Every TagSelections entry needs a numeric TagId');
    return id;
  });
}

/** @param {import('../router.mjs').Ctx} ctx */
function classify(ctx) {
  const user = currentUser(ctx);
  const body = objectBody(ctx.body);
  const schema = schemaById(ctx, requiredString(body, 'TagSchemaId'));
  const type = requiredString(body, 'ClassifiedType');
  if (!CLASSIFIED_TYPES.includes(type)) throw new HttpError(400, `ClassifiedType must be one of ${CLASSIFIED_TYPES.join(', ')}`);
  if (type !== 'CallListItem') throw new HttpError(400, 'The simulator classifies callback requests (CallListItem) only');
  const request = visibleRequest(ctx, requiredString(body, 'CallListItemId'));
  if (!schema.ListIds.some((id) => id.toLowerCase() === request.CallbackListId.toLowerCase())) {
    throw new HttpError(400, `Schema ${schema.Name} is not used by callback list ${request.CallbackListName}`);
  }
  const note = body.Note ?? null;
  if (note !== null && (typeof note !== 'string' || note.length > MAX_NOTE_LENGTH)) {
    throw new HttpError(400, `Note must be text of at most ${MAX_NOTE_LENGTH} characters`);
  }
  const ids = tagIds(body.TagSelections);
  const selections = ids.map((id) => {
    const group = schema.Groups.find((g) => g.Tags.some((t) => t.Id === id));
    if (!group) throw new HttpError(400, `Tag ${id} is not in schema ${schema.Name}`);
    return { TagId: id, TagName: group.Tags.find((t) => t.Id === id)?.Name ?? '', TagGroupName: group.Name };
  });
  for (const group of schema.Groups) {
    const chosen = selections.filter((s) => s.TagGroupName === group.Name).length;
    if (chosen > group.MaxSelections) throw new HttpError(400, `At most ${group.MaxSelections} tags may be chosen from ${group.Name}`);
  }
  const at = ctx.state.nowIso();
  const instance = { Id: randomUUID(), userId: user.Id, TagSchemaId: schema.Id, TagSelections: ids.map((TagId) => ({ TagId })), ClassifiedType: type, CallListItemId: request.Id, Note: note, at };
  ctx.state.classifications.push(instance);
  const { userId: _userId, at: _at, ...answer } = instance;
  return { status: 200, body: { ...answer, TagSchemaName: schema.Name, TagSelections: selections, Created: at } };
}

export const classificationRoutes = [
  route('GET', '/classification/calllistschemas', (ctx) => {
    const user = currentUser(ctx);
    const bindings = ctx.state.schemas.flatMap((schema) =>
      schema.ListIds.filter((listId) => ctx.state.mayHandle(user, listId)).map((listId) => ({
        ListId: listId,
        ListName: ctx.state.listById(listId)?.Name ?? null,
        SchemaId: schema.Id,
        RequestTypeId: null,
      })),
    );
    return { status: 200, body: bindings };
  }),
  route('GET', '/classification/schemas/:schemaId', (ctx) => {
    const schema = schemaById(ctx, ctx.params.schemaId ?? '');
    const children = (ctx.query.get('IncludeChildren') ?? ctx.query.get('includeChildren') ?? '').toLowerCase() === 'true';
    const { ListIds: _lists, Groups, ...rest } = schema;
    return { status: 200, body: children ? { ...rest, Groups } : rest };
  }),
  route('POST', '/classification/instance', classify),
];
