// Test builds only: lets the end-to-end tests open the panel where no synthetic action
// click exists (Firefox over WebDriver BiDi). The test content script (content.js here)
// forwards a page's request; this runs the same code as a click of the action.
import { togglePanel } from "../background.js";

const api = globalThis.browser ?? globalThis.chrome;

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== api.runtime.id || !sender.tab) return false;
  if (message?.type === "lede-test:toggle") {
    togglePanel(sender.tab);
  } else if (message?.type === "lede-test:ping") {
    sendResponse(globalThis.__ledeTest.stats()); // the background is up; its counters
  }
  return false;
});
