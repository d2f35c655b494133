// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Actor } from '$lib/server/workspace/types';

declare global {
  namespace App {
    interface Locals {
      lang: string;
      /** The signed-in member of the workspace (session cookie), or null. */
      actor: Actor | null;
    }
  }
}

export {};
