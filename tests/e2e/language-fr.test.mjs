// Every page in French (issue 15): see language.mjs.
import { describeLanguage } from './language.mjs';

describeLanguage('fr');
