import { installDomHelpers } from './dom';

installDomHelpers(window);
