/* global document, location, chrome, URLSearchParams */
// The floor's panel: the same round trip as CancelDesk's capture (its script loads with the portal's pages, so a
// click checks the top frame holds it, injecting it only if not, asks the top frame and shows the answer) with
// nothing else, so the bench can say how much CancelDesk adds to it.
const tabId = Number(new URLSearchParams(location.search).get('tab'));
const button = document.getElementById('capture');
const result = document.getElementById('result');
button.addEventListener('click', async () => {
  button.disabled = true;
  const target = { tabId, frameIds: [0] };
  const [held] = await chrome.scripting.executeScript({ target, func: () => globalThis.floorLoaded === true });
  if (!held?.result) await chrome.scripting.executeScript({ target, files: ['content.js'] });
  const reply = await chrome.tabs.sendMessage(tabId, { type: 'capture' }, { frameId: 0 });
  result.textContent = `${reply.first} (${reply.chars} characters)`;
  button.disabled = false;
});
