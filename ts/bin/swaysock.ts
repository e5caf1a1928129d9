import { dispatch } from '../cli/dispatch.js';

void dispatch(process.argv.slice(2));
