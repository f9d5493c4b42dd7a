// A stand-in for EnreachVoice's <webrtc-client-ui> webphone element, for the demo and the tests.
// It offers the two methods the extension uses, records every use in window.__webphoneLog
// ({op, method?, path?, body?, number?, at}: `at` is Date.now()) and forwards them to the simulator
// like the real element reaches EnreachVoice:
//   makeAPICall(method, path, body) → fetch(api + path), [ME] kept (the simulator accepts it),
//     signed in as the demo agent (the real element holds its own session);
//   call(number) → POST api/sim-webphone/call {PhoneNumber} (the simulator's stand-in for the
//     WebRTC/SIP leg), so the simulator classifies it as a callback or direct call.
// Query parameters: api (simulator base URL, required), user and key (default: the demo agent),
// activateDelayMs (answer the activation this much later: the window tests).
(() => {
  const query = new URLSearchParams(location.search);
  const api = (query.get('api') ?? '').replace(/\/+$/, '');
  const user = query.get('user') ?? 'agent@demo.example';
  const key = query.get('key') ?? 'sim-agent-key-Q7k2Xv9Lm4Rt8Wz1';
  const activateDelayMs = Number(query.get('activateDelayMs') ?? 0);
  const log = (window.__webphoneLog = []);

  async function send(method, path, body) {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: { Authorization: `Basic ${btoa(`${user}:${key}`)}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`HTTP ${response.status} ${text.slice(0, 200)}`);
    return text ? JSON.parse(text) : null;
  }

  class WebRtcClientUi extends HTMLElement {
    connectedCallback() {
      this.textContent = api ? 'Webphone (stand-in): ready' : 'Webphone (stand-in): no ?api= given';
    }
    async makeAPICall(method, path, body) {
      log.push({ op: 'makeAPICall', method, path, body, at: Date.now() });
      if (activateDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, activateDelayMs));
      return send(method, path, body);
    }
    async call(number) {
      log.push({ op: 'call', number, at: Date.now() });
      this.textContent = `Webphone (stand-in): calling ${number}`;
      await send('POST', '/sim-webphone/call', { PhoneNumber: number });
    }
  }
  customElements.define('webrtc-client-ui', WebRtcClientUi);
})();
