// The hooks a plugin's onExecute hands back, run once the operation has run (Yoga's Plugin type, named once here).
import type { Plugin } from 'graphql-yoga';

export type ExecuteDone = Exclude<Awaited<ReturnType<NonNullable<Plugin['onExecute']>>>, void>;
