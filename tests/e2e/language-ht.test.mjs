// Every page in Haitian Creole (issue 15): see language.mjs.
import { describeLanguage } from './language.mjs';

describeLanguage('ht');
