// Which callback lists have a classification (tag) schema, and its tags, fetched only when asked
// (the popup's lists, an outcome with tags) and kept for an hour: schemas change rarely, and an
// idle agent should cost EnreachVoice nothing.
import type { ApiTagSchema } from '../shared/api/callbacks-schemas';
import { toAppError } from '../shared/errors';
import type { ClassificationView } from '../shared/messages/workspace-contract';
import { isTransient } from './backoff';

export interface ClassifierApi {
  bindings(): Promise<{ ListId: string; SchemaId: string }[]>;
  schema(schemaId: string): Promise<ApiTagSchema>;
}

const KEEP_MS = 60 * 60_000;

export function toClassificationView(schema: ApiTagSchema): ClassificationView {
  return {
    schemaId: schema.Id,
    groups: schema.Groups.map((group, index) => ({
      name: group.Name ?? `Group ${index + 1}`,
      maxSelections: group.MaxSelections ?? 1,
      tags: group.Tags.map((tag) => ({ id: tag.Id, name: tag.Name ?? `Tag ${tag.Id}` })),
    })).filter((group) => group.tags.length > 0),
  };
}

export class Classifier {
  private bindings: Map<string, string> | undefined;
  private loadedAt = 0;
  private readonly schemas = new Map<string, ClassificationView>();

  constructor(
    private readonly api: ClassifierApi,
    private readonly now: () => number = Date.now,
  ) {}

  async schemaIdFor(listId: string): Promise<string | undefined> {
    return (await this.loadBindings()).get(listId.toLowerCase());
  }

  /** The classification of each list that has one; lists without one are missing from the map. */
  async viewsFor(listIds: readonly string[]): Promise<Map<string, ClassificationView>> {
    const views = new Map<string, ClassificationView>();
    for (const listId of listIds) {
      const schemaId = await this.schemaIdFor(listId);
      if (!schemaId) continue;
      let view = this.schemas.get(schemaId);
      if (!view) {
        view = toClassificationView(await this.api.schema(schemaId));
        this.schemas.set(schemaId, view);
      }
      if (view.groups.length) views.set(listId.toLowerCase(), view);
    }
    return views;
  }

  clear(): void {
    this.bindings = undefined;
    this.schemas.clear();
  }

  private async loadBindings(): Promise<Map<string, string>> {
    if (this.bindings && this.now() - this.loadedAt < KEEP_MS) return this.bindings;
    try {
      const answer = await this.api.bindings();
      this.bindings = new Map(answer.map((binding) => [binding.ListId.toLowerCase(), binding.SchemaId]));
    } catch (caught) {
      const error = toAppError(caught);
      // Not there (404) or not allowed (403): this tenant classifies nothing; do not ask again soon.
      if (isTransient(error) || error.code === 'unauthorized' || error.code === 'signed-out') throw error;
      this.bindings = new Map();
    }
    this.schemas.clear();
    this.loadedAt = this.now();
    return this.bindings;
  }
}
