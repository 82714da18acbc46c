// Test pages only: the panel's modules of extension/src/ bundled into one classic script
// (tests/e2e/helpers.mjs, esbuild) that puts them on globalThis, for tests that draw the
// panel and the reader overlay in a page without the extension. The interaction layer
// is connected as the content script connects it.
import * as cite from "../../extension/src/cite.js";
import * as interact from "../../extension/src/interact.js";
import * as page from "../../extension/src/page-text.js";
import * as panel from "../../extension/src/panel.js";
import * as picker from "../../extension/src/picker.js";
import * as reader from "../../extension/src/reader.js";
import * as sections from "../../extension/src/sections.js";
import * as settings from "../../extension/src/settings.js";

panel.connect(interact);

Object.assign(globalThis, {
  LedeCite: cite,
  LedeInteract: interact,
  LedePage: page,
  LedePanel: panel,
  LedePicker: picker,
  LedeReader: reader,
  LedeSections: sections,
  LedeSettings: settings,
});
