import { Classifier } from '../../../src/background/classifier';
import { newRequestsNotice } from '../../../src/background/new-request-notice';
import { toRequestView } from '../../../src/background/request-view';
import type { ApiCallbackRequest } from '../../../src/shared/api/callbacks-schemas';
import { AppError } from '../../../src/shared/errors';

const NOW = Date.parse('2025-03-10T12:00:00Z');
const req = (id: string, extra: Partial<ApiCallbackRequest> = {}): ApiCallbackRequest => ({
  Id: id, CallbackListId: 'l1', CallbackListName: 'Sales callbacks', ContactNumber: '+46701234567', CreatedTime: '2025-03-10T10:00:00Z', AttemptCount: 0, IsClosed: false, HasVoicemail: false, ...extra,
});

describe('request views', () => {
  it('carry both number forms, linked requests (which are mine) and the awaiting outcome', () => {
    const other = req('b', { CallbackListName: 'Support callbacks' });
    const view = toRequestView(req('a', { LinkedRequestIds: ['B', 'c'], ExpiryTime: '2025-03-10T11:00:00Z' }), NOW, { mine: new Map([['b', other]]), awaitingSince: NOW });
    expect(view).toMatchObject({
      number: '+46701234567',
      displayNumber: '+46 70 123 45 67',
      isExpired: true,
      linked: [{ id: 'B', mine: true, listName: 'Support callbacks' }, { id: 'c', mine: false }],
      awaitingOutcome: true,
      awaitingSince: new Date(NOW).toISOString(),
    });
    expect(toRequestView(req('x'), NOW)).not.toHaveProperty('linked');
  });

  it('describe new allocations for a notification', () => {
    expect(newRequestsNotice([req('a', { ContactName: 'Sara', DueTime: '2025-03-10T11:50:00Z' })], NOW)).toEqual({
      title: 'New callback request for you',
      message: 'Sara (+46 70 123 45 67) · Sales callbacks · overdue by 10 min',
    });
    const many = newRequestsNotice([1, 2, 3, 4, 5].map((n) => req(`r${n}`)), NOW);
    expect(many.title).toBe('5 new callback requests for you');
    expect(many.message.split('\n')).toHaveLength(4);
  });
});

describe('classifier', () => {
  const schema = { Id: 's1', Name: 'Outcome', Groups: [{ Name: 'Topic', MaxSelections: 1, Tags: [{ Id: 101, Name: 'Quote' }] }, { Name: 'Empty', Tags: [] }] };

  it('finds the schema of a list, fetching bindings once an hour and each schema once', async () => {
    const api = { bindings: jest.fn(async () => [{ ListId: 'L1', SchemaId: 's1' }]), schema: jest.fn(async () => schema) };
    let now = NOW;
    const classifier = new Classifier(api, () => now);
    const views = await classifier.viewsFor(['l1', 'l2']);
    expect([...views.keys()]).toEqual(['l1']);
    expect(views.get('l1')).toEqual({ schemaId: 's1', groups: [{ name: 'Topic', maxSelections: 1, tags: [{ id: 101, name: 'Quote' }] }] });
    expect(await classifier.schemaIdFor('l1')).toBe('s1');
    await classifier.viewsFor(['l1']);
    expect(api.bindings).toHaveBeenCalledTimes(1);
    expect(api.schema).toHaveBeenCalledTimes(1);
    now += 61 * 60_000;
    await classifier.schemaIdFor('l1');
    expect(api.bindings).toHaveBeenCalledTimes(2);
  });

  it('treats a tenant without classification (403/404) as having none, but retries after network trouble', async () => {
    const forbidden = new Classifier({ bindings: jest.fn().mockRejectedValue(new AppError('forbidden', 'no')), schema: jest.fn() });
    expect(await forbidden.schemaIdFor('l1')).toBeUndefined();
    const offline = new Classifier({ bindings: jest.fn().mockRejectedValue(new AppError('network', 'offline')), schema: jest.fn() });
    await expect(offline.schemaIdFor('l1')).rejects.toMatchObject({ code: 'network' });
  });
});
