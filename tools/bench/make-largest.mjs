// Prints the site benchmark's largest plan (120 indicators, 200 tasks, 80 departments) as JSON.
import { largest } from './datasets.mjs';

process.stdout.write(JSON.stringify(largest(), null, 1));
