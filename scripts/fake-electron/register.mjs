// Loads the built Electron main process in plain Node with `electron` replaced by a recording
// fake (this machine cannot download Electron). Used only by the smoke test.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
