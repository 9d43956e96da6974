import { installDomHelpers } from './dom';
import { installIntersectionObserver } from './intersection-observer';

// A bench that drives Chromium runs in Node, with no DOM of its own to install helpers on.
if (typeof window !== 'undefined') installDomHelpers(window);
// happy-dom lays nothing out, and its IntersectionObserver never reports; the end-to-end page keeps Chromium's.
if (typeof window !== 'undefined' && 'happyDOM' in window) installIntersectionObserver(window);
