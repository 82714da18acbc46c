// Test builds only: lets the end-to-end tests open the panel where no synthetic action
// click exists (Firefox over WebDriver BiDi). The test content script (content.js here)
// forwards a page's request; this runs the same code as a click of the action.
// Chromium tests call the context menu's handler through __ledeTest.menuClick.
import { onMenuClick, togglePanel } from "../../../extension/src/background.js";

const api = globalThis.browser ?? globalThis.chrome;

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== api.runtime.id || !sender.tab) return false;
  if (message?.type === "lede-test:toggle") {
    togglePanel(sender.tab);
  } else if (message?.type === "lede-test:clipboard") {
    // Writes `text` when given; answers the clipboard's text (extension pages may read it
    // with clipboardRead, content scripts may not).
    const write = typeof message.text === "string" ? navigator.clipboard.writeText(message.text) : Promise.resolve();
    write.then(readClipboard).then(sendResponse, (e) => sendResponse({ error: String(e) }));
    return true;
  } else if (message?.type === "lede-test:ping") {
    sendResponse(globalThis.__ledeTest.stats()); // the background is up; its counters
  }
  return false;
});

/** The clipboard's text: the async API, else (Firefox refuses it now and then) the
 *  legacy paste into a textarea, which clipboardRead allows in the background page. */
async function readClipboard() {
  try {
    return await navigator.clipboard.readText();
  } catch (e) {
    const area = document.createElement("textarea");
    document.body.append(area);
    area.focus();
    const pasted = document.execCommand("paste");
    area.remove();
    if (!pasted) throw e;
    return area.value;
  }
}

/** The context menu's click handler, as a click on an item would run it (the test
 *  grants activeTab first with a real action). */
globalThis.__ledeTest.menuClick = (menuItemId, tab) => onMenuClick({ menuItemId }, tab);
