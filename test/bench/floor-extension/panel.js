/* global document, location, chrome, URLSearchParams */
// The floor's panel: the same round trip as CancelDesk's capture (inject into every frame, ask the top frame,
// show the answer) with nothing else, so the bench can say how much CancelDesk adds to it.
const tabId = Number(new URLSearchParams(location.search).get('tab'));
const button = document.getElementById('capture');
const result = document.getElementById('result');
button.addEventListener('click', async () => {
  button.disabled = true;
  await chrome.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['content.js'] });
  const reply = await chrome.tabs.sendMessage(tabId, { type: 'capture' }, { frameId: 0 });
  result.textContent = `${reply.first} (${reply.chars} characters)`;
  button.disabled = false;
});
