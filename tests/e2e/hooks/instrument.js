// Test builds only. Watches the WebAssembly instances the wasm-bindgen glue creates
// (the first one, and each one __wbg_reset_state makes after a trap) and wraps the
// `analyze` export to count calls and, when armed, trap inside the module for real.
// The end-to-end tests read it from the background context as globalThis.__ledeTest.

const original = {
  instantiate: WebAssembly.instantiate,
  instantiateStreaming: WebAssembly.instantiateStreaming,
  Instance: WebAssembly.Instance,
};

const state = {
  /** Instances created so far (1 after start-up; +1 per re-instantiation). */
  instances: 0,
  /** Calls of the `analyze` export, on any instance. */
  analyses: 0,
  /** Traps forced by `armTrap()`. */
  trapsForced: 0,
  armed: false,
  /** Re-instantiations still to fail (as if the browser refused the memory). */
  failRestarts: 0,
  /** The exports of the newest instance. */
  current: null,
  /** The exports of the instance that trapped last (its memory is kept for inspection). */
  trapped: null,
  /** The context menu items created ({ id, title, contexts }). */
  menus: [],
};

// Records the context menu items background.js creates (there is no API to list them).
const api = globalThis.browser ?? globalThis.chrome;
if (api?.contextMenus?.create) {
  const create = api.contextMenus.create.bind(api.contextMenus);
  api.contextMenus.create = (item, ...rest) => {
    state.menus.push({ id: item.id, title: item.title, contexts: item.contexts });
    return create(item, ...rest);
  };
}

/**
 * A genuine trap of the module: `__wbindgen_malloc` with an alignment that is not a
 * power of two aborts (`unreachable`) in a release build. The instance's memory is
 * first filled with garbage, as a trap in the middle of an analysis can leave it: an
 * analyzer that kept using this instance would fail.
 */
function trap(exports) {
  state.trapsForced++;
  state.trapped = exports;
  new Uint8Array(exports.memory.buffer).fill(0xab);
  exports.__wbindgen_malloc(8, 3);
  throw new Error("lede test: __wbindgen_malloc(8, 3) did not trap");
}

/** The exports object the glue sees: the real one, with `analyze` counted and trappable. */
function wrap(instance) {
  const real = instance.exports;
  const exports = Object.create(null);
  for (const key of Object.keys(real)) exports[key] = real[key];
  exports.analyze = (...args) => {
    state.analyses++;
    if (state.armed) {
      state.armed = false;
      trap(real);
    }
    return real.analyze(...args);
  };
  state.instances++;
  state.current = exports;
  // An Instance as far as `instanceof` can tell, whose `exports` are the wrapped ones.
  return Object.create(original.Instance.prototype, { exports: { value: exports } });
}

const wrapResult = (result) => ({ module: result.module, instance: wrap(result.instance) });

WebAssembly.instantiateStreaming = async (...args) => wrapResult(await original.instantiateStreaming(...args));
WebAssembly.instantiate = async (...args) => {
  const result = await original.instantiate(...args);
  return result instanceof original.Instance ? wrap(result) : wrapResult(result);
};
WebAssembly.Instance = new Proxy(original.Instance, {
  construct(target, args, newTarget) {
    if (state.failRestarts > 0) {
      state.failRestarts--;
      throw new RangeError("lede test: WebAssembly.Instance(): out of memory (forced)");
    }
    return wrap(Reflect.construct(target, args, newTarget));
  },
});

globalThis.__ledeTest = {
  /** Counters and sizes, as plain data. */
  stats() {
    return {
      instances: state.instances,
      analyses: state.analyses,
      trapsForced: state.trapsForced,
      armed: state.armed,
      memoryBytes: state.current ? state.current.memory.buffer.byteLength : 0,
      trappedMemoryByte: state.trapped ? new Uint8Array(state.trapped.memory.buffer)[0] : null,
      menus: state.menus,
    };
  },
  /** The next `analyze` call traps inside the module; the next `failRestarts`
   *  instantiations after it fail. */
  armTrap({ failRestarts = 0 } = {}) {
    state.armed = true;
    state.failRestarts = failRestarts;
  },
};
