// Test builds only (tools/package.mjs --test): the background entry point. The
// instrumentation must run before background.js starts instantiating the module.
import "./instrument.js";
import "../../../extension/src/background.js";
import "./hooks.js";
