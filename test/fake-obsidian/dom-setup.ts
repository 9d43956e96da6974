import { installDomHelpers } from './dom';

// A bench that drives Chromium runs in Node, with no DOM of its own to install helpers on.
if (typeof window !== 'undefined') installDomHelpers(window);
