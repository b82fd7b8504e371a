/** Entry of the command-line build (vite.cli.config.ts → bin/dist/ottok.js). */
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
