// The setup file of the vitest projects that run the fake in happy-dom (the end-to-end page imports
// dom-setup.ts alone, without vitest).
import { beforeEach } from 'vitest';
import './dom-setup';
import { forgetWaitingDebounced } from './utilities';

// Test files may share one process (npm run mutate does): each test sees only the debounced calls it caused.
beforeEach(forgetWaitingDebounced);
