// Evaluated first in every command-line bundle (scripts/cli.mjs), before any schema is built.
// A command parses its backup once per process, and zod's compiled validators (generated with new
// Function when each schema is built, then compiled by V8 on first use) cost more than they save on
// one pass: validating without them was faster for the sample (median ~55 ms against ~80 ms cold)
// and no slower for the 150-page paper. Same checks, same messages; the app keeps the compiled ones.
import { z } from 'zod';

z.config({ jitless: true });
