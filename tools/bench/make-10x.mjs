// Prints the benchmark's 10× dataset (100 indicators, 160 tasks, 60 departments) as JSON.
import { tenfold } from './datasets.mjs';

process.stdout.write(JSON.stringify(tenfold(), null, 1));
