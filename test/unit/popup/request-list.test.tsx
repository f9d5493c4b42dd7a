/** @jest-environment jsdom */
import './helpers/mock-extension';
import { RequestList } from '../../../src/popup/components/request-list';
import { buttonNamed, mount, unmountAll } from './helpers/dom';
import { HOUR, MINUTE, isoAt, makeRequest } from './helpers/fixtures';

const NOW = Date.parse('2025-03-10T12:00:00Z');

afterEach(unmountAll);

function rowOf(root: HTMLElement, id: string): HTMLElement {
  const row = root.querySelector<HTMLElement>(`li[data-request-id="${id}"]`);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe('RequestList', () => {
  it('shows number, contact, list, due time, attempts and voicemail for each request', async () => {
    const root = await mount(
      <RequestList
        now={NOW}
        requests={[
          makeRequest({ id: 'sara', number: '+46701234567', contactName: 'Sara Svensson', listName: 'Sales callbacks', dueTime: isoAt(NOW + 25 * MINUTE), attemptCount: 2, lastResult: 'Busy', hasVoicemail: true }),
          makeRequest({ id: 'matti', contactName: 'Matti Meikäläinen', dueTime: isoAt(NOW - 2 * HOUR), expiryTime: isoAt(NOW + 5 * HOUR) }),
        ]}
      />,
    );
    const sara = rowOf(root, 'sara');
    expect(sara.querySelector('.number')?.textContent).toBe('+46 70 123 45 67');
    expect(sara.querySelector('.contact')?.textContent).toBe('Sara Svensson');
    expect(sara.querySelector('.list-name')?.textContent).toBe('Sales callbacks');
    expect(sara.querySelector('.due')?.textContent).toBe('due in 25 min');
    expect(sara.querySelector('.attempts')?.textContent).toBe('2 attempts (last: Busy)');
    expect(sara.querySelector('.voicemail')?.textContent).toBe('Voicemail');

    const matti = rowOf(root, 'matti');
    expect(matti.querySelector('.due')?.textContent).toBe('overdue by 2 h');
    expect(matti.querySelector('.due')?.classList.contains('overdue')).toBe(true);
    expect(matti.querySelector('.expiry')?.textContent).toBe('expires in 5 h');
    expect(matti.querySelector('.voicemail')).toBeNull();
    expect(matti.querySelector('.attempts')?.textContent).toBe('No attempts yet');
    // Overdue first.
    expect([...root.querySelectorAll('li.request')].map((row) => row.getAttribute('data-request-id'))).toEqual(['matti', 'sara']);
  });

  it('names each Call button after the formatted number and describes it by the contact', async () => {
    const root = await mount(<RequestList now={NOW} requests={[makeRequest({ id: 'sara', number: '+46701234567', contactName: 'Sara Svensson' })]} />);
    const button = buttonNamed(root, 'Call +46 70 123 45 67');
    expect(button.textContent).toBe('Call');
    expect(button.disabled).toBe(false);
    const describedBy = button.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy.split(' ')[0] ?? '')?.textContent).toBe('Sara Svensson');
  });

  it('falls back to the raw number and the list name when there is no contact or format', async () => {
    const root = await mount(<RequestList now={NOW} requests={[makeRequest({ id: 'x', number: '12345', contactName: undefined, listName: 'Overflow' })]} />);
    const button = buttonNamed(root, 'Call 12345');
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Overflow');
  });

  it('disables Call for expired and closed requests and says why', async () => {
    const root = await mount(
      <RequestList
        now={NOW}
        requests={[
          makeRequest({ id: 'expired', number: '+358401111111', isExpired: true, dueTime: isoAt(NOW - HOUR) }),
          makeRequest({ id: 'closed', number: '+358402222222', isClosed: true }),
        ]}
      />,
    );
    const expired = buttonNamed(root, 'Call +358 40 1111111');
    expect(expired.disabled).toBe(true);
    expect(rowOf(root, 'expired').textContent).toContain('Expired — cannot be called');
    expect(rowOf(root, 'expired').querySelector('.due')).toBeNull();
    expect(expired.getAttribute('aria-describedby')).toContain('request-expired-reason');
    expect(buttonNamed(root, 'Call +358 40 2222222').disabled).toBe(true);
    expect(rowOf(root, 'closed').textContent).toContain('Closed — cannot be called');
  });

  it('says when there is nothing to do', async () => {
    const root = await mount(<RequestList now={NOW} requests={[]} />);
    expect(root.textContent).toBe('No callback requests are assigned to you.');
  });
});
