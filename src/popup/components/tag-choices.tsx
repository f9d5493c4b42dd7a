// The classification tags of a list's schema, one fieldset per group; a group allows at most
// `maxSelections` tags (the others are disabled once that many are chosen).
import { t } from '../../shared/i18n';
import type { ClassificationView } from '../../shared/messages/workspace-contract';

interface Props {
  idBase: string;
  classification: ClassificationView;
  selected: number[];
  onChange: (tagIds: number[]) => void;
}

export function TagChoices({ idBase, classification, selected, onChange }: Props) {
  const toggle = (id: number, on: boolean) => onChange(on ? [...selected, id] : selected.filter((tag) => tag !== id));
  return (
    <div class="tag-groups">
      {classification.groups.map((group, index) => {
        const chosen = group.tags.filter((tag) => selected.includes(tag.id)).length;
        const full = chosen >= group.maxSelections;
        return (
          <fieldset key={`${group.name}-${index}`} class="tag-group">
            <legend>
              {group.name}
              {group.maxSelections > 1 ? <span class="muted"> {t('tags_up_to', group.maxSelections)}</span> : null}
            </legend>
            {group.tags.map((tag) => {
              const on = selected.includes(tag.id);
              return (
                <label key={tag.id} class="tag-choice" htmlFor={`${idBase}-tag-${tag.id}`}>
                  <input id={`${idBase}-tag-${tag.id}`} type="checkbox" checked={on} disabled={!on && full} onChange={(event) => toggle(tag.id, event.currentTarget.checked)} />
                  {tag.name}
                </label>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}
