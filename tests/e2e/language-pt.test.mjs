// Every page in Portuguese (issue 15): see language.mjs.
import { describeLanguage } from './language.mjs';

describeLanguage('pt');
